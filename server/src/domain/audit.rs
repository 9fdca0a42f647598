//! The audit trail's hash chain: each event's hash covers the previous event's hash and every
//! field of its own, so changing, removing or reordering an event breaks the chain after it.

use chrono::{DateTime, SecondsFormat, Timelike, Utc};
use entities::audit_event;
use sha2::{Digest, Sha256};

/// The hash the first link of a chain points back to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The chain an event belongs to: its region, or 0 for events outside any region.
pub fn chain_of(region_id: Option<i32>) -> i32 {
    region_id.unwrap_or(0)
}

/// Timestamps are kept to the microsecond, what both databases store, so a hash computed
/// before writing still matches the row read back.
pub fn stored_instant(at: DateTime<Utc>) -> DateTime<Utc> {
    at.with_nanosecond(at.nanosecond() / 1_000 * 1_000)
        .unwrap_or(at)
}

/// SHA-256 (hex) of the event's fields and its place in the chain; the row id is left out,
/// as the database gives it only on insert.
pub fn event_hash(event: &audit_event::Model) -> String {
    let fields = serde_json::json!([
        event.chain_id,
        event.seq,
        event.prev_hash,
        event.at.to_rfc3339_opts(SecondsFormat::Micros, true),
        event.region_id,
        event.actor_account_id,
        event.actor_username,
        event.actor_role,
        event.action,
        event.target_type,
        event.target_id,
        event.result,
        event.client_addr,
        event.request_id,
        event.before_state,
        event.after_state,
    ]);
    let digest = Sha256::digest(fields.to_string().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Why a link does not hold, if it does not.
pub fn check_link(
    event: &audit_event::Model,
    expected_prev: &str,
    expected_seq: Option<i64>,
) -> Option<String> {
    if expected_seq.is_some_and(|seq| event.seq != Some(seq)) {
        return Some(format!(
            "expected position {}, found {:?}: an event is missing",
            expected_seq.unwrap_or_default(),
            event.seq
        ));
    }
    if event.prev_hash.as_deref() != Some(expected_prev) {
        return Some("does not point to the previous event's hash".into());
    }
    if event.hash.as_deref() != Some(event_hash(event).as_str()) {
        return Some("its contents no longer match its hash".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn event(seq: i64, prev: &str) -> audit_event::Model {
        let mut e = audit_event::Model {
            id: seq,
            at: Utc
                .with_ymd_and_hms(2025, 3, 3, 1, 0, 0)
                .single()
                .unwrap_or_default(),
            region_id: Some(7),
            actor_account_id: Some(1),
            actor_username: Some("office".into()),
            actor_role: Some("office".into()),
            action: "issueAssignment".into(),
            target_type: Some("Assignment".into()),
            target_id: Some("3".into()),
            result: "success".into(),
            client_addr: None,
            request_id: Some("r".into()),
            before_state: None,
            after_state: Some("{}".into()),
            chain_id: Some(7),
            seq: Some(seq),
            prev_hash: Some(prev.into()),
            hash: None,
        };
        e.hash = Some(event_hash(&e));
        e
    }

    #[test]
    fn a_chain_holds_until_an_event_is_changed_or_removed() {
        let first = event(1, GENESIS);
        let second = event(2, first.hash.as_deref().unwrap_or_default());
        assert_eq!(check_link(&first, GENESIS, Some(1)), None);
        assert_eq!(
            check_link(&second, first.hash.as_deref().unwrap_or_default(), Some(2)),
            None
        );

        let mut changed = second.clone();
        changed.after_state = Some("{\"forged\":true}".into());
        assert!(check_link(&changed, first.hash.as_deref().unwrap_or_default(), Some(2)).is_some());
        // The second event read right after the genesis: the first was removed.
        assert!(check_link(&second, GENESIS, Some(1)).is_some());
    }

    #[test]
    fn instants_keep_microseconds_only() {
        let at = Utc
            .timestamp_opt(1_700_000_000, 123_456_789)
            .single()
            .unwrap_or_default();
        assert_eq!(stored_instant(at).timestamp_subsec_nanos(), 123_456_000);
    }
}
