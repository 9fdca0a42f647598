//! `watchpost demo`: one county (岳阳县, 430621) with its office, units, accounts for every
//! role, and monitoring points and supervisors at every stage. Everything goes through the
//! same services as the API, so the demo data obeys the same rules.

use std::sync::Arc;

use chrono::{Datelike, Duration, NaiveDate};
use entities::{
    account::{self, Role},
    assignment::AssignmentMode,
    inquiry::InquiryKind,
    meeting::MeetingKind,
    member::{self, MemberCategory, MemberKind, MemberStatus, Recommender},
    region,
    report::{Channel, Rating, ReportKind, SupervisionArea},
    unit::UnitKind,
};
use sea_orm::{
    ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait, sea_query::Expr,
};

use crate::{
    app::AppState,
    auth::{Viewer, password},
    clock::ManualClock,
    db::Db,
    domain::{
        credit_code, identity,
        membership::{Decision, Declaration},
    },
    error::{AppError, AppResult},
    service::{
        RequestContext, RequestMeta,
        account::{NewAccount, create_admin},
        appointment::{self, AccountChoice, Appointment, NewTraining},
        assignment::{self, NewSlip, SlipStep},
        attachment::NewFile,
        calendar,
        consultation::{self, NewConsultation},
        inquiry::{self, NewInquiry},
        meeting::{self, MeetingPlan, NewMeeting},
        membership::{self, NewNomination, ReviewInput},
        region::NewRegion,
        report::{self, NewReport, OfficeStep},
        session::principal_of,
        survey::{self, NewSurvey},
        unit::{self, NewUnit},
    },
};

const REGION: &str = "430621";

/// The names of the reviewer units' and responsible units' staff, in the order they are made.
const STAFF_NAMES: [&str; 15] = [
    "孙海燕",
    "周建国",
    "吴晓梅",
    "郑伟",
    "冯静",
    "刘洋",
    "何文军",
    "许丽娟",
    "邓志明",
    "曾红",
    "彭涛",
    "罗敏",
    "谢永华",
    "唐颖",
    "袁斌",
];

const REVIEWER_UNITS: [(&str, &str); 3] = [
    ("县工信局", "gxj.reviewer"),
    ("县工商联", "gsl.reviewer"),
    ("岳阳高新区管委会", "gxq.reviewer"),
];

/// The demo county's catalogue of prohibitions (its "八个严禁"), which a report may name.
/// Illustrative: each county enters the wording of its own.
const VIOLATION_CATALOGUE: [&str; 8] = [
    "严禁违规设置市场准入门槛",
    "严禁违规收费、摊派和强制企业参加评比",
    "严禁吃拿卡要、索取好处",
    "严禁推诿扯皮、不作为慢作为",
    "严禁随意检查、选择性执法和趋利执法",
    "严禁违规干预企业正常生产经营",
    "严禁拖欠企业账款、不兑现政策承诺",
    "严禁对反映问题的企业和个人打击报复",
];

/// Responsible units, the handler who signs in for each (if any) and, for some of those
/// without one, the address their notices go to; 县人民法院 and 新墙镇 have neither.
const RESPONSIBLE_UNITS: [(&str, UnitKind, Option<&str>, Option<&str>); 12] = [
    (
        "县市场监管局",
        UnitKind::Department,
        Some("scjg.handler"),
        None,
    ),
    ("县税务局", UnitKind::Department, Some("sw.handler"), None),
    (
        "县自然资源局",
        UnitKind::Department,
        Some("zrzy.handler"),
        None,
    ),
    (
        "县住建局",
        UnitKind::Department,
        None,
        Some("zjj@yy.example.cn"),
    ),
    (
        "县行政审批服务局",
        UnitKind::Department,
        Some("xzsp.handler"),
        None,
    ),
    (
        "县公安局",
        UnitKind::Department,
        None,
        Some("gaj@yy.example.cn"),
    ),
    (
        "县人社局",
        UnitKind::Department,
        None,
        Some("rsj@yy.example.cn"),
    ),
    ("县人民法院", UnitKind::JudicialOrgan, None, None),
    (
        "县不动产登记中心",
        UnitKind::PublicInstitution,
        None,
        Some("bdc@yy.example.cn"),
    ),
    ("荣家湾镇", UnitKind::Township, Some("rjw.handler"), None),
    ("新墙镇", UnitKind::Township, None, None),
    (
        "黄沙街镇",
        UnitKind::Township,
        None,
        Some("hsjz@yy.example.cn"),
    ),
];

