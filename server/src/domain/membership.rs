//! The membership pipelines: who takes which step in which state, and the eligibility rules.

use chrono::{Datelike, NaiveDate};
use entities::{
    account::Role,
    member::{MemberCategory, MemberKind, MemberStatus, Recommender},
};

use super::identity;

/// A declaration the nominee makes and the reviewers check.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    async_graphql::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum Declaration {
    /// No party-discipline or government sanction (未受黨紀、政務處分).
    NoDisciplinarySanction,
    /// No criminal penalty (未受刑事處罰).
    NoCriminalPenalty,
    /// Not on the list of dishonest persons subject to enforcement (未納入失信黑名單).
    NotOnDishonestList,
    /// Operates lawfully (依法經營).
    LawfulOperation,
    /// Pays its taxes (照章納稅).
    TaxCompliance,
    /// Has a good reputation (具有良好社會聲譽).
    GoodReputation,
}

impl Declaration {
    pub const ALL: [Declaration; 6] = [
        Self::NoDisciplinarySanction,
        Self::NoCriminalPenalty,
        Self::NotOnDishonestList,
        Self::LawfulOperation,
        Self::TaxCompliance,
        Self::GoodReputation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoDisciplinarySanction => "no_disciplinary_sanction",
            Self::NoCriminalPenalty => "no_criminal_penalty",
            Self::NotOnDishonestList => "not_on_dishonest_list",
            Self::LawfulOperation => "lawful_operation",
            Self::TaxCompliance => "tax_compliance",
            Self::GoodReputation => "good_reputation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// What each kind must declare: the notice's bars for supervisors (二.2 last paragraph) and
/// conditions for points (一.2).
pub fn required_declarations(kind: MemberKind) -> [Declaration; 3] {
    match kind {
        MemberKind::Supervisor => [
            Declaration::NoDisciplinarySanction,
            Declaration::NoCriminalPenalty,
            Declaration::NotOnDishonestList,
        ],
        MemberKind::MonitoringPoint => [
            Declaration::LawfulOperation,
            Declaration::TaxCompliance,
            Declaration::GoodReputation,
        ],
    }
}

pub fn encode_declarations(declarations: &[Declaration]) -> String {
    let mut names: Vec<&str> = declarations.iter().map(|d| d.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    names.join(",")
}

pub fn decode_declarations(stored: &str) -> Vec<Declaration> {
    stored.split(',').filter_map(Declaration::parse).collect()
}

/// The first required declaration that is missing.
pub fn missing_declaration(kind: MemberKind, declared: &[Declaration]) -> Option<Declaration> {
    required_declarations(kind)
        .into_iter()
        .find(|d| !declared.contains(d))
}

pub fn category_fits(kind: MemberKind, category: MemberCategory) -> bool {
    use MemberCategory::*;
    let supervisor = matches!(
        category,
        EnterpriseRepresentative
            | AssociationRepresentative
            | IndividualBusinessRepresentative
            | OversightRepresentative
            | SocialRepresentative
    );
    supervisor == (kind == MemberKind::Supervisor)
}

/// Supervisors are self-nominated or recommended by the bodies the notice lists; points are
/// self-nominated or recommended by society.
pub fn recommender_fits(kind: MemberKind, recommender: Recommender) -> bool {
    match (kind, recommender) {
        (_, Recommender::SelfNominated) => true,
        (MemberKind::MonitoringPoint, r) => r == Recommender::Society,
        (MemberKind::Supervisor, r) => r != Recommender::Society,
    }
}

/// Enterprises, individual businesses, associations and institutions carry a credit code;
/// a government service venue need not.
pub fn needs_credit_code(category: MemberCategory) -> bool {
    use MemberCategory::*;
    matches!(
        category,
        ParkKeyEnterprise
            | TownshipEnterprise
            | IndividualBusiness
            | IndustryAssociation
            | ThirdPartyInstitution
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum Decision {
    Approve,
    Reject,
    Return,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approve => "approve",
            Self::Reject => "reject",
            Self::Return => "return",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepRefusal {
    /// The state has a step, but not for this role.
    WrongRole,
    /// Nothing to review in this state.
    WrongState,
}

/// Who takes the review step in a state, if there is one.
pub fn reviewer_role(kind: MemberKind, status: MemberStatus) -> Option<Role> {
    use MemberStatus::*;
    match (kind, status) {
        (_, Nominated) => Some(Role::Office),
        (MemberKind::MonitoringPoint, InitialReview) => Some(Role::Reviewer),
        (MemberKind::MonitoringPoint, SecondReview) => Some(Role::Office),
        (_, FinalReview) => Some(Role::LeadingGroup),
        _ => None,
    }
}

/// The state a review decision leads to.
pub fn review(
    kind: MemberKind,
    status: MemberStatus,
    role: Role,
    decision: Decision,
) -> Result<MemberStatus, StepRefusal> {
    use MemberStatus::*;
    let expected = reviewer_role(kind, status).ok_or(StepRefusal::WrongState)?;
    if role != expected {
        return Err(StepRefusal::WrongRole);
    }
    Ok(match (decision, kind, status) {
        (Decision::Reject, ..) => Rejected,
        (Decision::Return, ..) => Returned,
        // A point goes to a reviewer unit by `route`, not by approval.
        (Decision::Approve, MemberKind::MonitoringPoint, Nominated) => {
            return Err(StepRefusal::WrongState);
        }
        (Decision::Approve, MemberKind::MonitoringPoint, InitialReview) => SecondReview,
        (Decision::Approve, _, FinalReview) => Approved,
        (Decision::Approve, _, _) => FinalReview,
    })
}

/// The review decisions `role` may take on a nomination in this state: what `review` accepts.
pub fn decisions_open_to(kind: MemberKind, status: MemberStatus, role: Role) -> Vec<Decision> {
    [Decision::Approve, Decision::Return, Decision::Reject]
        .into_iter()
        .filter(|d| review(kind, status, role, *d).is_ok())
        .collect()
}

/// A monitoring point's nomination waits for the office to send it to a reviewer unit.
pub fn awaits_routing(kind: MemberKind, status: MemberStatus) -> bool {
    kind == MemberKind::MonitoringPoint && status == MemberStatus::Nominated
}

/// Statuses that hold a place: they count towards the quota and block a second membership.
pub fn holds_place(status: MemberStatus) -> bool {
    matches!(
        status,
        MemberStatus::Approved | MemberStatus::Trained | MemberStatus::Active
    )
}

/// Statuses still in the pipeline or holding a place: a second nomination of the same
/// person (or organisation) is refused while one of these exists.
pub fn is_open(status: MemberStatus) -> bool {
    use MemberStatus::*;
    !matches!(
        status,
        Rejected | Expired | Withdrawn | Removed | Disqualified
    )
}

/// Supervisor eligibility at final approval. Returns the rule broken as (field, message).
pub fn supervisor_eligibility(
    id_number: &str,
    declared: &[Declaration],
    approval_date: NaiveDate,
    max_age: u32,
) -> Result<(), (&'static str, String)> {
    let id = identity::parse(id_number).map_err(|m| ("idNumber", m.to_owned()))?;
    let age = identity::age_on(id.birth_date, approval_date);
    if age > max_age as i32 {
        return Err((
            "age",
            format!(
                "a supervisor is at most {max_age} years old on the approval date; this nominee is {age}"
            ),
        ));
    }
    if let Some(missing) = missing_declaration(MemberKind::Supervisor, declared) {
        return Err((
            "declarations",
            format!("the nominee has not declared {}", missing.as_str()),
        ));
    }
    Ok(())
}

/// One condition a reviewer checks before approving.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum EligibilityRule {
    /// The resident ID number is well formed (GB 11643).
    IdNumber,
    /// The supervisor is at most the notice's age on the day (不超過 60 周歲).
    Age,
    /// Every required declaration is made.
    Declarations,
    /// The unified social credit code is well formed (GB 32100), where the category needs one.
    CreditCode,
}

/// The conditions of the notice a nomination meets or not on `day`, in the order a reviewer
/// reads them; final approval refuses a supervisor who fails one (`supervisor_eligibility`).
pub fn eligibility(
    kind: MemberKind,
    category: MemberCategory,
    id_number: Option<&str>,
    credit_code: Option<&str>,
    declared: &[Declaration],
    day: NaiveDate,
    max_age: u32,
) -> Vec<(EligibilityRule, bool)> {
    let mut checks = Vec::new();
    match kind {
        MemberKind::Supervisor => {
            let born = id_number
                .and_then(|n| identity::parse(n).ok())
                .map(|id| id.birth_date);
            checks.push((EligibilityRule::IdNumber, born.is_some()));
            let young_enough = born.is_some_and(|b| identity::age_on(b, day) <= max_age as i32);
            checks.push((EligibilityRule::Age, young_enough));
        }
        MemberKind::MonitoringPoint if needs_credit_code(category) => {
            let valid = credit_code.is_some_and(|c| super::credit_code::validate(c).is_ok());
            checks.push((EligibilityRule::CreditCode, valid));
        }
        MemberKind::MonitoringPoint => {}
    }
    let complete = missing_declaration(kind, declared).is_none();
    checks.push((EligibilityRule::Declarations, complete));
    checks
}

/// The last day of a term that starts on `start`: 2025-07-01 for 2 years ends 2027-06-30.
/// A term begun on 29 February runs to the end of February.
pub fn term_end(start: NaiveDate, years: u32) -> NaiveDate {
    let year = start.year() + years as i32;
    start
        .with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .and_then(|anniversary| anniversary.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reviewer_is_offered_exactly_the_decisions_it_may_take() {
        use MemberKind::*;
        use MemberStatus::*;
        let all = vec![Decision::Approve, Decision::Return, Decision::Reject];
        assert_eq!(
            decisions_open_to(MonitoringPoint, InitialReview, Role::Reviewer),
            all
        );
        assert_eq!(
            decisions_open_to(MonitoringPoint, InitialReview, Role::Office),
            []
        );
        // A point's nomination is routed, not approved, by the office.
        assert_eq!(
            decisions_open_to(MonitoringPoint, Nominated, Role::Office),
            [Decision::Return, Decision::Reject]
        );
        assert!(awaits_routing(MonitoringPoint, Nominated));
        assert!(!awaits_routing(Supervisor, Nominated));
        assert_eq!(decisions_open_to(Supervisor, Nominated, Role::Office), all);
        assert_eq!(
            decisions_open_to(Supervisor, FinalReview, Role::LeadingGroup),
            all
        );
        assert_eq!(
            decisions_open_to(Supervisor, Approved, Role::LeadingGroup),
            []
        );
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    const BARS: [Declaration; 3] = [
        Declaration::NoDisciplinarySanction,
        Declaration::NoCriminalPenalty,
        Declaration::NotOnDishonestList,
    ];

    #[test]
    fn the_supervisor_pipeline_runs_office_then_leading_group() {
        use MemberKind::Supervisor as S;
        use MemberStatus::*;
        assert_eq!(
            review(S, Nominated, Role::Office, Decision::Approve),
            Ok(FinalReview)
        );
        assert_eq!(
            review(S, FinalReview, Role::LeadingGroup, Decision::Approve),
            Ok(Approved)
        );
        assert_eq!(
            review(S, FinalReview, Role::Office, Decision::Approve),
            Err(StepRefusal::WrongRole)
        );
        assert_eq!(
            review(S, Nominated, Role::LeadingGroup, Decision::Approve),
            Err(StepRefusal::WrongRole)
        );
        assert_eq!(
            review(S, InitialReview, Role::Reviewer, Decision::Approve),
            Err(StepRefusal::WrongState)
        );
        assert_eq!(
            review(S, Approved, Role::LeadingGroup, Decision::Approve),
            Err(StepRefusal::WrongState)
        );
    }

    #[test]
    fn the_point_pipeline_runs_reviewer_office_leading_group() {
        use MemberKind::MonitoringPoint as P;
        use MemberStatus::*;
        assert_eq!(
            review(P, Nominated, Role::Office, Decision::Approve),
            Err(StepRefusal::WrongState)
        );
        assert_eq!(
            review(P, Nominated, Role::Office, Decision::Reject),
            Ok(Rejected)
        );
        assert_eq!(
            review(P, InitialReview, Role::Reviewer, Decision::Approve),
            Ok(SecondReview)
        );
        assert_eq!(
            review(P, InitialReview, Role::Office, Decision::Approve),
            Err(StepRefusal::WrongRole)
        );
        assert_eq!(
            review(P, SecondReview, Role::Office, Decision::Approve),
            Ok(FinalReview)
        );
        assert_eq!(
            review(P, FinalReview, Role::LeadingGroup, Decision::Return),
            Ok(Returned)
        );
        assert_eq!(
            review(P, FinalReview, Role::LeadingGroup, Decision::Approve),
            Ok(Approved)
        );
        assert_eq!(
            review(P, Active, Role::Office, Decision::Reject),
            Err(StepRefusal::WrongState)
        );
    }

    #[test]
    fn no_role_outside_the_pipeline_takes_a_step() {
        use MemberStatus::*;
        for role in [
            Role::PlatformAdmin,
            Role::UnitHandler,
            Role::Discipline,
            Role::Supervisor,
            Role::Liaison,
        ] {
            for status in [Nominated, InitialReview, SecondReview, FinalReview] {
                for kind in [MemberKind::Supervisor, MemberKind::MonitoringPoint] {
                    assert!(review(kind, status, role, Decision::Approve).is_err());
                }
            }
        }
    }

    #[test]
    fn age_is_checked_on_the_approval_date() {
        // Born 1965-03-15.
        let id = "430621196503150011";
        assert!(identity::parse(id).is_ok(), "test ID must be valid");
        assert_eq!(
            supervisor_eligibility(id, &BARS, date(2026, 3, 14), 60),
            Ok(())
        );
        assert_eq!(
            supervisor_eligibility(id, &BARS, date(2026, 3, 15), 60).map_err(|e| e.0),
            Err("age")
        );
    }

    #[test]
    fn every_bar_must_be_declared() {
        let id = "430621196503150011";
        for skipped in BARS {
            let declared: Vec<_> = BARS.into_iter().filter(|d| *d != skipped).collect();
            assert_eq!(
                supervisor_eligibility(id, &declared, date(2020, 1, 1), 60).map_err(|e| e.0),
                Err("declarations")
            );
        }
        assert_eq!(
            supervisor_eligibility("430621196503150010", &BARS, date(2020, 1, 1), 60)
                .map_err(|e| e.0),
            Err("idNumber")
        );
    }

    #[test]
    fn categories_and_recommenders_fit_their_kind() {
        assert!(category_fits(
            MemberKind::Supervisor,
            MemberCategory::OversightRepresentative
        ));
        assert!(!category_fits(
            MemberKind::Supervisor,
            MemberCategory::ParkKeyEnterprise
        ));
        assert!(category_fits(
            MemberKind::MonitoringPoint,
            MemberCategory::GovernmentServiceVenue
        ));
        assert!(recommender_fits(MemberKind::Supervisor, Recommender::Cppcc));
        assert!(!recommender_fits(
            MemberKind::Supervisor,
            Recommender::Society
        ));
        assert!(!recommender_fits(
            MemberKind::MonitoringPoint,
            Recommender::Npc
        ));
    }

    #[test]
    fn eligibility_names_each_condition_met_or_not() {
        use EligibilityRule::*;
        let day = date(2026, 3, 15);
        let all = required_declarations(MemberKind::Supervisor);
        let supervisor = |id, declared: &[Declaration]| {
            eligibility(
                MemberKind::Supervisor,
                MemberCategory::EnterpriseRepresentative,
                id,
                None,
                declared,
                day,
                60,
            )
        };
        let fit = "430621196603150019";
        assert_eq!(identity::parse(fit).map(|_| ()), Ok(()));
        assert_eq!(
            supervisor(Some(fit), &all),
            [(IdNumber, true), (Age, true), (Declarations, true)]
        );
        // Born 1965-03-14: 61 on the day.
        let old = "430621196503140016";
        assert_eq!(identity::parse(old).map(|_| ()), Ok(()));
        assert_eq!(supervisor(Some(old), &all)[1], (Age, false));
        assert_eq!(
            supervisor(None, &all[..2])[..],
            [(IdNumber, false), (Age, false), (Declarations, false)]
        );
        let point = |category, code| {
            eligibility(
                MemberKind::MonitoringPoint,
                category,
                None,
                code,
                &[],
                day,
                60,
            )
        };
        assert_eq!(
            point(MemberCategory::GovernmentServiceVenue, None),
            [(Declarations, false)]
        );
        assert_eq!(
            point(
                MemberCategory::ParkKeyEnterprise,
                Some("91430621MA4L0000XX")
            ),
            [(CreditCode, false), (Declarations, false)]
        );
    }

    #[test]
    fn declarations_round_trip() {
        let stored = encode_declarations(&[
            Declaration::TaxCompliance,
            Declaration::LawfulOperation,
            Declaration::TaxCompliance,
        ]);
        assert_eq!(stored, "lawful_operation,tax_compliance");
        assert_eq!(
            decode_declarations(&stored),
            vec![Declaration::LawfulOperation, Declaration::TaxCompliance]
        );
        assert_eq!(
            missing_declaration(MemberKind::MonitoringPoint, &decode_declarations(&stored)),
            Some(Declaration::GoodReputation)
        );
    }

    #[test]
    fn a_term_of_two_years_ends_the_day_before_the_anniversary() {
        assert_eq!(term_end(date(2025, 7, 1), 2), date(2027, 6, 30));
        assert_eq!(term_end(date(2024, 2, 29), 2), date(2026, 2, 28));
    }
}

/// Why the office ends a membership (動態退出).
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum ExitReason {
    /// No problem report and no suggestion for six months.
    Inactive,
    /// Two or more unexcused absences from collective activities.
    Absences,
    /// Used the role for private gain, broke the law or the rules: disqualified at once.
    Misconduct,
    /// Asked to leave.
    Resigned,
    /// The term ended.
    TermEnded,
}

/// The status an exit leads to.
pub fn exit_status(reason: ExitReason) -> MemberStatus {
    match reason {
        ExitReason::Misconduct => MemberStatus::Disqualified,
        ExitReason::TermEnded => MemberStatus::Expired,
        ExitReason::Inactive | ExitReason::Absences | ExitReason::Resigned => {
            MemberStatus::Withdrawn
        }
    }
}

/// Sanctions on a supervisor (批評教育, 告誡, 除名).
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum Sanction {
    Criticism,
    Warning,
    Removal,
}

impl Sanction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Criticism => "criticism",
            Self::Warning => "warning",
            Self::Removal => "removal",
        }
    }
}

/// Silent: six months have passed since the last report, or since the term began if there
/// was none.
pub fn silent_for_six_months(
    term_starts_on: NaiveDate,
    last_report_on: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    let since = last_report_on.map_or(term_starts_on, |r| r.max(term_starts_on));
    since
        .checked_add_months(chrono::Months::new(6))
        .is_some_and(|deadline| today >= deadline)
}

/// Two or more unexcused absences make a member an exit candidate.
pub fn too_many_absences(unexcused: u32) -> bool {
    unexcused >= 2
}

#[cfg(test)]
mod exit_tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn six_months_count_from_the_last_report_or_the_term_start() {
        let start = date(2025, 1, 10);
        assert!(!silent_for_six_months(start, None, date(2025, 7, 9)));
        assert!(silent_for_six_months(start, None, date(2025, 7, 10)));
        assert!(!silent_for_six_months(
            start,
            Some(date(2025, 5, 1)),
            date(2025, 10, 31)
        ));
        assert!(silent_for_six_months(
            start,
            Some(date(2025, 5, 1)),
            date(2025, 11, 1)
        ));
    }

    #[test]
    fn exits_lead_to_their_status() {
        assert_eq!(
            exit_status(ExitReason::Misconduct),
            MemberStatus::Disqualified
        );
        assert_eq!(exit_status(ExitReason::TermEnded), MemberStatus::Expired);
        assert_eq!(exit_status(ExitReason::Absences), MemberStatus::Withdrawn);
        assert!(too_many_absences(2));
        assert!(!too_many_absences(1));
    }
}
