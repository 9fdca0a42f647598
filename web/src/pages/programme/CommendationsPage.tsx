import { Card, Empty, Form, Input, Select, Space, Spin, Table } from 'antd';
import { Suspense, useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { CommendationsPageCommendMutation } from '../../__generated__/CommendationsPageCommendMutation.graphql';
import type { CommendationsPageListQuery } from '../../__generated__/CommendationsPageListQuery.graphql';
import type { CommendationsPageQuery } from '../../__generated__/CommendationsPageQuery.graphql';
import type { CommendationsPageUnitsQuery } from '../../__generated__/CommendationsPageUnitsQuery.graphql';
import { ActionForm } from '../../components/ActionForm';
import { dateTime } from '../../labels';
import { useCommit } from '../../relay/useCommit';

/** Commendations (通报表扬) of units that served businesses well: published at once on the
 * county's public page. */
export function CommendationsPage() {
  const { viewer } = useLazyLoadQuery<CommendationsPageQuery>(
    graphql`
      query CommendationsPageQuery {
        viewer {
          region {
            code
          }
        }
      }
    `,
    {},
  );
  const [fetchKey, setFetchKey] = useState(0);
  const [commend] = useCommit<CommendationsPageCommendMutation>(graphql`
    mutation CommendationsPageCommendMutation($input: CommendUnitInput!) {
      commendUnit(input: $input) {
        commendation {
          id
        }
      }
    }
  `);
  const code = viewer?.region?.code;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          通报表扬
        </h1>
        <ActionForm<{ unitId: string; reason: string; quarter?: string }>
          title="通报表扬"
          button={{ type: 'primary' }}
          done="已通报表扬，并在公开页面发布"
          onSubmit={({ unitId, reason, quarter }) => commend({ input: { unitId, reason, quarter: quarter || null } })}
          onDone={() => setFetchKey((k) => k + 1)}
          fieldMessages={{ quarter: '季度格式如 2026Q4。' }}
        >
          <Suspense fallback={<Spin />}>
            <UnitField />
          </Suspense>
          <Form.Item
            label="表扬事由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: '请填写表扬事由' }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item label="所属季度" name="quarter" extra="如 2026Q4，可不填。">
            <Input />
          </Form.Item>
        </ActionForm>
      </Space>
      {code && (
        <Suspense fallback={<Spin />}>
          <Commendations regionCode={code} fetchKey={fetchKey} />
        </Suspense>
      )}
    </>
  );
}

function UnitField() {
  const { units } = useLazyLoadQuery<CommendationsPageUnitsQuery>(
    graphql`
      query CommendationsPageUnitsQuery {
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
    <Form.Item label="单位" name="unitId" rules={[{ required: true, message: '请选择单位' }]}>
      <Select showSearch optionFilterProp="label" options={units.nodes.map((u) => ({ value: u.id, label: u.name }))} />
    </Form.Item>
  );
}

function Commendations({ regionCode, fetchKey }: { regionCode: string; fetchKey: number }) {
  const { publishedCommendations } = useLazyLoadQuery<CommendationsPageListQuery>(
    graphql`
      query CommendationsPageListQuery($regionCode: String!) {
        publishedCommendations(regionCode: $regionCode) {
          id
          unitName
          reason
          quarter
          commendedAt
        }
      }
    `,
    { regionCode },
    { fetchKey, fetchPolicy: 'store-and-network' },
  );
  return (
    <Card>
      {publishedCommendations.length === 0 ? (
        <Empty description="暂无通报表扬" />
      ) : (
        <Table
          rowKey="id"
          pagination={false}
          dataSource={[...publishedCommendations]}
          columns={[
            { title: '单位', dataIndex: 'unitName' },
            { title: '表扬事由', dataIndex: 'reason' },
            { title: '季度', render: (_, c) => c.quarter ?? '—' },
            { title: '发布时间', render: (_, c) => dateTime(c.commendedAt) },
          ]}
        />
      )}
    </Card>
  );
}
