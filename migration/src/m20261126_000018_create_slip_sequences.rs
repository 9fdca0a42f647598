use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SlipSequences::Table)
                    .col(integer(SlipSequences::RegionId))
                    .col(integer(SlipSequences::Year))
                    .col(integer(SlipSequences::LastSeq))
                    .primary_key(
                        Index::create()
                            .col(SlipSequences::RegionId)
                            .col(SlipSequences::Year),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SlipSequences::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SlipSequences {
    Table,
    RegionId,
    Year,
    LastSeq,
}
