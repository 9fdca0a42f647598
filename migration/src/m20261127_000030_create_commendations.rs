use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Commendations::Table)
                    .col(pk_auto(Commendations::Id))
                    .col(integer(Commendations::RegionId))
                    .col(integer(Commendations::UnitId))
                    .col(text(Commendations::Reason))
                    .col(string_len_null(Commendations::Quarter, 8))
                    .col(integer(Commendations::CommendedBy))
                    .col(timestamp_with_time_zone(Commendations::CommendedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("commendations_region_idx")
                    .table(Commendations::Table)
                    .col(Commendations::RegionId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Commendations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Commendations {
    Table,
    Id,
    RegionId,
    UnitId,
    Reason,
    Quarter,
    CommendedBy,
    CommendedAt,
}
