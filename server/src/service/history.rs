//! What happened to a slip or a report, in order, for the pages that show it: the audit
//! trail's successful steps on the record, the 督办 notices the jobs sent about a slip, and
//! the referral made of it. Read from what is already kept; nothing is written here.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use entities::{
    account::{self, Role},
    assignment_report, audit_event, notification, referral,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use super::RequestContext;
use crate::error::AppResult;

/// One step in a record's life.
pub struct Step {
    pub at: DateTime<Utc>,
    /// The audit action (`signAssignment`), or `urgeAssignment` for a 督办 notice.
    pub action: String,
    /// Who took it; none for the scheduled jobs.
    pub actor: Option<String>,
    /// The reason, date or outcome that came with it.
    pub note: Option<String>,
}

/// A slip's steps (its visibility already checked). A unit sees its own slip's steps, not
/// the referral; nobody sees a reporter here, because no slip step names one.
pub async fn of_slip(rc: &RequestContext, slip_id: i32) -> AppResult<Vec<Step>> {
    let principal = rc.viewer.principal()?;
    let db = &rc.state.db;
    let mut steps = audited(db, "Assignment", &[slip_id]).await?;

    // 督办: the overdue notice goes to every handler and the office; one step per sending.
    let urged: BTreeSet<DateTime<Utc>> = notification::Entity::find()
        .filter(notification::Column::TargetType.eq("Assignment"))
        .filter(notification::Column::TargetId.eq(slip_id))
        .filter(notification::Column::Kind.eq("assignment_overdue"))
        .all(db)
        .await?
        .into_iter()
        .map(|n| n.created_at)
        .collect();
    steps.extend(urged.into_iter().map(|at| Step {
        at,
        action: "urgeAssignment".into(),
        actor: None,
        note: None,
    }));

    if matches!(
        principal.role,
        Role::Office | Role::LeadingGroup | Role::Discipline
    ) {
        let referrals: Vec<i32> = referral::Entity::find()
            .filter(referral::Column::AssignmentId.eq(slip_id))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.id)
            .collect();
        steps.extend(audited(db, "Referral", &referrals).await?);
    }
    steps.sort_by_key(|s| s.at);
    Ok(steps)
}

/// A report's steps (its visibility already checked).
pub async fn of_report(rc: &RequestContext, report_id: i32) -> AppResult<Vec<Step>> {
    audited(&rc.state.db, "Report", &[report_id]).await
}

/// The slip steps a reporter is told of: where the handling stands, never who in the unit
/// did what or what it wrote.
const TOLD_TO_REPORTER: &[&str] = &[
    "issueAssignment",
    "signAssignment",
    "replyAssignment",
    "verifyAssignment",
    "returnAssignment",
];

/// A report's steps as its reporter sees them: the report's own and its slips' milestones,
/// without actors, and with no note but the reason a report was not accepted (the reporter
/// is told it anyway).
pub async fn of_report_for_reporter(rc: &RequestContext, report_id: i32) -> AppResult<Vec<Step>> {
    let db = &rc.state.db;
    let slips: Vec<i32> = assignment_report::Entity::find()
        .filter(assignment_report::Column::ReportId.eq(report_id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.assignment_id)
        .collect();
    let slip_steps = audited(db, "Assignment", &slips)
        .await?
        .into_iter()
        .filter(|step| TOLD_TO_REPORTER.contains(&step.action.as_str()));
    let mut steps: Vec<Step> = audited(db, "Report", &[report_id])
        .await?
        .into_iter()
        .chain(slip_steps)
        .map(|step| Step {
            actor: None,
            note: step.note.filter(|_| step.action == "rejectReport"),
            ..step
        })
        .collect();
    steps.sort_by_key(|s| s.at);
    Ok(steps)
}

/// The successful audited actions on these records, oldest first, with the actors' names.
async fn audited(
    db: &impl ConnectionTrait,
    target_type: &str,
    ids: &[i32],
) -> AppResult<Vec<Step>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let events = audit_event::Entity::find()
        .filter(audit_event::Column::TargetType.eq(target_type))
        .filter(audit_event::Column::TargetId.is_in(ids.iter().map(ToString::to_string)))
        .filter(audit_event::Column::Result.eq("success"))
        .order_by_asc(audit_event::Column::At)
        .order_by_asc(audit_event::Column::Id)
        .all(db)
        .await?;
    let actor_ids: BTreeSet<i32> = events.iter().filter_map(|e| e.actor_account_id).collect();
    let names: HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(actor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect();
    Ok(events
        .into_iter()
        .map(|e| Step {
            at: e.at,
            actor: e
                .actor_account_id
                .and_then(|id| names.get(&id).cloned())
                .or(e.actor_username),
            note: note(&e.action, e.after_state.as_deref()),
            action: e.action,
        })
        .collect())
}

/// What the step's recorded state says worth showing beside it.
fn note(action: &str, after: Option<&str>) -> Option<String> {
    let after: Value = serde_json::from_str(after?).ok()?;
    let text = |key: &str| after.get(key).and_then(Value::as_str).map(str::to_owned);
    match action {
        "issueAssignment" | "reassignAssignment" => {
            text("deadline").map(|d| format!("办理时限 {d}"))
        }
        "returnAssignment" => Some(
            [
                text("statusReason"),
                text("deadline").map(|d| format!("新的办理时限 {d}")),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("；"),
        )
        .filter(|n| !n.is_empty()),
        "requestExtension" => text("extensionUntil").map(|d| format!("申请延期至 {d}")),
        "decideExtension" => match text("extensionStatus").as_deref() {
            Some("granted") => text("deadline").map(|d| format!("同意延期，办理时限 {d}")),
            Some("refused") => Some("不同意延期".into()),
            _ => None,
        },
        "handBackAssignment" | "rejectReport" | "returnReferral" => text("statusReason"),
        "concludeReferral" => text("outcome"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_steps_note_comes_from_its_recorded_state() {
        let after = r#"{"deadline":"2026-12-11","extensionStatus":"granted","extensionUntil":"2026-12-18"}"#;
        assert_eq!(
            note("issueAssignment", Some(after)).as_deref(),
            Some("办理时限 2026-12-11")
        );
        assert_eq!(
            note("requestExtension", Some(after)).as_deref(),
            Some("申请延期至 2026-12-18")
        );
        assert_eq!(
            note("decideExtension", Some(after)).as_deref(),
            Some("同意延期，办理时限 2026-12-11")
        );
        assert_eq!(note("signAssignment", Some(after)), None);
        assert_eq!(note("issueAssignment", Some("not json")), None);
        assert_eq!(note("issueAssignment", None), None);
    }
}
