//! Abuse limits: requests per client address and per session, and stricter ones for sign-in,
//! anonymous nominations and uploads. GCRA (governor), counted in memory by each server.

use std::{
    num::NonZeroU32,
    sync::atomic::{AtomicU64, Ordering},
    time::Duration,
};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock};

use crate::config::LimitSettings;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bucket {
    /// Every GraphQL request, per client address and per session.
    Requests,
    /// `login`, per client address.
    SignIn,
    /// `submitNomination` (anonymous), per client address.
    Nomination,
    /// Requests carrying files, per client address.
    Upload,
    /// Conclusion-report downloads, per client address and per session.
    Export,
}

pub struct RateLimits {
    requests: DefaultKeyedRateLimiter<String>,
    sign_ins: DefaultKeyedRateLimiter<String>,
    nominations: DefaultKeyedRateLimiter<String>,
    uploads: DefaultKeyedRateLimiter<String>,
    exports: DefaultKeyedRateLimiter<String>,
    checks: AtomicU64,
}

fn at_least_one(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

impl RateLimits {
    pub fn new(settings: &LimitSettings) -> Self {
        Self {
            requests: RateLimiter::keyed(Quota::per_minute(at_least_one(
                settings.requests_per_minute,
            ))),
            sign_ins: RateLimiter::keyed(Quota::per_minute(at_least_one(
                settings.sign_ins_per_minute,
            ))),
            nominations: RateLimiter::keyed(Quota::per_hour(at_least_one(
                settings.nominations_per_hour,
            ))),
            uploads: RateLimiter::keyed(Quota::per_minute(at_least_one(
                settings.uploads_per_minute,
            ))),
            exports: RateLimiter::keyed(Quota::per_minute(at_least_one(
                settings.exports_per_minute,
            ))),
            checks: AtomicU64::new(0),
        }
    }

    /// Counts one request of `bucket` for `key`; `Err` says how long to wait.
    pub fn check(&self, bucket: Bucket, key: &str) -> Result<(), Duration> {
        let limiter = match bucket {
            Bucket::Requests => &self.requests,
            Bucket::SignIn => &self.sign_ins,
            Bucket::Nomination => &self.nominations,
            Bucket::Upload => &self.uploads,
            Bucket::Export => &self.exports,
        };
        // Now and then forget keys that are back to a full allowance, so memory stays bounded.
        if self.checks.fetch_add(1, Ordering::Relaxed) % 4096 == 4095 {
            for limiter in [
                &self.requests,
                &self.sign_ins,
                &self.nominations,
                &self.uploads,
                &self.exports,
            ] {
                limiter.retain_recent();
                limiter.shrink_to_fit();
            }
        }
        limiter
            .check_key(&key.to_owned())
            .map_err(|not_until| not_until.wait_time_from(limiter.clock().now()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_has_its_own_allowance_and_learns_how_long_to_wait() {
        let limits = RateLimits::new(&LimitSettings {
            sign_ins_per_minute: 2,
            ..LimitSettings::default()
        });
        assert!(limits.check(Bucket::SignIn, "10.0.0.1").is_ok());
        assert!(limits.check(Bucket::SignIn, "10.0.0.1").is_ok());
        let wait = limits
            .check(Bucket::SignIn, "10.0.0.1")
            .expect_err("third refused");
        assert!(
            wait > Duration::from_secs(20) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        assert!(
            limits.check(Bucket::SignIn, "10.0.0.2").is_ok(),
            "another address"
        );
        assert!(
            limits.check(Bucket::Requests, "10.0.0.1").is_ok(),
            "another bucket"
        );
    }
}
