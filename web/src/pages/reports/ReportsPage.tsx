import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import { Link, useSearchParams } from 'react-router';
import type { ReportsPageQuery, ReportFilterInput } from '../../__generated__/ReportsPageQuery.graphql';
import type { ReportsPage_query$key } from '../../__generated__/ReportsPage_query.graphql';
import { FilterSelect, optionsOf } from '../../components/FilterSelect';
import { AREA, REPORT_KIND, REPORT_STATUS, dateTime, label } from '../../labels';

const PAGE = 20;

/** Every report of the county with filters kept in the address, so a link opens the same list. */
export function ReportsPage() {
  const [params] = useSearchParams();
  const filter: ReportFilterInput = {
    kind: (params.get('kind') as ReportFilterInput['kind']) ?? undefined,
    status: (params.get('status') as ReportFilterInput['status']) ?? undefined,
    area: (params.get('area') as ReportFilterInput['area']) ?? undefined,
    major: params.get('major') === '1' ? true : undefined,
  };
  const query = useLazyLoadQuery<ReportsPageQuery>(
    graphql`
      query ReportsPageQuery($filter: ReportFilterInput) {
        ...ReportsPage_query @arguments(filter: $filter)
      }
    `,
    { filter },
    { fetchPolicy: 'store-and-network' },
  );

  return (
    <>
      <h1 className="page-title">问题线索</h1>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <FilterSelect name="kind" placeholder="类型" options={optionsOf(REPORT_KIND)} />
          <FilterSelect name="status" placeholder="状态" options={optionsOf(REPORT_STATUS)} />
          <FilterSelect name="area" placeholder="监督领域" options={optionsOf(AREA)} width={150} />
          <FilterSelect name="major" placeholder="是否重大" options={[{ value: '1', label: '仅重大问题' }]} />
        </Space>
        <ReportTable query={query} />
      </Card>
    </>
  );
}

function ReportTable({ query }: { query: ReportsPage_query$key }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment ReportsPage_query on Query
      @refetchable(queryName: "ReportsPagePaginationQuery")
      @argumentDefinitions(
        filter: { type: "ReportFilterInput" }
        count: { type: "Int", defaultValue: 20 }
        cursor: { type: "String" }
      ) {
        reports(filter: $filter, orderBy: SUBMITTED_AT_DESC, first: $count, after: $cursor)
          @connection(key: "ReportsPage_reports", filters: ["filter"]) {
          totalCount
          edges {
            node {
              id
              title
              kind
              status
              area
              major
              submittedAt
            }
          }
        }
      }
    `,
    query,
  );
  const rows = data.reports.edges.map((edge) => edge.node);
  return (
    <>
      <Table
        rowKey="id"
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, row) => (
              <Space>
                <Link to={`/reports/${encodeURIComponent(row.id)}`}>{title}</Link>
                {row.major && <Tag color="red">重大</Tag>}
              </Space>
            ),
          },
          { title: '类型', dataIndex: 'kind', width: 110, render: (v: string) => label(REPORT_KIND, v) },
          { title: '监督领域', dataIndex: 'area', width: 110, render: (v: string) => label(AREA, v) },
          {
            title: '状态',
            dataIndex: 'status',
            width: 100,
            render: (v: string) => <Tag>{label(REPORT_STATUS, v)}</Tag>,
          },
          { title: '提交时间', dataIndex: 'submittedAt', width: 160, render: (v: string) => dateTime(v) },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">共 {data.reports.totalCount} 条</Typography.Text>
        {hasNext && (
          <Button loading={isLoadingNext} onClick={() => loadNext(PAGE)}>
            加载更多
          </Button>
        )}
      </Space>
    </>
  );
}
