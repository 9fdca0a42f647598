//! The append-only audit trail. Events are only ever inserted, in the transaction of the change
//! they describe.

use chrono::{DateTime, Utc};
use entities::audit_event;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryFilter,
};
use serde_json::Value;

use super::{Page, PageRequest, RequestContext, paginate};
use crate::{
    auth::{Principal, RegionScope},
    error::{AppError, AppResult},
};

pub struct AuditEvent {
    model: audit_event::ActiveModel,
}

impl AuditEvent {
    /// An event by the caller of `rc`, in the caller's region, that succeeded.
    pub fn new(rc: &RequestContext, action: &str) -> Self {
        let principal = rc.viewer.as_principal();
        let model = audit_event::ActiveModel {
            at: Set(rc.now()),
            region_id: Set(principal.and_then(|p| p.region_id)),
            actor_account_id: Set(principal.map(|p| p.account_id)),
            actor_username: Set(principal.map(|p| p.username.clone())),
            actor_role: Set(principal.map(role_name)),
            action: Set(action.to_owned()),
            target_type: Set(None),
            target_id: Set(None),
            result: Set("success".into()),
            client_addr: Set(rc.meta.client_addr.clone()),
            // The column holds 64 characters; a job's run key can be longer.
            request_id: Set(Some(rc.meta.request_id.chars().take(64).collect())),
            before_state: Set(None),
            after_state: Set(None),
            ..Default::default()
        };
        Self { model }
    }

    /// For sign-in, where the actor is known only once the password has been checked.
    pub fn actor(mut self, principal: &Principal) -> Self {
        self.model.actor_account_id = Set(Some(principal.account_id));
        self.model.actor_username = Set(Some(principal.username.clone()));
        self.model.actor_role = Set(Some(role_name(principal)));
        self.model.region_id = Set(principal.region_id);
        self
    }

    pub fn actor_username(mut self, username: &str) -> Self {
        self.model.actor_username = Set(Some(username.chars().take(64).collect()));
        self
    }

    pub fn target(mut self, kind: &str, id: impl ToString) -> Self {
        self.model.target_type = Set(Some(kind.to_owned()));
        self.model.target_id = Set(Some(id.to_string()));
        self
    }

    pub fn region(mut self, region_id: Option<i32>) -> Self {
        self.model.region_id = Set(region_id);
        self
    }

    pub fn result(mut self, result: &str) -> Self {
        self.model.result = Set(result.to_owned());
        self
    }

    pub fn before(mut self, state: Value) -> Self {
        self.model.before_state = Set(Some(state.to_string()));
        self
    }

    pub fn after(mut self, state: Value) -> Self {
        self.model.after_state = Set(Some(state.to_string()));
        self
    }

    pub async fn insert(self, conn: &impl ConnectionTrait) -> AppResult<()> {
        audit_event::Entity::insert(self.model).exec(conn).await?;
        Ok(())
    }
}

fn role_name(principal: &Principal) -> String {
    super::snake_name(principal.role)
}

/// Which audit events a principal may read: the office its region's, the platform admin all.
pub fn visible_to(principal: &Principal) -> AppResult<Condition> {
    use entities::account::Role;
    match (principal.role, principal.region_scope()) {
        (Role::PlatformAdmin, _) => Ok(Condition::all()),
        (Role::Office, RegionScope::One(region)) => {
            Ok(Condition::all().add(audit_event::Column::RegionId.eq(region)))
        }
        _ => Err(AppError::Forbidden("only the office reads the audit trail")),
    }
}

#[derive(Default)]
pub struct AuditFilter {
    pub actor_account_id: Option<i32>,
    pub action: Option<String>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

pub async fn list(
    rc: &RequestContext,
    filter: AuditFilter,
    page: PageRequest,
) -> AppResult<Page<audit_event::Model>> {
    let principal = rc.viewer.principal()?;
    let mut condition = visible_to(principal)?;
    if let Some(actor) = filter.actor_account_id {
        condition = condition.add(audit_event::Column::ActorAccountId.eq(actor));
    }
    if let Some(action) = filter.action {
        condition = condition.add(audit_event::Column::Action.eq(action));
    }
    if let Some(kind) = filter.target_type {
        condition = condition.add(audit_event::Column::TargetType.eq(kind));
    }
    if let Some(id) = filter.target_id {
        condition = condition.add(audit_event::Column::TargetId.eq(id));
    }
    if let Some(from) = filter.from {
        condition = condition.add(audit_event::Column::At.gte(from));
    }
    if let Some(to) = filter.to {
        condition = condition.add(audit_event::Column::At.lt(to));
    }
    let select = audit_event::Entity::find().filter(condition);
    paginate(
        &rc.state.db,
        select,
        audit_event::Column::Id,
        page,
        Order::Desc,
    )
    .await
}

pub async fn get(rc: &RequestContext, id: i64) -> AppResult<audit_event::Model> {
    let condition = visible_to(rc.viewer.principal()?).map_err(|_| AppError::NotFound)?;
    audit_event::Entity::find_by_id(id)
        .filter(condition)
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)
}
