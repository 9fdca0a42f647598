use sea_orm::entity::prelude::*;

/// An append-only record of something done or attempted. Database triggers refuse UPDATE,
/// and DELETE of events younger than 180 days. Each event is a link in its region's hash
/// chain (`chain_id` 0 for events outside any region).
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
    pub chain_id: Option<i32>,
    /// Position in the chain, from 1.
    pub seq: Option<i64>,
    pub prev_hash: Option<String>,
    /// SHA-256 over `prev_hash` and the event's fields.
    pub hash: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
