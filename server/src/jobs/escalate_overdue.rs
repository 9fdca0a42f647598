//! `escalate-overdue` (督辦 → referral): slips, inquiries and document requests past their
//! deadline are announced to the unit and the office once per overdue episode; past the grace
//! period they go, once, to the region's discipline queue. A new deadline (extension, return)
//! starts a new episode.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use entities::{
    account,
    assignment::{self, AssignmentStatus},
    inquiry,
    referral::{self, ReferralStatus},
    region, unit,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::OnConflict,
};

use crate::{
    error::AppResult,
    service::{
        self, RequestContext,
        audit::AuditEvent,
        calendar,
        notification::{self, Notice, Once},
    },
};

/// Slips handled per transaction.
const BATCH: usize = 1_000;

/// An overdue episode: the slip with the deadline it missed. A new deadline, a new episode.
fn episode(slip: &assignment::Model) -> String {
    format!("{}:{}", slip.id, slip.deadline)
}

/// Returns the number of effects written (notices and referrals, new ones only).
pub async fn run(rc: &RequestContext, region: &region::Model) -> AppResult<i32> {
    let today = calendar::today_in(&rc.state.db, rc, region.id).await?;
    let slips = escalate_slips(rc, region, today).await?;
    let inquiries = escalate_inquiries(rc, region, today).await?;
    Ok(slips.saturating_add(inquiries))
}

async fn escalate_slips(
    rc: &RequestContext,
    region: &region::Model,
    today: NaiveDate,
) -> AppResult<i32> {
    let db = &rc.state.db;
    // Only open slips past their deadline are read: the work grows with the overdue count.
    let overdue = assignment::Entity::find()
        .filter(assignment::Column::RegionId.eq(region.id))
        .filter(assignment::Column::Status.is_in([
            AssignmentStatus::Issued,
            AssignmentStatus::Signed,
            AssignmentStatus::Returned,
        ]))
        .filter(assignment::Column::Deadline.lt(today))
        .order_by_asc(assignment::Column::Deadline)
        .all(db)
        .await?;
    let Some(earliest) = overdue.first().map(|s| s.deadline) else {
        return Ok(0);
    };
    let cal = calendar::for_region(db, region.id, earliest, today).await?;
    let grace = i64::from(rc.state.settings.assignment.grace_working_days);
    let office = notification::office_of(db, region.id).await?;
    let commission = notification::commission_of(db, region.id).await?;
    // Every unit's name and handlers at once, not one query per slip.
    let unit_names: HashMap<i32, String> = unit::Entity::find()
        .filter(unit::Column::RegionId.eq(region.id))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    // Who hears of an overdue slip: the unit (its handlers, or its contact address) and the
    // office.
    let audiences = notification::unit_audiences(db, unit_names.keys().copied()).await?;
    let told = told_of(&audiences, &office);
    let now = rc.now();
    let mut effects = 0;
    // Slips in batches, one transaction and a few statements each. A slip already referred
    // in this episode was announced before it was referred, so it is done: a repeat run reads
    // it and moves on.
    for batch in overdue.chunks(BATCH) {
        let referred: HashSet<String> = referral::Entity::find()
            .select_only()
            .column(referral::Column::DedupeKey)
            .filter(
                referral::Column::DedupeKey.is_in(
                    batch
                        .iter()
                        .map(|slip| format!("escalation:{}", episode(slip))),
                ),
            )
            .into_tuple::<Option<String>>()
            .all(db)
            .await?
            .into_iter()
            .flatten()
            .collect();
        let mut notices = Vec::new();
        let mut referrals = Vec::new();
        for slip in batch {
            let episode = episode(slip);
            if referred.contains(&format!("escalation:{episode}")) {
                continue;
            }
            notices.push(Once {
                recipients: told.get(&slip.unit_id).unwrap_or(&office),
                contact: audiences
                    .get(&slip.unit_id)
                    .and_then(|a| a.contact.as_ref()),
                notice: Notice {
                    kind: "assignment_overdue",
                    title: format!("督办：交办单 {} 已超期", slip.number),
                    body: format!("办理时限为{}，请尽快答复。", slip.deadline),
                    target_type: "Assignment",
                    target_id: slip.id,
                    immediate: false,
                },
                dedupe: format!("overdue:{episode}"),
            });
            let days = cal.working_days_between(slip.deadline, today);
            if days > grace {
                let unit_name = unit_names.get(&slip.unit_id).map_or("", String::as_str);
                referrals.push(referral_of(slip, unit_name, days, &episode, now));
            }
        }
        let titles: HashMap<String, String> = batch
            .iter()
            .map(|slip| {
                let title = format!("超期交办单 {} 移交纪委监委", slip.number);
                (format!("escalation:{}", episode(slip)), title)
            })
            .collect();
        let txn = sea_orm::TransactionTrait::begin(db).await?;
        effects += notification::send_once_each(&txn, rc, Some(region.id), &notices).await?;
        effects += refer(&txn, rc, region.id, referrals, &titles, &commission).await?;
        txn.commit().await?;
    }
    Ok(i32::try_from(effects).unwrap_or(i32::MAX))
}

