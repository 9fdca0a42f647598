use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Hash-chains audit events per region and makes them append-only: UPDATE is refused, and
/// DELETE too unless the event is older than 180 days (retention). Events written before
/// this migration have no link and stay outside the chains.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            integer_null(AuditEvents::ChainId),
            big_integer_null(AuditEvents::Seq),
            string_len_null(AuditEvents::PrevHash, 64),
            string_len_null(AuditEvents::Hash, 64),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditEvents::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("audit_events_chain_seq_key")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::ChainId)
                    .col(AuditEvents::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditChains::Table)
                    .col(integer(AuditChains::ChainId).primary_key())
                    .col(big_integer(AuditChains::Seq))
                    .col(string_len(AuditChains::Hash, 64))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        let statements: &[&str] = match manager.get_database_backend() {
            DatabaseBackend::Sqlite => &[
                "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events \
                 BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
                "CREATE TRIGGER audit_events_no_early_delete BEFORE DELETE ON audit_events \
                 WHEN julianday(OLD.at) IS NULL OR julianday(OLD.at) > julianday('now', '-180 days') \
                 BEGIN SELECT RAISE(ABORT, 'audit events are kept at least 180 days'); END",
            ],
            _ => &[
                "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN \
                   IF TG_OP = 'DELETE' AND OLD.at < now() - interval '180 days' THEN RETURN OLD; END IF; \
                   RAISE EXCEPTION 'audit events are append-only and kept at least 180 days'; \
                 END $$",
                "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events \
                 FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
                "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events \
                 FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()",
            ],
        };
        for statement in statements {
            db.execute_unprepared(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let statements: &[&str] = match manager.get_database_backend() {
            DatabaseBackend::Sqlite => &[
                "DROP TRIGGER audit_events_no_update",
                "DROP TRIGGER audit_events_no_early_delete",
            ],
            _ => &[
                "DROP TRIGGER audit_events_no_truncate ON audit_events",
                "DROP TRIGGER audit_events_append_only ON audit_events",
                "DROP FUNCTION audit_events_append_only()",
            ],
        };
        for statement in statements {
            db.execute_unprepared(statement).await?;
        }
        manager
            .drop_table(Table::drop().table(AuditChains::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("audit_events_chain_seq_key")
                    .table(AuditEvents::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            AuditEvents::Hash,
            AuditEvents::PrevHash,
            AuditEvents::Seq,
            AuditEvents::ChainId,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditEvents::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    ChainId,
    Seq,
    PrevHash,
    Hash,
}

#[derive(DeriveIden)]
enum AuditChains {
    Table,
    ChainId,
    Seq,
    Hash,
}
