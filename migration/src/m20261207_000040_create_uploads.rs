use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Uploads::Table)
                    .col(pk_auto(Uploads::Id))
                    .col(string_len_uniq(Uploads::Token, 32))
                    .col(integer(Uploads::AccountId))
                    .col(string_len(Uploads::FileName, 255))
                    .col(big_integer(Uploads::Length))
                    .col(big_integer(Uploads::Received))
                    .col(timestamp_with_time_zone(Uploads::CreatedAt))
                    .to_owned(),
            )
            .await?;
        // Uploads never attached are removed a day after they began.
        manager
            .create_index(
                Index::create()
                    .name("uploads_created_idx")
                    .table(Uploads::Table)
                    .col(Uploads::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Uploads::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Uploads {
    Table,
    Id,
    Token,
    AccountId,
    FileName,
    Length,
    Received,
    CreatedAt,
}
