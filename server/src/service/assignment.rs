//! Assignment slips: issued by the office to a responsible unit, handled by the unit's staff,
//! verified by the office. A unit learns what the office writes in the requirement, never
//! who reported.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use entities::{
    account::Role,
    assignment::{self, AssignmentMode, AssignmentStatus},
    assignment_report, report,
    report::ReportStatus,
    slip_sequence, unit,
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryFilter, QueryOrder,
    TransactionTrait,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
};
use serde_json::{Value, json};

use super::{
    Page, PageRequest, RequestContext,
    audit::AuditEvent,
    calendar::{self, today_in},
    notification::{self, Notice},
    paginate_ordered,
    report::status_name as report_status_name,
    required,
};
use crate::{
    auth::{Principal, RegionScope},
    domain::{self, assignment::SlipAction, dates::When, report::ReportAction},
    error::{AppError, AppResult},
};

/// A slip with its overdue state as of today in its region.
pub struct Slip {
    pub model: assignment::Model,
    pub overdue: bool,
    pub working_days_overdue: i64,
    /// Today in the slip's region, as the overdue state was computed.
    pub today: NaiveDate,
}

/// The office and leading group see their region's slips; a unit's staff their unit's; a
/// reporter the slips that handle their reports.
pub async fn visible_to(
    conn: &impl ConnectionTrait,
    principal: &Principal,
) -> AppResult<Condition> {
    let region = match principal.region_scope() {
        RegionScope::All => return Ok(Condition::all()),
        RegionScope::One(id) => assignment::Column::RegionId.eq(id),
        RegionScope::Nothing => return Ok(nothing()),
    };
    Ok(match principal.role {
        Role::Office | Role::LeadingGroup => Condition::all().add(region),
        Role::UnitHandler => match principal.unit_id {
            Some(unit) => Condition::all()
                .add(region)
                .add(assignment::Column::UnitId.eq(unit)),
            None => nothing(),
        },
        Role::Supervisor | Role::Liaison => {
            let reports = report::Entity::find()
                .filter(super::report::visible_to(conn, principal).await?)
                .all(conn)
                .await?
                .into_iter()
                .map(|r| r.id);
            let slips: Vec<i32> = assignment_report::Entity::find()
                .filter(assignment_report::Column::ReportId.is_in(reports))
                .all(conn)
                .await?
                .into_iter()
                .map(|l| l.assignment_id)
                .collect();
            Condition::all()
                .add(region)
                .add(assignment::Column::Id.is_in(slips))
        }
        _ => nothing(),
    })
}

fn nothing() -> Condition {
    Condition::all().add(assignment::Column::Id.is_null())
}

async fn find_visible(
    conn: &impl ConnectionTrait,
    principal: &Principal,
    id: i32,
) -> AppResult<assignment::Model> {
    assignment::Entity::find_by_id(id)
        .filter(visible_to(conn, principal).await?)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<Slip> {
    let found = find_visible(&rc.state.db, rc.viewer.principal()?, id).await?;
    Ok(with_overdue(&rc.state.db, rc, vec![found]).await?.remove(0))
}

/// Adds each slip's overdue state, reading each region's calendar once.
pub async fn with_overdue(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    slips: Vec<assignment::Model>,
) -> AppResult<Vec<Slip>> {
    let mut regions: HashMap<i32, (NaiveDate, domain::calendar::WorkingCalendar)> = HashMap::new();
    let mut out = Vec::with_capacity(slips.len());
    for model in slips {
        let (today, cal) = match regions.entry(model.region_id) {
            std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                let today = today_in(conn, rc, model.region_id).await?;
                let earliest = today - Duration::days(400);
                let cal = calendar::for_region(conn, model.region_id, earliest, today).await?;
                entry.insert((today, cal))
            }
        };
        let overdue = domain::assignment::is_overdue(model.status, model.deadline, *today);
        let working_days_overdue =
            domain::assignment::working_days_overdue(model.status, model.deadline, *today, cal);
        out.push(Slip {
            model,
            overdue,
            working_days_overdue,
            today: *today,
        });
    }
    Ok(out)
}

