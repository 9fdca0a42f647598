import { Form, Input, Select } from 'antd';
import { graphql } from 'react-relay/hooks';
import type { ExitReason, MemberActionsExitMutation } from '../../__generated__/MemberActionsExitMutation.graphql';
import type {
  MemberActionsSanctionMutation,
  Sanction,
} from '../../__generated__/MemberActionsSanctionMutation.graphql';
import { ActionForm } from '../../components/ActionForm';
import { EXIT_REASON, SANCTION } from '../../labels';
import { useCommit } from '../../relay/useCommit';
import { required } from '../../components/rules';

/** The office ends a membership: the reason and the facts behind it; the account stops. */
export function ExitForm({ memberId, reason, onDone }: { memberId: string; reason?: ExitReason; onDone: () => void }) {
  const [decide] = useCommit<MemberActionsExitMutation>(graphql`
    mutation MemberActionsExitMutation($input: DecideExitInput!) {
      decideExit(input: $input) {
        member {
          id
          status
        }
      }
    }
  `);
  return (
    <ActionForm<{ reason: ExitReason; comment: string }>
      title="决定退出"
      button={{ danger: true }}
      done="已作退出处理，其账号随即停用"
      initialValues={{ reason }}
      onSubmit={({ reason, comment }) => decide({ input: { memberId, reason, comment } })}
      onDone={onDone}
    >
      <Form.Item label="退出原因" name="reason" rules={[{ required: true, message: '请选择退出原因' }]}>
        <Select options={Object.entries(EXIT_REASON).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item label="事实和依据" name="comment" rules={required('请写明事实和依据')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </ActionForm>
  );
}

/** Criticism, warning or removal of a supervisor, with the reason recorded. */
export function SanctionForm({ memberId, onDone }: { memberId: string; onDone: () => void }) {
  const [sanction] = useCommit<MemberActionsSanctionMutation>(graphql`
    mutation MemberActionsSanctionMutation($input: SanctionSupervisorInput!) {
      sanctionSupervisor(input: $input) {
        member {
          id
          status
        }
      }
    }
  `);
  return (
    <ActionForm<{ sanction: Sanction; reason: string }>
      title="处理"
      done="处理决定已记录"
      onSubmit={(input) => sanction({ input: { memberId, ...input } })}
      onDone={onDone}
    >
      <Form.Item label="处理方式" name="sanction" rules={[{ required: true, message: '请选择处理方式' }]}>
        <Select options={Object.entries(SANCTION).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item label="事由" name="reason" rules={required('请写明事由')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </ActionForm>
  );
}
