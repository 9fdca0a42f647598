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
                    .table(ViolationCategories::Table)
                    .col(pk_auto(ViolationCategories::Id))
                    .col(integer(ViolationCategories::RegionId))
                    .col(string_len(ViolationCategories::Name, 200))
                    .col(boolean(ViolationCategories::Active))
                    .col(timestamp_with_time_zone(ViolationCategories::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ViolationCategories::Table, ViolationCategories::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("violation_categories_region_name_key")
                    .table(ViolationCategories::Table)
                    .col(ViolationCategories::RegionId)
                    .col(ViolationCategories::Name)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ViolationCategories::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ViolationCategories {
    Table,
    Id,
    RegionId,
    Name,
    Active,
    CreatedAt,
}
