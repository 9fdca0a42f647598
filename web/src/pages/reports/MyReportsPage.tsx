import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import { Link, useSearchParams } from 'react-router';
import type { MyReportsPageQuery } from '../../__generated__/MyReportsPageQuery.graphql';
import type { MyReportsPage_query$key } from '../../__generated__/MyReportsPage_query.graphql';
import { REPORT_KIND, REPORT_STATUS, dateTime, label } from '../../labels';

/** A member's own reports, newest first; `?toRate=1` those with feedback to rate. */
export function MyReportsPage() {
  const [params] = useSearchParams();
  const toRate = params.get('toRate') === '1';
  const query = useLazyLoadQuery<MyReportsPageQuery>(
    graphql`
      query MyReportsPageQuery($status: ReportStatus) {
        ...MyReportsPage_query @arguments(status: $status)
      }
    `,
    { status: toRate ? 'FEEDBACK_GIVEN' : null },
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <h1 className="member-title">{toRate ? '待评价的办理结果' : '我的反映'}</h1>
      {toRate && (
        <p className="member-note">
          县优化办已反馈办理情况，请评价。<Link to="/me/reports">查看全部反映</Link>
        </p>
      )}
      <ReportList query={query} />
    </>
  );
}

function ReportList({ query }: { query: MyReportsPage_query$key }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment MyReportsPage_query on Query
      @refetchable(queryName: "MyReportsPagePaginationQuery")
      @argumentDefinitions(
        status: { type: "ReportStatus" }
        count: { type: "Int", defaultValue: 20 }
        cursor: { type: "String" }
      ) {
        reports(filter: { status: $status }, orderBy: SUBMITTED_AT_DESC, first: $count, after: $cursor)
          @connection(key: "MyReportsPage_reports") {
          totalCount
          edges {
            node {
              id
              kind
              title
              status
              rating
              submittedAt
            }
          }
        }
      }
    `,
    query,
  );
  const reports = data.reports.edges.map((edge) => edge.node);
  if (reports.length === 0) {
    return (
      <section className="member-card">
        <p className="member-note">还没有反映。</p>
        <Link className="member-button primary block" to="/me/report">
          反映问题或提出建议
        </Link>
      </section>
    );
  }
  return (
    <section className="member-card">
      <p className="member-muted">共 {data.reports.totalCount} 条</p>
      <ul className="member-list">
        {reports.map((report) => (
          <li key={report.id}>
            <Link to={`/me/reports/${encodeURIComponent(report.id)}`}>
              <span>
                {report.title}
                <br />
                <span className="member-muted">
                  {label(REPORT_KIND, report.kind)} · {dateTime(report.submittedAt)}
                </span>
              </span>
              <span className={`member-tag ${report.status === 'FEEDBACK_GIVEN' ? 'green' : 'blue'}`}>
                {report.status === 'FEEDBACK_GIVEN' && !report.rating ? '待评价' : label(REPORT_STATUS, report.status)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {hasNext && (
        <button type="button" className="member-button block" disabled={isLoadingNext} onClick={() => loadNext(20)}>
          {isLoadingNext ? '正在加载…' : '加载更多'}
        </button>
      )}
    </section>
  );
}
