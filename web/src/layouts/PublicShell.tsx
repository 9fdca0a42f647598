import { Suspense, useMemo } from 'react';
import { RelayEnvironmentProvider } from 'react-relay/hooks';
import { Link, Outlet } from 'react-router';
import { createEnvironment } from '../relay/environment';
import './member.css';

/** The public's pages (no sign-in): the published lists, self-nomination, its status. Light,
 * like the members' pages: most of the public opens them on a phone. */
export function PublicShell() {
  const environment = useMemo(() => createEnvironment(), []);
  return (
    <RelayEnvironmentProvider environment={environment}>
      <div className="member public">
        <header className="member-bar">
          <Link to="/public" className="member-bell">
            营商环境监测点、监督员
          </Link>
          <Link to="/login" className="member-bell">
            登录
          </Link>
        </header>
        <main className="member-main">
          <Suspense fallback={<p className="member-spinner">正在加载…</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </RelayEnvironmentProvider>
  );
}
