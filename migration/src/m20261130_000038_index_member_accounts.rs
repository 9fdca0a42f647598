use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A supervisor's or liaison's every request finds its members by account: without
        // this index that is a scan of every member of every county.
        manager
            .create_index(
                Index::create()
                    .name("members_account_idx")
                    .table(Members::Table)
                    .col(Members::AccountId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("members_account_idx")
                    .table(Members::Table)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Members {
    Table,
    AccountId,
}
