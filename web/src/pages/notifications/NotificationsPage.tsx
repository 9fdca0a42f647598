import { Badge, Button, Card, List, Space, Typography } from 'antd';
import { graphql, useLazyLoadQuery, useMutation, usePaginationFragment } from 'react-relay/hooks';
import { Link } from 'react-router';
import type { NotificationsPageMarkMutation } from '../../__generated__/NotificationsPageMarkMutation.graphql';
import type { NotificationsPageQuery } from '../../__generated__/NotificationsPageQuery.graphql';
import type { NotificationsPage_query$key } from '../../__generated__/NotificationsPage_query.graphql';
import { dateTime } from '../../labels';

/** The person's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  const query = useLazyLoadQuery<NotificationsPageQuery>(
    graphql`
      query NotificationsPageQuery {
        ...NotificationsPage_query
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <h1 className="page-title">消息通知</h1>
      <NotificationList query={query} />
    </>
  );
}

function NotificationList({ query }: { query: NotificationsPage_query$key }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment NotificationsPage_query on Query
      @refetchable(queryName: "NotificationsPagePaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
        viewer {
          unreadNotificationCount
        }
        notifications(first: $count, after: $cursor) @connection(key: "NotificationsPage_notifications") {
          edges {
            node {
              id
              title
              body
              read
              targetId
              createdAt
            }
          }
        }
      }
    `,
    query,
  );
  const [commitMark, marking] = useMutation<NotificationsPageMarkMutation>(graphql`
    mutation NotificationsPageMarkMutation($input: MarkNotificationsReadInput!) {
      markNotificationsRead(input: $input) {
        unreadCount
      }
    }
  `);
  // The bell and the list follow at once; the server's count is the truth.
  const mark = (ids?: string[]) =>
    commitMark({
      variables: { input: { ids } },
      updater: (store, response) => {
        const viewer = store.getRoot().getLinkedRecord('viewer');
        if (response?.markNotificationsRead) {
          viewer?.setValue(response.markNotificationsRead.unreadCount, 'unreadNotificationCount');
        }
        const read = ids ?? data.notifications.edges.map((edge) => edge.node.id);
        read.forEach((id) => store.get(id)?.setValue(true, 'read'));
      },
    });
  const items = data.notifications.edges.map((edge) => edge.node);
  return (
    <Card
      extra={
        <Button disabled={!data.viewer?.unreadNotificationCount} loading={marking} onClick={() => mark()}>
          全部标为已读
        </Button>
      }
    >
      <List
        dataSource={items}
        locale={{ emptyText: '暂无消息' }}
        renderItem={(item) => {
          const to = item.targetId ? `/open/${encodeURIComponent(item.targetId)}` : null;
          const open = () => {
            if (!item.read) mark([item.id]);
          };
          return (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space>
                    {!item.read && <Badge status="processing" text="未读" />}
                    {to ? (
                      <Link to={to} onClick={open}>
                        {item.title}
                      </Link>
                    ) : (
                      <Typography.Link onClick={open}>{item.title}</Typography.Link>
                    )}
                  </Space>
                }
                description={
                  <>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{item.body}</div>
                    <Typography.Text type="secondary">{dateTime(item.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
      {hasNext && (
        <Button loading={isLoadingNext} onClick={() => loadNext(20)}>
          加载更多
        </Button>
      )}
    </Card>
  );
}
