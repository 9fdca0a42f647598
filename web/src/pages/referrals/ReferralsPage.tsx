import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import { useSearchParams } from 'react-router';
import type { ReferralsPageQuery, ReferralStatus } from '../../__generated__/ReferralsPageQuery.graphql';
import type { ReferralsPage_query$key } from '../../__generated__/ReferralsPage_query.graphql';
import { FilterSelect, optionsOf } from '../../components/FilterSelect';
import { REFERRAL_STATUS, dateTime, label } from '../../labels';
import { useRole } from '../../layouts/useRole';
import { ReferralActions } from './ReferralActions';

/** The referral queue: the commission works it, the office follows it and decides on the
 * commission's requests to know who reported. */
export function ReferralsPage() {
  const [params] = useSearchParams();
  const status = (params.get('status') as ReferralStatus | null) ?? undefined;
  const unmaskingRequested = params.get('unmasking') === '1';
  const query = useLazyLoadQuery<ReferralsPageQuery>(
    graphql`
      query ReferralsPageQuery($status: ReferralStatus, $unmaskingRequested: Boolean!) {
        ...ReferralsPage_query @arguments(status: $status, unmaskingRequested: $unmaskingRequested)
      }
    `,
    { status, unmaskingRequested },
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <h1 className="page-title">移送纪委监委线索</h1>
      <Space style={{ marginBottom: 16 }}>
        <FilterSelect name="status" placeholder="状态" options={optionsOf(REFERRAL_STATUS)} />
        <FilterSelect
          name="unmasking"
          placeholder="身份披露"
          width={180}
          options={[{ value: '1', label: '待审批的披露申请' }]}
        />
      </Space>
      <ReferralList query={query} />
    </>
  );
}

function ReferralList({ query }: { query: ReferralsPage_query$key }) {
  const role = useRole();
  const { data, hasNext, loadNext, isLoadingNext, refetch } = usePaginationFragment(
    graphql`
      fragment ReferralsPage_query on Query
      @refetchable(queryName: "ReferralsPagePaginationQuery")
      @argumentDefinitions(
        status: { type: "ReferralStatus" }
        unmaskingRequested: { type: "Boolean", defaultValue: false }
        count: { type: "Int", defaultValue: 20 }
        cursor: { type: "String" }
      ) {
        referrals(status: $status, unmaskingRequested: $unmaskingRequested, first: $count, after: $cursor)
          @connection(key: "ReferralsPage_referrals") {
          totalCount
          edges {
            node {
              id
              status
              origin
              inquiryId
              summary
              outcome
              statusReason
              reportTitle
              reportBody
              createdAt
              reporter {
                name
                affiliation
                phone
              }
              ...ReferralActions_referral
            }
          }
        }
      }
    `,
    query,
  );
  const referrals = data.referrals.edges.map((edge) => edge.node);
  if (referrals.length === 0) return <Empty description="暂无移送线索" />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {referrals.map((referral) => (
        <Card
          key={referral.id}
          title={
            <Space>
              {referral.reportTitle ?? (referral.inquiryId ? '逾期未答复的质询或查阅申请' : '逾期未办结的交办单')}
              <Tag>{label(REFERRAL_STATUS, referral.status)}</Tag>
            </Space>
          }
          extra={<Typography.Text type="secondary">移送时间：{dateTime(referral.createdAt)}</Typography.Text>}
        >
          <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="来源">
              {referral.origin !== 'escalation'
                ? '县优化办移送'
                : referral.inquiryId
                  ? '质询、查阅申请逾期未答复，自动移送'
                  : '交办单逾期未办结，自动移送'}
            </Descriptions.Item>
            <Descriptions.Item label="移送事由">{referral.summary}</Descriptions.Item>
            {referral.reportBody && <Descriptions.Item label="反映内容">{referral.reportBody}</Descriptions.Item>}
            {referral.reportTitle && (
              <Descriptions.Item label="反映人">
                {referral.reporter
                  ? [referral.reporter.name, referral.reporter.affiliation, referral.reporter.phone]
                      .filter(Boolean)
                      .join('，')
                  : '身份保密（经县优化办同意后可查看）'}
              </Descriptions.Item>
            )}
            {referral.outcome && <Descriptions.Item label="办理结果">{referral.outcome}</Descriptions.Item>}
            {referral.statusReason && <Descriptions.Item label="退回理由">{referral.statusReason}</Descriptions.Item>}
          </Descriptions>
          {role && (
            <ReferralActions
              referral={referral}
              role={role}
              onChanged={() => refetch({}, { fetchPolicy: 'network-only' })}
            />
          )}
        </Card>
      ))}
      <Space>
        <Typography.Text type="secondary">共 {data.referrals.totalCount} 条</Typography.Text>
        {hasNext && (
          <Button loading={isLoadingNext} onClick={() => loadNext(20)}>
            加载更多
          </Button>
        )}
      </Space>
    </Space>
  );
}
