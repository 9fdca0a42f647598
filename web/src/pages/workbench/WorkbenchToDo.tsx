import { Badge, Card, Col, Row } from 'antd';
import { graphql, useFragment } from 'react-relay/hooks';
import { Link } from 'react-router';
import type { WorkbenchToDo_query$key } from '../../__generated__/WorkbenchToDo_query.graphql';

/** What waits for the office, each one click from its list. */
export function WorkbenchToDo({ query }: { query: WorkbenchToDo_query$key }) {
  const data = useFragment(
    graphql`
      fragment WorkbenchToDo_query on Query {
        awaitingTriage: reports(filter: { status: SUBMITTED }, first: 1) {
          totalCount
        }
        awaitingVerification: assignments(filter: { status: REPLIED }, first: 1) {
          totalCount
        }
        handedBack: assignments(filter: { status: HANDED_BACK }, first: 1) {
          totalCount
        }
        extensions: assignments(filter: { extensionRequested: true }, first: 1) {
          totalCount
        }
        overdue: assignments(filter: { overdue: true }, first: 1) {
          totalCount
        }
        returnedReferrals: referrals(status: RETURNED, first: 1) {
          totalCount
        }
        unmasking: referrals(unmaskingRequested: true, first: 1) {
          totalCount
        }
        nominations(first: 1) {
          totalCount
        }
        exitCandidates {
          silentSixMonths
        }
      }
    `,
    query,
  );
  const items = [
    { title: '待受理的问题线索', count: data.awaitingTriage.totalCount, to: '/reports?status=SUBMITTED' },
    { title: '待核实的交办单回复', count: data.awaitingVerification.totalCount, to: '/slips?status=REPLIED' },
    { title: '责任单位退回的交办单', count: data.handedBack.totalCount, to: '/slips?status=HANDED_BACK' },
    { title: '待审批的延期申请', count: data.extensions.totalCount, to: '/slips?extension=1' },
    { title: '超期未办结的交办单', count: data.overdue.totalCount, to: '/slips?overdue=1' },
    { title: '纪委监委退回的移送线索', count: data.returnedReferrals.totalCount, to: '/referrals?status=RETURNED' },
    { title: '待审批的身份披露申请', count: data.unmasking.totalCount, to: '/referrals?unmasking=1' },
    { title: '在审的推荐（自荐）', count: data.nominations.totalCount, to: '/nominations' },
    { title: '符合退出评估条件的成员', count: data.exitCandidates.length, to: '/exits' },
  ];
  return (
    <Col xs={24}>
      <Card title="待办事项">
        <Row gutter={[16, 12]}>
          {items.map((item) => (
            <Col key={item.title} xs={24} sm={12} lg={6}>
              <Link to={item.to}>{item.title}</Link>{' '}
              <Badge count={item.count} showZero color={item.count ? '#cf1322' : '#595959'} />
            </Col>
          ))}
        </Row>
      </Card>
    </Col>
  );
}
