import {
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  Row,
  Space,
  Spin,
  Tag,
} from 'antd';
import { Suspense, useState } from 'react';
import { graphql, useFragment, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import type { NominationsPageOpenQuery } from '../../__generated__/NominationsPageOpenQuery.graphql';
import type { NominationsPageQuery } from '../../__generated__/NominationsPageQuery.graphql';
import type { NominationsPageTrainingMutation } from '../../__generated__/NominationsPageTrainingMutation.graphql';
import type { NominationsPage_card$key } from '../../__generated__/NominationsPage_card.graphql';
import type { NominationsPage_listed$data } from '../../__generated__/NominationsPage_listed.graphql';
import type { NominationsPage_pipeline$key } from '../../__generated__/NominationsPage_pipeline.graphql';
import { ActionForm } from '../../components/ActionForm';
import { isoDay, type Dayjs } from '../../dates';
import { useRole } from '../../layouts/useRole';
import { MEMBER_CATEGORY, MEMBER_KIND, MEMBER_STATUS, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';
import { NominationDetail } from './NominationDetail';
import { NominationEntry } from './NominationEntry';
import { Places } from './Places';
import { TrainingSessions } from './TrainingSessions';

type Listed = Omit<NominationsPage_listed$data, ' $fragmentType'>;

/** The board's columns, the notice's stages from nomination to certificate or plaque. */
const STAGES: { title: string; holds: (m: Listed) => boolean }[] = [
  { title: '提名', holds: (m) => m.status === 'NOMINATED' || m.status === 'RETURNED' },
  { title: '初审', holds: (m) => m.status === 'INITIAL_REVIEW' },
  { title: '复审', holds: (m) => m.status === 'SECOND_REVIEW' },
  { title: '审定', holds: (m) => m.status === 'FINAL_REVIEW' },
  { title: '培训', holds: (m) => m.status === 'APPROVED' && m.kind === 'SUPERVISOR' },
  {
    title: '发证 / 授牌',
    holds: (m) =>
      (m.status === 'TRAINED' && m.kind === 'SUPERVISOR') || (m.status === 'APPROVED' && m.kind === 'MONITORING_POINT'),
  },
];

/** Membership as a board: every nomination at its stage, from 提名 to 发证 / 授牌; a card opens
 * the nomination with its documents, the notice's conditions, its history and the steps the
 * caller may take. */
export function NominationsPage() {
  const role = useRole();
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<NominationsPageQuery>(
    graphql`
      query NominationsPageQuery {
        ...NominationsPage_pipeline
        approved: supervisors(status: APPROVED, first: 100) {
          nodes {
            ...NominationsPage_listed @relay(mask: false)
          }
        }
        trained: supervisors(status: TRAINED, first: 100) {
          nodes {
            ...NominationsPage_listed @relay(mask: false)
          }
        }
        points: monitoringPoints(status: APPROVED, first: 100) {
          nodes {
            ...NominationsPage_listed @relay(mask: false)
          }
        }
      }
    `,
    {},
    { fetchKey, fetchPolicy: fetchKey ? 'network-only' : 'store-and-network' },
  );
  const office = role === 'OFFICE';
  const changed = () => setFetchKey((k) => k + 1);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          监测点、监督员选聘
        </h1>
        {office && <NominationEntry onDone={changed} />}
      </Space>
      {(office || role === 'LEADING_GROUP') && <Places fetchKey={fetchKey} />}
      <Board
        pipeline={data}
        appointed={[...data.approved.nodes, ...data.trained.nodes, ...data.points.nodes]}
        office={office}
        onChanged={changed}
      />
      {(office || role === 'LEADING_GROUP') && (
        <Suspense fallback={<Spin />}>
          <TrainingSessions fetchKey={fetchKey} />
        </Suspense>
      )}
    </>
  );
}

void graphql`
  fragment NominationsPage_listed on Member {
    id
    status
    kind
    name
    ...NominationsPage_card
  }
`;

function Board({
  pipeline,
  appointed,
  office,
  onChanged,
}: {
  pipeline: NominationsPage_pipeline$key;
  appointed: readonly Listed[];
  office: boolean;
  onChanged: () => void;
}) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment NominationsPage_pipeline on Query
      @refetchable(queryName: "NominationsPagePaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 100 }, cursor: { type: "String" }) {
        nominations(first: $count, after: $cursor) @connection(key: "NominationsPage_nominations") {
          edges {
            node {
              ...NominationsPage_listed @relay(mask: false)
            }
          }
        }
      }
    `,
    pipeline,
  );
  const [selected, setSelected] = useState<string | null>(null);
  const everyone: Listed[] = [...data.nominations.edges.map((e) => e.node), ...appointed];
  const rejected = everyone.filter((m) => m.status === 'REJECTED');
  const open = everyone.find((m) => m.id === selected);
  const trainable = appointed.filter((m) => m.status === 'APPROVED' && m.kind === 'SUPERVISOR');
  return (
    <>
      <Row gutter={[12, 12]}>
        {STAGES.map((stage) => {
          const here = everyone.filter(stage.holds);
          return (
            <Col key={stage.title} xs={24} md={8} xxl={4}>
              <Card
                size="small"
                title={
                  <Space>
                    {stage.title}
                    <Badge count={here.length} showZero color={here.length ? '#0958d9' : '#8c8c8c'} />
                  </Space>
                }
                extra={
                  stage.title === '培训' &&
                  office &&
                  trainable.length > 0 && <TrainingForm supervisors={trainable} onDone={onChanged} />
                }
                styles={{ body: { padding: 8, minHeight: 120 } }}
                role="region"
                aria-label={stage.title}
              >
                {here.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无" />
                ) : (
                  <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                    {here.map((m) => (
                      <StageCard key={m.id} member={m} office={office} onOpen={() => setSelected(m.id)} />
                    ))}
                  </Space>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      {hasNext && (
        <Button style={{ marginTop: 12 }} loading={isLoadingNext} onClick={() => loadNext(100)}>
          加载更多
        </Button>
      )}
      {rejected.length > 0 && (
        <Card size="small" title={`未通过（${rejected.length}）`} style={{ marginTop: 12 }}>
          <Space wrap>
            {rejected.map((m) => (
              <Button key={m.id} type="link" onClick={() => setSelected(m.id)}>
                {m.name}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <Drawer
        open={!!open}
        size="large"
        title={open ? `${open.name}（${label(MEMBER_KIND, open.kind)}）` : ''}
        onClose={() => setSelected(null)}
        destroyOnHidden
      >
        {open && (
          <Suspense fallback={<Spin />}>
            <OpenNomination id={open.id} office={office} onChanged={onChanged} />
          </Suspense>
        )}
      </Drawer>
    </>
  );
}

/** The nomination a card opened, asked for in full only then; again after each step. */
function OpenNomination({ id, office, onChanged }: { id: string; office: boolean; onChanged: () => void }) {
  const [fetchKey, setFetchKey] = useState(0);
  const { node } = useLazyLoadQuery<NominationsPageOpenQuery>(
    graphql`
      query NominationsPageOpenQuery($id: ID!) {
        node(id: $id) {
          ... on Member @alias(as: "member") {
            ...NominationDetail_member
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
  return <NominationDetail member={node.member} office={office} onChanged={changed} />;
}

function StageCard({
  member,
  office,
  onOpen,
}: {
  member: NominationsPage_card$key;
  office: boolean;
  onOpen: () => void;
}) {
  const m = useFragment(
    graphql`
      fragment NominationsPage_card on Member {
        name
        kind
        status
        npcOrCppcc
        affiliation
        category
        reviewDecisions
        awaitsRouting
      }
    `,
    member,
  );
  const mine = m.reviewDecisions.length > 0 || (office && m.awaitsRouting);
  return (
    <Card size="small" hoverable onClick={onOpen} styles={{ body: { padding: '8px 10px' } }}>
      <Button type="link" onClick={onOpen} style={{ padding: 0, height: 'auto', fontWeight: 600 }}>
        {m.name}
      </Button>
      <div style={{ color: 'rgba(0,0,0,0.65)', fontSize: 12 }}>
        {m.affiliation ?? label(MEMBER_CATEGORY, m.category)}
      </div>
      <Space size={4} wrap style={{ marginTop: 4 }}>
        <Tag>{m.kind === 'SUPERVISOR' ? '监督员' : '监测点'}</Tag>
        {m.status === 'RETURNED' && <Tag color="orange">{label(MEMBER_STATUS, m.status)}</Tag>}
        {m.npcOrCppcc && <Tag color="gold">人大代表、政协委员</Tag>}
        {mine && <Tag color="blue">待我办理</Tag>}
      </Space>
    </Card>
  );
}

type TrainingValues = { title: string; heldOn: Dayjs; place?: string; memberIds: string[] };

/** A training session and who attended: the approved supervisors among them become trained. */
function TrainingForm({ supervisors, onDone }: { supervisors: readonly Listed[]; onDone: () => void }) {
  const [record] = useCommit<NominationsPageTrainingMutation>(graphql`
    mutation NominationsPageTrainingMutation($input: RecordTrainingInput!) {
      recordTraining(input: $input) {
        attendees {
          id
          status
        }
      }
    }
  `);
  return (
    <ActionForm<TrainingValues>
      title="登记培训"
      button={{ size: 'small', type: 'primary' }}
      done="培训已登记"
      initialValues={{ memberIds: supervisors.map((s) => s.id) }}
      onSubmit={({ title, heldOn, place, memberIds }) =>
        record({ input: { title, heldOn: isoDay(heldOn) ?? '', place: place || null, memberIds } })
      }
      onDone={onDone}
    >
      <Form.Item
        label="培训名称"
        name="title"
        rules={[{ required: true, whitespace: true, message: '请填写培训名称' }]}
      >
        <Input placeholder="如：2026 年度营商环境监督员岗前培训" />
      </Form.Item>
      <Form.Item label="培训日期" name="heldOn" rules={[{ required: true, message: '请选择培训日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="培训地点" name="place">
        <Input />
      </Form.Item>
      <Form.Item label="参训人员" name="memberIds" rules={[{ required: true, message: '请选择参训人员' }]}>
        <Checkbox.Group options={supervisors.map((s) => ({ value: s.id, label: s.name }))} />
      </Form.Item>
    </ActionForm>
  );
}