/// How far each demo member gets.
#[derive(Clone, Copy)]
enum Stage {
    Nominated,
    InitialReview,
    SecondReview,
    FinalReview,
    Approved,
    Trained,
    Active,
}

pub struct DemoLogin {
    pub username: String,
    pub role: Role,
}

/// Fills the database in one transaction, so a failure leaves nothing behind; refuses one
/// that already has regions unless `force`.
pub async fn run(state: &AppState, password_text: &str, force: bool) -> AppResult<Vec<DemoLogin>> {
    let txn = Arc::new(state.db.begin().await?);
    let within = AppState {
        db: Db::Within(txn.clone()),
        ..state.clone()
    };
    let filled = fill(&within, password_text, force).await;
    drop(within);
    let txn = Arc::into_inner(txn).ok_or_else(|| {
        AppError::internal(anyhow::anyhow!("the demo's transaction is still in use"))
    })?;
    match filled {
        Ok(logins) => {
            txn.commit().await?;
            Ok(logins)
        }
        Err(e) => {
            txn.rollback().await?;
            Err(e)
        }
    }
}

async fn fill(state: &AppState, password_text: &str, force: bool) -> AppResult<Vec<DemoLogin>> {
    let existing = region::Entity::find().count(&state.db).await?;
    if existing > 0 && !force {
        return Err(AppError::Conflict(
            "the database already has data: run `watchpost demo --force` to add the demo anyway"
                .into(),
        ));
    }
    let now = state.clock.now();
    let year = now.year();
    create_admin(
        &state.db,
        &state.vault,
        now,
        "admin",
        password_text.to_owned(),
        None,
    )
    .await?;
    let office_account = create_admin(
        &state.db,
        &state.vault,
        now,
        "yy.office",
        password_text.to_owned(),
        Some(NewRegion {
            code: REGION.into(),
            name: "岳阳县".into(),
            parent_code: None,
            time_zone: None,
            slip_prefix: Some("岳县优交".into()),
        }),
    )
    .await?;
    account::Entity::update_many()
        .col_expr(account::Column::DisplayName, Expr::value("王丽"))
        .filter(account::Column::Username.eq("yy.office"))
        .exec(&state.db)
        .await?;
    // The two accounts made as `create-admin` makes them have no address yet.
    account::Entity::update_many()
        .col_expr(
            account::Column::Email,
            Expr::cust("username || '@example.cn'"),
        )
        .filter(account::Column::Email.is_null())
        .exec(&state.db)
        .await?;
    let office = as_account(state, &office_account);

    unit::create(&office, new_unit("岳阳县优化办", UnitKind::Office)).await?;
    let discipline_unit = unit::create(
        &office,
        new_unit("县纪委监委", UnitKind::DisciplineCommission),
    )
    .await?;
    account(
        &office,
        "jw.discipline",
        "赵刚",
        Role::Discipline,
        Some(discipline_unit.id),
    )
    .await?;
    let leading = account(&office, "yy.lg", "陈志强", Role::LeadingGroup, None).await?;
    let leading = as_account(state, &leading);

    let mut staff = STAFF_NAMES.into_iter();
    let mut reviewers = Vec::new();
    for (name, username) in REVIEWER_UNITS {
        let created = unit::create(&office, new_unit(name, UnitKind::Reviewer)).await?;
        let reviewer = account(
            &office,
            username,
            staff.next().unwrap_or(name),
            Role::Reviewer,
            Some(created.id),
        )
        .await?;
        reviewers.push((created.id, as_account(state, &reviewer)));
    }
    for (name, kind, handler, contact) in RESPONSIBLE_UNITS {
        let mut new = new_unit(name, kind);
        new.contact_email = contact.map(Into::into);
        let created = unit::create(&office, new).await?;
        if let Some(username) = handler {
            account(
                &office,
                username,
                staff.next().unwrap_or(name),
                Role::UnitHandler,
                Some(created.id),
            )
            .await?;
        }
    }

    // Ten supervisors: six serving, one trained, one approved, one before the leading
    // group, one just nominated.
    let supervisor_stages = [
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Trained,
        Stage::Approved,
        Stage::FinalReview,
        Stage::Nominated,
    ];
    let supervisor_names = [
        "李建华",
        "王秀英",
        "张伟",
        "刘洋",
        "陈静",
        "杨帆",
        "赵磊",
        "黄敏",
        "周强",
        "吴婷",
    ];
    let categories = [
        MemberCategory::EnterpriseRepresentative,
        MemberCategory::OversightRepresentative,
        MemberCategory::AssociationRepresentative,
        MemberCategory::IndividualBusinessRepresentative,
        MemberCategory::SocialRepresentative,
    ];
    // Where each works, by category: a company, the county congress, a chamber, a shop, a school.
    let affiliations = [
        ("岳阳洞庭新材料有限公司", "总经理"),
        ("岳阳县人大代表", "县人大代表"),
        ("岳阳县工商业联合会", "副会长"),
        ("荣家湾镇便民超市", "经营者"),
        ("湖南理工学院", "副教授"),
    ];
    let mut to_train = Vec::new();
    let mut to_certify = Vec::new();
    for (i, (stage, name)) in supervisor_stages
        .into_iter()
        .zip(supervisor_names)
        .enumerate()
    {
        let category = categories[i % categories.len()];
        let npc = category == MemberCategory::OversightRepresentative;
        let nominated = membership::submit(
            &office,
            NewNomination {
                region_code: None,
                kind: MemberKind::Supervisor,
                category,
                recommender: if npc {
                    Recommender::Npc
                } else {
                    Recommender::EnterpriseInstitution
                },
                name: name.into(),
                affiliation: Some(affiliations[i % affiliations.len()].0.into()),
                position: Some(affiliations[i % affiliations.len()].1.into()),
                npc_or_cppcc: npc,
                id_number: Some(resident_id(i)),
                phone: Some(format!("139{:08}", 730_0000 + i)),
                email: Some(format!("sup{:02}@example.cn", i + 1)),
                credit_code: None,
                declarations: vec![
                    Declaration::NoDisciplinarySanction,
                    Declaration::NoCriminalPenalty,
                    Declaration::NotOnDishonestList,
                ],
                files: vec![NewFile {
                    name: "监督员推荐表.pdf".into(),
                    bytes: DEMO_PDF.to_vec(),
                }],
            },
        )
        .await?
        .member;
        let id = nominated.id;
        if reached(stage, Stage::FinalReview) {
            approve(&office, id).await?;
        }
        if reached(stage, Stage::Approved) {
            approve(&leading, id).await?;
        }
        if reached(stage, Stage::Trained) {
            to_train.push(id);
        }
        if reached(stage, Stage::Active) {
            to_certify.push((id, format!("sup{:02}", i + 1)));
        }
    }
    appointment::record_training(
        &office,
        NewTraining {
            title: "营商环境监督员岗前培训".into(),
            held_on: office.now().date_naive(),
            place: Some("县政务中心三楼会议室".into()),
            member_ids: to_train,
        },
    )
    .await?;
    for (i, (id, username)) in to_certify.into_iter().enumerate() {
        appointment::issue_certificate(
            &office,
            Appointment {
                member_id: id,
                number: format!("岳县监督证〔{year}〕{:02}号", i + 1),
                term_starts_on: None,
                account: AccountChoice::New {
                    email: Some(format!("{username}@example.cn")),
                    username,
                    display_name: None,
                },
            },
        )
        .await?;
    }

    // Fifteen monitoring points: ten with plaques, two approved, one at each review stage.
    let point_stages = [
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Active,
        Stage::Approved,
        Stage::Approved,
        Stage::SecondReview,
        Stage::InitialReview,
        Stage::Nominated,
    ];
    let point_categories = [
        (
            MemberCategory::ParkKeyEnterprise,
            "岳阳高新区某电子科技有限公司",
        ),
        (MemberCategory::TownshipEnterprise, "荣家湾镇某食品有限公司"),
        (MemberCategory::IndividualBusiness, "新墙镇某五金店"),
        (MemberCategory::GovernmentServiceVenue, "县政务服务中心"),
        (MemberCategory::IndustryAssociation, "岳阳县个体劳动者协会"),
        (MemberCategory::ThirdPartyInstitution, "岳阳某会计师事务所"),
    ];
    let mut liaison_number = 0;
    for (i, stage) in point_stages.into_iter().enumerate() {
        let (category, base_name) = point_categories[i % point_categories.len()];
        let nominated = membership::submit(
            &office,
            NewNomination {
                region_code: None,
                kind: MemberKind::MonitoringPoint,
                category,
                recommender: Recommender::Society,
                name: format!("{base_name}（{}）", i + 1),
                affiliation: None,
                position: None,
                npc_or_cppcc: false,
                id_number: None,
                phone: Some(format!("0730-{:07}", 820_0000 + i)),
                email: Some(format!("point{:02}@example.cn", i + 1)),
                credit_code: (category != MemberCategory::GovernmentServiceVenue)
                    .then(|| credit_code_for(i)),
                declarations: vec![
                    Declaration::LawfulOperation,
                    Declaration::TaxCompliance,
                    Declaration::GoodReputation,
                ],
                files: vec![NewFile {
                    name: "营业执照及推荐材料.pdf".into(),
                    bytes: DEMO_PDF.to_vec(),
                }],
            },
        )
        .await?
        .member;
        let id = nominated.id;
        // The points still under review sit with the reviewer unit whose login the demo prints.
        let (reviewer_unit, reviewer) = if reached(stage, Stage::Approved) {
            &reviewers[i % reviewers.len()]
        } else {
            &reviewers[0]
        };
        if reached(stage, Stage::InitialReview) {
            membership::route(&office, id, *reviewer_unit).await?;
        }
        if reached(stage, Stage::SecondReview) {
            approve(reviewer, id).await?;
        }
        if reached(stage, Stage::FinalReview) {
            approve(&office, id).await?;
        }
        if reached(stage, Stage::Approved) {
            approve(&leading, id).await?;
        }
        if reached(stage, Stage::Active) {
            liaison_number += 1;
            appointment::award_plaque(
                &office,
                Appointment {
                    member_id: id,
                    number: format!("岳县监测点〔{year}〕{liaison_number:02}号"),
                    term_starts_on: None,
                    account: AccountChoice::New {
                        username: format!("liaison{liaison_number:02}"),
                        display_name: None,
                        email: Some(format!("liaison{liaison_number:02}@example.cn")),
                    },
                },
            )
            .await?;
        }
    }

    // This year's holidays and 调休 working weekends, as the State Council published them.
    if let Some(entries) = calendar::state_council_arrangement(&office, year)? {
        calendar::set_year(&office, year, entries).await?;
    }
    for name in VIOLATION_CATALOGUE {
        report::add_category(&office, name).await?;
    }

    quarter_under_way(state).await?;

    // Demo accounts share one known password and need no change at first sign-in.
    let hash = password::hash(password_text.to_owned()).await?;
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash))
        .col_expr(account::Column::MustChangePassword, Expr::value(false))
        .filter(account::Column::MustChangePassword.eq(true))
        .exec(&state.db)
        .await?;

    Ok([
        ("admin", Role::PlatformAdmin),
        ("yy.office", Role::Office),
        ("yy.lg", Role::LeadingGroup),
        ("gxj.reviewer", Role::Reviewer),
        ("scjg.handler", Role::UnitHandler),
        ("jw.discipline", Role::Discipline),
        ("sup01", Role::Supervisor),
        ("liaison01", Role::Liaison),
    ]
    .into_iter()
    .map(|(username, role)| DemoLogin {
        username: username.into(),
        role,
    })
    .collect())
}

