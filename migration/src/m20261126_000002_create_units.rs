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
                    .table(Units::Table)
                    .col(pk_auto(Units::Id))
                    .col(integer(Units::RegionId))
                    .col(string_len(Units::Name, 100))
                    .col(string_len(Units::Kind, 32))
                    .col(string_len_null(Units::ContactEmail, 254))
                    .col(timestamp_with_time_zone(Units::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Units::Table, Units::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("units_region_name_key")
                    .table(Units::Table)
                    .col(Units::RegionId)
                    .col(Units::Name)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Units::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Units {
    Table,
    Id,
    RegionId,
    Name,
    Kind,
    ContactEmail,
    CreatedAt,
}
