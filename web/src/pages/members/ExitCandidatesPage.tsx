import { Card, Empty, Form, Input, Select, Space, Table, Tag } from 'antd';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { useState } from 'react';
import type { ExitCandidatesPageDecideMutation } from '../../__generated__/ExitCandidatesPageDecideMutation.graphql';
import type { ExitCandidatesPageQuery } from '../../__generated__/ExitCandidatesPageQuery.graphql';
import { ActionForm } from '../../components/ActionForm';
import { MEMBER_KIND } from '../../labels';
import { useCommit } from '../../relay/useCommit';

const EXIT_REASON: Record<string, string> = {
  INACTIVE: '半年内未履职',
  ABSENCES: '无故缺席活动两次以上',
  MISCONDUCT: '违规违纪',
  RESIGNED: '本人申请退出',
  TERM_ENDED: '聘期届满',
};

/** Members the notice's dynamic exit rules point at (silent six months, two unexcused
 * absences): the office decides, or lets them stay by doing nothing. */
export function ExitCandidatesPage() {
  const [fetchKey, setFetchKey] = useState(0);
  const { exitCandidates } = useLazyLoadQuery<ExitCandidatesPageQuery>(
    graphql`
      query ExitCandidatesPageQuery {
        exitCandidates {
          silentSixMonths
          unexcusedAbsences
          member {
            id
            name
            kind
            affiliation
            termEndsOn
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const [decide] = useCommit<ExitCandidatesPageDecideMutation>(graphql`
    mutation ExitCandidatesPageDecideMutation($input: DecideExitInput!) {
      decideExit(input: $input) {
        member {
          id
          status
        }
      }
    }
  `);
  return (
    <>
      <h1 className="page-title">动态退出评估</h1>
      <Card>
        {exitCandidates.length === 0 ? (
          <Empty description="暂无符合退出评估条件的成员" />
        ) : (
          <Table
            rowKey={(row) => row.member.id}
            pagination={false}
            dataSource={[...exitCandidates]}
            columns={[
              { title: '姓名（名称）', render: (_, row) => row.member.name },
              { title: '类型', render: (_, row) => MEMBER_KIND[row.member.kind] ?? row.member.kind },
              { title: '单位', render: (_, row) => row.member.affiliation ?? '—' },
              {
                title: '情形',
                render: (_, row) => (
                  <Space wrap>
                    {row.silentSixMonths && <Tag color="orange">半年内未反映问题或提出意见建议</Tag>}
                    {row.unexcusedAbsences >= 2 && <Tag color="orange">无故缺席 {row.unexcusedAbsences} 次</Tag>}
                  </Space>
                ),
              },
              { title: '聘期至', render: (_, row) => row.member.termEndsOn ?? '—' },
              {
                title: '操作',
                render: (_, row) => (
                  <ActionForm<{ reason: string; comment?: string }>
                    title="决定退出"
                    button={{ danger: true }}
                    done="已作退出处理，其账号随即停用"
                    initialValues={{ reason: row.silentSixMonths ? 'INACTIVE' : 'ABSENCES' }}
                    onSubmit={({ reason, comment }) =>
                      decide({
                        input: {
                          memberId: row.member.id,
                          reason: reason as ExitCandidatesPageDecideMutation['variables']['input']['reason'],
                          comment,
                        },
                      })
                    }
                    onDone={() => setFetchKey((k) => k + 1)}
                  >
                    <Form.Item label="退出原因" name="reason" rules={[{ required: true }]}>
                      <Select options={Object.entries(EXIT_REASON).map(([value, label]) => ({ value, label }))} />
                    </Form.Item>
                    <Form.Item label="说明" name="comment">
                      <Input.TextArea rows={3} />
                    </Form.Item>
                  </ActionForm>
                ),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
