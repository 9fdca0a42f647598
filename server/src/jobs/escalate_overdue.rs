//! `escalate-overdue` (督辦 → referral): slips past their deadline are announced to the unit
//! and the office once per overdue episode; past the grace period they go, once, to the
//! region's discipline queue. A new deadline (extension, return) starts a new episode.

use std::collections::{HashMap, HashSet};

use entities::{
    account::{self, Role},
    assignment::{self, AssignmentStatus},
    referral::{self, ReferralStatus},
    region, unit,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    TryInsertResult, sea_query::OnConflict,
};

use crate::{
    error::AppResult,
    service::{
        RequestContext,
        audit::AuditEvent,
        calendar,
        notification::{self, Notice},
    },
};

/// Slips handled per transaction.
const BATCH: usize = 500;

/// An overdue episode: the slip with the deadline it missed. A new deadline, a new episode.
fn episode(slip: &assignment::Model) -> String {
    format!("{}:{}", slip.id, slip.deadline)
}

/// Returns the number of effects written (notices and referrals, new ones only).
pub async fn run(rc: &RequestContext, region: &region::Model) -> AppResult<i32> {
    let db = &rc.state.db;
    let today = calendar::today_in(db, rc, region.id).await?;
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
    let commission = account::Entity::find()
        .filter(account::Column::RegionId.eq(region.id))
        .filter(account::Column::Role.eq(Role::Discipline))
        .filter(account::Column::Active.eq(true))
        .all(db)
        .await?;
    // Every unit's name and handlers at once, not one query per slip.
    let unit_names: HashMap<i32, String> = unit::Entity::find()
        .filter(unit::Column::RegionId.eq(region.id))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let mut handlers: HashMap<i32, Vec<account::Model>> = HashMap::new();
    for handler in account::Entity::find()
        .filter(account::Column::RegionId.eq(region.id))
        .filter(account::Column::Role.eq(Role::UnitHandler))
        .all(db)
        .await?
    {
        if let Some(unit_id) = handler.unit_id {
            handlers.entry(unit_id).or_default().push(handler);
        }
    }
    let mut effects = 0;
    // Slips in batches, one transaction each. A slip already referred in this episode was
    // announced before it was referred, so it is done: a repeat run reads it and moves on.
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
        let txn = sea_orm::TransactionTrait::begin(db).await?;
        for slip in batch {
            let episode = episode(slip);
            if referred.contains(&format!("escalation:{episode}")) {
                continue;
            }
            let days = cal.working_days_between(slip.deadline, today);
            let recipients: Vec<account::Model> = handlers
                .get(&slip.unit_id)
                .into_iter()
                .flatten()
                .chain(office.iter())
                .cloned()
                .collect();
            let notice = Notice {
                kind: "assignment_overdue",
                title: format!("督办:交办单 {} 已超期", slip.number),
                body: format!("办理时限为{},请尽快答复。", slip.deadline),
                target_type: "Assignment",
                target_id: slip.id,
                immediate: false,
            };
            effects += notification::send_once(
                &txn,
                rc,
                Some(region.id),
                &recipients,
                &notice,
                &format!("overdue:{episode}"),
            )
            .await? as i32;
            if days > grace {
                let unit_name = unit_names.get(&slip.unit_id).map_or("", String::as_str);
                effects += refer(&txn, rc, slip, unit_name, days, &episode, &commission).await?;
            }
        }
        txn.commit().await?;
    }
    Ok(effects)
}

/// One referral per slip and episode; the dedupe key makes a second insert a no-op.
async fn refer(
    conn: &(impl sea_orm::ConnectionTrait + sea_orm::TransactionTrait),
    rc: &RequestContext,
    slip: &assignment::Model,
    unit_name: &str,
    days: i64,
    episode: &str,
    commission: &[account::Model],
) -> AppResult<i32> {
    let now = rc.now();
    let summary = format!(
        "交办单 {} 逾期未办结。承办单位:{};办理时限:{};已超期 {} 个工作日。交办要求:{}",
        slip.number, unit_name, slip.deadline, days, slip.requirement
    );
    let inserted = referral::Entity::insert(referral::ActiveModel {
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
    })
    .on_conflict(
        OnConflict::column(referral::Column::DedupeKey)
            .do_nothing()
            .to_owned(),
    )
    .try_insert()
    .exec_with_returning(conn)
    .await?;
    // Returned from the insert itself: a lookup by key after it would be planned against the
    // table as it was before the run, and scan it for each slip.
    let TryInsertResult::Inserted(created) = inserted else {
        return Ok(0);
    };
    AuditEvent::new(rc, "escalateOverdue")
        .actor_username("job:escalate-overdue")
        .target("Referral", created.id)
        .region(Some(created.region_id))
        .insert(conn)
        .await?;
    let notice = Notice {
        kind: "referral_queued",
        title: format!("超期交办单 {} 移交纪委监委", slip.number),
        body: "请登录平台查看并受理。".into(),
        target_type: "Referral",
        target_id: created.id,
        immediate: false,
    };
    notification::send_once(
        conn,
        rc,
        Some(created.region_id),
        commission,
        &notice,
        &format!("referral:{episode}"),
    )
    .await?;
    Ok(1)
}
