use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Meetings::Table)
                    .col(pk_auto(Meetings::Id))
                    .col(integer(Meetings::RegionId))
                    .col(string_len(Meetings::Kind, 32))
                    .col(string_len(Meetings::Topic, 200))
                    .col(text(Meetings::Agenda))
                    .col(string_len(Meetings::Place, 200))
                    .col(timestamp_with_time_zone(Meetings::StartsAt))
                    .col(timestamp_with_time_zone(Meetings::EndsAt))
                    .col(string_len(Meetings::Status, 16))
                    .col(boolean(Meetings::OpenToApplications))
                    .col(integer(Meetings::Sequence))
                    .col(integer(Meetings::NoticeVersion))
                    .col(integer(Meetings::NotifiedVersion))
                    .col(timestamp_with_time_zone_null(Meetings::RemindedFor))
                    .col(text_null(Meetings::CancelReason))
                    .col(text_null(Meetings::Minutes))
                    .col(text_null(Meetings::Decisions))
                    .col(integer(Meetings::ConvenedBy))
                    .col(timestamp_with_time_zone(Meetings::CreatedAt))
                    .col(timestamp_with_time_zone_null(Meetings::AnnouncedAt))
                    .col(timestamp_with_time_zone_null(Meetings::ClosedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("meetings_region_start_idx")
                    .table(Meetings::Table)
                    .col(Meetings::RegionId)
                    .col(Meetings::StartsAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Meetings::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
    RegionId,
    Kind,
    Topic,
    Agenda,
    Place,
    StartsAt,
    EndsAt,
    Status,
    OpenToApplications,
    Sequence,
    NoticeVersion,
    NotifiedVersion,
    RemindedFor,
    CancelReason,
    Minutes,
    Decisions,
    ConvenedBy,
    CreatedAt,
    AnnouncedAt,
    ClosedAt,
}
