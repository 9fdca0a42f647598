//! The office's figures: members' compliance with their quotas, units' performance, the
//! dashboard and the quarter's conclusion report (結論報告). Each figure is a fixed number
//! of grouped queries, however many rows it covers.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use entities::{
    account::Role,
    assignment::{self, AssignmentStatus},
    assignment_report, commendation,
    meeting::{self, MeetingKind, MeetingStatus},
    member::{self, MemberStatus},
    referral::{self, ReferralStatus},
    region,
    report::{self, Rating, ReportKind, ReportStatus, SupervisionArea},
    unit,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, Func},
};

use super::{
    RequestContext, calendar, meeting::unexcused_absences_between, region::zone_of,
    survey::unit_ratings,
};
use crate::{
    domain::{
        figures::{QuotaCheck, mean, quotas, slip_timing},
        quarter::Quarter,
        survey::{Tally, tally},
    },
    error::{AppError, AppResult},
};

/// What each member filed towards a quarter's quotas.
#[derive(Clone, Copy, Default)]
pub struct Filed {
    /// Problem reports submitted in the quarter.
    pub problems: u64,
    /// Suggestions marked valuable, submitted this year up to the quarter's end.
    pub valuable_suggestions: u64,
    /// The last problem report or suggestion up to the quarter's end.
    pub last: Option<DateTime<Utc>>,
}

/// `Filed` for every member of the region who filed anything before the quarter's end: one
/// grouped statement.
pub async fn filed_by_member(
    conn: &impl ConnectionTrait,
    region_id: i32,
    quarter: Quarter,
    zone: chrono_tz::Tz,
) -> AppResult<HashMap<i32, Filed>> {
    let (from, to) = quarter.bounds(zone);
    let year_start = Quarter {
        year: quarter.year,
        number: 1,
    }
    .bounds(zone)
    .0;
    let counted =
        |condition: sea_orm::Condition| Expr::from(Func::sum(Expr::case(condition, 1).finally(0)));
    let problems = counted(
        sea_orm::Condition::all()
            .add(report::Column::Kind.is_in(crate::domain::report::PROBLEM_KINDS))
            .add(report::Column::SubmittedAt.gte(from)),
    );
    let valuable = counted(
        sea_orm::Condition::all()
            .add(report::Column::Kind.eq(ReportKind::Suggestion))
            .add(report::Column::Valuable.eq(true))
            .add(report::Column::SubmittedAt.gte(year_start)),
    );
    // Member, problems, valuable suggestions, last report.
    type Row = (i32, Option<i64>, Option<i64>, Option<DateTime<Utc>>);
    let rows: Vec<Row> = report::Entity::find()
        .select_only()
        .column(report::Column::ReporterMemberId)
        .column_as(problems, "problems")
        .column_as(valuable, "valuable")
        .column_as(report::Column::SubmittedAt.max(), "last")
        .filter(report::Column::RegionId.eq(region_id))
        .filter(report::Column::Kind.is_in([
            ReportKind::Problem,
            ReportKind::Obstruction,
            ReportKind::Suggestion,
        ]))
        .filter(report::Column::SubmittedAt.lt(to))
        .group_by(report::Column::ReporterMemberId)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(member, problems, valuable, last)| {
            let filed = Filed {
                problems: count(problems.unwrap_or(0)),
                valuable_suggestions: count(valuable.unwrap_or(0)),
                last,
            };
            (member, filed)
        })
        .collect())
}

/// The office's or leading group's region and its time zone.
async fn own_region(rc: &RequestContext) -> AppResult<region::Model> {
    let principal = rc.viewer.require(&[Role::Office, Role::LeadingGroup])?;
    region_of(rc, principal.region_id).await
}

async fn region_of(rc: &RequestContext, region_id: Option<i32>) -> AppResult<region::Model> {
    let region_id = region_id.ok_or(AppError::Forbidden("your account has no region"))?;
    region::Entity::find_by_id(region_id)
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)
}

pub fn parse_quarter(text: &str) -> AppResult<Quarter> {
    Quarter::parse(text).map_err(|message| AppError::validation("quarter", message))
}

/// Slips issued in a quarter and those of them replied on time.
pub struct QuarterOnTime {
    pub quarter: Quarter,
    pub slips_issued: u32,
    pub replied_on_time: u32,
}

