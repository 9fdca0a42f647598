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
                    .table(TrainingSessions::Table)
                    .col(pk_auto(TrainingSessions::Id))
                    .col(integer(TrainingSessions::RegionId))
                    .col(string_len(TrainingSessions::Title, 200))
                    .col(date(TrainingSessions::HeldOn))
                    .col(string_len_null(TrainingSessions::Place, 200))
                    .col(integer(TrainingSessions::CreatedBy))
                    .col(timestamp_with_time_zone(TrainingSessions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(TrainingSessions::Table, TrainingSessions::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(TrainingSessions::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum TrainingSessions {
    Table,
    Id,
    RegionId,
    Title,
    HeldOn,
    Place,
    CreatedBy,
    CreatedAt,
}
