use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Consultations::Table)
                    .col(pk_auto(Consultations::Id))
                    .col(integer(Consultations::RegionId))
                    .col(integer_null(Consultations::UnitId))
                    .col(integer(Consultations::OpenedBy))
                    .col(string_len(Consultations::Title, 200))
                    .col(text(Consultations::Body))
                    .col(boolean(Consultations::InviteAll))
                    .col(date(Consultations::ClosesOn))
                    .col(timestamp_with_time_zone(Consultations::OpenedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("consultations_region_unit_idx")
                    .table(Consultations::Table)
                    .col(Consultations::RegionId)
                    .col(Consultations::UnitId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Consultations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    RegionId,
    UnitId,
    OpenedBy,
    Title,
    Body,
    InviteAll,
    ClosesOn,
    OpenedAt,
}