/// The region's on-time record in the `count` quarters up to `last`, oldest first (office,
/// leading group): each quarter's `unit_performance` summed over the units.
pub async fn on_time_by_quarter(
    rc: &RequestContext,
    last: Quarter,
    count: u32,
) -> AppResult<Vec<QuarterOnTime>> {
    rc.viewer.require(&[Role::Office, Role::LeadingGroup])?;
    if !(1..=8).contains(&count) {
        return Err(AppError::validation("count", "from 1 to 8 quarters"));
    }
    let mut quarters = vec![last];
    for _ in 1..count {
        let earlier = quarters.last().copied().unwrap_or(last).previous();
        quarters.push(earlier);
    }
    let mut out = Vec::with_capacity(quarters.len());
    for quarter in quarters.into_iter().rev() {
        let rows = unit_performance(rc, quarter.first_day(), quarter.last_day()).await?;
        out.push(QuarterOnTime {
            quarter,
            slips_issued: rows.iter().map(|r| r.slips_issued).sum(),
            replied_on_time: rows.iter().map(|r| r.replied_on_time).sum(),
        });
    }
    Ok(out)
}

/// One active member against the quarter's quotas.
pub struct MemberCompliance {
    pub member: member::Model,
    /// Problem reports submitted in the quarter.
    pub problem_reports: u64,
    /// Suggestions marked valuable, submitted this year up to the quarter's end.
    pub valuable_suggestions: u64,
    /// The last problem report or suggestion up to the quarter's end.
    pub last_report_on: Option<NaiveDate>,
    /// Unexcused absences from activities held in the quarter.
    pub unexcused_absences: u32,
    pub quotas: QuotaCheck,
}

/// `compliance(quarter)`: every active member of the office's region.
pub async fn compliance(rc: &RequestContext, quarter: Quarter) -> AppResult<Vec<MemberCompliance>> {
    let region = own_region(rc).await?;
    compliance_in(&rc.state.db, &region, quarter).await
}

/// One member's figures for `quarter`: for the member, the office and the leading group.
pub async fn compliance_of(
    rc: &RequestContext,
    member_id: i32,
    quarter: Quarter,
) -> AppResult<MemberCompliance> {
    let member = super::membership::get(rc, member_id).await?;
    let region = region_of(rc, Some(member.region_id)).await?;
    let mut figures = figures_of(&rc.state.db, &region, quarter, vec![member]).await?;
    figures.pop().ok_or(AppError::NotFound)
}

async fn compliance_in(
    conn: &impl ConnectionTrait,
    region: &region::Model,
    quarter: Quarter,
) -> AppResult<Vec<MemberCompliance>> {
    let members = member::Entity::find()
        .filter(member::Column::RegionId.eq(region.id))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .order_by_asc(member::Column::Id)
        .all(conn)
        .await?;
    figures_of(conn, region, quarter, members).await
}

async fn figures_of(
    conn: &impl ConnectionTrait,
    region: &region::Model,
    quarter: Quarter,
    members: Vec<member::Model>,
) -> AppResult<Vec<MemberCompliance>> {
    let zone = zone_of(region)?;
    let (from, to) = quarter.bounds(zone);
    let filed = filed_by_member(conn, region.id, quarter, zone).await?;
    let absences = unexcused_absences_between(conn, region.id, from, to).await?;
    Ok(members
        .into_iter()
        .map(|member| {
            let f = filed.get(&member.id).copied().unwrap_or_default();
            MemberCompliance {
                problem_reports: f.problems,
                valuable_suggestions: f.valuable_suggestions,
                last_report_on: f.last.map(|at| at.with_timezone(&zone).date_naive()),
                unexcused_absences: absences.get(&member.id).copied().unwrap_or(0),
                quotas: quotas(quarter.number, f.problems, f.valuable_suggestions),
                member,
            }
        })
        .collect())
}

/// One unit's handling of the slips issued to it in a period.
pub struct UnitPerformance {
    pub unit: unit::Model,
    pub slips_issued: u32,
    pub replied_on_time: u32,
    /// Replied late, or unanswered past the deadline today.
    pub overdue: u32,
    /// Slips the unit handed back as outside its remit (退單) and still waiting on the office.
    pub handed_back: u32,
    pub average_working_days_to_reply: Option<f64>,
    /// Referrals to the discipline commission arising from these slips.
    pub referrals: u32,
    /// Ratings in the surveys closing in the period.
    pub survey: Tally,
    /// Reporters' ratings of the handling of the reports on these slips.
    pub reporter_ratings: [(Rating, u32); 3],
}

