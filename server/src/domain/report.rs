//! The life of a report (反映): what the office and the reporter may do in which state.

use entities::report::{Rating, ReportKind, ReportStatus};

/// Redo (重辦) is allowed at most this many times per report.
pub const MAX_REDOS: i32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportAction {
    Accept,
    Reject,
    Merge,
    /// The first assignment slip is issued.
    StartHandling,
    /// Every slip of the report is verified.
    FinishHandling,
    GiveFeedback,
    Close,
    Reopen,
}

impl ReportAction {
    pub fn name(self) -> &'static str {
        match self {
            Self::Accept => "accepted",
            Self::Reject => "not_accepted",
            Self::Merge => "merged",
            Self::StartHandling => "in_handling",
            Self::FinishHandling => "handled",
            Self::GiveFeedback => "feedback_given",
            Self::Close => "closed",
            Self::Reopen => "accepted",
        }
    }
}

/// The state an action leads to, or `None` when the action does not apply in `status`.
pub fn next(status: ReportStatus, action: ReportAction) -> Option<ReportStatus> {
    use ReportAction::*;
    use ReportStatus as S;
    match (status, action) {
        (S::Submitted, Accept) => Some(S::Accepted),
        (S::Submitted, Reject) => Some(S::NotAccepted),
        (S::Submitted | S::Accepted, Merge) => Some(S::Merged),
        (S::Accepted, StartHandling) => Some(S::InHandling),
        (S::InHandling, FinishHandling) => Some(S::Handled),
        // A report may be answered without a slip (a suggestion the office takes up itself).
        (S::Accepted | S::Handled, GiveFeedback) => Some(S::FeedbackGiven),
        (S::FeedbackGiven, Close) => Some(S::Closed),
        (S::FeedbackGiven | S::Closed, Reopen) => Some(S::Accepted),
        _ => None,
    }
}

/// Whether the office may reopen a report for redo: the reporter was unsatisfied and the
/// report has not been redone twice already.
pub fn may_reopen(rating: Option<Rating>, redo_count: i32) -> Result<(), &'static str> {
    if rating != Some(Rating::Unsatisfied) {
        return Err("only a handling the reporter rated unsatisfied is redone");
    }
    if redo_count >= MAX_REDOS {
        return Err("a report is redone at most twice");
    }
    Ok(())
}

/// A report of obstruction or retaliation is always major: the office hears of it at once
/// (notice 五、工作要求(二): 拒不接受监督或打击报复的严肃处理).
pub fn is_major(kind: ReportKind, flagged: bool) -> bool {
    flagged || kind == ReportKind::Obstruction
}

/// What counts towards a member's quarterly problem reports.
pub const PROBLEM_KINDS: [ReportKind; 2] = [ReportKind::Problem, ReportKind::Obstruction];

/// A slip never goes to the unit an obstruction report names: it must not learn of it.
pub fn may_issue_to(kind: ReportKind, concerned_unit: Option<i32>, unit: i32) -> bool {
    kind != ReportKind::Obstruction || concerned_unit != Some(unit)
}

/// Only suggestions count towards the yearly quota of valuable suggestions.
pub fn may_be_valuable(kind: ReportKind, status: ReportStatus) -> bool {
    kind == ReportKind::Suggestion
        && !matches!(status, ReportStatus::NotAccepted | ReportStatus::Merged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReportAction::*;
    use ReportStatus as S;

    #[test]
    fn an_obstruction_report_is_major_and_never_goes_to_the_unit_it_names() {
        assert!(is_major(ReportKind::Obstruction, false));
        assert!(!is_major(ReportKind::Problem, false));
        assert!(!may_issue_to(ReportKind::Obstruction, Some(7), 7));
        assert!(may_issue_to(ReportKind::Obstruction, Some(7), 8));
        assert!(may_issue_to(ReportKind::Problem, Some(7), 7));
        assert!(PROBLEM_KINDS.contains(&ReportKind::Obstruction));
    }

    #[test]
    fn the_handling_loop() {
        let mut status = S::Submitted;
        for action in [Accept, StartHandling, FinishHandling, GiveFeedback, Close] {
            status = next(status, action).unwrap_or_else(|| panic!("{action:?} from {status:?}"));
        }
        assert_eq!(status, S::Closed);
    }

    #[test]
    fn steps_out_of_order_are_refused() {
        assert_eq!(next(S::Submitted, Close), None);
        assert_eq!(next(S::Submitted, GiveFeedback), None);
        assert_eq!(next(S::NotAccepted, Accept), None);
        assert_eq!(next(S::InHandling, GiveFeedback), None);
        assert_eq!(next(S::Closed, Close), None);
        assert_eq!(next(S::Merged, Accept), None);
    }

    #[test]
    fn redo_needs_an_unsatisfied_rating_and_stops_after_two() {
        assert!(may_reopen(Some(Rating::Unsatisfied), 0).is_ok());
        assert!(may_reopen(Some(Rating::Unsatisfied), 1).is_ok());
        assert!(may_reopen(Some(Rating::Unsatisfied), 2).is_err());
        assert!(may_reopen(Some(Rating::Satisfied), 0).is_err());
        assert!(may_reopen(None, 0).is_err());
        assert_eq!(next(S::FeedbackGiven, Reopen), Some(S::Accepted));
    }

    #[test]
    fn only_suggestions_are_valuable() {
        assert!(may_be_valuable(ReportKind::Suggestion, S::Accepted));
        assert!(!may_be_valuable(ReportKind::Problem, S::Accepted));
        assert!(!may_be_valuable(ReportKind::Suggestion, S::NotAccepted));
    }
}
