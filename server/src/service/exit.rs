//! The end of a membership: exit decisions, sanctions, and the list of exit candidates.

use entities::{
    account::Role,
    member::{self, MemberKind, MemberStatus},
    report::{self, ReportKind},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};

use super::{
    RequestContext,
    account::end_access,
    membership::{audit_change, get_for_office, record_step, transition, visible_to},
};
use crate::{
    domain::{
        self,
        membership::{ExitReason, Sanction},
    },
    error::{AppError, AppResult},
};

fn required_reason(reason: Option<String>, field: &str) -> AppResult<String> {
    super::required(reason.unwrap_or_default(), field)
}

/// Ends a membership on the office's decision; the member's account loses access at once.
pub async fn decide_exit(
    rc: &RequestContext,
    member_id: i32,
    reason: ExitReason,
    comment: Option<String>,
) -> AppResult<member::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let comment = required_reason(comment, "comment")?;
    let txn = rc.state.db.begin().await?;
    let before = get_for_office(&txn, rc, member_id).await?;
    if !domain::membership::holds_place(before.status) {
        return Err(transition(before.status, "exit"));
    }
    let after = end_membership(
        &txn,
        rc,
        &before,
        domain::membership::exit_status(reason),
        &comment,
    )
    .await?;
    record_step(
        &txn,
        rc,
        principal,
        &before,
        &format!("exit:{}", exit_name(reason)),
        Some(comment),
    )
    .await?;
    audit_change(&txn, rc, "decideExit", &before, &after).await?;
    txn.commit().await?;
    Ok(after)
}

/// Criticises, warns or removes a serving supervisor; removal ends the account's access.
pub async fn sanction(
    rc: &RequestContext,
    member_id: i32,
    sanction: Sanction,
    reason: Option<String>,
) -> AppResult<member::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let reason = required_reason(reason, "reason")?;
    let txn = rc.state.db.begin().await?;
    let before = get_for_office(&txn, rc, member_id).await?;
    if before.kind != MemberKind::Supervisor {
        return Err(AppError::validation(
            "memberId",
            "sanctions are for supervisors",
        ));
    }
    if before.status != MemberStatus::Active {
        return Err(transition(before.status, sanction.as_str()));
    }
    let after = match sanction {
        Sanction::Removal => {
            end_membership(&txn, rc, &before, MemberStatus::Removed, &reason).await?
        }
        Sanction::Criticism | Sanction::Warning => before.clone(),
    };
    record_step(
        &txn,
        rc,
        principal,
        &before,
        &format!("sanction:{}", sanction.as_str()),
        Some(reason),
    )
    .await?;
    audit_change(&txn, rc, "sanctionSupervisor", &before, &after).await?;
    txn.commit().await?;
    Ok(after)
}

pub async fn end_membership(
    conn: &(impl sea_orm::ConnectionTrait + sea_orm::TransactionTrait),
    rc: &RequestContext,
    before: &member::Model,
    status: MemberStatus,
    reason: &str,
) -> AppResult<member::Model> {
    let mut changed: member::ActiveModel = before.clone().into();
    changed.status = Set(status);
    changed.status_reason = Set(Some(reason.to_owned()));
    changed.updated_at = Set(rc.now());
    let after = changed.update(conn).await?;
    if let Some(account_id) = after.account_id {
        end_access(conn, rc, account_id).await?;
    }
    Ok(after)
}

fn exit_name(reason: ExitReason) -> &'static str {
    match reason {
        ExitReason::Inactive => "inactive",
        ExitReason::Absences => "absences",
        ExitReason::Misconduct => "misconduct",
        ExitReason::Resigned => "resigned",
        ExitReason::TermEnded => "term_ended",
    }
}

pub struct ExitCandidate {
    pub member: member::Model,
    pub silent: bool,
    pub unexcused_absences: u32,
}

/// Active members who have been silent for six months (no problem report, no suggestion) or
/// missed two collective activities without leave.
pub async fn candidates(rc: &RequestContext) -> AppResult<Vec<ExitCandidate>> {
    let principal = rc.viewer.require(&[Role::Office, Role::LeadingGroup])?;
    find_candidates(rc, visible_to(principal)).await
}

/// The exit candidates among the active members `scope` selects; for the office's digest.
pub async fn find_candidates(
    rc: &RequestContext,
    scope: sea_orm::Condition,
) -> AppResult<Vec<ExitCandidate>> {
    let active = member::Entity::find()
        .filter(scope)
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .order_by_asc(member::Column::Id)
        .all(&rc.state.db)
        .await?;
    let member_ids: Vec<i32> = active.iter().map(|m| m.id).collect();
    let mut last_report = std::collections::HashMap::new();
    for report in report::Entity::find()
        .filter(report::Column::ReporterMemberId.is_in(member_ids))
        .filter(report::Column::Kind.is_in([
            ReportKind::Problem,
            ReportKind::Obstruction,
            ReportKind::Suggestion,
        ]))
        .all(&rc.state.db)
        .await?
    {
        let latest = last_report
            .entry(report.reporter_member_id)
            .or_insert(report.submitted_at);
        *latest = (*latest).max(report.submitted_at);
    }
    let mut zones = std::collections::HashMap::new();
    for member in &active {
        if let std::collections::hash_map::Entry::Vacant(entry) = zones.entry(member.region_id) {
            entry.insert(super::report::region_zone(&rc.state.db, member.region_id).await?);
        }
    }
    let zone_of = |member: &member::Model| {
        zones
            .get(&member.region_id)
            .copied()
            .unwrap_or(chrono_tz::UTC)
    };
    // Absences count from the start of the member's term.
    let terms: Vec<(i32, chrono::DateTime<chrono::Utc>)> = active
        .iter()
        .filter_map(|m| {
            let start = m.term_starts_on?.and_hms_opt(0, 0, 0)?;
            let start = start.and_local_timezone(zone_of(m)).earliest()?;
            Some((m.id, start.with_timezone(&chrono::Utc)))
        })
        .collect();
    let absences = super::meeting::unexcused_absences(&rc.state.db, &terms).await?;
    let mut found = Vec::new();
    for member in active {
        let zone = zone_of(&member);
        let today = rc.now().with_timezone(&zone).date_naive();
        let last_report_on = last_report
            .get(&member.id)
            .map(|at: &chrono::DateTime<chrono::Utc>| at.with_timezone(&zone).date_naive());
        let unexcused_absences = absences.get(&member.id).copied().unwrap_or(0);
        let silent = member.term_starts_on.is_some_and(|start| {
            domain::membership::silent_for_six_months(start, last_report_on, today)
        });
        if silent || domain::membership::too_many_absences(unexcused_absences) {
            found.push(ExitCandidate {
                member,
                silent,
                unexcused_absences,
            });
        }
    }
    Ok(found)
}
