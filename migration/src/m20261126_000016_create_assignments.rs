use sea_orm_migration::{prelude::*, schema::*};

use crate::{m20261126_000001_create_regions::Regions, m20261126_000002_create_units::Units};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Assignments::Table)
                    .col(pk_auto(Assignments::Id))
                    .col(integer(Assignments::RegionId))
                    .col(string_len(Assignments::Number, 100))
                    .col(integer(Assignments::Year))
                    .col(integer(Assignments::Seq))
                    .col(integer(Assignments::UnitId))
                    .col(string_len(Assignments::Mode, 32))
                    .col(text(Assignments::Requirement))
                    .col(string_len(Assignments::Status, 32))
                    .col(date(Assignments::IssuedOn))
                    .col(date(Assignments::Deadline))
                    .col(text_null(Assignments::Reply))
                    .col(timestamp_with_time_zone_null(Assignments::RepliedAt))
                    .col(text_null(Assignments::StatusReason))
                    .col(date_null(Assignments::ExtensionUntil))
                    .col(text_null(Assignments::ExtensionReason))
                    .col(string_len_null(Assignments::ExtensionStatus, 16))
                    .col(integer(Assignments::IssuedBy))
                    .col(timestamp_with_time_zone(Assignments::CreatedAt))
                    .col(timestamp_with_time_zone(Assignments::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Assignments::Table, Assignments::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Assignments::Table, Assignments::UnitId)
                            .to(Units::Table, Units::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("assignments_region_year_seq_key")
                    .table(Assignments::Table)
                    .col(Assignments::RegionId)
                    .col(Assignments::Year)
                    .col(Assignments::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("assignments_unit_status_idx")
                    .table(Assignments::Table)
                    .col(Assignments::UnitId)
                    .col(Assignments::Status)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Assignments::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Assignments {
    Table,
    Id,
    RegionId,
    Number,
    Year,
    Seq,
    UnitId,
    Mode,
    Requirement,
    Status,
    IssuedOn,
    Deadline,
    Reply,
    RepliedAt,
    StatusReason,
    ExtensionUntil,
    ExtensionReason,
    ExtensionStatus,
    IssuedBy,
    CreatedAt,
    UpdatedAt,
}
