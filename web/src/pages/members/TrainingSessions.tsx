import { Card, Table } from 'antd';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { TrainingSessionsQuery } from '../../__generated__/TrainingSessionsQuery.graphql';

/** The county's training sessions and who attended each, latest recorded first. */
export function TrainingSessions({ fetchKey }: { fetchKey: number }) {
  const { trainingSessions } = useLazyLoadQuery<TrainingSessionsQuery>(
    graphql`
      query TrainingSessionsQuery {
        trainingSessions(first: 20) {
          totalCount
          nodes {
            title
            heldOn
            place
            attendees {
              id
              name
            }
          }
        }
      }
    `,
    {},
    { fetchKey, fetchPolicy: fetchKey ? 'network-only' : 'store-and-network' },
  );
  return (
    <Card size="small" title={`培训记录（共 ${trainingSessions.totalCount} 期）`} style={{ marginTop: 16 }}>
      <Table
        rowKey={(s) => `${s.heldOn}-${s.title}`}
        size="small"
        pagination={false}
        locale={{ emptyText: '尚未登记培训' }}
        scroll={{ x: 'max-content' }}
        dataSource={trainingSessions.nodes}
        columns={[
          { title: '培训日期', dataIndex: 'heldOn', width: 110 },
          { title: '培训名称', dataIndex: 'title' },
          { title: '地点', render: (_, s) => s.place ?? '—' },
          {
            title: '参训人员',
            render: (_, s) => `${s.attendees.map((a) => a.name).join('、')}（${s.attendees.length} 人）`,
          },
        ]}
      />
      {trainingSessions.totalCount > trainingSessions.nodes.length && (
        <div style={{ marginTop: 8, color: 'rgba(0,0,0,0.65)' }}>仅列出最近登记的 20 期。</div>
      )}
    </Card>
  );
}