fn referral_of(
    slip: &assignment::Model,
    unit_name: &str,
    days: i64,
    episode: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> referral::ActiveModel {
    let summary = format!(
        "交办单 {} 逾期未办结。承办单位：{}；办理时限：{}；已超期 {} 个工作日。交办要求：{}",
        slip.number, unit_name, slip.deadline, days, slip.requirement
    );
    referral::ActiveModel {
        region_id: Set(slip.region_id),
        report_id: Set(None),
        assignment_id: Set(Some(slip.id)),
        origin: Set("escalation".into()),
        status: Set(ReferralStatus::Queued),
        summary: Set(summary),
        outcome: Set(None),
        status_reason: Set(None),
        dedupe_key: Set(Some(format!("escalation:{episode}"))),
        created_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// One referral per slip or inquiry and episode: the dedupe key makes a second insert a
/// no-op, and only the referrals this run created are audited and announced to the
/// commission, each with its title (by dedupe key).
async fn refer(
    conn: &(impl sea_orm::ConnectionTrait + sea_orm::TransactionTrait),
    rc: &RequestContext,
    region_id: i32,
    referrals: Vec<referral::ActiveModel>,
    titles: &HashMap<String, String>,
    commission: &[account::Model],
) -> AppResult<u64> {
    if referrals.is_empty() {
        return Ok(0);
    }
    // Returned from the insert itself: a lookup by key after it would be planned against the
    // table as it was before the run, and scan it.
    let created = match referral::Entity::insert_many(referrals)
        .on_conflict(
            OnConflict::column(referral::Column::DedupeKey)
                .do_nothing()
                .to_owned(),
        )
        .exec_with_returning(conn)
        .await
    {
        Ok(created) => created,
        Err(sea_orm::DbErr::RecordNotInserted) => Vec::new(),
        Err(e) => return Err(e.into()),
    };
    let audits = created
        .iter()
        .map(|r| {
            AuditEvent::new(rc, "escalateOverdue")
                .actor_username("job:escalate-overdue")
                .target("Referral", r.id)
                .region(Some(r.region_id))
        })
        .collect();
    AuditEvent::insert_all(conn, audits).await?;
    let notices: Vec<Once> = created
        .iter()
        .filter_map(|r| {
            let key = r.dedupe_key.as_deref()?;
            Some((r, key, titles.get(key)?))
        })
        .map(|(r, key, title)| Once {
            recipients: commission,
            contact: None,
            notice: Notice {
                kind: "referral_queued",
                title: title.clone(),
                body: "请登录平台查看并受理。".into(),
                target_type: "Referral",
                target_id: r.id,
                immediate: false,
            },
            dedupe: format!("referral:{}", key.trim_start_matches("escalation:")),
        })
        .collect();
    notification::send_once_each(conn, rc, Some(region_id), &notices).await?;
    Ok(created.len() as u64)
}

/// Who is told of a unit's overdue item in the app and by mail: its handlers and the office.
fn told_of(
    audiences: &HashMap<i32, notification::UnitAudience>,
    office: &[account::Model],
) -> HashMap<i32, Vec<account::Model>> {
    audiences
        .iter()
        .map(|(&unit, audience)| {
            (
                unit,
                audience.handlers.iter().chain(office).cloned().collect(),
            )
        })
        .collect()
}

/// An inquiry's overdue episode: it has one deadline, so one episode.
fn inquiry_episode(asked: &inquiry::Model) -> String {
    format!("inquiry{}:{}", asked.id, asked.deadline)
}

/// Inquiries and document requests past their deadline without an answer climb the slips'
/// ladder: 督办 to the unit and a notice to the office once, then past the grace period one
/// referral to the commission. Nothing names who asked.
async fn escalate_inquiries(
    rc: &RequestContext,
    region: &region::Model,
    today: NaiveDate,
) -> AppResult<i32> {
    let db = &rc.state.db;
    let late = inquiry::Entity::find()
        .filter(inquiry::Column::RegionId.eq(region.id))
        .filter(inquiry::Column::AnsweredAt.is_null())
        .filter(inquiry::Column::Deadline.lt(today))
        .order_by_asc(inquiry::Column::Deadline)
        .all(db)
        .await?;
    let Some(earliest) = late.first().map(|i| i.deadline) else {
        return Ok(0);
    };
    let cal = calendar::for_region(db, region.id, earliest, today).await?;
    let grace = i64::from(rc.state.settings.assignment.grace_working_days);
    let office = notification::office_of(db, region.id).await?;
    let commission = notification::commission_of(db, region.id).await?;
    let unit_ids: HashSet<i32> = late.iter().map(|i| i.unit_id).collect();
    let unit_names: HashMap<i32, String> = unit::Entity::find()
        .filter(unit::Column::Id.is_in(unit_ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let audiences = notification::unit_audiences(db, unit_ids).await?;
    let told = told_of(&audiences, &office);
    let now = rc.now();
    let mut notices = Vec::new();
    let mut referrals = Vec::new();
    let mut titles = HashMap::new();
    for asked in &late {
        let episode = inquiry_episode(asked);
        let what = service::inquiry::kind_name(asked.kind);
        notices.push(Once {
            recipients: told.get(&asked.unit_id).unwrap_or(&office),
            contact: audiences
                .get(&asked.unit_id)
                .and_then(|a| a.contact.as_ref()),
            notice: Notice {
                kind: "inquiry_overdue",
                title: format!("督办：{what}“{}”已超过答复期限", asked.subject),
                body: format!("答复期限为{}，请尽快答复。", asked.deadline),
                target_type: "Inquiry",
                target_id: asked.id,
                immediate: false,
            },
            dedupe: format!("overdue:{episode}"),
        });
        let days = cal.working_days_between(asked.deadline, today);
        if days > grace {
            let unit_name = unit_names.get(&asked.unit_id).map_or("", String::as_str);
            let key = format!("escalation:{episode}");
            titles.insert(key.clone(), format!("逾期未答复的{what}移交纪委监委"));
            referrals.push(referral::ActiveModel {
                region_id: Set(asked.region_id),
                report_id: Set(None),
                assignment_id: Set(None),
                inquiry_id: Set(Some(asked.id)),
                origin: Set("escalation".into()),
                status: Set(ReferralStatus::Queued),
                summary: Set(format!(
                    "{what}“{}”逾期未答复。被询单位：{unit_name}；答复期限：{}；已超期 {days} 个工作日。",
                    asked.subject, asked.deadline
                )),
                dedupe_key: Set(Some(key)),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            });
        }
    }
    let txn = sea_orm::TransactionTrait::begin(db).await?;
    let mut effects = notification::send_once_each(&txn, rc, Some(region.id), &notices).await?;
    effects += refer(&txn, rc, region.id, referrals, &titles, &commission).await?;
    txn.commit().await?;
    Ok(i32::try_from(effects).unwrap_or(i32::MAX))
}
