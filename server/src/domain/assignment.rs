//! Assignment slips: who moves a slip from which state, when it is overdue, and its number.

use chrono::NaiveDate;
use entities::assignment::AssignmentStatus;

use super::calendar::WorkingCalendar;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlipAction {
    /// The unit signs for it.
    Sign,
    /// The unit replies with its result.
    Reply,
    /// The unit hands it back as outside its remit (退單).
    HandBack,
    /// The office accepts the reply.
    Verify,
    /// The office sends the reply back.
    Return,
    /// The office sends a handed-back slip to another unit.
    Reassign,
}

impl SlipAction {
    pub const ALL: [Self; 6] = [
        Self::Sign,
        Self::Reply,
        Self::HandBack,
        Self::Verify,
        Self::Return,
        Self::Reassign,
    ];

    pub fn target_name(self) -> &'static str {
        match self {
            Self::Sign => "signed",
            Self::Reply => "replied",
            Self::HandBack => "handed_back",
            Self::Verify => "verified",
            Self::Return => "returned",
            Self::Reassign => "issued",
        }
    }

    /// Whether the unit (rather than the office) takes this action.
    pub fn by_unit(self) -> bool {
        matches!(self, Self::Sign | Self::Reply | Self::HandBack)
    }
}

pub fn next(status: AssignmentStatus, action: SlipAction) -> Option<AssignmentStatus> {
    use AssignmentStatus as S;
    use SlipAction::*;
    match (status, action) {
        (S::Issued, Sign) => Some(S::Signed),
        (S::Signed | S::Returned, Reply) => Some(S::Replied),
        (S::Issued | S::Signed, HandBack) => Some(S::HandedBack),
        (S::Replied, Verify) => Some(S::Verified),
        (S::Replied, Return) => Some(S::Returned),
        (S::HandedBack, Reassign) => Some(S::Issued),
        _ => None,
    }
}

/// A slip is overdue when its deadline has passed and the unit has not replied. Only the
/// unit's formal reply stops the clock; a handed-back slip waits on the office instead.
pub fn is_overdue(status: AssignmentStatus, deadline: NaiveDate, today: NaiveDate) -> bool {
    use AssignmentStatus as S;
    matches!(status, S::Issued | S::Signed | S::Returned) && today > deadline
}

/// Working days past the deadline, 0 when not overdue.
pub fn working_days_overdue(
    status: AssignmentStatus,
    deadline: NaiveDate,
    today: NaiveDate,
    calendar: &WorkingCalendar,
) -> i64 {
    if is_overdue(status, deadline, today) {
        calendar.working_days_between(deadline, today)
    } else {
        0
    }
}

/// An extension is asked for before the deadline, for a later day, on a slip the unit holds.
pub fn may_request_extension(
    status: AssignmentStatus,
    deadline: NaiveDate,
    requested: NaiveDate,
    today: NaiveDate,
) -> Result<(), &'static str> {
    use AssignmentStatus as S;
    if !matches!(status, S::Issued | S::Signed | S::Returned) {
        return Err("an extension is asked for while the unit holds the slip");
    }
    if today > deadline {
        return Err("an extension is asked for before the deadline");
    }
    if requested <= deadline {
        return Err("the new deadline must be later than the current one");
    }
    Ok(())
}

/// What the unit or the office can do to a slip now, as the web app offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    Step(SlipAction),
    RequestExtension,
    DecideExtension,
}

/// The unit's (`by_unit`) or the office's offers for a slip in this state today: exactly what
/// the services would accept (a reason or a date still to be given aside).
pub fn offers(
    status: AssignmentStatus,
    deadline: NaiveDate,
    extension_requested: bool,
    today: NaiveDate,
    by_unit: bool,
) -> Vec<Offer> {
    let mut offers: Vec<Offer> = SlipAction::ALL
        .into_iter()
        .filter(|a| a.by_unit() == by_unit && next(status, *a).is_some())
        .map(Offer::Step)
        .collect();
    let later = deadline.succ_opt().unwrap_or(deadline);
    if by_unit
        && !extension_requested
        && may_request_extension(status, deadline, later, today).is_ok()
    {
        offers.push(Offer::RequestExtension);
    }
    if !by_unit && extension_requested {
        offers.push(Offer::DecideExtension);
    }
    offers
}

