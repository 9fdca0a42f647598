use sea_orm::entity::prelude::*;

/// One occurrence of a scheduled job. The unique `run_key` is the claim: whoever inserts it
/// runs it; a run whose lease has lapsed may be taken over.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "job_runs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub run_key: String,
    pub job: String,
    pub region_id: Option<i32>,
    /// The scheduled occurrence this run is for; `None` for a run by hand.
    pub scheduled_for: Option<DateTimeUtc>,
    /// `running`, `succeeded`, `failed`, or `missed` (past its catch-up window).
    pub status: String,
    pub attempts: i32,
    pub lease_until: DateTimeUtc,
    pub effects: i32,
    pub error: Option<String>,
    pub started_at: DateTimeUtc,
    pub finished_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
