//! Accounts: who may see and manage which.

use entities::{
    account::{self, Role},
    region, unit,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    Order, QueryFilter, TransactionTrait,
};
use serde_json::{Value, json};

use super::{
    Page, PageRequest, RequestContext, audit::AuditEvent, check, paginate, region::NewRegion,
    session::revoke_all,
};
use crate::{
    auth::{Principal, RegionScope, password},
    crypto::DataVault,
    domain,
    error::{AppError, AppResult},
};

/// The platform admin sees every account; the office and leading group their region's; anyone
/// else only their own.
pub fn visible_to(principal: &Principal) -> Condition {
    match (principal.role, principal.region_scope()) {
        (_, RegionScope::All) => Condition::all(),
        (Role::Office | Role::LeadingGroup, RegionScope::One(region)) => {
            Condition::all().add(account::Column::RegionId.eq(region))
        }
        _ => Condition::all().add(account::Column::Id.eq(principal.account_id)),
    }
}

#[derive(Default)]
pub struct AccountFilter {
    /// Any of these roles; all when empty.
    pub roles: Vec<Role>,
    pub unit_id: Option<i32>,
    pub active: Option<bool>,
}

pub async fn list(
    rc: &RequestContext,
    filter: AccountFilter,
    page: PageRequest,
) -> AppResult<Page<account::Model>> {
    let mut condition = visible_to(rc.viewer.principal()?);
    if !filter.roles.is_empty() {
        condition = condition.add(account::Column::Role.is_in(filter.roles));
    }
    if let Some(unit) = filter.unit_id {
        condition = condition.add(account::Column::UnitId.eq(unit));
    }
    if let Some(active) = filter.active {
        condition = condition.add(account::Column::Active.eq(active));
    }
    let select = account::Entity::find().filter(condition);
    paginate(&rc.state.db, select, account::Column::Id, page, Order::Asc).await
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<account::Model> {
    find_visible(&rc.state.db, rc.viewer.principal()?, id).await
}

/// The signed-in account itself, also while a password change is pending.
pub async fn me(rc: &RequestContext) -> AppResult<account::Model> {
    let principal = rc.viewer.principal_allowing_password_change()?;
    find_visible(&rc.state.db, principal, principal.account_id).await
}

async fn find_visible(
    conn: &impl ConnectionTrait,
    principal: &Principal,
    id: i32,
) -> AppResult<account::Model> {
    account::Entity::find_by_id(id)
        .filter(visible_to(principal))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn find_by_username(
    conn: &impl ConnectionTrait,
    username: &str,
) -> AppResult<Option<account::Model>> {
    Ok(account::Entity::find()
        .filter(account::Column::Username.eq(username))
        .one(conn)
        .await?)
}

pub struct NewAccount {
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub role: Role,
    pub unit_id: Option<i32>,
    /// Only the platform admin names a region; the office creates in its own.
    pub region_id: Option<i32>,
}

pub struct CreatedAccount {
    pub account: account::Model,
    pub temporary_password: String,
}

pub async fn create(rc: &RequestContext, input: NewAccount) -> AppResult<CreatedAccount> {
    let principal = rc.viewer.require(&[Role::PlatformAdmin, Role::Office])?;
    if !domain::account::may_manage(principal.role, input.role) {
        return Err(AppError::Forbidden(
            "you may not create accounts of this role",
        ));
    }
    let mut prepared = prepare(&input.username, &input.display_name, input.email).await?;
    prepared.phone = optional(input.phone, "phone", domain::account::validate_phone)?;

    let txn = rc.state.db.begin().await?;
    let region_id = target_region(&txn, principal, input.role, input.region_id).await?;
    check_unit(&txn, input.role, input.unit_id, region_id).await?;
    let created = insert_prepared(&txn, rc, prepared, input.role, region_id, input.unit_id).await?;
    txn.commit().await?;
    Ok(created)
}

/// A checked new account with its one-time password already hashed, so the hashing happens
/// before any transaction opens.
pub struct PreparedAccount {
    username: String,
    display_name: String,
    email: Option<String>,
    pub(super) phone: Option<String>,
    password_hash: String,
    temporary_password: String,
}

pub async fn prepare(
    username: &str,
    display_name: &str,
    email: Option<String>,
) -> AppResult<PreparedAccount> {
    let username = domain::account::normalize_username(username);
    check("username", domain::account::validate_username(&username))?;
    let display_name = check(
        "displayName",
        domain::account::validate_display_name(display_name),
    )?
    .to_owned();
    let email = optional(email, "email", domain::account::validate_email)?;
    let temporary_password = password::temporary();
    let password_hash = password::hash(temporary_password.clone()).await?;
    Ok(PreparedAccount {
        username,
        display_name,
        email,
        phone: None,
        password_hash,
        temporary_password,
    })
}

/// Inserts a prepared account (must change its password at first sign-in) and audits it.
pub async fn insert_prepared(
    conn: &(impl ConnectionTrait + TransactionTrait),
    rc: &RequestContext,
    prepared: PreparedAccount,
    role: Role,
    region_id: Option<i32>,
    unit_id: Option<i32>,
) -> AppResult<CreatedAccount> {
    let username = prepared.username;
    if find_by_username(conn, &username).await?.is_some() {
        return Err(AppError::Conflict(format!(
            "the username {username} is taken"
        )));
    }
    let now = rc.now();
    let created = account::ActiveModel {
        username: Set(username),
        display_name: Set(prepared.display_name),
        email: Set(prepared.email),
        phone_sealed: Set(prepared
            .phone
            .map(|p| rc.state.vault.seal(&p))
            .transpose()?),
        role: Set(role),
        region_id: Set(region_id),
        unit_id: Set(unit_id),
        password_hash: Set(prepared.password_hash),
        must_change_password: Set(true),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    AuditEvent::new(rc, "createAccount")
        .target("Account", created.id)
        .region(created.region_id)
        .after(snapshot(&rc.state.vault, &created))
        .insert(conn)
        .await?;
    Ok(CreatedAccount {
        account: created,
        temporary_password: prepared.temporary_password,
    })
}

/// Ends an account's access at once: inactive, every session revoked, audited.
pub async fn end_access(
    conn: &(impl ConnectionTrait + TransactionTrait),
    rc: &RequestContext,
    account_id: i32,
) -> AppResult<account::Model> {
    let before = account::Entity::find_by_id(account_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut changed: account::ActiveModel = before.clone().into();
    changed.active = Set(false);
    changed.updated_at = Set(rc.now());
    let after = changed.update(conn).await?;
    revoke_all(conn, account_id, rc.now()).await?;
    AuditEvent::new(rc, "deactivateAccount")
        .target("Account", after.id)
        .region(after.region_id)
        .before(snapshot(&rc.state.vault, &before))
        .after(snapshot(&rc.state.vault, &after))
        .insert(conn)
        .await?;
    Ok(after)
}

/// Changes to an account; `None` leaves a field as it is, an empty string clears email or phone.
pub struct AccountChanges {
    pub account_id: i32,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub role: Option<Role>,
    pub unit_id: Option<i32>,
}

pub async fn update(rc: &RequestContext, changes: AccountChanges) -> AppResult<account::Model> {
    let principal = rc.viewer.require(&[Role::PlatformAdmin, Role::Office])?;
    let txn = rc.state.db.begin().await?;
    let before = managed_account(&txn, principal, changes.account_id).await?;
    let role = changes.role.unwrap_or(before.role);
    if role != before.role {
        if before.id == principal.account_id {
            return Err(AppError::validation(
                "role",
                "you cannot change your own role",
            ));
        }
        if !domain::account::may_manage(principal.role, role)
            || domain::account::is_regional(role) != domain::account::is_regional(before.role)
        {
            return Err(AppError::Forbidden("you may not give this role"));
        }
    }
    let unit_id = if changes.unit_id.is_some() {
        changes.unit_id
    } else if changes.role.is_some() && domain::account::allowed_unit_kinds(role).0.is_empty() {
        None
    } else {
        before.unit_id
    };
    check_unit(&txn, role, unit_id, before.region_id).await?;

    let mut changed: account::ActiveModel = before.clone().into();
    if let Some(name) = changes.display_name {
        changed.display_name =
            Set(check("displayName", domain::account::validate_display_name(&name))?.to_owned());
    }
    if let Some(email) = changes.email {
        changed.email = Set(clearable(email, "email", domain::account::validate_email)?);
    }
    if let Some(phone) = changes.phone {
        let phone = clearable(phone, "phone", domain::account::validate_phone)?;
        changed.phone_sealed = Set(phone.map(|p| rc.state.vault.seal(&p)).transpose()?);
    }
    changed.role = Set(role);
    changed.unit_id = Set(unit_id);
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    AuditEvent::new(rc, "updateAccount")
        .target("Account", after.id)
        .region(after.region_id)
        .before(snapshot(&rc.state.vault, &before))
        .after(snapshot(&rc.state.vault, &after))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(after)
}

/// The caller's own email and phone, where notices reach them; a member's open membership
/// follows, so the office's roster shows what the member keeps current. `None` leaves a field
/// as it is, an empty string clears it.
pub async fn update_own_contact(
    rc: &RequestContext,
    email: Option<String>,
    phone: Option<String>,
) -> AppResult<account::Model> {
    let principal = rc.viewer.principal()?;
    let email = email
        .map(|e| clearable(e, "email", domain::account::validate_email))
        .transpose()?;
    let phone = phone
        .map(|p| clearable(p, "phone", domain::account::validate_phone))
        .transpose()?;
    let vault = &rc.state.vault;
    let txn = rc.state.db.begin().await?;
    let before = find_visible(&txn, principal, principal.account_id).await?;
    let mut changed: account::ActiveModel = before.clone().into();
    if let Some(email) = &email {
        changed.email = Set(email.clone());
    }
    if let Some(phone) = &phone {
        changed.phone_sealed = Set(phone.as_deref().map(|p| vault.seal(p)).transpose()?);
    }
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    super::membership::follow_contact(&txn, rc, after.id, email, phone).await?;
    AuditEvent::new(rc, "updateOwnContact")
        .target("Account", after.id)
        .region(after.region_id)
        .before(snapshot(vault, &before))
        .after(snapshot(vault, &after))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(after)
}

/// Deactivates an account and ends its sessions at once.
pub async fn deactivate(rc: &RequestContext, account_id: i32) -> AppResult<account::Model> {
    let principal = rc.viewer.require(&[Role::PlatformAdmin, Role::Office])?;
    let txn = rc.state.db.begin().await?;
    let target = managed_account(&txn, principal, account_id).await?;
    if target.id == principal.account_id {
        return Err(AppError::validation(
            "accountId",
            "you cannot deactivate your own account",
        ));
    }
    let after = end_access(&txn, rc, target.id).await?;
    txn.commit().await?;
    Ok(after)
}

/// An account the principal may change: visible to them and of a role they manage.
async fn managed_account(
    conn: &impl ConnectionTrait,
    principal: &Principal,
    id: i32,
) -> AppResult<account::Model> {
    let account = find_visible(conn, principal, id).await?;
    if !domain::account::may_manage(principal.role, account.role) {
        return Err(AppError::Forbidden(
            "you may not change accounts of this role",
        ));
    }
    Ok(account)
}

/// The region a new account of `role` goes into.
async fn target_region(
    conn: &impl ConnectionTrait,
    principal: &Principal,
    role: Role,
    requested: Option<i32>,
) -> AppResult<Option<i32>> {
    if !domain::account::is_regional(role) {
        return match requested {
            None => Ok(None),
            Some(_) => Err(AppError::validation(
                "regionId",
                "a platform administrator belongs to no region",
            )),
        };
    }
    match principal.region_scope() {
        RegionScope::All => {
            let id = requested
                .ok_or_else(|| AppError::validation("regionId", "name the account's region"))?;
            region::Entity::find_by_id(id)
                .one(conn)
                .await?
                .ok_or_else(|| AppError::validation("regionId", "no such region"))?;
            Ok(Some(id))
        }
        RegionScope::One(own) if requested.is_none_or(|r| r == own) => Ok(Some(own)),
        _ => Err(AppError::Forbidden(
            "you may only create accounts in your own region",
        )),
    }
}

async fn check_unit(
    conn: &impl ConnectionTrait,
    role: Role,
    unit_id: Option<i32>,
    region_id: Option<i32>,
) -> AppResult<()> {
    let kind = match unit_id {
        None => None,
        Some(id) => {
            let unit = unit::Entity::find_by_id(id)
                .filter(unit::Column::RegionId.eq(region_id))
                .one(conn)
                .await?
                .ok_or_else(|| AppError::validation("unitId", "no such unit in this region"))?;
            Some(unit.kind)
        }
    };
    check("unitId", domain::account::check_unit(role, kind))
}

fn optional(
    value: Option<String>,
    field: &str,
    validate: fn(&str) -> Result<String, &'static str>,
) -> AppResult<Option<String>> {
    value.map(|v| check(field, validate(&v))).transpose()
}

fn clearable(
    value: String,
    field: &str,
    validate: fn(&str) -> Result<String, &'static str>,
) -> AppResult<Option<String>> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        check(field, validate(&value)).map(Some)
    }
}

/// What the audit trail keeps of an account: never the password hash, the phone masked.
fn snapshot(vault: &DataVault, account: &account::Model) -> Value {
    let phone = account
        .phone_sealed
        .as_deref()
        .and_then(|sealed| vault.open(sealed).ok())
        .map(|p| domain::account::mask_phone(&p));
    json!({
        "username": account.username,
        "displayName": account.display_name,
        "email": account.email,
        "phone": phone,
        "role": account.role,
        "regionId": account.region_id,
        "unitId": account.unit_id,
        "active": account.active,
    })
}

/// `watchpost create-admin`: a platform admin, or with a region code an office account of that
/// region (creating the region if it is new). The password is the administrator's own, so no
/// change is forced.
pub async fn create_admin(
    db: &impl TransactionTrait<Transaction = sea_orm::DatabaseTransaction>,
    vault: &DataVault,
    now: chrono::DateTime<chrono::Utc>,
    username: &str,
    password_text: String,
    region: Option<NewRegion>,
) -> AppResult<account::Model> {
    let username = domain::account::normalize_username(username);
    check("username", domain::account::validate_username(&username))?;
    check("password", domain::password::check_policy(&password_text))?;
    let password_hash = password::hash(password_text).await?;

    let txn = db.begin().await?;
    let (role, region_id) = match region {
        None => (Role::PlatformAdmin, None),
        Some(new_region) => {
            let existing = super::region::find_by_code(&txn, new_region.code.trim()).await?;
            let region = match existing {
                Some(region) => region,
                None => super::region::insert(&txn, new_region, now).await?,
            };
            (Role::Office, Some(region.id))
        }
    };
    if find_by_username(&txn, &username).await?.is_some() {
        return Err(AppError::Conflict(format!(
            "the username {username} is taken"
        )));
    }
    let created = account::ActiveModel {
        username: Set(username.clone()),
        display_name: Set(username),
        email: Set(None),
        phone_sealed: Set(None),
        role: Set(role),
        region_id: Set(region_id),
        unit_id: Set(None),
        password_hash: Set(password_hash),
        must_change_password: Set(false),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    entities::audit_event::ActiveModel {
        at: Set(now),
        region_id: Set(created.region_id),
        action: Set("createAdmin".into()),
        actor_username: Set(Some("cli".into())),
        target_type: Set(Some("Account".into())),
        target_id: Set(Some(created.id.to_string())),
        result: Set("success".into()),
        after_state: Set(Some(snapshot(vault, &created).to_string())),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(created)
}
