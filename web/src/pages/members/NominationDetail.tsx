import {
  Alert,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { Suspense } from 'react';
import { graphql, useFragment, useLazyLoadQuery } from 'react-relay/hooks';
import type { NominationDetailAppointMutation } from '../../__generated__/NominationDetailAppointMutation.graphql';
import type { NominationDetailPlaqueMutation } from '../../__generated__/NominationDetailPlaqueMutation.graphql';
import type { NominationDetailResubmitMutation } from '../../__generated__/NominationDetailResubmitMutation.graphql';
import type { NominationDetailReviewMutation } from '../../__generated__/NominationDetailReviewMutation.graphql';
import type { NominationDetailReviewersQuery } from '../../__generated__/NominationDetailReviewersQuery.graphql';
import type { NominationDetailRouteMutation } from '../../__generated__/NominationDetailRouteMutation.graphql';
import type { NominationDetail_member$key } from '../../__generated__/NominationDetail_member.graphql';
import { ActionForm } from '../../components/ActionForm';
import { Attachments } from '../../components/Attachments';
import { isoDay, type Dayjs } from '../../dates';
import {
  DECISION,
  DECLARATION,
  ELIGIBILITY_RULE,
  MEMBER_CATEGORY,
  MEMBER_STATUS,
  RECOMMENDER,
  dateTime,
  label,
} from '../../labels';
import { useCommit } from '../../relay/useCommit';

type ReviewValues = { comment?: string; overrideQuota?: boolean; overrideReason?: string };
type AppointValues = { number: string; termStartsOn?: Dayjs; username: string; displayName?: string; email?: string };

/** One nomination: who, the notice's conditions, the documents, every review step, and the
 * steps the caller may take now (the server says which). */
export function NominationDetail({
  member,
  office,
  onChanged,
}: {
  member: NominationDetail_member$key;
  office: boolean;
  onChanged: () => void;
}) {
  const n = useFragment(
    graphql`
      fragment NominationDetail_member on Member {
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
        email
        creditCode
        declarations
        reviewDecisions
        awaitsRouting
        quotaOverrideReason
        createdAt
        reviewerUnit {
          name
        }
        eligibility {
          rule
          met
        }
        attachments {
          ...Attachments_attachments
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
  const [review] = useCommit<NominationDetailReviewMutation>(graphql`
    mutation NominationDetailReviewMutation($input: ReviewNominationInput!) {
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
  const [route] = useCommit<NominationDetailRouteMutation>(graphql`
    mutation NominationDetailRouteMutation($input: RouteNominationInput!) {
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
  const [resubmit] = useCommit<NominationDetailResubmitMutation>(graphql`
    mutation NominationDetailResubmitMutation($input: ResubmitNominationInput!) {
      resubmitNomination(input: $input) {
        nomination {
          id
          status
          reviewDecisions
        }
      }
    }
  `);
  const [issueCertificate] = useCommit<NominationDetailAppointMutation>(graphql`
    mutation NominationDetailAppointMutation($input: IssueCertificateInput!) {
      issueCertificate(input: $input) {
        member {
          id
          status
          certificateNumber
          termStartsOn
          termEndsOn
        }
        account {
          username
        }
        temporaryPassword
      }
    }
  `);
  const [awardPlaque] = useCommit<NominationDetailPlaqueMutation>(graphql`
    mutation NominationDetailPlaqueMutation($input: AwardPlaqueInput!) {
      awardPlaque(input: $input) {
        member {
          id
          status
          plaqueNumber
          termStartsOn
          termEndsOn
        }
        account {
          username
        }
        temporaryPassword
      }
    }
  `);
  const supervisor = n.kind === 'SUPERVISOR';
  const finalReview = n.status === 'FINAL_REVIEW';
  const appointable = office && (supervisor ? n.status === 'TRAINED' : n.status === 'APPROVED');
  const failed = n.eligibility.filter((c) => !c.met);

  const appoint = async ({ number, termStartsOn, username, displayName, email }: AppointValues) => {
    const account = { username, displayName: displayName || null, email: email || null };
    const common = { memberId: n.id, termStartsOn: termStartsOn ? isoDay(termStartsOn) : null };
    const result = supervisor
      ? (await issueCertificate({ input: { ...common, certificateNumber: number, newAccount: account } }))
          .issueCertificate
      : (await awardPlaque({ input: { ...common, plaqueNumber: number, liaison: account } })).awardPlaque;
    Modal.success({
      title: supervisor ? '监督员证已颁发' : '监测点牌匾已授予',
      width: 480,
      content: (
        <Space orientation="vertical">
          <span>
            {supervisor ? '监督员' : '联络员'}账号：<Typography.Text code>{result.account.username}</Typography.Text>
          </span>
          {result.temporaryPassword && (
            <span>
              初始密码（只显示这一次，请当面或电话告知本人，首次登录须修改）：
              <Typography.Text code copyable>
                {result.temporaryPassword}
              </Typography.Text>
            </span>
          )}
          {/* A static dialog renders outside the router: a plain link, to a page of its own. */}
          <Typography.Link href={`/members/${n.id}/certificate`} target="_blank">
            {supervisor ? '打印监督员证' : '打印监测点牌匾'}
          </Typography.Link>
        </Space>
      ),
    });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Tag color="blue">{label(MEMBER_STATUS, n.status)}</Tag>
        {n.npcOrCppcc && <Tag color="gold">人大代表、政协委员</Tag>}
      </Space>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label="类别">{label(MEMBER_CATEGORY, n.category)}</Descriptions.Item>
        <Descriptions.Item label="推荐方式">{label(RECOMMENDER, n.recommender)}</Descriptions.Item>
        <Descriptions.Item label="单位">{n.affiliation ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="职务">{n.position ?? '—'}</Descriptions.Item>
        {n.idNumber && <Descriptions.Item label="身份证号">{n.idNumber}</Descriptions.Item>}
        {n.creditCode && <Descriptions.Item label="统一社会信用代码">{n.creditCode}</Descriptions.Item>}
        {n.phone && <Descriptions.Item label="联系电话">{n.phone}</Descriptions.Item>}
        {n.email && <Descriptions.Item label="电子邮箱">{n.email}</Descriptions.Item>}
        <Descriptions.Item label="提交时间">{dateTime(n.createdAt)}</Descriptions.Item>
        {n.reviewerUnit && <Descriptions.Item label="初审单位">{n.reviewerUnit.name}</Descriptions.Item>}
        {n.statusReason && (
          <Descriptions.Item label="退回或不予通过的理由" span={2}>
            {n.statusReason}
          </Descriptions.Item>
        )}
        {n.quotaOverrideReason && (
          <Descriptions.Item label="超出名额的理由" span={2}>
            {n.quotaOverrideReason}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="承诺事项" span={2}>
          {n.declarations.length === 0 ? '未作承诺' : n.declarations.map((d) => label(DECLARATION, d)).join('；')}
        </Descriptions.Item>
      </Descriptions>

      <section aria-label="资格条件">
        <Typography.Title level={5}>资格条件</Typography.Title>
        <Space wrap size="large">
          {n.eligibility.map((c) => (
            <span key={c.rule} style={{ color: c.met ? '#237804' : '#a8071a', fontWeight: 500 }}>
              {c.met ? '✓' : '✗'} {label(ELIGIBILITY_RULE, c.rule)}
            </span>
          ))}
        </Space>
        {failed.length > 0 && (
          <Alert
            style={{ marginTop: 8 }}
            type="warning"
            showIcon
            title={`不符合：${failed.map((c) => label(ELIGIBILITY_RULE, c.rule)).join('、')}。审定时将不予通过，请核实或退回补正。`}
          />
        )}
      </section>

      <section aria-label="推荐材料">
        <Typography.Title level={5}>推荐材料</Typography.Title>
        <Attachments attachments={n.attachments} />
      </section>

      {n.reviews.length > 0 && (
        <section aria-label="审核记录">
          <Typography.Title level={5}>审核记录</Typography.Title>
          {n.reviews.map((r) => (
            <div key={`${r.step}-${r.at}`}>
              {dateTime(r.at)}，{label(DECISION, r.decision.toUpperCase())}
              {r.comment ? `：${r.comment}` : ''}
            </div>
          ))}
        </section>
      )}

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
        {office && n.status === 'RETURNED' && (
          <ActionForm<{ comment?: string }>
            title="补正后重新提交"
            button={{ type: 'primary' }}
            done="已重新提交审核"
            onSubmit={({ comment }) => resubmit({ input: { nominationId: n.id, comment: comment || null } })}
            onDone={onChanged}
          >
            <Form.Item label="补正情况" name="comment">
              <Input.TextArea rows={3} />
            </Form.Item>
          </ActionForm>
        )}
        {appointable && (
          <ActionForm<AppointValues>
            title={supervisor ? '颁发监督员证' : '授予监测点牌匾'}
            button={{ type: 'primary' }}
            done={supervisor ? '监督员证已颁发' : '牌匾已授予'}
            initialValues={{ displayName: supervisor ? n.name : undefined, email: n.email ?? undefined }}
            onSubmit={appoint}
            onDone={onChanged}
            fieldMessages={{
              certificateNumber: '请填写 1 至 64 字的编号。',
              plaqueNumber: '请填写 1 至 64 字的编号。',
              username: '用户名已被使用或不符合要求（字母、数字、点、下划线）。',
            }}
          >
            <Form.Item
              label={supervisor ? '证书编号' : '牌匾编号'}
              name="number"
              rules={[{ required: true, whitespace: true, message: '请填写编号' }]}
              extra="本县内唯一，如：岳县监督证〔2026〕09号"
            >
              <Input />
            </Form.Item>
            <Form.Item label="聘期起始日" name="termStartsOn" extra="不填则为今天；聘期两年。">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Typography.Paragraph type="secondary">
              {supervisor ? '为监督员开设账号：' : '为监测点联络员开设账号：'}
            </Typography.Paragraph>
            <Form.Item
              label="用户名"
              name="username"
              rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              label={supervisor ? '姓名' : '联络员姓名'}
              name="displayName"
              rules={supervisor ? [] : [{ required: true, whitespace: true, message: '请填写联络员姓名' }]}
            >
              <Input />
            </Form.Item>
            <Form.Item label="电子邮箱（接收通知）" name="email" rules={[{ type: 'email', message: '邮箱格式有误' }]}>
              <Input />
            </Form.Item>
          </ActionForm>
        )}
      </Space>
    </Space>
  );
}

function ReviewerUnitField() {
  const { units } = useLazyLoadQuery<NominationDetailReviewersQuery>(
    graphql`
      query NominationDetailReviewersQuery {
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
