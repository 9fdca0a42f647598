use sea_orm::entity::prelude::*;

/// A file being uploaded in pieces (the tus protocol), until a change attaches it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "uploads")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The upload's address (`/uploads/{token}`) and the id a mutation names it by.
    #[sea_orm(unique)]
    pub token: String,
    pub account_id: i32,
    pub file_name: String,
    /// The whole file's size, announced when the upload began.
    pub length: i64,
    /// Bytes received so far.
    pub received: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
