use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MeetingInvitations::Table)
                    .col(pk_auto(MeetingInvitations::Id))
                    .col(integer(MeetingInvitations::MeetingId))
                    .col(integer(MeetingInvitations::RegionId))
                    .col(string_len(MeetingInvitations::Role, 16))
                    .col(integer_null(MeetingInvitations::MemberId))
                    .col(integer_null(MeetingInvitations::UnitId))
                    .col(string_len(MeetingInvitations::Status, 16))
                    .col(text_null(MeetingInvitations::Reason))
                    .col(string_len_null(MeetingInvitations::Attendance, 16))
                    .col(timestamp_with_time_zone(MeetingInvitations::CreatedAt))
                    .col(timestamp_with_time_zone_null(
                        MeetingInvitations::RespondedAt,
                    ))
                    .to_owned(),
            )
            .await?;
        // NULLs are distinct in both databases, so each index holds one kind of invitee.
        manager
            .create_index(
                Index::create()
                    .name("meeting_invitations_member_key")
                    .table(MeetingInvitations::Table)
                    .col(MeetingInvitations::MeetingId)
                    .col(MeetingInvitations::MemberId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("meeting_invitations_unit_key")
                    .table(MeetingInvitations::Table)
                    .col(MeetingInvitations::MeetingId)
                    .col(MeetingInvitations::UnitId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("meeting_invitations_member_idx")
                    .table(MeetingInvitations::Table)
                    .col(MeetingInvitations::MemberId)
                    .col(MeetingInvitations::Attendance)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MeetingInvitations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum MeetingInvitations {
    Table,
    Id,
    MeetingId,
    RegionId,
    Role,
    MemberId,
    UnitId,
    Status,
    Reason,
    Attendance,
    CreatedAt,
    RespondedAt,
}
