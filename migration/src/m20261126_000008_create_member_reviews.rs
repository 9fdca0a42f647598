use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261126_000007_create_members::Members;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MemberReviews::Table)
                    .col(pk_auto(MemberReviews::Id))
                    .col(integer(MemberReviews::MemberId))
                    .col(integer(MemberReviews::RegionId))
                    .col(string_len(MemberReviews::Step, 32))
                    .col(string_len(MemberReviews::Decision, 32))
                    .col(text_null(MemberReviews::Comment))
                    .col(integer(MemberReviews::ReviewerAccountId))
                    .col(timestamp_with_time_zone(MemberReviews::At))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MemberReviews::Table, MemberReviews::MemberId)
                            .to(Members::Table, Members::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("member_reviews_member_idx")
                    .table(MemberReviews::Table)
                    .col(MemberReviews::MemberId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MemberReviews::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum MemberReviews {
    Table,
    Id,
    MemberId,
    RegionId,
    Step,
    Decision,
    Comment,
    ReviewerAccountId,
    At,
}
