//! Regions (counties and the divisions above them).

use entities::{
    account::{self, Role},
    region,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    Order, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use super::{Page, PageRequest, RequestContext, audit::AuditEvent, check, paginate};
use crate::{
    auth::{Principal, RegionScope},
    domain,
    error::{AppError, AppResult},
};

/// The region's time zone; a stored zone that does not parse is an internal error (regions
/// are checked when created).
pub fn zone_of(region: &region::Model) -> AppResult<chrono_tz::Tz> {
    crate::domain::region::parse_time_zone(&region.time_zone)
        .map_err(|e| AppError::internal(anyhow::anyhow!(e)))
}

/// Everyone sees their own region; the platform admin sees all.
pub fn visible_to(principal: &Principal) -> Condition {
    match principal.region_scope() {
        RegionScope::All => Condition::all(),
        RegionScope::One(id) => Condition::all().add(region::Column::Id.eq(id)),
        RegionScope::Nothing => Condition::all().add(region::Column::Id.is_null()),
    }
}

pub async fn list(rc: &RequestContext, page: PageRequest) -> AppResult<Page<region::Model>> {
    let condition = visible_to(rc.viewer.principal()?);
    let select = region::Entity::find().filter(condition);
    paginate(&rc.state.db, select, region::Column::Id, page, Order::Asc).await
}

/// The counties that run the programme (those with an office account), by code: their names
/// are public, for the published lists and self-nomination.
pub async fn running(rc: &RequestContext) -> AppResult<Vec<region::Model>> {
    let with_office = sea_orm::sea_query::Query::select()
        .column(account::Column::RegionId)
        .from(account::Entity)
        .and_where(account::Column::Role.eq(Role::Office))
        .to_owned();
    Ok(region::Entity::find()
        .filter(region::Column::Id.in_subquery(with_office))
        .order_by_asc(region::Column::Code)
        .all(&rc.state.db)
        .await?)
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<region::Model> {
    let condition = visible_to(rc.viewer.principal()?);
    region::Entity::find_by_id(id)
        .filter(condition)
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)
}

pub struct NewRegion {
    pub code: String,
    pub name: String,
    pub parent_code: Option<String>,
    pub time_zone: Option<String>,
    /// Prefix of assignment slip numbers; the region's name + 优交 when left out.
    pub slip_prefix: Option<String>,
}

pub async fn create(rc: &RequestContext, input: NewRegion) -> AppResult<region::Model> {
    rc.viewer.require(&[Role::PlatformAdmin])?;
    let txn = rc.state.db.begin().await?;
    let created = insert(&txn, input, rc.now()).await?;
    AuditEvent::new(rc, "createRegion")
        .target("Region", created.id)
        .region(Some(created.id))
        .after(snapshot(&created))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(created)
}

/// Validates and inserts a region; shared by `createRegion` and `create-admin --region`.
pub async fn insert(
    conn: &impl ConnectionTrait,
    input: NewRegion,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<region::Model> {
    let code = input.code.trim().to_owned();
    check("code", domain::region::level_of(&code))?;
    let name = check("name", domain::region::validate_name(&input.name))?.to_owned();
    let time_zone = input
        .time_zone
        .unwrap_or_else(|| domain::region::DEFAULT_TIME_ZONE.into());
    check("timeZone", domain::region::parse_time_zone(&time_zone))?;
    let slip_prefix = input
        .slip_prefix
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| format!("{name}优交"));
    if slip_prefix.chars().count() > 32 {
        return Err(AppError::validation("slipPrefix", "at most 32 characters"));
    }
    let parent_id = match input.parent_code {
        None => None,
        Some(parent_code) => {
            let parent = find_by_code(conn, parent_code.trim())
                .await?
                .ok_or_else(|| AppError::validation("parentCode", "no such region"))?;
            if !domain::region::contains(&parent.code, &code) {
                return Err(AppError::validation(
                    "parentCode",
                    "the parent region's code must contain this region's code",
                ));
            }
            Some(parent.id)
        }
    };
    if find_by_code(conn, &code).await?.is_some() {
        return Err(AppError::Conflict(format!("region {code} already exists")));
    }
    let model = region::ActiveModel {
        code: Set(code),
        name: Set(name),
        parent_id: Set(parent_id),
        time_zone: Set(time_zone),
        slip_prefix: Set(slip_prefix),
        created_at: Set(now),
        ..Default::default()
    };
    Ok(model.insert(conn).await?)
}

pub async fn find_by_code(
    conn: &impl ConnectionTrait,
    code: &str,
) -> AppResult<Option<region::Model>> {
    Ok(region::Entity::find()
        .filter(region::Column::Code.eq(code))
        .one(conn)
        .await?)
}

fn snapshot(region: &region::Model) -> serde_json::Value {
    json!({
        "code": region.code,
        "name": region.name,
        "parentId": region.parent_id,
        "timeZone": region.time_zone,
        "slipPrefix": region.slip_prefix,
    })
}
