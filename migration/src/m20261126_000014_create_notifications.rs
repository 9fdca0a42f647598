use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261126_000003_create_accounts::Accounts;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(pk_auto(Notifications::Id))
                    .col(integer(Notifications::AccountId))
                    .col(integer_null(Notifications::RegionId))
                    .col(string_len(Notifications::Kind, 64))
                    .col(string_len(Notifications::Title, 200))
                    .col(text(Notifications::Body))
                    .col(string_len_null(Notifications::TargetType, 32))
                    .col(integer_null(Notifications::TargetId))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .col(string_len_uniq(Notifications::DedupeKey, 200).null())
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Notifications::Table, Notifications::AccountId)
                            .to(Accounts::Table, Accounts::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("notifications_account_read_idx")
                    .table(Notifications::Table)
                    .col(Notifications::AccountId)
                    .col(Notifications::ReadAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Notifications::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    AccountId,
    RegionId,
    Kind,
    Title,
    Body,
    TargetType,
    TargetId,
    ReadAt,
    DedupeKey,
    CreatedAt,
}
