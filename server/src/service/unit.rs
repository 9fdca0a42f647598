//! Units: the office, reviewer units, responsible units and the discipline commission.

use entities::{
    account::{self, Role},
    unit,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, Order, QueryFilter,
    TransactionTrait,
};
use serde_json::json;

use super::{Page, PageRequest, RequestContext, audit::AuditEvent, check, paginate};
use crate::{
    auth::{Principal, RegionScope},
    domain,
    error::{AppError, AppResult},
};

/// Units of the caller's region (all for the platform admin). The list of units is not
/// confidential inside a region: supervisors name them in their reports.
pub fn visible_to(principal: &Principal) -> Condition {
    match principal.region_scope() {
        RegionScope::All => Condition::all(),
        RegionScope::One(id) => Condition::all().add(unit::Column::RegionId.eq(id)),
        RegionScope::Nothing => Condition::all().add(unit::Column::Id.is_null()),
    }
}

/// The active handlers of units the office and the leading group may count, to say who would
/// hear of a slip; nobody else learns who works for a unit.
pub fn handlers_visible_to(principal: &Principal) -> Condition {
    match (principal.role, principal.region_scope()) {
        (Role::Office | Role::LeadingGroup, RegionScope::One(region)) => Condition::all()
            .add(account::Column::RegionId.eq(region))
            .add(account::Column::Role.eq(Role::UnitHandler))
            .add(account::Column::Active.eq(true)),
        _ => Condition::all().add(account::Column::Id.is_null()),
    }
}

/// The units the programme supervises: slips go to them, reports and inquiries concern them,
/// surveys rate them.
pub const RESPONSIBLE: [unit::UnitKind; 4] = [
    unit::UnitKind::Department,
    unit::UnitKind::Township,
    unit::UnitKind::JudicialOrgan,
    unit::UnitKind::PublicInstitution,
];

#[derive(Default)]
pub struct UnitFilter {
    pub kind: Option<unit::UnitKind>,
    /// Only the responsible units (`RESPONSIBLE`).
    pub responsible: bool,
}

pub async fn list(
    rc: &RequestContext,
    filter: UnitFilter,
    page: PageRequest,
) -> AppResult<Page<unit::Model>> {
    let mut condition = visible_to(rc.viewer.principal()?);
    if let Some(kind) = filter.kind {
        condition = condition.add(unit::Column::Kind.eq(kind));
    }
    if filter.responsible {
        condition = condition.add(unit::Column::Kind.is_in(RESPONSIBLE));
    }
    let select = unit::Entity::find().filter(condition);
    paginate(&rc.state.db, select, unit::Column::Id, page, Order::Asc).await
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<unit::Model> {
    let condition = visible_to(rc.viewer.principal()?);
    unit::Entity::find_by_id(id)
        .filter(condition)
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)
}

pub struct NewUnit {
    pub name: String,
    pub kind: unit::UnitKind,
    pub contact_email: Option<String>,
}

pub async fn create(rc: &RequestContext, input: NewUnit) -> AppResult<unit::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let name = check("name", domain::region::validate_name(&input.name))?.to_owned();
    let contact_email = input
        .contact_email
        .map(|e| check("contactEmail", domain::account::validate_email(&e)))
        .transpose()?;

    let txn = rc.state.db.begin().await?;
    let taken = unit::Entity::find()
        .filter(unit::Column::RegionId.eq(region_id))
        .filter(unit::Column::Name.eq(&name))
        .one(&txn)
        .await?;
    if taken.is_some() {
        return Err(AppError::Conflict(format!(
            "a unit named {name} already exists in this region"
        )));
    }
    let created = unit::ActiveModel {
        region_id: Set(region_id),
        name: Set(name),
        kind: Set(input.kind),
        contact_email: Set(contact_email),
        created_at: Set(rc.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    AuditEvent::new(rc, "createUnit")
        .target("Unit", created.id)
        .after(json!({
            "name": created.name,
            "kind": created.kind,
            "contactEmail": created.contact_email,
        }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(created)
}

/// What the office changes of one of its units: its name, its notice address (empty clears it).
pub struct UnitChange {
    pub name: Option<String>,
    pub contact_email: Option<String>,
}

/// Renames a unit of the office's region or changes where its notices go.
pub async fn update(
    rc: &RequestContext,
    unit_id: i32,
    change: UnitChange,
) -> AppResult<unit::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let txn = rc.state.db.begin().await?;
    let before = unit::Entity::find_by_id(unit_id)
        .filter(unit::Column::RegionId.eq(principal.region_id))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut changed: unit::ActiveModel = before.clone().into();
    if let Some(name) = change.name {
        let name = check("name", domain::region::validate_name(&name))?.to_owned();
        let taken = unit::Entity::find()
            .filter(unit::Column::RegionId.eq(before.region_id))
            .filter(unit::Column::Name.eq(&name))
            .filter(unit::Column::Id.ne(before.id))
            .one(&txn)
            .await?;
        if taken.is_some() {
            return Err(AppError::Conflict(format!(
                "a unit named {name} already exists in this region"
            )));
        }
        changed.name = Set(name);
    }
    if let Some(email) = change.contact_email {
        let email = email.trim();
        changed.contact_email = Set(if email.is_empty() {
            None
        } else {
            Some(check("contactEmail", domain::account::validate_email(email))?.to_owned())
        });
    }
    let after = changed.update(&txn).await?;
    AuditEvent::new(rc, "updateUnit")
        .target("Unit", after.id)
        .before(json!({ "name": before.name, "contactEmail": before.contact_email }))
        .after(json!({ "name": after.name, "contactEmail": after.contact_email }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(after)
}
