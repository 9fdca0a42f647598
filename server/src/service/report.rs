//! Reports: submitted by serving members, triaged and answered by the office.

use chrono::NaiveDate;
use entities::{
    account::Role,
    member::{self, MemberKind, MemberStatus},
    region,
    report::{self, Behaviour, Channel, Rating, ReportKind, ReportStatus, SupervisionArea},
    unit, violation_category,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    Order, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::{Value, json};

use super::{
    Page, PageRequest, RequestContext,
    audit::AuditEvent,
    check,
    notification::{self, Notice},
    paginate_ordered, required,
};
use crate::{
    auth::{Principal, RegionScope},
    domain::{
        self,
        dates::When,
        quarter::Quarter,
        report::{ReportAction, may_reopen},
    },
    error::{AppError, AppResult},
};

/// The office and leading group see their region's reports; a supervisor or liaison those of
/// their own membership; nobody else any. Units learn of reports only through the slips the
/// office writes, so a reporter is never exposed to the unit concerned.
pub async fn visible_to(
    conn: &impl ConnectionTrait,
    principal: &Principal,
) -> AppResult<Condition> {
    let region = match principal.region_scope() {
        RegionScope::All => return Ok(Condition::all()),
        RegionScope::One(id) => report::Column::RegionId.eq(id),
        RegionScope::Nothing => return Ok(nothing()),
    };
    Ok(match principal.role {
        Role::Office | Role::LeadingGroup => Condition::all().add(region),
        Role::Supervisor | Role::Liaison => {
            let mine: Vec<i32> = member::Entity::find()
                .filter(member::Column::AccountId.eq(principal.account_id))
                .all(conn)
                .await?
                .into_iter()
                .map(|m| m.id)
                .collect();
            Condition::all()
                .add(region)
                .add(report::Column::ReporterMemberId.is_in(mine))
        }
        _ => nothing(),
    })
}

fn nothing() -> Condition {
    Condition::all().add(report::Column::Id.is_null())
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<report::Model> {
    let principal = rc.viewer.principal()?;
    find_visible(&rc.state.db, principal, id).await
}

async fn find_visible(
    conn: &impl ConnectionTrait,
    principal: &Principal,
    id: i32,
) -> AppResult<report::Model> {
    report::Entity::find_by_id(id)
        .filter(visible_to(conn, principal).await?)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Default)]
pub struct ReportFilter {
    pub kind: Option<ReportKind>,
    pub status: Option<ReportStatus>,
    pub quarter: Option<String>,
    pub area: Option<SupervisionArea>,
    pub unit_id: Option<i32>,
    pub reporter_member_id: Option<i32>,
    pub major: Option<bool>,
    pub newest_first: bool,
}

pub async fn list(
    rc: &RequestContext,
    filter: ReportFilter,
    page: PageRequest,
) -> AppResult<Page<report::Model>> {
    let principal = rc.viewer.principal()?;
    let db = &rc.state.db;
    let mut condition = visible_to(db, principal).await?;
    if let Some(kind) = filter.kind {
        condition = condition.add(report::Column::Kind.eq(kind));
    }
    if let Some(status) = filter.status {
        condition = condition.add(report::Column::Status.eq(status));
    }
    if let Some(area) = filter.area {
        condition = condition.add(report::Column::Area.eq(area));
    }
    if let Some(unit) = filter.unit_id {
        condition = condition.add(report::Column::ConcernedUnitId.eq(unit));
    }
    if let Some(reporter) = filter.reporter_member_id {
        condition = condition.add(report::Column::ReporterMemberId.eq(reporter));
    }
    if let Some(major) = filter.major {
        condition = condition.add(report::Column::Major.eq(major));
    }
    if let Some(text) = filter.quarter {
        let quarter = check("quarter", Quarter::parse(&text))?;
        let zone = match principal.region_id {
            Some(region_id) => region_zone(db, region_id).await?,
            None => chrono_tz::Asia::Shanghai,
        };
        let (from, to) = quarter.bounds(zone);
        condition = condition
            .add(report::Column::SubmittedAt.gte(from))
            .add(report::Column::SubmittedAt.lt(to));
    }
    let order = if filter.newest_first {
        Order::Desc
    } else {
        Order::Asc
    };
    let select = report::Entity::find()
        .filter(condition)
        .order_by(report::Column::SubmittedAt, order.clone())
        .order_by(report::Column::Id, order);
    paginate_ordered(db, select, page).await
}

pub async fn region_zone(conn: &impl ConnectionTrait, region_id: i32) -> AppResult<chrono_tz::Tz> {
    let region = region::Entity::find_by_id(region_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    super::region::zone_of(&region)
}

pub struct NewReport {
    pub kind: ReportKind,
    pub title: String,
    pub body: String,
    pub occurred_on: Option<NaiveDate>,
    pub concerned_unit_id: Option<i32>,
    pub area: SupervisionArea,
    pub behaviour: Option<Behaviour>,
    pub violation_category_ids: Vec<i32>,
    pub channel: Channel,
    pub major: bool,
    pub officials_involved: bool,
    pub attachments: Vec<super::attachment::NewFile>,
    /// Tokens of finished uploads (`/uploads`), attached with `attachments`.
    pub uploads: Vec<String>,
    /// The client's key for the draft: sent again, the report it made is the answer.
    pub draft_key: Option<String>,
}

/// A serving supervisor or a point's liaison reports.
pub async fn submit(rc: &RequestContext, input: NewReport) -> AppResult<report::Model> {
    let principal = rc.viewer.require(&[Role::Supervisor, Role::Liaison])?;
    let db = &rc.state.db;
    if let Some(key) = &input.draft_key {
        let plain = !key.is_empty()
            && key.len() <= 64
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !plain {
            return Err(AppError::validation(
                "draftKey",
                "1 to 64 letters, digits or hyphens",
            ));
        }
        if let Some(made) = sent_before(db, principal.account_id, key).await? {
            return Ok(made);
        }
    }
    let reporter = member::Entity::find()
        .filter(member::Column::AccountId.eq(principal.account_id))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .one(db)
        .await?
        .ok_or(AppError::Forbidden(
            "only a serving supervisor or monitoring point reports",
        ))?;
    if input.kind == ReportKind::MonitoringRecord && reporter.kind != MemberKind::MonitoringPoint {
        return Err(AppError::validation(
            "kind",
            "monitoring records are kept by monitoring points",
        ));
    }
    if input.kind == ReportKind::Obstruction && input.concerned_unit_id.is_none() {
        return Err(AppError::validation(
            "concernedUnitId",
            "name the unit that refused supervision or retaliated",
        ));
    }
    let title = check(
        "title",
        domain::region::validate_name(&input.title).map_err(|_| "a title has 1 to 200 characters"),
    )?
    .to_owned();
    if let Some(day) = input.occurred_on {
        let today = super::calendar::today_in(db, rc, reporter.region_id).await?;
        super::plausible("occurredOn", day, today, When::Happened)?;
    }
    let body = input.body.trim().to_owned();
    if body.is_empty() || body.chars().count() > 10_000 {
        return Err(AppError::validation(
            "body",
            "the text has 1 to 10000 characters",
        ));
    }
    if let Some(unit_id) = input.concerned_unit_id {
        let concerned = unit::Entity::find_by_id(unit_id)
            .filter(unit::Column::RegionId.eq(reporter.region_id))
            .filter(unit::Column::Kind.is_in(super::unit::RESPONSIBLE))
            .one(db)
            .await?;
        if concerned.is_none() {
            return Err(AppError::validation(
                "concernedUnitId",
                "no such responsible unit in this region",
            ));
        }
    }
    let mut categories = input.violation_category_ids;
    categories.sort_unstable();
    categories.dedup();
    if !categories.is_empty() {
        let known = violation_category::Entity::find()
            .filter(violation_category::Column::RegionId.eq(reporter.region_id))
            .filter(violation_category::Column::Active.eq(true))
            .filter(violation_category::Column::Id.is_in(categories.clone()))
            .all(db)
            .await?;
        if known.len() != categories.len() {
            return Err(AppError::validation(
                "violationCategoryIds",
                "not in the region's catalogue",
            ));
        }
    }
    let (uploads, mut files) = super::upload::files(rc, &input.uploads).await?;
    files.extend(input.attachments);
    let stored = super::attachment::store(&rc.state, files).await?;
    let now = rc.now();
    let txn = db.begin().await?;
    let created = report::ActiveModel {
        region_id: Set(reporter.region_id),
        reporter_member_id: Set(reporter.id),
        reporter_account_id: Set(principal.account_id),
        kind: Set(input.kind),
        status: Set(ReportStatus::Submitted),
        title: Set(title),
        body: Set(body),
        occurred_on: Set(input.occurred_on),
        concerned_unit_id: Set(input.concerned_unit_id),
        area: Set(input.area),
        behaviour: Set(input.behaviour),
        violation_category_ids: Set(categories
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(",")),
        channel: Set(input.channel),
        major: Set(domain::report::is_major(input.kind, input.major)),
        officials_involved: Set(input.officials_involved),
        valuable: Set(false),
        merged_into_id: Set(None),
        status_reason: Set(None),
        feedback: Set(None),
        feedback_at: Set(None),
        rating: Set(None),
        rating_reason: Set(None),
        redo_count: Set(0),
        submitted_at: Set(now),
        updated_at: Set(now),
        draft_key: Set(input.draft_key.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(AppError::from);
    let created = match (created, &input.draft_key) {
        // The same draft sent twice at once: the other request made it.
        (Err(AppError::Conflict(_)), Some(key)) => {
            txn.rollback().await?;
            return sent_before(db, principal.account_id, key)
                .await?
                .ok_or(AppError::Conflict("the draft is being sent".into()));
        }
        (created, _) => created?,
    };
    super::attachment::attach(&txn, rc, created.region_id, "Report", created.id, stored).await?;
    AuditEvent::new(rc, "submitReport")
        .target("Report", created.id)
        .after(snapshot(&created))
        .insert(&txn)
        .await?;
    if created.major {
        let office = notification::office_of(&txn, created.region_id).await?;
        let (title, body) = if created.kind == ReportKind::Obstruction {
            (
                format!("拒绝监督、打击报复反映：{}", created.title),
                "收到一条拒绝监督或打击报复的反映，请立即研判，依规移送纪委监委严肃处理。",
            )
        } else {
            (
                format!("重大问题反映：{}", created.title),
                "收到一条重大问题反映，请立即研判处理。",
            )
        };
        let notice = Notice {
            kind: "major_report",
            title,
            body: body.into(),
            target_type: "Report",
            target_id: created.id,
            immediate: true,
        };
        notification::send(&txn, rc, Some(created.region_id), &office, &notice).await?;
    }
    txn.commit().await?;
    // The files are attached: their uploads are done with (or expire within a day).
    if let Err(e) = super::upload::forget(&rc.state, &uploads).await {
        tracing::warn!(error = ?e, "removing attached uploads");
    }
    Ok(created)
}

/// The report the caller already made from the draft `key`.
async fn sent_before(
    conn: &impl ConnectionTrait,
    account_id: i32,
    key: &str,
) -> AppResult<Option<report::Model>> {
    Ok(report::Entity::find()
        .filter(report::Column::ReporterAccountId.eq(account_id))
        .filter(report::Column::DraftKey.eq(key))
        .one(conn)
        .await?)
}

/// What the office does to a report; each maps to a lifecycle action.
pub enum OfficeStep {
    Accept,
    Reject { reason: String },
    Merge { into: i32 },
    Feedback { text: String },
    Close,
    Reopen,
    MarkValuable,
}

/// Applies one office step in its own transaction.
pub async fn office_step(
    rc: &RequestContext,
    report_id: i32,
    step: OfficeStep,
) -> AppResult<report::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let txn = rc.state.db.begin().await?;
    let before = find_visible(&txn, principal, report_id).await?;
    let mut changed: report::ActiveModel = before.clone().into();
    let (action_name, action) = match &step {
        OfficeStep::Accept => ("acceptReport", Some(ReportAction::Accept)),
        OfficeStep::Reject { .. } => ("rejectReport", Some(ReportAction::Reject)),
        OfficeStep::Merge { .. } => ("mergeReport", Some(ReportAction::Merge)),
        OfficeStep::Feedback { .. } => ("giveFeedback", Some(ReportAction::GiveFeedback)),
        OfficeStep::Close => ("closeReport", Some(ReportAction::Close)),
        OfficeStep::Reopen => ("reopenReport", Some(ReportAction::Reopen)),
        OfficeStep::MarkValuable => ("markSuggestionValuable", None),
    };
    if let Some(action) = action {
        let next = domain::report::next(before.status, action).ok_or_else(|| {
            AppError::InvalidTransition {
                from: status_name(before.status),
                to: action.name().into(),
            }
        })?;
        changed.status = Set(next);
    }
    match step {
        OfficeStep::Accept | OfficeStep::Close => {}
        OfficeStep::Reject { reason } => {
            changed.status_reason = Set(Some(required(reason, "reason")?));
        }
        OfficeStep::Merge { into } => {
            if into == before.id {
                return Err(AppError::validation(
                    "intoReportId",
                    "a report is not a duplicate of itself",
                ));
            }
            let target = find_visible(&txn, principal, into).await?;
            if matches!(
                target.status,
                ReportStatus::Merged | ReportStatus::NotAccepted
            ) {
                return Err(AppError::validation(
                    "intoReportId",
                    "merge into a report that is being handled",
                ));
            }
            changed.merged_into_id = Set(Some(target.id));
        }
        OfficeStep::Feedback { text } => {
            changed.feedback = Set(Some(required(text, "feedback")?));
            changed.feedback_at = Set(Some(rc.now()));
        }
        OfficeStep::Reopen => {
            check("reportId", may_reopen(before.rating, before.redo_count))?;
            changed.redo_count = Set(before.redo_count + 1);
            changed.rating = Set(None);
            changed.rating_reason = Set(None);
        }
        OfficeStep::MarkValuable => {
            if !domain::report::may_be_valuable(before.kind, before.status) {
                return Err(AppError::validation(
                    "reportId",
                    "only an accepted suggestion is marked valuable",
                ));
            }
            changed.valuable = Set(true);
        }
    }
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    audit_change(&txn, rc, action_name, &before, &after).await?;
    if let Some(notice) = reporter_notice(&before, &after) {
        let reporter = notification::account(&txn, after.reporter_account_id).await?;
        notification::send(&txn, rc, Some(after.region_id), &reporter, &notice).await?;
    }
    txn.commit().await?;
    Ok(after)
}

/// What the reporter is told after an office step: a refusal or the handling's result.
fn reporter_notice(before: &report::Model, after: &report::Model) -> Option<Notice> {
    let (kind, title, body) = match (before.status, after.status) {
        (_, ReportStatus::NotAccepted) => (
            "report_not_accepted",
            "您反映的问题未予受理",
            format!(
                "《{}》未予受理。原因：{}",
                after.title,
                after.status_reason.as_deref().unwrap_or("")
            ),
        ),
        (_, ReportStatus::FeedbackGiven) if before.status != ReportStatus::FeedbackGiven => (
            "report_feedback",
            "您反映的问题已有办理结果",
            format!(
                "《{}》:{}",
                after.title,
                after.feedback.as_deref().unwrap_or("")
            ),
        ),
        _ => return None,
    };
    Some(Notice {
        kind,
        title: title.into(),
        body,
        target_type: "Report",
        target_id: after.id,
        immediate: false,
    })
}

/// The reporter rates the handling once feedback is given; unsatisfied needs a reason.
pub async fn rate(
    rc: &RequestContext,
    report_id: i32,
    rating: Rating,
    reason: Option<String>,
) -> AppResult<report::Model> {
    let principal = rc.viewer.require(&[Role::Supervisor, Role::Liaison])?;
    let txn = rc.state.db.begin().await?;
    let before = find_visible(&txn, principal, report_id).await?;
    if !matches!(
        before.status,
        ReportStatus::FeedbackGiven | ReportStatus::Closed
    ) {
        return Err(AppError::InvalidTransition {
            from: status_name(before.status),
            to: "rated".into(),
        });
    }
    let reason = reason
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty());
    if rating == Rating::Unsatisfied && reason.is_none() {
        return Err(AppError::validation(
            "reason",
            "say why you are unsatisfied",
        ));
    }
    let mut changed: report::ActiveModel = before.clone().into();
    changed.rating = Set(Some(rating));
    changed.rating_reason = Set(reason);
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    audit_change(&txn, rc, "rateHandling", &before, &after).await?;
    txn.commit().await?;
    Ok(after)
}

async fn audit_change(
    conn: &(impl ConnectionTrait + TransactionTrait),
    rc: &RequestContext,
    action: &str,
    before: &report::Model,
    after: &report::Model,
) -> AppResult<()> {
    AuditEvent::new(rc, action)
        .target("Report", after.id)
        .region(Some(after.region_id))
        .before(snapshot(before))
        .after(snapshot(after))
        .insert(conn)
        .await
}

pub fn status_name(status: ReportStatus) -> String {
    super::snake_name(status)
}

fn snapshot(report: &report::Model) -> Value {
    json!({
        "kind": report.kind,
        "status": report.status,
        "title": report.title,
        "major": report.major,
        "valuable": report.valuable,
        "mergedIntoId": report.merged_into_id,
        "rating": report.rating,
        "redoCount": report.redo_count,
        "statusReason": report.status_reason,
    })
}

/// The region's catalogue of violations.
pub async fn categories(rc: &RequestContext) -> AppResult<Vec<violation_category::Model>> {
    let principal = rc.viewer.principal()?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    Ok(violation_category::Entity::find()
        .filter(violation_category::Column::RegionId.eq(region_id))
        .order_by_asc(violation_category::Column::Id)
        .all(&rc.state.db)
        .await?)
}

/// Retires an entry of the office's catalogue (no longer offered for new reports; reports
/// that name it keep it) or offers it again.
pub async fn set_category_active(
    rc: &RequestContext,
    category_id: i32,
    active: bool,
) -> AppResult<violation_category::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let txn = rc.state.db.begin().await?;
    let before = violation_category::Entity::find_by_id(category_id)
        .filter(violation_category::Column::RegionId.eq(principal.region_id))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut changed: violation_category::ActiveModel = before.clone().into();
    changed.active = Set(active);
    let after = changed.update(&txn).await?;
    AuditEvent::new(rc, "setViolationCategoryActive")
        .target("ViolationCategory", after.id)
        .before(json!({ "name": before.name, "active": before.active }))
        .after(json!({ "name": after.name, "active": after.active }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(after)
}

/// Adds an entry to the office's catalogue.
pub async fn add_category(rc: &RequestContext, name: &str) -> AppResult<violation_category::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let name = check("name", domain::region::validate_name(name))?.to_owned();
    let txn = rc.state.db.begin().await?;
    let taken = violation_category::Entity::find()
        .filter(violation_category::Column::RegionId.eq(region_id))
        .filter(violation_category::Column::Name.eq(&name))
        .one(&txn)
        .await?;
    if taken.is_some() {
        return Err(AppError::Conflict(
            "the catalogue already has this entry".into(),
        ));
    }
    let created = violation_category::ActiveModel {
        region_id: Set(region_id),
        name: Set(name),
        active: Set(true),
        created_at: Set(rc.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    AuditEvent::new(rc, "addViolationCategory")
        .target("ViolationCategory", created.id)
        .after(json!({ "name": created.name }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(created)
}
