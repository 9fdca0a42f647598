import { Button, Card, Descriptions, Empty, Form, Input, Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay/hooks';
import type { InquiriesPageAnswerMutation } from '../../__generated__/InquiriesPageAnswerMutation.graphql';
import type { InquiriesPageQuery } from '../../__generated__/InquiriesPageQuery.graphql';
import type { InquiriesPage_query$key } from '../../__generated__/InquiriesPage_query.graphql';
import { ActionForm } from '../../components/ActionForm';
import { INQUIRY_KIND, dateTime } from '../../labels';
import { useRole } from '../../layouts/useRole';
import { useCommit } from '../../relay/useCommit';

/** Supervisors' inquiries and document requests: a unit answers its own (without learning who
 * asked); the office follows them all. */
export function InquiriesPage() {
  const [answered, setAnswered] = useState(false);
  const query = useLazyLoadQuery<InquiriesPageQuery>(
    graphql`
      query InquiriesPageQuery($answered: Boolean) {
        ...InquiriesPage_query @arguments(answered: $answered)
      }
    `,
    { answered },
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <h1 className="page-title">质询与查阅文件资料</h1>
      <Segmented
        style={{ marginBottom: 16 }}
        value={answered ? 'answered' : 'open'}
        onChange={(value) => setAnswered(value === 'answered')}
        options={[
          { value: 'open', label: '待答复' },
          { value: 'answered', label: '已答复' },
        ]}
      />
      <InquiryList query={query} />
    </>
  );
}

function InquiryList({ query }: { query: InquiriesPage_query$key }) {
  const role = useRole();
  const { data, hasNext, loadNext, isLoadingNext, refetch } = usePaginationFragment(
    graphql`
      fragment InquiriesPage_query on Query
      @refetchable(queryName: "InquiriesPagePaginationQuery")
      @argumentDefinitions(
        answered: { type: "Boolean" }
        count: { type: "Int", defaultValue: 20 }
        cursor: { type: "String" }
      ) {
        inquiries(answered: $answered, first: $count, after: $cursor) @connection(key: "InquiriesPage_inquiries") {
          edges {
            node {
              id
              kind
              subject
              question
              deadline
              overdue
              answer
              answeredAt
              askedAt
              unit {
                name
              }
              asker {
                name
              }
            }
          }
        }
      }
    `,
    query,
  );
  const [answer] = useCommit<InquiriesPageAnswerMutation>(graphql`
    mutation InquiriesPageAnswerMutation($input: AnswerInquiryInput!) {
      answerInquiry(input: $input) {
        inquiry {
          id
          answer
          answeredAt
          overdue
        }
      }
    }
  `);
  const inquiries = data.inquiries.edges.map((edge) => edge.node);
  if (inquiries.length === 0) return <Empty description="暂无记录" />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {inquiries.map((inquiry) => (
        <Card
          key={inquiry.id}
          title={
            <Space wrap>
              <Tag>{INQUIRY_KIND[inquiry.kind] ?? inquiry.kind}</Tag>
              {inquiry.subject}
              {inquiry.overdue && <Tag color="red">已超期</Tag>}
            </Space>
          }
          extra={`答复时限：${inquiry.deadline}`}
        >
          <Descriptions column={1} bordered size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label="提出时间">{dateTime(inquiry.askedAt)}</Descriptions.Item>
            {inquiry.asker && <Descriptions.Item label="提出人">{inquiry.asker.name}</Descriptions.Item>}
            {role !== 'UNIT_HANDLER' && <Descriptions.Item label="责任单位">{inquiry.unit?.name}</Descriptions.Item>}
            <Descriptions.Item label="内容">{inquiry.question}</Descriptions.Item>
            {inquiry.answer && (
              <Descriptions.Item label={`答复（${dateTime(inquiry.answeredAt)}）`}>{inquiry.answer}</Descriptions.Item>
            )}
          </Descriptions>
          {role === 'UNIT_HANDLER' && !inquiry.answer && (
            <ActionForm<{ answer: string }>
              title="答复"
              button={{ type: 'primary' }}
              done="已答复"
              onSubmit={(values) => answer({ input: { inquiryId: inquiry.id, answer: values.answer } })}
              onDone={() => refetch({}, { fetchPolicy: 'network-only' })}
            >
              <Form.Item
                label="答复内容"
                name="answer"
                rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}
              >
                <Input.TextArea rows={6} />
              </Form.Item>
            </ActionForm>
          )}
        </Card>
      ))}
      {hasNext && (
        <Button loading={isLoadingNext} onClick={() => loadNext(20)}>
          加载更多
        </Button>
      )}
    </Space>
  );
}
