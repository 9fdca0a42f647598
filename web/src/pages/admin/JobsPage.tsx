import { Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { JobsPageQuery } from '../../__generated__/JobsPageQuery.graphql';
import { dateTime } from '../../labels';

const JOB: Record<string, string> = {
  'quarterly-reminder': '季度任务提醒',
  'due-soon': '交办单到期提醒',
  'escalate-overdue': '逾期交办单移送纪委',
  'terms-and-exits': '聘期届满与退出提示',
  'survey-reminder': '测评提醒',
  'joint-meeting-check': '联席会议检查',
  'meeting-notices': '会议通知',
  'outbox-dispatch': '邮件发送',
};
const RUN_STATUS: Record<string, [string, string]> = {
  succeeded: ['成功', 'green'],
  failed: ['失败', 'red'],
  running: ['运行中', 'blue'],
  missed: ['错过', 'orange'],
  skipped: ['已运行过', 'default'],
};
const MAIL_STATUS: Record<string, [string, string]> = {
  pending: ['待发送', 'blue'],
  sending: ['发送中', 'blue'],
  sent: ['已发送', 'green'],
  failed: ['发送失败', 'red'],
};

function StatusTag({ status, labels }: { status: string; labels: Record<string, [string, string]> }) {
  const [text, color] = labels[status] ?? [status, 'default'];
  return <Tag color={color}>{text}</Tag>;
}

/** The office's view of the scheduled jobs and the email outbox: what ran, what waits, what
 * failed and why. */
export function JobsPage() {
  const [mailStatus, setMailStatus] = useState<string | undefined>();
  const { jobRuns, outbox } = useLazyLoadQuery<JobsPageQuery>(
    graphql`
      query JobsPageQuery($mailStatus: String) {
        jobRuns(last: 50) {
          runKey
          job
          status
          effects
          error
          attempts
          startedAt
          finishedAt
        }
        outbox(status: $mailStatus, last: 50) {
          toAddress
          subject
          immediate
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
    `,
    { mailStatus },
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <h1 className="page-title">任务与邮件</h1>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card title="最近运行的定时任务">
          <Table
            rowKey="runKey"
            size="small"
            pagination={{ pageSize: 10 }}
            dataSource={[...jobRuns]}
            columns={[
              { title: '任务', dataIndex: 'job', render: (job: string) => JOB[job] ?? job },
              { title: '批次', dataIndex: 'runKey' },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: string) => <StatusTag status={s} labels={RUN_STATUS} />,
              },
              { title: '处理条数', dataIndex: 'effects' },
              { title: '开始', dataIndex: 'startedAt', render: (v: string | null) => dateTime(v) },
              { title: '结束', dataIndex: 'finishedAt', render: (v: string | null) => dateTime(v) },
              { title: '错误', dataIndex: 'error', render: (v: string | null) => v ?? '' },
            ]}
          />
        </Card>
        <Card
          title="邮件发件箱"
          extra={
            <Select
              allowClear
              placeholder="全部状态"
              aria-label="按发送状态筛选"
              style={{ width: 140 }}
              value={mailStatus}
              onChange={setMailStatus}
              options={Object.entries(MAIL_STATUS).map(([value, [text]]) => ({ value, label: text }))}
            />
          }
        >
          <Table
            rowKey={(row) => `${row.toAddress}-${row.createdAt}-${row.subject}`}
            size="small"
            pagination={{ pageSize: 10 }}
            dataSource={[...outbox]}
            columns={[
              { title: '收件人', dataIndex: 'toAddress' },
              { title: '主题', dataIndex: 'subject' },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: string) => <StatusTag status={s} labels={MAIL_STATUS} />,
              },
              { title: '尝试次数', dataIndex: 'attempts' },
              { title: '生成时间', dataIndex: 'createdAt', render: (v: string) => dateTime(v) },
              { title: '发送时间', dataIndex: 'sentAt', render: (v: string | null) => dateTime(v) },
              { title: '失败原因', dataIndex: 'lastError', render: (v: string | null) => v ?? '' },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
