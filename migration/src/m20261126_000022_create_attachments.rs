use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261126_000001_create_regions::Regions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Attachments::Table)
                    .col(pk_auto(Attachments::Id))
                    .col(integer(Attachments::RegionId))
                    .col(string_len(Attachments::OwnerType, 32))
                    .col(integer(Attachments::OwnerId))
                    .col(string_len(Attachments::Sha256, 64))
                    .col(big_integer(Attachments::Size))
                    .col(string_len(Attachments::ContentType, 128))
                    .col(string_len(Attachments::FileName, 255))
                    .col(integer(Attachments::UploadedBy))
                    .col(timestamp_with_time_zone(Attachments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Attachments::Table, Attachments::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .to_owned(),
            )
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

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Attachments::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Attachments {
    Table,
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
