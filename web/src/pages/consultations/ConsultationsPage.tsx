import { UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  List,
  Radio,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { Suspense, useState } from 'react';
import { graphql, useFragment, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import type { ConsultationsPageDecideMutation } from '../../__generated__/ConsultationsPageDecideMutation.graphql';
import type { ConsultationsPageMembersQuery } from '../../__generated__/ConsultationsPageMembersQuery.graphql';
import type { ConsultationsPageOpenMutation } from '../../__generated__/ConsultationsPageOpenMutation.graphql';
import type { ConsultationsPageOpenQuery } from '../../__generated__/ConsultationsPageOpenQuery.graphql';
import type { ConsultationsPageQuery } from '../../__generated__/ConsultationsPageQuery.graphql';
import type { ConsultationsPage_consultation$key } from '../../__generated__/ConsultationsPage_consultation.graphql';
import type { ConsultationsPage_list$key } from '../../__generated__/ConsultationsPage_list.graphql';
import { ActionForm } from '../../components/ActionForm';
import { Attachments } from '../../components/Attachments';
import { isoDay, type Dayjs } from '../../dates';
import { OPINION_DECISION, dateTime, label } from '../../labels';
import { attach } from '../../relay/fetch';
import { useCommit } from '../../relay/useCommit';
import { required } from '../../components/rules';

type OpenValues = { title: string; body: string; closesOn: Dayjs; memberIds?: string[]; files?: UploadFile[] };
type Decision = ConsultationsPageDecideMutation['variables']['input']['decision'];

/** Consultations (共商共建): a draft put to the supervisors, their opinions, and each decided
 * with its reason when not adopted in full (notice 三(五)). */
export function ConsultationsPage() {
  const [fetchKey, setFetchKey] = useState(0);
  const query = useLazyLoadQuery<ConsultationsPageQuery>(
    graphql`
      query ConsultationsPageQuery {
        viewer {
          role
        }
        ...ConsultationsPage_list
      }
    `,
    {},
    { fetchKey, fetchPolicy: fetchKey ? 'network-only' : 'store-and-network' },
  );
  const [open] = useCommit<ConsultationsPageOpenMutation>(graphql`
    mutation ConsultationsPageOpenMutation($input: OpenConsultationInput!) {
      openConsultation(input: $input) {
        consultation {
          id
        }
      }
    }
  `);
  const [shown, setShown] = useState<string | null>(null);
  const changed = () => setFetchKey((k) => k + 1);
  const opens = query.viewer?.role === 'OFFICE' || query.viewer?.role === 'UNIT_HANDLER';
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          征求意见
        </h1>
        {opens && (
          <ActionForm<OpenValues>
            title="发起征求意见"
            button={{ type: 'primary' }}
            done="已发起，受邀监督员将收到通知"
            onSubmit={({ title, body, closesOn, memberIds, files = [] }) => {
              const [attachments, uploadables] = attach(
                'input.attachments',
                files.map((f) => f.originFileObj as File),
              );
              return open(
                {
                  input: {
                    title,
                    body,
                    closesOn: isoDay(closesOn) ?? '',
                    memberIds: memberIds?.length ? memberIds : null,
                    attachments,
                  },
                },
                uploadables,
              ).then((r) => setShown(r.openConsultation.consultation.id));
            }}
            onDone={changed}
          >
            <Form.Item label="标题" name="title" rules={required('请填写标题')}>
              <Input placeholder="如：关于《……（征求意见稿）》征求意见" />
            </Form.Item>
            <Form.Item label="征求意见稿内容" name="body" rules={required('请填写征求意见稿内容')}>
              <Input.TextArea rows={6} />
            </Form.Item>
            <Form.Item label="截止日期" name="closesOn" rules={[{ required: true, message: '请选择截止日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Suspense fallback={<Spin />}>
              <InviteeField />
            </Suspense>
            <Form.Item label="附件" name="files" valuePropName="fileList" getValueFromEvent={(e) => e?.fileList}>
              <Upload beforeUpload={() => false} multiple accept="application/pdf,.doc,.docx,image/*">
                <Button icon={<UploadOutlined />}>选择文件</Button>
              </Upload>
            </Form.Item>
          </ActionForm>
        )}
      </Space>
      <ConsultationList query={query} onOpen={setShown} />
      <Drawer open={!!shown} size="large" title="征求意见" onClose={() => setShown(null)} destroyOnHidden>
        {shown && (
          <Suspense fallback={<Spin />}>
            <OpenConsultation id={shown} onChanged={changed} />
          </Suspense>
        )}
      </Drawer>
    </>
  );
}

function InviteeField() {
  const { supervisors } = useLazyLoadQuery<ConsultationsPageMembersQuery>(
    graphql`
      query ConsultationsPageMembersQuery {
        supervisors(status: ACTIVE, first: 100) {
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
    <Form.Item label="征求对象" name="memberIds" extra="不选则征求全体在聘监督员的意见。">
      <Select
        mode="multiple"
        optionFilterProp="label"
        options={supervisors.nodes.map((m) => ({ value: m.id, label: m.name }))}
      />
    </Form.Item>
  );
}

function ConsultationList({ query, onOpen }: { query: ConsultationsPage_list$key; onOpen: (id: string) => void }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment ConsultationsPage_list on Query
      @refetchable(queryName: "ConsultationsPagePaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
        consultations(first: $count, after: $cursor) @connection(key: "ConsultationsPage_consultations") {
          edges {
            node {
              id
              title
              closesOn
              open
              unit {
                name
              }
              opinions {
                decision
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
        dataSource={data.consultations.edges.map((e) => e.node)}
        onRow={(row) => ({ onClick: () => onOpen(row.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: '标题',
            render: (_, c) => (
              <Button
                type="link"
                style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => onOpen(c.id)}
              >
                {c.title}
              </Button>
            ),
          },
          { title: '发起', render: (_, c) => c.unit?.name ?? '县优化办' },
          { title: '截止日期', dataIndex: 'closesOn' },
          {
            title: '意见',
            render: (_, c) => {
              const waiting = c.opinions.filter((o) => !o.decision).length;
              return `${c.opinions.length} 条${waiting ? `，${waiting} 条待答复` : ''}`;
            },
          },
          { title: '状态', render: (_, c) => (c.open ? <Tag color="blue">征求中</Tag> : <Tag>已截止</Tag>) },
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

function OpenConsultation({ id, onChanged }: { id: string; onChanged: () => void }) {
  const [fetchKey, setFetchKey] = useState(0);
  const { node } = useLazyLoadQuery<ConsultationsPageOpenQuery>(
    graphql`
      query ConsultationsPageOpenQuery($id: ID!) {
        node(id: $id) {
          ... on Consultation @alias(as: "consultation") {
            ...ConsultationsPage_consultation
          }
        }
      }
    `,
    { id },
    { fetchKey, fetchPolicy: 'network-only' },
  );
  if (!node.consultation) return null;
  return (
    <ConsultationDetail
      consultation={node.consultation}
      onChanged={() => {
        setFetchKey((k) => k + 1);
        onChanged();
      }}
    />
  );
}

function ConsultationDetail({
  consultation,
  onChanged,
}: {
  consultation: ConsultationsPage_consultation$key;
  onChanged: () => void;
}) {
  const c = useFragment(
    graphql`
      fragment ConsultationsPage_consultation on Consultation {
        title
        body
        closesOn
        open
        inviteAll
        decidesOpinions
        unit {
          name
        }
        attachments {
          ...Attachments_attachments
        }
        opinions {
          id
          body
          decision
          explanation
          submittedAt
          author {
            name
          }
        }
      }
    `,
    consultation,
  );
  const [decide] = useCommit<ConsultationsPageDecideMutation>(graphql`
    mutation ConsultationsPageDecideMutation($input: DecideOpinionInput!) {
      decideOpinion(input: $input) {
        opinion {
          id
          decision
          explanation
        }
      }
    }
  `);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {c.title} {c.open ? <Tag color="blue">征求中</Tag> : <Tag>已截止</Tag>}
      </Typography.Title>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="发起">{c.unit?.name ?? '县优化办'}</Descriptions.Item>
        <Descriptions.Item label="征求对象">{c.inviteAll ? '全体在聘监督员' : '受邀监督员'}</Descriptions.Item>
        <Descriptions.Item label="截止日期">{c.closesOn}</Descriptions.Item>
        <Descriptions.Item label="内容">
          <span style={{ whiteSpace: 'pre-wrap' }}>{c.body}</span>
        </Descriptions.Item>
      </Descriptions>
      <section aria-label="附件">
        <Typography.Title level={5}>附件</Typography.Title>
        <Attachments attachments={c.attachments} />
      </section>
      <section aria-label="意见">
        <Typography.Title level={5}>意见（{c.opinions.length} 条）</Typography.Title>
        {c.opinions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无意见" />
        ) : (
          <List
            dataSource={[...c.opinions]}
            renderItem={(o) => (
              <List.Item>
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Typography.Text type="secondary">
                    {o.author?.name ?? '监督员'}，{dateTime(o.submittedAt)}
                  </Typography.Text>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{o.body}</span>
                  {o.decision ? (
                    <span>
                      <Tag color={o.decision === 'ADOPTED' ? 'blue' : undefined}>
                        {label(OPINION_DECISION, o.decision)}
                      </Tag>
                      {o.explanation}
                    </span>
                  ) : (
                    c.decidesOpinions && (
                      <ActionForm<{ decision: Decision; explanation?: string }>
                        title="答复"
                        button={{ size: 'small', type: 'primary' }}
                        done="已答复，监督员将收到通知"
                        initialValues={{ decision: 'ADOPTED' }}
                        onSubmit={({ decision, explanation }) =>
                          decide({ input: { opinionId: o.id, decision, explanation: explanation || null } })
                        }
                        onDone={onChanged}
                        fieldMessages={{ explanation: '未完全采纳的，请说明理由。' }}
                      >
                        <Form.Item label="采纳情况" name="decision">
                          <Radio.Group
                            optionType="button"
                            options={Object.entries(OPINION_DECISION).map(([value, text]) => ({ value, label: text }))}
                          />
                        </Form.Item>
                        <Form.Item label="说明（部分采纳或未采纳的须说明理由）" name="explanation">
                          <Input.TextArea rows={3} />
                        </Form.Item>
                      </ActionForm>
                    )
                  )}
                </Space>
              </List.Item>
            )}
          />
        )}
      </section>
    </Space>
  );
}
