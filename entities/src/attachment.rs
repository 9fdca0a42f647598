use sea_orm::entity::prelude::*;

/// A file attached to a report or to a unit's reply. The bytes live in the file store under
/// their SHA-256; this row says whose they are.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    /// `Report` or `Assignment`.
    pub owner_type: String,
    pub owner_id: i32,
    pub sha256: String,
    pub size: i64,
    /// Detected from the bytes, not taken from the client.
    pub content_type: String,
    pub file_name: String,
    /// The account that uploaded it; none for a self-nomination's documents.
    pub uploaded_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
