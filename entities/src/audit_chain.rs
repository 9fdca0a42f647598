use sea_orm::entity::prelude::*;

/// The head of a region's audit chain: the last link's position and hash. Locked while an
/// event is appended, so links never fork.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_chains")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub chain_id: i32,
    pub seq: i64,
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
