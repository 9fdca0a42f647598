use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SurveyUnits::Table)
                    .col(integer(SurveyUnits::SurveyId))
                    .col(integer(SurveyUnits::UnitId))
                    .primary_key(
                        Index::create()
                            .col(SurveyUnits::SurveyId)
                            .col(SurveyUnits::UnitId),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SurveyUnits::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SurveyUnits {
    Table,
    SurveyId,
    UnitId,
}
