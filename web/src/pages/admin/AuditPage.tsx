import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Spin, Table, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import type { AuditPageActorsQuery } from '../../__generated__/AuditPageActorsQuery.graphql';
import type { AuditPageQuery, AuditPageQuery$variables } from '../../__generated__/AuditPageQuery.graphql';
import type { AuditPageVerifyQuery } from '../../__generated__/AuditPageVerifyQuery.graphql';
import type { AuditPage_events$key } from '../../__generated__/AuditPage_events.graphql';
import type { Dayjs } from '../../dates';
import { ROLE, dateTime, label } from '../../labels';
import { AUDIT_ACTION, AUDIT_RESULT, AUDIT_TARGET } from './auditLabels';

type Filter = NonNullable<AuditPageQuery$variables['filter']>;
type FilterValues = { actorId?: string; action?: string; targetId?: string; period?: [Dayjs, Dayjs] };

/** The audit trail: who did what to which record and when, each look at a hidden identity
 * among it; searched by actor, action, record and time; its hash chain checked on demand. */
export function AuditPage() {
  const [filter, setFilter] = useState<Filter>({});
  const [form] = Form.useForm<FilterValues>();
  const search = ({ actorId, action, targetId, period }: FilterValues) =>
    setFilter({
      actorId: actorId || null,
      action: action || null,
      targetId: targetId?.trim() || null,
      from: period ? period[0].startOf('day').toISOString() : null,
      to: period ? period[1].endOf('day').toISOString() : null,
    });
  return (
    <>
      <h1 className="page-title">审计日志</h1>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Verification />
        <Card>
          <Form form={form} layout="inline" onFinish={search} style={{ rowGap: 12 }}>
            <Suspense fallback={<Spin />}>
              <ActorField />
            </Suspense>
            <Form.Item label="操作" name="action">
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                style={{ width: 220 }}
                options={Object.entries(AUDIT_ACTION).map(([value, text]) => ({ value, label: text }))}
              />
            </Form.Item>
            <Form.Item label="对象编号" name="targetId">
              <Input allowClear style={{ width: 200 }} />
            </Form.Item>
            <Form.Item label="时间" name="period">
              <DatePicker.RangePicker />
            </Form.Item>
            <Form.Item>
              <Space>
                <Button type="primary" htmlType="submit">
                  查询
                </Button>
                <Button
                  onClick={() => {
                    form.setFieldsValue({ action: 'revealSensitive' });
                    form.submit();
                  }}
                >
                  身份信息查看记录
                </Button>
              </Space>
            </Form.Item>
          </Form>
        </Card>
        <Suspense fallback={<Spin />}>
          <Events filter={filter} />
        </Suspense>
      </Space>
    </>
  );
}

function ActorField() {
  const { accounts } = useLazyLoadQuery<AuditPageActorsQuery>(
    graphql`
      query AuditPageActorsQuery {
        accounts(first: 100) {
          nodes {
            id
            username
            displayName
          }
        }
      }
    `,
    {},
  );
  return (
    <Form.Item label="操作人" name="actorId">
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ width: 200 }}
        options={accounts.nodes.map((a) => ({ value: a.id, label: `${a.displayName}（${a.username}）` }))}
      />
    </Form.Item>
  );
}

function Events({ filter }: { filter: Filter }) {
  const query = useLazyLoadQuery<AuditPageQuery>(
    graphql`
      query AuditPageQuery($filter: AuditEventFilterInput) {
        ...AuditPage_events @arguments(filter: $filter)
      }
    `,
    { filter },
    { fetchPolicy: 'network-only' },
  );
  return <EventTable query={query} />;
}

function EventTable({ query }: { query: AuditPage_events$key }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment AuditPage_events on Query
      @refetchable(queryName: "AuditPagePaginationQuery")
      @argumentDefinitions(
        count: { type: "Int", defaultValue: 50 }
        cursor: { type: "String" }
        filter: { type: "AuditEventFilterInput" }
      ) {
        auditEvents(first: $count, after: $cursor, filter: $filter) @connection(key: "AuditPage_auditEvents") {
          totalCount
          edges {
            node {
              id
              at
              actorUsername
              actorRole
              action
              targetType
              targetId
              result
              clientAddr
              before
              after
            }
          }
        }
      }
    `,
    query,
  );
  const role = (snake: string | null | undefined) => (snake ? label(ROLE, snake.toUpperCase()) : '—');
  return (
    <Card title={`共 ${data.auditEvents.totalCount} 条`}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.auditEvents.edges.map((e) => e.node)}
        columns={[
          { title: '时间', render: (_, e) => dateTime(e.at) },
          { title: '操作人', render: (_, e) => e.actorUsername ?? '匿名' },
          { title: '角色', render: (_, e) => role(e.actorRole) },
          { title: '操作', render: (_, e) => label(AUDIT_ACTION, e.action) },
          { title: '对象', render: (_, e) => (e.targetType ? label(AUDIT_TARGET, e.targetType) : '—') },
          { title: '对象编号', render: (_, e) => e.targetId ?? '—' },
          { title: '结果', render: (_, e) => label(AUDIT_RESULT, e.result) },
          { title: '来源地址', render: (_, e) => e.clientAddr ?? '—' },
        ]}
        expandable={{
          rowExpandable: (e) => !!(e.before || e.after),
          expandedRowRender: (e) => (
            <Space align="start" size="large" wrap>
              {e.before && (
                <div>
                  <Typography.Text strong>变更前</Typography.Text>
                  <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{pretty(e.before)}</pre>
                </div>
              )}
              {e.after && (
                <div>
                  <Typography.Text strong>变更后</Typography.Text>
                  <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{pretty(e.after)}</pre>
                </div>
              )}
            </Space>
          ),
        }}
      />
      {hasNext && (
        <Button style={{ marginTop: 12 }} loading={isLoadingNext} onClick={() => loadNext(50)}>
          加载更多
        </Button>
      )}
    </Card>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** The hash chain, checked when asked: a change, removal or reordering of any event shows. */
function Verification() {
  const [asked, setAsked] = useState(0);
  return (
    <Card
      title="审计日志完整性"
      extra={
        <Button onClick={() => setAsked((n) => n + 1)} type={asked ? 'default' : 'primary'}>
          {asked ? '重新核验' : '立即核验'}
        </Button>
      }
    >
      {asked === 0 ? (
        <Typography.Text type="secondary">
          逐条核对本县审计日志的哈希链，确认没有记录被篡改、删除或调换顺序。
        </Typography.Text>
      ) : (
        <Suspense fallback={<Spin />}>
          <VerificationResult fetchKey={asked} />
        </Suspense>
      )}
    </Card>
  );
}

function VerificationResult({ fetchKey }: { fetchKey: number }) {
  const { auditVerification: v } = useLazyLoadQuery<AuditPageVerifyQuery>(
    graphql`
      query AuditPageVerifyQuery {
        auditVerification {
          events
          intact
          brokenEventId
          reason
        }
      }
    `,
    {},
    { fetchKey, fetchPolicy: 'network-only' },
  );
  return v.intact ? (
    <Alert type="success" showIcon title={`核验通过：${v.events} 条记录的哈希链完整。`} />
  ) : (
    <Alert
      type="error"
      showIcon
      title="核验未通过：审计日志已被改动。"
      description={`${v.brokenEventId ? `第一处断链在记录 ${v.brokenEventId}：` : ''}${v.reason ?? ''}。请立即报告系统管理员并保全数据库。`}
    />
  );
}
