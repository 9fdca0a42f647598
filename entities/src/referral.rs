use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A clue passed to the discipline-inspection commission (問題線索移交).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referrals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    pub report_id: Option<i32>,
    pub assignment_id: Option<i32>,
    /// The inquiry or document request left unanswered, for an escalated one.
    pub inquiry_id: Option<i32>,
    /// `office` when the office referred it, `escalation` when an overdue slip or a late
    /// inquiry did.
    pub origin: String,
    pub status: ReferralStatus,
    pub summary: String,
    pub outcome: Option<String>,
    pub status_reason: Option<String>,
    /// Makes automatic referrals happen once per slip or inquiry and overdue episode.
    #[sea_orm(unique)]
    pub dedupe_key: Option<String>,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum ReferralStatus {
    /// Waiting in the commission's queue.
    #[sea_orm(string_value = "queued")]
    Queued,
    /// Taken up: the first check (初核).
    #[sea_orm(string_value = "accepted")]
    Accepted,
    /// Under formal investigation (立案调查).
    #[sea_orm(string_value = "investigating")]
    Investigating,
    /// Concluded with an outcome.
    #[sea_orm(string_value = "concluded")]
    Concluded,
    /// Returned as outside the commission's remit.
    #[sea_orm(string_value = "returned")]
    Returned,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
