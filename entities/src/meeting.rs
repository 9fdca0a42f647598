use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A joint meeting (聯(lián)席會議) or another collective activity the office organises.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meetings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    pub kind: MeetingKind,
    pub topic: String,
    pub agenda: String,
    pub place: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub status: MeetingStatus,
    /// Supervisors may ask to join (`applyToActivity`).
    pub open_to_applications: bool,
    /// The iCalendar SEQUENCE: 0 when announced, one more for each change and the cancel.
    pub sequence: i32,
    /// Raised by every change that invitees must hear of; the `meeting-notices` job sends
    /// the notices and sets `notified_version` to it.
    pub notice_version: i32,
    pub notified_version: i32,
    /// The start time the 24-hour reminder went out for.
    pub reminded_for: Option<DateTimeUtc>,
    pub cancel_reason: Option<String>,
    pub minutes: Option<String>,
    pub decisions: Option<String>,
    pub convened_by: i32,
    pub created_at: DateTimeUtc,
    pub announced_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// Joint meeting (聯(lián)席會議), convened by the leading group.
    #[sea_orm(string_value = "joint_meeting")]
    JointMeeting,
    /// Special supervision (專項監(jiān)督).
    #[sea_orm(string_value = "special_supervision")]
    SpecialSupervision,
    /// Evaluation (評議).
    #[sea_orm(string_value = "evaluation")]
    Evaluation,
    /// Research (調(diào)研).
    #[sea_orm(string_value = "research")]
    Research,
    /// Symposium (座談).
    #[sea_orm(string_value = "symposium")]
    Symposium,
    /// Inspection (視察).
    #[sea_orm(string_value = "inspection")]
    Inspection,
    /// Training (培訓(xùn)).
    #[sea_orm(string_value = "training")]
    Training,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    /// Being prepared; only the office sees it.
    #[sea_orm(string_value = "draft")]
    Draft,
    /// Announced: invitees are notified.
    #[sea_orm(string_value = "announced")]
    Announced,
    /// Attendance has been recorded.
    #[sea_orm(string_value = "held")]
    Held,
    /// Minutes recorded; nothing changes any more.
    #[sea_orm(string_value = "closed")]
    Closed,
    /// Called off; invitees are notified.
    #[sea_orm(string_value = "cancelled")]
    Cancelled,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
