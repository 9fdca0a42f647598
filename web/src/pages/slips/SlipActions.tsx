import { UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Spin, Typography, Upload, type UploadFile } from 'antd';
import { Suspense } from 'react';
import { graphql, useFragment } from 'react-relay/hooks';
import type { SlipActionsDecideMutation } from '../../__generated__/SlipActionsDecideMutation.graphql';
import type { SlipActionsExtendMutation } from '../../__generated__/SlipActionsExtendMutation.graphql';
import type { SlipActionsHandBackMutation } from '../../__generated__/SlipActionsHandBackMutation.graphql';
import type { SlipActionsReassignMutation } from '../../__generated__/SlipActionsReassignMutation.graphql';
import type { SlipActionsReplyMutation } from '../../__generated__/SlipActionsReplyMutation.graphql';
import type { SlipActionsReturnMutation } from '../../__generated__/SlipActionsReturnMutation.graphql';
import type { SlipActionsSignMutation } from '../../__generated__/SlipActionsSignMutation.graphql';
import type { SlipActionsVerifyMutation } from '../../__generated__/SlipActionsVerifyMutation.graphql';
import type { SlipActions_assignment$key } from '../../__generated__/SlipActions_assignment.graphql';
import { ActionForm } from '../../components/ActionForm';
import { ResponsibleUnitField } from '../../components/ResponsibleUnitField';
import { isoDay, type Dayjs } from '../../dates';
import { attach } from '../../relay/fetch';
import { useCommit } from '../../relay/useCommit';
import { required } from '../../components/rules';

// Every step answers with the fields the slip page shows, so the page updates at once.
const SLIP_FIELDS = graphql`
  fragment SlipActions_result on Assignment {
    id
    status
    statusReason
    deadline
    overdue
    workingDaysOverdue
    reply
    repliedAt
    extensionUntil
    extensionStatus
    extensionReason
    actions
  }
`;
void SLIP_FIELDS;