#[derive(Default)]
pub struct SlipFilter {
    pub status: Option<AssignmentStatus>,
    pub unit_id: Option<i32>,
    pub overdue: Option<bool>,
    pub report_id: Option<i32>,
    pub extension_requested: bool,
}

pub async fn list(
    rc: &RequestContext,
    filter: SlipFilter,
    page: PageRequest,
) -> AppResult<Page<Slip>> {
    let principal = rc.viewer.principal()?;
    let db = &rc.state.db;
    let mut condition = visible_to(db, principal).await?;
    if let Some(status) = filter.status {
        condition = condition.add(assignment::Column::Status.eq(status));
    }
    if let Some(unit) = filter.unit_id {
        condition = condition.add(assignment::Column::UnitId.eq(unit));
    }
    if filter.extension_requested {
        condition = condition.add(assignment::Column::ExtensionStatus.eq("requested"));
    }
    if let Some(report_id) = filter.report_id {
        // Only for those who may see the report: a unit learns nothing of the reports.
        report::Entity::find_by_id(report_id)
            .filter(super::report::visible_to(db, principal).await?)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        let slips: Vec<i32> = assignment_report::Entity::find()
            .filter(assignment_report::Column::ReportId.eq(report_id))
            .all(db)
            .await?
            .into_iter()
            .map(|l| l.assignment_id)
            .collect();
        condition = condition.add(assignment::Column::Id.is_in(slips));
    }
    if let Some(overdue) = filter.overdue {
        // Overdue is a date comparison; the calendar only counts how far.
        let today = match principal.region_id {
            Some(region) => today_in(db, rc, region).await?,
            None => rc.now().date_naive(),
        };
        let late = Condition::all()
            .add(assignment::Column::Status.is_in([
                AssignmentStatus::Issued,
                AssignmentStatus::Signed,
                AssignmentStatus::Returned,
            ]))
            .add(assignment::Column::Deadline.lt(today));
        condition = condition.add(if overdue { late } else { late.not() });
    }
    let select = assignment::Entity::find()
        .filter(condition)
        .order_by(assignment::Column::Deadline, Order::Asc)
        .order_by(assignment::Column::Id, Order::Asc);
    let page = paginate_ordered(db, select, page).await?;
    let items = with_overdue(db, rc, page.items).await?;
    Ok(Page {
        items,
        has_next_page: page.has_next_page,
        total_count: page.total_count,
    })
}

async fn report_ids(conn: &impl ConnectionTrait, assignment_id: i32) -> AppResult<Vec<i32>> {
    Ok(assignment_report::Entity::find()
        .filter(assignment_report::Column::AssignmentId.eq(assignment_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.report_id)
        .collect())
}

pub struct NewSlip {
    pub report_ids: Vec<i32>,
    pub unit_id: i32,
    pub mode: AssignmentMode,
    pub requirement: String,
    pub deadline: Option<NaiveDate>,
}

/// The deadline a slip issued today gets when the office gives none: the configured number
/// of working days on the region's calendar (office).
pub async fn default_deadline(rc: &RequestContext) -> AppResult<NaiveDate> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let db = &rc.state.db;
    let today = today_in(db, rc, region_id).await?;
    deadline_or_default(db, rc, region_id, today, None).await
}

