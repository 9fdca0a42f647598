import { Card, Empty, Space, Table, Tag } from 'antd';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { useState } from 'react';
import type { ExitCandidatesPageQuery } from '../../__generated__/ExitCandidatesPageQuery.graphql';
import { MEMBER_KIND } from '../../labels';
import { ExitForm } from './MemberActions';

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
                  <ExitForm
                    memberId={row.member.id}
                    reason={row.silentSixMonths ? 'INACTIVE' : 'ABSENCES'}
                    onDone={() => setFetchKey((k) => k + 1)}
                  />
                ),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
