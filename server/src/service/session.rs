//! Signing in and out, password changes, and turning a bearer token into a `Viewer`.

use chrono::{DateTime, Duration, Utc};
use entities::{account, login_throttle, session};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
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
const LOCKED: &str = "too many failed sign-ins: try again in a few minutes";

pub struct SignedIn {
    pub token: String,
    pub account: account::Model,
}

pub async fn login(rc: &RequestContext, username: &str, password: String) -> AppResult<SignedIn> {
    let key: String = domain::account::normalize_username(username)
        .chars()
        .take(64)
        .collect();
    let db = &rc.state.db;
    let now = rc.now();

    // The attempt is counted before the password is checked, so parallel requests cannot
    // run more checks than the limit allows.
    let max = rc.state.settings.auth.max_failed_logins as i32;
    let attempts = reserve_attempt(db, &rc.state, &key, now)
        .await?
        .filter(|attempts| *attempts <= max);
    let Some(attempts) = attempts else {
        AuditEvent::new(rc, "login")
            .actor_username(&key)
            .result("locked")
            .insert(db)
            .await?;
        return Err(AppError::RateLimited(LOCKED));
    };

    let account = find_by_username(db, &key).await?.filter(|a| a.active);
    let plausible = password.chars().count() <= domain::password::MAX_LENGTH;
    let stored = account.as_ref().map(|a| a.password_hash.clone());
    let matches = plausible && password::verify(password, stored).await?;

    match account {
        Some(account) if matches => {
            login_throttle::Entity::delete_by_id(key.clone())
                .exec(db)
                .await?;
            let txn = db.begin().await?;
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
            if attempts >= max {
                lock(db, &rc.state, &key, now).await?;
            }
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

/// Counts one attempt for `key` and returns the attempts in the current window, or `None`
/// while the name is locked.
async fn reserve_attempt(
    db: &impl ConnectionTrait,
    state: &AppState,
    key: &str,
    now: DateTime<Utc>,
) -> AppResult<Option<i32>> {
    use login_throttle::Column as C;
    let fresh = login_throttle::ActiveModel {
        username: Set(key.to_owned()),
        attempts: Set(0),
        window_started_at: Set(now),
        locked_until: Set(None),
    };
    login_throttle::Entity::insert(fresh)
        .on_conflict(OnConflict::column(C::Username).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;

    let window_over = Expr::col(C::WindowStartedAt)
        .lte(now - minutes(state.settings.auth.failed_login_window_minutes));
    let update = Query::update()
        .table(login_throttle::Entity)
        .value(
            C::Attempts,
            Expr::case(window_over.clone(), 1).finally(Expr::col(C::Attempts).add(1)),
        )
        .value(
            C::WindowStartedAt,
            Expr::case(window_over, now).finally(Expr::col(C::WindowStartedAt)),
        )
        .and_where(Expr::col(C::Username).eq(key))
        .and_where(
            Expr::col(C::LockedUntil)
                .is_null()
                .or(Expr::col(C::LockedUntil).lte(now)),
        )
        .returning_col(C::Attempts)
        .to_owned();
    match db.query_one(&update).await? {
        Some(row) => Ok(Some(row.try_get::<i32>("", "attempts")?)),
        None => Ok(None),
    }
}

async fn lock(
    db: &impl ConnectionTrait,
    state: &AppState,
    key: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let until = now + minutes(state.settings.auth.lockout_minutes);
    login_throttle::ActiveModel {
        username: Set(key.to_owned()),
        attempts: Set(0),
        // The window restarts when the lock ends.
        window_started_at: Set(until - minutes(state.settings.auth.failed_login_window_minutes)),
        locked_until: Set(Some(until)),
    }
    .update(db)
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
