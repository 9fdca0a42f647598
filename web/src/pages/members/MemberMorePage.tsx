import { graphql, useMutation } from 'react-relay/hooks';
import { Link } from 'react-router';
import type { MemberMorePageSignOutMutation } from '../../__generated__/MemberMorePageSignOutMutation.graphql';
import { useMember } from '../../layouts/MemberShell';

/** Everything else a member does: activities, consultations, surveys, inquiries, the
 * certificate, their contact details, signing out. */
export function MemberMorePage() {
  const { kind } = useMember();
  const point = kind === 'MONITORING_POINT';
  const [signOut, signingOut] = useMutation<MemberMorePageSignOutMutation>(graphql`
    mutation MemberMorePageSignOutMutation {
      logout {
        ok
      }
    }
  `);
  const leave = () => window.location.assign('/login?reason=signed-out');
  const links = [
    { to: '/me/meetings', title: '会议和活动' },
    ...(point ? [] : [{ to: '/me/consultations', title: '征求意见' }]),
    { to: '/me/surveys', title: '满意度测评' },
    ...(point ? [] : [{ to: '/me/inquiries', title: '质询与查阅文件资料' }]),
    { to: '/me/card', title: point ? '监测点牌匾' : '监督员证' },
    { to: '/me/notifications', title: '消息' },
    { to: '/me/contact', title: '我的联系方式' },
  ];
  return (
    <>
      <h1 className="member-title">更多</h1>
      <section className="member-card">
        <ul className="member-list">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>
                <span>{link.title}</span>
                <span aria-hidden="true">›</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <button
        type="button"
        className="member-button block"
        disabled={signingOut}
        onClick={() => signOut({ variables: {}, onCompleted: leave, onError: leave })}
      >
        退出登录
      </button>
    </>
  );
}
