use sea_orm_migration::{prelude::*, schema::*};

use crate::{
    m20261126_000007_create_members::Members,
    m20261126_000009_create_training_sessions::TrainingSessions,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TrainingAttendances::Table)
                    .col(integer(TrainingAttendances::SessionId))
                    .col(integer(TrainingAttendances::MemberId))
                    .primary_key(
                        Index::create()
                            .col(TrainingAttendances::SessionId)
                            .col(TrainingAttendances::MemberId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TrainingAttendances::Table, TrainingAttendances::SessionId)
                            .to(TrainingSessions::Table, TrainingSessions::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TrainingAttendances::Table, TrainingAttendances::MemberId)
                            .to(Members::Table, Members::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(TrainingAttendances::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum TrainingAttendances {
    Table,
    SessionId,
    MemberId,
}