/// Fills `{prefix}`, `{year}` and `{seq}` in the configured pattern.
pub fn format_number(pattern: &str, prefix: &str, year: i32, seq: i32) -> String {
    pattern
        .replace("{prefix}", prefix)
        .replace("{year}", &year.to_string())
        .replace("{seq}", &seq.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::china_2024_2025;
    use AssignmentStatus as S;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn offers_are_what_the_steps_accept_for_the_unit_or_the_office() {
        let deadline = date(2025, 3, 10);
        let before = date(2025, 3, 10);
        let after = date(2025, 3, 11);
        assert_eq!(
            offers(S::Issued, deadline, false, before, true),
            [
                Offer::Step(SlipAction::Sign),
                Offer::Step(SlipAction::HandBack),
                Offer::RequestExtension
            ]
        );
        assert_eq!(
            offers(S::Signed, deadline, true, after, true),
            [
                Offer::Step(SlipAction::Reply),
                Offer::Step(SlipAction::HandBack)
            ]
        );
        assert_eq!(offers(S::Issued, deadline, false, before, false), []);
        assert_eq!(
            offers(S::Signed, deadline, true, before, false),
            [Offer::DecideExtension]
        );
        assert_eq!(
            offers(S::Replied, deadline, false, after, false),
            [
                Offer::Step(SlipAction::Verify),
                Offer::Step(SlipAction::Return)
            ]
        );
        assert_eq!(offers(S::Verified, deadline, false, after, true), []);
    }

    #[test]
    fn the_slip_loop_and_its_refusals() {
        let mut status = S::Issued;
        for action in [
            SlipAction::Sign,
            SlipAction::Reply,
            SlipAction::Return,
            SlipAction::Reply,
            SlipAction::Verify,
        ] {
            status = next(status, action).unwrap_or_else(|| panic!("{action:?} from {status:?}"));
        }
        assert_eq!(status, S::Verified);
        assert_eq!(next(S::Issued, SlipAction::Reply), None, "sign first");
        assert_eq!(next(S::Replied, SlipAction::HandBack), None);
        assert_eq!(next(S::Verified, SlipAction::Return), None);
        assert_eq!(next(S::HandedBack, SlipAction::Reassign), Some(S::Issued));
    }

    #[test]
    fn overdue_counts_working_days_across_the_spring_festival() {
        let cal = china_2024_2025();
        let deadline = date(2025, 1, 27);
        assert!(!is_overdue(S::Signed, deadline, deadline));
        assert!(is_overdue(S::Signed, deadline, date(2025, 2, 5)));
        assert_eq!(
            working_days_overdue(S::Signed, deadline, date(2025, 2, 5), &cal),
            1
        );
        assert_eq!(
            working_days_overdue(S::Signed, deadline, date(2025, 2, 8), &cal),
            4
        );
        assert_eq!(
            working_days_overdue(S::Replied, deadline, date(2025, 2, 8), &cal),
            0
        );
        assert_eq!(
            working_days_overdue(S::HandedBack, deadline, date(2025, 2, 8), &cal),
            0
        );
    }

    #[test]
    fn extensions_come_before_the_deadline_and_move_it_later() {
        let deadline = date(2025, 3, 14);
        assert!(
            may_request_extension(S::Signed, deadline, date(2025, 3, 21), date(2025, 3, 14))
                .is_ok()
        );
        assert!(
            may_request_extension(S::Signed, deadline, date(2025, 3, 21), date(2025, 3, 15))
                .is_err()
        );
        assert!(
            may_request_extension(S::Signed, deadline, date(2025, 3, 14), date(2025, 3, 10))
                .is_err()
        );
        assert!(
            may_request_extension(S::Replied, deadline, date(2025, 3, 21), date(2025, 3, 10))
                .is_err()
        );
    }

    #[test]
    fn numbers_follow_the_pattern() {
        assert_eq!(
            format_number("{prefix}〔{year}〕{seq}号", "岳县优交", 2024, 12),
            "岳县优交〔2024〕12号"
        );
    }
}