/// `unitPerformance(from, to)`: every responsible unit of the region for the office and
/// leading group; its own for a unit.
pub async fn unit_performance(
    rc: &RequestContext,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<Vec<UnitPerformance>> {
    let principal = rc
        .viewer
        .require(&[Role::Office, Role::LeadingGroup, Role::UnitHandler])?;
    if to < from {
        return Err(AppError::validation(
            "to",
            "the period ends before it starts",
        ));
    }
    if (to - from).num_days() > 366 * 5 {
        return Err(AppError::validation("to", "at most five years at a time"));
    }
    let region = region_of(rc, principal.region_id).await?;
    let only = match principal.role {
        Role::UnitHandler => Some(
            principal
                .unit_id
                .ok_or(AppError::Forbidden("your account has no unit"))?,
        ),
        _ => None,
    };
    performance_in(rc, &region, only, from, to).await
}

async fn performance_in(
    rc: &RequestContext,
    region: &region::Model,
    only: Option<i32>,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<Vec<UnitPerformance>> {
    let db = &rc.state.db;
    let zone = zone_of(region)?;
    let today = rc.now().with_timezone(&zone).date_naive();
    let mut units = unit::Entity::find()
        .filter(unit::Column::RegionId.eq(region.id))
        .filter(unit::Column::Kind.is_in(super::unit::RESPONSIBLE))
        .order_by_asc(unit::Column::Id);
    if let Some(id) = only {
        units = units.filter(unit::Column::Id.eq(id));
    }
    let units = units.all(db).await?;
    let slips = assignment::Entity::find()
        .filter(assignment::Column::RegionId.eq(region.id))
        .filter(assignment::Column::IssuedOn.between(from, to))
        .filter(assignment::Column::UnitId.is_in(units.iter().map(|u| u.id)))
        .all(db)
        .await?;
    let unit_of: HashMap<i32, i32> = slips.iter().map(|s| (s.id, s.unit_id)).collect();
    let calendar = calendar::for_region(db, region.id, from, today.max(to)).await?;
    let referrals: Vec<Option<i32>> = referral::Entity::find()
        .select_only()
        .column(referral::Column::AssignmentId)
        .filter(referral::Column::AssignmentId.is_in(unit_of.keys().copied()))
        .into_tuple()
        .all(db)
        .await?;
    let linked = assignment_report::Entity::find()
        .filter(assignment_report::Column::AssignmentId.is_in(unit_of.keys().copied()))
        .all(db)
        .await?;
    let ratings: HashMap<i32, Rating> = report::Entity::find()
        .filter(report::Column::Id.is_in(linked.iter().map(|l| l.report_id)))
        .filter(report::Column::Rating.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| Some((r.id, r.rating?)))
        .collect();
    let mut survey = unit_ratings(db, region.id, from, to).await?;

    let mut found: BTreeMap<i32, UnitPerformance> = units
        .into_iter()
        .map(|unit| {
            let levels = survey.remove(&unit.id).unwrap_or_default();
            (
                unit.id,
                UnitPerformance {
                    slips_issued: 0,
                    replied_on_time: 0,
                    overdue: 0,
                    handed_back: 0,
                    average_working_days_to_reply: None,
                    referrals: 0,
                    survey: tally(&levels),
                    reporter_ratings: [
                        (Rating::Satisfied, 0),
                        (Rating::BasicallySatisfied, 0),
                        (Rating::Unsatisfied, 0),
                    ],
                    unit,
                },
            )
        })
        .collect();
    let mut days: HashMap<i32, Vec<i64>> = HashMap::new();
    for slip in &slips {
        let Some(row) = found.get_mut(&slip.unit_id) else {
            continue;
        };
        let timing = slip_timing(
            &calendar,
            slip.status,
            slip.issued_on,
            slip.deadline,
            slip.replied_at
                .map(|at| at.with_timezone(&zone).date_naive()),
            today,
        );
        row.slips_issued += 1;
        row.replied_on_time += u32::from(timing.replied_on_time);
        row.overdue += u32::from(timing.overdue);
        row.handed_back += u32::from(slip.status == AssignmentStatus::HandedBack);
        if let Some(n) = timing.working_days_to_reply {
            days.entry(slip.unit_id).or_default().push(n);
        }
    }
    for slip_id in referrals.into_iter().flatten() {
        if let Some(row) = unit_of.get(&slip_id).and_then(|u| found.get_mut(u)) {
            row.referrals += 1;
        }
    }
    for link in linked {
        let (Some(rating), Some(row)) = (
            ratings.get(&link.report_id),
            unit_of
                .get(&link.assignment_id)
                .and_then(|u| found.get_mut(u)),
        ) else {
            continue;
        };
        if let Some(entry) = row.reporter_ratings.iter_mut().find(|(r, _)| r == rating) {
            entry.1 += 1;
        }
    }
    for (unit_id, values) in days {
        if let Some(row) = found.get_mut(&unit_id) {
            row.average_working_days_to_reply = mean(&values);
        }
    }
    Ok(found.into_values().collect())
}

/// Open and overdue slips of one unit, now.
pub struct UnitSlips {
    pub unit: unit::Model,
    pub open: u64,
    pub overdue: u64,
}

/// The office's overview of a quarter.
pub struct Dashboard {
    pub quarter: Quarter,
    /// Reports submitted in the quarter.
    pub reports_by_status: Vec<(ReportStatus, u64)>,
    pub reports_by_area: Vec<(SupervisionArea, u64)>,
    pub reports_by_kind: Vec<(ReportKind, u64)>,
    /// Slips open now, per unit.
    pub slips_by_unit: Vec<UnitSlips>,
    /// The referral queue now.
    pub referrals_by_status: Vec<(ReferralStatus, u64)>,
    /// Activities held in the quarter, and how many of them joint meetings.
    pub meetings_held: u64,
    pub joint_meetings_held: u64,
    pub members: u64,
    pub members_meeting_quotas: u64,
}

/// `slipsByUnit`: the open and overdue slips of each unit of the office's region, now.
pub async fn slips_by_unit(rc: &RequestContext) -> AppResult<Vec<UnitSlips>> {
    let region = own_region(rc).await?;
    let today = rc.now().with_timezone(&zone_of(&region)?).date_naive();
    open_slips_by_unit(&rc.state.db, region.id, today).await
}

/// One grouped statement for the counts, one for the units that have open slips.
async fn open_slips_by_unit(
    conn: &impl ConnectionTrait,
    region_id: i32,
    today: NaiveDate,
) -> AppResult<Vec<UnitSlips>> {
    let overdue = Expr::case(assignment::Column::Deadline.lt(today), 1).finally(0);
    let counts: HashMap<i32, (i64, i64)> = assignment::Entity::find()
        .select_only()
        .column(assignment::Column::UnitId)
        .column_as(assignment::Column::Id.count(), "open")
        .column_as(Expr::from(Func::sum(overdue)), "overdue")
        .filter(assignment::Column::RegionId.eq(region_id))
        .filter(assignment::Column::Status.is_in(OPEN))
        .group_by(assignment::Column::UnitId)
        .into_tuple::<(i32, i64, Option<i64>)>()
        .all(conn)
        .await?
        .into_iter()
        .map(|(unit, open, overdue)| (unit, (open, overdue.unwrap_or(0))))
        .collect();
    Ok(unit::Entity::find()
        .filter(unit::Column::Id.is_in(counts.keys().copied()))
        .order_by_asc(unit::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|unit| {
            let (open, overdue) = counts.get(&unit.id).copied().unwrap_or_default();
            UnitSlips {
                open: count(open),
                overdue: count(overdue),
                unit,
            }
        })
        .collect())
}

const OPEN: [AssignmentStatus; 3] = [
    AssignmentStatus::Issued,
    AssignmentStatus::Signed,
    AssignmentStatus::Returned,
];

/// `dashboard(quarter)` for the office and leading group.
pub async fn dashboard(rc: &RequestContext, quarter: Quarter) -> AppResult<Dashboard> {
    let region = own_region(rc).await?;
    let db = &rc.state.db;
    let zone = zone_of(&region)?;
    let (from, to) = quarter.bounds(zone);
    let today = rc.now().with_timezone(&zone).date_naive();
    // One grouped statement; the three breakdowns are summed from its rows.
    let in_quarter: Vec<(ReportStatus, SupervisionArea, ReportKind, i64)> = report::Entity::find()
        .select_only()
        .column(report::Column::Status)
        .column(report::Column::Area)
        .column(report::Column::Kind)
        .column_as(report::Column::Id.count(), "n")
        .filter(report::Column::RegionId.eq(region.id))
        .filter(report::Column::SubmittedAt.gte(from))
        .filter(report::Column::SubmittedAt.lt(to))
        .group_by(report::Column::Status)
        .group_by(report::Column::Area)
        .group_by(report::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    let reports_by_status = summed(in_quarter.iter().map(|r| (r.0, r.3)));
    let reports_by_area = summed(in_quarter.iter().map(|r| (r.1, r.3)));
    let reports_by_kind = summed(in_quarter.iter().map(|r| (r.2, r.3)));
    let slips_by_unit = open_slips_by_unit(db, region.id, today).await?;
    let referrals_by_status: Vec<(ReferralStatus, i64)> = referral::Entity::find()
        .select_only()
        .column(referral::Column::Status)
        .column_as(referral::Column::Id.count(), "n")
        .filter(referral::Column::RegionId.eq(region.id))
        .group_by(referral::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let held: Vec<(MeetingKind, i64)> = meeting::Entity::find()
        .select_only()
        .column(meeting::Column::Kind)
        .column_as(meeting::Column::Id.count(), "n")
        .filter(meeting::Column::RegionId.eq(region.id))
        .filter(meeting::Column::Status.is_in([MeetingStatus::Held, MeetingStatus::Closed]))
        .filter(meeting::Column::StartsAt.gte(from))
        .filter(meeting::Column::StartsAt.lt(to))
        .group_by(meeting::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    let compliance = compliance_in(db, &region, quarter).await?;
    Ok(Dashboard {
        quarter,
        reports_by_status,
        reports_by_area,
        reports_by_kind,
        slips_by_unit,
        referrals_by_status: counted(referrals_by_status),
        meetings_held: held.iter().map(|(_, n)| count(*n)).sum(),
        joint_meetings_held: held
            .iter()
            .filter(|(kind, _)| *kind == MeetingKind::JointMeeting)
            .map(|(_, n)| count(*n))
            .sum(),
        members: compliance.len() as u64,
        members_meeting_quotas: compliance.iter().filter(|c| c.quotas.met).count() as u64,
    })
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

fn counted<K>(rows: Vec<(K, i64)>) -> Vec<(K, u64)> {
    rows.into_iter().map(|(k, n)| (k, count(n))).collect()
}

/// Totals per key, in the order keys first appear.
fn summed<K: PartialEq>(rows: impl Iterator<Item = (K, i64)>) -> Vec<(K, u64)> {
    let mut totals: Vec<(K, u64)> = Vec::new();
    for (key, n) in rows {
        match totals.iter_mut().find(|(k, _)| *k == key) {
            Some((_, total)) => *total += count(n),
            None => totals.push((key, count(n))),
        }
    }
    totals
}

/// The quarter's conclusion report (結論報告): the figures per unit and per member, the
/// units commended and the activities held.
pub struct ConclusionReport {
    pub region: region::Model,
    pub quarter: Quarter,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated_at: DateTime<Utc>,
    pub reports_received: u64,
    pub units: Vec<UnitPerformance>,
    pub members: Vec<MemberCompliance>,
    pub commendations: Vec<super::commendation::Published>,
    pub meetings: Vec<meeting::Model>,
}

/// `conclusionReport(quarter)` and its exports, for the office and leading group.
pub async fn conclusion_report(
    rc: &RequestContext,
    quarter: Quarter,
) -> AppResult<ConclusionReport> {
    let region = own_region(rc).await?;
    let db = &rc.state.db;
    let zone = zone_of(&region)?;
    let (start, end) = quarter.bounds(zone);
    let from = quarter.first_day();
    let to = quarter.next().first_day().pred_opt().unwrap_or(from);
    let units = performance_in(rc, &region, None, from, to).await?;
    let members = compliance_in(db, &region, quarter).await?;
    let label = format!("{}Q{}", quarter.year, quarter.number);
    let commended = commendation::Entity::find()
        .filter(commendation::Column::RegionId.eq(region.id))
        .filter(
            sea_orm::Condition::any()
                .add(commendation::Column::Quarter.eq(label))
                .add(
                    sea_orm::Condition::all()
                        .add(commendation::Column::Quarter.is_null())
                        .add(commendation::Column::CommendedAt.gte(start))
                        .add(commendation::Column::CommendedAt.lt(end)),
                ),
        )
        .order_by_asc(commendation::Column::Id)
        .all(db)
        .await?;
    let names: HashMap<i32, String> = units
        .iter()
        .map(|u| (u.unit.id, u.unit.name.clone()))
        .collect();
    let commendations = commended
        .into_iter()
        .map(|model| super::commendation::Published {
            unit_name: names.get(&model.unit_id).cloned().unwrap_or_default(),
            model,
        })
        .collect();
    let meetings = meeting::Entity::find()
        .filter(meeting::Column::RegionId.eq(region.id))
        .filter(meeting::Column::Status.is_in([MeetingStatus::Held, MeetingStatus::Closed]))
        .filter(meeting::Column::StartsAt.gte(start))
        .filter(meeting::Column::StartsAt.lt(end))
        .order_by_asc(meeting::Column::StartsAt)
        .all(db)
        .await?;
    let reports_received = report::Entity::find()
        .filter(report::Column::RegionId.eq(region.id))
        .filter(report::Column::SubmittedAt.gte(start))
        .filter(report::Column::SubmittedAt.lt(end))
        .count(db)
        .await?;
    Ok(ConclusionReport {
        region,
        quarter,
        from,
        to,
        generated_at: rc.now(),
        reports_received,
        units,
        members,
        commendations,
        meetings,
    })
}
