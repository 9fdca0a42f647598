//! Argon2id hashing, always off the async runtime: each hash takes tens of milliseconds.

use std::sync::OnceLock;

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::{SaltString, rand_core::OsRng},
};
use rand::Rng;

use crate::{
    domain,
    error::{AppError, AppResult},
};

fn hasher() -> AppResult<Argon2<'static>> {
    // OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane.
    let params = Params::new(19 * 1024, 2, 1, None).map_err(AppError::internal)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_now(password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(AppError::internal)
}

pub async fn hash(password: String) -> AppResult<String> {
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(AppError::internal)?
}

/// Verifies against the stored hash, or against a dummy one when there is no account, so an
/// unknown username costs the same time as a wrong password.
pub async fn verify(password: String, stored: Option<String>) -> AppResult<bool> {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let stored = match stored {
            Some(s) => s,
            None => dummy_hash()?,
        };
        let parsed = PasswordHash::new(&stored).map_err(AppError::internal)?;
        let matches = hasher()?
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(known && matches)
    })
    .await
    .map_err(AppError::internal)?
}

fn dummy_hash() -> AppResult<String> {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(h) = DUMMY.get() {
        return Ok(h.clone());
    }
    let h = hash_now("not a real password: it only takes up the same time")?;
    Ok(DUMMY.get_or_init(|| h).clone())
}

/// A one-time password for an account someone else creates; it must be changed at first login.
pub fn temporary() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_!@#%";
    let mut rng = rand::rng();
    loop {
        let candidate: String = (0..16)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect();
        if domain::password::check_policy(&candidate).is_ok() {
            return candidate;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_only() -> AppResult<()> {
        let stored = hash("abcDEF12".into()).await?;
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("abcDEF12".into(), Some(stored.clone())).await?);
        assert!(!verify("abcDEF13".into(), Some(stored)).await?);
        assert!(!verify("abcDEF12".into(), None).await?);
        Ok(())
    }

    #[test]
    fn temporary_passwords_meet_the_policy_and_differ() {
        let a = temporary();
        assert!(domain::password::check_policy(&a).is_ok());
        assert_ne!(a, temporary());
    }
}