/// What becomes of a demo report.
#[derive(Clone, Copy)]
enum Fate {
    /// Waits for the office's triage.
    Waiting,
    NotAccepted,
    /// Accepted; a suggestion is also marked valuable.
    Accepted,
    /// A slip is issued and left open.
    SlipOpen,
    /// The unit signed and replied; the office has still to verify.
    SlipReplied,
    /// Verified, the reporter told and satisfied.
    Settled,
    /// Its slip went unanswered past the deadline and the grace period: the escalation job
    /// refers it to the commission.
    Escalated,
}

struct Story {
    reporter: &'static str,
    days_ago: i64,
    kind: ReportKind,
    title: &'static str,
    body: &'static str,
    area: SupervisionArea,
    unit: Option<&'static str>,
    major: bool,
    fate: Fate,
}

const STORIES: [Story; 9] = [
    Story {
        reporter: "sup01",
        days_ago: 45,
        kind: ReportKind::Problem,
        title: "不动产登记窗口要求企业重复提交材料",
        body: "某物流企业办理厂房不动产登记时，窗口先后三次要求补交已在政务平台上传的材料，办理时间超过承诺时限。",
        area: SupervisionArea::GovernmentServices,
        unit: Some("县不动产登记中心"),
        major: false,
        fate: Fate::Escalated,
    },
    Story {
        reporter: "sup02",
        days_ago: 30,
        kind: ReportKind::Problem,
        title: "市场监管执法检查频次过高",
        body: "荣家湾镇某食品企业反映，一个月内接受同类检查四次，检查内容重复，影响正常生产。",
        area: SupervisionArea::RegulatoryEnforcement,
        unit: Some("县市场监管局"),
        major: false,
        fate: Fate::Settled,
    },
    Story {
        reporter: "sup03",
        days_ago: 16,
        kind: ReportKind::Problem,
        title: "增值税留抵退税办理进度缓慢",
        body: "高新区某电子科技企业申请留抵退税已逾一个月，未收到受理结果，也无人告知所缺材料。",
        area: SupervisionArea::PolicyDelivery,
        unit: Some("县税务局"),
        major: false,
        fate: Fate::SlipReplied,
    },
    Story {
        reporter: "liaison01",
        days_ago: 9,
        kind: ReportKind::Problem,
        title: "施工许可审批材料清单前后不一",
        body: "监测点企业办理施工许可时，窗口告知的材料清单与政务服务网公布的不一致，企业往返两次。",
        area: SupervisionArea::GovernmentServices,
        unit: Some("县行政审批服务局"),
        major: false,
        fate: Fate::SlipOpen,
    },
    Story {
        reporter: "liaison02",
        days_ago: 7,
        kind: ReportKind::MonitoringRecord,
        title: "县自然资源局上门服务企业用地报批",
        body: "县自然资源局工作人员到企业现场指导用地报批材料准备，企业评价服务及时、解释清楚。",
        area: SupervisionArea::FactorSupply,
        unit: Some("县自然资源局"),
        major: false,
        fate: Fate::Accepted,
    },
    Story {
        reporter: "sup04",
        days_ago: 5,
        kind: ReportKind::Suggestion,
        title: "建议推行涉企检查“综合查一次”",
        body: "建议由县优化办牵头，统筹市场监管、应急、消防等部门对同一企业的检查事项，合并为一次联合检查。",
        area: SupervisionArea::RegulatoryEnforcement,
        unit: None,
        major: false,
        fate: Fate::Accepted,
    },
    Story {
        reporter: "sup05",
        days_ago: 4,
        kind: ReportKind::Problem,
        title: "对企业家个人纠纷的反映",
        body: "反映某企业负责人之间的合同纠纷，希望政府出面调解。",
        area: SupervisionArea::GovernmentBusinessRelations,
        unit: None,
        major: false,
        fate: Fate::NotAccepted,
    },
    Story {
        reporter: "sup06",
        days_ago: 1,
        kind: ReportKind::Problem,
        title: "某镇以环保检查为由要求企业停产",
        body: "新墙镇某五金企业反映，镇里以环保检查为由口头要求停产整顿，未出具任何书面文书。",
        area: SupervisionArea::RegulatoryEnforcement,
        unit: Some("新墙镇"),
        major: true,
        fate: Fate::Waiting,
    },
    Story {
        reporter: "sup01",
        days_ago: 0,
        kind: ReportKind::Problem,
        title: "政务大厅企业开办窗口午休时段无人值守",
        body: "企业反映县政务服务中心企业开办窗口中午12点至14点无人值守，无法办理。",
        area: SupervisionArea::GovernmentServices,
        unit: Some("县行政审批服务局"),
        major: false,
        fate: Fate::Waiting,
    },
];

