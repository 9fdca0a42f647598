import { Button, Card, Checkbox, Descriptions, Empty, Form, Input, Select, Space, Spin, Tag } from 'antd';
import { Suspense } from 'react';
import { graphql, useFragment, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import type { NominationsPageQuery } from '../../__generated__/NominationsPageQuery.graphql';
import type { NominationsPageReviewMutation } from '../../__generated__/NominationsPageReviewMutation.graphql';
import type { NominationsPageRouteMutation } from '../../__generated__/NominationsPageRouteMutation.graphql';
import type { NominationsPageReviewersQuery } from '../../__generated__/NominationsPageReviewersQuery.graphql';
import type { NominationsPage_member$key } from '../../__generated__/NominationsPage_member.graphql';
import type { NominationsPage_query$key } from '../../__generated__/NominationsPage_query.graphql';
import { ActionForm } from '../../components/ActionForm';
import { DECISION, MEMBER_CATEGORY, MEMBER_KIND, MEMBER_STATUS, RECOMMENDER, dateTime, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';

/** Nominations waiting for review: the reviewer unit's 初审, the office's check and second
 * review, the leading group's 审定. Each person sees the ones the server lets them see, with
 * the decisions it lets them take. */
export function NominationsPage() {
  const query = useLazyLoadQuery<NominationsPageQuery>(
    graphql`
      query NominationsPageQuery {
        ...NominationsPage_query
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <h1 className="page-title">推荐审核</h1>
      <NominationList query={query} />
    </>
  );
}

function NominationList({ query }: { query: NominationsPage_query$key }) {
  const { data, hasNext, loadNext, isLoadingNext, refetch } = usePaginationFragment(
    graphql`
      fragment NominationsPage_query on Query
      @refetchable(queryName: "NominationsPagePaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
        nominations(first: $count, after: $cursor) @connection(key: "NominationsPage_nominations") {
          totalCount
          edges {
            node {
              id
              reviewDecisions
              awaitsRouting
              ...NominationsPage_member
            }
          }
        }
      }
    `,
    query,
  );
  const nominations = data.nominations.edges.map((edge) => edge.node);
  const mine = (n: (typeof nominations)[number]) => n.reviewDecisions.length > 0 || n.awaitsRouting;
  const waiting = nominations.filter(mine);
  const others = nominations.filter((n) => !mine(n));
  const changed = () => refetch({}, { fetchPolicy: 'network-only' });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={`待我审核（${waiting.length}）`}>
        {waiting.length === 0 ? (
          <Empty description="暂无待审核的推荐" />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {waiting.map((n) => (
              <Nomination key={n.id} member={n} onChanged={changed} />
            ))}
          </Space>
        )}
      </Card>
      {others.length > 0 && (
        <Card title="其他在审的推荐">
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {others.map((n) => (
              <Nomination key={n.id} member={n} onChanged={changed} />
            ))}
          </Space>
        </Card>
      )}
      {hasNext && (
        <Button loading={isLoadingNext} onClick={() => loadNext(20)}>
          加载更多
        </Button>
      )}
    </Space>
  );
}

type ReviewValues = { comment?: string; overrideQuota?: boolean; overrideReason?: string };

function Nomination({ member, onChanged }: { member: NominationsPage_member$key; onChanged: () => void }) {
  const n = useFragment(
    graphql`
      fragment NominationsPage_member on Member {
        id
        kind
        status
        statusReason
        category
        name
        affiliation
        position
        npcOrCppcc
        recommender
        idNumber
        phone
        creditCode
        reviewDecisions
        awaitsRouting
        reviewerUnit {
          name
        }
        reviews {
          step
          decision
          comment
          at
        }
      }
    `,
    member,
  );
  const [review] = useCommit<NominationsPageReviewMutation>(graphql`
    mutation NominationsPageReviewMutation($input: ReviewNominationInput!) {
      reviewNomination(input: $input) {
        nomination {
          id
          status
          reviewDecisions
          awaitsRouting
        }
      }
    }
  `);
  const [route] = useCommit<NominationsPageRouteMutation>(graphql`
    mutation NominationsPageRouteMutation($input: RouteNominationInput!) {
      routeNomination(input: $input) {
        nomination {
          id
          status
          reviewDecisions
          awaitsRouting
        }
      }
    }
  `);
  const finalReview = n.status === 'FINAL_REVIEW';
  return (
    <Card
      type="inner"
      title={
        <Space wrap>
          {n.name}
          <Tag>{label(MEMBER_KIND, n.kind)}</Tag>
          <Tag color="blue">{label(MEMBER_STATUS, n.status)}</Tag>
          {n.npcOrCppcc && <Tag color="gold">人大代表、政协委员</Tag>}
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label="类别">{label(MEMBER_CATEGORY, n.category)}</Descriptions.Item>
        <Descriptions.Item label="推荐方式">{label(RECOMMENDER, n.recommender)}</Descriptions.Item>
        <Descriptions.Item label="单位">{n.affiliation ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="职务">{n.position ?? '—'}</Descriptions.Item>
        {n.idNumber && <Descriptions.Item label="身份证号">{n.idNumber}</Descriptions.Item>}
        {n.creditCode && <Descriptions.Item label="统一社会信用代码">{n.creditCode}</Descriptions.Item>}
        {n.phone && <Descriptions.Item label="联系电话">{n.phone}</Descriptions.Item>}
        {n.reviewerUnit && <Descriptions.Item label="初审单位">{n.reviewerUnit.name}</Descriptions.Item>}
        {n.statusReason && <Descriptions.Item label="退回或不予通过的理由">{n.statusReason}</Descriptions.Item>}
        {n.reviews.length > 0 && (
          <Descriptions.Item label="审核记录" span={2}>
            {n.reviews.map((r) => (
              <div key={`${r.step}-${r.at}`}>
                {dateTime(r.at)}，{label(DECISION, r.decision.toUpperCase())}
                {r.comment ? `：${r.comment}` : ''}
              </div>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Space wrap>
        {n.awaitsRouting && (
          <ActionForm<{ reviewerUnitId: string }>
            title="分送初审单位"
            button={{ type: 'primary' }}
            done="已分送初审"
            onSubmit={({ reviewerUnitId }) => route({ input: { nominationId: n.id, reviewerUnitId } })}
            onDone={onChanged}
          >
            <Suspense fallback={<Spin />}>
              <ReviewerUnitField />
            </Suspense>
          </ActionForm>
        )}
        {n.reviewDecisions.map((decision) => (
          <ActionForm<ReviewValues>
            key={decision}
            title={`${label(DECISION, decision)}${finalReview && decision === 'APPROVE' ? '（审定）' : ''}`}
            button={{ type: decision === 'APPROVE' ? 'primary' : 'default', danger: decision === 'REJECT' }}
            done="审核意见已提交"
            onSubmit={({ comment, overrideQuota, overrideReason }) =>
              review({
                input: {
                  nominationId: n.id,
                  decision,
                  comment: comment || undefined,
                  overrideQuota: !!overrideQuota,
                  overrideReason: overrideReason || undefined,
                },
              })
            }
            onDone={onChanged}
          >
            <Form.Item
              label={decision === 'APPROVE' ? '审核意见' : '理由（将告知被推荐人）'}
              name="comment"
              rules={decision === 'APPROVE' ? [] : [{ required: true, whitespace: true, message: '请填写理由' }]}
            >
              <Input.TextArea rows={4} />
            </Form.Item>
            {finalReview && decision === 'APPROVE' && (
              <>
                <Form.Item name="overrideQuota" valuePropName="checked">
                  <Checkbox>超出名额，经领导小组研究同意</Checkbox>
                </Form.Item>
                <Form.Item label="超出名额的理由" name="overrideReason">
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            )}
          </ActionForm>
        ))}
      </Space>
    </Card>
  );
}

function ReviewerUnitField() {
  const { units } = useLazyLoadQuery<NominationsPageReviewersQuery>(
    graphql`
      query NominationsPageReviewersQuery {
        units(filter: { kind: REVIEWER }, first: 100) {
          nodes {
            id
            name
          }
        }
      }
    `,
    {},
  );
  return (
    <Form.Item label="初审单位" name="reviewerUnitId" rules={[{ required: true, message: '请选择初审单位' }]}>
      <Select options={units.nodes.map((unit) => ({ value: unit.id, label: unit.name }))} />
    </Form.Item>
  );
}
