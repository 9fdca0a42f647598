//! `watchpost demo --scale N`: N counties of benchmark-scale data — per county 300 serving
//! members, 10,000 reports over the two years before the as-of date, about 9,000 slips (open,
//! replied, verified, overdue), the referrals of the long-overdue ones, quarterly meetings with
//! attendance and satisfaction surveys with responses.
//!
//! The rows are written in bulk, not through the services: a million reports one request
//! each would take hours. They take the shapes the services write, and the same seed and
//! as-of date give the same rows.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use entities::{
    account::{self, Role},
    assignment::{self, AssignmentMode, AssignmentStatus},
    assignment_report, meeting,
    meeting::{MeetingKind, MeetingStatus},
    meeting_invitation::{self, Attendance, InvitationRole, InvitationStatus},
    member::{self, MemberCategory, MemberKind, MemberStatus, Recommender},
    referral::{self, ReferralStatus},
    region,
    report::{self, Behaviour, Channel, Rating, ReportKind, ReportStatus, SupervisionArea},
    slip_sequence, survey,
    survey_response::{self, SatisfactionLevel},
    survey_unit,
    unit::{self, UnitKind},
};
use rand::{Rng, SeedableRng, seq::IndexedRandom};
use rand_chacha::ChaCha8Rng;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, Iterable,
    PaginatorTrait, TransactionTrait,
};

use crate::{
    auth::password,
    domain::{calendar::WorkingCalendar, membership, quarter::Quarter},
    error::{AppError, AppResult},
};

const ZONE: Tz = chrono_tz::Asia::Shanghai;
const SUPERVISORS: usize = 200;
const POINTS: usize = 100;
const REPORTS: usize = 10_000;
const WINDOW_DAYS: i64 = 730;
/// Working days a slip is given, and the grace before an overdue slip is referred (the
/// configuration's defaults).
const SLIP_WORKING_DAYS: u32 = 10;
const GRACE_WORKING_DAYS: i64 = 5;

const DEPARTMENTS: [&str; 20] = [
    "縣市場監管局",
    "縣稅務局",
    "縣自然資源局",
    "縣住建局",
    "縣行政審批服務局",
    "縣公安局",
    "縣人社局",
    "縣發改局",
    "縣財政局",
    "縣生態環境局",
    "縣交通運輸局",
    "縣水利局",
    "縣農業農村局",
    "縣商務局",
    "縣文旅廣體局",
    "縣衛健局",
    "縣應急管理局",
    "縣醫保局",
    "縣城管局",
    "縣教育局",
];
const TOWNSHIPS: [&str; 8] = [
    "榮家灣鎮",
    "新牆鎮",
    "黃沙街鎮",
    "月田鎮",
    "筻口鎮",
    "毛田鎮",
    "公田鎮",
    "張谷英鎮",
];
const SURNAMES: [&str; 12] = [
    "李", "王", "張", "劉", "陳", "楊", "趙", "黃", "周", "吳", "徐", "孫",
];
const GIVEN_NAMES: [&str; 12] = [
    "建華", "秀英", "偉", "洋", "靜", "帆", "磊", "敏", "強", "婷", "軍", "芳",
];
const SUPERVISOR_CATEGORIES: [MemberCategory; 5] = [
    MemberCategory::EnterpriseRepresentative,
    MemberCategory::AssociationRepresentative,
    MemberCategory::IndividualBusinessRepresentative,
    MemberCategory::OversightRepresentative,
    MemberCategory::SocialRepresentative,
];
const POINT_CATEGORIES: [MemberCategory; 6] = [
    MemberCategory::ParkKeyEnterprise,
    MemberCategory::TownshipEnterprise,
    MemberCategory::IndividualBusiness,
    MemberCategory::GovernmentServiceVenue,
    MemberCategory::IndustryAssociation,
    MemberCategory::ThirdPartyInstitution,
];

pub struct ScaleOptions {
    pub counties: u32,
    pub seed: u64,
    /// The day the data ends: reports run over the two years before it.
    pub as_of: NaiveDate,
    pub password: String,
}

/// Rows written, by table.
#[derive(Default, Debug)]
pub struct ScaleSummary {
    pub regions: usize,
    pub units: usize,
    pub accounts: usize,
    pub members: usize,
    pub reports: usize,
    pub slips: usize,
    pub open_slips: usize,
    pub overdue_slips: usize,
    pub referrals: usize,
    pub meetings: usize,
    pub invitations: usize,
    pub survey_responses: usize,
}

