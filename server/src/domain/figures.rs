//! The office's figures: when a slip counts as replied on time or overdue, and when a member
//! meets the quarter's quotas.

use chrono::NaiveDate;
use entities::assignment::AssignmentStatus;

use super::{assignment::is_overdue, calendar::WorkingCalendar};

/// Problem reports each member must file per quarter, and valuable suggestions per year
/// (notice 工作職責: 每季度至少反映1條問題, 每年至少提出2條有價值的意見建議).
pub const PROBLEMS_PER_QUARTER: u64 = 1;
pub const VALUABLE_SUGGESTIONS_PER_YEAR: u64 = 2;

/// How a slip stands for the figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlipTiming {
    pub replied_on_time: bool,
    /// Replied after the deadline, or still unanswered past it.
    pub overdue: bool,
    /// Working days from issue to the reply, for replied slips.
    pub working_days_to_reply: Option<i64>,
}

/// `replied_on` is the day of the reply that stands (replied or verified); the deadline is
/// the one in force, an extension included.
pub fn slip_timing(
    calendar: &WorkingCalendar,
    status: AssignmentStatus,
    issued_on: NaiveDate,
    deadline: NaiveDate,
    replied_on: Option<NaiveDate>,
    today: NaiveDate,
) -> SlipTiming {
    let replied = matches!(
        status,
        AssignmentStatus::Replied | AssignmentStatus::Verified
    );
    match replied_on.filter(|_| replied) {
        Some(day) => SlipTiming {
            replied_on_time: day <= deadline,
            overdue: day > deadline,
            working_days_to_reply: Some(calendar.working_days_between(issued_on, day)),
        },
        None => SlipTiming {
            replied_on_time: false,
            overdue: is_overdue(status, deadline, today),
            working_days_to_reply: None,
        },
    }
}

/// Whether each quota is met; the yearly suggestion quota decides only in the fourth
/// quarter, when the year is over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotaCheck {
    pub problems_met: bool,
    pub suggestions_met: bool,
    pub met: bool,
}

pub fn quotas(quarter_number: u32, problems: u64, valuable_suggestions: u64) -> QuotaCheck {
    let problems_met = problems >= PROBLEMS_PER_QUARTER;
    let suggestions_met = valuable_suggestions >= VALUABLE_SUGGESTIONS_PER_YEAR;
    QuotaCheck {
        problems_met,
        suggestions_met,
        met: problems_met && (quarter_number != 4 || suggestions_met),
    }
}

/// The mean to one decimal; `None` for nothing.
pub fn mean(values: &[i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let sum: i64 = values.iter().sum();
    Some((sum as f64 / values.len() as f64 * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, day).unwrap_or_default()
    }

    #[test]
    fn a_reply_by_the_deadline_is_on_time_and_counts_working_days() {
        let cal = WorkingCalendar::default();
        // Issued Monday 3 March, due Friday 7 March.
        let on_time = slip_timing(
            &cal,
            AssignmentStatus::Verified,
            d(3, 3),
            d(3, 7),
            Some(d(3, 6)),
            d(3, 20),
        );
        assert_eq!(
            on_time,
            SlipTiming {
                replied_on_time: true,
                overdue: false,
                working_days_to_reply: Some(3)
            }
        );
        let late = slip_timing(
            &cal,
            AssignmentStatus::Replied,
            d(3, 3),
            d(3, 7),
            Some(d(3, 10)),
            d(3, 20),
        );
        assert!(late.overdue && !late.replied_on_time);
        assert_eq!(
            late.working_days_to_reply,
            Some(5),
            "the weekend does not count"
        );
    }

    #[test]
    fn an_open_slip_is_overdue_only_past_its_deadline_and_a_returned_reply_does_not_stand() {
        let cal = WorkingCalendar::default();
        let open = |status, today| slip_timing(&cal, status, d(3, 3), d(3, 7), None, today);
        assert!(!open(AssignmentStatus::Signed, d(3, 7)).overdue);
        assert!(open(AssignmentStatus::Signed, d(3, 10)).overdue);
        assert!(!open(AssignmentStatus::HandedBack, d(3, 10)).overdue);
        let returned = slip_timing(
            &cal,
            AssignmentStatus::Returned,
            d(3, 3),
            d(3, 7),
            Some(d(3, 5)),
            d(3, 10),
        );
        assert!(returned.overdue && !returned.replied_on_time);
        assert_eq!(returned.working_days_to_reply, None);
    }

    #[test]
    fn the_suggestion_quota_decides_only_at_the_end_of_the_year() {
        assert!(quotas(1, 1, 0).met);
        assert!(!quotas(1, 0, 5).met);
        assert!(!quotas(4, 1, 1).met);
        assert!(quotas(4, 2, 2).met);
        assert!(!quotas(3, 1, 1).suggestions_met);
    }

    #[test]
    fn means_round_to_one_decimal() {
        assert_eq!(mean(&[]), None);
        assert_eq!(mean(&[3, 5, 5]), Some(4.3));
    }
}
