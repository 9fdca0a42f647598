use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Failed sign-ins are counted per username (as typed, so unknown names behave like real
/// ones) and client address, so failures from one address never delay another. What the old
/// table held is only a few minutes' bookkeeping; it is dropped, not converted.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(LoginThrottles::Table).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginThrottles::Table)
                    .col(string_len(LoginThrottles::Username, 64))
                    .col(string_len(LoginThrottles::ClientAddr, 64))
                    .col(integer(LoginThrottles::Failures))
                    .col(timestamp_with_time_zone(LoginThrottles::LastFailureAt))
                    .primary_key(
                        Index::create()
                            .col(LoginThrottles::Username)
                            .col(LoginThrottles::ClientAddr),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(LoginThrottles::Table).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginThrottles::Table)
                    .col(string_len(LoginThrottles::Username, 64).primary_key())
                    .col(integer(LoginThrottles::Attempts))
                    .col(timestamp_with_time_zone(LoginThrottles::WindowStartedAt))
                    .col(timestamp_with_time_zone_null(LoginThrottles::LockedUntil))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum LoginThrottles {
    Table,
    Username,
    ClientAddr,
    Failures,
    LastFailureAt,
    Attempts,
    WindowStartedAt,
    LockedUntil,
}
