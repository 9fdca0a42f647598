use sea_orm::entity::prelude::*;

/// An append-only record of something done or attempted. Nothing updates or deletes these.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub at: DateTimeUtc,
    pub region_id: Option<i32>,
    pub actor_account_id: Option<i32>,
    pub actor_username: Option<String>,
    pub actor_role: Option<String>,
    pub action: String,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub result: String,
    pub client_addr: Option<String>,
    pub request_id: Option<String>,
    pub before_state: Option<String>,
    pub after_state: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
