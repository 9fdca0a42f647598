import { Button, Card, Descriptions, Drawer, Space, Spin, Table, Tabs, Tag, Typography, message } from 'antd';
import { Suspense, useState } from 'react';
import { graphql, useFragment, useLazyLoadQuery, useMutation, usePaginationFragment } from 'react-relay/hooks';
import { Link } from 'react-router';
import type { MembersPageProfileQuery } from '../../__generated__/MembersPageProfileQuery.graphql';
import type { MembersPageQuery } from '../../__generated__/MembersPageQuery.graphql';
import type { MembersPageRevealMutation } from '../../__generated__/MembersPageRevealMutation.graphql';
import type { MembersPage_member$key } from '../../__generated__/MembersPage_member.graphql';
import type { MembersPage_points$key } from '../../__generated__/MembersPage_points.graphql';
import type { MembersPage_row$data } from '../../__generated__/MembersPage_row.graphql';
import type { MembersPage_supervisors$key } from '../../__generated__/MembersPage_supervisors.graphql';
import { errorMessage } from '../../errors';
import { useRole } from '../../layouts/useRole';
import { MEMBER_CATEGORY, MEMBER_STATUS, RECOMMENDER, label } from '../../labels';
import { ExitForm, SanctionForm } from './MemberActions';

type Row = Omit<MembersPage_row$data, ' $fragmentType'>;

/** The county's supervisors and monitoring points: serving, and those whose membership ended;
 * a row opens the member's profile. */
export function MembersPage() {
  const role = useRole();
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<MembersPageQuery>(
    graphql`
      query MembersPageQuery {
        ...MembersPage_supervisors
        ...MembersPage_points
      }
    `,
    {},
    { fetchKey, fetchPolicy: fetchKey ? 'network-only' : 'store-and-network' },
  );
  const [open, setOpen] = useState<string | null>(null);
  const office = role === 'OFFICE';
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          监测点、监督员名册
        </h1>
        {office && <Link to="/exits">动态退出评估</Link>}
      </Space>
      <Card>
        <Tabs
          items={[
            { key: 'supervisors', label: '监督员', children: <Supervisors query={data} onOpen={setOpen} /> },
            { key: 'points', label: '监测点', children: <Points query={data} onOpen={setOpen} /> },
          ]}
        />
      </Card>
      <Drawer open={!!open} size="large" title="成员档案" onClose={() => setOpen(null)} destroyOnHidden>
        {open && (
          <Suspense fallback={<Spin />}>
            <Profile id={open} office={office} onChanged={() => setFetchKey((k) => k + 1)} />
          </Suspense>
        )}
      </Drawer>
    </>
  );
}

void graphql`
  fragment MembersPage_row on Member {
    id
    name
    kind
    status
    category
    affiliation
    npcOrCppcc
    certificateNumber
    plaqueNumber
    termEndsOn
    phone
  }
`;

function Supervisors({ query, onOpen }: { query: MembersPage_supervisors$key; onOpen: (id: string) => void }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment MembersPage_supervisors on Query
      @refetchable(queryName: "MembersPageSupervisorsQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 50 }, cursor: { type: "String" }) {
        supervisors(first: $count, after: $cursor) @connection(key: "MembersPage_supervisors") {
          edges {
            node {
              ...MembersPage_row @relay(mask: false)
            }
          }
        }
      }
    `,
    query,
  );
  return (
    <Roster
      rows={data.supervisors.edges.map((e) => e.node)}
      more={hasNext ? () => loadNext(50) : undefined}
      loading={isLoadingNext}
      onOpen={onOpen}
    />
  );
}

function Points({ query, onOpen }: { query: MembersPage_points$key; onOpen: (id: string) => void }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment MembersPage_points on Query
      @refetchable(queryName: "MembersPagePointsQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 50 }, cursor: { type: "String" }) {
        monitoringPoints(first: $count, after: $cursor) @connection(key: "MembersPage_monitoringPoints") {
          edges {
            node {
              ...MembersPage_row @relay(mask: false)
            }
          }
        }
      }
    `,
    query,
  );
  return (
    <Roster
      rows={data.monitoringPoints.edges.map((e) => e.node)}
      more={hasNext ? () => loadNext(50) : undefined}
      loading={isLoadingNext}
      onOpen={onOpen}
    />
  );
}

function Roster({
  rows,
  more,
  loading,
  onOpen,
}: {
  rows: readonly Row[];
  more?: () => void;
  loading: boolean;
  onOpen: (id: string) => void;
}) {
  return (
    <>
      <Table
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={[...rows]}
        onRow={(row) => ({ onClick: () => onOpen(row.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: '姓名（名称）',
            render: (_, row) => (
              <Space wrap>
                <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(row.id)}>
                  {row.name}
                </Button>
                {row.npcOrCppcc && <Tag color="gold">人大代表、政协委员</Tag>}
              </Space>
            ),
          },
          { title: '类别', render: (_, row) => label(MEMBER_CATEGORY, row.category) },
          { title: '单位', render: (_, row) => row.affiliation ?? '—' },
          { title: '编号', render: (_, row) => row.certificateNumber ?? row.plaqueNumber ?? '—' },
          { title: '联系电话', render: (_, row) => row.phone ?? '—' },
          { title: '聘期至', render: (_, row) => row.termEndsOn ?? '—' },
          {
            title: '状态',
            render: (_, row) => (
              <Tag color={row.status === 'ACTIVE' ? 'blue' : undefined}>{label(MEMBER_STATUS, row.status)}</Tag>
            ),
          },
        ]}
      />
      {more && (
        <Button style={{ marginTop: 12 }} loading={loading} onClick={more}>
          加载更多
        </Button>
      )}
    </>
  );
}

