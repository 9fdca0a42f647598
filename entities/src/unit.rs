use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "units")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    pub name: String,
    pub kind: UnitKind,
    pub contact_email: Option<String>,
    pub created_at: DateTimeUtc,
}

/// What part a unit plays in the programme.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// The optimisation office (優化辦) running the programme.
    #[sea_orm(string_value = "office")]
    Office,
    /// An initial-review unit for monitoring-point nominations (工信局, 工商聯, 管委會…).
    #[sea_orm(string_value = "reviewer")]
    Reviewer,
    /// A responsible county department (縣直部門).
    #[sea_orm(string_value = "department")]
    Department,
    /// A township government (鄉鎮).
    #[sea_orm(string_value = "township")]
    Township,
    /// A judicial organ (司法機關).
    #[sea_orm(string_value = "judicial_organ")]
    JudicialOrgan,
    /// A public institution (事業單位).
    #[sea_orm(string_value = "public_institution")]
    PublicInstitution,
    /// The discipline-inspection commission (紀委監委).
    #[sea_orm(string_value = "discipline_commission")]
    DisciplineCommission,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
