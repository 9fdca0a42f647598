use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One respondent's rating of one unit. Results never show `member_id`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_responses")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub survey_id: i32,
    pub region_id: i32,
    pub unit_id: i32,
    pub member_id: i32,
    pub level: SatisfactionLevel,
    pub comment: Option<String>,
    pub submitted_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum SatisfactionLevel {
    /// 非常滿意.
    #[sea_orm(string_value = "very_satisfied")]
    VerySatisfied,
    /// 滿意.
    #[sea_orm(string_value = "satisfied")]
    Satisfied,
    /// 基本滿意.
    #[sea_orm(string_value = "fairly_satisfied")]
    FairlySatisfied,
    /// 不滿意.
    #[sea_orm(string_value = "dissatisfied")]
    Dissatisfied,
    /// 非常不滿意.
    #[sea_orm(string_value = "very_dissatisfied")]
    VeryDissatisfied,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
