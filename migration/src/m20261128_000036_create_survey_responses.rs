use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SurveyResponses::Table)
                    .col(pk_auto(SurveyResponses::Id))
                    .col(integer(SurveyResponses::SurveyId))
                    .col(integer(SurveyResponses::RegionId))
                    .col(integer(SurveyResponses::UnitId))
                    .col(integer(SurveyResponses::MemberId))
                    .col(string_len(SurveyResponses::Level, 32))
                    .col(text_null(SurveyResponses::Comment))
                    .col(timestamp_with_time_zone(SurveyResponses::SubmittedAt))
                    .col(timestamp_with_time_zone(SurveyResponses::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        // One response per respondent and unit; a second submission changes it.
        manager
            .create_index(
                Index::create()
                    .name("survey_responses_key")
                    .table(SurveyResponses::Table)
                    .col(SurveyResponses::SurveyId)
                    .col(SurveyResponses::MemberId)
                    .col(SurveyResponses::UnitId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("survey_responses_unit_idx")
                    .table(SurveyResponses::Table)
                    .col(SurveyResponses::UnitId)
                    .col(SurveyResponses::SurveyId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SurveyResponses::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SurveyResponses {
    Table,
    Id,
    SurveyId,
    RegionId,
    UnitId,
    MemberId,
    Level,
    Comment,
    SubmittedAt,
    UpdatedAt,
}
