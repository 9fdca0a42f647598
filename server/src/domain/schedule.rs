//! When scheduled jobs fall due: the occurrences of a cadence between two local instants.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use super::{calendar::WorkingCalendar, quarter::Quarter};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cadence {
    /// Every working day of the region's calendar.
    WorkingDays,
    EveryDay,
    /// 15 and 5 days before each quarter ends (`first` and `second` wave).
    QuarterWaves,
    /// The first day of each quarter's last month (1 March, June, September, December).
    QuarterLastMonth,
}

/// One scheduled occurrence: its label in the run key and its local time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub label: String,
    pub at: NaiveDateTime,
}

/// Days left in the quarter on the day of each reminder wave, and the wave's name.
pub const QUARTER_WAVES: [(i64, &str); 2] = [(15, "first"), (5, "second")];

/// The occurrences after `after` up to and including `until`, at `time` local, oldest first.
pub fn occurrences(
    cadence: Cadence,
    time: NaiveTime,
    calendar: &WorkingCalendar,
    after: NaiveDateTime,
    until: NaiveDateTime,
) -> Vec<Occurrence> {
    let mut found = Vec::new();
    let mut day = after.date();
    while day <= until.date() {
        let at = day.and_time(time);
        if at > after && at <= until {
            match cadence {
                Cadence::WorkingDays if !calendar.is_working(day) => {}
                Cadence::WorkingDays | Cadence::EveryDay => found.push(Occurrence {
                    label: day.to_string(),
                    at,
                }),
                Cadence::QuarterWaves => {
                    if let Some(wave) = quarter_wave(day) {
                        found.push(Occurrence { label: wave, at });
                    }
                }
                Cadence::QuarterLastMonth => {
                    if day.day() == 1 && day.month().is_multiple_of(3) {
                        let quarter = quarter_of(day);
                        found.push(Occurrence {
                            label: format!("{}Q{}", quarter.year, quarter.number),
                            at,
                        });
                    }
                }
            }
        }
        day += Duration::days(1);
    }
    found
}

/// `2025Q1:first` when `day` is a reminder wave's day.
fn quarter_wave(day: NaiveDate) -> Option<String> {
    let quarter = quarter_of(day);
    let days_left = (quarter.next().first_day() - day).num_days();
    QUARTER_WAVES
        .iter()
        .find(|(left, _)| *left == days_left)
        .map(|(_, name)| format!("{}Q{}:{name}", quarter.year, quarter.number))
}

pub fn quarter_of(day: NaiveDate) -> Quarter {
    Quarter {
        year: day.year(),
        number: (day.month() - 1) / 3 + 1,
    }
}

/// The wave a reminder sent on `day` belongs to: the latest wave day not after it.
pub fn wave_on(day: NaiveDate) -> &'static str {
    let days_left = (quarter_of(day).next().first_day() - day).num_days();
    if days_left <= QUARTER_WAVES[1].0 {
        QUARTER_WAVES[1].1
    } else {
        QUARTER_WAVES[0].1
    }
}

