import { graphql, useFragment } from 'react-relay/hooks';
import type { ReferralOutcome_referral$key } from '../../__generated__/ReferralOutcome_referral.graphql';
import { REFERRAL_STATUS, label } from '../../labels';

/** Where a referral stands with the commission, with its outcome or why it came back. */
export function ReferralOutcome({ referral }: { referral: ReferralOutcome_referral$key }) {
  const data = useFragment(
    graphql`
      fragment ReferralOutcome_referral on Referral {
        status
        outcome
        statusReason
      }
    `,
    referral,
  );
  const said = data.status === 'CONCLUDED' ? data.outcome : data.status === 'RETURNED' ? data.statusReason : null;
  return (
    <>
      {label(REFERRAL_STATUS, data.status)}
      {said && `：${said}`}
    </>
  );
}
