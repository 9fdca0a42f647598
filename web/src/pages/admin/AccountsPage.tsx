import { Button, Card, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import type { AccountsPageCreateAccountMutation } from '../../__generated__/AccountsPageCreateAccountMutation.graphql';
import type { AccountsPageCreateUnitMutation } from '../../__generated__/AccountsPageCreateUnitMutation.graphql';
import type { AccountsPageDeactivateMutation } from '../../__generated__/AccountsPageDeactivateMutation.graphql';
import type { AccountsPageQuery } from '../../__generated__/AccountsPageQuery.graphql';
import type { AccountsPageUpdateAccountMutation } from '../../__generated__/AccountsPageUpdateAccountMutation.graphql';
import type { AccountsPageUpdateUnitMutation } from '../../__generated__/AccountsPageUpdateUnitMutation.graphql';
import type { AccountsPage_accounts$key } from '../../__generated__/AccountsPage_accounts.graphql';
import type { AccountsPage_units$key } from '../../__generated__/AccountsPage_units.graphql';
import { ActionForm } from '../../components/ActionForm';
import { ROLE, UNIT_KIND, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';
import { required } from '../../components/rules';

type Role = AccountsPageCreateAccountMutation['variables']['input']['role'];
type UnitKind = AccountsPageCreateUnitMutation['variables']['input']['kind'];
type AccountValues = {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string;
  regionId?: string;
  email?: string;
  phone?: string;
};
type Unit = { id: string; name: string; kind: string };
type Region = { id: string; code: string; name: string };

/** Roles the office gives here; supervisors' and liaisons' accounts come with their
 * certificate or plaque. */
const ROLES: Role[] = ['OFFICE', 'LEADING_GROUP', 'REVIEWER', 'UNIT_HANDLER', 'DISCIPLINE'];
/** Roles that belong to a unit (the server checks the unit's kind). */
const WITH_UNIT: string[] = ['REVIEWER', 'UNIT_HANDLER', 'DISCIPLINE'];

const FIELD_MESSAGES = {
  username: '用户名为 3 至 64 位字母、数字、点、横线或下划线，且不能与已有账号重复。',
  email: '邮箱格式有误。',
  phone: '电话号码格式有误。',
  unitId: '该角色须选择相应类型的单位（初审单位、责任单位或纪委监委）。',
  regionId: '优化办账号须选择所属区域。',
  contactEmail: '邮箱格式有误。',
  name: '请填写名称（不超过 200 字）。',
};

/** The county's accounts and units: created, changed, deactivated; a new account's
 * one-time password shown once. */
export function AccountsPage() {
  const [fetchKey, setFetchKey] = useState(0);
  const query = useLazyLoadQuery<AccountsPageQuery>(
    graphql`
      query AccountsPageQuery {
        ...AccountsPage_accounts
        ...AccountsPage_units
        allUnits: units(first: 100) {
          nodes {
            id
            name
            kind
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
      <h1 className="page-title">账号与单位</h1>
      <Card>
        <Tabs
          items={[
            {
              key: 'accounts',
              label: '账号',
              children: <Accounts query={query} roles={ROLES} units={query.allUnits.nodes} onChanged={changed} />,
            },
            { key: 'units', label: '单位', children: <Units query={query} onChanged={changed} /> },
          ]}
        />
      </Card>
    </>
  );
}

/** Accounts of the roles the caller gives, with their one-time passwords shown once. The
 * platform admin passes the regions: its office accounts each name one. */
export function Accounts({
  query,
  roles,
  units = [],
  regions,
  onChanged,
}: {
  query: AccountsPage_accounts$key;
  roles: Role[];
  units?: readonly Unit[];
  regions?: readonly Region[];
  onChanged: () => void;
}) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment AccountsPage_accounts on Query
      @refetchable(queryName: "AccountsPageAccountsQuery")
      @argumentDefinitions(
        count: { type: "Int", defaultValue: 50 }
        cursor: { type: "String" }
        roles: { type: "[Role!]" }
      ) {
        accounts(filter: { roles: $roles }, first: $count, after: $cursor) @connection(key: "AccountsPage_accounts") {
          edges {
            node {
              id
              username
              displayName
              role
              email
              phone
              active
              unit {
                id
                name
              }
              region {
                name
              }
            }
          }
        }
      }
    `,
    query,
  );
  const [create] = useCommit<AccountsPageCreateAccountMutation>(graphql`
    mutation AccountsPageCreateAccountMutation($input: CreateAccountInput!) {
      createAccount(input: $input) {
        account {
          id
          username
        }
        temporaryPassword
      }
    }
  `);
  const [update] = useCommit<AccountsPageUpdateAccountMutation>(graphql`
    mutation AccountsPageUpdateAccountMutation($input: UpdateAccountInput!) {
      updateAccount(input: $input) {
        account {
          id
          displayName
          email
          phone
          role
          unit {
            id
            name
          }
        }
      }
    }
  `);
  const [deactivate] = useCommit<AccountsPageDeactivateMutation>(graphql`
    mutation AccountsPageDeactivateMutation($input: DeactivateAccountInput!) {
      deactivateAccount(input: $input) {
        account {
          id
          active
        }
      }
    }
  `);
  const created = (username: string, password: string) =>
    Modal.success({
      title: '账号已开设',
      width: 480,
      content: (
        <Space orientation="vertical">
          <span>
            用户名：<Typography.Text code>{username}</Typography.Text>
          </span>
          <span>
            初始密码（只显示这一次，请当面或电话告知本人，首次登录须修改）：
            <Typography.Text code copyable>
              {password}
            </Typography.Text>
          </span>
        </Space>
      ),
    });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <ActionForm<AccountValues>
          title="新建账号"
          button={{ type: 'primary' }}
          done="账号已开设"
          fieldMessages={FIELD_MESSAGES}
          onSubmit={({ unitId, regionId, email, phone, ...v }) =>
            create({
              input: {
                ...v,
                unitId: unitId || null,
                regionId: regionId || null,
                email: email || null,
                phone: phone || null,
              },
            }).then((r) => created(r.createAccount.account.username, r.createAccount.temporaryPassword))
          }
          onDone={onChanged}
        >
          <Form.Item label="用户名" name="username" rules={required('请填写用户名')}>
            <Input autoComplete="off" />
          </Form.Item>
          <AccountFields roles={roles} units={units} regions={regions} />
        </ActionForm>
      </Space>
      <Table
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={data.accounts.edges.map((e) => e.node)}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', render: (_, a) => label(ROLE, a.role) },
          regions
            ? { title: '区域', render: (_, a) => a.region?.name ?? '全平台' }
            : { title: '单位', render: (_, a) => a.unit?.name ?? '—' },
          { title: '电子邮箱', render: (_, a) => a.email ?? '—' },
          { title: '电话', render: (_, a) => a.phone ?? '—' },
          { title: '状态', render: (_, a) => (a.active ? <Tag color="blue">正常</Tag> : <Tag>已停用</Tag>) },
          {
            title: '操作',
            render: (_, a) =>
              a.active &&
              roles.includes(a.role as Role) && (
                <Space>
                  <ActionForm<AccountValues>
                    title="修改"
                    button={{ size: 'small' }}
                    done="已修改"
                    fieldMessages={FIELD_MESSAGES}
                    initialValues={{
                      displayName: a.displayName,
                      role: a.role as Role,
                      unitId: a.unit?.id,
                      email: a.email ?? undefined,
                    }}
                    onSubmit={({ displayName, role, unitId, email, phone }) =>
                      update({
                        input: {
                          accountId: a.id,
                          displayName,
                          role,
                          unitId: unitId || null,
                          email: email ?? '',
                          phone: phone === undefined ? null : phone,
                        },
                      })
                    }
                    onDone={onChanged}
                  >
                    {/* An account's region is fixed: only what the holder is called and reached by changes. */}
                    <AccountFields roles={regions ? [a.role as Role] : roles} units={units} />
                  </ActionForm>
                  <ActionForm
                    title="停用"
                    button={{ size: 'small', danger: true }}
                    done="账号已停用，其会话随即失效"
                    onSubmit={() => deactivate({ input: { accountId: a.id } })}
                    onDone={onChanged}
                  >
                    <Typography.Paragraph>
                      停用 {a.displayName}（{a.username}）的账号？停用后无法登录，已有记录保留。
                    </Typography.Paragraph>
                  </ActionForm>
                </Space>
              ),
          },
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

function AccountFields({
  roles,
  units,
  regions,
}: {
  roles: Role[];
  units: readonly Unit[];
  regions?: readonly Region[];
}) {
  return (
    <>
      <Form.Item label="姓名" name="displayName" rules={required('请填写姓名')}>
        <Input />
      </Form.Item>
      <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
        <Select options={roles.map((r) => ({ value: r, label: ROLE[r] }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['role']}>
        {({ getFieldValue }) =>
          regions && getFieldValue('role') === 'OFFICE' ? (
            <Form.Item label="所属区域" name="regionId" rules={[{ required: true, message: '请选择所属区域' }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={regions.map((r) => ({ value: r.id, label: `${r.name}（${r.code}）` }))}
              />
            </Form.Item>
          ) : (
            WITH_UNIT.includes(getFieldValue('role')) && (
              <Form.Item label="所属单位" name="unitId" rules={[{ required: true, message: '请选择所属单位' }]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  options={units.map((u) => ({ value: u.id, label: `${u.name}（${label(UNIT_KIND, u.kind)}）` }))}
                />
              </Form.Item>
            )
          )
        }
      </Form.Item>
      <Form.Item label="电子邮箱（接收通知）" name="email" rules={[{ type: 'email', message: '邮箱格式有误' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="电话" name="phone">
        <Input />
      </Form.Item>
    </>
  );
}

function Units({ query, onChanged }: { query: AccountsPage_units$key; onChanged: () => void }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment AccountsPage_units on Query
      @refetchable(queryName: "AccountsPageUnitsQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 50 }, cursor: { type: "String" }) {
        units(first: $count, after: $cursor) @connection(key: "AccountsPage_units") {
          edges {
            node {
              id
              name
              kind
              contactEmail
              noticesReach
            }
          }
        }
      }
    `,
    query,
  );
  const [create] = useCommit<AccountsPageCreateUnitMutation>(graphql`
    mutation AccountsPageCreateUnitMutation($input: CreateUnitInput!) {
      createUnit(input: $input) {
        unit {
          id
        }
      }
    }
  `);
  const [update] = useCommit<AccountsPageUpdateUnitMutation>(graphql`
    mutation AccountsPageUpdateUnitMutation($input: UpdateUnitInput!) {
      updateUnit(input: $input) {
        unit {
          id
          name
          contactEmail
        }
      }
    }
  `);
  const emailRule = [{ type: 'email' as const, message: '邮箱格式有误' }];
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <ActionForm<{ name: string; kind: UnitKind; contactEmail?: string }>
          title="新建单位"
          button={{ type: 'primary' }}
          done="单位已建立"
          fieldMessages={FIELD_MESSAGES}
          onSubmit={({ contactEmail, ...v }) => create({ input: { ...v, contactEmail: contactEmail || null } })}
          onDone={onChanged}
        >
          <Form.Item label="单位名称" name="name" rules={required('请填写单位名称')}>
            <Input />
          </Form.Item>
          <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
            <Select options={Object.entries(UNIT_KIND).map(([value, text]) => ({ value, label: text }))} />
          </Form.Item>
          <Form.Item label="通知邮箱" name="contactEmail" rules={emailRule}>
            <Input />
          </Form.Item>
        </ActionForm>
      </Space>
      <Table
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={data.units.edges.map((e) => e.node)}
        columns={[
          { title: '单位名称', dataIndex: 'name' },
          { title: '类型', render: (_, u) => label(UNIT_KIND, u.kind) },
          { title: '通知邮箱', render: (_, u) => u.contactEmail ?? '—' },
          {
            title: '通知送达',
            render: (_, u) =>
              u.noticesReach === 'NOBODY' ? (
                <Tag color="orange">无经办人账号和通知邮箱，通知无法送达</Tag>
              ) : u.noticesReach === 'CONTACT_EMAIL' ? (
                '通知邮箱（无经办人账号）'
              ) : u.noticesReach === 'HANDLERS' ? (
                '经办人账号'
              ) : (
                '按角色发送至本单位账号'
              ),
          },
          {
            title: '操作',
            render: (_, u) => (
              <ActionForm<{ name: string; contactEmail?: string }>
                title="修改"
                button={{ size: 'small' }}
                done="已修改"
                fieldMessages={FIELD_MESSAGES}
                initialValues={{ name: u.name, contactEmail: u.contactEmail ?? undefined }}
                onSubmit={({ name, contactEmail }) =>
                  update({ input: { unitId: u.id, name, contactEmail: contactEmail ?? '' } })
                }
                onDone={onChanged}
              >
                <Form.Item label="单位名称" name="name" rules={required('请填写单位名称')}>
                  <Input />
                </Form.Item>
                <Form.Item label="通知邮箱" name="contactEmail" rules={emailRule}>
                  <Input />
                </Form.Item>
              </ActionForm>
            ),
          },
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
