//! The State Council's holiday arrangements (国务院办公厅关于部分节假日安排的通知), as the
//! office would enter them into a region's calendar: days off, and the weekend days worked
//! instead (调休). Only the years published so far; a later year's table is loaded from a
//! file (`parse_table`).

use chrono::NaiveDate;

/// One day of an arrangement: `working` for a 调休 weekend day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArrangedDay {
    pub day: NaiveDate,
    pub working: bool,
    pub name: &'static str,
}

/// (festival, first and last day off, weekend days worked instead), month and day.
type Festival = (&'static str, (u32, u32), (u32, u32), &'static [(u32, u32)]);

/// 国办发明电〔2023〕7号.
const Y2024: &[Festival] = &[
    ("元旦", (1, 1), (1, 1), &[]),
    ("春节", (2, 10), (2, 17), &[(2, 4), (2, 18)]),
    ("清明节", (4, 4), (4, 6), &[(4, 7)]),
    ("劳动节", (5, 1), (5, 5), &[(4, 28), (5, 11)]),
    ("端午节", (6, 10), (6, 10), &[]),
    ("中秋节", (9, 15), (9, 17), &[(9, 14)]),
    ("国庆节", (10, 1), (10, 7), &[(9, 29), (10, 12)]),
];

/// 国办发明电〔2024〕12号.
const Y2025: &[Festival] = &[
    ("元旦", (1, 1), (1, 1), &[]),
    ("春节", (1, 28), (2, 4), &[(1, 26), (2, 8)]),
    ("清明节", (4, 4), (4, 6), &[]),
    ("劳动节", (5, 1), (5, 5), &[(4, 27)]),
    ("端午节", (5, 31), (6, 2), &[]),
    ("国庆节、中秋节", (10, 1), (10, 8), &[(9, 28), (10, 11)]),
];

/// The notice of 2025-11-04.
const Y2026: &[Festival] = &[
    ("元旦", (1, 1), (1, 3), &[(1, 4)]),
    ("春节", (2, 15), (2, 23), &[(2, 14), (2, 28)]),
    ("清明节", (4, 4), (4, 6), &[]),
    ("劳动节", (5, 1), (5, 5), &[(5, 9)]),
    ("端午节", (6, 19), (6, 21), &[]),
    ("中秋节", (9, 25), (9, 27), &[]),
    ("国庆节", (10, 1), (10, 7), &[(9, 20), (10, 10)]),
];

/// The arrangement for `year`, day by day; `None` until the State Council has published it.
pub fn arranged(year: i32) -> Option<Vec<ArrangedDay>> {
    let festivals = match year {
        2024 => Y2024,
        2025 => Y2025,
        2026 => Y2026,
        _ => return None,
    };
    let date = |(month, day): (u32, u32)| NaiveDate::from_ymd_opt(year, month, day);
    let mut days = Vec::new();
    for (name, first, last, worked) in festivals {
        let (Some(first), Some(last)) = (date(*first), date(*last)) else {
            continue;
        };
        days.extend(
            first
                .iter_days()
                .take_while(|d| *d <= last)
                .map(|day| ArrangedDay {
                    day,
                    working: false,
                    name,
                }),
        );
        days.extend(
            worked
                .iter()
                .filter_map(|d| date(*d))
                .map(|day| ArrangedDay {
                    day,
                    working: true,
                    name,
                }),
        );
    }
    days.sort_by_key(|d| d.day);
    Some(days)
}

/// A day of a table loaded from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableDay {
    pub day: NaiveDate,
    pub working: bool,
    pub note: Option<String>,
}

/// A year's table as an office types it from the State Council's notice, one day a line:
/// `2027-01-01,休,元旦` (休 a day off, 班 a weekend day worked instead; the note may be left
/// out). Blank lines, `#` comments and a header line (`日期,…`) are skipped.
pub fn parse_table(text: &str) -> Result<Vec<TableDay>, String> {
    let mut days = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') || line.starts_with("日期") {
            continue;
        }
        let mut fields = line.split([',', '，']).map(str::trim);
        let (date, kind, note) = (fields.next(), fields.next(), fields.next());
        let day = date
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .ok_or_else(|| format!("line {}: a date such as 2027-01-01 comes first", number + 1))?;
        let working = match kind {
            Some("休") => false,
            Some("班") => true,
            _ => {
                return Err(format!(
                    "line {}: 休 (day off) or 班 (working day) after the date",
                    number + 1
                ));
            }
        };
        let note = note.filter(|n| !n.is_empty()).map(str::to_owned);
        days.push(TableDay { day, working, note });
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike, Weekday};

    use super::*;

    #[test]
    fn days_off_and_weekend_working_days_are_as_published() {
        let days = arranged(2026).expect("2026 is published");
        let off = days.iter().filter(|d| !d.working).count();
        assert_eq!(off, 3 + 9 + 3 + 5 + 3 + 3 + 7);
        // Every 调休 working day falls on a weekend.
        assert!(
            days.iter()
                .filter(|d| d.working)
                .all(|d| matches!(d.day.weekday(), Weekday::Sat | Weekday::Sun))
        );
        let spring = days
            .iter()
            .find(|d| d.day == NaiveDate::from_ymd_opt(2026, 2, 15).expect("date"))
            .expect("in the table");
        assert_eq!((spring.working, spring.name), (false, "春节"));
        assert_eq!(
            arranged(2025).map(|d| d.len()),
            Some(1 + 8 + 2 + 3 + 5 + 1 + 3 + 8 + 2)
        );
        assert!(arranged(2030).is_none());
    }

    #[test]
    fn the_2024_arrangement_is_as_published() {
        let days = arranged(2024).expect("2024 is published");
        let worked: Vec<String> = days
            .iter()
            .filter(|d| d.working)
            .map(|d| d.day.format("%m-%d").to_string())
            .collect();
        assert_eq!(
            worked,
            [
                "02-04", "02-18", "04-07", "04-28", "05-11", "09-14", "09-29", "10-12"
            ]
        );
        assert!(
            days.iter()
                .filter(|d| d.working)
                .all(|d| matches!(d.day.weekday(), Weekday::Sat | Weekday::Sun))
        );
        assert_eq!(
            days.iter().filter(|d| !d.working).count(),
            1 + 8 + 3 + 5 + 1 + 3 + 7
        );
    }

    #[test]
    fn a_table_file_is_read_line_by_line_and_a_bad_line_named() {
        let days = parse_table("日期,类型,说明\n# 2027\n2027-01-01,休,元旦\n\n2027-02-06，班\n")
            .expect("parses");
        assert_eq!(
            days,
            [
                TableDay {
                    day: NaiveDate::from_ymd_opt(2027, 1, 1).expect("date"),
                    working: false,
                    note: Some("元旦".into()),
                },
                TableDay {
                    day: NaiveDate::from_ymd_opt(2027, 2, 6).expect("date"),
                    working: true,
                    note: None,
                },
            ]
        );
        assert_eq!(
            parse_table("2027-01-01,休\n2027-13-01,休"),
            Err("line 2: a date such as 2027-01-01 comes first".into())
        );
        assert!(parse_table("2027-01-01,放假").is_err());
    }
}
