import { Button, Card, Drawer, Space, Spin, Table, Tag } from 'antd';
import { Suspense, useState } from 'react';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import type { MeetingsPageCreateMutation } from '../../__generated__/MeetingsPageCreateMutation.graphql';
import type { MeetingsPageOpenQuery } from '../../__generated__/MeetingsPageOpenQuery.graphql';
import type { MeetingsPageQuery } from '../../__generated__/MeetingsPageQuery.graphql';
import type { MeetingsPage_meetings$key } from '../../__generated__/MeetingsPage_meetings.graphql';
import { ActionForm } from '../../components/ActionForm';
import { MEETING_KIND, MEETING_STATUS, dateTime, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';
import { MeetingDetail } from './MeetingDetail';
import { InviteeFields, PlanFields, plan, type InviteeValues, type PlanValues } from './MeetingForms';

type CreateValues = PlanValues &
  InviteeValues & { kind: MeetingsPageCreateMutation['variables']['input']['kind']; openToApplications?: boolean };

/** Meetings and collective activities (联席会议, 专项监督, 评议, 调研, 座谈, 视察, 培训): planned,
 * announced to the invitees, held with an attendance sheet, closed with minutes. */
export function MeetingsPage() {
  const [fetchKey, setFetchKey] = useState(0);
  const query = useLazyLoadQuery<MeetingsPageQuery>(
    graphql`
      query MeetingsPageQuery {
        ...MeetingsPage_meetings
      }
    `,
    {},
    { fetchKey, fetchPolicy: fetchKey ? 'network-only' : 'store-and-network' },
  );
  const [create] = useCommit<MeetingsPageCreateMutation>(graphql`
    mutation MeetingsPageCreateMutation($input: CreateMeetingInput!) {
      createMeeting(input: $input) {
        meeting {
          id
        }
      }
    }
  `);
  const [open, setOpen] = useState<string | null>(null);
  const changed = () => setFetchKey((k) => k + 1);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          会议活动
        </h1>
        <ActionForm<CreateValues>
          title="新建会议活动"
          button={{ type: 'primary' }}
          done="已保存为草稿，发布通知后受邀人员才会收到"
          initialValues={{ kind: 'SYMPOSIUM' }}
          onSubmit={({ kind, openToApplications, memberIds, unitIds, ...values }) =>
            create({
              input: { kind, openToApplications: !!openToApplications, memberIds, unitIds, ...plan(values) },
            }).then((r) => setOpen(r.createMeeting.meeting.id))
          }
          onDone={changed}
        >
          <PlanFields withKind />
          <Suspense fallback={<Spin />}>
            <InviteeFields />
          </Suspense>
        </ActionForm>
      </Space>
      <MeetingList query={query} onOpen={setOpen} />
      <Drawer open={!!open} size="large" title="会议活动" onClose={() => setOpen(null)} destroyOnHidden>
        {open && (
          <Suspense fallback={<Spin />}>
            <OpenMeeting id={open} onChanged={changed} />
          </Suspense>
        )}
      </Drawer>
    </>
  );
}

function MeetingList({ query, onOpen }: { query: MeetingsPage_meetings$key; onOpen: (id: string) => void }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment MeetingsPage_meetings on Query
      @refetchable(queryName: "MeetingsPagePaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
        meetings(first: $count, after: $cursor) @connection(key: "MeetingsPage_meetings") {
          edges {
            node {
              id
              kind
              topic
              place
              startsAt
              status
            }
          }
        }
      }
    `,
    query,
  );
  return (
    <Card>
      <Table
        rowKey="id"
        pagination={false}
        dataSource={data.meetings.edges.map((e) => e.node)}
        onRow={(row) => ({ onClick: () => onOpen(row.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: '主题',
            render: (_, m) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(m.id)}>
                {m.topic}
              </Button>
            ),
          },
          { title: '类型', render: (_, m) => label(MEETING_KIND, m.kind) },
          { title: '时间', render: (_, m) => dateTime(m.startsAt) },
          { title: '地点', dataIndex: 'place' },
          {
            title: '状态',
            render: (_, m) => (
              <Tag color={m.status === 'ANNOUNCED' ? 'blue' : undefined}>{label(MEETING_STATUS, m.status)}</Tag>
            ),
          },
        ]}
      />
      {hasNext && (
        <Button style={{ marginTop: 12 }} loading={isLoadingNext} onClick={() => loadNext(20)}>
          加载更多
        </Button>
      )}
    </Card>
  );
}

function OpenMeeting({ id, onChanged }: { id: string; onChanged: () => void }) {
  const [fetchKey, setFetchKey] = useState(0);
  const { node } = useLazyLoadQuery<MeetingsPageOpenQuery>(
    graphql`
      query MeetingsPageOpenQuery($id: ID!) {
        node(id: $id) {
          ... on Meeting @alias(as: "meeting") {
            ...MeetingDetail_meeting
          }
        }
      }
    `,
    { id },
    { fetchKey, fetchPolicy: 'network-only' },
  );
  if (!node.meeting) return null;
  return (
    <MeetingDetail
      meeting={node.meeting}
      onChanged={() => {
        setFetchKey((k) => k + 1);
        onChanged();
      }}
    />
  );
}
