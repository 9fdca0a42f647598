use sea_orm_migration::{prelude::*, schema::*};

use crate::{
    m20261126_000001_create_regions::Regions, m20261126_000002_create_units::Units,
    m20261126_000003_create_accounts::Accounts,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Members::Table)
                    .col(pk_auto(Members::Id))
                    .col(integer(Members::RegionId))
                    .col(string_len(Members::Kind, 32))
                    .col(string_len(Members::Status, 32))
                    .col(string_len(Members::Category, 40))
                    .col(string_len(Members::Name, 200))
                    .col(string_len_null(Members::Affiliation, 200))
                    .col(string_len_null(Members::Position, 100))
                    .col(boolean(Members::NpcOrCppcc))
                    .col(string_len(Members::Recommender, 32))
                    .col(text_null(Members::IdNumberSealed))
                    .col(string_len_null(Members::IdNumberIndex, 64))
                    .col(text_null(Members::PhoneSealed))
                    .col(string_len_null(Members::PhoneIndex, 64))
                    .col(string_len_null(Members::Email, 254))
                    .col(string_len_null(Members::CreditCode, 18))
                    .col(string_len(Members::Declarations, 255))
                    .col(integer_null(Members::ReviewerUnitId))
                    .col(string_len_uniq(Members::ReceiptIndex, 64).null())
                    .col(string_len_null(Members::SubmitterIndex, 64))
                    .col(text_null(Members::StatusReason))
                    .col(string_len_null(Members::CertificateNumber, 64))
                    .col(string_len_null(Members::PlaqueNumber, 64))
                    .col(date_null(Members::TermStartsOn))
                    .col(date_null(Members::TermEndsOn))
                    .col(integer_null(Members::AccountId))
                    .col(text_null(Members::QuotaOverrideReason))
                    .col(timestamp_with_time_zone_null(Members::ApprovedAt))
                    .col(timestamp_with_time_zone(Members::CreatedAt))
                    .col(timestamp_with_time_zone(Members::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Members::Table, Members::RegionId)
                            .to(Regions::Table, Regions::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Members::Table, Members::ReviewerUnitId)
                            .to(Units::Table, Units::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Members::Table, Members::AccountId)
                            .to(Accounts::Table, Accounts::Id),
                    )
                    .to_owned(),
            )
            .await?;
        let indexes = [
            (
                "members_region_kind_status_idx",
                vec![Members::RegionId, Members::Kind, Members::Status],
                false,
            ),
            (
                "members_id_number_index_idx",
                vec![Members::IdNumberIndex],
                false,
            ),
            (
                "members_submitter_index_idx",
                vec![Members::SubmitterIndex, Members::CreatedAt],
                false,
            ),
            (
                "members_region_certificate_key",
                vec![Members::RegionId, Members::CertificateNumber],
                true,
            ),
            (
                "members_region_plaque_key",
                vec![Members::RegionId, Members::PlaqueNumber],
                true,
            ),
        ];
        for (name, columns, unique) in indexes {
            let mut index = Index::create();
            index.name(name).table(Members::Table);
            for column in columns {
                index.col(column);
            }
            if unique {
                index.unique();
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Members::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
pub enum Members {
    Table,
    Id,
    RegionId,
    Kind,
    Status,
    Category,
    Name,
    Affiliation,
    Position,
    NpcOrCppcc,
    Recommender,
    IdNumberSealed,
    IdNumberIndex,
    PhoneSealed,
    PhoneIndex,
    Email,
    CreditCode,
    Declarations,
    ReviewerUnitId,
    ReceiptIndex,
    SubmitterIndex,
    StatusReason,
    CertificateNumber,
    PlaqueNumber,
    TermStartsOn,
    TermEndsOn,
    AccountId,
    QuotaOverrideReason,
    ApprovedAt,
    CreatedAt,
    UpdatedAt,
}
