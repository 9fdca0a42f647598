//! Scheduled jobs as plain functions of (state, now). A run is claimed by inserting its run
//! key; everything it writes carries a dedupe key, so a run repeated or cut short and run
//! again has the same effects as one run. `scheduler` decides which occurrences are due.

pub mod due_soon;
pub mod escalate_overdue;
pub mod joint_meeting_check;
pub mod meeting_notices;
pub mod quarterly_reminder;
pub mod scheduler;
pub mod survey_reminder;
pub mod terms_and_exits;

use std::{sync::Arc, time::Instant};

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
    domain::schedule::Cadence,
    error::{AppError, AppResult},
    service::{RequestContext, RequestMeta},
};

/// A job `watchpost jobs run` and `runJob` know, and when the scheduler runs it.
pub struct Job {
    pub name: &'static str,
    /// `None`: not scheduled (the dispatcher runs continuously; by hand it drains once).
    pub cadence: Option<Cadence>,
    /// How late a missed occurrence may still run; `None` for no limit.
    pub catch_up_days: Option<i64>,
    /// Runs on every wake-up of the scheduler instead of on a cadence.
    pub on_every_wake_up: bool,
}

pub const JOBS: &[Job] = &[
    Job {
        name: "quarterly-reminder",
        cadence: Some(Cadence::QuarterWaves),
        catch_up_days: Some(7),
        on_every_wake_up: false,
    },
    // A day-old digest is replaced by the next day's.
    Job {
        name: "due-soon",
        cadence: Some(Cadence::WorkingDays),
        catch_up_days: Some(1),
        on_every_wake_up: false,
    },
    Job {
        name: "escalate-overdue",
        cadence: Some(Cadence::WorkingDays),
        catch_up_days: None,
        on_every_wake_up: false,
    },
    Job {
        name: "terms-and-exits",
        cadence: Some(Cadence::EveryDay),
        catch_up_days: None,
        on_every_wake_up: false,
    },
    // Reminds from 3 days before closing, so a late run still reminds in time.
    Job {
        name: "survey-reminder",
        cadence: Some(Cadence::EveryDay),
        catch_up_days: Some(1),
        on_every_wake_up: false,
    },
    Job {
        name: "joint-meeting-check",
        cadence: Some(Cadence::QuarterLastMonth),
        catch_up_days: Some(7),
        on_every_wake_up: false,
    },
    // Runs on every wake-up; its notices are deduplicated per meeting change and invitee.
    Job {
        name: "meeting-notices",
        cadence: None,
        catch_up_days: None,
        on_every_wake_up: true,
    },
    Job {
        name: "outbox-dispatch",
        cadence: None,
        catch_up_days: None,
        on_every_wake_up: false,
    },
];

pub fn find(name: &str) -> AppResult<&'static Job> {
    JOBS.iter().find(|job| job.name == name).ok_or_else(|| {
        let known: Vec<&str> = JOBS.iter().map(|job| job.name).collect();
        AppError::validation(
            "name",
            format!("no job named {name}; known: {}", known.join(", ")),
        )
    })
}

pub struct RunReport {
    pub run_key: String,
    /// `succeeded`, `failed`, `missed`, or `skipped` when the run key had already run.
    pub status: String,
    pub effects: i32,
    pub error: Option<String>,
}

