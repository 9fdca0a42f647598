use async_graphql::{Context, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};

use super::rc;
use crate::{jobs, service};

/// One run of a scheduled job.
#[derive(SimpleObject)]
pub struct JobRun {
    /// The run key, e.g. `escalate-overdue:430621:2025-03-14`.
    pub run_key: String,
    /// The job's name.
    pub job: String,
    /// `running`, `succeeded`, `failed`, `missed` (past its catch-up window), or `skipped`
    /// (already ran).
    pub status: String,
    /// Effects written (notices, referrals, expired terms; emails sent by outbox-dispatch).
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
    /// The job: quarterly-reminder, due-soon, escalate-overdue, terms-and-exits or
    /// outbox-dispatch.
    pub name: String,
    /// The instant the job takes as now: the current time when left out, otherwise a past
    /// instant within the job's catch-up window (a future one only from the command line).
    pub now: Option<DateTime<Utc>>,
}

/// What the run did.
#[derive(SimpleObject)]
pub struct RunJobPayload {
    /// The run.
    pub run: JobRun,
}

/// An email in the outbox, waiting or sent.
#[derive(SimpleObject)]
pub struct OutboxMessage {
    /// Recipient address.
    pub to_address: String,
    /// Subject.
    pub subject: String,
    /// Sent at once rather than in working hours.
    pub immediate: bool,
    /// `pending`, `sending`, `sent` or `failed`.
    pub status: String,
    /// Delivery attempts so far.
    pub attempts: i32,
    /// The last delivery error.
    pub last_error: Option<String>,
    /// When it was written.
    pub created_at: DateTime<Utc>,
    /// When it was sent.
    pub sent_at: Option<DateTime<Utc>>,
}

#[derive(Default)]
pub struct JobQuery;

#[Object]
impl JobQuery {
    /// The latest outbox messages of the office's region (all for the platform admin), newest
    /// first; `status` narrows them.
    async fn outbox(
        &self,
        ctx: &Context<'_>,
        status: Option<String>,
        #[graphql(default = 50)] last: u64,
    ) -> Result<Vec<OutboxMessage>> {
        let found = service::notification::outbox(rc(ctx)?, status, last).await?;
        Ok(found
            .into_iter()
            .map(|m| OutboxMessage {
                to_address: m.to_address,
                subject: m.subject,
                immediate: m.immediate,
                status: m.status,
                attempts: m.attempts,
                last_error: m.last_error,
                created_at: m.created_at,
                sent_at: m.sent_at,
            })
            .collect())
    }

    /// The latest job runs of the office's region (all for the platform admin), newest first.
    async fn job_runs(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 50)] last: u64,
    ) -> Result<Vec<JobRun>> {
        let runs = jobs::runs(rc(ctx)?, last).await?;
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
        let report = jobs::run_for_office(rc, &input.name, input.now).await?;
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
