//! Working days: Monday to Friday, except the holidays and adjusted working weekends (調休)
//! the office enters for its region.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, Weekday};

#[derive(Clone, Debug, Default)]
pub struct WorkingCalendar {
    /// Days that differ from the Monday–Friday rule: `false` a holiday, `true` a working
    /// weekend day.
    overrides: HashMap<NaiveDate, bool>,
}

impl WorkingCalendar {
    pub fn new(overrides: impl IntoIterator<Item = (NaiveDate, bool)>) -> Self {
        Self {
            overrides: overrides.into_iter().collect(),
        }
    }

    pub fn is_working(&self, day: NaiveDate) -> bool {
        self.overrides
            .get(&day)
            .copied()
            .unwrap_or(!matches!(day.weekday(), Weekday::Sat | Weekday::Sun))
    }

    /// The `n`th working day after `start` (not counting `start` itself); `start` when `n` is 0.
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> NaiveDate {
        let mut day = start;
        let mut left = n;
        while left > 0 {
            match day.succ_opt() {
                Some(next) => day = next,
                None => return NaiveDate::MAX,
            }
            if self.is_working(day) {
                left -= 1;
            }
        }
        day
    }

    /// Working days after `from` up to and including `to`; negative when `to` is before
    /// `from`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        if to < from {
            return -self.working_days_between(to, from);
        }
        from.iter_days()
            .skip(1)
            .take_while(|d| *d <= to)
            .filter(|d| self.is_working(*d))
            .count() as i64
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn range(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
        from.iter_days().take_while(move |d| *d <= to)
    }

    /// The State Council's holiday arrangements for 2024 and 2025.
    pub fn china_2024_2025() -> WorkingCalendar {
        let mut days: Vec<(NaiveDate, bool)> = Vec::new();
        let holidays = [
            (date(2024, 1, 1), date(2024, 1, 1)),
            (date(2024, 2, 10), date(2024, 2, 17)),
            (date(2024, 4, 4), date(2024, 4, 6)),
            (date(2024, 5, 1), date(2024, 5, 5)),
            (date(2024, 6, 10), date(2024, 6, 10)),
            (date(2024, 9, 15), date(2024, 9, 17)),
            (date(2024, 10, 1), date(2024, 10, 7)),
            (date(2025, 1, 1), date(2025, 1, 1)),
            (date(2025, 1, 28), date(2025, 2, 4)),
            (date(2025, 4, 4), date(2025, 4, 6)),
            (date(2025, 5, 1), date(2025, 5, 5)),
            (date(2025, 5, 31), date(2025, 6, 2)),
            (date(2025, 10, 1), date(2025, 10, 8)),
        ];
        for (from, to) in holidays {
            days.extend(range(from, to).map(|d| (d, false)));
        }
        let working_weekends = [
            date(2024, 2, 4),
            date(2024, 2, 18),
            date(2024, 4, 7),
            date(2024, 4, 28),
            date(2024, 5, 11),
            date(2024, 9, 14),
            date(2024, 9, 29),
            date(2024, 10, 12),
            date(2025, 1, 26),
            date(2025, 2, 8),
            date(2025, 4, 27),
            date(2025, 9, 28),
            date(2025, 10, 11),
        ];
        days.extend(working_weekends.into_iter().map(|d| (d, true)));
        WorkingCalendar::new(days)
    }

    #[test]
    fn weekdays_work_and_weekends_rest_by_default() {
        let plain = WorkingCalendar::default();
        assert!(plain.is_working(date(2025, 3, 3)));
        assert!(!plain.is_working(date(2025, 3, 8)));
        assert_eq!(
            plain.add_working_days(date(2025, 3, 7), 1),
            date(2025, 3, 10)
        );
        assert_eq!(
            plain.add_working_days(date(2025, 3, 3), 10),
            date(2025, 3, 17)
        );
        assert_eq!(
            plain.add_working_days(date(2025, 3, 3), 0),
            date(2025, 3, 3)
        );
    }

    #[test]
    fn ten_working_days_across_the_2025_spring_festival() {
        let cal = china_2024_2025();
        // 1/26 (Sunday, worked) and 1/27, then the holiday 1/28–2/4, then 2/5–2/7,
        // 2/8 (Saturday, worked), 2/10–2/13.
        assert_eq!(
            cal.add_working_days(date(2025, 1, 24), 10),
            date(2025, 2, 13)
        );
        assert_eq!(
            cal.working_days_between(date(2025, 1, 24), date(2025, 2, 13)),
            10
        );
    }

    #[test]
    fn the_2024_spring_festival_and_its_working_sundays() {
        let cal = china_2024_2025();
        assert!(cal.is_working(date(2024, 2, 4)));
        assert!(cal.is_working(date(2024, 2, 18)));
        assert!(!cal.is_working(date(2024, 2, 12)));
        // Friday 2/9, then 2/18 (Sunday, worked) is the first working day.
        assert_eq!(cal.add_working_days(date(2024, 2, 9), 1), date(2024, 2, 18));
        assert_eq!(
            cal.working_days_between(date(2024, 2, 9), date(2024, 2, 19)),
            2
        );
    }

    #[test]
    fn national_day_week_and_its_saturday() {
        let cal = china_2024_2025();
        assert_eq!(
            cal.add_working_days(date(2025, 9, 30), 1),
            date(2025, 10, 9)
        );
        assert_eq!(
            cal.add_working_days(date(2025, 10, 10), 1),
            date(2025, 10, 11)
        );
        assert_eq!(
            cal.working_days_between(date(2024, 9, 27), date(2024, 10, 8)),
            3
        );
    }

    #[test]
    fn counting_backwards_is_negative() {
        let cal = china_2024_2025();
        assert_eq!(
            cal.working_days_between(date(2025, 2, 13), date(2025, 1, 24)),
            -10
        );
        assert_eq!(
            cal.working_days_between(date(2025, 3, 3), date(2025, 3, 3)),
            0
        );
    }
}
