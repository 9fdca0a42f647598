import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The sign-in pages' frame: the system's name above a narrow card. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f0f2f5',
        padding: 16,
      }}
    >
      <Typography.Title level={2} style={{ marginBottom: 24 }}>
        营商环境监督平台
      </Typography.Title>
      <Card title={title} style={{ width: '100%', maxWidth: 400 }}>
        {children}
      </Card>
    </main>
  );
}
