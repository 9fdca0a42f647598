use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Surveys::Table)
                    .col(pk_auto(Surveys::Id))
                    .col(integer(Surveys::RegionId))
                    .col(string_len(Surveys::Title, 200))
                    .col(string_len(Surveys::Period, 100))
                    .col(date(Surveys::ClosesOn))
                    .col(integer(Surveys::OpenedBy))
                    .col(timestamp_with_time_zone(Surveys::OpenedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("surveys_region_closes_idx")
                    .table(Surveys::Table)
                    .col(Surveys::RegionId)
                    .col(Surveys::ClosesOn)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Surveys::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
    RegionId,
    Title,
    Period,
    ClosesOn,
    OpenedBy,
    OpenedAt,
}
