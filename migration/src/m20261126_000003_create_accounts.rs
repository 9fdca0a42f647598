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
                    .table(Accounts::Table)
                    .col(pk_auto(Accounts::Id))
                    .col(string_len_uniq(Accounts::Username, 64))
                    .col(string_len(Accounts::DisplayName, 100))
                    .col(string_len_null(Accounts::Email, 254))
                    .col(text_null(Accounts::PhoneSealed))
                    .col(string_len(Accounts::Role, 32))
                    .col(integer_null(Accounts::RegionId))
                    .col(integer_null(Accounts::UnitId))
                    .col(string_len(Accounts::PasswordHash, 255))
                    .col(boolean(Accounts::MustChangePassword))
                    .col(boolean(Accounts::Active))
                    .col(timestamp_with_time_zone(Accounts::CreatedAt))
                    .col(timestamp_with_time_zone(Accounts::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Accounts::Table, Accounts::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Accounts::Table, Accounts::UnitId)
                            .to(Units::Table, Units::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("accounts_region_idx")
                    .table(Accounts::Table)
                    .col(Accounts::RegionId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Accounts::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Accounts {
    Table,
    Id,
    Username,
    DisplayName,
    Email,
    PhoneSealed,
    Role,
    RegionId,
    UnitId,
    PasswordHash,
    MustChangePassword,
    Active,
    CreatedAt,
    UpdatedAt,
}
