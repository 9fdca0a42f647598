use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A supervisor's opinion on a consultation, and the opener's decision on it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opinions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    pub region_id: i32,
    pub member_id: i32,
    pub account_id: i32,
    pub body: String,
    pub decision: Option<OpinionDecision>,
    /// Required unless the opinion was adopted in full (未採納的意見應作出說明).
    pub explanation: Option<String>,
    pub decided_by: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
    pub submitted_at: DateTimeUtc,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum OpinionDecision {
    /// Adopted (採納).
    #[sea_orm(string_value = "adopted")]
    Adopted,
    /// Partly adopted (部分採納); needs an explanation.
    #[sea_orm(string_value = "partly_adopted")]
    PartlyAdopted,
    /// Not adopted (未採納); needs an explanation.
    #[sea_orm(string_value = "not_adopted")]
    NotAdopted,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