/// Why the office may not run a job by hand as of `given`, if it may not. Through the API a
/// job runs at the present time or a past one the scheduler would still catch up on (within
/// the job's catch-up window, at most a year), so a run by hand changes nothing the scheduler
/// would not; a future clock is for `watchpost jobs run --now` on the server's own machine.
pub fn refuse_run_by_hand_at(
    given: DateTime<Utc>,
    real: DateTime<Utc>,
    catch_up_days: Option<i64>,
) -> Option<String> {
    if given > real {
        return Some("a job runs through the API at the present time or a past one".into());
    }
    let days = catch_up_days.unwrap_or(366);
    (given < real - Duration::days(days)).then(|| {
        format!("this job runs by hand at most {days} days in the past; give a later time")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::china_2024_2025;

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|day| day.and_hms_opt(h, 0, 0))
            .expect("valid time")
    }

    fn nine() -> NaiveTime {
        NaiveTime::from_hms_opt(9, 0, 0).expect("time")
    }

    fn labels(found: &[Occurrence]) -> Vec<&str> {
        found.iter().map(|o| o.label.as_str()).collect()
    }

    #[test]
    fn the_joint_meeting_check_falls_on_the_first_of_each_quarters_last_month() {
        let found = occurrences(
            Cadence::QuarterLastMonth,
            nine(),
            &Default::default(),
            at(2025, 1, 1, 0),
            at(2025, 12, 31, 23),
        );
        assert_eq!(labels(&found), ["2025Q1", "2025Q2", "2025Q3", "2025Q4"]);
        assert_eq!(found[0].at, at(2025, 3, 1, 9));
        assert_eq!(found[3].at, at(2025, 12, 1, 9));
    }

    #[test]
    fn working_day_jobs_skip_holidays_and_keep_adjusted_weekends() {
        let cal = china_2024_2025();
        // From the Friday before National Day 2025 to the Monday after the adjusted Saturday.
        let found = occurrences(
            Cadence::WorkingDays,
            nine(),
            &cal,
            at(2025, 9, 26, 10),
            at(2025, 10, 13, 9),
        );
        assert_eq!(
            labels(&found),
            [
                "2025-09-28",
                "2025-09-29",
                "2025-09-30",
                "2025-10-09",
                "2025-10-10",
                "2025-10-11",
                "2025-10-13"
            ]
        );
    }

    #[test]
    fn the_bounds_are_after_exclusive_and_until_inclusive() {
        let cal = china_2024_2025();
        let found = occurrences(
            Cadence::EveryDay,
            nine(),
            &cal,
            at(2025, 3, 3, 9),
            at(2025, 3, 5, 9),
        );
        assert_eq!(labels(&found), ["2025-03-04", "2025-03-05"]);
        let none = occurrences(
            Cadence::EveryDay,
            nine(),
            &cal,
            at(2025, 3, 5, 9),
            at(2025, 3, 5, 8),
        );
        assert!(none.is_empty());
    }

    #[test]
    fn reminder_waves_fall_15_and_5_days_before_each_quarter_ends() {
        let cal = china_2024_2025();
        let found = occurrences(
            Cadence::QuarterWaves,
            nine(),
            &cal,
            at(2025, 1, 1, 0),
            at(2025, 12, 31, 23),
        );
        let expected = [
            ("2025Q1:first", at(2025, 3, 17, 9)),
            ("2025Q1:second", at(2025, 3, 27, 9)),
            ("2025Q2:first", at(2025, 6, 16, 9)),
            ("2025Q2:second", at(2025, 6, 26, 9)),
            ("2025Q3:first", at(2025, 9, 16, 9)),
            ("2025Q3:second", at(2025, 9, 26, 9)),
            ("2025Q4:first", at(2025, 12, 17, 9)),
            ("2025Q4:second", at(2025, 12, 27, 9)),
        ];
        let got: Vec<(&str, NaiveDateTime)> =
            found.iter().map(|o| (o.label.as_str(), o.at)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_day_belongs_to_the_latest_wave_before_it() {
        let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d).expect("date");
        assert_eq!(wave_on(day(3, 17)), "first");
        assert_eq!(wave_on(day(3, 26)), "first");
        assert_eq!(wave_on(day(3, 27)), "second");
        assert_eq!(wave_on(day(3, 31)), "second");
        assert_eq!(
            quarter_of(day(12, 31)),
            Quarter {
                year: 2025,
                number: 4
            }
        );
    }

    #[test]
    fn a_run_by_hand_may_not_look_into_the_future_nor_past_its_catch_up_window() {
        let real = DateTime::parse_from_rfc3339("2025-06-10T01:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        assert_eq!(refuse_run_by_hand_at(real, real, Some(1)), None);
        assert!(refuse_run_by_hand_at(real + Duration::seconds(1), real, None).is_some());
        assert_eq!(
            refuse_run_by_hand_at(real - Duration::days(366), real, None),
            None
        );
        assert!(refuse_run_by_hand_at(real - Duration::days(367), real, None).is_some());
        assert_eq!(
            refuse_run_by_hand_at(real - Duration::days(7), real, Some(7)),
            None
        );
        assert!(refuse_run_by_hand_at(real - Duration::days(8), real, Some(7)).is_some());
    }
}
