//! Signing in and out, password changes, and turning a bearer token into a `Viewer`.

use chrono::{DateTime, Duration, Utc};
use entities::{account, login_throttle, session};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use super::{RequestContext, account::find_by_username, audit::AuditEvent, check};
use crate::{
    app::AppState,
    auth::{Principal, Viewer, password, token},
    domain::{
        self,
        session::{SessionState, SessionTimes},
    },
    error::{AppError, AppResult},
};

const WRONG_CREDENTIALS: &str = "wrong username or password";
const DELAYED: &str =
    "too many failed sign-ins from this address: wait a few minutes and try again";

pub struct SignedIn {
    pub token: String,
    pub account: account::Model,
}

/// Signs in. Only failures count, per username and client address (`domain::sign_in`): a
/// correct password is refused only while its own address waits out a delay.
pub async fn login(rc: &RequestContext, username: &str, password: String) -> AppResult<SignedIn> {
    let key: String = domain::account::normalize_username(username)
        .chars()
        .take(64)
        .collect();
    let address = rc.meta.client_addr.as_deref().unwrap_or("unknown");
    let db = &rc.state.db;
    let now = rc.now();
    let policy = rc.state.settings.auth.sign_in_policy();

    let failures = login_throttle::Entity::find_by_id((key.clone(), address.to_owned()))
        .one(db)
        .await?
        .map(|row| domain::sign_in::Failures {
            count: u32::try_from(row.failures).unwrap_or(0),
            last_at: row.last_failure_at,
        });
    if policy.wait(failures, now).is_some() {
        AuditEvent::new(rc, "login")
            .actor_username(&key)
            .result("throttled")
            .insert(db)
            .await?;
        return Err(AppError::RateLimited(DELAYED));
    }

    let account = find_by_username(db, &key).await?.filter(|a| a.active);
    let plausible = password.chars().count() <= domain::password::MAX_LENGTH;
    let stored = account.as_ref().map(|a| a.password_hash.clone());
    let matches = plausible && password::verify(password, stored).await?;

    match account {
        Some(account) if matches => {
            let txn = db.begin().await?;
            if failures.is_some() {
                login_throttle::Entity::delete_by_id((key.clone(), address.to_owned()))
                    .exec(&txn)
                    .await?;
            }
            let (token, principal) = open_session(&txn, &rc.state, &account, rc).await?;
            AuditEvent::new(rc, "login")
                .actor(&principal)
                .target("Account", account.id)
                .insert(&txn)
                .await?;
            txn.commit().await?;
            Ok(SignedIn { token, account })
        }
        account => {
            count_failure(db, &key, address, now, &policy).await?;
            // Filed under the account's region so its office sees attempts on its people.
            AuditEvent::new(rc, "login")
                .actor_username(&key)
                .region(account.and_then(|a| a.region_id))
                .result("failure")
                .insert(db)
                .await?;
            Err(AppError::Unauthenticated(WRONG_CREDENTIALS))
        }
    }
}

