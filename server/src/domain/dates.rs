//! The dates a record may plausibly carry, counted from today in its region: far enough back
//! for what is entered late, far enough ahead for what is planned, and never the year 0001 or
//! 9999 that a typo or a fuzzer sends (such a date would sit in every list and figure).

use chrono::{DateTime, Months, NaiveDate, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// What happened: the event a report describes, a training held. Up to three years back
    /// (a term is two), not after today.
    Happened,
    /// What must happen by a date: a slip's deadline, an extension, a closing date. From today
    /// to a year ahead.
    Due,
    /// A meeting, recorded up to a year after it was held or planned two years ahead.
    Meeting,
    /// A calendar's holidays and working weekends, a term's first day: a year back to two
    /// years ahead.
    Calendar,
}

impl When {
    /// The first and last plausible day.
    pub fn range(self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        let back = |months| {
            today
                .checked_sub_months(Months::new(months))
                .unwrap_or(today)
        };
        let ahead = |months| {
            today
                .checked_add_months(Months::new(months))
                .unwrap_or(today)
        };
        match self {
            Self::Happened => (back(36), today),
            Self::Due => (today, ahead(12)),
            Self::Meeting => (back(12), ahead(24)),
            Self::Calendar => (back(12), ahead(24)),
        }
    }
}

/// A consultation or survey takes answers until the end of its closing day.
pub fn still_open(closes_on: NaiveDate, today: NaiveDate) -> bool {
    today <= closes_on
}

/// `Err` with the range when `date` falls outside it.
pub fn plausible(date: NaiveDate, today: NaiveDate, when: When) -> Result<(), String> {
    let (first, last) = when.range(today);
    if (first..=last).contains(&date) {
        Ok(())
    } else {
        Err(format!("must fall between {first} and {last}"))
    }
}

/// The same for an instant, by its day in UTC (a day either way makes no difference here).
pub fn plausible_instant(at: DateTime<Utc>, now: DateTime<Utc>, when: When) -> Result<(), String> {
    plausible(at.date_naive(), now.date_naive(), when)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    #[test]
    fn answers_are_taken_until_the_end_of_the_closing_day() {
        assert!(still_open(day("2025-03-14"), day("2025-03-13")));
        assert!(still_open(day("2025-03-14"), day("2025-03-14")));
        assert!(!still_open(day("2025-03-14"), day("2025-03-15")));
    }

    #[test]
    fn each_kind_of_date_has_its_range() {
        let today = day("2025-03-03");
        let ok = |date: &str, when| plausible(day(date), today, when).is_ok();
        assert!(ok("2022-03-03", When::Happened) && ok("2025-03-03", When::Happened));
        assert!(!ok("2022-03-02", When::Happened) && !ok("2025-03-04", When::Happened));
        assert!(ok("2025-03-03", When::Due) && ok("2026-03-03", When::Due));
        assert!(!ok("2025-03-02", When::Due) && !ok("2026-03-04", When::Due));
        assert!(ok("2024-03-03", When::Meeting) && ok("2027-03-03", When::Meeting));
        assert!(!ok("0001-01-01", When::Meeting) && !ok("9999-12-31", When::Calendar));
        assert_eq!(
            plausible(day("9999-12-31"), today, When::Due),
            Err("must fall between 2025-03-03 and 2026-03-03".into())
        );
    }
}