/// Next ids of each table: the rows carry explicit ids so one county's rows can point at each
/// other before they are written.
#[derive(Default)]
struct Ids {
    region: i32,
    unit: i32,
    account: i32,
    member: i32,
    report: i32,
    slip: i32,
    referral: i32,
    meeting: i32,
    invitation: i32,
    survey: i32,
    response: i32,
}

fn next(id: &mut i32) -> i32 {
    *id += 1;
    *id
}

/// One county's rows, written in one transaction.
#[derive(Default)]
struct County {
    units: Vec<unit::Model>,
    accounts: Vec<account::Model>,
    members: Vec<member::Model>,
    reports: Vec<report::Model>,
    slips: Vec<assignment::Model>,
    slip_reports: Vec<assignment_report::Model>,
    sequences: Vec<slip_sequence::Model>,
    referrals: Vec<referral::Model>,
    meetings: Vec<meeting::Model>,
    invitations: Vec<meeting_invitation::Model>,
    surveys: Vec<survey::Model>,
    survey_units: Vec<survey_unit::Model>,
    responses: Vec<survey_response::Model>,
}

pub async fn run(
    db: &(impl ConnectionTrait + TransactionTrait<Transaction = DatabaseTransaction>),
    options: &ScaleOptions,
) -> AppResult<ScaleSummary> {
    if options.counties == 0 || options.counties > 9_801 {
        return Err(AppError::validation("scale", "between 1 and 9801 counties"));
    }
    if region::Entity::find().count(db).await? > 0 {
        return Err(AppError::Conflict(
            "benchmark-scale data goes into an empty database".into(),
        ));
    }
    let password_hash = password::hash(options.password.clone()).await?;
    let end = local_time(options.as_of, 0);
    let mut ids = Ids::default();
    let mut summary = ScaleSummary::default();

    let province = region::Model {
        id: next(&mut ids.region),
        code: "430000".into(),
        name: "基準省".into(),
        parent_id: None,
        time_zone: ZONE.name().into(),
        slip_prefix: "基準省優交".into(),
        created_at: end,
    };
    let admin = account(
        &mut ids,
        "admin",
        "平臺管理員",
        Role::PlatformAdmin,
        None,
        None,
    );
    let txn = db.begin().await?;
    insert_all(&txn, vec![province.clone()]).await?;
    insert_all(&txn, vec![with_hash(admin, &password_hash, end)]).await?;
    txn.commit().await?;
    summary.regions += 1;
    summary.accounts += 1;

    for index in 0..options.counties {
        // Each county has its own stream, so a county's rows do not depend on how many came
        // before it.
        let mut rng = ChaCha8Rng::seed_from_u64(
            options.seed ^ u64::from(index).wrapping_mul(0x9E37_79B9_7F4A_7C15),
        );
        let code = county_code(index);
        let region = region::Model {
            id: next(&mut ids.region),
            name: format!("基準{index:04}縣"),
            slip_prefix: format!("基{index:04}優交"),
            code,
            parent_id: Some(province.id),
            time_zone: ZONE.name().into(),
            created_at: end - Duration::days(WINDOW_DAYS + 120),
        };
        let mut county = build_county(&mut rng, &mut ids, &region, options.as_of);
        for a in &mut county.accounts {
            a.password_hash.clone_from(&password_hash);
        }
        summary.add(&county, options.as_of);
        let txn = db.begin().await?;
        insert_all(&txn, vec![region]).await?;
        write_county(&txn, county).await?;
        txn.commit().await?;
    }
    summary.regions += options.counties as usize;
    if db.get_database_backend() == DbBackend::Postgres {
        // Explicit ids leave the sequences behind.
        for table in [
            "regions",
            "units",
            "accounts",
            "members",
            "reports",
            "assignments",
            "referrals",
            "meetings",
            "meeting_invitations",
            "surveys",
            "survey_responses",
        ] {
            db.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                 (SELECT coalesce(max(id), 1) FROM {table}))"
            ))
            .await?;
        }
        db.execute_unprepared("ANALYZE").await?;
    }
    Ok(summary)
}

