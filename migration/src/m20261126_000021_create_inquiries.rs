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
                    .table(Inquiries::Table)
                    .col(pk_auto(Inquiries::Id))
                    .col(integer(Inquiries::RegionId))
                    .col(integer(Inquiries::MemberId))
                    .col(integer(Inquiries::AskerAccountId))
                    .col(integer(Inquiries::UnitId))
                    .col(string_len(Inquiries::Kind, 32))
                    .col(string_len(Inquiries::Subject, 200))
                    .col(text(Inquiries::Question))
                    .col(date(Inquiries::Deadline))
                    .col(text_null(Inquiries::Answer))
                    .col(date_null(Inquiries::AnsweredOn))
                    .col(timestamp_with_time_zone_null(Inquiries::AnsweredAt))
                    .col(timestamp_with_time_zone(Inquiries::AskedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Inquiries::Table, Inquiries::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Inquiries::Table, Inquiries::MemberId)
                            .to(Members::Table, Members::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Inquiries::Table, Inquiries::UnitId)
                            .to(Units::Table, Units::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Inquiries::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Inquiries {
    Table,
    Id,
    RegionId,
    MemberId,
    AskerAccountId,
    UnitId,
    Kind,
    Subject,
    Question,
    Deadline,
    Answer,
    AnsweredOn,
    AnsweredAt,
    AskedAt,
}
