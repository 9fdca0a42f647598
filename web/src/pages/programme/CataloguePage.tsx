import { Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { CataloguePageActiveMutation } from '../../__generated__/CataloguePageActiveMutation.graphql';
import type { CataloguePageAddMutation } from '../../__generated__/CataloguePageAddMutation.graphql';
import type { CataloguePageQuery } from '../../__generated__/CataloguePageQuery.graphql';
import { ActionForm } from '../../components/ActionForm';
import { useCommit } from '../../relay/useCommit';

/** The county's catalogue of prohibitions (八个严禁) that reports name: entries added, retired
 * (reports that name one keep it) or offered again. */
export function CataloguePage() {
  const [fetchKey, setFetchKey] = useState(0);
  const { violationCategories } = useLazyLoadQuery<CataloguePageQuery>(
    graphql`
      query CataloguePageQuery {
        violationCategories {
          id
          name
          active
        }
      }
    `,
    {},
    { fetchKey, fetchPolicy: fetchKey ? 'network-only' : 'store-and-network' },
  );
  const [add] = useCommit<CataloguePageAddMutation>(graphql`
    mutation CataloguePageAddMutation($input: AddViolationCategoryInput!) {
      addViolationCategory(input: $input) {
        violationCategory {
          id
        }
      }
    }
  `);
  const [setActive] = useCommit<CataloguePageActiveMutation>(graphql`
    mutation CataloguePageActiveMutation($input: SetViolationCategoryActiveInput!) {
      setViolationCategoryActive(input: $input) {
        violationCategory {
          id
          active
        }
      }
    }
  `);
  const changed = () => setFetchKey((k) => k + 1);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          严禁事项目录
        </h1>
        <ActionForm<{ name: string }>
          title="增补条目"
          button={{ type: 'primary' }}
          done="已增补，监督员反映问题时即可选择"
          onSubmit={({ name }) => add({ input: { name } })}
          onDone={changed}
          fieldMessages={{ name: '请填写条目名称（不超过 200 字）。' }}
        >
          <Form.Item label="条目" name="name" rules={[{ required: true, whitespace: true, message: '请填写条目' }]}>
            <Input placeholder="如：严禁随意检查" />
          </Form.Item>
        </ActionForm>
      </Space>
      <Card>
        <Typography.Paragraph type="secondary">
          监督员、监测点反映问题时可选择所涉严禁事项。停用的条目不再供选择，已反映的问题保留原条目。
        </Typography.Paragraph>
        <Table
          rowKey="id"
          pagination={false}
          dataSource={[...violationCategories]}
          columns={[
            { title: '条目', dataIndex: 'name' },
            { title: '状态', render: (_, c) => (c.active ? <Tag color="blue">使用中</Tag> : <Tag>已停用</Tag>) },
            {
              title: '操作',
              render: (_, c) => (
                <ActionForm
                  title={c.active ? '停用' : '恢复使用'}
                  button={{ size: 'small', danger: c.active }}
                  done={c.active ? '已停用' : '已恢复使用'}
                  onSubmit={() => setActive({ input: { violationCategoryId: c.id, active: !c.active } })}
                  onDone={changed}
                >
                  <Typography.Paragraph>
                    {c.active ? `停用“${c.name}”？停用后不再供选择。` : `恢复使用“${c.name}”？`}
                  </Typography.Paragraph>
                </ActionForm>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