/// Counties 430101, 430102, … 430199, 430201, …: six-digit codes under province 43.
fn county_code(index: u32) -> String {
    format!("43{:02}{:02}", 1 + index / 99, 1 + index % 99)
}

fn local_time(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    let time = NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default();
    ZONE.from_local_datetime(&day.and_time(time))
        .single()
        .map_or_else(|| day.and_time(time).and_utc(), |t| t.with_timezone(&Utc))
}

fn local_day(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&ZONE).date_naive()
}

impl ScaleSummary {
    fn add(&mut self, county: &County, as_of: NaiveDate) {
        let open = county.slips.iter().filter(|s| is_open(s.status));
        self.units += county.units.len();
        self.accounts += county.accounts.len();
        self.members += county.members.len();
        self.reports += county.reports.len();
        self.slips += county.slips.len();
        self.open_slips += open.clone().count();
        self.overdue_slips += open.filter(|s| s.deadline < as_of).count();
        self.referrals += county.referrals.len();
        self.meetings += county.meetings.len();
        self.invitations += county.invitations.len();
        self.survey_responses += county.responses.len();
    }
}

fn is_open(status: AssignmentStatus) -> bool {
    matches!(
        status,
        AssignmentStatus::Issued | AssignmentStatus::Signed | AssignmentStatus::Returned
    )
}

fn account(
    ids: &mut Ids,
    username: &str,
    display_name: &str,
    role: Role,
    region_id: Option<i32>,
    unit_id: Option<i32>,
) -> account::Model {
    account::Model {
        id: next(&mut ids.account),
        username: username.into(),
        display_name: display_name.into(),
        email: None,
        phone_sealed: None,
        role,
        region_id,
        unit_id,
        password_hash: String::new(),
        must_change_password: false,
        active: true,
        created_at: DateTime::<Utc>::MIN_UTC,
        updated_at: DateTime::<Utc>::MIN_UTC,
    }
}

fn with_hash(mut a: account::Model, hash: &str, at: DateTime<Utc>) -> account::Model {
    a.password_hash = hash.into();
    a.created_at = at;
    a.updated_at = at;
    a
}

