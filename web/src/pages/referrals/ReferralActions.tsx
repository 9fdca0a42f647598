import { Button, Form, Input, List, Space, Tag, Typography } from 'antd';
import { graphql, useFragment } from 'react-relay/hooks';
import type { ReferralActionsAcceptMutation } from '../../__generated__/ReferralActionsAcceptMutation.graphql';
import type { ReferralActionsConcludeMutation } from '../../__generated__/ReferralActionsConcludeMutation.graphql';
import type { ReferralActionsInvestigateMutation } from '../../__generated__/ReferralActionsInvestigateMutation.graphql';
import type { ReferralActionsDecideMutation } from '../../__generated__/ReferralActionsDecideMutation.graphql';
import type { ReferralActionsReturnMutation } from '../../__generated__/ReferralActionsReturnMutation.graphql';
import type { ReferralActionsUnmaskMutation } from '../../__generated__/ReferralActionsUnmaskMutation.graphql';
import type { ReferralActions_referral$key } from '../../__generated__/ReferralActions_referral.graphql';
import { ActionForm } from '../../components/ActionForm';
import { dateTime } from '../../labels';
import { useCommit } from '../../relay/useCommit';
import { required } from '../../components/rules';

const UNMASKING: Record<string, string> = { requested: '待县优化办审批', approved: '已同意', refused: '未同意' };

/** The commission's steps on a referral, and the office's answer to a request to unmask. */
export function ReferralActions({
  referral,
  role,
  onChanged,
}: {
  referral: ReferralActions_referral$key;
  role: string;
  onChanged: () => void;
}) {
  const data = useFragment(
    graphql`
      fragment ReferralActions_referral on Referral {
        id
        status
        actions
        reportTitle
        unmaskingRequests {
          id
          reason
          status
          createdAt
        }
      }
    `,
    referral,
  );
  const fields = graphql`
    fragment ReferralActions_result on Referral {
      id
      status
      actions
      outcome
      statusReason
      reporter {
        name
        affiliation
        phone
      }
      unmaskingRequests {
        id
        reason
        status
        createdAt
      }
    }
  `;
  void fields;
  const [accept] = useCommit<ReferralActionsAcceptMutation>(graphql`
    mutation ReferralActionsAcceptMutation($input: ReferralIdInput!) {
      acceptReferral(input: $input) {
        referral {
          ...ReferralActions_result
        }
      }
    }
  `);
  const [investigate] = useCommit<ReferralActionsInvestigateMutation>(graphql`
    mutation ReferralActionsInvestigateMutation($input: ReferralIdInput!) {
      investigateReferral(input: $input) {
        referral {
          ...ReferralActions_result
        }
      }
    }
  `);
  const [conclude] = useCommit<ReferralActionsConcludeMutation>(graphql`
    mutation ReferralActionsConcludeMutation($input: ConcludeReferralInput!) {
      concludeReferral(input: $input) {
        referral {
          ...ReferralActions_result
        }
      }
    }
  `);
  const [sendBack] = useCommit<ReferralActionsReturnMutation>(graphql`
    mutation ReferralActionsReturnMutation($input: ReturnReferralInput!) {
      returnReferral(input: $input) {
        referral {
          ...ReferralActions_result
        }
      }
    }
  `);
  const [unmask] = useCommit<ReferralActionsUnmaskMutation>(graphql`
    mutation ReferralActionsUnmaskMutation($input: RequestUnmaskingInput!) {
      requestUnmasking(input: $input) {
        unmaskingRequest {
          id
        }
      }
    }
  `);
  const [decide, deciding] = useCommit<ReferralActionsDecideMutation>(graphql`
    mutation ReferralActionsDecideMutation($input: DecideUnmaskingInput!) {
      decideUnmasking(input: $input) {
        unmaskingRequest {
          id
          status
        }
      }
    }
  `);

  const referralId = data.id;
  const commission = role === 'DISCIPLINE';
  const may = (action: (typeof data.actions)[number]) => data.actions.includes(action);
  const open = data.actions.length > 0;
  const asked = data.unmaskingRequests.some((r) => r.status !== 'refused');

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {commission && (
        <Space wrap>
          {may('ACCEPT') && (
            <ActionForm
              title="受理"
              button={{ type: 'primary' }}
              done="已受理"
              onSubmit={() => accept({ input: { referralId } })}
            >
              <Typography.Paragraph>确认受理该移送线索？</Typography.Paragraph>
            </ActionForm>
          )}
          {may('INVESTIGATE') && (
            <ActionForm title="立案调查" done="已立案调查" onSubmit={() => investigate({ input: { referralId } })}>
              <Typography.Paragraph>经初核，对该线索立案调查？立案后县优化办可看到办理进度。</Typography.Paragraph>
            </ActionForm>
          )}
          {may('CONCLUDE') && (
            <ActionForm<{ outcome: string }>
              title="办结"
              button={{ type: 'primary' }}
              done="已办结"
              onSubmit={({ outcome }) => conclude({ input: { referralId, outcome } })}
            >
              <Form.Item label="办理结果" name="outcome" rules={required('请填写办理结果')}>
                <Input.TextArea rows={5} />
              </Form.Item>
            </ActionForm>
          )}
          {may('RETURN') && (
            <ActionForm<{ reason: string }>
              title="退回县优化办"
              button={{ danger: true }}
              done="已退回"
              onSubmit={({ reason }) => sendBack({ input: { referralId, reason } })}
            >
              <Form.Item label="退回理由" name="reason" rules={required('请填写退回理由')}>
                <Input.TextArea rows={4} />
              </Form.Item>
            </ActionForm>
          )}
          {open && data.reportTitle && !asked && (
            <ActionForm<{ reason: string }>
              title="申请查看反映人身份"
              done="已提交申请，待县优化办审批"
              onSubmit={({ reason }) => unmask({ input: { referralId, reason } })}
              onDone={onChanged}
            >
              <Typography.Paragraph>
                反映人身份依规保密。确因核查需要，须经县优化办同意，查看记录全程留痕。
              </Typography.Paragraph>
              <Form.Item label="申请理由" name="reason" rules={required('请填写申请理由')}>
                <Input.TextArea rows={4} />
              </Form.Item>
            </ActionForm>
          )}
        </Space>
      )}
      {data.unmaskingRequests.length > 0 && (
        <List
          size="small"
          header="查看反映人身份的申请"
          dataSource={[...data.unmaskingRequests]}
          renderItem={(request) => (
            <List.Item
              actions={
                role === 'OFFICE' && request.status === 'requested'
                  ? [
                      <Button
                        key="approve"
                        type="primary"
                        loading={deciding}
                        onClick={() => decide({ input: { requestId: request.id, approve: true } }).then(onChanged)}
                      >
                        同意
                      </Button>,
                      <Button
                        key="refuse"
                        loading={deciding}
                        onClick={() => decide({ input: { requestId: request.id, approve: false } }).then(onChanged)}
                      >
                        不同意
                      </Button>,
                    ]
                  : []
              }
            >
              <Space>
                {dateTime(request.createdAt)}
                {request.reason}
                <Tag>{UNMASKING[request.status] ?? request.status}</Tag>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
