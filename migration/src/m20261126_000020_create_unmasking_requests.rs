use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261126_000019_create_referrals::Referrals;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(UnmaskingRequests::Table)
                    .col(pk_auto(UnmaskingRequests::Id))
                    .col(integer(UnmaskingRequests::ReferralId))
                    .col(integer(UnmaskingRequests::RegionId))
                    .col(integer(UnmaskingRequests::RequestedBy))
                    .col(text(UnmaskingRequests::Reason))
                    .col(string_len(UnmaskingRequests::Status, 16))
                    .col(integer_null(UnmaskingRequests::DecidedBy))
                    .col(timestamp_with_time_zone_null(UnmaskingRequests::DecidedAt))
                    .col(timestamp_with_time_zone(UnmaskingRequests::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(UnmaskingRequests::Table, UnmaskingRequests::ReferralId)
                            .to(Referrals::Table, Referrals::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(UnmaskingRequests::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum UnmaskingRequests {
    Table,
    Id,
    ReferralId,
    RegionId,
    RequestedBy,
    Reason,
    Status,
    DecidedBy,
    DecidedAt,
    CreatedAt,
}
