//! Use cases. Each mutation is one transaction: load, check, change, audit.

pub mod account;
pub mod appointment;
pub mod assignment;
pub mod attachment;
pub mod audit;
pub mod awaiting;
pub mod calendar;
pub mod commendation;
pub mod consultation;
pub mod exit;
pub mod figures;
pub mod history;
pub mod inquiry;
pub mod keys;
pub mod meeting;
pub mod membership;
pub mod notification;
pub mod referral;
pub mod region;
pub mod report;
pub mod session;
pub mod survey;
pub mod unit;
pub mod upload;

use chrono::{DateTime, Utc};
use sea_orm::{
    ConnectionTrait, EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Select, sea_query::IntoCondition,
};

use crate::{
    app::AppState,
    auth::Viewer,
    error::{AppError, AppResult},
};

/// Facts about the HTTP request that the audit trail keeps.
#[derive(Clone, Debug, Default)]
pub struct RequestMeta {
    pub request_id: String,
    pub client_addr: Option<String>,
    /// Audit events written so far for this request, so the API layer can tell a mutation
    /// that recorded nothing.
    pub audits: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// Set when the web app sent the request (it carries the CSRF header): the sessions it
    /// opens or ends live in the session cookie.
    pub web: Option<WebClient>,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct WebClient {
    /// The page was served over TLS: the cookie is `Secure`.
    pub secure: bool,
}

/// What every service call gets: the application, who is calling, and from where.
#[derive(Clone)]
pub struct RequestContext {
    pub state: AppState,
    pub viewer: Viewer,
    pub meta: RequestMeta,
}

impl RequestContext {
    pub fn now(&self) -> DateTime<Utc> {
        self.state.clock.now()
    }
}

/// Keyset pagination over an integer id.
#[derive(Clone, Copy, Debug)]
pub struct PageRequest {
    pub first: u64,
    pub after: Option<i64>,
}

pub struct Page<T> {
    pub items: Vec<T>,
    pub has_next_page: bool,
    pub total_count: u64,
}

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            has_next_page: self.has_next_page,
            total_count: self.total_count,
        }
    }
}

/// Fetches one page of `select` ordered by `id` (newest first when `order` is `Desc`).
pub async fn paginate<E, C>(
    db: &C,
    select: Select<E>,
    id: E::Column,
    page: PageRequest,
    order: Order,
) -> AppResult<Page<E::Model>>
where
    E: EntityTrait,
    E::Model: Sync,
    C: ConnectionTrait,
{
    let total_count = select.clone().count(db).await?;
    let mut select = select;
    if let Some(after) = page.after {
        let condition = match order {
            Order::Desc => sea_orm::ColumnTrait::lt(&id, after),
            _ => sea_orm::ColumnTrait::gt(&id, after),
        };
        select = select.filter(condition.into_condition());
    }
    let mut items = select
        .order_by(id, order)
        .limit(page.first + 1)
        .all(db)
        .await?;
    let has_next_page = items.len() as u64 > page.first;
    items.truncate(page.first as usize);
    Ok(Page {
        items,
        has_next_page,
        total_count,
    })
}

/// Text the caller must give: trimmed, and refused when empty.
/// Optional free text, trimmed; blank counts as absent.
pub fn optional(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

pub fn required(text: String, field: &str) -> AppResult<String> {
    let text = text.trim().to_owned();
    if text.is_empty() {
        Err(AppError::validation(field, "this cannot be empty"))
    } else {
        Ok(text)
    }
}

/// The snake-case name a status enum is stored and reported under.
pub fn snake_name(value: impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Turns a rule's refusal into a `VALIDATION` error on `field`.
pub fn check<T>(field: &str, result: Result<T, &'static str>) -> AppResult<T> {
    result.map_err(|message| AppError::validation(field, message))
}

/// A `VALIDATION` error on `field` unless `date` is plausible for what it dates.
pub fn plausible(
    field: &str,
    date: chrono::NaiveDate,
    today: chrono::NaiveDate,
    when: crate::domain::dates::When,
) -> AppResult<()> {
    crate::domain::dates::plausible(date, today, when)
        .map_err(|message| AppError::validation(field, message))
}

/// Offset pagination for lists with their own order (e.g. NPC deputies first); `after` is
/// the number of items already seen.
pub async fn paginate_ordered<E, C>(
    db: &C,
    select: Select<E>,
    page: PageRequest,
) -> AppResult<Page<E::Model>>
where
    E: EntityTrait,
    E::Model: Sync,
    C: ConnectionTrait,
{
    let total_count = select.clone().count(db).await?;
    let offset = page.after.unwrap_or(0).max(0) as u64;
    let mut items = select.offset(offset).limit(page.first + 1).all(db).await?;
    let has_next_page = items.len() as u64 > page.first;
    items.truncate(page.first as usize);
    Ok(Page {
        items,
        has_next_page,
        total_count,
    })
}

/// A record's opaque global id (`Kind:id`, base64url): the API's `ID` and the links in mail.
pub fn global_id(kind: &str, id: impl std::fmt::Display) -> String {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    URL_SAFE_NO_PAD.encode(format!("{kind}:{id}"))
}
