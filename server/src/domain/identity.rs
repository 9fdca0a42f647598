//! Resident identity numbers (GB 11643): 6-digit region, 8-digit birth date, 3-digit sequence,
//! and a check character.

use chrono::{Datelike, NaiveDate};

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS: &[u8; 11] = b"10X98765432";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResidentId {
    pub birth_date: NaiveDate,
}

/// Normalises (trims, upper-cases the check `x`) and validates an 18-character ID number.
pub fn normalize(id: &str) -> String {
    id.trim().to_uppercase()
}

pub fn parse(id: &str) -> Result<ResidentId, &'static str> {
    let bytes = id.as_bytes();
    if bytes.len() != 18 || !bytes[..17].iter().all(u8::is_ascii_digit) {
        return Err("a resident ID number has 17 digits and a check character");
    }
    if Some(bytes[17] as char) != check_character(&id[..17]) {
        return Err("the resident ID number's check character is wrong (GB 11643)");
    }
    let birth_date = NaiveDate::parse_from_str(&id[6..14], "%Y%m%d")
        .map_err(|_| "the resident ID number holds no valid birth date")?;
    Ok(ResidentId { birth_date })
}

/// The check character for the first 17 digits, or `None` if they are not 17 digits.
pub fn check_character(first17: &str) -> Option<char> {
    let bytes = first17.as_bytes();
    if bytes.len() != 17 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = bytes
        .iter()
        .zip(WEIGHTS)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    Some(CHECK_CHARS[(sum % 11) as usize] as char)
}

/// Completed years of age on `day`.
pub fn age_on(birth_date: NaiveDate, day: NaiveDate) -> i32 {
    let mut age = day.year() - birth_date.year();
    if (day.month(), day.day()) < (birth_date.month(), birth_date.day()) {
        age -= 1;
    }
    age
}

/// Shows the region code and the last four characters: 430621********1234.
pub fn mask(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() < 10 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..6].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 10))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn a_valid_number_yields_its_birth_date() {
        assert_eq!(
            parse("11010519491231002X"),
            Ok(ResidentId {
                birth_date: date(1949, 12, 31)
            })
        );
        assert!(parse("430621198001010018").is_ok());
    }

    #[test]
    fn a_wrong_check_character_or_shape_is_refused() {
        assert!(parse("110105194912310021").is_err());
        assert!(parse("11010519491231002").is_err());
        assert!(parse("1101051949123100XX").is_err());
        // Right check character for a date that does not exist.
        assert!(parse("430621198002300017").is_err());
    }

    #[test]
    fn age_counts_completed_years() {
        let born = date(1965, 3, 15);
        assert_eq!(age_on(born, date(2025, 3, 14)), 59);
        assert_eq!(age_on(born, date(2025, 3, 15)), 60);
        assert_eq!(age_on(born, date(2026, 3, 14)), 60);
        assert_eq!(age_on(born, date(2026, 3, 15)), 61);
    }

    #[test]
    fn a_leap_day_birthday_turns_over_on_the_first_of_march() {
        let born = date(1964, 2, 29);
        assert_eq!(age_on(born, date(2025, 2, 28)), 60);
        assert_eq!(age_on(born, date(2025, 3, 1)), 61);
    }

    #[test]
    fn masking_keeps_the_region_and_the_last_four() {
        assert_eq!(mask("430621198001010018"), "430621********0018");
    }
}
