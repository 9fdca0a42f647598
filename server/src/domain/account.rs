//! Rules for accounts: names, contact details, and which roles belong to which units.

use entities::{account::Role, unit::UnitKind};

/// Usernames are compared in lower case, so `Wang.Li` and `wang.li` are one account.
pub fn normalize_username(username: &str) -> String {
    username.trim().to_lowercase()
}

pub fn validate_username(username: &str) -> Result<(), &'static str> {
    let ok_length = (3..=64).contains(&username.len());
    let ok_chars = username
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if ok_length && ok_chars {
        Ok(())
    } else {
        Err("a username has 3 to 64 characters: letters, digits, dot, dash or underscore")
    }
}

pub fn validate_display_name(name: &str) -> Result<&str, &'static str> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err("a display name has 1 to 100 characters");
    }
    Ok(name)
}

pub fn validate_email(email: &str) -> Result<String, &'static str> {
    let email = email.trim();
    if email.len() <= 254 && email_address::EmailAddress::is_valid(email) {
        Ok(email.to_string())
    } else {
        Err("not a valid email address")
    }
}

/// A mainland mobile number (11 digits starting 1) or a landline with area code, optionally
/// with +86; separators are dropped.
pub fn validate_phone(phone: &str) -> Result<String, &'static str> {
    let compact: String = phone
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .collect();
    let digits = compact.strip_prefix("+86").unwrap_or(&compact);
    let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
    let mobile = digits.len() == 11 && digits.starts_with('1');
    let landline = digits.starts_with('0') && (10..=12).contains(&digits.len());
    if all_digits && (mobile || landline) {
        Ok(digits.to_string())
    } else {
        Err("not a valid phone number")
    }
}

/// Shows the first three and last four digits only: 138****5678.
pub fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.chars().collect();
    if chars.len() <= 7 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..3].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 7))
}

/// Roles that belong to one region (all but the platform administrator).
pub fn is_regional(role: Role) -> bool {
    role != Role::PlatformAdmin
}

/// Supervisors and monitoring points' liaisons: their pages are the phone pages (`/me`).
pub fn is_member(role: Role) -> bool {
    matches!(role, Role::Supervisor | Role::Liaison)
}

/// Which unit kinds an account of `role` may (or must) be attached to.
pub fn allowed_unit_kinds(role: Role) -> (&'static [UnitKind], bool) {
    use UnitKind::*;
    match role {
        Role::Office => (&[Office], false),
        Role::Reviewer => (&[Reviewer], true),
        Role::UnitHandler => (
            &[Department, Township, JudicialOrgan, PublicInstitution],
            true,
        ),
        Role::Discipline => (&[DisciplineCommission], true),
        Role::PlatformAdmin | Role::LeadingGroup | Role::Supervisor | Role::Liaison => (&[], false),
    }
}

pub fn check_unit(role: Role, unit_kind: Option<UnitKind>) -> Result<(), &'static str> {
    let (kinds, required) = allowed_unit_kinds(role);
    match unit_kind {
        None if required => Err("this role belongs to a unit: give unitId"),
        None => Ok(()),
        Some(_) if kinds.is_empty() => Err("this role is not attached to a unit"),
        Some(kind) if kinds.contains(&kind) => Ok(()),
        Some(_) => Err("this unit's kind does not fit the role"),
    }
}

/// Whether an account acting as `actor` may create or change accounts of role `target`.
pub fn may_manage(actor: Role, target: Role) -> bool {
    match actor {
        Role::PlatformAdmin => matches!(target, Role::PlatformAdmin | Role::Office),
        Role::Office => target != Role::PlatformAdmin,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_normalised_and_checked() {
        assert_eq!(normalize_username("  Wang.Li "), "wang.li");
        assert!(validate_username("wang.li").is_ok());
        assert!(validate_username("wl").is_err());
        assert!(validate_username("wang li").is_err());
        assert!(validate_username("王力").is_err());
    }

    #[test]
    fn phones_are_checked_and_masked() {
        assert_eq!(
            validate_phone("+86 138-1234-5678"),
            Ok("13812345678".into())
        );
        assert_eq!(validate_phone("0730-1234567"), Ok("07301234567".into()));
        assert!(validate_phone("12345").is_err());
        assert!(validate_phone("2381234567a").is_err());
        assert_eq!(mask_phone("13812345678"), "138****5678");
    }

    #[test]
    fn emails_are_checked() {
        assert!(validate_email("office@yueyang.gov.cn").is_ok());
        assert!(validate_email("not-an-email").is_err());
    }

    #[test]
    fn unit_bound_roles_need_a_unit_of_the_right_kind() {
        assert!(check_unit(Role::UnitHandler, Some(UnitKind::Township)).is_ok());
        assert!(check_unit(Role::UnitHandler, None).is_err());
        assert!(check_unit(Role::UnitHandler, Some(UnitKind::Reviewer)).is_err());
        assert!(check_unit(Role::Reviewer, Some(UnitKind::Reviewer)).is_ok());
        assert!(check_unit(Role::Discipline, Some(UnitKind::DisciplineCommission)).is_ok());
        assert!(check_unit(Role::Office, None).is_ok());
        assert!(check_unit(Role::Supervisor, Some(UnitKind::Department)).is_err());
    }

    #[test]
    fn only_admins_and_offices_manage_accounts() {
        assert!(may_manage(Role::PlatformAdmin, Role::Office));
        assert!(!may_manage(Role::PlatformAdmin, Role::Supervisor));
        assert!(may_manage(Role::Office, Role::UnitHandler));
        assert!(!may_manage(Role::Office, Role::PlatformAdmin));
        assert!(!may_manage(Role::LeadingGroup, Role::Supervisor));
        assert!(!may_manage(Role::UnitHandler, Role::UnitHandler));
    }
}
