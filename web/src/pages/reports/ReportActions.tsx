import { DatePicker, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { dayjs, isoDay, type Dayjs } from '../../dates';
import { Suspense } from 'react';
import { graphql, useFragment, useLazyLoadQuery } from 'react-relay/hooks';
import type { ReportActionsAcceptMutation } from '../../__generated__/ReportActionsAcceptMutation.graphql';
import type { ReportActionsFeedbackMutation } from '../../__generated__/ReportActionsFeedbackMutation.graphql';
import type { ReportActionsMergeMutation } from '../../__generated__/ReportActionsMergeMutation.graphql';
import type { ReportActionsMergeTargetsQuery } from '../../__generated__/ReportActionsMergeTargetsQuery.graphql';
import type { ReportActionsIssueMutation } from '../../__generated__/ReportActionsIssueMutation.graphql';
import type { ReportActionsIssueFieldsQuery } from '../../__generated__/ReportActionsIssueFieldsQuery.graphql';
import type { ReportActionsReferMutation } from '../../__generated__/ReportActionsReferMutation.graphql';
import type { ReportActionsRejectMutation } from '../../__generated__/ReportActionsRejectMutation.graphql';
import type { ReportActionsValuableMutation } from '../../__generated__/ReportActionsValuableMutation.graphql';
import type { ReportActions_report$key } from '../../__generated__/ReportActions_report.graphql';
import { ActionForm } from '../../components/ActionForm';
import { ResponsibleUnitField } from '../../components/ResponsibleUnitField';
import { SLIP_MODE } from '../../labels';
import { useCommit } from '../../relay/useCommit';
import { required } from '../../components/rules';

/** The office's triage of one report. Which buttons show follows the report's state; the
 * server still decides, and says why when it refuses. */
export function ReportActions({ report, onChanged }: { report: ReportActions_report$key; onChanged: () => void }) {
  const data = useFragment(
    graphql`
      fragment ReportActions_report on Report {
        id
        kind
        status
        valuable
        title
      }
    `,
    report,
  );
  const [accept] = useCommit<ReportActionsAcceptMutation>(graphql`
    mutation ReportActionsAcceptMutation($input: ReportIdInput!) {
      acceptReport(input: $input) {
        report {
          id
          status
        }
      }
    }
  `);
  const [reject] = useCommit<ReportActionsRejectMutation>(graphql`
    mutation ReportActionsRejectMutation($input: RejectReportInput!) {
      rejectReport(input: $input) {
        report {
          id
          status
          statusReason
        }
      }
    }
  `);
  const [markValuable] = useCommit<ReportActionsValuableMutation>(graphql`
    mutation ReportActionsValuableMutation($input: ReportIdInput!) {
      markSuggestionValuable(input: $input) {
        report {
          id
          valuable
        }
      }
    }
  `);
  const [merge] = useCommit<ReportActionsMergeMutation>(graphql`
    mutation ReportActionsMergeMutation($input: MergeReportInput!) {
      mergeReport(input: $input) {
        report {
          id
          status
        }
      }
    }
  `);
  const [issue] = useCommit<ReportActionsIssueMutation>(graphql`
    mutation ReportActionsIssueMutation($input: IssueAssignmentInput!) {
      issueAssignment(input: $input) {
        assignment {
          id
          number
          reports {
            id
            status
          }
        }
      }
    }
  `);
  const [refer] = useCommit<ReportActionsReferMutation>(graphql`
    mutation ReportActionsReferMutation($input: CreateReferralInput!) {
      createReferral(input: $input) {
        referral {
          id
        }
      }
    }
  `);
  const [feedback] = useCommit<ReportActionsFeedbackMutation>(graphql`
    mutation ReportActionsFeedbackMutation($input: GiveFeedbackInput!) {
      giveFeedback(input: $input) {
        report {
          id
          status
          feedback
          feedbackAt
        }
      }
    }
  `);

  const reportId = data.id;
  const triage = data.status === 'SUBMITTED';
  const accepted = data.status === 'ACCEPTED';
  const answerable = accepted || data.status === 'HANDLED';

  return (
    <Space wrap>
      {triage && (
        <ActionForm
          title="受理"
          button={{ type: 'primary' }}
          done="已受理"
          onSubmit={() => accept({ input: { reportId } })}
          onDone={onChanged}
        >
          <Typography.Paragraph>确认受理“{data.title}”？受理后可交办责任单位或直接反馈。</Typography.Paragraph>
        </ActionForm>
      )}
      {triage && (
        <ActionForm<{ reason: string }>
          title="不予受理"
          button={{ danger: true }}
          done="已作不予受理处理，并告知反映人"
          onSubmit={({ reason }) => reject({ input: { reportId, reason } })}
          onDone={onChanged}
        >
          <Form.Item label="不予受理的理由（将告知反映人）" name="reason" rules={required('请填写理由')}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </ActionForm>
      )}
      {(triage || accepted) && (
        <ActionForm<{ intoReportId: string }>
          title="合并到其他线索"
          done="已合并"
          onSubmit={({ intoReportId }) => merge({ input: { reportId, intoReportId } })}
          onDone={onChanged}
        >
          <Typography.Paragraph>同一问题的多条反映合并办理，合并后随主线索一并交办和反馈。</Typography.Paragraph>
          <Suspense fallback={<Spin />}>
            <MergeTargetField except={reportId} />
          </Suspense>
        </ActionForm>
      )}
      {accepted && (
        <ActionForm<IssueValues>
          title="交办责任单位"
          button={{ type: 'primary' }}
          done="交办单已印发"
          confirmText="印发交办单"
          initialValues={{ mode: 'ASSIGN' }}
          onSubmit={(v) =>
            issue({
              input: {
                reportIds: [reportId],
                unitId: v.unitId,
                mode: v.mode,
                requirement: v.requirement,
                deadline: isoDay(v.deadline),
              },
            })
          }
          onDone={onChanged}
        >
          <Suspense fallback={<Spin />}>
            <IssueFields />
          </Suspense>
        </ActionForm>
      )}
      {accepted && data.kind === 'SUGGESTION' && !data.valuable && (
        <ActionForm
          title="认定为有价值建议"
          done="已认定为有价值建议"
          onSubmit={() => markValuable({ input: { reportId } })}
          onDone={onChanged}
        >
          <Typography.Paragraph>认定后计入该监督员本年度“有价值建议”任务。</Typography.Paragraph>
        </ActionForm>
      )}
      {answerable && (
        <ActionForm<{ feedback: string }>
          title="反馈反映人"
          done="已反馈"
          onSubmit={(v) => feedback({ input: { reportId, feedback: v.feedback } })}
          onDone={onChanged}
        >
          <Form.Item label="反馈内容" name="feedback" rules={required('请填写反馈内容')}>
            <Input.TextArea rows={5} />
          </Form.Item>
        </ActionForm>
      )}
      {/* Obstruction and retaliation go to the commission in one step, as they arrive. */}
      {(accepted || data.status === 'IN_HANDLING' || (data.kind === 'OBSTRUCTION' && data.status === 'SUBMITTED')) && (
        <ActionForm<{ summary: string }>
          title="移送纪委监委"
          button={{ danger: true }}
          done="已移送纪委监委"
          onSubmit={(v) => refer({ input: { reportId, summary: v.summary } })}
          onDone={onChanged}
        >
          <Form.Item label="移送事由" name="summary" rules={required('请填写移送事由')}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </ActionForm>
      )}
    </Space>
  );
}

type IssueValues = {
  unitId: string;
  mode: 'FORWARD' | 'ASSIGN' | 'SUPERVISE';
  requirement: string;
  deadline?: Dayjs;
};

/** The slip's fields, with the responsible units and the deadline the calendar gives. */
function IssueFields() {
  const { defaultSlipDeadline } = useLazyLoadQuery<ReportActionsIssueFieldsQuery>(
    graphql`
      query ReportActionsIssueFieldsQuery {
        defaultSlipDeadline
      }
    `,
    {},
  );
  return (
    <>
      <ResponsibleUnitField label="责任单位" />
      <Form.Item label="方式" name="mode" rules={[{ required: true }]}>
        <Select options={Object.entries(SLIP_MODE).map(([value, text]) => ({ value, label: text }))} />
      </Form.Item>
      <Form.Item label="办理要求" name="requirement" rules={required('请填写办理要求')}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item
        label="办理时限"
        name="deadline"
        extra={`不填写则为 ${defaultSlipDeadline}（按本县工作日历自动计算，已扣除节假日）。`}
      >
        <DatePicker
          style={{ width: '100%' }}
          placeholder={defaultSlipDeadline}
          disabledDate={(day) => day.isBefore(dayjs(), 'day')}
        />
      </Form.Item>
    </>
  );
}

/** The reports this one can be merged into: those the office is handling. */
function MergeTargetField({ except }: { except: string }) {
  const { accepted, handling } = useLazyLoadQuery<ReportActionsMergeTargetsQuery>(
    graphql`
      query ReportActionsMergeTargetsQuery {
        accepted: reports(filter: { status: ACCEPTED }, orderBy: SUBMITTED_AT_DESC, first: 100) {
          nodes {
            id
            title
          }
        }
        handling: reports(filter: { status: IN_HANDLING }, orderBy: SUBMITTED_AT_DESC, first: 100) {
          nodes {
            id
            title
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'network-only' },
  );
  const targets = [...accepted.nodes, ...handling.nodes].filter((report) => report.id !== except);
  return (
    <Form.Item label="合并到" name="intoReportId" rules={[{ required: true, message: '请选择主线索' }]}>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="选择受理中或办理中的线索"
        options={targets.map((report) => ({ value: report.id, label: report.title }))}
      />
    </Form.Item>
  );
}
