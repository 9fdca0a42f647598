//! When a session is still good.

use chrono::{DateTime, Duration, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionState {
    Valid,
    Revoked,
    IdleExpired,
    Expired,
}

pub struct SessionTimes {
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

pub fn session_state(
    times: &SessionTimes,
    idle_timeout: Duration,
    now: DateTime<Utc>,
) -> SessionState {
    if times.revoked_at.is_some() {
        SessionState::Revoked
    } else if now >= times.expires_at {
        SessionState::Expired
    } else if now >= times.last_seen_at + idle_timeout {
        SessionState::IdleExpired
    } else {
        SessionState::Valid
    }
}

/// `last_seen_at` is written at most once a minute: enough precision for a 30-minute idle
/// limit without a database write on every request.
pub fn should_touch(last_seen_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now - last_seen_at >= Duration::minutes(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + Duration::minutes(minutes)
    }

    fn times(last_seen: i64) -> SessionTimes {
        SessionTimes {
            last_seen_at: at(last_seen),
            expires_at: at(8 * 60),
            revoked_at: None,
        }
    }

    #[test]
    fn a_session_lapses_after_thirty_idle_minutes() {
        let idle = Duration::minutes(30);
        assert_eq!(session_state(&times(0), idle, at(29)), SessionState::Valid);
        assert_eq!(
            session_state(&times(0), idle, at(30)),
            SessionState::IdleExpired
        );
    }

    #[test]
    fn a_session_ends_at_its_absolute_limit_however_active() {
        let idle = Duration::minutes(30);
        assert_eq!(
            session_state(&times(470), idle, at(479)),
            SessionState::Valid
        );
        assert_eq!(
            session_state(&times(479), idle, at(480)),
            SessionState::Expired
        );
    }

    #[test]
    fn a_revoked_session_is_never_valid() {
        let mut t = times(0);
        t.revoked_at = Some(at(1));
        assert_eq!(
            session_state(&t, Duration::minutes(30), at(2)),
            SessionState::Revoked
        );
    }
}
