use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(JobRuns::Table)
                    .col(pk_auto(JobRuns::Id))
                    .col(string_len_uniq(JobRuns::RunKey, 200))
                    .col(string_len(JobRuns::Job, 64))
                    .col(integer_null(JobRuns::RegionId))
                    .col(string_len(JobRuns::Status, 16))
                    .col(integer(JobRuns::Attempts))
                    .col(timestamp_with_time_zone(JobRuns::LeaseUntil))
                    .col(integer(JobRuns::Effects))
                    .col(text_null(JobRuns::Error))
                    .col(timestamp_with_time_zone(JobRuns::StartedAt))
                    .col(timestamp_with_time_zone_null(JobRuns::FinishedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(JobRuns::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum JobRuns {
    Table,
    Id,
    RunKey,
    Job,
    RegionId,
    Status,
    Attempts,
    LeaseUntil,
    Effects,
    Error,
    StartedAt,
    FinishedAt,
}