function Profile({ id, office, onChanged }: { id: string; office: boolean; onChanged: () => void }) {
  const [fetchKey, setFetchKey] = useState(0);
  const { node } = useLazyLoadQuery<MembersPageProfileQuery>(
    graphql`
      query MembersPageProfileQuery($id: ID!) {
        node(id: $id) {
          ... on Member @alias(as: "member") {
            ...MembersPage_member
          }
        }
      }
    `,
    { id },
    { fetchKey, fetchPolicy: 'network-only' },
  );
  if (!node.member) return null;
  const changed = () => {
    setFetchKey((k) => k + 1);
    onChanged();
  };
  return <MemberProfile member={node.member} office={office} onChanged={changed} />;
}

function MemberProfile({
  member,
  office,
  onChanged,
}: {
  member: MembersPage_member$key;
  office: boolean;
  onChanged: () => void;
}) {
  const m = useFragment(
    graphql`
      fragment MembersPage_member on Member {
        id
        name
        kind
        status
        statusReason
        category
        affiliation
        position
        recommender
        idNumber
        phone
        email
        creditCode
        certificateNumber
        plaqueNumber
        termStartsOn
        termEndsOn
        quotaOverrideReason
        account {
          username
          displayName
          active
        }
      }
    `,
    member,
  );
  const [revealed, setRevealed] = useState<{ idNumber?: string | null; phone?: string | null } | null>(null);
  const [reveal, revealing] = useMutation<MembersPageRevealMutation>(graphql`
    mutation MembersPageRevealMutation($input: RevealSensitiveInput!) {
      revealSensitive(input: $input) {
        idNumber
        phone
      }
    }
  `);
  const show = () =>
    reveal({
      variables: { input: { memberId: m.id } },
      onCompleted: (response) => setRevealed(response.revealSensitive),
      onError: (e) => void message.error(errorMessage(e)),
    });
  const supervisor = m.kind === 'SUPERVISOR';
  const serving = m.status === 'ACTIVE';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {m.name} <Tag color={serving ? 'blue' : undefined}>{label(MEMBER_STATUS, m.status)}</Tag>
      </Typography.Title>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label="类别">{label(MEMBER_CATEGORY, m.category)}</Descriptions.Item>
        <Descriptions.Item label="推荐方式">{label(RECOMMENDER, m.recommender)}</Descriptions.Item>
        <Descriptions.Item label="单位">{m.affiliation ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="职务">{m.position ?? '—'}</Descriptions.Item>
        {supervisor && (
          <Descriptions.Item label="身份证号">{revealed?.idNumber ?? m.idNumber ?? '—'}</Descriptions.Item>
        )}
        {m.creditCode && <Descriptions.Item label="统一社会信用代码">{m.creditCode}</Descriptions.Item>}
        <Descriptions.Item label="联系电话">{revealed?.phone ?? m.phone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="电子邮箱">{m.email ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={supervisor ? '证书编号' : '牌匾编号'}>
          {(supervisor ? m.certificateNumber : m.plaqueNumber) ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="聘期">
          {m.termStartsOn ?? '—'} 至 {m.termEndsOn ?? '—'}
        </Descriptions.Item>
        {m.account && (
          <Descriptions.Item label={supervisor ? '账号' : '联络员账号'}>
            {m.account.username}（{m.account.displayName}）{m.account.active ? '' : '，已停用'}
          </Descriptions.Item>
        )}
        {m.quotaOverrideReason && (
          <Descriptions.Item label="超出名额的理由" span={2}>
            {m.quotaOverrideReason}
          </Descriptions.Item>
        )}
        {m.statusReason && (
          <Descriptions.Item label="退出或处理的事由" span={2}>
            {m.statusReason}
          </Descriptions.Item>
        )}
      </Descriptions>
      {revealed && (
        <Typography.Text type="secondary" role="status">
          已显示完整信息，本次查看已记入审计日志。
        </Typography.Text>
      )}
      <Space wrap>
        {office && !revealed && (
          <Button loading={revealing} onClick={show}>
            查看完整身份证号和电话
          </Button>
        )}
        {serving && (
          <Button href={`/members/${m.id}/certificate`} target="_blank">
            {supervisor ? '打印监督员证' : '打印监测点牌匾'}
          </Button>
        )}
        {office && serving && supervisor && <SanctionForm memberId={m.id} onDone={onChanged} />}
        {office && serving && <ExitForm memberId={m.id} onDone={onChanged} />}
      </Space>
    </Space>
  );
}
