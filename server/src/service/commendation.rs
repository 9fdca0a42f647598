//! Commendations (通報表揚): the office commends a unit publicly; anyone may read a county's.

use entities::{account::Role, commendation, region, unit};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};
use serde_json::json;

use super::{
    RequestContext,
    audit::AuditEvent,
    notification::{self, Notice},
    required,
};
use crate::{
    domain::quarter::Quarter,
    error::{AppError, AppResult},
};

/// A commendation with its unit's name, which is published with it.
pub struct Published {
    pub model: commendation::Model,
    pub unit_name: String,
}

pub struct NewCommendation {
    pub unit_id: i32,
    pub reason: String,
    pub quarter: Option<String>,
}

/// The office commends a responsible unit of its region; the unit is told.
pub async fn commend(rc: &RequestContext, input: NewCommendation) -> AppResult<Published> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let reason = required(input.reason, "reason")?;
    let quarter = input
        .quarter
        .map(|q| Quarter::parse(&q).map(|q| format!("{}Q{}", q.year, q.number)))
        .transpose()
        .map_err(|message| AppError::validation("quarter", message))?;
    let db = &rc.state.db;
    let unit = unit::Entity::find_by_id(input.unit_id)
        .filter(unit::Column::RegionId.eq(region_id))
        .filter(unit::Column::Kind.is_in(super::unit::RESPONSIBLE))
        .one(db)
        .await?
        .ok_or_else(|| AppError::validation("unitId", "no such responsible unit in this region"))?;
    let audience = notification::unit_audience(db, unit.id).await?;
    let txn = db.begin().await?;
    let created = commendation::ActiveModel {
        region_id: Set(region_id),
        unit_id: Set(unit.id),
        reason: Set(reason),
        quarter: Set(quarter),
        commended_by: Set(principal.account_id),
        commended_at: Set(rc.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    AuditEvent::new(rc, "commendUnit")
        .target("Commendation", created.id)
        .region(Some(region_id))
        .after(json!({ "unitId": unit.id, "reason": created.reason, "quarter": created.quarter }))
        .insert(&txn)
        .await?;
    let notice = Notice {
        kind: "unit_commended",
        title: format!("{}获通报表扬", unit.name),
        body: created.reason.clone(),
        target_type: "Unit",
        target_id: unit.id,
        immediate: false,
    };
    notification::send_to_unit(&txn, rc, Some(region_id), &audience, &notice).await?;
    txn.commit().await?;
    Ok(Published {
        model: created,
        unit_name: unit.name,
    })
}

/// A county's commendations, newest first; they are published, so anyone may read them.
pub async fn published(rc: &RequestContext, region_code: &str) -> AppResult<Vec<Published>> {
    let Some(region) = region::Entity::find()
        .filter(region::Column::Code.eq(region_code.trim()))
        .one(&rc.state.db)
        .await?
    else {
        return Ok(Vec::new());
    };
    let found = commendation::Entity::find()
        .filter(commendation::Column::RegionId.eq(region.id))
        .order_by_desc(commendation::Column::Id)
        .all(&rc.state.db)
        .await?;
    // Every unit named, in one query.
    let names: std::collections::HashMap<i32, String> = unit::Entity::find()
        .filter(unit::Column::Id.is_in(found.iter().map(|c| c.unit_id)))
        .all(&rc.state.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    Ok(found
        .into_iter()
        .map(|model| Published {
            unit_name: names.get(&model.unit_id).cloned().unwrap_or_default(),
            model,
        })
        .collect())
}
