use sea_orm::entity::prelude::*;

/// A day that departs from Monday–Friday in a region: a holiday (`working = false`) or an
/// adjusted working weekend day (調休, `working = true`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "calendar_days")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub region_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub day: Date,
    pub working: bool,
    pub note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
