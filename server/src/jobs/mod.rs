//! Scheduled jobs as plain functions of (state, now). A run is claimed by inserting its run
//! key; everything it writes carries a dedupe key, so a run repeated or cut short and run
//! again has the same effects as one run.

pub mod escalate_overdue;

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use entities::{job_run, region};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use crate::{
    app::AppState,
    auth::Viewer,
    clock::ManualClock,
    error::{AppError, AppResult},
    service::{RequestContext, RequestMeta},
};

/// The jobs `watchpost jobs run` and `runJob` know.
pub const JOBS: &[&str] = &["escalate-overdue"];

/// How long a claim holds before another replica may take the run over.
const LEASE: i64 = 10;

pub struct RunReport {
    pub run_key: String,
    /// `succeeded`, `failed`, or `skipped` when the run key had already run.
    pub status: String,
    pub effects: i32,
    pub error: Option<String>,
}

/// `runJob`: the office runs a job by hand for its own region; the run is audited.
pub async fn run_for_office(
    rc: &RequestContext,
    name: &str,
    now: DateTime<Utc>,
) -> AppResult<RunReport> {
    let principal = rc.viewer.require(&[entities::account::Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let report = run(&rc.state, name, now, Some(region_id), true)
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    crate::service::audit::AuditEvent::new(rc, "runJob")
        .after(serde_json::json!({ "runKey": report.run_key, "status": report.status, "effects": report.effects }))
        .insert(&rc.state.db)
        .await?;
    Ok(report)
}

/// Runs `name` for each region (or one) as of `now`. A manual run gets its own run key, so
/// it always runs; its effects are still deduplicated.
pub async fn run(
    state: &AppState,
    name: &str,
    now: DateTime<Utc>,
    region_id: Option<i32>,
    manual: bool,
) -> AppResult<Vec<RunReport>> {
    if !JOBS.contains(&name) {
        return Err(AppError::validation(
            "name",
            format!("no job named {name}; known: {}", JOBS.join(", ")),
        ));
    }
    let mut regions = region::Entity::find().order_by_asc(region::Column::Id);
    if let Some(id) = region_id {
        regions = regions.filter(region::Column::Id.eq(id));
    }
    // The job sees `now` as its clock, whatever the server's clock says.
    let job_state = AppState {
        clock: Arc::new(ManualClock::new(now)),
        ..state.clone()
    };
    let mut reports = Vec::new();
    for region in regions.all(&state.db).await? {
        let rc = RequestContext {
            state: job_state.clone(),
            viewer: Viewer::anonymous(),
            meta: RequestMeta {
                request_id: format!("job:{name}"),
                client_addr: None,
            },
        };
        let zone = crate::domain::region::parse_time_zone(&region.time_zone)
            .map_err(|e| AppError::internal(anyhow::anyhow!(e)))?;
        let day = now.with_timezone(&zone).date_naive();
        let mut run_key = format!("{name}:{}:{day}", region.code);
        if manual {
            run_key = format!("{run_key}:manual:{}", now.timestamp_micros());
        }
        if !claim(state, &run_key, name, region.id, now).await? {
            reports.push(RunReport {
                run_key,
                status: "skipped".into(),
                effects: 0,
                error: None,
            });
            continue;
        }
        let outcome = match name {
            "escalate-overdue" => escalate_overdue::run(&rc, &region).await,
            _ => Err(AppError::validation("name", "unknown job")),
        };
        let report = finish(state, run_key, now, outcome).await?;
        reports.push(report);
    }
    Ok(reports)
}

/// The latest runs: the office's region, or all for the platform admin.
pub async fn runs(rc: &RequestContext, last: u64) -> AppResult<Vec<job_run::Model>> {
    use entities::account::Role;
    let principal = rc.viewer.require(&[Role::Office, Role::PlatformAdmin])?;
    let mut select = job_run::Entity::find()
        .order_by_desc(job_run::Column::Id)
        .limit(Ord::min(last, 100));
    if principal.role == Role::Office {
        select = select.filter(job_run::Column::RegionId.eq(principal.region_id));
    }
    Ok(select.all(&rc.state.db).await?)
}

/// Inserts the run row, or takes over a run whose lease lapsed or that failed. Returns
/// whether this caller now holds the run.
async fn claim(
    state: &AppState,
    run_key: &str,
    job: &str,
    region_id: i32,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let lease_until = now + Duration::minutes(LEASE);
    let inserted = job_run::Entity::insert(job_run::ActiveModel {
        run_key: Set(run_key.to_owned()),
        job: Set(job.to_owned()),
        region_id: Set(Some(region_id)),
        status: Set("running".into()),
        attempts: Set(1),
        lease_until: Set(lease_until),
        effects: Set(0),
        error: Set(None),
        started_at: Set(now),
        finished_at: Set(None),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::column(job_run::Column::RunKey)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    if inserted == 1 {
        return Ok(true);
    }
    let taken_over = job_run::Entity::update_many()
        .col_expr(job_run::Column::Status, Expr::value("running"))
        .col_expr(job_run::Column::LeaseUntil, Expr::value(lease_until))
        .col_expr(
            job_run::Column::Attempts,
            Expr::col(job_run::Column::Attempts).add(1),
        )
        .filter(job_run::Column::RunKey.eq(run_key))
        .filter(
            sea_orm::Condition::any()
                .add(job_run::Column::Status.eq("failed"))
                .add(
                    sea_orm::Condition::all()
                        .add(job_run::Column::Status.eq("running"))
                        .add(job_run::Column::LeaseUntil.lt(now)),
                ),
        )
        .exec(&state.db)
        .await?;
    Ok(taken_over.rows_affected == 1)
}

async fn finish(
    state: &AppState,
    run_key: String,
    now: DateTime<Utc>,
    outcome: AppResult<i32>,
) -> AppResult<RunReport> {
    let (status, effects, error) = match outcome {
        Ok(effects) => ("succeeded", effects, None),
        Err(e) => {
            tracing::error!(run_key = %run_key, error = ?e, "job run failed");
            ("failed", 0, Some(e.message()))
        }
    };
    job_run::Entity::update_many()
        .col_expr(job_run::Column::Status, Expr::value(status))
        .col_expr(job_run::Column::Effects, Expr::value(effects))
        .col_expr(job_run::Column::Error, Expr::value(error.clone()))
        .col_expr(job_run::Column::FinishedAt, Expr::value(Some(now)))
        .filter(job_run::Column::RunKey.eq(run_key.as_str()))
        .exec(&state.db)
        .await?;
    Ok(RunReport {
        run_key,
        status: status.into(),
        effects,
        error,
    })
}
