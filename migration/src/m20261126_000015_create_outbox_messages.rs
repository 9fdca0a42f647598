use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OutboxMessages::Table)
                    .col(pk_auto(OutboxMessages::Id))
                    .col(string_len_uniq(OutboxMessages::DedupeKey, 200))
                    .col(integer_null(OutboxMessages::RegionId))
                    .col(integer_null(OutboxMessages::AccountId))
                    .col(string_len(OutboxMessages::ToAddress, 254))
                    .col(string_len(OutboxMessages::Subject, 200))
                    .col(text(OutboxMessages::BodyText))
                    .col(boolean(OutboxMessages::Immediate))
                    .col(string_len(OutboxMessages::Status, 16))
                    .col(integer(OutboxMessages::Attempts))
                    .col(timestamp_with_time_zone(OutboxMessages::NextAttemptAt))
                    .col(text_null(OutboxMessages::LastError))
                    .col(timestamp_with_time_zone(OutboxMessages::CreatedAt))
                    .col(timestamp_with_time_zone_null(OutboxMessages::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outbox_messages_status_next_idx")
                    .table(OutboxMessages::Table)
                    .col(OutboxMessages::Status)
                    .col(OutboxMessages::NextAttemptAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OutboxMessages::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum OutboxMessages {
    Table,
    Id,
    DedupeKey,
    RegionId,
    AccountId,
    ToAddress,
    Subject,
    BodyText,
    Immediate,
    Status,
    Attempts,
    NextAttemptAt,
    LastError,
    CreatedAt,
    SentAt,
}
