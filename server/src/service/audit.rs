//! The append-only audit trail. Events are only ever inserted, in the transaction of the change
//! they describe.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entities::{audit_chain, audit_event};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryFilter, QueryOrder,
    QuerySelect, TransactionSession, TransactionTrait,
    sea_query::OnConflict,
};
use serde_json::Value;

use super::{Page, PageRequest, RequestContext, paginate};
use crate::{
    auth::{Principal, RegionScope},
    domain::audit,
    error::{AppError, AppResult},
};

pub struct AuditEvent {
    model: audit_event::Model,
    /// The request's tally of audit events.
    tally: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl AuditEvent {
    /// An event by the caller of `rc`, in the caller's region, that succeeded.
    pub fn new(rc: &RequestContext, action: &str) -> Self {
        let principal = rc.viewer.as_principal();
        let model = audit_event::Model {
            id: 0,
            at: rc.now(),
            region_id: principal.and_then(|p| p.region_id),
            actor_account_id: principal.map(|p| p.account_id),
            actor_username: principal.map(|p| p.username.clone()),
            actor_role: principal.map(role_name),
            action: action.to_owned(),
            target_type: None,
            target_id: None,
            result: "success".into(),
            client_addr: rc.meta.client_addr.clone(),
            // The column holds 64 characters; a job's run key can be longer.
            request_id: Some(rc.meta.request_id.chars().take(64).collect()),
            before_state: None,
            after_state: None,
            chain_id: None,
            seq: None,
            prev_hash: None,
            hash: None,
        };
        Self {
            model,
            tally: rc.meta.audits.clone(),
        }
    }

    /// For sign-in, where the actor is known only once the password has been checked.
    pub fn actor(mut self, principal: &Principal) -> Self {
        self.model.actor_account_id = Some(principal.account_id);
        self.model.actor_username = Some(principal.username.clone());
        self.model.actor_role = Some(role_name(principal));
        self.model.region_id = principal.region_id;
        self
    }

    pub fn actor_username(mut self, username: &str) -> Self {
        self.model.actor_username = Some(username.chars().take(64).collect());
        self
    }

    pub fn target(mut self, kind: &str, id: impl ToString) -> Self {
        self.model.target_type = Some(kind.to_owned());
        self.model.target_id = Some(id.to_string());
        self
    }

    pub fn region(mut self, region_id: Option<i32>) -> Self {
        self.model.region_id = region_id;
        self
    }

    pub fn result(mut self, result: &str) -> Self {
        self.model.result = result.to_owned();
        self
    }

    pub fn before(mut self, state: Value) -> Self {
        self.model.before_state = Some(state.to_string());
        self
    }

    pub fn after(mut self, state: Value) -> Self {
        self.model.after_state = Some(state.to_string());
        self
    }

    /// Appends the event to its region's chain, in `conn`'s transaction (or its own). The
    /// chain's head row is locked until that transaction ends, so two writers never link
    /// to the same predecessor.
    pub async fn insert<C: ConnectionTrait + TransactionTrait>(self, conn: &C) -> AppResult<()> {
        Self::insert_all(conn, vec![self]).await
    }

    /// Appends events in their order, each chain's head locked and moved once and its events
    /// written by one statement per thousand: a job's batch costs a few statements, not a
    /// few per event.
    pub async fn insert_all<C: ConnectionTrait + TransactionTrait>(
        conn: &C,
        events: Vec<Self>,
    ) -> AppResult<()> {
        let mut chains: BTreeMap<i32, Vec<Self>> = BTreeMap::new();
        for event in events {
            chains
                .entry(audit::chain_of(event.model.region_id))
                .or_default()
                .push(event);
        }
        if chains.is_empty() {
            return Ok(());
        }
        let txn = conn.begin().await?;
        // In chain order, so two writers lock the heads they share in the same order.
        for (chain_id, events) in &chains {
            append(&txn, *chain_id, events).await?;
        }
        txn.commit().await?;
        for event in chains.values().flatten() {
            event
                .tally
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    }
}

async fn append(
    conn: &impl ConnectionTrait,
    chain_id: i32,
    events: &[AuditEvent],
) -> AppResult<()> {
    audit_chain::Entity::insert(audit_chain::ActiveModel {
        chain_id: Set(chain_id),
        seq: Set(0),
        hash: Set(audit::GENESIS.to_owned()),
    })
    .on_conflict(
        OnConflict::column(audit_chain::Column::ChainId)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    let head = audit_chain::Entity::find_by_id(chain_id)
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("audit chain {chain_id} has no head")))?;
    let (mut seq, mut hash) = (head.seq, head.hash);
    let mut rows = Vec::with_capacity(events.len());
    for event in events {
        let mut event = event.model.clone();
        seq += 1;
        event.at = audit::stored_instant(event.at);
        event.chain_id = Some(chain_id);
        event.seq = Some(seq);
        event.prev_hash = Some(hash);
        hash = audit::event_hash(&event);
        event.hash = Some(hash.clone());
        let mut row: audit_event::ActiveModel = event.into();
        row.id = NotSet;
        rows.push(row);
    }
    for chunk in rows.chunks(1_000) {
        audit_event::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(conn)
            .await?;
    }
    audit_chain::Entity::update(audit_chain::ActiveModel {
        chain_id: Set(chain_id),
        seq: Set(seq),
        hash: Set(hash),
    })
    .exec(conn)
    .await?;
    Ok(())
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

/// What `watchpost audit verify` found.
pub struct Verification {
    pub chains: usize,
    pub events: u64,
    /// The first link that does not hold: chain, event id and why.
    pub broken: Option<(i32, i64, String)>,
}

/// Walks every chain from its first remaining event (retention may have dropped older ones)
/// and checks each link; stops at the first that does not hold.
pub async fn verify(db: &impl ConnectionTrait) -> AppResult<Verification> {
    verify_chains(db, None).await
}

/// Checks the caller's region's chain (office), or every chain (platform admin), as
/// `watchpost audit verify` does.
pub async fn verify_region(rc: &RequestContext) -> AppResult<Verification> {
    use entities::account::Role;
    let principal = rc.viewer.require(&[Role::Office, Role::PlatformAdmin])?;
    let only = (principal.role == Role::Office).then(|| audit::chain_of(principal.region_id));
    verify_chains(&rc.state.db, only).await
}

async fn verify_chains(db: &impl ConnectionTrait, only: Option<i32>) -> AppResult<Verification> {
    const BATCH: u64 = 1_000;
    let mut heads = audit_chain::Entity::find().order_by_asc(audit_chain::Column::ChainId);
    if let Some(chain) = only {
        heads = heads.filter(audit_chain::Column::ChainId.eq(chain));
    }
    let heads = heads.all(db).await?;
    let mut events = 0;
    for head in &heads {
        let mut expected: Option<(String, i64)> = None;
        let mut after = i64::MIN;
        loop {
            let batch = audit_event::Entity::find()
                .filter(audit_event::Column::ChainId.eq(head.chain_id))
                .filter(audit_event::Column::Seq.gt(after))
                .order_by_asc(audit_event::Column::Seq)
                .limit(BATCH)
                .all(db)
                .await?;
            let Some(last) = batch.last() else {
                break;
            };
            after = last.seq.unwrap_or(i64::MAX);
            for event in &batch {
                events += 1;
                // The first remaining event anchors the chain: its predecessor may be gone.
                let (prev, seq) = match &expected {
                    Some((hash, seq)) => (hash.clone(), Some(*seq)),
                    None => (event.prev_hash.clone().unwrap_or_default(), None),
                };
                if let Some(why) = audit::check_link(event, &prev, seq) {
                    return Ok(Verification {
                        chains: heads.len(),
                        events,
                        broken: Some((head.chain_id, event.id, why)),
                    });
                }
                expected = Some((
                    event.hash.clone().unwrap_or_default(),
                    event.seq.unwrap_or(0) + 1,
                ));
            }
        }
        let (last_hash, next_seq) = expected.unwrap_or_else(|| (head.hash.clone(), head.seq + 1));
        if last_hash != head.hash || next_seq != head.seq + 1 {
            return Ok(Verification {
                chains: heads.len(),
                events,
                broken: Some((head.chain_id, 0, "the latest events are missing".into())),
            });
        }
    }
    Ok(Verification {
        chains: heads.len(),
        events,
        broken: None,
    })
}

/// Drops events older than the retention period; the database refuses to drop younger ones.
/// Returns how many were dropped.
pub async fn prune(
    db: &impl ConnectionTrait,
    retention_days: u32,
    now: DateTime<Utc>,
) -> AppResult<u64> {
    if retention_days < crate::config::MIN_AUDIT_RETENTION_DAYS {
        return Err(AppError::validation(
            "retentionDays",
            format!(
                "audit events are kept at least {} days",
                crate::config::MIN_AUDIT_RETENTION_DAYS
            ),
        ));
    }
    let cutoff = now - chrono::Duration::days(i64::from(retention_days));
    let dropped = audit_event::Entity::delete_many()
        .filter(audit_event::Column::At.lt(cutoff))
        .exec(db)
        .await?;
    Ok(dropped.rows_affected)
}