/** The steps the server offers this person on this slip (`Assignment.actions`). */
export function SlipActions({
  assignment,
  onChanged,
}: {
  assignment: SlipActions_assignment$key;
  onChanged: () => void;
}) {
  const slip = useFragment(
    graphql`
      fragment SlipActions_assignment on Assignment {
        id
        number
        deadline
        extensionUntil
        actions
      }
    `,
    assignment,
  );
  const [sign] = useCommit<SlipActionsSignMutation>(graphql`
    mutation SlipActionsSignMutation($input: AssignmentIdInput!) {
      signAssignment(input: $input) {
        assignment {
          ...SlipActions_result
        }
      }
    }
  `);
  const [reply] = useCommit<SlipActionsReplyMutation>(graphql`
    mutation SlipActionsReplyMutation($input: ReplyAssignmentInput!) {
      replyAssignment(input: $input) {
        assignment {
          ...SlipActions_result
        }
      }
    }
  `);
  const [handBack] = useCommit<SlipActionsHandBackMutation>(graphql`
    mutation SlipActionsHandBackMutation($input: HandBackAssignmentInput!) {
      handBackAssignment(input: $input) {
        assignment {
          ...SlipActions_result
        }
      }
    }
  `);
  const [extend] = useCommit<SlipActionsExtendMutation>(graphql`
    mutation SlipActionsExtendMutation($input: RequestExtensionInput!) {
      requestExtension(input: $input) {
        assignment {
          ...SlipActions_result
        }
      }
    }
  `);
  const [verify] = useCommit<SlipActionsVerifyMutation>(graphql`
    mutation SlipActionsVerifyMutation($input: AssignmentIdInput!) {
      verifyAssignment(input: $input) {
        assignment {
          ...SlipActions_result
        }
      }
    }
  `);
  const [sendBack] = useCommit<SlipActionsReturnMutation>(graphql`
    mutation SlipActionsReturnMutation($input: ReturnAssignmentInput!) {
      returnAssignment(input: $input) {
        assignment {
          ...SlipActions_result
        }
      }
    }
  `);
  const [reassign] = useCommit<SlipActionsReassignMutation>(graphql`
    mutation SlipActionsReassignMutation($input: ReassignAssignmentInput!) {
      reassignAssignment(input: $input) {
        assignment {
          ...SlipActions_result
        }
      }
    }
  `);
  const [decide] = useCommit<SlipActionsDecideMutation>(graphql`
    mutation SlipActionsDecideMutation($input: DecideExtensionInput!) {
      decideExtension(input: $input) {
        assignment {
          ...SlipActions_result
        }
      }
    }
  `);

  const assignmentId = slip.id;
  return (
    <>
      {slip.actions.map((action) => {
        switch (action) {
          case 'SIGN':
            return (
              <ActionForm
                key={action}
                title="签收"
                button={{ type: 'primary' }}
                done="已签收"
                onSubmit={() => sign({ input: { assignmentId } })}
                onDone={onChanged}
              >
                <Typography.Paragraph>
                  确认签收交办单 {slip.number}？请于 {slip.deadline} 前回复办理结果。
                </Typography.Paragraph>
              </ActionForm>
            );
          case 'REPLY':
            return (
              <ActionForm<{ reply: string; files?: UploadFile[] }>
                key={action}
                title="回复办理结果"
                button={{ type: 'primary' }}
                done="已回复，等待县优化办核实"
                onSubmit={({ reply: text, files = [] }) => {
                  const [attachments, uploadables] = attach(
                    'input.attachments',
                    files.map((file) => file.originFileObj as File),
                  );
                  return reply({ input: { assignmentId, reply: text, attachments } }, uploadables);
                }}
                onDone={onChanged}
              >
                <Form.Item label="办理结果" name="reply" rules={required('请填写办理结果')}>
                  <Input.TextArea rows={6} />
                </Form.Item>
                <Form.Item
                  label="佐证材料"
                  name="files"
                  valuePropName="fileList"
                  getValueFromEvent={(e) => e?.fileList}
                >
                  <Upload beforeUpload={() => false} multiple>
                    <Button icon={<UploadOutlined />}>选择文件</Button>
                  </Upload>
                </Form.Item>
              </ActionForm>
            );
          case 'HAND_BACK':
            return (
              <ActionForm<{ reason: string }>
                key={action}
                title="退回优化办"
                button={{ danger: true }}
                done="已退回县优化办"
                onSubmit={({ reason }) => handBack({ input: { assignmentId, reason } })}
                onDone={onChanged}
              >
                <Form.Item label="退回理由（如不属于本单位职责）" name="reason" rules={required('请填写退回理由')}>
                  <Input.TextArea rows={4} />
                </Form.Item>
              </ActionForm>
            );
          case 'REQUEST_EXTENSION':
            return (
              <ActionForm<{ until: Dayjs; reason: string }>
                key={action}
                title="申请延期"
                done="延期申请已提交"
                onSubmit={({ until, reason }) =>
                  extend({ input: { assignmentId, until: isoDay(until) ?? '', reason } })
                }
                onDone={onChanged}
              >
                <Form.Item label="申请延期至" name="until" rules={[{ required: true, message: '请选择日期' }]}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item label="延期理由" name="reason" rules={required('请填写延期理由')}>
                  <Input.TextArea rows={4} />
                </Form.Item>
              </ActionForm>
            );
          case 'VERIFY':
            return (
              <ActionForm
                key={action}
                title="核实办结"
                button={{ type: 'primary' }}
                done="已核实办结"
                onSubmit={() => verify({ input: { assignmentId } })}
                onDone={onChanged}
              >
                <Typography.Paragraph>确认责任单位的办理结果属实、问题已解决？</Typography.Paragraph>
              </ActionForm>
            );
          case 'RETURN':
            return (
              <ActionForm<{ reason: string; deadline?: Dayjs }>
                key={action}
                title="退回重办"
                button={{ danger: true }}
                done="已退回责任单位重办"
                onSubmit={({ reason, deadline }) =>
                  sendBack({ input: { assignmentId, reason, deadline: isoDay(deadline) } })
                }
                onDone={onChanged}
              >
                <Form.Item label="退回理由" name="reason" rules={required('请填写退回理由')}>
                  <Input.TextArea rows={4} />
                </Form.Item>
                <Form.Item label="新的办理时限" name="deadline" extra="不填写则按工作日历自动计算。">
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </ActionForm>
            );
          case 'REASSIGN':
            return (
              <ActionForm<{ unitId: string; deadline?: Dayjs }>
                key={action}
                title="改派其他单位"
                button={{ type: 'primary' }}
                done="已改派"
                onSubmit={({ unitId, deadline }) =>
                  reassign({ input: { assignmentId, unitId, deadline: isoDay(deadline) } })
                }
                onDone={onChanged}
              >
                <Suspense fallback={<Spin />}>
                  <ResponsibleUnitField label="改派给" />
                </Suspense>
                <Form.Item label="办理时限" name="deadline" extra="不填写则按工作日历自动计算。">
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </ActionForm>
            );
          case 'DECIDE_EXTENSION':
            return (
              <ActionForm<{ grant: boolean }>
                key={action}
                title="审批延期申请"
                done="已审批"
                initialValues={{ grant: true }}
                onSubmit={({ grant }) => decide({ input: { assignmentId, grant } })}
                onDone={onChanged}
              >
                <Form.Item label={`申请延期至 ${slip.extensionUntil ?? ''}`} name="grant">
                  <Select
                    options={[
                      { value: true, label: '同意延期' },
                      { value: false, label: '不同意' },
                    ]}
                  />
                </Form.Item>
              </ActionForm>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
