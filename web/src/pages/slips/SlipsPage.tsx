import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import { Link, useSearchParams } from 'react-router';
import type { AssignmentFilterInput, SlipsPageQuery } from '../../__generated__/SlipsPageQuery.graphql';
import type { SlipsPage_query$key } from '../../__generated__/SlipsPage_query.graphql';
import { FilterSelect, optionsOf } from '../../components/FilterSelect';
import { SLIP_MODE, SLIP_STATUS, label } from '../../labels';

/** Slips, earliest deadline first, overdue ones marked with how many working days. */
export function SlipsPage() {
  const [params] = useSearchParams();
  const filter: AssignmentFilterInput = {
    status: (params.get('status') as AssignmentFilterInput['status']) ?? undefined,
    overdue: params.get('overdue') === '1' ? true : undefined,
    extensionRequested: params.get('extension') === '1',
  };
  const query = useLazyLoadQuery<SlipsPageQuery>(
    graphql`
      query SlipsPageQuery($filter: AssignmentFilterInput) {
        ...SlipsPage_query @arguments(filter: $filter)
      }
    `,
    { filter },
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <h1 className="page-title">交办单</h1>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <FilterSelect name="status" placeholder="状态" options={optionsOf(SLIP_STATUS)} width={150} />
          <FilterSelect name="extension" placeholder="延期申请" options={[{ value: '1', label: '待审批延期' }]} />
          <FilterSelect name="overdue" placeholder="是否超期" options={[{ value: '1', label: '仅超期' }]} />
        </Space>
        <SlipTable query={query} />
      </Card>
    </>
  );
}

function SlipTable({ query }: { query: SlipsPage_query$key }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment SlipsPage_query on Query
      @refetchable(queryName: "SlipsPagePaginationQuery")
      @argumentDefinitions(
        filter: { type: "AssignmentFilterInput" }
        count: { type: "Int", defaultValue: 20 }
        cursor: { type: "String" }
      ) {
        assignments(filter: $filter, first: $count, after: $cursor)
          @connection(key: "SlipsPage_assignments", filters: ["filter"]) {
          totalCount
          edges {
            node {
              id
              number
              mode
              status
              issuedOn
              deadline
              overdue
              workingDaysOverdue
              unit {
                name
              }
            }
          }
        }
      }
    `,
    query,
  );
  const rows = data.assignments.edges.map((edge) => edge.node);
  return (
    <>
      <Table
        rowKey="id"
        dataSource={rows}
        pagination={false}
        rowClassName={(row) => (row.overdue ? 'slip-overdue' : '')}
        columns={[
          {
            title: '交办单编号',
            dataIndex: 'number',
            render: (number: string, row) => <Link to={`/slips/${encodeURIComponent(row.id)}`}>{number}</Link>,
          },
          { title: '责任单位', render: (_, row) => row.unit?.name },
          { title: '方式', dataIndex: 'mode', width: 80, render: (v: string) => label(SLIP_MODE, v) },
          { title: '交办日期', dataIndex: 'issuedOn', width: 120 },
          { title: '办理时限', dataIndex: 'deadline', width: 120 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 220,
            render: (v: string, row) => (
              <>
                <Tag>{label(SLIP_STATUS, v)}</Tag>
                {row.overdue && <Tag color="red">超期 {row.workingDaysOverdue} 个工作日</Tag>}
              </>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">共 {data.assignments.totalCount} 件</Typography.Text>
        {hasNext && (
          <Button loading={isLoadingNext} onClick={() => loadNext(20)}>
            加载更多
          </Button>
        )}
      </Space>
    </>
  );
}