fn build_county(
    rng: &mut ChaCha8Rng,
    ids: &mut Ids,
    region: &region::Model,
    as_of: NaiveDate,
) -> County {
    let mut c = County::default();
    let created = region.created_at;
    let code = &region.code;
    let add_unit = |c: &mut County, ids: &mut Ids, name: &str, kind| {
        let u = unit::Model {
            id: next(&mut ids.unit),
            region_id: region.id,
            name: name.into(),
            kind,
            contact_email: None,
            created_at: created,
        };
        c.units.push(u.clone());
        u
    };
    add_unit(
        &mut c,
        ids,
        &format!("{}優化辦", region.name),
        UnitKind::Office,
    );
    let commission = add_unit(&mut c, ids, "縣紀委監委", UnitKind::DisciplineCommission);
    let mut responsible = Vec::new();
    for name in DEPARTMENTS {
        responsible.push(add_unit(&mut c, ids, name, UnitKind::Department));
    }
    for name in TOWNSHIPS {
        responsible.push(add_unit(&mut c, ids, name, UnitKind::Township));
    }
    responsible.push(add_unit(&mut c, ids, "縣人民法院", UnitKind::JudicialOrgan));
    responsible.push(add_unit(
        &mut c,
        ids,
        "縣不動產登記中心",
        UnitKind::PublicInstitution,
    ));

    let rid = Some(region.id);
    let push_account = |c: &mut County, ids: &mut Ids, name: &str, display: &str, role, unit| {
        let mut a = account(ids, &format!("c{code}.{name}"), display, role, rid, unit);
        a.created_at = created;
        a.updated_at = created;
        c.accounts.push(a.clone());
        a
    };
    let office = push_account(&mut c, ids, "office", "優化辦 經辦", Role::Office, None);
    push_account(&mut c, ids, "lg", "領導小組 成員", Role::LeadingGroup, None);
    push_account(
        &mut c,
        ids,
        "jw",
        "縣紀委監委 聯絡人",
        Role::Discipline,
        Some(commission.id),
    );
    for (k, u) in responsible.iter().enumerate() {
        let display = format!("{} 經辦", u.name);
        push_account(
            &mut c,
            ids,
            &format!("u{k:02}"),
            &display,
            Role::UnitHandler,
            Some(u.id),
        );
    }

    // Members serve a three-year term that began before the window.
    let term_start = as_of - Duration::days(WINDOW_DAYS + 60);
    for k in 0..SUPERVISORS + POINTS {
        let is_point = k >= SUPERVISORS;
        let (username, kind, role, category, name) = if is_point {
            let town = TOWNSHIPS[k % TOWNSHIPS.len()];
            (
                format!("p{:03}", k - SUPERVISORS),
                MemberKind::MonitoringPoint,
                Role::Liaison,
                *POINT_CATEGORIES.choose(rng).unwrap_or(&POINT_CATEGORIES[0]),
                format!("{town}第{}監測點", k - SUPERVISORS + 1),
            )
        } else {
            (
                format!("s{k:03}"),
                MemberKind::Supervisor,
                Role::Supervisor,
                *SUPERVISOR_CATEGORIES
                    .choose(rng)
                    .unwrap_or(&SUPERVISOR_CATEGORIES[0]),
                format!(
                    "{}{}",
                    SURNAMES.choose(rng).unwrap_or(&"李"),
                    GIVEN_NAMES.choose(rng).unwrap_or(&"偉")
                ),
            )
        };
        let acc = push_account(&mut c, ids, &username, &name, role, None);
        let npc = category == MemberCategory::OversightRepresentative;
        let approved = local_time(term_start, 10);
        c.members.push(member::Model {
            id: next(&mut ids.member),
            region_id: region.id,
            kind,
            status: MemberStatus::Active,
            category,
            name,
            affiliation: Some(format!("{}第{}企業", region.name, k + 1)),
            position: Some("負責人".into()),
            npc_or_cppcc: npc,
            recommender: if npc {
                Recommender::Npc
            } else {
                Recommender::EnterpriseInstitution
            },
            id_number_sealed: None,
            id_number_index: None,
            phone_sealed: None,
            phone_index: None,
            email: None,
            credit_code: None,
            declarations: membership::encode_declarations(&membership::required_declarations(kind)),
            reviewer_unit_id: None,
            receipt_index: None,
            submitter_index: None,
            status_reason: None,
            certificate_number: Some(format!("{code}-{username}")),
            plaque_number: is_point.then(|| format!("{code}-{username}")),
            term_starts_on: Some(term_start),
            term_ends_on: Some(term_start + Duration::days(3 * 365)),
            account_id: Some(acc.id),
            quota_override_reason: None,
            approved_at: Some(approved),
            created_at: approved - Duration::days(30),
            updated_at: approved,
        });
    }

    let plan = Plan {
        region,
        units: &responsible,
        office_id: office.id,
        as_of,
    };
    reports_and_slips(rng, ids, &mut c, plan);
    meetings(rng, ids, &mut c, plan);
    surveys(rng, ids, &mut c, plan);
    c
}

/// What a county's reports, meetings and surveys are made for.
#[derive(Clone, Copy)]
struct Plan<'a> {
    region: &'a region::Model,
    /// The responsible units.
    units: &'a [unit::Model],
    office_id: i32,
    as_of: NaiveDate,
}

