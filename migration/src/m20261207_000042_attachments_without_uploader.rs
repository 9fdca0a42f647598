use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

use crate::m20261126_000001_create_regions::Regions;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The table as first created, with the uploader's column required or not. SQLite cannot
/// change a column's nullability, so there the table is made again.
fn table(name: Attachments, uploader_required: bool) -> TableCreateStatement {
    let uploader = if uploader_required {
        integer(Attachments::UploadedBy)
    } else {
        integer_null(Attachments::UploadedBy)
    };
    Table::create()
        .table(name)
        .col(pk_auto(Attachments::Id))
        .col(integer(Attachments::RegionId))
        .col(string_len(Attachments::OwnerType, 32))
        .col(integer(Attachments::OwnerId))
        .col(string_len(Attachments::Sha256, 64))
        .col(big_integer(Attachments::Size))
        .col(string_len(Attachments::ContentType, 128))
        .col(string_len(Attachments::FileName, 255))
        .col(uploader)
        .col(timestamp_with_time_zone(Attachments::CreatedAt))
        .foreign_key(
            ForeignKey::create()
                .from(name, Attachments::RegionId)
                .to(Regions::Table, Regions::Id),
        )
        .to_owned()
}

async fn uploader_required(manager: &SchemaManager<'_>, required: bool) -> Result<(), DbErr> {
    if manager.get_database_backend() != DatabaseBackend::Sqlite {
        let column = if required {
            ColumnDef::new(Attachments::UploadedBy)
                .integer()
                .not_null()
                .to_owned()
        } else {
            ColumnDef::new(Attachments::UploadedBy)
                .integer()
                .null()
                .to_owned()
        };
        return manager
            .alter_table(
                Table::alter()
                    .table(Attachments::Table)
                    .modify_column(column)
                    .to_owned(),
            )
            .await;
    }
    manager
        .create_table(table(Attachments::Rebuilt, required))
        .await?;
    let db = manager.get_connection();
    db.execute_unprepared("INSERT INTO attachments_rebuilt SELECT * FROM attachments")
        .await?;
    manager
        .drop_table(Table::drop().table(Attachments::Table).to_owned())
        .await?;
    db.execute_unprepared("ALTER TABLE attachments_rebuilt RENAME TO attachments")
        .await?;
    manager
        .create_index(
            Index::create()
                .name("attachments_owner_idx")
                .table(Attachments::Table)
                .col(Attachments::OwnerType)
                .col(Attachments::OwnerId)
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    // A self-nomination's documents come from the public: no account uploads them.
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        uploader_required(manager, false).await
    }

    // Fails while an anonymous upload is kept.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        uploader_required(manager, true).await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Attachments {
    Table,
    #[sea_orm(iden = "attachments_rebuilt")]
    Rebuilt,
    Id,
    RegionId,
    OwnerType,
    OwnerId,
    Sha256,
    Size,
    ContentType,
    FileName,
    UploadedBy,
    CreatedAt,
}
