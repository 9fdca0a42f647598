use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// An assignment slip (交辦單): the office's instruction to one responsible unit.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assignments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    /// Formatted number, e.g. 岳縣優交〔2025〕3號; gapless per region and year.
    pub number: String,
    pub year: i32,
    pub seq: i32,
    pub unit_id: i32,
    pub mode: AssignmentMode,
    pub requirement: String,
    pub status: AssignmentStatus,
    pub issued_on: Date,
    pub deadline: Date,
    pub reply: Option<String>,
    pub replied_at: Option<DateTimeUtc>,
    pub status_reason: Option<String>,
    pub extension_until: Option<Date>,
    pub extension_reason: Option<String>,
    pub extension_status: Option<String>,
    pub issued_by: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum AssignmentMode {
    /// 轉辦: passed on for the unit to handle.
    #[sea_orm(string_value = "forward")]
    Forward,
    /// 交辦: assigned with a requirement.
    #[sea_orm(string_value = "assign")]
    Assign,
    /// 督辦: supervised closely.
    #[sea_orm(string_value = "supervise")]
    Supervise,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum AssignmentStatus {
    /// Sent to the unit.
    #[sea_orm(string_value = "issued")]
    Issued,
    /// The unit signed for it.
    #[sea_orm(string_value = "signed")]
    Signed,
    /// The unit replied with its result; the clock stops.
    #[sea_orm(string_value = "replied")]
    Replied,
    /// The office accepted the reply.
    #[sea_orm(string_value = "verified")]
    Verified,
    /// The office sent it back with reasons and a new deadline.
    #[sea_orm(string_value = "returned")]
    Returned,
    /// The unit handed it back as outside its remit (退單); the office reassigns it.
    #[sea_orm(string_value = "handed_back")]
    HandedBack,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
