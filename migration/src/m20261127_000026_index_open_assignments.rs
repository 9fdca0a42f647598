use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Escalation and due-soon read a region's open slips by deadline: with this index
        // their cost follows the slips due or overdue, not every slip ever issued.
        manager
            .create_index(
                Index::create()
                    .name("assignments_region_status_deadline_idx")
                    .table(Assignments::Table)
                    .col(Assignments::RegionId)
                    .col(Assignments::Status)
                    .col(Assignments::Deadline)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("assignments_region_status_deadline_idx")
                    .table(Assignments::Table)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Assignments {
    Table,
    RegionId,
    Status,
    Deadline,
}
