//! `due-soon` (催办): on working days, one digest per unit of its open slips and unanswered
//! inquiries due within 3 working days. Items name slip numbers and inquiry subjects only,
//! never a reporter.

use std::collections::BTreeMap;

use entities::{
    assignment::{self, AssignmentStatus},
    inquiry, region,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde_json::{Value, json};

use crate::{
    error::AppResult,
    service::{
        RequestContext, calendar,
        notification::{self, Email, Notice},
    },
};

/// How far ahead the digest looks, in working days.
pub const WORKING_DAYS_AHEAD: u32 = 3;

pub async fn run(rc: &RequestContext, region: &region::Model) -> AppResult<i32> {
    let db = &rc.state.db;
    let today = calendar::today_in(db, rc, region.id).await?;
    let horizon = calendar::working_days_after(db, region.id, today, WORKING_DAYS_AHEAD).await?;
    let mut items: BTreeMap<i32, Vec<Value>> = BTreeMap::new();
    for slip in assignment::Entity::find()
        .filter(assignment::Column::RegionId.eq(region.id))
        .filter(assignment::Column::Status.is_in([
            AssignmentStatus::Issued,
            AssignmentStatus::Signed,
            AssignmentStatus::Returned,
        ]))
        .filter(assignment::Column::Deadline.between(today, horizon))
        .order_by_asc(assignment::Column::Deadline)
        .all(db)
        .await?
    {
        items.entry(slip.unit_id).or_default().push(json!({
            "kind": "交办单", "label": slip.number, "deadline": slip.deadline.to_string(),
        }));
    }
    for asked in inquiry::Entity::find()
        .filter(inquiry::Column::RegionId.eq(region.id))
        .filter(inquiry::Column::AnsweredAt.is_null())
        .filter(inquiry::Column::Deadline.between(today, horizon))
        .order_by_asc(inquiry::Column::Deadline)
        .all(db)
        .await?
    {
        items.entry(asked.unit_id).or_default().push(json!({
            "kind": "询问", "label": asked.subject, "deadline": asked.deadline.to_string(),
        }));
    }
    if items.is_empty() {
        return Ok(0);
    }
    let audiences = notification::unit_audiences(db, items.keys().copied()).await?;
    let units = entities::unit::Entity::find()
        .filter(entities::unit::Column::Id.is_in(items.keys().copied()))
        .all(db)
        .await?;
    let txn = db.begin().await?;
    let mut effects = 0;
    for unit in units {
        let (Some(list), Some(audience)) = (items.get(&unit.id), audiences.get(&unit.id)) else {
            continue;
        };
        let notice = Notice {
            kind: "due_soon",
            title: format!("催办：{} 项事项即将到期", list.len()),
            body: format!(
                "{}有事项将在{WORKING_DAYS_AHEAD}个工作日内到期，请按时办结。",
                unit.name
            ),
            target_type: "Unit",
            target_id: unit.id,
            immediate: false,
        };
        let email = Email {
            template: "due_soon",
            context: json!({ "unit": unit.name, "items": list }),
            attachment: None,
        };
        effects += notification::send_once_with_email(
            &txn,
            rc,
            Some(region.id),
            &audience.handlers,
            audience.contact.as_ref(),
            &notice,
            &format!("due-soon:unit{}:{today}", unit.id),
            &email,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(i32::try_from(effects).unwrap_or(i32::MAX))
}
