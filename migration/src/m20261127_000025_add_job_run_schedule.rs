use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(JobRuns::Table)
                    .add_column(timestamp_with_time_zone_null(JobRuns::ScheduledFor))
                    .to_owned(),
            )
            .await?;
        // The scheduler asks, per job and region, for the latest occurrence dealt with.
        manager
            .create_index(
                Index::create()
                    .name("job_runs_job_region_scheduled_idx")
                    .table(JobRuns::Table)
                    .col(JobRuns::Job)
                    .col(JobRuns::RegionId)
                    .col(JobRuns::ScheduledFor)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("job_runs_job_region_scheduled_idx")
                    .table(JobRuns::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(JobRuns::Table)
                    .drop_column(JobRuns::ScheduledFor)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum JobRuns {
    Table,
    Job,
    RegionId,
    ScheduledFor,
}
