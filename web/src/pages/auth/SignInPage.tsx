import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import signInMutation, { type signInMutation$data } from '../../__generated__/signInMutation.graphql';
import { homeOf } from '../../access';
import { signInMessage } from '../../errors';
import { postGraphQL } from '../../relay/fetch';
import { safeNext } from './next';
import './sign-in.css';

const REASONS: Record<string, string> = {
  expired: '登录已超时（30 分钟未操作或超过 8 小时），请重新登录，登录后将回到原页面。',
  'signed-out': '您已安全退出。',
};

/** The sign-in page: plain HTML, a little CSS and one request, so the first page a county's
 * clerk opens loads quickly on a slow intranet; Relay and Ant Design come with the pages
 * after it. */
export function SignInPage() {
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const reason = REASONS[params.get('reason') ?? ''];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      setError('请输入用户名和密码。');
      return;
    }
    setError(null);
    setSigningIn(true);
    postGraphQL(signInMutation.params, { input: { username, password } }).then(
      (response) => {
        const { login } = response.data as signInMutation$data;
        const next = safeNext(params.get('next'));
        // A full load: the new session's cookie is in place and nothing of the last one stays.
        window.location.assign(
          login.account.mustChangePassword
            ? `/change-password${next ? `?next=${encodeURIComponent(next)}` : ''}`
            : (next ?? homeOf(login.account.role)),
        );
      },
      (e) => {
        setSigningIn(false);
        setError(signInMessage(e));
      },
    );
  };

  return (
    <main className="sign-in">
      <h1>营商环境监督平台</h1>
      <form className="sign-in-card" onSubmit={submit} noValidate>
        <h2>用户登录</h2>
        {reason && !error && <p className="sign-in-note">{reason}</p>}
        {error && (
          <p className="sign-in-error" role="alert">
            {error}
          </p>
        )}
        <label htmlFor="username">用户名</label>
        <input id="username" name="username" autoComplete="username" autoFocus required />
        <label htmlFor="password">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" disabled={signingIn}>
          {signingIn ? '正在登录…' : '登录'}
        </button>
        <p className="sign-in-help">忘记密码请联系本县优化办重置。</p>
      </form>
      <p className="sign-in-public">
        <Link to="/public">营商环境监测点、监督员公开信息与自荐</Link>
      </p>
    </main>
  );
}