/// A small PDF, for the problems and replies that carry a document.
/// A one-page PDF that viewers open, so the attachments' preview has something to show.
const DEMO_PDF: &[u8] = include_bytes!("demo.pdf");

/// A quarter under way, so every page has something on it: reports in each state, some with
/// attachments; slips open, replied and verified, one escalated to the commission; a meeting
/// announced and a survey open.
async fn quarter_under_way(state: &AppState) -> AppResult<()> {
    let now = state.clock.now();
    for story in &STORIES {
        let reporter = acting(state, story.reporter, story.days_ago).await?;
        let office = acting(state, "yy.office", story.days_ago).await?;
        let unit = match story.unit {
            Some(name) => Some(unit_named(state, name).await?),
            None => None,
        };
        let report = report::submit(
            &reporter,
            NewReport {
                kind: story.kind,
                title: story.title.into(),
                body: story.body.into(),
                occurred_on: Some(reporter.now().date_naive()),
                concerned_unit_id: unit.as_ref().map(|u| u.id),
                area: story.area,
                behaviour: None,
                violation_category_ids: Vec::new(),
                channel: Channel::Text,
                major: story.major,
                officials_involved: false,
                // A problem comes with the enterprise's own account of it.
                attachments: if story.kind == ReportKind::Problem {
                    vec![NewFile {
                        name: "情况说明.pdf".into(),
                        bytes: DEMO_PDF.to_vec(),
                    }]
                } else {
                    Vec::new()
                },
                uploads: Vec::new(),
                draft_key: None,
            },
        )
        .await?;
        match story.fate {
            Fate::Waiting => continue,
            Fate::NotAccepted => {
                let reason =
                    "属于民事合同纠纷，不在营商环境监督范围内，建议通过人民调解或诉讼途径解决。";
                report::office_step(
                    &office,
                    report.id,
                    OfficeStep::Reject {
                        reason: reason.into(),
                    },
                )
                .await?;
                continue;
            }
            _ => {
                report::office_step(&office, report.id, OfficeStep::Accept).await?;
            }
        }
        if story.kind == ReportKind::Suggestion {
            report::office_step(&office, report.id, OfficeStep::MarkValuable).await?;
        }
        let Some(unit) = unit.filter(|_| !matches!(story.fate, Fate::Accepted)) else {
            continue;
        };
        let slip = assignment::issue(
            &office,
            NewSlip {
                report_ids: vec![report.id],
                unit_id: unit.id,
                mode: AssignmentMode::Assign,
                requirement: "请核实企业反映的情况，依法依规处理，并在办理时限内书面答复。".into(),
                deadline: None,
            },
        )
        .await?;
        if !matches!(story.fate, Fate::SlipReplied | Fate::Settled) {
            continue;
        }
        let handler = unit_handler(state, unit.id, story.days_ago - 2).await?;
        assignment::step(&handler, slip.model.id, SlipStep::Sign).await?;
        let reply = "已约谈相关科室负责人，明确一次性告知材料清单，企业事项已于本周办结。";
        let replied = SlipStep::Reply {
            text: reply.into(),
            attachments: vec![NewFile {
                name: "办理情况报告.pdf".into(),
                bytes: DEMO_PDF.to_vec(),
            }],
        };
        let handler = unit_handler(state, unit.id, story.days_ago - 4).await?;
        assignment::step(&handler, slip.model.id, replied).await?;
        if matches!(story.fate, Fate::Settled) {
            let office = acting(state, "yy.office", story.days_ago - 6).await?;
            assignment::step(&office, slip.model.id, SlipStep::Verify).await?;
            let feedback = "经核实，相关单位已整改，检查事项已纳入联合检查计划，特此反馈。";
            report::office_step(
                &office,
                report.id,
                OfficeStep::Feedback {
                    text: feedback.into(),
                },
            )
            .await?;
            let reporter = acting(state, story.reporter, story.days_ago - 7).await?;
            report::rate(&reporter, report.id, Rating::Satisfied, None).await?;
        }
    }
    // The slip nobody answered: noticed, then referred once past the grace period.
    crate::jobs::run(state, "escalate-overdue", now, None).await?;

    // A supervisor's inquiry and document request, waiting for the market regulator's answer.
    let asker = acting(state, "sup02", 3).await?;
    let regulator = unit_named(state, "县市场监管局").await?;
    for (kind, subject, question) in [
        (
            InquiryKind::Inquiry,
            "涉企检查计划",
            "本季度对同一企业的执法检查为何多达四次？是否已纳入“双随机、一公开”抽查计划？",
        ),
        (
            InquiryKind::DocumentRequest,
            "调阅检查记录",
            "请提供本季度对县经开区食品企业的执法检查记录和检查结果。",
        ),
    ] {
        inquiry::ask(
            &asker,
            NewInquiry {
                kind,
                unit_id: regulator.id,
                subject: subject.into(),
                question: question.into(),
            },
        )
        .await?;
    }

    let office = acting(state, "yy.office", 0).await?;
    let members = member::Entity::find()
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .filter(member::Column::Kind.eq(MemberKind::Supervisor))
        .all(&state.db)
        .await?;
    let starts = now + Duration::days(7);
    let meeting = meeting::create(
        &office,
        NewMeeting {
            kind: MeetingKind::Symposium,
            plan: MeetingPlan {
                topic: "涉企检查规范化座谈会".into(),
                agenda: "一、通报本季度涉企检查问题办理情况\n二、听取监督员意见建议\n三、部署联合检查工作".into(),
                place: "县政务服务中心三楼会议室".into(),
                starts_at: starts,
                ends_at: starts + Duration::hours(2),
            },
            open_to_applications: true,
            member_ids: members.iter().take(3).map(|m| m.id).collect(),
            unit_ids: vec![unit_named(state, "县市场监管局").await?.id],
        },
    )
    .await?;
    meeting::announce(&office, meeting.id).await?;
    held_meeting(state, &members).await?;
    let surveyed = ["县市场监管局", "县税务局", "县行政审批服务局"];
    let mut unit_ids = Vec::new();
    for name in surveyed {
        unit_ids.push(unit_named(state, name).await?.id);
    }
    survey::open(
        &office,
        NewSurvey {
            title: "本季度营商环境满意度测评".into(),
            period: "本季度".into(),
            unit_ids,
            closes_on: office.now().date_naive() + Duration::days(14),
        },
    )
    .await?;
    consultation::open(
        &office,
        NewConsultation {
            title: "关于《岳阳县进一步规范涉企行政检查的若干措施（征求意见稿）》征求意见".into(),
            body: "为规范涉企行政检查、减少对企业正常生产经营的干扰，县优化办起草了若干措施（征求意见稿），现征求各位监督员意见。\n一、推行“综合查一次”，同一企业同一年度内同一部门的检查原则上不超过一次；\n二、检查前公示检查事项和依据；\n三、建立检查结果互认机制。".into(),
            closes_on: office.now().date_naive() + Duration::days(10),
            member_ids: None,
            files: Vec::new(),
        },
    )
    .await?;
    Ok(())
}

