//! When email may go out and when a failed attempt is tried again.

use chrono::{Duration, NaiveDateTime, NaiveTime};

use super::calendar::WorkingCalendar;

/// Routine mail goes out only in office hours on the region's working days: no reminders at
/// midnight or on a holiday.
pub fn in_working_hours(
    calendar: &WorkingCalendar,
    local: NaiveDateTime,
    start: NaiveTime,
    end: NaiveTime,
) -> bool {
    calendar.is_working(local.date()) && local.time() >= start && local.time() < end
}

/// Exponential backoff with full jitter: a random delay between zero and `base · 2^(n-1)`,
/// capped at `max`, after the `n`th failed attempt. `jitter` is the random draw in [0, 1].
pub fn retry_delay(attempts: i32, base_seconds: u64, max_seconds: u64, jitter: f64) -> Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
    let ceiling = base_seconds
        .saturating_mul(1u64 << exponent)
        .min(max_seconds);
    // At least a second, so a retry never spins.
    let seconds = ((ceiling as f64) * jitter.clamp(0.0, 1.0)).round() as i64;
    Duration::seconds(seconds.max(1))
}

/// How a unit hears of its slips, inquiries and notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitReach {
    /// Its handlers, in the app and by email.
    Handlers,
    /// No one signs in for it: its contact email only.
    ContactEmail,
    /// No one: whatever is sent to it goes unheard.
    Nobody,
}

/// A unit's handlers come first; its contact email stands in only when it has none.
pub fn unit_reach(active_handlers: usize, contact_email: Option<&str>) -> UnitReach {
    match (active_handlers, contact_email) {
        (1.., _) => UnitReach::Handlers,
        (0, Some(_)) => UnitReach::ContactEmail,
        (0, None) => UnitReach::Nobody,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 10, day)
            .and_then(|d| d.and_hms_opt(hour, minute, 0))
            .expect("valid time")
    }

    #[test]
    fn working_hours_follow_the_calendar_and_the_clock() {
        let cal = crate::domain::calendar::tests::china_2024_2025();
        let (start, end) = (
            NaiveTime::from_hms_opt(8, 30, 0).expect("time"),
            NaiveTime::from_hms_opt(17, 30, 0).expect("time"),
        );
        // 2025-10-09 is a Thursday after the National Day holiday.
        assert!(in_working_hours(&cal, at(9, 8, 30), start, end));
        assert!(in_working_hours(&cal, at(9, 17, 29), start, end));
        assert!(!in_working_hours(&cal, at(9, 8, 29), start, end));
        assert!(!in_working_hours(&cal, at(9, 17, 30), start, end));
        assert!(!in_working_hours(&cal, at(9, 0, 5), start, end));
        // National Day holiday on a Thursday, and an adjusted working Saturday (調休).
        assert!(!in_working_hours(&cal, at(2, 10, 0), start, end));
        assert!(in_working_hours(&cal, at(11, 10, 0), start, end));
    }

    #[test]
    fn retries_back_off_exponentially_within_the_cap() {
        assert_eq!(retry_delay(1, 60, 3600, 1.0), Duration::seconds(60));
        assert_eq!(retry_delay(2, 60, 3600, 1.0), Duration::seconds(120));
        assert_eq!(retry_delay(4, 60, 3600, 1.0), Duration::seconds(480));
        assert_eq!(retry_delay(10, 60, 3600, 1.0), Duration::seconds(3600));
        assert_eq!(retry_delay(1000, 60, 3600, 1.0), Duration::seconds(3600));
        assert_eq!(retry_delay(3, 60, 3600, 0.5), Duration::seconds(120));
        assert_eq!(retry_delay(3, 60, 3600, 0.0), Duration::seconds(1));
    }

    #[test]
    fn a_units_handlers_come_before_its_contact_email() {
        assert_eq!(unit_reach(2, Some("a@b.cn")), UnitReach::Handlers);
        assert_eq!(unit_reach(0, Some("a@b.cn")), UnitReach::ContactEmail);
        assert_eq!(unit_reach(0, None), UnitReach::Nobody);
    }
}
