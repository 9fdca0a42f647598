use sea_orm::entity::prelude::*;

/// The last slip number given per region and year; incremented inside the issuing
/// transaction, so numbers are gapless and never given twice.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "slip_sequences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub region_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub year: i32,
    pub last_seq: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
