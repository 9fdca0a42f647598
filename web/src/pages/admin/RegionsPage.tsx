import { Button, Card, Form, Input, Select, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import type { RegionsPageCreateMutation } from '../../__generated__/RegionsPageCreateMutation.graphql';
import type { RegionsPageQuery } from '../../__generated__/RegionsPageQuery.graphql';
import type { RegionsPage_regions$key } from '../../__generated__/RegionsPage_regions.graphql';
import { ActionForm } from '../../components/ActionForm';
import { required } from '../../components/rules';
import { dateTime } from '../../labels';
import { useCommit } from '../../relay/useCommit';
import { Accounts } from './AccountsPage';

type RegionValues = { code: string; name: string; parentCode?: string; timeZone?: string; slipPrefix?: string };

const FIELD_MESSAGES = {
  code: '区划代码为 6 位 GB/T 2260 行政区划代码。',
  name: '请填写名称（不超过 200 字）。',
  parentCode: '上级区域不存在，或其代码不包含本区域代码。',
  timeZone: '时区须为 IANA 时区名称，如 Asia/Shanghai。',
  slipPrefix: '交办单编号前缀不超过 32 个字。',
};

/** The platform admin's page: the regions that run the programme and their offices' accounts. */
export function RegionsPage() {
  const [fetchKey, setFetchKey] = useState(0);
  const query = useLazyLoadQuery<RegionsPageQuery>(
    graphql`
      query RegionsPageQuery {
        ...RegionsPage_regions
        ...AccountsPage_accounts @arguments(roles: [OFFICE, PLATFORM_ADMIN])
        allRegions: regions(first: 100) {
          nodes {
            id
            code
            name
          }
        }
      }
    `,
    {},
    { fetchKey, fetchPolicy: fetchKey ? 'network-only' : 'store-and-network' },
  );
  const changed = () => setFetchKey((k) => k + 1);
  return (
    <>
      <h1 className="page-title">区域与优化办账号</h1>
      <Card>
        <Tabs
          items={[
            {
              key: 'regions',
              label: '区域',
              children: <Regions query={query} regions={query.allRegions.nodes} onChanged={changed} />,
            },
            {
              key: 'accounts',
              label: '优化办与平台管理员账号',
              children: (
                <Accounts
                  query={query}
                  roles={['OFFICE', 'PLATFORM_ADMIN']}
                  regions={query.allRegions.nodes}
                  onChanged={changed}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

function Regions({
  query,
  regions,
  onChanged,
}: {
  query: RegionsPage_regions$key;
  regions: readonly { code: string; name: string }[];
  onChanged: () => void;
}) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment RegionsPage_regions on Query
      @refetchable(queryName: "RegionsPagePaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 50 }, cursor: { type: "String" }) {
        regions(first: $count, after: $cursor) @connection(key: "RegionsPage_regions") {
          edges {
            node {
              id
              code
              name
              timeZone
              slipPrefix
              createdAt
              parent {
                name
              }
            }
          }
        }
      }
    `,
    query,
  );
  const [create] = useCommit<RegionsPageCreateMutation>(graphql`
    mutation RegionsPageCreateMutation($input: CreateRegionInput!) {
      createRegion(input: $input) {
        region {
          id
        }
      }
    }
  `);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <ActionForm<RegionValues>
          title="新建区域"
          button={{ type: 'primary' }}
          done="区域已建立，可为其开设优化办账号"
          fieldMessages={FIELD_MESSAGES}
          initialValues={{ timeZone: 'Asia/Shanghai' }}
          onSubmit={({ parentCode, slipPrefix, timeZone, ...v }) =>
            create({
              input: {
                ...v,
                parentCode: parentCode || null,
                timeZone: timeZone?.trim() || null,
                slipPrefix: slipPrefix?.trim() || null,
              },
            })
          }
          onDone={onChanged}
        >
          <Form.Item label="行政区划代码" name="code" rules={required('请填写 6 位行政区划代码')}>
            <Input maxLength={6} inputMode="numeric" placeholder="如 430621" />
          </Form.Item>
          <Form.Item label="名称" name="name" rules={required('请填写名称')}>
            <Input placeholder="如 岳阳县" />
          </Form.Item>
          <Form.Item label="上级区域" name="parentCode">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={regions.map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))}
            />
          </Form.Item>
          <Form.Item label="时区" name="timeZone" extra="季度、工作日和办理期限按此时区计算。">
            <Input />
          </Form.Item>
          <Form.Item label="交办单编号前缀" name="slipPrefix" extra="不填则为“名称 + 优交”，如 岳阳县优交。">
            <Input />
          </Form.Item>
        </ActionForm>
      </Space>
      <Table
        rowKey="id"
        size="middle"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data.regions.edges.map((e) => e.node)}
        columns={[
          { title: '区划代码', dataIndex: 'code' },
          { title: '名称', dataIndex: 'name' },
          { title: '上级区域', render: (_, r) => r.parent?.name ?? '—' },
          { title: '时区', dataIndex: 'timeZone' },
          { title: '交办单编号前缀', dataIndex: 'slipPrefix' },
          { title: '建立时间', render: (_, r) => dateTime(r.createdAt) },
        ]}
      />
      {hasNext && (
        <Button style={{ marginTop: 12 }} loading={isLoadingNext} onClick={() => loadNext(50)}>
          加载更多
        </Button>
      )}
    </>
  );
}