fn reports_and_slips(rng: &mut ChaCha8Rng, ids: &mut Ids, c: &mut County, plan: Plan<'_>) {
    let Plan {
        region,
        units,
        office_id,
        as_of,
    } = plan;
    let calendar = WorkingCalendar::default();
    let end = local_time(as_of, 0);
    let mut times: Vec<i64> = (0..REPORTS)
        .map(|_| rng.random_range(1..WINDOW_DAYS * 86_400))
        .collect();
    times.sort_unstable_by(|a, b| b.cmp(a));
    let areas: Vec<SupervisionArea> = SupervisionArea::iter().collect();
    let behaviours: Vec<Behaviour> = Behaviour::iter().collect();
    let channels: Vec<Channel> = Channel::iter().collect();
    let members = c.members.clone();
    let mut last_seq: Vec<(i32, i32)> = Vec::new();
    let mut first_of_member = std::collections::HashMap::new();
    for seconds_before in times {
        let submitted_at = end - Duration::seconds(seconds_before);
        let submitted_on = local_day(submitted_at);
        let reporter = members.choose(rng).unwrap_or(&members[0]);
        let is_point = reporter.kind == MemberKind::MonitoringPoint;
        let kind = match rng.random_range(0..100) {
            0..40 if is_point => ReportKind::MonitoringRecord,
            0..75 => ReportKind::Problem,
            _ => ReportKind::Suggestion,
        };
        let concerned = units.choose(rng).unwrap_or(&units[0]);
        let behaviour = *behaviours.choose(rng).unwrap_or(&Behaviour::Service);
        let officials_involved = rng.random_ratio(3, 100);
        let id = next(&mut ids.report);
        let earlier = *first_of_member.entry(reporter.id).or_insert(id);
        let mut r = report::Model {
            id,
            region_id: region.id,
            reporter_member_id: reporter.id,
            reporter_account_id: reporter.account_id.unwrap_or(office_id),
            kind,
            status: ReportStatus::Submitted,
            title: format!("{}{}方面的問題", concerned.name, behaviour_name(behaviour)),
            body: "企業反映辦事過程中材料要求不一、時限不明，希望予以規範並答覆。".into(),
            occurred_on: Some(submitted_on - Duration::days(rng.random_range(1..30))),
            concerned_unit_id: Some(concerned.id),
            area: *areas
                .choose(rng)
                .unwrap_or(&SupervisionArea::GovernmentServices),
            behaviour: Some(behaviour),
            violation_category_ids: String::new(),
            channel: *channels.choose(rng).unwrap_or(&Channel::Text),
            major: rng.random_ratio(5, 100),
            officials_involved,
            valuable: kind == ReportKind::Suggestion && rng.random_ratio(30, 100),
            merged_into_id: None,
            status_reason: None,
            feedback: None,
            feedback_at: None,
            rating: None,
            rating_reason: None,
            redo_count: 0,
            submitted_at,
            updated_at: submitted_at,
            draft_key: None,
        };
        let issued_on = submitted_on + Duration::days(1);
        let roll = rng.random_range(0..100);
        if issued_on >= as_of && roll < 60 {
            c.reports.push(r);
            continue;
        }
        if roll < 4 {
            r.status = ReportStatus::NotAccepted;
            r.status_reason = Some("不屬於營商環境監督範圍。".into());
            c.reports.push(r);
            continue;
        }
        if roll < 6 && earlier != id {
            r.status = ReportStatus::Merged;
            r.merged_into_id = Some(earlier);
            c.reports.push(r);
            continue;
        }
        let deadline = calendar.add_working_days(issued_on, SLIP_WORKING_DAYS);
        let year = issued_on.year();
        let seq = match last_seq.iter_mut().find(|(y, _)| *y == year) {
            Some((_, s)) => {
                *s += 1;
                *s
            }
            None => {
                last_seq.push((year, 1));
                1
            }
        };
        let status = slip_status(rng, deadline, as_of);
        let issued_at = local_time(issued_on, 9);
        let replied_on = (issued_on + Duration::days(rng.random_range(2..15))).min(as_of);
        let replied = !is_open(status) && status != AssignmentStatus::HandedBack;
        let slip = assignment::Model {
            id: next(&mut ids.slip),
            region_id: region.id,
            number: format!("{}〔{year}〕{seq}號", region.slip_prefix),
            year,
            seq,
            unit_id: concerned.id,
            mode: match rng.random_range(0..10) {
                0 => AssignmentMode::Forward,
                1 => AssignmentMode::Supervise,
                _ => AssignmentMode::Assign,
            },
            requirement: "請核實情況，依法依規處理，並按期書面答覆。".into(),
            status,
            issued_on,
            deadline,
            reply: replied.then(|| "已核實並整改，相關材料清單已公示。".into()),
            replied_at: replied.then(|| local_time(replied_on, 16)),
            status_reason: (status == AssignmentStatus::HandedBack)
                .then(|| "不屬於本單位職責。".into()),
            extension_until: None,
            extension_reason: None,
            extension_status: None,
            issued_by: office_id,
            created_at: issued_at,
            updated_at: issued_at,
        };
        r.status = match status {
            AssignmentStatus::Verified => match rng.random_range(0..10) {
                0..2 => ReportStatus::Handled,
                2..7 => ReportStatus::FeedbackGiven,
                _ => ReportStatus::Closed,
            },
            _ => ReportStatus::InHandling,
        };
        if matches!(r.status, ReportStatus::FeedbackGiven | ReportStatus::Closed) {
            r.feedback = Some("承辦單位已整改並答覆，詳見交辦單。".into());
            r.feedback_at = Some(local_time(replied_on, 17));
        }
        if r.status == ReportStatus::Closed {
            r.rating = Some(match rng.random_range(0..10) {
                0..7 => Rating::Satisfied,
                7..9 => Rating::BasicallySatisfied,
                _ => Rating::Unsatisfied,
            });
        }
        r.updated_at = slip.replied_at.unwrap_or(issued_at);
        let overdue_days = calendar.working_days_between(deadline, as_of);
        if is_open(status) && overdue_days > GRACE_WORKING_DAYS {
            let at = local_time(calendar.add_working_days(deadline, 6), 9);
            c.referrals.push(referral::Model {
                id: next(&mut ids.referral),
                region_id: region.id,
                report_id: None,
                assignment_id: Some(slip.id),
                inquiry_id: None,
                origin: "escalation".into(),
                status: if rng.random_ratio(2, 3) {
                    ReferralStatus::Queued
                } else {
                    ReferralStatus::Accepted
                },
                summary: format!(
                    "交辦單 {} 逾期未辦結。承辦單位：{}",
                    slip.number, concerned.name
                ),
                outcome: None,
                status_reason: None,
                dedupe_key: Some(format!("escalation:{}:{}", slip.id, slip.deadline)),
                created_by: None,
                created_at: at,
                updated_at: at,
            });
        } else if officials_involved && status == AssignmentStatus::Verified {
            let at = local_time(replied_on, 10);
            c.referrals.push(referral::Model {
                id: next(&mut ids.referral),
                region_id: region.id,
                report_id: Some(r.id),
                assignment_id: None,
                inquiry_id: None,
                origin: "office".into(),
                status: ReferralStatus::Concluded,
                summary: format!("{}：涉及公職人員，移交紀委監委。", r.title),
                outcome: Some("已核查處理。".into()),
                status_reason: None,
                dedupe_key: None,
                created_by: Some(office_id),
                created_at: at,
                updated_at: at,
            });
        }
        c.slip_reports.push(assignment_report::Model {
            assignment_id: slip.id,
            report_id: r.id,
        });
        c.slips.push(slip);
        c.reports.push(r);
    }
    c.sequences = last_seq
        .into_iter()
        .map(|(year, last_seq)| slip_sequence::Model {
            region_id: region.id,
            year,
            last_seq,
        })
        .collect();
}

