use sea_orm::entity::prelude::*;

/// A unit commended by the office in a public notice (通報表揚).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "commendations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    pub unit_id: i32,
    pub reason: String,
    /// The quarter the commendation is for, e.g. `2025Q1`, when it is for one.
    pub quarter: Option<String>,
    pub commended_by: i32,
    pub commended_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