/// A joint meeting held two days ago, its attendance and minutes still to record: announced
/// five days ago, one invitee accepted, one asked leave.
async fn held_meeting(state: &AppState, supervisors: &[member::Model]) -> AppResult<()> {
    let office = acting(state, "yy.office", 5).await?;
    // 09:30 in the county, two days ago.
    let zone = chrono_tz::Asia::Shanghai;
    let day = (state.clock.now() - Duration::days(2))
        .with_timezone(&zone)
        .date_naive();
    let starts = day
        .and_hms_opt(9, 30, 0)
        .and_then(|t| t.and_local_timezone(zone).single())
        .map(|t| t.with_timezone(&chrono::Utc))
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no 09:30 on {day}")))?;
    let invited: Vec<i32> = supervisors.iter().take(3).map(|m| m.id).collect();
    let held = meeting::create(
        &office,
        NewMeeting {
            kind: MeetingKind::JointMeeting,
            plan: MeetingPlan {
                topic: "第四季度营商环境监督联席会议".into(),
                agenda: "一、通报第四季度问题线索办理情况\n二、研究逾期未办结问题的督办措施\n三、听取监督员意见建议".into(),
                place: "县政府二楼常务会议室".into(),
                starts_at: starts,
                ends_at: starts + Duration::hours(2),
            },
            open_to_applications: false,
            member_ids: invited.clone(),
            unit_ids: vec![unit_named(state, "县市场监管局").await?.id],
        },
    )
    .await?;
    meeting::announce(&office, held.id).await?;
    let invitations = entities::meeting_invitation::Entity::find()
        .filter(entities::meeting_invitation::Column::MeetingId.eq(held.id))
        .filter(entities::meeting_invitation::Column::MemberId.is_in(invited))
        .all(&state.db)
        .await?;
    let answers = [(true, None), (false, Some("出差在外，无法参会。"))];
    for (invitation, (accept, reason)) in invitations.iter().zip(answers) {
        let member = member::Entity::find_by_id(invitation.member_id.unwrap_or_default())
            .one(&state.db)
            .await?
            .ok_or(AppError::NotFound)?;
        let account = account::Entity::find_by_id(member.account_id.unwrap_or_default())
            .one(&state.db)
            .await?
            .ok_or(AppError::NotFound)?;
        let invitee = acting(state, &account.username, 4).await?;
        meeting::respond(&invitee, invitation.id, accept, reason.map(Into::into)).await?;
    }
    Ok(())
}

