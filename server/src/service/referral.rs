//! The discipline commission's queue of referrals, and the guarded way it may learn who
//! reported the clue.

use entities::{
    account::Role,
    member,
    referral::{self, ReferralStatus},
    report, unmasking_request,
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryFilter, TransactionTrait,
    sea_query::{Query, SelectStatement},
};
use serde_json::{Value, json};

use super::{
    Page, PageRequest, RequestContext,
    audit::AuditEvent,
    notification::{self, Notice},
    paginate, required,
};
use crate::{
    auth::{Principal, RegionScope},
    domain,
    error::{AppError, AppResult},
};

/// An unmasking request waiting for the office's decision.
const REQUESTED: &str = "requested";

/// The office, the leading group and the discipline commission see their region's referrals;
/// nobody else learns that one exists.
pub fn visible_to(principal: &Principal) -> Condition {
    match (principal.role, principal.region_scope()) {
        (_, RegionScope::All) => Condition::all(),
        (Role::Office | Role::LeadingGroup | Role::Discipline, RegionScope::One(region)) => {
            Condition::all().add(referral::Column::RegionId.eq(region))
        }
        _ => Condition::all().add(referral::Column::Id.is_null()),
    }
}

/// The reports behind the referrals `principal` sees: the commission reads a referral's
/// report (never its reporter) without seeing the region's reports.
pub fn referred_reports_visible_to(principal: &Principal) -> Condition {
    let referred: SelectStatement = Query::select()
        .column(referral::Column::ReportId)
        .from(referral::Entity)
        .cond_where(visible_to(principal))
        .to_owned();
    Condition::all().add(report::Column::Id.in_subquery(referred))
}

