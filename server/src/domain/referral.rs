//! The discipline commission's steps on a referral: accepted, investigated (立案调查),
//! concluded with its outcome, or returned to the office.

use entities::referral::ReferralStatus;

/// A step the commission takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommissionStep {
    Accept,
    Investigate,
    Conclude,
    Return,
}

const STEPS: [CommissionStep; 4] = [
    CommissionStep::Accept,
    CommissionStep::Investigate,
    CommissionStep::Conclude,
    CommissionStep::Return,
];

/// Where a step takes a referral from where it stands, or `None` where it may not be taken.
/// A clue may be concluded after its first check without a formal investigation.
pub fn after(status: ReferralStatus, step: CommissionStep) -> Option<ReferralStatus> {
    use ReferralStatus::{Accepted, Concluded, Investigating, Queued, Returned};
    match (step, status) {
        (CommissionStep::Accept, Queued) => Some(Accepted),
        (CommissionStep::Investigate, Accepted) => Some(Investigating),
        (CommissionStep::Conclude, Accepted | Investigating) => Some(Concluded),
        (CommissionStep::Return, Queued | Accepted | Investigating) => Some(Returned),
        _ => None,
    }
}

/// The steps open from where a referral stands.
pub fn steps(status: ReferralStatus) -> Vec<CommissionStep> {
    STEPS
        .into_iter()
        .filter(|&step| after(status, step).is_some())
        .collect()
}

/// Still with the commission: not yet concluded or returned.
pub fn is_open(status: ReferralStatus) -> bool {
    !matches!(status, ReferralStatus::Concluded | ReferralStatus::Returned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_referral_is_accepted_investigated_and_concluded_or_returned() {
        use CommissionStep::*;
        assert_eq!(steps(ReferralStatus::Queued), [Accept, Return]);
        assert_eq!(
            steps(ReferralStatus::Accepted),
            [Investigate, Conclude, Return]
        );
        assert_eq!(steps(ReferralStatus::Investigating), [Conclude, Return]);
        assert!(steps(ReferralStatus::Concluded).is_empty());
        assert!(steps(ReferralStatus::Returned).is_empty());
        assert_eq!(
            after(ReferralStatus::Accepted, Investigate),
            Some(ReferralStatus::Investigating)
        );
        assert_eq!(after(ReferralStatus::Queued, Conclude), None);
        assert!(is_open(ReferralStatus::Investigating));
    }
}
