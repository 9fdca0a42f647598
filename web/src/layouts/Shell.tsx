import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CommentOutlined,
  DashboardOutlined,
  FileTextOutlined,
  GlobalOutlined,
  LikeOutlined,
  LogoutOutlined,
  QuestionCircleOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SnippetsOutlined,
  StopOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Space, Spin } from 'antd';
import { Suspense, useEffect, type ReactNode } from 'react';
import { fetchQuery, graphql, useLazyLoadQuery, useMutation, useRelayEnvironment } from 'react-relay/hooks';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import type { ShellQuery } from '../__generated__/ShellQuery.graphql';
import type { ShellSignOutMutation } from '../__generated__/ShellSignOutMutation.graphql';
import { areasOf, type Area } from '../access';
import { ROLE } from '../labels';
import { SIGNED_OUT_EVENT } from '../relay/fetch';

const shellQuery = graphql`
  query ShellQuery {
    viewer {
      role
      unreadNotificationCount
      region {
        name
      }
      account {
        displayName
        mustChangePassword
        unit {
          name
        }
      }
    }
  }
`;

/** The unread count is asked for again this often, so the bell is at most this late. */
const NOTIFICATION_POLL_MS = 20_000;

const MENU: Record<Area, { label: string; icon: ReactNode }> = {
  workbench: { label: '工作台', icon: <DashboardOutlined /> },
  reports: { label: '问题线索', icon: <FileTextOutlined /> },
  slips: { label: '交办单', icon: <SnippetsOutlined /> },
  calendar: { label: '工作日历', icon: <CalendarOutlined /> },
  referrals: { label: '移送纪委', icon: <AlertOutlined /> },
  nominations: { label: '选聘管理', icon: <AuditOutlined /> },
  members: { label: '成员名册', icon: <TeamOutlined /> },
  meetings: { label: '会议活动', icon: <CarryOutOutlined /> },
  surveys: { label: '满意度测评', icon: <LikeOutlined /> },
  consultations: { label: '征求意见', icon: <CommentOutlined /> },
  commendations: { label: '通报表扬', icon: <TrophyOutlined /> },
  catalogue: { label: '严禁事项目录', icon: <StopOutlined /> },
  conclusion: { label: '季度总结', icon: <BarChartOutlined /> },
  inquiries: { label: '质询与查阅', icon: <QuestionCircleOutlined /> },
  jobs: { label: '任务与邮件', icon: <ScheduleOutlined /> },
  regions: { label: '区域与优化办', icon: <GlobalOutlined /> },
  accounts: { label: '账号与单位', icon: <UserOutlined /> },
  audit: { label: '审计日志', icon: <SafetyCertificateOutlined /> },
  notifications: { label: '消息通知', icon: <BellOutlined /> },
};

/** The page shell for a signed-in person: the menu of their role, the header with the
 * notifications bell, and the page. Anyone else goes to the sign-in page. */
export function Shell() {
  const location = useLocation();
  const navigate = useNavigate();
  const environment = useRelayEnvironment();
  const { viewer } = useLazyLoadQuery<ShellQuery>(shellQuery, {}, { fetchPolicy: 'store-and-network' });
  const [signOut, signingOut] = useMutation<ShellSignOutMutation>(graphql`
    mutation ShellSignOutMutation {
      logout {
        ok
      }
    }
  `);

  // Listening from the first render on, not re-subscribed at each navigation: a lapsed
  // session's refusal can arrive while the page changes.
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
    const expired = location.pathname !== '/';
    return <Navigate replace to={`/login?${expired ? 'reason=expired&' : ''}next=${encodeURIComponent(next)}`} />;
  }
  if (viewer.account.mustChangePassword) {
    return <Navigate replace to="/change-password" />;
  }

  const selected = location.pathname.split('/')[1] ?? '';
  const where = viewer.account.unit?.name ?? viewer.region?.name ?? '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>营商环境监督平台</div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={areasOf(viewer.role).map((area) => ({
            key: area,
            icon: MENU[area].icon,
            label: MENU[area].label,
          }))}
          onClick={({ key }) => navigate(`/${key}`)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
          }}
        >
          <span className="shell-where">{where}</span>
          <Space size="large">
            <Badge count={viewer.unreadNotificationCount} size="small" overflowCount={99}>
              <Button
                type="text"
                icon={<BellOutlined />}
                aria-label={`消息通知，未读 ${viewer.unreadNotificationCount} 条`}
                onClick={() => navigate('/notifications')}
              />
            </Badge>
            <span>
              {viewer.account.displayName}（{ROLE[viewer.role] ?? viewer.role}）
            </span>
            <Button
              icon={<LogoutOutlined />}
              loading={signingOut}
              onClick={() =>
                signOut({
                  variables: {},
                  onCompleted: () => {
                    environment.getStore().notify();
                    window.location.assign('/login?reason=signed-out');
                  },
                  onError: () => window.location.assign('/login?reason=signed-out'),
                })
              }
            >
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
