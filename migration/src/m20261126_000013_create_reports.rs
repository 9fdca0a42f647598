use sea_orm_migration::{prelude::*, schema::*};

use crate::{
    m20261126_000001_create_regions::Regions, m20261126_000002_create_units::Units,
    m20261126_000007_create_members::Members,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Reports::Table)
                    .col(pk_auto(Reports::Id))
                    .col(integer(Reports::RegionId))
                    .col(integer(Reports::ReporterMemberId))
                    .col(integer(Reports::ReporterAccountId))
                    .col(string_len(Reports::Kind, 32))
                    .col(string_len(Reports::Status, 32))
                    .col(string_len(Reports::Title, 200))
                    .col(text(Reports::Body))
                    .col(date_null(Reports::OccurredOn))
                    .col(integer_null(Reports::ConcernedUnitId))
                    .col(string_len(Reports::Area, 32))
                    .col(string_len_null(Reports::Behaviour, 32))
                    .col(string_len(Reports::ViolationCategoryIds, 255))
                    .col(string_len(Reports::Channel, 32))
                    .col(boolean(Reports::Major))
                    .col(boolean(Reports::OfficialsInvolved))
                    .col(boolean(Reports::Valuable))
                    .col(integer_null(Reports::MergedIntoId))
                    .col(text_null(Reports::StatusReason))
                    .col(text_null(Reports::Feedback))
                    .col(timestamp_with_time_zone_null(Reports::FeedbackAt))
                    .col(string_len_null(Reports::Rating, 32))
                    .col(text_null(Reports::RatingReason))
                    .col(integer(Reports::RedoCount))
                    .col(timestamp_with_time_zone(Reports::SubmittedAt))
                    .col(timestamp_with_time_zone(Reports::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reports::Table, Reports::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reports::Table, Reports::ReporterMemberId)
                            .to(Members::Table, Members::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reports::Table, Reports::ConcernedUnitId)
                            .to(Units::Table, Units::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "reports_region_submitted_idx",
                [Reports::RegionId, Reports::SubmittedAt],
            ),
            (
                "reports_reporter_submitted_idx",
                [Reports::ReporterMemberId, Reports::SubmittedAt],
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Reports::Table)
                        .col(columns[0])
                        .col(columns[1])
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Reports::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
pub enum Reports {
    Table,
    Id,
    RegionId,
    ReporterMemberId,
    ReporterAccountId,
    Kind,
    Status,
    Title,
    Body,
    OccurredOn,
    ConcernedUnitId,
    Area,
    Behaviour,
    ViolationCategoryIds,
    Channel,
    Major,
    OfficialsInvolved,
    Valuable,
    MergedIntoId,
    StatusReason,
    Feedback,
    FeedbackAt,
    Rating,
    RatingReason,
    RedoCount,
    SubmittedAt,
    UpdatedAt,
}