/// Issues a slip for accepted reports to one responsible unit (office).
pub async fn issue(rc: &RequestContext, input: NewSlip) -> AppResult<Slip> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let requirement = input.requirement.trim().to_owned();
    if requirement.is_empty() || requirement.chars().count() > 10_000 {
        return Err(AppError::validation(
            "requirement",
            "the requirement has 1 to 10000 characters",
        ));
    }
    let mut report_ids = input.report_ids;
    report_ids.sort_unstable();
    report_ids.dedup();
    if report_ids.is_empty() {
        return Err(AppError::validation(
            "reportIds",
            "name the reports the slip handles",
        ));
    }
    let db = &rc.state.db;
    let txn = db.begin().await?;
    let unit = responsible_unit(&txn, region_id, input.unit_id).await?;
    let today = today_in(&txn, rc, region_id).await?;
    let deadline = deadline_or_default(&txn, rc, region_id, today, input.deadline).await?;

    let reports = report::Entity::find()
        .filter(super::report::visible_to(&txn, principal).await?)
        .filter(report::Column::Id.is_in(report_ids.clone()))
        .all(&txn)
        .await?;
    if reports.len() != report_ids.len() {
        return Err(AppError::NotFound);
    }
    if let Some(named) = reports
        .iter()
        .find(|r| !domain::report::may_issue_to(r.kind, r.concerned_unit_id, unit.id))
    {
        return Err(AppError::validation(
            "unitId",
            format!(
                "report {} reports obstruction by this unit: it is never sent to the unit it names",
                named.id
            ),
        ));
    }
    for before in &reports {
        let next = match before.status {
            ReportStatus::InHandling => ReportStatus::InHandling,
            status => {
                domain::report::next(status, ReportAction::StartHandling).ok_or_else(|| {
                    AppError::InvalidTransition {
                        from: report_status_name(status),
                        to: ReportAction::StartHandling.name().into(),
                    }
                })?
            }
        };
        if next != before.status {
            let mut changed: report::ActiveModel = before.clone().into();
            changed.status = Set(next);
            changed.updated_at = Set(rc.now());
            changed.update(&txn).await?;
        }
    }

    let year = today.year();
    let seq = next_seq(&txn, region_id, year).await?;
    let region = entities::region::Entity::find_by_id(region_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let number = domain::assignment::format_number(
        &rc.state.settings.assignment.number_pattern,
        &region.slip_prefix,
        year,
        seq,
    );
    let now = rc.now();
    let created = assignment::ActiveModel {
        region_id: Set(region_id),
        number: Set(number),
        year: Set(year),
        seq: Set(seq),
        unit_id: Set(unit.id),
        mode: Set(input.mode),
        requirement: Set(requirement),
        status: Set(AssignmentStatus::Issued),
        issued_on: Set(today),
        deadline: Set(deadline),
        reply: Set(None),
        replied_at: Set(None),
        status_reason: Set(None),
        extension_until: Set(None),
        extension_reason: Set(None),
        extension_status: Set(None),
        issued_by: Set(principal.account_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    assignment_report::Entity::insert_many(report_ids.iter().map(|id| {
        assignment_report::ActiveModel {
            assignment_id: Set(created.id),
            report_id: Set(*id),
        }
    }))
    .exec_without_returning(&txn)
    .await?;
    AuditEvent::new(rc, "issueAssignment")
        .target("Assignment", created.id)
        .after(snapshot(&created))
        .insert(&txn)
        .await?;
    notify_unit(
        &txn,
        rc,
        &created,
        "assignment_issued",
        format!("新交办单 {}", created.number),
    )
    .await?;
    crate::failpoint::hit(crate::failpoint::BEFORE_SLIP_COMMIT).await;
    txn.commit().await?;
    Ok(with_overdue(db, rc, vec![created]).await?.remove(0))
}

/// The next gapless number of the region's year. The row update holds a lock until the
/// transaction ends, so concurrent issuers wait for each other, and a rolled-back issue gives
/// its number back.
async fn next_seq(conn: &impl ConnectionTrait, region_id: i32, year: i32) -> AppResult<i32> {
    use slip_sequence::Column as C;
    slip_sequence::Entity::insert(slip_sequence::ActiveModel {
        region_id: Set(region_id),
        year: Set(year),
        last_seq: Set(0),
    })
    .on_conflict(
        OnConflict::columns([C::RegionId, C::Year])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    let update = Query::update()
        .table(slip_sequence::Entity)
        .value(C::LastSeq, Expr::col(C::LastSeq).add(1))
        .and_where(Expr::col(C::RegionId).eq(region_id))
        .and_where(Expr::col(C::Year).eq(year))
        .returning_col(C::LastSeq)
        .to_owned();
    let row = conn
        .query_one(&update)
        .await?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("slip sequence row missing")))?;
    Ok(row.try_get::<i32>("", "last_seq")?)
}

async fn responsible_unit(
    conn: &impl ConnectionTrait,
    region_id: i32,
    unit_id: i32,
) -> AppResult<unit::Model> {
    unit::Entity::find_by_id(unit_id)
        .filter(unit::Column::RegionId.eq(region_id))
        .filter(unit::Column::Kind.is_in(super::unit::RESPONSIBLE))
        .one(conn)
        .await?
        .ok_or_else(|| AppError::validation("unitId", "no such responsible unit in this region"))
}

/// The given deadline (from today to a year ahead), or N working days after today.
async fn deadline_or_default(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: i32,
    today: NaiveDate,
    given: Option<NaiveDate>,
) -> AppResult<NaiveDate> {
    if let Some(day) = given {
        super::plausible("deadline", day, today, When::Due)?;
        return Ok(day);
    }
    let n = rc.state.settings.assignment.default_working_days;
    calendar::working_days_after(conn, region_id, today, n).await
}

/// What the unit or the office does to a slip.
pub enum SlipStep {
    Sign,
    Reply {
        text: String,
        attachments: Vec<super::attachment::NewFile>,
    },
    HandBack {
        reason: String,
    },
    Verify,
    Return {
        reason: String,
        deadline: Option<NaiveDate>,
    },
    Reassign {
        unit_id: i32,
        deadline: Option<NaiveDate>,
    },
}

impl SlipStep {
    fn action(&self) -> SlipAction {
        match self {
            Self::Sign => SlipAction::Sign,
            Self::Reply { .. } => SlipAction::Reply,
            Self::HandBack { .. } => SlipAction::HandBack,
            Self::Verify => SlipAction::Verify,
            Self::Return { .. } => SlipAction::Return,
            Self::Reassign { .. } => SlipAction::Reassign,
        }
    }

    fn audit_name(&self) -> &'static str {
        match self {
            Self::Sign => "signAssignment",
            Self::Reply { .. } => "replyAssignment",
            Self::HandBack { .. } => "handBackAssignment",
            Self::Verify => "verifyAssignment",
            Self::Return { .. } => "returnAssignment",
            Self::Reassign { .. } => "reassignAssignment",
        }
    }
}

