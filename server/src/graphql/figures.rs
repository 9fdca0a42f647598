use async_graphql::{Context, Enum, Object, Result, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use entities::{
    referral::ReferralStatus,
    report::{Rating, ReportKind, ReportStatus, SupervisionArea},
};

use super::{commendation::Commendation, meeting::Meeting, membership::Member, rc, unit::Unit};
use crate::domain::figures::{PROBLEMS_PER_QUARTER, VALUABLE_SUGGESTIONS_PER_YEAR};
use crate::service::{
    self,
    figures::{MemberCompliance, UnitPerformance},
};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ComplianceStatus {
    /// Every quota due is met.
    Met,
    /// A quota is short.
    Short,
}

/// A quarter's on-time record (`onTimeByQuarter`).
#[derive(SimpleObject)]
pub struct QuarterOnTime {
    /// The quarter, such as 2025Q1.
    pub quarter: String,
    /// Slips issued in it.
    pub slips_issued: i32,
    /// Of those, replied by their deadline.
    pub replied_on_time: i32,
}

/// One active member against the quarter's quotas.
#[derive(SimpleObject)]
pub struct ComplianceRow {
    pub member: Member,
    /// Problem reports submitted in the quarter (quota: 1).
    pub problem_reports: i32,
    /// Valuable suggestions this year up to the quarter's end (quota: 2 a year).
    pub valuable_suggestions: i32,
    pub last_report_on: Option<NaiveDate>,
    /// Unexcused absences from activities held in the quarter.
    pub unexcused_absences: i32,
    pub problem_quota_met: bool,
    pub suggestion_quota_met: bool,
    /// Problem reports the notice asks for each quarter.
    pub problem_quota: i32,
    /// Valuable suggestions the notice asks for each year.
    pub suggestion_quota: i32,
    /// MET when the quarter's quota is met and, in the fourth quarter, the year's too.
    pub status: ComplianceStatus,
}

fn int(n: impl TryInto<i32>) -> i32 {
    n.try_into().unwrap_or(i32::MAX)
}

impl From<MemberCompliance> for ComplianceRow {
    fn from(c: MemberCompliance) -> Self {
        Self {
            member: Member(c.member),
            problem_reports: int(c.problem_reports),
            valuable_suggestions: int(c.valuable_suggestions),
            last_report_on: c.last_report_on,
            unexcused_absences: int(c.unexcused_absences),
            problem_quota_met: c.quotas.problems_met,
            suggestion_quota_met: c.quotas.suggestions_met,
            problem_quota: int(PROBLEMS_PER_QUARTER),
            suggestion_quota: int(VALUABLE_SUGGESTIONS_PER_YEAR),
            status: if c.quotas.met {
                ComplianceStatus::Met
            } else {
                ComplianceStatus::Short
            },
        }
    }
}

/// How many reporters rated the handling so.
#[derive(SimpleObject)]
pub struct RatingCount {
    pub rating: Rating,
    pub count: i32,
}

/// One unit's handling of the slips issued to it in a period.
#[derive(SimpleObject)]
pub struct UnitPerformanceRow {
    pub unit: Unit,
    pub slips_issued: i32,
    pub replied_on_time: i32,
    /// Replied late, or unanswered past the deadline today.
    pub overdue: i32,
    /// Handed back as outside the unit's remit (退單), waiting on the office.
    pub handed_back: i32,
    pub average_working_days_to_reply: Option<f64>,
    /// Referrals to the discipline commission from these slips.
    pub referrals: i32,
    /// Responses in the satisfaction surveys closing in the period.
    pub survey_responses: i32,
    /// The surveys' score (0–100); null below 3 responses.
    pub survey_score: Option<f64>,
    /// Reporters' ratings of the handling.
    pub reporter_ratings: Vec<RatingCount>,
}

impl From<UnitPerformance> for UnitPerformanceRow {
    fn from(p: UnitPerformance) -> Self {
        Self {
            unit: Unit(p.unit),
            slips_issued: int(p.slips_issued),
            replied_on_time: int(p.replied_on_time),
            overdue: int(p.overdue),
            handed_back: int(p.handed_back),
            average_working_days_to_reply: p.average_working_days_to_reply,
            referrals: int(p.referrals),
            survey_responses: int(p.survey.responses),
            survey_score: p.survey.score,
            reporter_ratings: p
                .reporter_ratings
                .into_iter()
                .map(|(rating, count)| RatingCount {
                    rating,
                    count: int(count),
                })
                .collect(),
        }
    }
}

#[derive(SimpleObject)]
pub struct ReportStatusCount {
    pub status: ReportStatus,
    pub count: i32,
}

#[derive(SimpleObject)]
pub struct AreaCount {
    pub area: SupervisionArea,
    pub count: i32,
}

#[derive(SimpleObject)]
pub struct ReportKindCount {
    pub kind: ReportKind,
    pub count: i32,
}

#[derive(SimpleObject)]
pub struct ReferralStatusCount {
    pub status: ReferralStatus,
    pub count: i32,
}

/// Open and overdue slips of one unit, now.
#[derive(SimpleObject)]
pub struct UnitSlipCount {
    pub unit: Unit,
    pub open: i32,
    pub overdue: i32,
}

impl From<service::figures::UnitSlips> for UnitSlipCount {
    fn from(s: service::figures::UnitSlips) -> Self {
        Self {
            unit: Unit(s.unit),
            open: int(s.open),
            overdue: int(s.overdue),
        }
    }
}

/// The office's overview of a quarter.
#[derive(SimpleObject)]
pub struct Dashboard {
    /// `2025Q1`.
    pub quarter: String,
    /// Reports submitted in the quarter, by status, area and kind.
    pub reports_by_status: Vec<ReportStatusCount>,
    pub reports_by_area: Vec<AreaCount>,
    pub reports_by_kind: Vec<ReportKindCount>,
    /// Slips open now, per unit.
    pub slips_by_unit: Vec<UnitSlipCount>,
    /// The referral queue now.
    pub referrals_by_status: Vec<ReferralStatusCount>,
    /// Activities held in the quarter.
    pub meetings_held: i32,
    pub joint_meetings_held: i32,
    /// Active members, and how many meet their quotas.
    pub members: i32,
    pub members_meeting_quotas: i32,
}

/// The quarter's conclusion report (結論報告).
#[derive(SimpleObject)]
pub struct ConclusionReport {
    pub region_name: String,
    pub quarter: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated_at: DateTime<Utc>,
    pub reports_received: i32,
    pub units: Vec<UnitPerformanceRow>,
    pub members: Vec<ComplianceRow>,
    pub commendations: Vec<Commendation>,
    pub meetings: Vec<Meeting>,
    /// Downloads (with the same bearer token): units and members as CSV, and a printable
    /// HTML page.
    pub units_csv_path: String,
    pub members_csv_path: String,
    pub html_path: String,
}

#[derive(Default)]
pub struct FiguresQuery;

#[Object]
impl FiguresQuery {
    /// Each active member against the quarter's quotas (office, leading group).
    async fn compliance(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A quarter such as 2025Q1.")] quarter: String,
    ) -> Result<Vec<ComplianceRow>> {
        let quarter = service::figures::parse_quarter(&quarter)?;
        let rows = service::figures::compliance(rc(ctx)?, quarter).await?;
        Ok(rows.into_iter().map(ComplianceRow::from).collect())
    }

    /// Slips issued and replied on time in the `count` quarters up to `quarter`, oldest first
    /// (office, leading group).
    async fn on_time_by_quarter(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The last quarter, such as 2025Q1.")] quarter: String,
        #[graphql(desc = "How many quarters, 1 to 8.", default = 4)] count: i32,
    ) -> Result<Vec<QuarterOnTime>> {
        let quarter = service::figures::parse_quarter(&quarter)?;
        let count = u32::try_from(count).unwrap_or(0);
        let rows = service::figures::on_time_by_quarter(rc(ctx)?, quarter, count).await?;
        Ok(rows
            .into_iter()
            .map(|r| QuarterOnTime {
                quarter: format!("{}Q{}", r.quarter.year, r.quarter.number),
                slips_issued: i32::try_from(r.slips_issued).unwrap_or(i32::MAX),
                replied_on_time: i32::try_from(r.replied_on_time).unwrap_or(i32::MAX),
            })
            .collect())
    }

    /// Each unit's handling of the slips issued from `from` to `to` (office and leading
    /// group: every responsible unit; a unit: its own).
    async fn unit_performance(
        &self,
        ctx: &Context<'_>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<UnitPerformanceRow>> {
        let rows = service::figures::unit_performance(rc(ctx)?, from, to).await?;
        Ok(rows.into_iter().map(UnitPerformanceRow::from).collect())
    }

    /// Open and overdue slips per unit of the region, now (office, leading group).
    async fn slips_by_unit(&self, ctx: &Context<'_>) -> Result<Vec<UnitSlipCount>> {
        let rows = service::figures::slips_by_unit(rc(ctx)?).await?;
        Ok(rows.into_iter().map(UnitSlipCount::from).collect())
    }

    /// The office's overview of a quarter (office, leading group).
    async fn dashboard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A quarter such as 2025Q1.")] quarter: String,
    ) -> Result<Dashboard> {
        let quarter = service::figures::parse_quarter(&quarter)?;
        let d = service::figures::dashboard(rc(ctx)?, quarter).await?;
        Ok(Dashboard {
            quarter: format!("{}Q{}", d.quarter.year, d.quarter.number),
            reports_by_status: d
                .reports_by_status
                .into_iter()
                .map(|(status, n)| ReportStatusCount {
                    status,
                    count: int(n),
                })
                .collect(),
            reports_by_area: d
                .reports_by_area
                .into_iter()
                .map(|(area, n)| AreaCount {
                    area,
                    count: int(n),
                })
                .collect(),
            reports_by_kind: d
                .reports_by_kind
                .into_iter()
                .map(|(kind, n)| ReportKindCount {
                    kind,
                    count: int(n),
                })
                .collect(),
            slips_by_unit: d
                .slips_by_unit
                .into_iter()
                .map(UnitSlipCount::from)
                .collect(),
            referrals_by_status: d
                .referrals_by_status
                .into_iter()
                .map(|(status, n)| ReferralStatusCount {
                    status,
                    count: int(n),
                })
                .collect(),
            meetings_held: int(d.meetings_held),
            joint_meetings_held: int(d.joint_meetings_held),
            members: int(d.members),
            members_meeting_quotas: int(d.members_meeting_quotas),
        })
    }

    /// The quarter's conclusion report (office, leading group).
    async fn conclusion_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A quarter such as 2025Q1.")] quarter: String,
    ) -> Result<ConclusionReport> {
        let quarter = service::figures::parse_quarter(&quarter)?;
        let r = service::figures::conclusion_report(rc(ctx)?, quarter).await?;
        let label = format!("{}Q{}", r.quarter.year, r.quarter.number);
        Ok(ConclusionReport {
            region_name: r.region.name,
            units_csv_path: format!("/exports/conclusion-report/{label}-units.csv"),
            members_csv_path: format!("/exports/conclusion-report/{label}-members.csv"),
            html_path: format!("/exports/conclusion-report/{label}.html"),
            quarter: label,
            from: r.from,
            to: r.to,
            generated_at: r.generated_at,
            reports_received: int(r.reports_received),
            units: r.units.into_iter().map(UnitPerformanceRow::from).collect(),
            members: r.members.into_iter().map(ComplianceRow::from).collect(),
            commendations: r.commendations.into_iter().map(Commendation).collect(),
            meetings: r.meetings.into_iter().map(Meeting).collect(),
        })
    }
}
