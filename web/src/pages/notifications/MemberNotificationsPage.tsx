import { graphql, useLazyLoadQuery, useMutation, usePaginationFragment } from 'react-relay/hooks';
import { Link } from 'react-router';
import type { MemberNotificationsPageMarkMutation } from '../../__generated__/MemberNotificationsPageMarkMutation.graphql';
import type { MemberNotificationsPageQuery } from '../../__generated__/MemberNotificationsPageQuery.graphql';
import type { MemberNotificationsPage_query$key } from '../../__generated__/MemberNotificationsPage_query.graphql';
import { dateTime } from '../../labels';

/** A member's notifications, newest first; opening one marks it read. */
export function MemberNotificationsPage() {
  const query = useLazyLoadQuery<MemberNotificationsPageQuery>(
    graphql`
      query MemberNotificationsPageQuery {
        ...MemberNotificationsPage_query
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <h1 className="member-title">消息</h1>
      <NotificationList query={query} />
    </>
  );
}

function NotificationList({ query }: { query: MemberNotificationsPage_query$key }) {
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment MemberNotificationsPage_query on Query
      @refetchable(queryName: "MemberNotificationsPagePaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
        viewer {
          unreadNotificationCount
        }
        notifications(first: $count, after: $cursor) @connection(key: "MemberNotificationsPage_notifications") {
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
  const [commitMark, marking] = useMutation<MemberNotificationsPageMarkMutation>(graphql`
    mutation MemberNotificationsPageMarkMutation($input: MarkNotificationsReadInput!) {
      markNotificationsRead(input: $input) {
        unreadCount
      }
    }
  `);
  const items = data.notifications.edges.map((edge) => edge.node);
  const mark = (ids?: string[]) =>
    commitMark({
      variables: { input: { ids } },
      updater: (store, response) => {
        if (response?.markNotificationsRead) {
          store
            .getRoot()
            .getLinkedRecord('viewer')
            ?.setValue(response.markNotificationsRead.unreadCount, 'unreadNotificationCount');
        }
        (ids ?? items.map((item) => item.id)).forEach((id) => store.get(id)?.setValue(true, 'read'));
      },
    });
  if (items.length === 0) return <p className="member-card member-note">暂无消息。</p>;
  return (
    <section className="member-card">
      <button
        type="button"
        className="member-button"
        disabled={!data.viewer?.unreadNotificationCount || marking}
        onClick={() => mark()}
      >
        全部标为已读
      </button>
      <ul className="member-list">
        {items.map((item) => {
          const page = item.targetId ? `/me/open/${encodeURIComponent(item.targetId)}` : null;
          const open = () => {
            if (!item.read) mark([item.id]);
          };
          const text = (
            <span>
              {!item.read && <span className="member-tag red">未读</span>} {item.title}
              <br />
              <span className="member-muted">{item.body}</span>
              <br />
              <span className="member-muted">{dateTime(item.createdAt)}</span>
            </span>
          );
          return (
            <li key={item.id}>
              {page ? (
                <Link to={page} onClick={open}>
                  {text}
                </Link>
              ) : (
                <button type="button" className="member-link-button member-row" onClick={open}>
                  {text}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {hasNext && (
        <button type="button" className="member-button block" disabled={isLoadingNext} onClick={() => loadNext(20)}>
          加载更多
        </button>
      )}
    </section>
  );
}
