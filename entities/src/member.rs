use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A monitoring point or a supervisor, from nomination to the end of the term. ID number and
/// phone are sealed (AES-256-GCM); the `_index` columns are HMAC blind indexes.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "members")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    pub kind: MemberKind,
    pub status: MemberStatus,
    pub category: MemberCategory,
    pub name: String,
    pub affiliation: Option<String>,
    pub position: Option<String>,
    pub npc_or_cppcc: bool,
    pub recommender: Recommender,
    pub id_number_sealed: Option<String>,
    pub id_number_index: Option<String>,
    pub phone_sealed: Option<String>,
    pub phone_index: Option<String>,
    pub email: Option<String>,
    pub credit_code: Option<String>,
    /// Comma-separated `Declaration` values.
    pub declarations: String,
    pub reviewer_unit_id: Option<i32>,
    pub receipt_index: Option<String>,
    pub submitter_index: Option<String>,
    pub status_reason: Option<String>,
    pub certificate_number: Option<String>,
    pub plaque_number: Option<String>,
    pub term_starts_on: Option<Date>,
    pub term_ends_on: Option<Date>,
    pub account_id: Option<i32>,
    pub quota_override_reason: Option<String>,
    pub approved_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum MemberKind {
    /// A volunteer business-environment supervisor (監督員).
    #[sea_orm(string_value = "supervisor")]
    Supervisor,
    /// A business-environment monitoring point (監測點).
    #[sea_orm(string_value = "monitoring_point")]
    MonitoringPoint,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    /// Submitted; the office checks it (supervisors) or routes it to a reviewer unit (points).
    #[sea_orm(string_value = "nominated")]
    Nominated,
    /// With the reviewer unit for initial review (初審; points).
    #[sea_orm(string_value = "initial_review")]
    InitialReview,
    /// With the office for second review (復審; points).
    #[sea_orm(string_value = "second_review")]
    SecondReview,
    /// With the leading group for final approval (審定).
    #[sea_orm(string_value = "final_review")]
    FinalReview,
    /// Approved and published.
    #[sea_orm(string_value = "approved")]
    Approved,
    /// A supervisor who attended training, awaiting the certificate.
    #[sea_orm(string_value = "trained")]
    Trained,
    /// Certificate issued or plaque awarded; the term runs.
    #[sea_orm(string_value = "active")]
    Active,
    /// Sent back for more material.
    #[sea_orm(string_value = "returned")]
    Returned,
    /// Turned down at a review step.
    #[sea_orm(string_value = "rejected")]
    Rejected,
    /// The term ended.
    #[sea_orm(string_value = "expired")]
    Expired,
    /// Left by the office's exit decision (動態退出).
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
    /// A supervisor removed as a sanction (除名).
    #[sea_orm(string_value = "removed")]
    Removed,
    /// Disqualified for misconduct (取消資格).
    #[sea_orm(string_value = "disqualified")]
    Disqualified,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(40))")]
#[serde(rename_all = "snake_case")]
pub enum MemberCategory {
    /// Supervisor: enterprise representative (企業代表).
    #[sea_orm(string_value = "enterprise_representative")]
    EnterpriseRepresentative,
    /// Supervisor: industry association or chamber representative (行業協會商會代表).
    #[sea_orm(string_value = "association_representative")]
    AssociationRepresentative,
    /// Supervisor: individual-business representative (個體工商戶代表).
    #[sea_orm(string_value = "individual_business_representative")]
    IndividualBusinessRepresentative,
    /// Supervisor: oversight representative — party congress, NPC, CPPCC (監督代表).
    #[sea_orm(string_value = "oversight_representative")]
    OversightRepresentative,
    /// Supervisor: social representative — experts, public figures (社會代表).
    #[sea_orm(string_value = "social_representative")]
    SocialRepresentative,
    /// Point: key enterprise in the park (園區重點企業).
    #[sea_orm(string_value = "park_key_enterprise")]
    ParkKeyEnterprise,
    /// Point: township enterprise (鄉鎮屬地企業).
    #[sea_orm(string_value = "township_enterprise")]
    TownshipEnterprise,
    /// Point: individual business (個體工商行業).
    #[sea_orm(string_value = "individual_business")]
    IndividualBusiness,
    /// Point: government service venue (政務服務場所).
    #[sea_orm(string_value = "government_service_venue")]
    GovernmentServiceVenue,
    /// Point: industry association or chamber (行業商會協會).
    #[sea_orm(string_value = "industry_association")]
    IndustryAssociation,
    /// Point: third-party institution (第三方機構).
    #[sea_orm(string_value = "third_party_institution")]
    ThirdPartyInstitution,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum Recommender {
    /// Self-nomination (自薦).
    #[sea_orm(string_value = "self_nominated")]
    SelfNominated,
    /// The county people's congress (人大).
    #[sea_orm(string_value = "npc")]
    Npc,
    /// The county CPPCC (政協).
    #[sea_orm(string_value = "cppcc")]
    Cppcc,
    /// A party or government organ (黨政機關).
    #[sea_orm(string_value = "party_government_organ")]
    PartyGovernmentOrgan,
    /// An enterprise or public institution (企事業單位).
    #[sea_orm(string_value = "enterprise_institution")]
    EnterpriseInstitution,
    /// A mass organisation (群團組織).
    #[sea_orm(string_value = "mass_organisation")]
    MassOrganisation,
    /// A democratic party (民主黨派).
    #[sea_orm(string_value = "democratic_party")]
    DemocraticParty,
    /// Society at large (社會各界; points).
    #[sea_orm(string_value = "society")]
    Society,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
