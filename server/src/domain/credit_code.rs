//! Unified social credit codes (統一社會信用代碼, GB 32100): 18 characters from a 31-character
//! alphabet, the last a weighted check character.

const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [usize; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

pub fn normalize(code: &str) -> String {
    code.trim().to_uppercase()
}

/// The check character for the first 17 characters, or `None` if one is not in the alphabet.
pub fn check_character(first17: &str) -> Option<char> {
    let values: Option<Vec<usize>> = first17
        .bytes()
        .map(|b| ALPHABET.iter().position(|&a| a == b))
        .collect();
    let values = values.filter(|v| v.len() == 17)?;
    let sum: usize = values.iter().zip(WEIGHTS).map(|(v, w)| v * w).sum();
    Some(ALPHABET[(31 - sum % 31) % 31] as char)
}

pub fn validate(code: &str) -> Result<(), &'static str> {
    let well_formed = code.len() == 18 && code.bytes().all(|b| ALPHABET.contains(&b));
    if !well_formed {
        return Err(
            "a unified social credit code has 18 characters: digits and capital letters except I, O, S, V, Z",
        );
    }
    if Some(code.as_bytes()[17] as char) == check_character(&code[..17]) {
        Ok(())
    } else {
        Err("the unified social credit code's check character is wrong (GB 32100)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_codes_validate() {
        for code in [
            "91350100M000100Y43",
            "91110000802100433B",
            "914403001922038216",
            "9144030071526726XG",
            "91330100716105852F",
        ] {
            assert_eq!(validate(code), Ok(()), "{code}");
        }
    }

    #[test]
    fn a_changed_character_or_a_foreign_letter_is_refused() {
        assert!(validate("91350100M000100Y44").is_err());
        assert!(validate("91350100M000100Y4").is_err());
        assert!(validate("91350100M0001O0Y43").is_err());
        assert!(validate("").is_err());
    }
}