/// Acts as the account named, `days_ago` days before now.
async fn acting(state: &AppState, username: &str, days_ago: i64) -> AppResult<RequestContext> {
    let found = account::Entity::find()
        .filter(account::Column::Username.eq(username))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let then = AppState {
        clock: Arc::new(ManualClock::new(
            state.clock.now() - Duration::days(days_ago),
        )),
        ..state.clone()
    };
    Ok(as_account(&then, &found))
}

async fn unit_handler(state: &AppState, unit_id: i32, days_ago: i64) -> AppResult<RequestContext> {
    let handler = account::Entity::find()
        .filter(account::Column::UnitId.eq(unit_id))
        .filter(account::Column::Role.eq(Role::UnitHandler))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    acting(state, &handler.username, days_ago).await
}

async fn unit_named(state: &AppState, name: &str) -> AppResult<entities::unit::Model> {
    entities::unit::Entity::find()
        .filter(entities::unit::Column::Name.eq(name))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

fn reached(stage: Stage, step: Stage) -> bool {
    stage as u8 >= step as u8
}

/// Acts as `account` without a session; its one-time password is replaced at the end.
fn as_account(state: &AppState, account: &account::Model) -> RequestContext {
    let mut principal = principal_of(account, 0);
    principal.must_change_password = false;
    RequestContext {
        state: state.clone(),
        viewer: Viewer::signed_in(principal),
        meta: RequestMeta {
            request_id: "demo".into(),
            client_addr: None,
            ..Default::default()
        },
    }
}

fn new_unit(name: &str, kind: UnitKind) -> NewUnit {
    NewUnit {
        name: name.into(),
        kind,
        contact_email: None,
    }
}

async fn account(
    office: &RequestContext,
    username: &str,
    display_name: &str,
    role: Role,
    unit_id: Option<i32>,
) -> AppResult<account::Model> {
    let created = crate::service::account::create(
        office,
        NewAccount {
            username: username.into(),
            display_name: display_name.into(),
            email: Some(format!("{username}@example.cn")),
            phone: None,
            role,
            unit_id,
            region_id: None,
        },
    )
    .await?;
    Ok(created.account)
}

async fn approve(reviewer: &RequestContext, member_id: i32) -> AppResult<()> {
    membership::review(
        reviewer,
        ReviewInput {
            member_id,
            decision: Decision::Approve,
            comment: None,
            override_quota: false,
            override_reason: None,
        },
    )
    .await?;
    Ok(())
}

/// A valid resident ID number of the county for a person born in the 1970s or 1980s.
fn resident_id(i: usize) -> String {
    let born = NaiveDate::from_ymd_opt(
        1970 + (i as i32 * 2),
        1 + (i as u32 % 12),
        1 + (i as u32 * 2),
    )
    .unwrap_or_default();
    let first17 = format!("{REGION}{}{:03}", born.format("%Y%m%d"), 10 + i);
    let check = identity::check_character(&first17).unwrap_or('0');
    format!("{first17}{check}")
}

/// A valid unified social credit code for demo point `i`.
fn credit_code_for(i: usize) -> String {
    let first17 = format!("91430621MA4L{:05}", 1000 + i);
    let check = credit_code::check_character(&first17).unwrap_or('0');
    format!("{first17}{check}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_numbers_pass_their_own_checks() {
        for i in 0..15 {
            assert!(
                identity::parse(&resident_id(i)).is_ok(),
                "{}",
                resident_id(i)
            );
            assert!(
                credit_code::validate(&credit_code_for(i)).is_ok(),
                "{}",
                credit_code_for(i)
            );
        }
    }
}
