import { Result } from 'antd';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { Navigate, useParams } from 'react-router';
import type { OpenRecordPageQuery } from '../../__generated__/OpenRecordPageQuery.graphql';

/** The page of each kind of record a notification or a mail can be about. */
const PAGES: Record<string, (id: string) => string> = {
  Report: (id) => `/reports/${encodeURIComponent(id)}`,
  Assignment: (id) => `/slips/${encodeURIComponent(id)}`,
  Referral: () => '/referrals',
  Inquiry: () => '/inquiries',
  Meeting: () => '/meetings',
  Consultation: () => '/consultations',
  Survey: () => '/surveys',
  Member: () => '/members',
  Unit: () => '/slips',
};

/** A notification's record opened on its own page, whatever kind of record it is. */
export function OpenRecordPage() {
  const { id = '' } = useParams();
  const { node } = useLazyLoadQuery<OpenRecordPageQuery>(
    graphql`
      query OpenRecordPageQuery($id: ID!) {
        node(id: $id) {
          __typename
        }
      }
    `,
    { id },
  );
  const page = PAGES[node.__typename];
  if (!page) return <Result status="info" title="该消息没有可打开的页面" />;
  return <Navigate replace to={page(id)} />;
}
