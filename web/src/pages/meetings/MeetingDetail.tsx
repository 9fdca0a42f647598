import { Descriptions, Form, Input, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { graphql, useFragment } from 'react-relay/hooks';
import type {
  Attendance,
  MeetingDetailAttendanceMutation,
} from '../../__generated__/MeetingDetailAttendanceMutation.graphql';
import type { MeetingDetailAnnounceMutation } from '../../__generated__/MeetingDetailAnnounceMutation.graphql';
import type { MeetingDetailApplicationMutation } from '../../__generated__/MeetingDetailApplicationMutation.graphql';
import type { MeetingDetailCancelMutation } from '../../__generated__/MeetingDetailCancelMutation.graphql';
import type { MeetingDetailChangeMutation } from '../../__generated__/MeetingDetailChangeMutation.graphql';
import type { MeetingDetailCloseMutation } from '../../__generated__/MeetingDetailCloseMutation.graphql';
import type { MeetingDetailInviteMutation } from '../../__generated__/MeetingDetailInviteMutation.graphql';
import type { MeetingDetail_meeting$key } from '../../__generated__/MeetingDetail_meeting.graphql';
import { ActionForm } from '../../components/ActionForm';
import { ATTENDANCE, INVITATION_STATUS, MEETING_KIND, MEETING_STATUS, dateTime, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';
import { InviteeFields, PlanFields, plan, planValues, type InviteeValues, type PlanValues } from './MeetingForms';
import { required } from '../../components/rules';

/** What the sheet proposes before the office corrects it: an acceptance as attended, leave as
 * excused, no answer as absent. */
const PROPOSED: Record<string, Attendance> = { ACCEPTED: 'ATTENDED', DECLINED: 'EXCUSED', INVITED: 'ABSENT' };

/** One meeting: its plan, the invitees and their answers, the attendance and minutes, and the
 * steps its convener may take now (`Meeting.actions`). */
export function MeetingDetail({ meeting, onChanged }: { meeting: MeetingDetail_meeting$key; onChanged: () => void }) {
  const m = useFragment(
    graphql`
      fragment MeetingDetail_meeting on Meeting {
        id
        kind
        topic
        agenda
        place
        startsAt
        endsAt
        status
        openToApplications
        cancelReason
        minutes
        decisions
        actions
        invitations {
          id
          role
          status
          reason
          attendance
          member {
            name
          }
          unit {
            name
          }
        }
      }
    `,
    meeting,
  );
  const [change] = useCommit<MeetingDetailChangeMutation>(graphql`
    mutation MeetingDetailChangeMutation($input: ChangeMeetingInput!) {
      changeMeeting(input: $input) {
        meeting {
          id
        }
      }
    }
  `);
  const [invite] = useCommit<MeetingDetailInviteMutation>(graphql`
    mutation MeetingDetailInviteMutation($input: InviteToMeetingInput!) {
      inviteToMeeting(input: $input) {
        meeting {
          id
        }
      }
    }
  `);
  const [announce] = useCommit<MeetingDetailAnnounceMutation>(graphql`
    mutation MeetingDetailAnnounceMutation($input: MeetingIdInput!) {
      announceMeeting(input: $input) {
        meeting {
          id
          status
        }
      }
    }
  `);
  const [cancel] = useCommit<MeetingDetailCancelMutation>(graphql`
    mutation MeetingDetailCancelMutation($input: CancelMeetingInput!) {
      cancelMeeting(input: $input) {
        meeting {
          id
          status
        }
      }
    }
  `);
  const [attend] = useCommit<MeetingDetailAttendanceMutation>(graphql`
    mutation MeetingDetailAttendanceMutation($input: RecordAttendanceInput!) {
      recordAttendance(input: $input) {
        meeting {
          id
          status
        }
      }
    }
  `);
  const [close] = useCommit<MeetingDetailCloseMutation>(graphql`
    mutation MeetingDetailCloseMutation($input: CloseMeetingInput!) {
      closeMeeting(input: $input) {
        meeting {
          id
          status
        }
      }
    }
  `);
  const [decide] = useCommit<MeetingDetailApplicationMutation>(graphql`
    mutation MeetingDetailApplicationMutation($input: DecideApplicationInput!) {
      decideApplication(input: $input) {
        invitation {
          id
          status
        }
      }
    }
  `);
  const offered = new Set(m.actions);
  const convener = m.actions.length > 0;
  const meetingId = m.id;
  const sheet = m.invitations.filter((i) => i.role === 'PARTICIPANT' && i.status in PROPOSED);
  const name = (i: (typeof m.invitations)[number]) => i.member?.name ?? i.unit?.name ?? '—';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {m.topic} <Tag color={m.status === 'ANNOUNCED' ? 'blue' : undefined}>{label(MEETING_STATUS, m.status)}</Tag>
      </Typography.Title>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="类型">{label(MEETING_KIND, m.kind)}</Descriptions.Item>
        <Descriptions.Item label="时间">
          {dateTime(m.startsAt)} 至 {dateTime(m.endsAt)}
        </Descriptions.Item>
        <Descriptions.Item label="地点">{m.place}</Descriptions.Item>
        <Descriptions.Item label="议程">
          <span style={{ whiteSpace: 'pre-wrap' }}>{m.agenda || '—'}</span>
        </Descriptions.Item>
        {m.openToApplications && <Descriptions.Item label="报名">接受监督员报名</Descriptions.Item>}
        {m.cancelReason && <Descriptions.Item label="取消原因">{m.cancelReason}</Descriptions.Item>}
        {m.minutes && (
          <Descriptions.Item label="会议纪要">
            <span style={{ whiteSpace: 'pre-wrap' }}>{m.minutes}</span>
          </Descriptions.Item>
        )}
        {m.decisions && (
          <Descriptions.Item label="议定事项">
            <span style={{ whiteSpace: 'pre-wrap' }}>{m.decisions}</span>
          </Descriptions.Item>
        )}
      </Descriptions>

      <Space wrap>
        {offered.has('CHANGE') && (
          <ActionForm<PlanValues>
            title="修改安排"
            done="安排已修改，已通知的人员将收到变更通知"
            initialValues={planValues(m) as Partial<PlanValues>}
            onSubmit={(values) => change({ input: { meetingId, ...plan(values) } })}
            onDone={onChanged}
          >
            <PlanFields />
          </ActionForm>
        )}
        {offered.has('CHANGE') && (
          <ActionForm<InviteeValues>
            title="邀请人员"
            done="已邀请"
            onSubmit={({ memberIds, unitIds }) => invite({ input: { meetingId, memberIds, unitIds } })}
            onDone={onChanged}
          >
            <Suspense fallback={<Spin />}>
              <InviteeFields />
            </Suspense>
          </ActionForm>
        )}
        {offered.has('ANNOUNCE') && (
          <ActionForm
            title="发布通知"
            button={{ type: 'primary' }}
            done="通知已发布，受邀人员将收到通知和日程"
            onSubmit={() => announce({ input: { meetingId } })}
            onDone={onChanged}
          >
            <Typography.Paragraph>发布后，受邀的监督员、监测点和列席单位将收到通知和日程文件。</Typography.Paragraph>
          </ActionForm>
        )}
        {offered.has('RECORD_ATTENDANCE') && (
          <ActionForm<{ entries: Record<string, Attendance> }>
            title="登记出席"
            button={{ type: 'primary' }}
            done="出席情况已登记"
            initialValues={{
              entries: Object.fromEntries(sheet.map((i) => [i.id, i.attendance ?? PROPOSED[i.status]])),
            }}
            onSubmit={({ entries }) =>
              attend({
                input: {
                  meetingId,
                  entries: Object.entries(entries).map(([invitationId, attendance]) => ({ invitationId, attendance })),
                },
              })
            }
            onDone={onChanged}
          >
            {sheet.map((i) => (
              <Form.Item key={i.id} label={name(i)} name={['entries', i.id]} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={Object.entries(ATTENDANCE).map(([value, text]) => ({ value, label: text }))}
                />
              </Form.Item>
            ))}
          </ActionForm>
        )}
        {offered.has('CLOSE') && (
          <ActionForm<{ minutes: string; decisions?: string }>
            title="记录纪要"
            button={{ type: 'primary' }}
            done="纪要已记录，会议活动办结"
            onSubmit={({ minutes, decisions }) =>
              close({ input: { meetingId, minutes, decisions: decisions || null } })
            }
            onDone={onChanged}
          >
            <Form.Item label="会议纪要" name="minutes" rules={required('请填写会议纪要')}>
              <Input.TextArea rows={6} />
            </Form.Item>
            <Form.Item label="议定事项" name="decisions">
              <Input.TextArea rows={3} />
            </Form.Item>
          </ActionForm>
        )}
        {offered.has('CANCEL') && (
          <ActionForm<{ reason: string }>
            title="取消"
            button={{ danger: true }}
            done="已取消，受邀人员将收到通知"
            onSubmit={({ reason }) => cancel({ input: { meetingId, reason } })}
            onDone={onChanged}
          >
            <Form.Item label="取消原因（将告知受邀人员）" name="reason" rules={required('请填写取消原因')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </ActionForm>
        )}
      </Space>

      <section aria-label="受邀人员">
        <Typography.Title level={5}>受邀人员</Typography.Title>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...m.invitations]}
          columns={[
            { title: '姓名（名称）', render: (_, i) => name(i) },
            { title: '身份', render: (_, i) => (i.role === 'OBSERVER' ? '列席' : '参加') },
            { title: '回复', render: (_, i) => label(INVITATION_STATUS, i.status) },
            { title: '说明', render: (_, i) => i.reason ?? '' },
            { title: '出席', render: (_, i) => (i.attendance ? label(ATTENDANCE, i.attendance) : '') },
            {
              title: '操作',
              render: (_, i) =>
                convener &&
                i.status === 'APPLIED' && (
                  <Space>
                    <ActionForm
                      title="同意报名"
                      button={{ size: 'small', type: 'primary' }}
                      done="已同意报名"
                      onSubmit={() => decide({ input: { invitationId: i.id, admit: true } })}
                      onDone={onChanged}
                    >
                      <Typography.Paragraph>同意{name(i)}参加本次活动。</Typography.Paragraph>
                    </ActionForm>
                    <ActionForm<{ reason: string }>
                      title="不同意"
                      button={{ size: 'small' }}
                      done="已告知申请人"
                      onSubmit={({ reason }) => decide({ input: { invitationId: i.id, admit: false, reason } })}
                      onDone={onChanged}
                    >
                      <Form.Item label="理由（将告知申请人）" name="reason" rules={required('请填写理由')}>
                        <Input.TextArea rows={3} />
                      </Form.Item>
                    </ActionForm>
                  </Space>
                ),
            },
          ]}
        />
      </section>
    </Space>
  );
}
