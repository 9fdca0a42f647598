//! The outbox dispatcher: claims due rows, sends them, and keeps each outcome on the row.
//! A claim moves a row to `sending` with a lease in `next_attempt_at`, by the database's
//! clock; a dispatcher that dies mid-send leaves the row to be claimed again when the lease
//! lapses, and the message goes out again with the same Message-ID.

use std::{collections::HashSet, sync::Arc, time::Duration};

use chrono::{DateTime, Utc};
use entities::{outbox_message, region};
use lettre::message::Mailbox;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QuerySelect,
    sea_query::{Expr, ExprTrait, LockBehavior, LockType, Query},
};
use tokio::sync::Semaphore;

use super::transport::{Outcome, build_message};
use crate::{
    app::AppState,
    domain::delivery,
    error::{AppError, AppResult},
    service::calendar,
};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DispatchReport {
    pub sent: u32,
    pub retrying: u32,
    pub failed: u32,
}

impl DispatchReport {
    pub fn total(&self) -> u32 {
        self.sent + self.retrying + self.failed
    }
}

/// One pass: claims up to a batch of due rows (of one region, or all) and sends them.
pub async fn dispatch_due(state: &AppState, region_id: Option<i32>) -> AppResult<DispatchReport> {
    let settings = &state.settings.mail;
    let now = state.clock.now();
    let shared_now = crate::db::now(&state.db).await?;
    let open = regions_in_working_hours(state, now, shared_now).await?;
    let claimed = claim(state, now, shared_now, region_id, &open).await?;
    let from: Mailbox = settings
        .from
        .parse()
        .map_err(|e| AppError::internal(anyhow::anyhow!("mail.from: {e}")))?;
    let timeout = Duration::from_millis(settings.send_timeout_ms);
    let permits = Arc::new(Semaphore::new(settings.pool_size as usize));
    let mut sends = tokio::task::JoinSet::new();
    for row in claimed {
        let state = state.clone();
        let from = from.clone();
        let permits = permits.clone();
        sends.spawn(async move {
            let _permit = permits.acquire_owned().await;
            let outcome = match build_message(&row, &from) {
                Ok(message) => state.mailer.send(message, timeout).await,
                Err(reason) => Outcome::Permanent(reason),
            };
            if matches!(outcome, Outcome::Sent) {
                crate::failpoint::hit(crate::failpoint::AFTER_SMTP_ACCEPT).await;
            }
            record(&state, &row, outcome).await
        });
    }
    let mut report = DispatchReport::default();
    while let Some(joined) = sends.join_next().await {
        let status = joined.map_err(|e| AppError::internal(anyhow::anyhow!(e)))??;
        match status {
            "sent" => report.sent += 1,
            "failed" => report.failed += 1,
            _ => report.retrying += 1,
        }
        state.metrics.count_email(status);
    }
    let waiting = outbox_message::Entity::find()
        .filter(outbox_message::Column::Status.is_in(["pending", "sending"]))
        .count(&state.db)
        .await?;
    state.metrics.set_outbox_depth(waiting);
    Ok(report)
}

/// Dispatches until `shutdown`; sleeps only when there was nothing to send.
pub async fn run_forever(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let idle = Duration::from_millis(state.settings.mail.poll_interval_ms);
    loop {
        let busy = match dispatch_due(&state, None).await {
            Ok(report) => report.total() > 0,
            Err(e) => {
                tracing::error!(error = ?e, "outbox dispatch failed");
                false
            }
        };
        if !busy {
            tokio::select! {
                _ = tokio::time::sleep(idle) => {}
                _ = shutdown.changed() => return,
            }
        } else if *shutdown.borrow() {
            return;
        }
    }
}

/// Regions where routine mail may go out now: only those with routine mail waiting are
/// looked at, so an idle outbox costs one query.
async fn regions_in_working_hours(
    state: &AppState,
    now: DateTime<Utc>,
    shared_now: DateTime<Utc>,
) -> AppResult<Vec<i32>> {
    let waiting: Vec<Option<i32>> = outbox_message::Entity::find()
        .select_only()
        .column(outbox_message::Column::RegionId)
        .distinct()
        .filter(due(now, shared_now))
        .filter(outbox_message::Column::Immediate.eq(false))
        .into_tuple()
        .all(&state.db)
        .await?;
    let ids: HashSet<i32> = waiting.into_iter().flatten().collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mail = &state.settings.mail;
    let mut open = Vec::new();
    for region in region::Entity::find()
        .filter(region::Column::Id.is_in(ids))
        .all(&state.db)
        .await?
    {
        let zone = crate::service::region::zone_of(&region)?;
        let local = now.with_timezone(&zone).naive_local();
        let cal = calendar::for_region(&state.db, region.id, local.date(), local.date()).await?;
        if delivery::in_working_hours(
            &cal,
            local,
            mail.working_hours_start,
            mail.working_hours_end,
        ) {
            open.push(region.id);
        }
    }
    Ok(open)
}

