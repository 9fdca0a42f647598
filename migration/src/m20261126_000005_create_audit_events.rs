use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// No foreign keys: audit events outlive whatever they mention.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(big_pk_auto(AuditEvents::Id))
                    .col(timestamp_with_time_zone(AuditEvents::At))
                    .col(integer_null(AuditEvents::RegionId))
                    .col(integer_null(AuditEvents::ActorAccountId))
                    .col(string_len_null(AuditEvents::ActorUsername, 64))
                    .col(string_len_null(AuditEvents::ActorRole, 32))
                    .col(string_len(AuditEvents::Action, 64))
                    .col(string_len_null(AuditEvents::TargetType, 32))
                    .col(string_len_null(AuditEvents::TargetId, 64))
                    .col(string_len(AuditEvents::Result, 32))
                    .col(string_len_null(AuditEvents::ClientAddr, 64))
                    .col(string_len_null(AuditEvents::RequestId, 64))
                    .col(text_null(AuditEvents::BeforeState))
                    .col(text_null(AuditEvents::AfterState))
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("audit_events_region_at_idx", AuditEvents::RegionId),
            ("audit_events_actor_idx", AuditEvents::ActorAccountId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(AuditEvents::Table)
                        .col(col)
                        .col(AuditEvents::At)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditEvents::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    At,
    RegionId,
    ActorAccountId,
    ActorUsername,
    ActorRole,
    Action,
    TargetType,
    TargetId,
    Result,
    ClientAddr,
    RequestId,
    BeforeState,
    AfterState,
}
