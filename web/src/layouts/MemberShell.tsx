import { Suspense, useEffect, useMemo } from 'react';
import {
  fetchQuery,
  graphql,
  RelayEnvironmentProvider,
  useLazyLoadQuery,
  useRelayEnvironment,
} from 'react-relay/hooks';
import { Navigate, NavLink, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import type { MemberShellQuery } from '../__generated__/MemberShellQuery.graphql';
import { homeOf } from '../access';
import { DraftSender } from '../pages/reports/DraftSender';
import { SIGNED_OUT_EVENT } from '../relay/fetch';
import { createEnvironment } from '../relay/environment';
import './member.css';

const shellQuery = graphql`
  query MemberShellQuery {
    viewer {
      role
      unreadNotificationCount
      account {
        id
        mustChangePassword
      }
      member {
        id
        kind
      }
    }
  }
`;

/** The unread count is asked for again this often. */
const NOTIFICATION_POLL_MS = 20_000;

/** What the members' pages know of the person from the shell. */
export type MemberContext = { accountId: string; kind: string };

export function useMember(): MemberContext {
  return useOutletContext<MemberContext>();
}

/** The pages of supervisors and monitoring points' liaisons, made for a phone: Relay
 * without Ant Design, a bar with the unread count, the main areas at the bottom. */
export function MemberShell() {
  const environment = useMemo(() => createEnvironment(), []);
  return (
    <RelayEnvironmentProvider environment={environment}>
      <div className="member">
        <Suspense fallback={<p className="member-spinner">正在加载…</p>}>
          <MemberFrame />
        </Suspense>
      </div>
    </RelayEnvironmentProvider>
  );
}

function MemberFrame() {
  const location = useLocation();
  const navigate = useNavigate();
  const environment = useRelayEnvironment();
  const { viewer } = useLazyLoadQuery<MemberShellQuery>(shellQuery, {}, { fetchPolicy: 'store-and-network' });

  useEffect(() => {
    const expired = () => {
      const next = window.location.pathname + window.location.search;
      navigate(`/login?reason=expired&next=${encodeURIComponent(next)}`, { replace: true });
    };
    window.addEventListener(SIGNED_OUT_EVENT, expired);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, expired);
  }, [navigate]);

  useEffect(() => {
    if (!viewer) return;
    const poll = window.setInterval(() => {
      fetchQuery(environment, shellQuery, {}, { fetchPolicy: 'network-only' }).subscribe({});
    }, NOTIFICATION_POLL_MS);
    return () => window.clearInterval(poll);
  }, [environment, viewer]);

  if (!viewer) {
    const next = location.pathname + location.search;
    return <Navigate replace to={`/login?reason=expired&next=${encodeURIComponent(next)}`} />;
  }
  if (viewer.account.mustChangePassword) return <Navigate replace to="/change-password" />;
  if (!viewer.member) return <Navigate replace to={homeOf(viewer.role)} />;

  const context: MemberContext = { accountId: viewer.account.id, kind: viewer.member.kind };
  const unread = viewer.unreadNotificationCount;
  return (
    <>
      <header className="member-bar">
        <span>营商环境监督</span>
        <NavLink to="/me/notifications" className="member-bell" aria-label={`消息，未读 ${unread} 条`}>
          消息{unread > 0 && <span className="member-bell-count">{unread > 99 ? '99+' : unread}</span>}
        </NavLink>
      </header>
      <main className="member-main">
        <DraftSender accountId={context.accountId} />
        <Suspense fallback={<p className="member-spinner">正在加载…</p>}>
          <Outlet context={context} />
        </Suspense>
      </main>
      <nav className="member-nav" aria-label="主要栏目">
        <NavLink to="/me" end>
          首页
        </NavLink>
        <NavLink to="/me/report">{context.kind === 'MONITORING_POINT' ? '报送' : '反映问题'}</NavLink>
        <NavLink to="/me/reports">我的反映</NavLink>
        <NavLink to="/me/more">更多</NavLink>
      </nav>
    </>
  );
}