pub async fn step(rc: &RequestContext, assignment_id: i32, step: SlipStep) -> AppResult<Slip> {
    let action = step.action();
    let role = if action.by_unit() {
        Role::UnitHandler
    } else {
        Role::Office
    };
    let principal = rc.viewer.require(&[role])?;
    let mut step = step;
    let files = match &mut step {
        SlipStep::Reply { attachments, .. } => std::mem::take(attachments),
        _ => Vec::new(),
    };
    let stored = super::attachment::store(&rc.state, files).await?;
    let db = &rc.state.db;
    let txn = db.begin().await?;
    let before = find_visible(&txn, principal, assignment_id).await?;
    let next = domain::assignment::next(before.status, action).ok_or_else(|| {
        AppError::InvalidTransition {
            from: status_name(before.status),
            to: action.target_name().into(),
        }
    })?;
    let mut changed: assignment::ActiveModel = before.clone().into();
    changed.status = Set(next);
    let audit_name = step.audit_name();
    let mut office_notice = None;
    match step {
        SlipStep::Sign | SlipStep::Verify => {}
        SlipStep::Reply { text, .. } => {
            changed.reply = Set(Some(required(text, "reply")?));
            changed.replied_at = Set(Some(rc.now()));
            office_notice = Some((
                "assignment_replied",
                format!("交办单 {} 已答复", before.number),
            ));
        }
        SlipStep::HandBack { reason } => {
            changed.status_reason = Set(Some(required(reason, "reason")?));
            office_notice = Some((
                "assignment_handed_back",
                format!("交办单 {} 被退回（退单）", before.number),
            ));
        }
        SlipStep::Return { reason, deadline } => {
            changed.status_reason = Set(Some(required(reason, "reason")?));
            let today = today_in(&txn, rc, before.region_id).await?;
            changed.deadline =
                Set(deadline_or_default(&txn, rc, before.region_id, today, deadline).await?);
        }
        SlipStep::Reassign { unit_id, deadline } => {
            let unit = responsible_unit(&txn, before.region_id, unit_id).await?;
            if unit.id == before.unit_id {
                return Err(AppError::validation("unitId", "reassign to another unit"));
            }
            let today = today_in(&txn, rc, before.region_id).await?;
            changed.unit_id = Set(unit.id);
            changed.status_reason = Set(None);
            changed.extension_status = Set(None);
            changed.deadline =
                Set(deadline_or_default(&txn, rc, before.region_id, today, deadline).await?);
        }
    }
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    if next == AssignmentStatus::Verified {
        finish_reports(&txn, rc, after.id).await?;
    }
    super::attachment::attach(&txn, rc, after.region_id, "Assignment", after.id, stored).await?;
    audit_change(&txn, rc, audit_name, &before, &after).await?;
    match (action, office_notice) {
        (SlipAction::Reassign, _) => {
            notify_unit(
                &txn,
                rc,
                &after,
                "assignment_issued",
                format!("新交办单 {}", after.number),
            )
            .await?;
        }
        (SlipAction::Return, _) => {
            notify_unit(
                &txn,
                rc,
                &after,
                "assignment_returned",
                format!("交办单 {} 被退回重办", after.number),
            )
            .await?;
        }
        (_, Some((kind, title))) => notify_office(&txn, rc, &after, kind, title).await?,
        _ => {}
    }
    txn.commit().await?;
    Ok(with_overdue(db, rc, vec![after]).await?.remove(0))
}