async fn find_visible(
    conn: &impl ConnectionTrait,
    principal: &Principal,
    id: i32,
) -> AppResult<referral::Model> {
    referral::Entity::find_by_id(id)
        .filter(visible_to(principal))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<referral::Model> {
    find_visible(&rc.state.db, rc.viewer.principal()?, id).await
}

/// The referrals the caller sees, of one status if given; with `unmasking_requested`, only
/// those whose request to know the reporter waits for the office.
pub async fn list(
    rc: &RequestContext,
    status: Option<ReferralStatus>,
    unmasking_requested: bool,
    page: PageRequest,
) -> AppResult<Page<referral::Model>> {
    let mut condition = visible_to(rc.viewer.principal()?);
    if let Some(status) = status {
        condition = condition.add(referral::Column::Status.eq(status));
    }
    if unmasking_requested {
        let waiting: SelectStatement = Query::select()
            .column(unmasking_request::Column::ReferralId)
            .from(unmasking_request::Entity)
            .and_where(unmasking_request::Column::Status.eq(REQUESTED))
            .to_owned();
        condition = condition.add(referral::Column::Id.in_subquery(waiting));
    }
    let select = referral::Entity::find().filter(condition);
    paginate(
        &rc.state.db,
        select,
        referral::Column::Id,
        page,
        Order::Desc,
    )
    .await
}

/// The office refers a report (typically one involving public officials) or a slip.
pub async fn create(
    rc: &RequestContext,
    report_id: Option<i32>,
    assignment_id: Option<i32>,
    summary: String,
) -> AppResult<referral::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let summary = required(summary, "summary")?;
    // Checked before the transaction: the lookups use their own connection.
    match (report_id, assignment_id) {
        (Some(id), None) => {
            super::report::get(rc, id).await?;
        }
        (None, Some(id)) => {
            super::assignment::get(rc, id).await?;
        }
        _ => {
            return Err(AppError::validation(
                "reportId",
                "refer either a report or a slip",
            ));
        }
    }
    let txn = rc.state.db.begin().await?;
    let now = rc.now();
    let created = referral::ActiveModel {
        region_id: Set(region_id),
        report_id: Set(report_id),
        assignment_id: Set(assignment_id),
        origin: Set("office".into()),
        status: Set(ReferralStatus::Queued),
        summary: Set(summary),
        outcome: Set(None),
        status_reason: Set(None),
        dedupe_key: Set(None),
        created_by: Set(Some(principal.account_id)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    AuditEvent::new(rc, "createReferral")
        .target("Referral", created.id)
        .after(snapshot(&created))
        .insert(&txn)
        .await?;
    notify_commission(&txn, rc, &created).await?;
    txn.commit().await?;
    Ok(created)
}

async fn notify_commission(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    referral: &referral::Model,
) -> AppResult<()> {
    let commission = notification::commission_of(conn, referral.region_id).await?;
    let notice = Notice {
        kind: "referral_queued",
        title: "收到一条问题线索移交".into(),
        body: "请登录平台查看并受理。".into(),
        target_type: "Referral",
        target_id: referral.id,
        immediate: false,
    };
    notification::send(conn, rc, Some(referral.region_id), &commission, &notice).await
}

pub enum CommissionStep {
    Accept,
    Investigate,
    Conclude { outcome: String },
    Return { reason: String },
}

/// The commission works its queue; the office hears when a referral is concluded or returned.
pub async fn commission_step(
    rc: &RequestContext,
    referral_id: i32,
    step: CommissionStep,
) -> AppResult<referral::Model> {
    use domain::referral::CommissionStep as Step;
    let principal = rc.viewer.require(&[Role::Discipline])?;
    let txn = rc.state.db.begin().await?;
    let before = find_visible(&txn, principal, referral_id).await?;
    let (action, kind, towards) = match &step {
        CommissionStep::Accept => ("acceptReferral", Step::Accept, ReferralStatus::Accepted),
        CommissionStep::Investigate => (
            "investigateReferral",
            Step::Investigate,
            ReferralStatus::Investigating,
        ),
        CommissionStep::Conclude { .. } => (
            "concludeReferral",
            Step::Conclude,
            ReferralStatus::Concluded,
        ),
        CommissionStep::Return { .. } => ("returnReferral", Step::Return, ReferralStatus::Returned),
    };
    let next = domain::referral::after(before.status, kind).ok_or_else(|| {
        AppError::InvalidTransition {
            from: status_name(before.status),
            to: status_name(towards),
        }
    })?;
    let mut changed: referral::ActiveModel = before.clone().into();
    changed.status = Set(next);
    let told = match step {
        CommissionStep::Accept | CommissionStep::Investigate => None,
        CommissionStep::Conclude { outcome } => {
            let outcome = required(outcome, "outcome")?;
            changed.outcome = Set(Some(outcome.clone()));
            Some(("referral_concluded", "纪委监委已办结移送线索", outcome))
        }
        CommissionStep::Return { reason } => {
            let reason = required(reason, "reason")?;
            changed.status_reason = Set(Some(reason.clone()));
            Some(("referral_returned", "纪委监委退回移送线索", reason))
        }
    };
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    AuditEvent::new(rc, action)
        .target("Referral", after.id)
        .region(Some(after.region_id))
        .before(snapshot(&before))
        .after(snapshot(&after))
        .insert(&txn)
        .await?;
    if let Some((kind, title, text)) = told {
        let office = notification::office_of(&txn, after.region_id).await?;
        let notice = Notice {
            kind,
            title: format!("{title}：{}", subject_of(&after)),
            body: text,
            target_type: "Referral",
            target_id: after.id,
            immediate: false,
        };
        notification::send(&txn, rc, Some(after.region_id), &office, &notice).await?;
    }
    txn.commit().await?;
    Ok(after)
}

/// What a referral is about in a notice's title: the start of its summary.
fn subject_of(referral: &referral::Model) -> String {
    let subject: String = referral.summary.chars().take(40).collect();
    if subject.chars().count() < referral.summary.chars().count() {
        format!("{subject}…")
    } else {
        subject
    }
}

/// The commission asks to know who reported the clue behind a referral.
pub async fn request_unmasking(
    rc: &RequestContext,
    referral_id: i32,
    reason: String,
) -> AppResult<unmasking_request::Model> {
    let principal = rc.viewer.require(&[Role::Discipline])?;
    let reason = required(reason, "reason")?;
    let txn = rc.state.db.begin().await?;
    let referral = find_visible(&txn, principal, referral_id).await?;
    if referral.report_id.is_none() {
        return Err(AppError::validation(
            "referralId",
            "this referral came from a slip, not from a reporter",
        ));
    }
    let waiting = unmasking_request::Entity::find()
        .filter(unmasking_request::Column::ReferralId.eq(referral.id))
        .filter(unmasking_request::Column::Status.eq(REQUESTED))
        .one(&txn)
        .await?;
    if waiting.is_some() {
        return Err(AppError::Conflict(
            "a request for this referral is already waiting".into(),
        ));
    }
    let created = unmasking_request::ActiveModel {
        referral_id: Set(referral.id),
        region_id: Set(referral.region_id),
        requested_by: Set(principal.account_id),
        reason: Set(reason),
        status: Set(REQUESTED.into()),
        decided_by: Set(None),
        decided_at: Set(None),
        created_at: Set(rc.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    AuditEvent::new(rc, "requestUnmasking")
        .target("Referral", referral.id)
        .after(json!({ "reason": created.reason }))
        .insert(&txn)
        .await?;
    let office = notification::office_of(&txn, referral.region_id).await?;
    let notice = Notice {
        kind: "unmasking_requested",
        title: "纪委监委申请查看线索反映人身份".into(),
        body: "请登录平台审核。".into(),
        target_type: "Referral",
        target_id: referral.id,
        immediate: false,
    };
    notification::send(&txn, rc, Some(referral.region_id), &office, &notice).await?;
    txn.commit().await?;
    Ok(created)
}

/// The office approves or refuses a waiting request.
pub async fn decide_unmasking(
    rc: &RequestContext,
    request_id: i32,
    approve: bool,
) -> AppResult<unmasking_request::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let txn = rc.state.db.begin().await?;
    let request = unmasking_request::Entity::find_by_id(request_id)
        .filter(unmasking_request::Column::RegionId.eq(principal.region_id))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if request.status != REQUESTED {
        return Err(AppError::InvalidTransition {
            from: request.status.clone(),
            to: "decided".into(),
        });
    }
    let mut changed: unmasking_request::ActiveModel = request.into();
    changed.status = Set(if approve { "approved" } else { "refused" }.into());
    changed.decided_by = Set(Some(principal.account_id));
    changed.decided_at = Set(Some(rc.now()));
    let after = changed.update(&txn).await?;
    AuditEvent::new(rc, "decideUnmasking")
        .target("Referral", after.referral_id)
        .after(json!({ "status": after.status }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(after)
}

/// The report behind a referral, without who made it.
async fn source_report(
    rc: &RequestContext,
    referral: &referral::Model,
) -> AppResult<Option<report::Model>> {
    rc.viewer.principal()?;
    let Some(report_id) = referral.report_id else {
        return Ok(None);
    };
    Ok(report::Entity::find_by_id(report_id)
        .one(&rc.state.db)
        .await?)
}

/// Who reported the clue: the office always; the commission only after an approved request,
/// and every look by the commission is audited.
pub async fn reporter(
    rc: &RequestContext,
    referral: &referral::Model,
) -> AppResult<Option<member::Model>> {
    let principal = rc.viewer.principal()?;
    let Some(report) = source_report(rc, referral).await? else {
        return Ok(None);
    };
    let db = &rc.state.db;
    match principal.role {
        Role::Office | Role::LeadingGroup | Role::PlatformAdmin => {}
        Role::Discipline => {
            let approved = unmasking_request::Entity::find()
                .filter(unmasking_request::Column::ReferralId.eq(referral.id))
                .filter(unmasking_request::Column::Status.eq("approved"))
                .one(db)
                .await?;
            if approved.is_none() {
                return Ok(None);
            }
            AuditEvent::new(rc, "viewReporterIdentity")
                .target("Referral", referral.id)
                .region(Some(referral.region_id))
                .insert(db)
                .await?;
        }
        _ => return Ok(None),
    }
    Ok(member::Entity::find_by_id(report.reporter_member_id)
        .one(db)
        .await?)
}

fn status_name(status: ReferralStatus) -> String {
    super::snake_name(status)
}

fn snapshot(referral: &referral::Model) -> Value {
    json!({
        "status": referral.status,
        "origin": referral.origin,
        "reportId": referral.report_id,
        "assignmentId": referral.assignment_id,
        "statusReason": referral.status_reason,
        "outcome": referral.outcome,
    })
}
