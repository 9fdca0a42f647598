use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A supervisor's inquiry (質詢) or document request (查閱文件資料) to a unit.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "inquiries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    pub member_id: i32,
    pub asker_account_id: i32,
    pub unit_id: i32,
    pub kind: InquiryKind,
    pub subject: String,
    pub question: String,
    pub deadline: Date,
    pub answer: Option<String>,
    pub answered_on: Option<Date>,
    pub answered_at: Option<DateTimeUtc>,
    pub asked_at: DateTimeUtc,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum InquiryKind {
    /// 質詢: a formal question to the unit.
    #[sea_orm(string_value = "inquiry")]
    Inquiry,
    /// 查閱文件資料: a request to see documents.
    #[sea_orm(string_value = "document_request")]
    DocumentRequest,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
