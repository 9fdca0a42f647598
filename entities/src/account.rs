use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "accounts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    /// AES-256-GCM sealed, like every phone number at rest.
    pub phone_sealed: Option<String>,
    pub role: Role,
    pub region_id: Option<i32>,
    pub unit_id: Option<i32>,
    pub password_hash: String,
    pub must_change_password: bool,
    pub active: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// The role an account acts in. Anonymous visitors have no account.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the deployment: creates regions and their first office accounts.
    #[sea_orm(string_value = "platform_admin")]
    PlatformAdmin,
    /// The county optimisation office (縣優化辦), running the programme in its region.
    #[sea_orm(string_value = "office")]
    Office,
    /// A member of the leading group (領導小組): final approval, reads everything in region.
    #[sea_orm(string_value = "leading_group")]
    LeadingGroup,
    /// Staff of an initial-review unit (初審單位).
    #[sea_orm(string_value = "reviewer")]
    Reviewer,
    /// Staff of a responsible unit handling assignment slips for that unit only.
    #[sea_orm(string_value = "unit_handler")]
    UnitHandler,
    /// The discipline-inspection commission (紀委監委), working the referral queue.
    #[sea_orm(string_value = "discipline")]
    Discipline,
    /// A certified volunteer business-environment supervisor (監督員).
    #[sea_orm(string_value = "supervisor")]
    Supervisor,
    /// The liaison (聯絡員) of a monitoring point.
    #[sea_orm(string_value = "liaison")]
    Liaison,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
