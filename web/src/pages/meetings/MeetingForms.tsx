import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { MeetingFormsInviteesQuery } from '../../__generated__/MeetingFormsInviteesQuery.graphql';
import { dayjs, type Dayjs } from '../../dates';
import { MEETING_KIND } from '../../labels';
import { required } from '../../components/rules';

export type PlanValues = { topic: string; agenda?: string; place: string; time: [Dayjs, Dayjs] };
export type InviteeValues = { memberIds?: string[]; unitIds?: string[] };

/** A plan as the API takes it: the time as instants. */
export function plan({ topic, agenda, place, time }: PlanValues) {
  return {
    topic,
    agenda: agenda ?? '',
    place,
    startsAt: time[0].toISOString(),
    endsAt: time[1].toISOString(),
  };
}

/** A plan as the form shows it. */
export function planValues(m: { topic: string; agenda: string; place: string; startsAt: string; endsAt: string }) {
  return { topic: m.topic, agenda: m.agenda, place: m.place, time: [dayjs(m.startsAt), dayjs(m.endsAt)] };
}

/** What, where and when. */
export function PlanFields({ withKind = false }: { withKind?: boolean }) {
  return (
    <>
      {withKind && (
        <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <Select options={Object.entries(MEETING_KIND).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      )}
      <Form.Item label="主题" name="topic" rules={required('请填写主题')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="议程" name="agenda">
        <Input.TextArea rows={4} placeholder={'一、……\n二、……'} />
      </Form.Item>
      <Form.Item label="地点" name="place" rules={required('请填写地点')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="时间" name="time" rules={[{ required: true, message: '请选择开始和结束时间' }]}>
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
        />
      </Form.Item>
      {withKind && (
        <Form.Item name="openToApplications" valuePropName="checked">
          <Checkbox>接受监督员报名参加</Checkbox>
        </Form.Item>
      )}
    </>
  );
}

/** Serving members to take part, units to observe (列席). */
export function InviteeFields() {
  const data = useLazyLoadQuery<MeetingFormsInviteesQuery>(
    graphql`
      query MeetingFormsInviteesQuery {
        supervisors(status: ACTIVE, first: 100) {
          nodes {
            id
            name
          }
        }
        monitoringPoints(status: ACTIVE, first: 100) {
          nodes {
            id
            name
          }
        }
        units(first: 100) {
          nodes {
            id
            name
          }
        }
      }
    `,
    {},
  );
  const option = (n: { id: string; name: string }) => ({ value: n.id, label: n.name });
  return (
    <>
      <Form.Item label="参加的监督员、监测点" name="memberIds">
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={[
            { label: '监督员', options: data.supervisors.nodes.map(option) },
            { label: '监测点', options: data.monitoringPoints.nodes.map(option) },
          ]}
        />
      </Form.Item>
      <Form.Item label="列席单位" name="unitIds">
        <Select mode="multiple" optionFilterProp="label" options={data.units.nodes.map(option)} />
      </Form.Item>
    </>
  );
}
