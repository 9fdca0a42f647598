use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A member invited to (or asking to join) a meeting, or a unit invited to observe it.
/// Exactly one of `member_id` and `unit_id` is set.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_invitations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub meeting_id: i32,
    pub region_id: i32,
    pub role: InvitationRole,
    pub member_id: Option<i32>,
    pub unit_id: Option<i32>,
    pub status: InvitationStatus,
    /// Why it was declined, or why an application was refused.
    pub reason: Option<String>,
    pub attendance: Option<Attendance>,
    pub created_at: DateTimeUtc,
    pub responded_at: Option<DateTimeUtc>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum InvitationRole {
    /// A supervisor or monitoring point taking part (參加).
    #[sea_orm(string_value = "participant")]
    Participant,
    /// A unit attending as observer (列席).
    #[sea_orm(string_value = "observer")]
    Observer,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    /// A supervisor asked to join; the office has not decided.
    #[sea_orm(string_value = "applied")]
    Applied,
    /// Invited; no answer yet.
    #[sea_orm(string_value = "invited")]
    Invited,
    #[sea_orm(string_value = "accepted")]
    Accepted,
    #[sea_orm(string_value = "declined")]
    Declined,
    /// The office did not admit the application.
    #[sea_orm(string_value = "refused")]
    Refused,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    #[sea_orm(string_value = "attended")]
    Attended,
    /// Absent with leave (請假).
    #[sea_orm(string_value = "excused")]
    Excused,
    /// Absent without leave; two of these make an exit candidate.
    #[sea_orm(string_value = "absent")]
    Absent,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
