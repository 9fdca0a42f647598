//! Which scheduled occurrences are due, and the wake-up timer that asks. The timer
//! (tokio-cron-scheduler) only wakes the process each minute; what ran is decided by the
//! `job_runs` table, so replicas and restarts never run an occurrence twice, and occurrences
//! missed while every server was down are caught up on the first wake-up.

use std::collections::HashMap;

use chrono::{DateTime, Duration, TimeZone, Utc};
use entities::{job_run, region};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tokio_cron_scheduler::{Job as TimerJob, JobScheduler};

use super::{JOBS, Job, RunReport, record_missed, run_occurrence};
use crate::{
    app::AppState,
    domain::schedule::{Cadence, Occurrence, occurrences},
    error::AppResult,
    service::calendar,
};

/// Remembers, per job and region, up to when occurrences have been dealt with, so a quiet
/// minute costs no query per region. Starts from the latest recorded run.
#[derive(Default)]
pub struct Scheduler {
    done_until: HashMap<(&'static str, i32), DateTime<Utc>>,
    loaded: bool,
}

impl Scheduler {
    /// Runs (or records as missed) every occurrence due by the clock's now.
    pub async fn run_due(&mut self, state: &AppState) -> AppResult<Vec<RunReport>> {
        let now = state.clock.now();
        if !self.loaded {
            self.load(state).await?;
        }
        let regions = region::Entity::find()
            .order_by_asc(region::Column::Id)
            .all(&state.db)
            .await?;
        let mut reports = self.resume_lapsed(state, &regions, now).await?;
        for region in &regions {
            for job in JOBS {
                if job.on_every_wake_up {
                    match super::run_on_wake_up(state, job, region, now).await {
                        Ok(report) => reports.extend(report),
                        Err(e) => {
                            tracing::error!(region = %region.code, job = job.name, error = ?e, "job could not run");
                        }
                    }
                    continue;
                }
                let Some(cadence) = job.cadence else {
                    continue;
                };
                let after = self
                    .done_until
                    .get(&(job.name, region.id))
                    .copied()
                    .unwrap_or(region.created_at);
                // A region whose schedule cannot be read must not stop the others.
                let occurrences = match due(state, region, cadence, after, now).await {
                    Ok(found) => found,
                    Err(e) => {
                        tracing::error!(region = %region.code, job = job.name, error = ?e, "schedule unreadable");
                        continue;
                    }
                };
                for (occurrence, at) in occurrences {
                    let run_key = format!("{}:{}:{}", job.name, region.code, occurrence.label);
                    reports.push(if too_late(job, at, now) {
                        record_missed(state, job, region.id, run_key, at, now).await?
                    } else {
                        run_occurrence(state, job, region, run_key, Some(at), now).await?
                    });
                }
                self.done_until.insert((job.name, region.id), now);
            }
        }
        Ok(reports)
    }

    /// Runs again the scheduled runs whose process died: still `running`, lease lapsed by the
    /// database's clock.
    async fn resume_lapsed(
        &self,
        state: &AppState,
        regions: &[region::Model],
        now: DateTime<Utc>,
    ) -> AppResult<Vec<RunReport>> {
        let shared_now = crate::db::now(&state.db).await?;
        let lapsed = job_run::Entity::find()
            .filter(job_run::Column::Status.eq("running"))
            .filter(job_run::Column::LeaseUntil.lt(shared_now))
            .filter(job_run::Column::ScheduledFor.is_not_null())
            .all(&state.db)
            .await?;
        let mut reports = Vec::new();
        for run in lapsed {
            let job = JOBS.iter().find(|j| j.name == run.job);
            let region = regions.iter().find(|r| Some(r.id) == run.region_id);
            if let (Some(job), Some(region)) = (job, region) {
                tracing::warn!(run_key = %run.run_key, "resuming a run whose lease lapsed");
                reports.push(
                    run_occurrence(state, job, region, run.run_key, run.scheduled_for, now).await?,
                );
            }
        }
        Ok(reports)
    }

    async fn load(&mut self, state: &AppState) -> AppResult<()> {
        let latest: Vec<(String, Option<i32>, Option<DateTime<Utc>>)> = job_run::Entity::find()
            .select_only()
            .column(job_run::Column::Job)
            .column(job_run::Column::RegionId)
            .column_as(job_run::Column::ScheduledFor.max(), "latest")
            .filter(job_run::Column::ScheduledFor.is_not_null())
            .group_by(job_run::Column::Job)
            .group_by(job_run::Column::RegionId)
            .into_tuple()
            .all(&state.db)
            .await?;
        for (name, region_id, at) in latest {
            if let (Some(job), Some(region_id), Some(at)) =
                (JOBS.iter().find(|j| j.name == name), region_id, at)
            {
                self.done_until.insert((job.name, region_id), at);
            }
        }
        self.loaded = true;
        Ok(())
    }
}

fn too_late(job: &Job, at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    job.catch_up_days
        .is_some_and(|days| now - at > Duration::days(days))
}

/// The occurrences of `cadence` in the region after `after` up to `now`, with their instants.
async fn due(
    state: &AppState,
    region: &region::Model,
    cadence: Cadence,
    after: DateTime<Utc>,
    now: DateTime<Utc>,
) -> AppResult<Vec<(Occurrence, DateTime<Utc>)>> {
    let zone = crate::service::region::zone_of(region)?;
    let time = state.settings.jobs.daily_at;
    let (from, until) = (
        after.with_timezone(&zone).naive_local(),
        now.with_timezone(&zone).naive_local(),
    );
    // Most wake-ups find no new day; only then is the calendar read.
    let every_day = occurrences(Cadence::EveryDay, time, &Default::default(), from, until);
    if every_day.is_empty() {
        return Ok(Vec::new());
    }
    let found = if cadence == Cadence::WorkingDays {
        let cal = calendar::for_region(&state.db, region.id, from.date(), until.date()).await?;
        occurrences(cadence, time, &cal, from, until)
    } else {
        occurrences(cadence, time, &Default::default(), from, until)
    };
    Ok(found
        .into_iter()
        .map(|o| {
            let at = zone
                .from_local_datetime(&o.at)
                .earliest()
                .map_or(now, |t| t.with_timezone(&Utc));
            (o, at)
        })
        .collect())
}

/// Starts the wake-up timer: every minute, and once at once for the catch-up.
pub async fn start(state: AppState) -> anyhow::Result<JobScheduler> {
    let scheduler = std::sync::Arc::new(tokio::sync::Mutex::new(Scheduler::default()));
    let timer = JobScheduler::new().await?;
    let wake = move |state: AppState, scheduler: std::sync::Arc<tokio::sync::Mutex<Scheduler>>| async move {
        // A wake-up that finds the previous one still running lets it be.
        let Ok(mut scheduler) = scheduler.try_lock() else {
            return;
        };
        if let Err(e) = scheduler.run_due(&state).await {
            tracing::error!(error = ?e, "scheduled jobs could not run");
        }
    };
    {
        let (state, scheduler) = (state.clone(), scheduler.clone());
        tokio::spawn(wake(state, scheduler));
    }
    timer
        .add(TimerJob::new_async("0 * * * * *", move |_, _| {
            Box::pin(wake(state.clone(), scheduler.clone()))
        })?)
        .await?;
    timer.start().await?;
    Ok(timer)
}
