use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject, Upload};
use chrono::{DateTime, NaiveDate, Utc};
use entities::member::{self, MemberCategory, MemberKind, MemberStatus, Recommender};

use super::{
    attachment::{Attachment, read_uploads},
    connection::{Conn, connection_complexity, offset_connection, page_request},
    loaders::{children, loader_error, loaders},
    node, rc,
    unit::Unit,
};
use crate::{
    domain::{
        self,
        membership::{Decision, Declaration, EligibilityRule},
    },
    service::{
        self,
        membership::{MemberFilter, NewNomination, ReviewInput},
    },
};

/// A monitoring point or supervisor, from nomination to the end of the term.
pub struct Member(pub member::Model);

/// What waits for a member's answer.
#[derive(SimpleObject)]
pub struct Awaiting {
    /// Reports with the office's feedback, not yet rated.
    pub reports_to_rate: u64,
    /// Invitations to meetings and activities ahead, not yet answered.
    pub invitations: u64,
    /// Open consultations the member is asked in and has given no opinion in.
    pub consultations: u64,
    /// Open satisfaction surveys with a unit not yet rated.
    pub surveys: u64,
}

impl From<service::awaiting::Awaiting> for Awaiting {
    fn from(a: service::awaiting::Awaiting) -> Self {
        Self {
            reports_to_rate: a.reports_to_rate,
            invitations: a.invitations,
            consultations: a.consultations,
            surveys: a.surveys,
        }
    }
}

