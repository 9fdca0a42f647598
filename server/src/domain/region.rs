//! Regions are administrative divisions identified by their GB/T 2260 code.

use chrono_tz::Tz;

pub const DEFAULT_TIME_ZONE: &str = "Asia/Shanghai";

/// Province-level prefixes of GB/T 2260 (the first two digits).
const PROVINCE_PREFIXES: &[u8] = &[
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Province,
    Prefecture,
    County,
}

/// Checks the form of a GB/T 2260 code and tells its level.
pub fn level_of(code: &str) -> Result<Level, &'static str> {
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err("a region code is six digits (GB/T 2260), e.g. 430621");
    }
    let province: u8 = code[..2].parse().map_err(|_| "invalid region code")?;
    if !PROVINCE_PREFIXES.contains(&province) {
        return Err("the first two digits of a region code must name a province");
    }
    match (&code[2..4], &code[4..6]) {
        ("00", "00") => Ok(Level::Province),
        ("00", _) => Err("a region code with 00 for the prefecture must end in 00"),
        (_, "00") => Ok(Level::Prefecture),
        _ => Ok(Level::County),
    }
}

/// Whether `parent` is a higher division that contains `child` (e.g. 430600 contains 430621).
pub fn contains(parent: &str, child: &str) -> bool {
    match (level_of(parent), level_of(child)) {
        (Ok(p), Ok(c)) if p < c => {
            let significant = if p == Level::Province { 2 } else { 4 };
            parent[..significant] == child[..significant]
        }
        _ => false,
    }
}

pub fn parse_time_zone(name: &str) -> Result<Tz, &'static str> {
    name.parse::<Tz>()
        .map_err(|_| "unknown time zone; use an IANA name such as Asia/Shanghai")
}

pub fn validate_name(name: &str) -> Result<&str, &'static str> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err("a name has 1 to 100 characters");
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn county_prefecture_and_province_codes_are_told_apart() {
        assert_eq!(level_of("430621"), Ok(Level::County));
        assert_eq!(level_of("430600"), Ok(Level::Prefecture));
        assert_eq!(level_of("430000"), Ok(Level::Province));
    }

    #[test]
    fn malformed_codes_are_refused() {
        for bad in [
            "", "43062", "4306211", "43062a", "990621", "430021", "00000０",
        ] {
            assert!(level_of(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn containment_follows_the_code_prefix() {
        assert!(contains("430600", "430621"));
        assert!(contains("430000", "430621"));
        assert!(contains("430000", "430600"));
        assert!(!contains("430700", "430621"));
        assert!(!contains("430621", "430621"));
        assert!(!contains("430621", "430600"));
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert!(parse_time_zone("Asia/Shanghai").is_ok());
        assert!(parse_time_zone("Mars/Olympus").is_err());
    }
}
