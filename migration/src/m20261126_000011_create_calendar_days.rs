use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261126_000001_create_regions::Regions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CalendarDays::Table)
                    .col(integer(CalendarDays::RegionId))
                    .col(date(CalendarDays::Day))
                    .col(boolean(CalendarDays::Working))
                    .col(string_len_null(CalendarDays::Note, 100))
                    .primary_key(
                        Index::create()
                            .col(CalendarDays::RegionId)
                            .col(CalendarDays::Day),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CalendarDays::Table, CalendarDays::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CalendarDays::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum CalendarDays {
    Table,
    RegionId,
    Day,
    Working,
    Note,
}
