use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One statement per column: SQLite alters one column at a time.
        for column in [
            OutboxMessages::AttachmentName,
            OutboxMessages::AttachmentType,
            OutboxMessages::AttachmentBody,
        ] {
            let definition = match column {
                OutboxMessages::AttachmentBody => text_null(column),
                _ => string_len_null(column, 200),
            };
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxMessages::Table)
                        .add_column(definition)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            OutboxMessages::AttachmentName,
            OutboxMessages::AttachmentType,
            OutboxMessages::AttachmentBody,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxMessages::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum OutboxMessages {
    Table,
    AttachmentName,
    AttachmentType,
    AttachmentBody,
}
