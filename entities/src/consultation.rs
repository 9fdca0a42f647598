use sea_orm::entity::prelude::*;

/// A draft policy put to the supervisors (共商共建) by a unit, or by the office when
/// `unit_id` is `None`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    pub unit_id: Option<i32>,
    pub opened_by: i32,
    pub title: String,
    pub body: String,
    /// Every active supervisor of the region is invited; otherwise those in
    /// `consultation_invitees`.
    pub invite_all: bool,
    pub closes_on: Date,
    pub opened_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
