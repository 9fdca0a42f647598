import { ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, useMemo } from 'react';
import { RelayEnvironmentProvider } from 'react-relay/hooks';
import { Outlet } from 'react-router';
import { cspNonce } from '../csp';
import { createEnvironment } from '../relay/environment';

// Ant Design's defaults with the text and colours darkened to WCAG AA contrast on white:
// clerks read these pages all day, some on old screens.
const theme = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Tags draw their text in the palette's seventh shade: these seeds darken it to AA.
    gold: '#ad6800',
    orange: '#ad4e00',
  },
};

// `message` and `Modal.confirm` are called as functions; they render with the same locale,
// theme and nonce (and the pages need no `App` wrapper, which would load them all at once).
ConfigProvider.config({
  holderRender: (children) => (
    <ConfigProvider locale={zhCN} theme={theme} csp={{ nonce: cspNonce }}>
      {children}
    </ConfigProvider>
  ),
});

/** Every page after signing in: Relay, and Ant Design in Chinese with its styles under the
 * page's nonce. Loaded with the first such page, so the sign-in page does without both. */
export function AppRoot() {
  const environment = useMemo(() => createEnvironment(), []);
  return (
    <RelayEnvironmentProvider environment={environment}>
      <ConfigProvider locale={zhCN} theme={theme} csp={{ nonce: cspNonce }}>
        <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 120 }} />}>
          <Outlet />
        </Suspense>
      </ConfigProvider>
    </RelayEnvironmentProvider>
  );
}
