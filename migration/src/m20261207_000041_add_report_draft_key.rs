use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Reports::Table)
                    .add_column(string_len_null(Reports::DraftKey, 64))
                    .to_owned(),
            )
            .await?;
        // A draft sent twice (its answer lost on a poor connection) makes one report.
        manager
            .create_index(
                Index::create()
                    .name("reports_draft_key")
                    .table(Reports::Table)
                    .col(Reports::ReporterAccountId)
                    .col(Reports::DraftKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("reports_draft_key")
                    .table(Reports::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Reports::Table)
                    .drop_column(Reports::DraftKey)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    ReporterAccountId,
    DraftKey,
}
