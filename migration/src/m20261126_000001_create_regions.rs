use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Regions::Table)
                    .col(pk_auto(Regions::Id))
                    .col(string_len_uniq(Regions::Code, 6))
                    .col(string_len(Regions::Name, 100))
                    .col(integer_null(Regions::ParentId))
                    .col(string_len(Regions::TimeZone, 64))
                    .col(string_len(Regions::SlipPrefix, 32))
                    .col(timestamp_with_time_zone(Regions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Regions::Table, Regions::ParentId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Regions::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Regions {
    Table,
    Id,
    Code,
    Name,
    ParentId,
    TimeZone,
    SlipPrefix,
    CreatedAt,
}
