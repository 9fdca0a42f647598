use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entities::{
    account::Role,
    referral::{self, ReferralStatus},
    report,
};

use super::{
    connection::{Conn, connection, connection_complexity, items_ask_for, page_request},
    loaders::{children, loader_error, loaders, prime},
    membership::Member,
    node, rc,
};
use crate::{
    domain,
    error::AppError,
    service::{self, referral::CommissionStep},
};

/// A step the discipline commission can take on a referral now (`Referral.actions`).
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "domain::referral::CommissionStep")]
pub enum ReferralAction {
    /// Take it up (`acceptReferral`).
    Accept,
    /// Open a formal investigation (`investigateReferral`).
    Investigate,
    /// Conclude it with the outcome (`concludeReferral`).
    Conclude,
    /// Return it to the office (`returnReferral`).
    Return,
}

/// A clue in the discipline commission's queue.
pub struct Referral(pub referral::Model);

#[Object]
impl Referral {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Referral", self.0.id)
    }
    /// Where it stands.
    async fn status(&self) -> ReferralStatus {
        self.0.status
    }
    /// `office` (referred by the office) or `escalation` (an overdue slip or a late inquiry).
    async fn origin(&self) -> &str {
        &self.0.origin
    }
    /// What the office refers.
    async fn summary(&self) -> &str {
        &self.0.summary
    }
    /// The commission's conclusion.
    async fn outcome(&self) -> Option<&str> {
        self.0.outcome.as_deref()
    }
    /// Why it was returned.
    async fn status_reason(&self) -> Option<&str> {
        self.0.status_reason.as_deref()
    }
    /// The slip it came from, if any.
    async fn assignment_id(&self) -> Option<ID> {
        self.0
            .assignment_id
            .map(|id| node::encode("Assignment", id))
    }
    /// The inquiry or document request left unanswered, if it came from one.
    async fn inquiry_id(&self) -> Option<ID> {
        self.0.inquiry_id.map(|id| node::encode("Inquiry", id))
    }
    /// Title of the report behind it, without who made it.
    async fn report_title(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(self.source_report(ctx).await?.map(|r| r.title))
    }
    /// Text of the report behind it, without who made it.
    async fn report_body(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(self.source_report(ctx).await?.map(|r| r.body))
    }
    /// Who reported: shown to the commission only after the office approves an unmasking
    /// request, and every such look is audited.
    async fn reporter(&self, ctx: &Context<'_>) -> Result<Option<Member>> {
        Ok(service::referral::reporter(rc(ctx)?, &self.0)
            .await?
            .map(Member))
    }
    /// Requests to unmask the reporter.
    async fn unmasking_requests(&self, ctx: &Context<'_>) -> Result<Vec<UnmaskingRequest>> {
        let found = children(&loaders(ctx)?.unmasking_requests, self.0.id).await?;
        Ok(found.into_iter().map(UnmaskingRequest::from).collect())
    }
    /// The steps the caller can take now (the discipline commission; none for others).
    async fn actions(&self, ctx: &Context<'_>) -> Result<Vec<ReferralAction>> {
        if rc(ctx)?.viewer.principal()?.role != Role::Discipline {
            return Ok(Vec::new());
        }
        let steps = domain::referral::steps(self.0.status);
        Ok(steps.into_iter().map(ReferralAction::from).collect())
    }
    /// When it was referred.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

impl Referral {
    async fn source_report(&self, ctx: &Context<'_>) -> Result<Option<report::Model>> {
        let Some(id) = self.0.report_id else {
            return Ok(None);
        };
        let loaders = loaders(ctx)?;
        loaders
            .referred_reports
            .load_one(id)
            .await
            .map_err(loader_error)
    }
}

/// A request by the commission to know who reported.
#[derive(SimpleObject)]
pub struct UnmaskingRequest {
    /// Opaque id.
    pub id: ID,
    /// Why the commission needs it.
    pub reason: String,
    /// `requested`, `approved` or `refused`.
    pub status: String,
    /// When it was asked.
    pub created_at: DateTime<Utc>,
}

impl From<entities::unmasking_request::Model> for UnmaskingRequest {
    fn from(m: entities::unmasking_request::Model) -> Self {
        Self {
            id: node::encode("UnmaskingRequest", m.id),
            reason: m.reason,
            status: m.status,
            created_at: m.created_at,
        }
    }
}

#[derive(Default)]
pub struct ReferralQuery;

#[Object]
impl ReferralQuery {
    /// The region's referrals (office, leading group, discipline commission), newest first.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn referrals(
        &self,
        ctx: &Context<'_>,
        status: Option<ReferralStatus>,
        #[graphql(
            default,
            desc = "Only the referrals whose request to know the reporter waits for the office."
        )]
        unmasking_requested: bool,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Referral>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let page = service::referral::list(rc, status, unmasking_requested, page).await?;
        prime_referrals(ctx, &page.items).await?;
        Ok(connection(page.map(Referral), had_cursor, |r| {
            i64::from(r.0.id)
        }))
    }
}

/// Loads the reports behind a page's referrals in one batch, if the query asks for them (see
/// `prime_slips`).
async fn prime_referrals(ctx: &Context<'_>, referrals: &[referral::Model]) -> Result<()> {
    let asked = items_ask_for(ctx, "reportTitle") || items_ask_for(ctx, "reportBody");
    let ids = referrals.iter().filter_map(|r| r.report_id);
    prime(asked, &loaders(ctx)?.referred_reports, ids)
        .await
        .map_err(loader_error)
}

