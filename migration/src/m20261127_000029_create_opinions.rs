use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Opinions::Table)
                    .col(pk_auto(Opinions::Id))
                    .col(integer(Opinions::ConsultationId))
                    .col(integer(Opinions::RegionId))
                    .col(integer(Opinions::MemberId))
                    .col(integer(Opinions::AccountId))
                    .col(text(Opinions::Body))
                    .col(string_len_null(Opinions::Decision, 32))
                    .col(text_null(Opinions::Explanation))
                    .col(integer_null(Opinions::DecidedBy))
                    .col(timestamp_with_time_zone_null(Opinions::DecidedAt))
                    .col(timestamp_with_time_zone(Opinions::SubmittedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("opinions_consultation_idx")
                    .table(Opinions::Table)
                    .col(Opinions::ConsultationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Opinions::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Opinions {
    Table,
    Id,
    ConsultationId,
    RegionId,
    MemberId,
    AccountId,
    Body,
    Decision,
    Explanation,
    DecidedBy,
    DecidedAt,
    SubmittedAt,
}