/// Waiting rows whose time has come, and rows whose sender's lease lapsed by the database's
/// clock (`shared_now`), which every dispatcher shares whatever its own clock says.
fn due(now: DateTime<Utc>, shared_now: DateTime<Utc>) -> Condition {
    use outbox_message::Column as C;
    Condition::any()
        .add(C::Status.eq("pending").and(C::NextAttemptAt.lte(now)))
        .add(
            C::Status
                .eq("sending")
                .and(C::NextAttemptAt.lte(shared_now)),
        )
}

/// Marks a batch of due rows `sending` under a lease and returns them. On PostgreSQL rows
/// another dispatcher holds are skipped; SQLite has a single writer, so claims never overlap.
async fn claim(
    state: &AppState,
    now: DateTime<Utc>,
    shared_now: DateTime<Utc>,
    region_id: Option<i32>,
    open_regions: &[i32],
) -> AppResult<Vec<outbox_message::Model>> {
    let settings = &state.settings.mail;
    let mut sendable = Condition::any()
        .add(outbox_message::Column::Immediate.eq(true))
        .add(outbox_message::Column::RegionId.is_null());
    if !open_regions.is_empty() {
        sendable = sendable.add(outbox_message::Column::RegionId.is_in(open_regions.to_vec()));
    }
    let mut pick = Query::select();
    pick.column(outbox_message::Column::Id)
        .from(outbox_message::Entity)
        .cond_where(due(now, shared_now))
        .cond_where(sendable)
        .order_by(outbox_message::Column::Id, sea_orm::Order::Asc)
        .limit(settings.batch_size);
    if let Some(region_id) = region_id {
        pick.and_where(outbox_message::Column::RegionId.eq(region_id));
    }
    if state.db.get_database_backend() == DatabaseBackend::Postgres {
        pick.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    // The lease outlasts a send that runs into its timeout.
    let lease = shared_now
        + chrono::Duration::milliseconds(i64::try_from(settings.send_timeout_ms).unwrap_or(0))
        + chrono::Duration::seconds(60);
    Ok(outbox_message::Entity::update_many()
        .col_expr(outbox_message::Column::Status, Expr::value("sending"))
        .col_expr(outbox_message::Column::NextAttemptAt, Expr::value(lease))
        .col_expr(
            outbox_message::Column::Attempts,
            Expr::col(outbox_message::Column::Attempts).add(1),
        )
        .filter(outbox_message::Column::Id.in_subquery(pick))
        .exec_with_returning(&state.db)
        .await?)
}

/// Keeps the outcome on the row, unless another dispatcher has claimed it since.
async fn record(
    state: &AppState,
    row: &outbox_message::Model,
    outcome: Outcome,
) -> AppResult<&'static str> {
    let mail = &state.settings.mail;
    let now = state.clock.now();
    let mut update = outbox_message::Entity::update_many()
        .filter(outbox_message::Column::Id.eq(row.id))
        .filter(outbox_message::Column::Status.eq("sending"))
        .filter(outbox_message::Column::Attempts.eq(row.attempts));
    let status = match outcome {
        Outcome::Sent => {
            update = update
                .col_expr(outbox_message::Column::SentAt, Expr::value(Some(now)))
                .col_expr(
                    outbox_message::Column::LastError,
                    Expr::value(None::<String>),
                );
            "sent"
        }
        Outcome::Permanent(reason) => {
            tracing::warn!(outbox_id = row.id, %reason, "email failed for good");
            update = update.col_expr(outbox_message::Column::LastError, Expr::value(reason));
            "failed"
        }
        Outcome::Transient(reason) if row.attempts >= mail.max_attempts => {
            tracing::warn!(outbox_id = row.id, %reason, "email failed after its last attempt");
            update = update.col_expr(
                outbox_message::Column::LastError,
                Expr::value(format!("gave up after {} attempts: {reason}", row.attempts)),
            );
            "failed"
        }
        Outcome::Transient(reason) => {
            let delay = delivery::retry_delay(
                row.attempts,
                mail.retry_base_seconds,
                mail.retry_max_seconds,
                rand::random::<f64>(),
            );
            tracing::info!(outbox_id = row.id, %reason, retry_in = %delay, "email will be retried");
            update = update
                .col_expr(outbox_message::Column::LastError, Expr::value(reason))
                .col_expr(
                    outbox_message::Column::NextAttemptAt,
                    Expr::value(now + delay),
                );
            "pending"
        }
    };
    update
        .col_expr(outbox_message::Column::Status, Expr::value(status))
        .exec(&state.db)
        .await?;
    Ok(status)
}
