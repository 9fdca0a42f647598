use sea_orm::entity::prelude::*;

/// A satisfaction survey (滿意度測評) of units, answered by the active supervisors and
/// monitoring points of the region until `closes_on`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "surveys")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    pub title: String,
    /// The period the units are rated for, as the office words it ("2025年第一季度").
    pub period: String,
    pub closes_on: Date,
    pub opened_by: i32,
    pub opened_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