/// `runJob`: the office runs a job by hand for its own region, at the present time or as of
/// a past `now` the job would still catch up on; the run and the time given are audited.
pub async fn run_for_office(
    rc: &RequestContext,
    name: &str,
    given: Option<DateTime<Utc>>,
) -> AppResult<RunReport> {
    let principal = rc.viewer.require(&[entities::account::Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let real = rc.now();
    let now = given.unwrap_or(real);
    let refusal = match find(name) {
        Ok(job) => crate::domain::schedule::refuse_run_by_hand_at(now, real, job.catch_up_days)
            .map(|reason| AppError::validation("now", reason)),
        Err(unknown) => Some(unknown),
    };
    if let Some(refusal) = refusal {
        crate::service::audit::AuditEvent::new(rc, "runJob")
            .result("refused")
            .after(serde_json::json!({ "job": name, "now": now, "nowGiven": given.is_some() }))
            .insert(&rc.state.db)
            .await?;
        return Err(refusal);
    }
    let report = run(&rc.state, name, now, Some(region_id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    crate::service::audit::AuditEvent::new(rc, "runJob")
        .after(serde_json::json!({
            "runKey": report.run_key,
            "status": report.status,
            "effects": report.effects,
            "now": now,
            "nowGiven": given.is_some(),
        }))
        .insert(&rc.state.db)
        .await?;
    Ok(report)
}

/// Runs `name` by hand for each region (or one) as of `now`. A run by hand has its own run
/// key, so it always runs; its effects are still deduplicated against the scheduled runs.
pub async fn run(
    state: &AppState,
    name: &str,
    now: DateTime<Utc>,
    region_id: Option<i32>,
) -> AppResult<Vec<RunReport>> {
    let job = find(name)?;
    let mut regions = region::Entity::find().order_by_asc(region::Column::Id);
    if let Some(id) = region_id {
        regions = regions.filter(region::Column::Id.eq(id));
    }
    let mut reports = Vec::new();
    for region in regions.all(&state.db).await? {
        let zone = crate::service::region::zone_of(&region)?;
        let day = now.with_timezone(&zone).date_naive();
        // Unique per call: two runs by hand with the same `now` are still two runs.
        let run_key = format!(
            "{}:{}:{day}:manual:{}",
            job.name,
            region.code,
            &uuid::Uuid::new_v4().simple().to_string()[..12]
        );
        reports.push(run_occurrence(state, job, &region, run_key, None, now).await?);
    }
    Ok(reports)
}

/// Claims `run_key` and, if this caller got it, runs the job as of `now` with its lease kept
/// alive, and records the outcome.
pub async fn run_occurrence(
    state: &AppState,
    job: &Job,
    region: &region::Model,
    run_key: String,
    scheduled_for: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> AppResult<RunReport> {
    if !claim(state, &run_key, job.name, region.id, scheduled_for, now).await? {
        return Ok(RunReport {
            run_key,
            status: "skipped".into(),
            effects: 0,
            error: None,
        });
    }
    crate::failpoint::hit(crate::failpoint::AFTER_JOB_CLAIM).await;
    let rc = job_context(state, now, &run_key);
    let started = Instant::now();
    let outcome = with_heartbeat(state, &run_key, execute(&rc, job.name, region)).await;
    let report = finish(state, run_key, now, outcome).await?;
    state.metrics.observe_job(
        job.name,
        &report.status,
        report.effects,
        started.elapsed().as_secs_f64(),
    );
    Ok(report)
}

/// Runs a job that works on every wake-up rather than on a schedule (meeting notices). No
/// run is claimed, as what it writes carries its own dedupe keys; a wake-up that wrote
/// something, or failed, is recorded as a run.
pub async fn run_on_wake_up(
    state: &AppState,
    job: &Job,
    region: &region::Model,
    now: DateTime<Utc>,
) -> AppResult<Option<RunReport>> {
    let run_key = format!("{}:{}:{}", job.name, region.code, now.to_rfc3339());
    let started = Instant::now();
    let outcome = execute(&job_context(state, now, &run_key), job.name, region).await;
    if matches!(outcome, Ok(0)) {
        return Ok(None);
    }
    if !claim(state, &run_key, job.name, region.id, None, now).await? {
        return Ok(None);
    }
    let report = finish(state, run_key, now, outcome).await?;
    state.metrics.observe_job(
        job.name,
        &report.status,
        report.effects,
        started.elapsed().as_secs_f64(),
    );
    Ok(Some(report))
}

/// A job sees `now` as its clock, whatever the server's clock says.
fn job_context(state: &AppState, now: DateTime<Utc>, run_key: &str) -> RequestContext {
    RequestContext {
        state: AppState {
            clock: Arc::new(ManualClock::new(now)),
            ..state.clone()
        },
        viewer: Viewer::anonymous(),
        meta: RequestMeta {
            request_id: run_key.to_owned(),
            client_addr: None,
            ..Default::default()
        },
    }
}

async fn execute(rc: &RequestContext, name: &str, region: &region::Model) -> AppResult<i32> {
    match name {
        "quarterly-reminder" => quarterly_reminder::run(rc, region).await,
        "due-soon" => due_soon::run(rc, region).await,
        "escalate-overdue" => escalate_overdue::run(rc, region).await,
        "terms-and-exits" => terms_and_exits::run(rc, region).await,
        "meeting-notices" => meeting_notices::run(rc, region).await,
        "joint-meeting-check" => joint_meeting_check::run(rc, region).await,
        "survey-reminder" => survey_reminder::run(rc, region).await,
        "outbox-dispatch" => crate::mail::dispatch::dispatch_due(&rc.state, Some(region.id))
            .await
            .map(|report| i32::try_from(report.sent).unwrap_or(i32::MAX)),
        _ => Err(AppError::validation("name", "unknown job")),
    }
}

/// Extends the run's lease every third of it while `work` runs, so a long run is not taken
/// over by another replica; a run whose process dies stops extending and its lease lapses.
async fn with_heartbeat<T>(
    state: &AppState,
    run_key: &str,
    work: impl Future<Output = AppResult<T>>,
) -> AppResult<T> {
    let lease = state.settings.jobs.lease_seconds;
    let period = std::time::Duration::from_secs(Ord::max(u64::try_from(lease / 3).unwrap_or(1), 1));
    let mut beat = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
    tokio::pin!(work);
    loop {
        tokio::select! {
            outcome = &mut work => return outcome,
            _ = beat.tick() => {
                if let Err(e) = extend_lease(state, run_key, lease).await {
                    tracing::warn!(run_key, error = ?e, "could not extend the run's lease");
                }
            }
        }
    }
}

async fn extend_lease(state: &AppState, run_key: &str, lease: i64) -> AppResult<()> {
    let until = crate::db::now(&state.db).await? + Duration::seconds(lease);
    job_run::Entity::update_many()
        .col_expr(job_run::Column::LeaseUntil, Expr::value(until))
        .filter(job_run::Column::RunKey.eq(run_key))
        .filter(job_run::Column::Status.eq("running"))
        .exec(&state.db)
        .await?;
    Ok(())
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

/// Inserts the run row, or takes over a run whose lease lapsed (by the database's clock) or
/// that failed. Returns whether this caller now holds the run.
async fn claim(
    state: &AppState,
    run_key: &str,
    job: &str,
    region_id: i32,
    scheduled_for: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let shared_now = crate::db::now(&state.db).await?;
    let lease_until = shared_now + Duration::seconds(state.settings.jobs.lease_seconds);
    let inserted = job_run::Entity::insert(job_run::ActiveModel {
        run_key: Set(run_key.to_owned()),
        job: Set(job.to_owned()),
        region_id: Set(Some(region_id)),
        scheduled_for: Set(scheduled_for),
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
                        .add(job_run::Column::LeaseUntil.lt(shared_now)),
                ),
        )
        .exec(&state.db)
        .await?;
    Ok(taken_over.rows_affected == 1)
}

/// Records an occurrence that came too late to run; a second record is a no-op.
pub async fn record_missed(
    state: &AppState,
    job: &Job,
    region_id: i32,
    run_key: String,
    scheduled_for: DateTime<Utc>,
    now: DateTime<Utc>,
) -> AppResult<RunReport> {
    let error = format!(
        "missed: past its catch-up window of {} days",
        job.catch_up_days.unwrap_or_default()
    );
    job_run::Entity::insert(job_run::ActiveModel {
        run_key: Set(run_key.clone()),
        job: Set(job.name.to_owned()),
        region_id: Set(Some(region_id)),
        scheduled_for: Set(Some(scheduled_for)),
        status: Set("missed".into()),
        attempts: Set(0),
        lease_until: Set(now),
        effects: Set(0),
        error: Set(Some(error.clone())),
        started_at: Set(now),
        finished_at: Set(Some(now)),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::column(job_run::Column::RunKey)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    state.metrics.observe_job(job.name, "missed", 0, 0.0);
    Ok(RunReport {
        run_key,
        status: "missed".into(),
        effects: 0,
        error: Some(error),
    })
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
            let error = match e {
                // The cause may name tables; it goes to the log, not to the office.
                AppError::Internal(_) => {
                    format!("internal error; the server log has it under request id {run_key}")
                }
                other => other.message(),
            };
            ("failed", 0, Some(error))
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
