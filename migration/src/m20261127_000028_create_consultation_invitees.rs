use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConsultationInvitees::Table)
                    .col(integer(ConsultationInvitees::ConsultationId))
                    .col(integer(ConsultationInvitees::MemberId))
                    .primary_key(
                        Index::create()
                            .col(ConsultationInvitees::ConsultationId)
                            .col(ConsultationInvitees::MemberId),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ConsultationInvitees::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ConsultationInvitees {
    Table,
    ConsultationId,
    MemberId,
}
