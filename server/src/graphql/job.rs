use async_graphql::{Context, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entities::{account::Role, job_run};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::rc;
use crate::{error::AppError, jobs};

/// One run of a scheduled job.
#[derive(SimpleObject)]
pub struct JobRun {
    /// The run key, e.g. `escalate-overdue:430621:2025-03-14`.
    pub run_key: String,
    /// The job's name.
    pub job: String,
    /// `running`, `succeeded`, `failed`, or `skipped` (already ran).
    pub status: String,
    /// Effects written (notices, referrals).
    pub effects: i32,
    /// Why it failed.
    pub error: Option<String>,
    /// Claims so far.
    pub attempts: i32,
    /// When it started.
    pub started_at: Option<DateTime<Utc>>,
    /// When it finished.
    pub finished_at: Option<DateTime<Utc>>,
}

/// A job to run now for the office's region.
#[derive(InputObject)]
pub struct RunJobInput {
    /// The job: escalate-overdue.
    pub name: String,
    /// The instant the job takes as now; the current time when left out.
    pub now: Option<DateTime<Utc>>,
}

/// What the run did.
#[derive(SimpleObject)]
pub struct RunJobPayload {
    /// The run.
    pub run: JobRun,
}

#[derive(Default)]
pub struct JobQuery;

#[Object]
impl JobQuery {
    /// The latest job runs of the office's region (all for the platform admin), newest first.
    async fn job_runs(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 50)] last: u64,
    ) -> Result<Vec<JobRun>> {
        let rc = rc(ctx)?;
        let principal = rc.viewer.require(&[Role::Office, Role::PlatformAdmin])?;
        let mut select = job_run::Entity::find()
            .order_by_desc(job_run::Column::Id)
            .limit(last.min(100));
        if principal.role == Role::Office {
            select = select.filter(job_run::Column::RegionId.eq(principal.region_id));
        }
        let runs = select.all(&rc.state.db).await.map_err(AppError::from)?;
        Ok(runs
            .into_iter()
            .map(|r| JobRun {
                run_key: r.run_key,
                job: r.job,
                status: r.status,
                effects: r.effects,
                error: r.error,
                attempts: r.attempts,
                started_at: Some(r.started_at),
                finished_at: r.finished_at,
            })
            .collect())
    }
}

#[derive(Default)]
pub struct JobMutation;

#[Object]
impl JobMutation {
    /// Runs a scheduled job by hand for the office's region (office).
    async fn run_job(&self, ctx: &Context<'_>, input: RunJobInput) -> Result<RunJobPayload> {
        let rc = rc(ctx)?;
        let now = input.now.unwrap_or_else(|| rc.now());
        let report = jobs::run_for_office(rc, &input.name, now).await?;
        Ok(RunJobPayload {
            run: JobRun {
                run_key: report.run_key,
                job: input.name,
                status: report.status,
                effects: report.effects,
                error: report.error,
                attempts: 1,
                started_at: Some(now),
                finished_at: Some(now),
            },
        })
    }
}
