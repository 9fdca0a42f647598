//! Calendar quarters, computed in the region's time zone.

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quarter {
    pub year: i32,
    pub number: u32,
}

impl Quarter {
    /// Parses `2025Q1`.
    pub fn parse(text: &str) -> Result<Self, &'static str> {
        const BAD: &str = "a quarter is written like 2025Q1";
        let (year, number) = text.trim().split_once(['Q', 'q']).ok_or(BAD)?;
        let year: i32 = year.parse().map_err(|_| BAD)?;
        let number: u32 = number.parse().map_err(|_| BAD)?;
        if !(1..=4).contains(&number) || !(2000..=2100).contains(&year) {
            return Err(BAD);
        }
        Ok(Self { year, number })
    }

    /// `2025年第一季度`, as notices and reports name it.
    pub fn label(self) -> String {
        let number = ["一", "二", "三", "四"][(self.number as usize).clamp(1, 4) - 1];
        format!("{}年第{number}季度", self.year)
    }

    /// The quarter a day falls in.
    pub fn containing(day: NaiveDate) -> Self {
        Self {
            year: day.year(),
            number: day.month0() / 3 + 1,
        }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, (self.number - 1) * 3 + 1, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().unwrap_or(NaiveDate::MAX)
    }

    pub fn previous(self) -> Self {
        Self::containing(self.first_day().pred_opt().unwrap_or(NaiveDate::MIN))
    }

    pub fn next(self) -> Self {
        if self.number == 4 {
            Self {
                year: self.year + 1,
                number: 1,
            }
        } else {
            Self {
                year: self.year,
                number: self.number + 1,
            }
        }
    }

    /// The instants the quarter spans in `zone`: from its first midnight up to, not
    /// including, the next quarter's.
    pub fn bounds(self, zone: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
        (
            midnight(self.first_day(), zone),
            midnight(self.next().first_day(), zone),
        )
    }
}

fn midnight(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let local = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    zone.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&local))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quarter_before_crosses_the_year() {
        let q = |text| Quarter::parse(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(q("2026Q1").previous(), q("2025Q4"));
        assert_eq!(q("2026Q3").previous(), q("2026Q2"));
    }

    #[test]
    fn quarters_parse_and_refuse_nonsense() {
        assert_eq!(
            Quarter::parse("2025Q1"),
            Ok(Quarter {
                year: 2025,
                number: 1
            })
        );
        assert_eq!(
            Quarter::parse("2024q4"),
            Ok(Quarter {
                year: 2024,
                number: 4
            })
        );
        for bad in ["2025Q5", "2025Q0", "2025", "Q1", "25Q1", "2025-Q1"] {
            assert!(Quarter::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_day_falls_in_its_quarter() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        for (d, number) in [
            (day(2025, 1, 1), 1),
            (day(2025, 3, 31), 1),
            (day(2025, 4, 1), 2),
            (day(2025, 9, 30), 3),
            (day(2025, 12, 31), 4),
        ] {
            let q = Quarter::containing(d);
            assert_eq!((q.year, q.number), (2025, number), "{d}");
            assert!(q.first_day() <= d && d <= q.last_day(), "{d}");
        }
        assert_eq!(
            Quarter::containing(day(2024, 2, 29)).last_day(),
            day(2024, 3, 31)
        );
        assert_eq!(
            Quarter::containing(day(2024, 12, 1)).last_day(),
            day(2024, 12, 31)
        );
    }

    #[test]
    fn a_quarter_starts_at_midnight_in_shanghai() {
        let (start, end) = Quarter {
            year: 2025,
            number: 1,
        }
        .bounds(chrono_tz::Asia::Shanghai);
        assert_eq!(start.to_rfc3339(), "2024-12-31T16:00:00+00:00");
        assert_eq!(end.to_rfc3339(), "2025-03-31T16:00:00+00:00");
        let (q4_start, q4_end) = Quarter {
            year: 2024,
            number: 4,
        }
        .bounds(chrono_tz::Asia::Shanghai);
        assert_eq!(q4_start.to_rfc3339(), "2024-09-30T16:00:00+00:00");
        assert_eq!(q4_end, start);
    }
}
