//! Failpoints for the crash tests: when `WATCHPOST_FAILPOINT` names one, the process says so on
//! standard error and stops there for good, so the test can kill it at exactly that point.
//! Unset (always, outside those tests) they cost one comparison.

use std::sync::OnceLock;

/// After a job run is claimed, before it does anything.
pub const AFTER_JOB_CLAIM: &str = "after-job-claim";
/// After the SMTP server accepted a message, before its row is marked sent.
pub const AFTER_SMTP_ACCEPT: &str = "after-smtp-accept";
/// Before the transaction that issues an assignment slip commits.
pub const BEFORE_SLIP_COMMIT: &str = "before-slip-commit";

fn armed() -> Option<&'static str> {
    static ARMED: OnceLock<Option<String>> = OnceLock::new();
    ARMED
        .get_or_init(|| std::env::var("WATCHPOST_FAILPOINT").ok())
        .as_deref()
}

pub async fn hit(name: &str) {
    if armed() == Some(name) {
        eprintln!("failpoint {name} reached");
        std::future::pending::<()>().await;
    }
}
