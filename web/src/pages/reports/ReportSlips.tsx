import { Card, Table, Tag } from 'antd';
import { graphql, useFragment } from 'react-relay/hooks';
import { Link } from 'react-router';
import type { ReportSlips_slips$key } from '../../__generated__/ReportSlips_slips.graphql';
import { SLIP_MODE, SLIP_STATUS, label } from '../../labels';

/** The slips issued for a report. */
export function ReportSlips({ slips }: { slips: ReportSlips_slips$key }) {
  const data = useFragment(
    graphql`
      fragment ReportSlips_slips on AssignmentConnection {
        nodes {
          id
          number
          mode
          status
          deadline
          overdue
          unit {
            name
          }
        }
      }
    `,
    slips,
  );
  if (data.nodes.length === 0) return null;
  return (
    <Card title="交办情况">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...data.nodes]}
        columns={[
          {
            title: '交办单编号',
            dataIndex: 'number',
            render: (number: string, row) => <Link to={`/slips/${encodeURIComponent(row.id)}`}>{number}</Link>,
          },
          { title: '责任单位', render: (_, row) => row.unit?.name },
          { title: '方式', dataIndex: 'mode', render: (v: string) => label(SLIP_MODE, v) },
          { title: '办理时限', dataIndex: 'deadline' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (v: string, row) => (
              <>
                <Tag>{label(SLIP_STATUS, v)}</Tag>
                {row.overdue && <Tag color="red">超期</Tag>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
