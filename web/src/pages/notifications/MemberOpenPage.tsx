import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { Navigate, useParams } from 'react-router';
import type { MemberOpenPageQuery } from '../../__generated__/MemberOpenPageQuery.graphql';

/** The members' page of each kind of record a notification can be about. */
const PAGES: Record<string, (id: string) => string> = {
  Report: (id) => `/me/reports/${encodeURIComponent(id)}`,
  Meeting: () => '/me/meetings',
  Consultation: () => '/me/consultations',
  Opinion: () => '/me/consultations',
  Survey: () => '/me/surveys',
  Inquiry: () => '/me/inquiries',
  Member: () => '/me',
};

/** A notification's record, opened on the member's page for it. */
export function MemberOpenPage() {
  const { id = '' } = useParams();
  const { node } = useLazyLoadQuery<MemberOpenPageQuery>(
    graphql`
      query MemberOpenPageQuery($id: ID!) {
        node(id: $id) {
          __typename
        }
      }
    `,
    { id },
  );
  const page = PAGES[node.__typename];
  if (!page) return <p className="member-card member-note">这条消息没有可打开的页面。</p>;
  return <Navigate replace to={page(id)} />;
}