/// Most slips whose deadline has passed are answered and verified; a few are still open,
/// and those are overdue.
fn slip_status(rng: &mut ChaCha8Rng, deadline: NaiveDate, as_of: NaiveDate) -> AssignmentStatus {
    let roll = rng.random_range(0..100);
    if deadline >= as_of {
        return match roll {
            0..35 => AssignmentStatus::Issued,
            35..80 => AssignmentStatus::Signed,
            _ => AssignmentStatus::Replied,
        };
    }
    match roll {
        0..92 => AssignmentStatus::Verified,
        92..96 => AssignmentStatus::Replied,
        96..97 => AssignmentStatus::HandedBack,
        97..98 => AssignmentStatus::Returned,
        98..99 => AssignmentStatus::Signed,
        _ => AssignmentStatus::Issued,
    }
}

fn behaviour_name(b: Behaviour) -> &'static str {
    match b {
        Behaviour::Inspection => "檢查",
        Behaviour::Approval => "審批",
        Behaviour::Fees => "收費",
        Behaviour::Penalty => "處罰",
        Behaviour::Service => "服務",
        Behaviour::Guarantee => "保障",
    }
}

/// The quarters the window covers, oldest first.
fn quarters(as_of: NaiveDate) -> Vec<Quarter> {
    let first = Quarter::containing(as_of - Duration::days(WINDOW_DAYS));
    let last = Quarter::containing(as_of);
    let mut all = vec![first];
    while let Some(&q) = all.last().filter(|q| **q != last) {
        all.push(q.next());
    }
    all
}

