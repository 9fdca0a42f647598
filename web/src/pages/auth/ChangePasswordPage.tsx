import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { graphql, useMutation } from 'react-relay/hooks';
import { useSearchParams } from 'react-router';
import type { ChangePasswordPageMutation } from '../../__generated__/ChangePasswordPageMutation.graphql';
import { homeOf } from '../../access';
import { errorMessage } from '../../errors';
import { ServerError } from '../../relay/fetch';
import { AuthFrame } from './AuthFrame';
import { safeNext } from './next';

type Values = { currentPassword: string; newPassword: string; repeat: string };

/** The first sign-in (and any later wish) replaces the password someone else set. */
export function ChangePasswordPage() {
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [change, changing] = useMutation<ChangePasswordPageMutation>(graphql`
    mutation ChangePasswordPageMutation($input: ChangePasswordInput!) {
      changePassword(input: $input) {
        account {
          role
          mustChangePassword
        }
      }
    }
  `);

  const submit = ({ currentPassword, newPassword }: Values) => {
    setError(null);
    change({
      variables: { input: { currentPassword, newPassword } },
      onCompleted: ({ changePassword }) => {
        window.location.assign(safeNext(params.get('next')) ?? homeOf(changePassword.account.role));
      },
      onError: (e) => {
        if (e instanceof ServerError && e.code === 'UNAUTHENTICATED') {
          form.setFields([{ name: 'currentPassword', errors: ['当前密码不正确'] }]);
        } else if (e instanceof ServerError && e.code === 'VALIDATION') {
          form.setFields([
            { name: 'newPassword', errors: ['新密码至少 8 位，须包含小写字母、大写字母、数字、符号中的至少 3 种'] },
          ]);
        } else {
          setError(errorMessage(e));
        }
      },
    });
  };

  return (
    <AuthFrame title="修改密码">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="首次登录或密码由他人设置时，须先修改密码才能继续使用。"
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra="至少 8 位，包含小写字母、大写字母、数字、符号中的至少 3 种。"
          rules={[{ required: true, message: '请输入新密码' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="再次输入新密码"
          name="repeat"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={changing}>
          修改密码
        </Button>
      </Form>
    </AuthFrame>
  );
}