/// Reports whose every slip is now verified are handled.
async fn finish_reports(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    assignment_id: i32,
) -> AppResult<()> {
    for report_id in report_ids(conn, assignment_id).await? {
        let slips: Vec<i32> = assignment_report::Entity::find()
            .filter(assignment_report::Column::ReportId.eq(report_id))
            .all(conn)
            .await?
            .into_iter()
            .map(|l| l.assignment_id)
            .collect();
        let open = assignment::Entity::find()
            .filter(assignment::Column::Id.is_in(slips))
            .filter(assignment::Column::Status.ne(AssignmentStatus::Verified))
            .one(conn)
            .await?;
        let Some(report) = report::Entity::find_by_id(report_id).one(conn).await? else {
            continue;
        };
        if open.is_none()
            && let Some(next) = domain::report::next(report.status, ReportAction::FinishHandling)
        {
            let mut changed: report::ActiveModel = report.into();
            changed.status = Set(next);
            changed.updated_at = Set(rc.now());
            changed.update(conn).await?;
        }
    }
    Ok(())
}

/// The unit asks for a later deadline, before the current one passes.
pub async fn request_extension(
    rc: &RequestContext,
    assignment_id: i32,
    until: NaiveDate,
    reason: String,
) -> AppResult<Slip> {
    let principal = rc.viewer.require(&[Role::UnitHandler])?;
    let db = &rc.state.db;
    let txn = db.begin().await?;
    let before = find_visible(&txn, principal, assignment_id).await?;
    let today = today_in(&txn, rc, before.region_id).await?;
    domain::assignment::may_request_extension(before.status, before.deadline, until, today)
        .map_err(|m| AppError::validation("until", m))?;
    super::plausible("until", until, today, When::Due)?;
    if before.extension_status.as_deref() == Some("requested") {
        return Err(AppError::Conflict(
            "an extension request is already waiting".into(),
        ));
    }
    let mut changed: assignment::ActiveModel = before.clone().into();
    changed.extension_until = Set(Some(until));
    changed.extension_reason = Set(Some(required(reason, "reason")?));
    changed.extension_status = Set(Some("requested".into()));
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    audit_change(&txn, rc, "requestExtension", &before, &after).await?;
    notify_office(
        &txn,
        rc,
        &after,
        "extension_requested",
        format!("交办单 {} 申请延期", after.number),
    )
    .await?;
    txn.commit().await?;
    Ok(with_overdue(db, rc, vec![after]).await?.remove(0))
}

