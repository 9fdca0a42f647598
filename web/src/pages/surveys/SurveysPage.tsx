import {
  Alert,
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import type { SurveysPageOpenMutation } from '../../__generated__/SurveysPageOpenMutation.graphql';
import type { SurveysPageQuery } from '../../__generated__/SurveysPageQuery.graphql';
import type { SurveysPageResultsQuery } from '../../__generated__/SurveysPageResultsQuery.graphql';
import type { SurveysPageUnitsQuery } from '../../__generated__/SurveysPageUnitsQuery.graphql';
import type { SurveysPage_surveys$key } from '../../__generated__/SurveysPage_surveys.graphql';
import { ActionForm } from '../../components/ActionForm';
import { Chart, type ChartOption } from '../../components/Chart';
import { isoDay, type Dayjs } from '../../dates';
import { useRole } from '../../layouts/useRole';
import { SATISFACTION, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';

type OpenValues = { title: string; period: string; unitIds: string[]; closesOn: Dayjs };

/** Fewer responses than this and a unit's figures stay hidden: the server says only how many. */
const ANONYMITY_FLOOR = 3;

/** Satisfaction surveys of the units (满意度测评): opened by the office, answered by the members,
 * the results per unit with the score and 满意率, never who answered what. */
export function SurveysPage() {
  const role = useRole();
  const [fetchKey, setFetchKey] = useState(0);
  const query = useLazyLoadQuery<SurveysPageQuery>(
    graphql`
      query SurveysPageQuery {
        ...SurveysPage_surveys
      }
    `,
    {},
    { fetchKey, fetchPolicy: fetchKey ? 'network-only' : 'store-and-network' },
  );
  const [open] = useCommit<SurveysPageOpenMutation>(graphql`
    mutation SurveysPageOpenMutation($input: OpenSurveyInput!) {
      openSurvey(input: $input) {
        survey {
          id
        }
      }
    }
  `);
  const [shown, setShown] = useState<{ id: string; title: string } | null>(null);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          满意度测评
        </h1>
        {role === 'OFFICE' && (
          <ActionForm<OpenValues>
            title="发起测评"
            button={{ type: 'primary' }}
            done="测评已发起，监督员、监测点将收到通知"
            onSubmit={({ title, period, unitIds, closesOn }) =>
              open({ input: { title, period, unitIds, closesOn: isoDay(closesOn) ?? '' } })
            }
            onDone={() => setFetchKey((k) => k + 1)}
          >
            <Form.Item label="名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
              <Input placeholder="如：2026年第四季度营商环境满意度测评" />
            </Form.Item>
            <Form.Item
              label="测评期间"
              name="period"
              rules={[{ required: true, whitespace: true, message: '请填写测评期间' }]}
            >
              <Input placeholder="如：2026年第四季度" />
            </Form.Item>
            <Suspense fallback={<Spin />}>
              <UnitField />
            </Suspense>
            <Form.Item label="截止日期" name="closesOn" rules={[{ required: true, message: '请选择截止日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </ActionForm>
        )}
      </Space>
      <SurveyList query={query} onOpen={setShown} />
      <Drawer
        open={!!shown}
        size="large"
        title={shown ? `${shown.title}：结果` : ''}
        onClose={() => setShown(null)}
        destroyOnHidden
      >
        {shown && (
          <Suspense fallback={<Spin />}>
            <Results surveyId={shown.id} />
          </Suspense>
        )}
      </Drawer>
    </>
  );
}

function UnitField() {
  const { units } = useLazyLoadQuery<SurveysPageUnitsQuery>(
    graphql`
      query SurveysPageUnitsQuery {
        units(filter: { responsible: true }, first: 100) {
          nodes {
            id
            name
          }
        }
      }
    `,
    {},
  );
  return (
    <Form.Item label="测评单位" name="unitIds" rules={[{ required: true, message: '请选择测评单位' }]}>
      <Select
        mode="multiple"
        optionFilterProp="label"
        options={units.nodes.map((unit) => ({ value: unit.id, label: unit.name }))}
      />
    </Form.Item>
  );
}

function SurveyList({
  query,
  onOpen,
}: {
  query: SurveysPage_surveys$key;
  onOpen: (survey: { id: string; title: string }) => void;
}) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment SurveysPage_surveys on Query
      @refetchable(queryName: "SurveysPagePaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
        surveys(first: $count, after: $cursor) @connection(key: "SurveysPage_surveys") {
          edges {
            node {
              id
              title
              period
              closesOn
              open
              units {
                name
              }
            }
          }
        }
      }
    `,
    query,
  );
  return (
    <Card>
      <Table
        rowKey="id"
        pagination={false}
        dataSource={data.surveys.edges.map((e) => e.node)}
        onRow={(row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: '名称',
            render: (_, s) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(s)}>
                {s.title}
              </Button>
            ),
          },
          { title: '测评期间', dataIndex: 'period' },
          { title: '测评单位', render: (_, s) => s.units.map((u) => u.name).join('、') },
          { title: '截止日期', dataIndex: 'closesOn' },
          {
            title: '状态',
            render: (_, s) => (s.open ? <Tag color="blue">进行中</Tag> : <Tag>已截止</Tag>),
          },
        ]}
      />
      {hasNext && (
        <Button style={{ marginTop: 12 }} loading={isLoadingNext} onClick={() => loadNext(20)}>
          加载更多
        </Button>
      )}
    </Card>
  );
}

/** Each unit's figures; a unit rated by fewer than three shows only the count. */
function Results({ surveyId }: { surveyId: string }) {
  const { surveyResults } = useLazyLoadQuery<SurveysPageResultsQuery>(
    graphql`
      query SurveysPageResultsQuery($surveyId: ID!) {
        surveyResults(surveyId: $surveyId) {
          unit {
            id
            name
          }
          responses
          score
          satisfiedPercent
          distribution {
            level
            count
          }
          comments
        }
      }
    `,
    { surveyId },
    { fetchPolicy: 'network-only' },
  );
  const scored = useMemo(() => surveyResults.filter((r) => r.score != null), [surveyResults]);
  const option = useMemo<ChartOption>(
    () => ({
      legend: { data: ['得分', '满意率（%）'], top: 0 },
      grid: { left: 8, right: 48, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', data: scored.map((r) => r.unit.name) },
      series: [
        {
          name: '得分',
          type: 'bar',
          barMaxWidth: 18,
          color: '#1677ff',
          label: { show: true, position: 'right' },
          data: scored.map((r) => Math.round((r.score ?? 0) * 10) / 10),
        },
        {
          name: '满意率（%）',
          type: 'bar',
          barMaxWidth: 18,
          color: '#13a8a8',
          label: { show: true, position: 'right' },
          data: scored.map((r) => Math.round((r.satisfiedPercent ?? 0) * 10) / 10),
        },
      ],
    }),
    [scored],
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {scored.length > 0 && (
        <Chart
          option={option}
          label={scored
            .map((r) => `${r.unit.name}：得分 ${r.score?.toFixed(1)}，满意率 ${r.satisfiedPercent?.toFixed(1)}%`)
            .join('；')}
          height={Math.max(160, 60 + scored.length * 56)}
        />
      )}
      {surveyResults.some((r) => r.score == null) && (
        <Alert type="info" showIcon title={`为保护评价人，回复不足 ${ANONYMITY_FLOOR} 份的单位只显示回复份数。`} />
      )}
      <Table
        rowKey={(r) => r.unit.id}
        pagination={false}
        dataSource={[...surveyResults]}
        columns={[
          { title: '单位', render: (_, r) => r.unit.name },
          { title: '回复份数', dataIndex: 'responses' },
          { title: '得分（百分制）', render: (_, r) => (r.score == null ? '—' : r.score.toFixed(1)) },
          {
            title: '满意率',
            render: (_, r) => (r.satisfiedPercent == null ? '—' : `${r.satisfiedPercent.toFixed(1)}%`),
          },
          {
            title: '各等次',
            render: (_, r) =>
              r.distribution ? r.distribution.map((d) => `${label(SATISFACTION, d.level)} ${d.count}`).join('，') : '—',
          },
        ]}
        expandable={{
          rowExpandable: (r) => (r.comments?.length ?? 0) > 0,
          expandedRowRender: (r) => (
            <ul style={{ margin: 0 }}>
              {r.comments?.map((comment, i) => (
                <li key={i}>
                  <Typography.Text>{comment}</Typography.Text>
                </li>
              ))}
            </ul>
          ),
        }}
      />
    </Space>
  );
}