/// One more failure for `key` from `address`, in one statement so concurrent failures all
/// count; failures older than the policy remembers start the count again.
async fn count_failure(
    db: &impl ConnectionTrait,
    key: &str,
    address: &str,
    now: DateTime<Utc>,
    policy: &domain::sign_in::Policy,
) -> AppResult<()> {
    use login_throttle::Column as C;
    let forgotten =
        Expr::col((login_throttle::Entity, C::LastFailureAt)).lte(now - policy.forget_after);
    let failure = login_throttle::ActiveModel {
        username: Set(key.to_owned()),
        client_addr: Set(address.to_owned()),
        failures: Set(1),
        last_failure_at: Set(now),
    };
    login_throttle::Entity::insert(failure)
        .on_conflict(
            OnConflict::columns([C::Username, C::ClientAddr])
                .value(
                    C::Failures,
                    Expr::case(forgotten, 1)
                        .finally(Expr::col((login_throttle::Entity, C::Failures)).add(1)),
                )
                .value(C::LastFailureAt, now)
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

async fn open_session(
    conn: &impl ConnectionTrait,
    state: &AppState,
    account: &account::Model,
    rc: &RequestContext,
) -> AppResult<(String, Principal)> {
    let now = rc.now();
    let token = token::generate();
    let created = session::ActiveModel {
        account_id: Set(account.id),
        token_hash: Set(token::hash(&state.settings.secret_key, &token)),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(
            now + Duration::hours(i64::from(state.settings.auth.absolute_timeout_hours))
        ),
        revoked_at: Set(None),
        client_addr: Set(rc.meta.client_addr.clone()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok((token, principal_of(account, created.id)))
}

pub fn principal_of(account: &account::Model, session_id: i32) -> Principal {
    Principal {
        account_id: account.id,
        username: account.username.clone(),
        role: account.role,
        region_id: account.region_id,
        unit_id: account.unit_id,
        session_id,
        must_change_password: account.must_change_password,
    }
}

fn minutes(n: u32) -> Duration {
    Duration::minutes(i64::from(n))
}

/// Resolves a bearer token. Unknown, revoked and expired tokens, and tokens of deactivated
/// accounts, are all simply "not signed in".
pub async fn authenticate(state: &AppState, bearer: &str) -> AppResult<Viewer> {
    const INVALID: AppError =
        AppError::Unauthenticated("the session has expired or is not valid: sign in again");
    let db = &state.db;
    let now = state.clock.now();
    let hash = token::hash(&state.settings.secret_key, bearer);
    // The session and its account in one statement: every request pays for it.
    let of_account: sea_orm::RelationDef = session::Entity::belongs_to(account::Entity)
        .from(session::Column::AccountId)
        .to(account::Column::Id)
        .into();
    let Some((found, Some(account))) = session::Entity::find()
        .select_also(account::Entity)
        .join(sea_orm::JoinType::InnerJoin, of_account)
        .filter(session::Column::TokenHash.eq(hash))
        .one(db)
        .await?
    else {
        return Err(INVALID);
    };
    let times = SessionTimes {
        last_seen_at: found.last_seen_at,
        expires_at: found.expires_at,
        revoked_at: found.revoked_at,
    };
    let idle = minutes(state.settings.auth.idle_timeout_minutes);
    if domain::session::session_state(&times, idle, now) != SessionState::Valid {
        return Err(INVALID);
    }
    if !account.active {
        return Err(INVALID);
    }
    if domain::session::should_touch(found.last_seen_at, now) {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::Id.eq(found.id))
            .exec(db)
            .await?;
    }
    Ok(Viewer::signed_in(principal_of(&account, found.id)))
}

pub async fn logout(rc: &RequestContext) -> AppResult<()> {
    let principal = rc.viewer.principal_allowing_password_change()?;
    let txn = rc.state.db.begin().await?;
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(rc.now()))
        .filter(session::Column::Id.eq(principal.session_id))
        .exec(&txn)
        .await?;
    AuditEvent::new(rc, "logout")
        .target("Account", principal.account_id)
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Revokes every open session of an account.
pub async fn revoke_all(
    conn: &impl ConnectionTrait,
    account_id: i32,
    now: DateTime<Utc>,
) -> AppResult<()> {
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .filter(session::Column::AccountId.eq(account_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Changes the caller's password, ends all their sessions and opens a fresh one.
pub async fn change_password(
    rc: &RequestContext,
    current: String,
    new: String,
) -> AppResult<SignedIn> {
    let principal = rc.viewer.principal_allowing_password_change()?;
    check("newPassword", domain::password::check_policy(&new))?;
    if new == current {
        return Err(AppError::validation(
            "newPassword",
            "the new password must differ from the current one",
        ));
    }
    let db = &rc.state.db;
    let account = account::Entity::find_by_id(principal.account_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if !password::verify(current, Some(account.password_hash.clone())).await? {
        return Err(AppError::validation(
            "currentPassword",
            "the current password is wrong",
        ));
    }
    let new_hash = password::hash(new).await?;

    let txn = db.begin().await?;
    let mut changed: account::ActiveModel = account.into();
    changed.password_hash = Set(new_hash);
    changed.must_change_password = Set(false);
    changed.updated_at = Set(rc.now());
    let account = changed.update(&txn).await?;
    revoke_all(&txn, account.id, rc.now()).await?;
    let (token, _) = open_session(&txn, &rc.state, &account, rc).await?;
    AuditEvent::new(rc, "changePassword")
        .target("Account", account.id)
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(SignedIn { token, account })
}
