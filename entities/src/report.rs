use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A problem report, a suggestion, or a monitoring point's ledger entry.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    /// The supervisor or monitoring point reporting.
    pub reporter_member_id: i32,
    /// The account that submitted it (the supervisor, or the point's liaison).
    pub reporter_account_id: i32,
    pub kind: ReportKind,
    pub status: ReportStatus,
    pub title: String,
    pub body: String,
    pub occurred_on: Option<Date>,
    pub concerned_unit_id: Option<i32>,
    pub area: SupervisionArea,
    pub behaviour: Option<Behaviour>,
    /// Comma-separated ids from the region's violation catalogue.
    pub violation_category_ids: String,
    pub channel: Channel,
    pub major: bool,
    pub officials_involved: bool,
    pub valuable: bool,
    pub merged_into_id: Option<i32>,
    pub status_reason: Option<String>,
    pub feedback: Option<String>,
    pub feedback_at: Option<DateTimeUtc>,
    pub rating: Option<Rating>,
    pub rating_reason: Option<String>,
    pub redo_count: i32,
    pub submitted_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The reporter's client's key for the draft it was sent from: sent twice, one report.
    pub draft_key: Option<String>,
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $value:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
        #[cfg_attr(feature = "graphql", derive(async_graphql::Enum))]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* #[sea_orm(string_value = $value)] $variant),+
        }
    };
}

string_enum!(
    /// What a report is.
    ReportKind {
        /// A problem (問題反映).
        Problem = "problem",
        /// A suggestion (意見建議).
        Suggestion = "suggestion",
        /// A monitoring point's ledger entry (監測臺賬).
        MonitoringRecord = "monitoring_record",
        /// A unit refused supervision or retaliated (拒不接受監督、打擊報復).
        Obstruction = "obstruction",
    }
);

string_enum!(
    /// Where a report stands.
    ReportStatus {
        /// Submitted, awaiting the office.
        Submitted = "submitted",
        /// Accepted (受理).
        Accepted = "accepted",
        /// Not accepted, with a reason told to the reporter.
        NotAccepted = "not_accepted",
        /// Merged into another report as a duplicate.
        Merged = "merged",
        /// One or more assignment slips are out.
        InHandling = "in_handling",
        /// Every slip is verified.
        Handled = "handled",
        /// The office has told the reporter the result.
        FeedbackGiven = "feedback_given",
        /// Closed.
        Closed = "closed",
    }
);

string_enum!(
    /// The eight supervision areas of the notice.
    SupervisionArea {
        /// 政策兌現.
        PolicyDelivery = "policy_delivery",
        /// 公平競爭.
        FairCompetition = "fair_competition",
        /// 政務服務.
        GovernmentServices = "government_services",
        /// 監管執法.
        RegulatoryEnforcement = "regulatory_enforcement",
        /// 公正司法.
        JudicialFairness = "judicial_fairness",
        /// 守信踐諾.
        KeepingPromises = "keeping_promises",
        /// 要素保障.
        FactorSupply = "factor_supply",
        /// 政商關係.
        GovernmentBusinessRelations = "government_business_relations",
    }
);

string_enum!(
    /// The behaviour concerned (涉企行為).
    Behaviour {
        /// 檢查.
        Inspection = "inspection",
        /// 審批.
        Approval = "approval",
        /// 收費.
        Fees = "fees",
        /// 處罰.
        Penalty = "penalty",
        /// 服務.
        Service = "service",
        /// 保障.
        Guarantee = "guarantee",
    }
);

string_enum!(
    /// How the report came in.
    Channel {
        /// Written text.
        Text = "text",
        /// Audio or video recording.
        AudioVideo = "audio_video",
        /// WeChat.
        Wechat = "wechat",
        /// On site.
        OnSite = "on_site",
    }
);

string_enum!(
    /// The reporter's rating of the handling.
    Rating {
        /// 滿意.
        Satisfied = "satisfied",
        /// 基本滿意.
        BasicallySatisfied = "basically_satisfied",
        /// 不滿意.
        Unsatisfied = "unsatisfied",
    }
);

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