/// Each quarter a joint meeting of every member with five units observing, and a special
/// supervision activity of ten members; past ones are closed with attendance taken.
fn meetings(rng: &mut ChaCha8Rng, ids: &mut Ids, c: &mut County, plan: Plan<'_>) {
    let Plan {
        region,
        units,
        office_id,
        as_of,
    } = plan;
    let now = local_time(as_of, 0);
    for quarter in quarters(as_of) {
        let first_day = quarter.first_day();
        for (kind, offset, invited) in [
            (MeetingKind::JointMeeting, 45, c.members.len()),
            (MeetingKind::SpecialSupervision, 20, 10),
        ] {
            let starts_at = local_time(first_day + Duration::days(offset), 9);
            let past = starts_at < now;
            let announced = starts_at - Duration::days(10);
            let m = meeting::Model {
                id: next(&mut ids.meeting),
                region_id: region.id,
                kind,
                topic: format!("{}{}", quarter.label(), meeting_name(kind)),
                agenda: "通報本季度交辦辦理情況；研究重點問題。".into(),
                place: "縣政務服務中心三樓會議室".into(),
                starts_at,
                ends_at: starts_at + Duration::hours(3),
                status: if past {
                    MeetingStatus::Closed
                } else {
                    MeetingStatus::Announced
                },
                open_to_applications: kind != MeetingKind::JointMeeting,
                sequence: 0,
                // Notices and reminders are taken as sent: the jobs have nothing to catch up.
                notice_version: 1,
                notified_version: 1,
                reminded_for: past.then_some(starts_at),
                cancel_reason: None,
                minutes: past.then(|| "會議通報了本季度情況並研究了重點問題。".into()),
                decisions: None,
                convened_by: office_id,
                created_at: announced,
                announced_at: Some(announced),
                closed_at: past.then(|| starts_at + Duration::days(1)),
            };
            let members: Vec<i32> = c
                .members
                .choose_multiple(rng, invited)
                .map(|m| m.id)
                .collect();
            for member_id in members {
                let declined = rng.random_ratio(3, 100);
                let attendance = (past && !declined).then(|| match rng.random_range(0..100) {
                    0..90 => Attendance::Attended,
                    90..96 => Attendance::Excused,
                    _ => Attendance::Absent,
                });
                c.invitations.push(invitation(
                    ids,
                    &m,
                    Some(member_id),
                    None,
                    declined,
                    attendance,
                ));
            }
            if kind == MeetingKind::JointMeeting {
                for u in units.choose_multiple(rng, 5) {
                    let attendance = past.then_some(Attendance::Attended);
                    c.invitations
                        .push(invitation(ids, &m, None, Some(u.id), false, attendance));
                }
            }
            c.meetings.push(m);
        }
    }
}

fn invitation(
    ids: &mut Ids,
    m: &meeting::Model,
    member_id: Option<i32>,
    unit_id: Option<i32>,
    declined: bool,
    attendance: Option<Attendance>,
) -> meeting_invitation::Model {
    meeting_invitation::Model {
        id: next(&mut ids.invitation),
        meeting_id: m.id,
        region_id: m.region_id,
        role: if unit_id.is_some() {
            InvitationRole::Observer
        } else {
            InvitationRole::Participant
        },
        member_id,
        unit_id,
        status: if declined {
            InvitationStatus::Declined
        } else {
            InvitationStatus::Accepted
        },
        reason: declined.then(|| "出差在外。".into()),
        attendance,
        created_at: m.created_at,
        responded_at: Some(m.created_at + Duration::days(2)),
    }
}

fn meeting_name(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::JointMeeting => "聯席會議",
        _ => "專項監督活動",
    }
}

/// Each quarter the office asks members to rate the units; three in ten rate five units.
fn surveys(rng: &mut ChaCha8Rng, ids: &mut Ids, c: &mut County, plan: Plan<'_>) {
    let Plan {
        region,
        units,
        office_id,
        as_of,
    } = plan;
    for quarter in quarters(as_of) {
        let opened_on = quarter.last_day() - Duration::days(10);
        if opened_on >= as_of {
            continue;
        }
        let s = survey::Model {
            id: next(&mut ids.survey),
            region_id: region.id,
            title: format!("{}涉企部門滿意度測評", quarter.label()),
            period: quarter.label(),
            closes_on: quarter.last_day() + Duration::days(15),
            opened_by: office_id,
            opened_at: local_time(opened_on, 9),
        };
        c.survey_units
            .extend(units.iter().map(|u| survey_unit::Model {
                survey_id: s.id,
                unit_id: u.id,
            }));
        let respondents: Vec<i32> = c
            .members
            .choose_multiple(rng, c.members.len() * 3 / 10)
            .map(|m| m.id)
            .collect();
        for member_id in respondents {
            for u in units.choose_multiple(rng, 5) {
                let at = s.opened_at + Duration::hours(rng.random_range(1..240));
                c.responses.push(survey_response::Model {
                    id: next(&mut ids.response),
                    survey_id: s.id,
                    region_id: region.id,
                    unit_id: u.id,
                    member_id,
                    level: match rng.random_range(0..100) {
                        0..45 => SatisfactionLevel::VerySatisfied,
                        45..80 => SatisfactionLevel::Satisfied,
                        80..92 => SatisfactionLevel::FairlySatisfied,
                        92..97 => SatisfactionLevel::Dissatisfied,
                        _ => SatisfactionLevel::VerySatisfied,
                    },
                    comment: None,
                    submitted_at: at,
                    updated_at: at,
                });
            }
        }
        c.surveys.push(s);
    }
}

