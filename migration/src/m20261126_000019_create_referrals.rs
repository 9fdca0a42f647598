use sea_orm_migration::{prelude::*, schema::*};

use crate::{
    m20261126_000001_create_regions::Regions, m20261126_000013_create_reports::Reports,
    m20261126_000016_create_assignments::Assignments,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Referrals::Table)
                    .col(pk_auto(Referrals::Id))
                    .col(integer(Referrals::RegionId))
                    .col(integer_null(Referrals::ReportId))
                    .col(integer_null(Referrals::AssignmentId))
                    .col(string_len(Referrals::Origin, 16))
                    .col(string_len(Referrals::Status, 32))
                    .col(text(Referrals::Summary))
                    .col(text_null(Referrals::Outcome))
                    .col(text_null(Referrals::StatusReason))
                    .col(string_len_uniq(Referrals::DedupeKey, 200).null())
                    .col(integer_null(Referrals::CreatedBy))
                    .col(timestamp_with_time_zone(Referrals::CreatedAt))
                    .col(timestamp_with_time_zone(Referrals::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Referrals::Table, Referrals::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Referrals::Table, Referrals::ReportId)
                            .to(Reports::Table, Reports::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Referrals::Table, Referrals::AssignmentId)
                            .to(Assignments::Table, Assignments::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("referrals_region_status_idx")
                    .table(Referrals::Table)
                    .col(Referrals::RegionId)
                    .col(Referrals::Status)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Referrals::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Referrals {
    Table,
    Id,
    RegionId,
    ReportId,
    AssignmentId,
    Origin,
    Status,
    Summary,
    Outcome,
    StatusReason,
    DedupeKey,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}
