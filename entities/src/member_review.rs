use sea_orm::entity::prelude::*;

/// One step taken on a nomination: who, when, what, why.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "member_reviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub member_id: i32,
    pub region_id: i32,
    /// The status the step was taken in, e.g. `final_review`, or an action such as `route`.
    pub step: String,
    pub decision: String,
    pub comment: Option<String>,
    pub reviewer_account_id: i32,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