async fn write_county(conn: &impl ConnectionTrait, c: County) -> AppResult<()> {
    insert_all(conn, c.units).await?;
    insert_all(conn, c.accounts).await?;
    insert_all(conn, c.members).await?;
    insert_all(conn, c.reports).await?;
    insert_all(conn, c.slips).await?;
    insert_all(conn, c.slip_reports).await?;
    insert_all(conn, c.sequences).await?;
    insert_all(conn, c.referrals).await?;
    insert_all(conn, c.meetings).await?;
    insert_all(conn, c.invitations).await?;
    insert_all(conn, c.surveys).await?;
    insert_all(conn, c.survey_units).await?;
    insert_all(conn, c.responses).await
}

/// Multi-row inserts, as many rows per statement as the bind-parameter limit allows
/// (32,766 on SQLite, 65,535 on PostgreSQL).
async fn insert_all<M>(conn: &impl ConnectionTrait, rows: Vec<M>) -> AppResult<()>
where
    M: sea_orm::ModelTrait + sea_orm::IntoActiveModel<<M::Entity as EntityTrait>::ActiveModel>,
    <M::Entity as EntityTrait>::ActiveModel: ActiveModelTrait<Entity = M::Entity> + Send,
{
    let per_statement = (30_000 / <M::Entity as EntityTrait>::Column::iter().count()).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let batch = rows
            .by_ref()
            .take(per_statement)
            .map(sea_orm::IntoActiveModel::into_active_model);
        <M::Entity as EntityTrait>::insert_many(batch)
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn county_codes_are_distinct_county_codes() {
        let codes: std::collections::HashSet<String> = (0..9_801).map(county_code).collect();
        assert_eq!(codes.len(), 9_801);
        for code in [
            county_code(0),
            county_code(98),
            county_code(99),
            county_code(9_800),
        ] {
            assert_eq!(
                crate::domain::region::level_of(&code),
                Ok(crate::domain::region::Level::County),
                "{code}"
            );
        }
    }

    #[test]
    fn the_same_seed_makes_the_same_county() {
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
        let make = |seed| {
            let region = region::Model {
                id: 2,
                code: county_code(0),
                name: "基準0000縣".into(),
                parent_id: Some(1),
                time_zone: ZONE.name().into(),
                slip_prefix: "基0000優交".into(),
                created_at: local_time(as_of, 0),
            };
            build_county(
                &mut ChaCha8Rng::seed_from_u64(seed),
                &mut Ids::default(),
                &region,
                as_of,
            )
        };
        let (a, b, other) = (make(7), make(7), make(8));
        assert_eq!(a.reports, b.reports);
        assert_eq!(a.slips, b.slips);
        assert_eq!(a.responses, b.responses);
        assert_ne!(a.reports, other.reports);
        assert_eq!(a.reports.len(), REPORTS);
        // Overdue open slips exist, and every long-overdue one is referred once.
        let overdue = a
            .slips
            .iter()
            .filter(|s| is_open(s.status) && s.deadline < as_of)
            .count();
        assert!(overdue > 100, "{overdue}");
        let escalated = a
            .referrals
            .iter()
            .filter(|r| r.origin == "escalation")
            .count();
        assert!(escalated > 0 && escalated <= overdue);
        // Slip numbers are gapless per year.
        for seq in &a.sequences {
            let numbered = a.slips.iter().filter(|s| s.year == seq.year).count();
            assert_eq!(numbered, seq.last_seq as usize);
        }
    }
}
