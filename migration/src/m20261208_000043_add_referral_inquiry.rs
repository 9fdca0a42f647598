use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A referral may come from an inquiry or document request left unanswered. No foreign key:
/// SQLite cannot add one to an existing table; the service writes only existing inquiries.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Referrals::Table)
                    .add_column(integer_null(Referrals::InquiryId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("referrals_inquiry_idx")
                    .table(Referrals::Table)
                    .col(Referrals::InquiryId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("referrals_inquiry_idx")
                    .table(Referrals::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Referrals::Table)
                    .drop_column(Referrals::InquiryId)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Referrals {
    Table,
    InquiryId,
}
