//! The password policy: at least 8 characters drawn from at least 3 of the 4 classes.

pub const MIN_LENGTH: usize = 8;
/// Long enough for any passphrase, short enough that hashing cannot be used to stall the server.
pub const MAX_LENGTH: usize = 128;

pub fn check_policy(password: &str) -> Result<(), &'static str> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err("a password has at least 8 characters");
    }
    if length > MAX_LENGTH {
        return Err("a password has at most 128 characters");
    }
    let classes = [
        password.chars().any(|c| c.is_lowercase()),
        password.chars().any(|c| c.is_uppercase()),
        password.chars().any(|c| c.is_ascii_digit()),
        password
            .chars()
            .any(|c| !c.is_alphanumeric() && !c.is_whitespace()),
    ];
    if classes.iter().filter(|present| **present).count() < 3 {
        return Err(
            "a password mixes at least 3 of: lower-case letters, upper-case letters, digits, symbols",
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_classes_and_eight_characters_pass() {
        assert!(check_policy("abcDEF12").is_ok());
        assert!(check_policy("abcdef1!").is_ok());
        assert!(check_policy("ABCDEF1!").is_ok());
    }

    #[test]
    fn short_or_two_class_passwords_fail() {
        assert!(check_policy("aB1!").is_err());
        assert!(check_policy("abcdefgh1").is_err());
        assert!(check_policy("abcdefghIJ").is_err());
        assert!(check_policy("12345678!").is_err());
        assert!(check_policy(&"aB1!".repeat(40)).is_err());
    }
}
