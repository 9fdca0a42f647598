use sea_orm_migration::{prelude::*, schema::*};

use crate::{
    m20261126_000013_create_reports::Reports, m20261126_000016_create_assignments::Assignments,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AssignmentReports::Table)
                    .col(integer(AssignmentReports::AssignmentId))
                    .col(integer(AssignmentReports::ReportId))
                    .primary_key(
                        Index::create()
                            .col(AssignmentReports::AssignmentId)
                            .col(AssignmentReports::ReportId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AssignmentReports::Table, AssignmentReports::AssignmentId)
                            .to(Assignments::Table, Assignments::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AssignmentReports::Table, AssignmentReports::ReportId)
                            .to(Reports::Table, Reports::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("assignment_reports_report_idx")
                    .table(AssignmentReports::Table)
                    .col(AssignmentReports::ReportId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AssignmentReports::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AssignmentReports {
    Table,
    AssignmentId,
    ReportId,
}