#[Object]
impl Member {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Member", self.0.id)
    }
    /// Supervisor or monitoring point.
    async fn kind(&self) -> MemberKind {
        self.0.kind
    }
    /// Where it stands in its lifecycle.
    async fn status(&self) -> MemberStatus {
        self.0.status
    }
    /// The reason given with the last rejection or return.
    async fn status_reason(&self) -> Option<&str> {
        self.0.status_reason.as_deref()
    }
    /// Category under the notice.
    async fn category(&self) -> MemberCategory {
        self.0.category
    }
    /// The person's or organisation's name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Employer or organisation the member belongs to.
    async fn affiliation(&self) -> Option<&str> {
        self.0.affiliation.as_deref()
    }
    /// Position held there.
    async fn position(&self) -> Option<&str> {
        self.0.position.as_deref()
    }
    /// An NPC deputy or CPPCC member (listed first).
    async fn npc_or_cppcc(&self) -> bool {
        self.0.npc_or_cppcc
    }
    /// Who recommended the nominee.
    async fn recommender(&self) -> Recommender {
        self.0.recommender
    }
    /// Resident ID number, masked (430621********1234); the office may `revealSensitive`.
    async fn id_number(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        self.sealed(
            ctx,
            self.0.id_number_sealed.as_deref(),
            domain::identity::mask,
        )
    }
    /// Phone, masked (138****5678); the office may `revealSensitive`.
    async fn phone(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        self.sealed(
            ctx,
            self.0.phone_sealed.as_deref(),
            domain::account::mask_phone,
        )
    }
    /// Contact email.
    async fn email(&self) -> Option<&str> {
        self.0.email.as_deref()
    }
    /// Unified social credit code (monitoring points).
    async fn credit_code(&self) -> Option<&str> {
        self.0.credit_code.as_deref()
    }
    /// What the nominee declared.
    async fn declarations(&self) -> Vec<Declaration> {
        domain::membership::decode_declarations(&self.0.declarations)
    }
    /// The reviewer unit a point's nomination was routed to.
    async fn reviewer_unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let Some(unit_id) = self.0.reviewer_unit_id else {
            return Ok(None);
        };
        let loaders = loaders(ctx)?;
        let unit = loaders
            .units
            .load_one(unit_id)
            .await
            .map_err(loader_error)?;
        Ok(unit.map(Unit))
    }
    /// Certificate number (supervisors), unique in the region.
    async fn certificate_number(&self) -> Option<&str> {
        self.0.certificate_number.as_deref()
    }
    /// Plaque number (points), unique in the region.
    async fn plaque_number(&self) -> Option<&str> {
        self.0.plaque_number.as_deref()
    }
    /// First day of the term.
    async fn term_starts_on(&self) -> Option<NaiveDate> {
        self.0.term_starts_on
    }
    /// Last day of the term.
    async fn term_ends_on(&self) -> Option<NaiveDate> {
        self.0.term_ends_on
    }
    /// The account the member works with (the supervisor's own, or the point's liaison),
    /// if the caller may see it.
    async fn account(&self, ctx: &Context<'_>) -> Result<Option<super::account::Account>> {
        let Some(account_id) = self.0.account_id else {
            return Ok(None);
        };
        match service::account::get(rc(ctx)?, account_id).await {
            Ok(account) => Ok(Some(super::account::Account(account))),
            Err(crate::error::AppError::NotFound) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
    /// The reason recorded when the quota was overridden at approval.
    async fn quota_override_reason(&self) -> Option<&str> {
        self.0.quota_override_reason.as_deref()
    }
    /// The review decisions the caller may take on it now (none when it waits for someone
    /// else, or for routing).
    async fn review_decisions(&self, ctx: &Context<'_>) -> Result<Vec<Decision>> {
        Ok(match rc(ctx)?.viewer.as_principal() {
            Some(p) => domain::membership::decisions_open_to(self.0.kind, self.0.status, p.role),
            None => Vec::new(),
        })
    }
    /// A monitoring point's nomination waiting for the office to send it to a reviewer unit
    /// (`routeNomination`).
    async fn awaits_routing(&self) -> bool {
        domain::membership::awaits_routing(self.0.kind, self.0.status)
    }
    /// Every review step so far (office and leading group only; empty for others).
    async fn reviews(&self, ctx: &Context<'_>) -> Result<Vec<MemberReview>> {
        let reviews = children(&loaders(ctx)?.member_reviews, self.0.id).await?;
        Ok(reviews
            .into_iter()
            .map(|r| MemberReview {
                step: r.step,
                decision: r.decision,
                comment: r.comment,
                reviewer_id: node::encode("Account", r.reviewer_account_id),
                at: r.at,
            })
            .collect())
    }
    /// Its figures against the notice's quotas in `quarter` (the member, the office, the
    /// leading group).
    async fn compliance(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A quarter such as 2025Q1.")] quarter: String,
    ) -> Result<super::figures::ComplianceRow> {
        let quarter = service::figures::parse_quarter(&quarter)?;
        let figures = service::figures::compliance_of(rc(ctx)?, self.0.id, quarter).await?;
        Ok(figures.into())
    }
    /// What waits for the member's answer (the member only).
    async fn awaiting(&self, ctx: &Context<'_>) -> Result<Awaiting> {
        Ok(service::awaiting::of(rc(ctx)?, &self.0).await?.into())
    }
    /// The nomination's documents (for those who review it).
    async fn attachments(&self, ctx: &Context<'_>) -> Result<Vec<Attachment>> {
        let found = children(&loaders(ctx)?.nomination_attachments, self.0.id).await?;
        Ok(found.into_iter().map(Attachment::from).collect())
    }
    /// When the nomination was submitted.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// The notice's conditions, each met or not today (for those who review it).
    async fn eligibility(&self, ctx: &Context<'_>) -> Result<Vec<EligibilityCheck>> {
        let today = super::region::today_in(ctx, self.0.region_id).await?;
        let vault = &rc(ctx)?.state.vault;
        let id_number = self
            .0
            .id_number_sealed
            .as_deref()
            .map(|s| vault.open(s))
            .transpose()?;
        let checks = domain::membership::eligibility(
            self.0.kind,
            self.0.category,
            id_number.as_deref(),
            self.0.credit_code.as_deref(),
            &domain::membership::decode_declarations(&self.0.declarations),
            today,
            rc(ctx)?.state.settings.membership.max_age,
        );
        Ok(checks
            .into_iter()
            .map(|(rule, met)| EligibilityCheck { rule, met })
            .collect())
    }
}

/// One of the notice's conditions and whether the nomination meets it.
#[derive(SimpleObject)]
pub struct EligibilityCheck {
    /// The condition.
    pub rule: EligibilityRule,
    /// Met today.
    pub met: bool,
}

/// A kind's places in the region.
#[derive(SimpleObject)]
pub struct MembershipPlaces {
    /// Supervisors or monitoring points.
    pub kind: MemberKind,
    /// The places the region has (beyond them, final approval needs an override and its reason).
    pub quota: u32,
    /// Approved, trained and serving members.
    pub filled: u64,
}

impl Member {
    fn sealed(
        &self,
        ctx: &Context<'_>,
        sealed: Option<&str>,
        mask: fn(&str) -> String,
    ) -> Result<Option<String>> {
        let vault = &rc(ctx)?.state.vault;
        Ok(sealed
            .map(|s| vault.open(s))
            .transpose()?
            .map(|plain| mask(&plain)))
    }
}

/// One step taken on a nomination.
#[derive(SimpleObject)]
pub struct MemberReview {
    /// The state the step was taken in, e.g. `final_review`, or `route` / `resubmit`.
    pub step: String,
    /// `approve`, `reject`, `return`, `route` or `resubmit`.
    pub decision: String,
    /// The reviewer's comment.
    pub comment: Option<String>,
    /// The reviewer's account.
    pub reviewer_id: ID,
    /// When.
    pub at: DateTime<Utc>,
}

/// What an anonymous nominee may learn with the receipt code.
#[derive(SimpleObject)]
pub struct NominationStatus {
    /// The stage the nomination is at.
    pub status: MemberStatus,
    /// The reason given, if it was rejected or returned.
    pub reason: Option<String>,
}

/// A published monitoring point or supervisor: nothing personal.
#[derive(SimpleObject)]
pub struct PublishedMember {
    /// Supervisor or monitoring point.
    pub kind: MemberKind,
    /// Name.
    pub name: String,
    /// Category.
    pub category: MemberCategory,
    /// Employer or organisation.
    pub affiliation: Option<String>,
    /// Approved, trained or active.
    pub status: MemberStatus,
    /// First day of the term.
    pub term_starts_on: Option<NaiveDate>,
    /// Last day of the term.
    pub term_ends_on: Option<NaiveDate>,
}

/// Narrows a list of members.
#[derive(InputObject, Default)]
pub struct MemberFilterInput {
    /// Only this kind.
    pub kind: Option<MemberKind>,
    /// Only this status.
    pub status: Option<MemberStatus>,
}

const PIPELINE: [MemberStatus; 6] = [
    MemberStatus::Nominated,
    MemberStatus::InitialReview,
    MemberStatus::SecondReview,
    MemberStatus::FinalReview,
    MemberStatus::Returned,
    MemberStatus::Rejected,
];

const MEMBERS: [MemberStatus; 7] = [
    MemberStatus::Approved,
    MemberStatus::Trained,
    MemberStatus::Active,
    MemberStatus::Expired,
    MemberStatus::Withdrawn,
    MemberStatus::Removed,
    MemberStatus::Disqualified,
];

#[derive(Default)]
pub struct MembershipQuery;

impl MembershipQuery {
    async fn members(
        ctx: &Context<'_>,
        kind: Option<MemberKind>,
        status: Option<MemberStatus>,
        default_statuses: &[MemberStatus],
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Member>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let filter = MemberFilter {
            kind,
            statuses: status.map_or_else(|| default_statuses.to_vec(), |s| vec![s]),
        };
        let offset = page.after.unwrap_or(0);
        let page = service::membership::list(rc, filter, page).await?;
        Ok(offset_connection(page.map(Member), had_cursor, offset))
    }
}

#[Object]
impl MembershipQuery {
    /// Nominations in the pipeline (submitted, under review, returned or rejected) that the
    /// caller may see; a reviewer unit sees those routed to it. NPC deputies and CPPCC
    /// members first.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn nominations(
        &self,
        ctx: &Context<'_>,
        filter: Option<MemberFilterInput>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Member>> {
        let filter = filter.unwrap_or_default();
        Self::members(ctx, filter.kind, filter.status, &PIPELINE, first, after).await
    }

    /// Approved and serving supervisors (and those whose membership ended), NPC deputies
    /// and CPPCC members first.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn supervisors(
        &self,
        ctx: &Context<'_>,
        status: Option<MemberStatus>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Member>> {
        Self::members(
            ctx,
            Some(MemberKind::Supervisor),
            status,
            &MEMBERS,
            first,
            after,
        )
        .await
    }

    /// Approved and serving monitoring points (and those whose membership ended).
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn monitoring_points(
        &self,
        ctx: &Context<'_>,
        status: Option<MemberStatus>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Member>> {
        Self::members(
            ctx,
            Some(MemberKind::MonitoringPoint),
            status,
            &MEMBERS,
            first,
            after,
        )
        .await
    }

    /// The region's places for supervisors and for monitoring points against its quotas
    /// (office, leading group).
    async fn membership_places(&self, ctx: &Context<'_>) -> Result<Vec<MembershipPlaces>> {
        let places = service::membership::places(rc(ctx)?).await?;
        Ok(places
            .into_iter()
            .map(|p| MembershipPlaces {
                kind: p.kind,
                quota: p.quota,
                filled: p.filled,
            })
            .collect())
    }

    /// The stage of an anonymous nomination, by the receipt code it was given.
    async fn nomination_status(
        &self,
        ctx: &Context<'_>,
        receipt_code: String,
    ) -> Result<NominationStatus> {
        let (status, reason) =
            service::membership::status_by_receipt(rc(ctx)?, &receipt_code).await?;
        Ok(NominationStatus { status, reason })
    }

    /// The published points and supervisors of a county (anyone may ask).
    async fn published_members(
        &self,
        ctx: &Context<'_>,
        region_code: String,
    ) -> Result<Vec<PublishedMember>> {
        let members = service::membership::published(rc(ctx)?, &region_code).await?;
        Ok(members
            .into_iter()
            .map(|m| PublishedMember {
                kind: m.kind,
                name: m.name,
                category: m.category,
                affiliation: m.affiliation,
                status: m.status,
                term_starts_on: m.term_starts_on,
                term_ends_on: m.term_ends_on,
            })
            .collect())
    }
}

/// A nomination: anonymous (self-nomination, naming the county) or entered by the office.
#[derive(InputObject)]
pub struct SubmitNominationInput {
    /// The county's GB/T 2260 code; required when anonymous, ignored for the office.
    pub region_code: Option<String>,
    /// Supervisor or monitoring point.
    pub kind: MemberKind,
    /// Category, of the kind's five or six.
    pub category: MemberCategory,
    /// Who recommends; anonymous nominations are SELF_NOMINATED.
    pub recommender: Recommender,
    /// The person's or organisation's name.
    pub name: String,
    /// Employer or organisation.
    pub affiliation: Option<String>,
    /// Position held.
    pub position: Option<String>,
    /// An NPC deputy or CPPCC member (supervisors).
    #[graphql(default)]
    pub npc_or_cppcc: bool,
    /// Resident ID number (supervisors, required).
    #[graphql(secret)]
    pub id_number: Option<String>,
    /// Phone (required for supervisors).
    #[graphql(secret)]
    pub phone: Option<String>,
    /// Contact email.
    pub email: Option<String>,
    /// Unified social credit code (enterprises, businesses, associations, institutions).
    pub credit_code: Option<String>,
    /// What the nominee declares.
    #[graphql(default)]
    pub declarations: Vec<Declaration>,
    /// Documents: the recommendation form, licences, credentials (GraphQL multipart upload).
    pub attachments: Option<Vec<Upload>>,
}

/// The nomination and, when anonymous, its receipt code.
#[derive(SimpleObject)]
pub struct SubmitNominationPayload {
    /// The nomination (null for anonymous submitters, who use the receipt code).
    pub nomination: Option<Member>,
    /// Keep it: `nominationStatus(receiptCode:)` tells the stage. Only for anonymous submissions.
    pub receipt_code: Option<String>,
}

/// Which reviewer unit does the initial review of a point.
#[derive(InputObject)]
pub struct RouteNominationInput {
    /// The point's nomination.
    pub nomination_id: ID,
    /// A unit of kind REVIEWER in the region.
    pub reviewer_unit_id: ID,
}

/// A review decision.
#[derive(InputObject)]
pub struct ReviewNominationInput {
    /// The nomination.
    pub nomination_id: ID,
    /// Approve, reject or return for more material.
    pub decision: Decision,
    /// Required to reject or return.
    pub comment: Option<String>,
    /// At final approval: go beyond the region's quota.
    #[graphql(default)]
    pub override_quota: bool,
    /// Why the quota is overridden (required with overrideQuota).
    pub override_reason: Option<String>,
}

/// A returned nomination whose material is now complete.
#[derive(InputObject)]
pub struct ResubmitNominationInput {
    /// The nomination.
    pub nomination_id: ID,
    /// What was added.
    pub comment: Option<String>,
}

/// The nomination after the step.
#[derive(SimpleObject)]
pub struct NominationPayload {
    /// The nomination.
    pub nomination: Member,
}

/// A member whose sensitive data the office needs in full.
#[derive(InputObject)]
pub struct RevealSensitiveInput {
    /// The member.
    pub member_id: ID,
}

/// Unmasked ID number and phone. The look is audited.
#[derive(SimpleObject)]
pub struct RevealSensitivePayload {
    /// Resident ID number in full.
    pub id_number: Option<String>,
    /// Phone in full.
    pub phone: Option<String>,
}

#[derive(Default)]
pub struct MembershipMutation;

fn member_id(id: &ID, field: &str) -> Result<i32, crate::error::AppError> {
    node::decode_i32(id, "Member", field)
}

#[Object]
impl MembershipMutation {
    /// Submits a nomination (anyone, as self-nomination; the office for a recommending body).
    async fn submit_nomination(
        &self,
        ctx: &Context<'_>,
        input: SubmitNominationInput,
    ) -> Result<SubmitNominationPayload> {
        let rc = rc(ctx)?;
        let submitted = service::membership::submit(
            rc,
            NewNomination {
                region_code: input.region_code,
                kind: input.kind,
                category: input.category,
                recommender: input.recommender,
                name: input.name,
                affiliation: input.affiliation,
                position: input.position,
                npc_or_cppcc: input.npc_or_cppcc,
                id_number: input.id_number,
                phone: input.phone,
                email: input.email,
                credit_code: input.credit_code,
                declarations: input.declarations,
                files: read_uploads(ctx, input.attachments).await?,
            },
        )
        .await?;
        let anonymous = submitted.receipt_code.is_some();
        Ok(SubmitNominationPayload {
            nomination: (!anonymous).then_some(Member(submitted.member)),
            receipt_code: submitted.receipt_code,
        })
    }

    /// Routes a monitoring-point nomination to a reviewer unit (office).
    async fn route_nomination(
        &self,
        ctx: &Context<'_>,
        input: RouteNominationInput,
    ) -> Result<NominationPayload> {
        let id = member_id(&input.nomination_id, "nominationId")?;
        let unit = node::decode_i32(&input.reviewer_unit_id, "Unit", "reviewerUnitId")?;
        let member = service::membership::route(rc(ctx)?, id, unit).await?;
        Ok(NominationPayload {
            nomination: Member(member),
        })
    }

    /// Takes the review step the nomination's state and the caller's role call for.
    async fn review_nomination(
        &self,
        ctx: &Context<'_>,
        input: ReviewNominationInput,
    ) -> Result<NominationPayload> {
        let member = service::membership::review(
            rc(ctx)?,
            ReviewInput {
                member_id: member_id(&input.nomination_id, "nominationId")?,
                decision: input.decision,
                comment: input.comment,
                override_quota: input.override_quota,
                override_reason: input.override_reason,
            },
        )
        .await?;
        Ok(NominationPayload {
            nomination: Member(member),
        })
    }

    /// Puts a returned nomination back into the pipeline (office).
    async fn resubmit_nomination(
        &self,
        ctx: &Context<'_>,
        input: ResubmitNominationInput,
    ) -> Result<NominationPayload> {
        let id = member_id(&input.nomination_id, "nominationId")?;
        let member = service::membership::resubmit(rc(ctx)?, id, input.comment).await?;
        Ok(NominationPayload {
            nomination: Member(member),
        })
    }

    /// Shows a member's ID number and phone in full (office; audited).
    async fn reveal_sensitive(
        &self,
        ctx: &Context<'_>,
        input: RevealSensitiveInput,
    ) -> Result<RevealSensitivePayload> {
        let id = member_id(&input.member_id, "memberId")?;
        let (id_number, phone) = service::membership::reveal(rc(ctx)?, id).await?;
        Ok(RevealSensitivePayload { id_number, phone })
    }
}
