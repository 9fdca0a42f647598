//! How failed sign-ins slow the next ones (OWASP's authentication guidance): failures are
//! counted per username *and* client address, only failures count, and past a few of them
//! the next attempt from that address must wait, twice as long after each further failure
//! up to a ceiling. No one can lock an account: failures from one address never delay a
//! sign-in from another, and a correct password is refused only during a delay its own
//! address earned.

use chrono::{DateTime, Duration, Utc};

/// The failures recorded for one username from one address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Failures {
    pub count: u32,
    pub last_at: DateTime<Utc>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Failures allowed before the first delay.
    pub free: u32,
    pub first_delay: Duration,
    pub max_delay: Duration,
    /// Failures are forgotten after this long without a new one.
    pub forget_after: Duration,
}

impl Policy {
    /// Failures still remembered at `now`; none once they are forgotten.
    pub fn remembered(&self, failures: Option<Failures>, now: DateTime<Utc>) -> u32 {
        failures
            .filter(|f| now < f.last_at + self.forget_after)
            .map_or(0, |f| f.count)
    }

    /// How long an attempt at `now` must still wait, if at all.
    pub fn wait(&self, failures: Option<Failures>, now: DateTime<Utc>) -> Option<Duration> {
        let count = self.remembered(failures, now);
        let last_at = failures?.last_at;
        let over = count.checked_sub(self.free)?;
        let delay = self
            .first_delay
            .checked_mul(1 << over.min(20))
            .map_or(self.max_delay, |d| d.min(self.max_delay));
        let until = last_at + delay;
        (now < until).then(|| until - now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + Duration::seconds(seconds)
    }

    const POLICY: Policy = Policy {
        free: 5,
        first_delay: Duration::seconds(60),
        max_delay: Duration::minutes(15),
        forget_after: Duration::minutes(60),
    };

    fn failures(count: u32, last_at: i64) -> Option<Failures> {
        Some(Failures {
            count,
            last_at: at(last_at),
        })
    }

    #[test]
    fn the_first_failures_cost_nothing() {
        assert_eq!(POLICY.wait(None, at(0)), None);
        assert_eq!(POLICY.wait(failures(4, 0), at(0)), None);
    }

    #[test]
    fn each_failure_past_the_free_ones_doubles_the_wait_up_to_the_ceiling() {
        assert_eq!(
            POLICY.wait(failures(5, 0), at(0)),
            Some(Duration::seconds(60))
        );
        assert_eq!(
            POLICY.wait(failures(5, 0), at(59)),
            Some(Duration::seconds(1))
        );
        assert_eq!(POLICY.wait(failures(5, 0), at(60)), None);
        assert_eq!(
            POLICY.wait(failures(6, 0), at(0)),
            Some(Duration::seconds(120))
        );
        assert_eq!(
            POLICY.wait(failures(8, 0), at(0)),
            Some(Duration::seconds(480))
        );
        assert_eq!(
            POLICY.wait(failures(9, 0), at(0)),
            Some(Duration::minutes(15))
        );
        assert_eq!(
            POLICY.wait(failures(500, 0), at(0)),
            Some(Duration::minutes(15))
        );
    }

    #[test]
    fn failures_are_forgotten_after_a_quiet_hour() {
        assert_eq!(POLICY.remembered(failures(9, 0), at(3599)), 9);
        assert_eq!(POLICY.remembered(failures(9, 0), at(3600)), 0);
        assert_eq!(POLICY.wait(failures(50, 0), at(3600)), None);
    }
}