/// What the office refers: a report or a slip.
#[derive(InputObject)]
pub struct CreateReferralInput {
    /// The report (e.g. one involving public officials).
    pub report_id: Option<ID>,
    /// Or the slip.
    pub assignment_id: Option<ID>,
    /// What the commission should look at.
    pub summary: String,
}

/// A referral to act on.
#[derive(InputObject)]
pub struct ReferralIdInput {
    /// The referral.
    pub referral_id: ID,
}

/// The commission's conclusion.
#[derive(InputObject)]
pub struct ConcludeReferralInput {
    /// The referral.
    pub referral_id: ID,
    /// What was found and done.
    pub outcome: String,
}

/// A referral outside the commission's remit.
#[derive(InputObject)]
pub struct ReturnReferralInput {
    /// The referral.
    pub referral_id: ID,
    /// Why.
    pub reason: String,
}

/// The commission asks who reported.
#[derive(InputObject)]
pub struct RequestUnmaskingInput {
    /// The referral.
    pub referral_id: ID,
    /// Why the identity is needed.
    pub reason: String,
}

/// The office's decision on an unmasking request.
#[derive(InputObject)]
pub struct DecideUnmaskingInput {
    /// The request.
    pub request_id: ID,
    /// Approve or refuse.
    pub approve: bool,
}

/// The referral after the change.
#[derive(SimpleObject)]
pub struct ReferralPayload {
    /// The referral.
    pub referral: Referral,
}

/// The unmasking request after the change.
#[derive(SimpleObject)]
pub struct UnmaskingPayload {
    /// The request.
    pub unmasking_request: UnmaskingRequest,
}

fn referral_id(id: &ID) -> Result<i32, AppError> {
    node::decode_i32(id, "Referral", "referralId")
}

async fn step(ctx: &Context<'_>, id: &ID, step: CommissionStep) -> Result<ReferralPayload> {
    let referral = service::referral::commission_step(rc(ctx)?, referral_id(id)?, step).await?;
    Ok(ReferralPayload {
        referral: Referral(referral),
    })
}

#[derive(Default)]
pub struct ReferralMutation;

#[Object]
impl ReferralMutation {
    /// Refers a report or slip to the discipline commission (office).
    async fn create_referral(
        &self,
        ctx: &Context<'_>,
        input: CreateReferralInput,
    ) -> Result<ReferralPayload> {
        let report_id = input
            .report_id
            .map(|id| node::decode_i32(&id, "Report", "reportId"))
            .transpose()?;
        let assignment_id = input
            .assignment_id
            .map(|id| node::decode_i32(&id, "Assignment", "assignmentId"))
            .transpose()?;
        let referral =
            service::referral::create(rc(ctx)?, report_id, assignment_id, input.summary).await?;
        Ok(ReferralPayload {
            referral: Referral(referral),
        })
    }

    /// Takes a referral up (discipline commission).
    async fn accept_referral(
        &self,
        ctx: &Context<'_>,
        input: ReferralIdInput,
    ) -> Result<ReferralPayload> {
        step(ctx, &input.referral_id, CommissionStep::Accept).await
    }

    /// Opens a formal investigation (立案调查) of an accepted referral (discipline commission).
    async fn investigate_referral(
        &self,
        ctx: &Context<'_>,
        input: ReferralIdInput,
    ) -> Result<ReferralPayload> {
        step(ctx, &input.referral_id, CommissionStep::Investigate).await
    }

    /// Concludes a referral with its outcome (discipline commission).
    async fn conclude_referral(
        &self,
        ctx: &Context<'_>,
        input: ConcludeReferralInput,
    ) -> Result<ReferralPayload> {
        step(
            ctx,
            &input.referral_id,
            CommissionStep::Conclude {
                outcome: input.outcome,
            },
        )
        .await
    }

    /// Returns a referral as outside the commission's remit (discipline commission).
    async fn return_referral(
        &self,
        ctx: &Context<'_>,
        input: ReturnReferralInput,
    ) -> Result<ReferralPayload> {
        step(
            ctx,
            &input.referral_id,
            CommissionStep::Return {
                reason: input.reason,
            },
        )
        .await
    }

    /// Asks the office to reveal who reported the clue (discipline commission).
    async fn request_unmasking(
        &self,
        ctx: &Context<'_>,
        input: RequestUnmaskingInput,
    ) -> Result<UnmaskingPayload> {
        let created = service::referral::request_unmasking(
            rc(ctx)?,
            referral_id(&input.referral_id)?,
            input.reason,
        )
        .await?;
        Ok(UnmaskingPayload {
            unmasking_request: created.into(),
        })
    }

    /// Approves or refuses an unmasking request (office).
    async fn decide_unmasking(
        &self,
        ctx: &Context<'_>,
        input: DecideUnmaskingInput,
    ) -> Result<UnmaskingPayload> {
        let id = node::decode_i32(&input.request_id, "UnmaskingRequest", "requestId")?;
        let decided = service::referral::decide_unmasking(rc(ctx)?, id, input.approve).await?;
        Ok(UnmaskingPayload {
            unmasking_request: decided.into(),
        })
    }
}