/// The office grants (the deadline moves) or refuses a waiting extension request.
pub async fn decide_extension(
    rc: &RequestContext,
    assignment_id: i32,
    grant: bool,
) -> AppResult<Slip> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let db = &rc.state.db;
    let txn = db.begin().await?;
    let before = find_visible(&txn, principal, assignment_id).await?;
    let (Some("requested"), Some(until)) =
        (before.extension_status.as_deref(), before.extension_until)
    else {
        return Err(AppError::InvalidTransition {
            from: "no_extension_request".into(),
            to: "extension_decided".into(),
        });
    };
    let mut changed: assignment::ActiveModel = before.clone().into();
    changed.extension_status = Set(Some(if grant { "granted" } else { "refused" }.into()));
    if grant {
        changed.deadline = Set(until);
    }
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    audit_change(&txn, rc, "decideExtension", &before, &after).await?;
    notify_unit(
        &txn,
        rc,
        &after,
        "extension_decided",
        format!(
            "交办单 {} 延期申请{}",
            after.number,
            if grant { "已批准" } else { "未批准" }
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(with_overdue(db, rc, vec![after]).await?.remove(0))
}

async fn notify_unit(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    slip: &assignment::Model,
    kind: &'static str,
    title: String,
) -> AppResult<()> {
    let audience = notification::unit_audience(conn, slip.unit_id).await?;
    let notice = Notice {
        kind,
        title,
        body: format!(
            "办理时限：{}。请登录平台查看要求并按时答复。",
            slip.deadline
        ),
        target_type: "Assignment",
        target_id: slip.id,
        immediate: false,
    };
    notification::send_to_unit(conn, rc, Some(slip.region_id), &audience, &notice).await
}

async fn notify_office(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    slip: &assignment::Model,
    kind: &'static str,
    title: String,
) -> AppResult<()> {
    let office = notification::office_of(conn, slip.region_id).await?;
    let notice = Notice {
        kind,
        title,
        body: "请登录平台处理。".into(),
        target_type: "Assignment",
        target_id: slip.id,
        immediate: false,
    };
    notification::send(conn, rc, Some(slip.region_id), &office, &notice).await
}

async fn audit_change(
    conn: &(impl ConnectionTrait + TransactionTrait),
    rc: &RequestContext,
    action: &str,
    before: &assignment::Model,
    after: &assignment::Model,
) -> AppResult<()> {
    AuditEvent::new(rc, action)
        .target("Assignment", after.id)
        .region(Some(after.region_id))
        .before(snapshot(before))
        .after(snapshot(after))
        .insert(conn)
        .await
}

pub fn status_name(status: AssignmentStatus) -> String {
    super::snake_name(status)
}

fn snapshot(slip: &assignment::Model) -> Value {
    json!({
        "number": slip.number,
        "unitId": slip.unit_id,
        "mode": slip.mode,
        "status": slip.status,
        "deadline": slip.deadline,
        "extensionStatus": slip.extension_status,
        "extensionUntil": slip.extension_until,
        "statusReason": slip.status_reason,
    })
}
