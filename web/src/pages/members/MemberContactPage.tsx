import { useState, type FormEvent } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { MemberContactPageMutation } from '../../__generated__/MemberContactPageMutation.graphql';
import type { MemberContactPageQuery } from '../../__generated__/MemberContactPageQuery.graphql';
import { errorMessage } from '../../errors';
import { ServerError } from '../../relay/fetch';
import { useCommit } from '../../relay/useCommit';

const FIELD_MESSAGES: Record<string, string> = {
  email: '电子邮箱格式有误。',
  phone: '手机号码格式有误。',
};

/** Where the programme reaches the member: reminders and notices go to this email; the
 * office's roster shows the same. */
export function MemberContactPage() {
  const { viewer } = useLazyLoadQuery<MemberContactPageQuery>(
    graphql`
      query MemberContactPageQuery {
        viewer {
          account {
            id
            email
            phone
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  const [email, setEmail] = useState(viewer?.account.email ?? '');
  const [phone, setPhone] = useState(viewer?.account.phone ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [save, saving] = useCommit<MemberContactPageMutation>(graphql`
    mutation MemberContactPageMutation($input: UpdateOwnContactInput!) {
      updateOwnContact(input: $input) {
        account {
          id
          email
          phone
        }
      }
    }
  `);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({ input: { email: email.trim(), phone: phone.trim() } }).then(
      () => setMessage({ ok: true, text: '联系方式已更新，今后的提醒和通知将发往新的邮箱。' }),
      (error) =>
        setMessage({
          ok: false,
          text: (error instanceof ServerError && error.field && FIELD_MESSAGES[error.field]) || errorMessage(error),
        }),
    );
  };
  return (
    <>
      <h1 className="member-title">我的联系方式</h1>
      <form className="member-card" onSubmit={submit}>
        <p className="member-note">季度提醒、会议通知等发送到下面的邮箱；县优化办的名册同步更新。</p>
        <div className="member-field">
          <label htmlFor="contact-email">电子邮箱</label>
          <input
            id="contact-email"
            type="email"
            inputMode="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="member-field">
          <label htmlFor="contact-phone">手机号码</label>
          <input
            id="contact-phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        </div>
        {message && (
          <p className={`member-banner ${message.ok ? 'success' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit" className="member-button primary block" disabled={saving}>
          保存
        </button>
      </form>
    </>
  );
}
