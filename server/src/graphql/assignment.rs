use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject, Upload};
use chrono::{DateTime, NaiveDate, Utc};
use entities::{
    account::Role,
    assignment::{AssignmentMode, AssignmentStatus},
};

use super::{
    attachment::{Attachment, read_uploads},
    connection::{Conn, connection_complexity, items_ask_for, offset_connection, page_request},
    loaders::{children, loader_error, loaders, prime},
    node, rc,
    referral::Referral,
    report::Report,
    unit::Unit,
};
use crate::{
    domain::{
        self,
        assignment::{Offer, SlipAction},
    },
    error::AppError,
    service::{
        self,
        assignment::{NewSlip, Slip, SlipFilter, SlipStep},
    },
};

/// An assignment slip (交辦單) to one responsible unit.
pub struct Assignment(pub Slip);

impl Assignment {
    /// Reporters follow a slip's progress but not the unit's or the office's working notes.
    fn for_reporter(ctx: &Context<'_>) -> Result<bool> {
        Ok(rc(ctx)?
            .viewer
            .as_principal()
            .is_some_and(|p| matches!(p.role, Role::Supervisor | Role::Liaison)))
    }

    fn internal<'a>(
        &self,
        ctx: &Context<'_>,
        value: &'a Option<String>,
    ) -> Result<Option<&'a str>> {
        Ok(if Self::for_reporter(ctx)? {
            None
        } else {
            value.as_deref()
        })
    }
}

#[Object]
impl Assignment {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Assignment", self.0.model.id)
    }
    /// Slip number, e.g. 岳县优交〔2025〕3号.
    async fn number(&self) -> &str {
        &self.0.model.number
    }
    /// Forward, assign or supervise.
    async fn mode(&self) -> AssignmentMode {
        self.0.model.mode
    }
    /// Where it stands.
    async fn status(&self) -> AssignmentStatus {
        self.0.model.status
    }
    /// The unit that handles it.
    async fn unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let loaders = loaders(ctx)?;
        Ok(loaders
            .units
            .load_one(self.0.model.unit_id)
            .await
            .map_err(loader_error)?
            .map(Unit))
    }
    /// What the office requires of the unit (not shown to reporters).
    async fn requirement(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        Ok(if Self::for_reporter(ctx)? {
            None
        } else {
            Some(self.0.model.requirement.as_str())
        })
    }
    /// The day it was issued.
    async fn issued_on(&self) -> NaiveDate {
        self.0.model.issued_on
    }
    /// The day it must be replied to.
    async fn deadline(&self) -> NaiveDate {
        self.0.model.deadline
    }
    /// The deadline has passed and the unit has not replied.
    async fn overdue(&self) -> bool {
        self.0.overdue
    }
    /// Working days past the deadline, on the region's calendar.
    async fn working_days_overdue(&self) -> i64 {
        self.0.working_days_overdue
    }
    /// The unit's reply (not shown to reporters).
    async fn reply(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        self.internal(ctx, &self.0.model.reply)
    }
    /// When the unit replied.
    async fn replied_at(&self) -> Option<DateTime<Utc>> {
        self.0.model.replied_at
    }
    /// Why it was returned or handed back (not shown to reporters).
    async fn status_reason(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        self.internal(ctx, &self.0.model.status_reason)
    }
    /// The deadline the unit asked for.
    async fn extension_until(&self) -> Option<NaiveDate> {
        self.0.model.extension_until
    }
    /// `requested`, `granted` or `refused`.
    async fn extension_status(&self) -> Option<&str> {
        self.0.model.extension_status.as_deref()
    }
    /// Why the unit asked for more time (not shown to reporters).
    async fn extension_reason(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        self.internal(ctx, &self.0.model.extension_reason)
    }
    /// What happened to it, oldest first: each step, the 督办 notices, and for the office,
    /// leading group and commission the referral made of it. Reporters see the steps without
    /// who took them or why.
    async fn timeline(&self, ctx: &Context<'_>) -> Result<Vec<RecordStep>> {
        let reporter = Self::for_reporter(ctx)?;
        let steps = service::history::of_slip(rc(ctx)?, self.0.model.id).await?;
        Ok(steps
            .into_iter()
            .map(|s| {
                let mut step = RecordStep::from(s);
                if reporter {
                    step.actor = None;
                    step.note = None;
                }
                step
            })
            .collect())
    }
    /// What the caller can do to it now: the unit's steps for its handler, the office's for
    /// the office, none for anyone else.
    async fn actions(&self, ctx: &Context<'_>) -> Result<Vec<AssignmentAction>> {
        let by_unit = match rc(ctx)?.viewer.as_principal().map(|p| p.role) {
            Some(Role::UnitHandler) => true,
            Some(Role::Office) => false,
            _ => return Ok(Vec::new()),
        };
        let m = &self.0.model;
        let offers = domain::assignment::offers(
            m.status,
            m.deadline,
            m.extension_status.as_deref() == Some("requested"),
            self.0.today,
            by_unit,
        );
        Ok(offers.into_iter().map(AssignmentAction::from).collect())
    }
    /// Files backing the unit's reply (not shown to reporters).
    async fn attachments(&self, ctx: &Context<'_>) -> Result<Vec<Attachment>> {
        if Self::for_reporter(ctx)? {
            return Ok(Vec::new());
        }
        let found = children(&loaders(ctx)?.slip_attachments, self.0.model.id).await?;
        Ok(found.into_iter().map(Attachment::from).collect())
    }
    /// The reports it handles, as far as the caller may see them (never for a unit).
    async fn reports(&self, ctx: &Context<'_>) -> Result<Vec<Report>> {
        let loaders = loaders(ctx)?;
        let reports = loaders
            .slip_reports
            .load_one(self.0.model.id)
            .await
            .map_err(loader_error)?
            .unwrap_or_default();
        Ok(reports.into_iter().map(Report).collect())
    }
    /// The latest referral to the discipline commission from this slip, for those who may
    /// see referrals (office, leading group, commission).
    async fn referral(&self, ctx: &Context<'_>) -> Result<Option<Referral>> {
        let referrals = children(&loaders(ctx)?.slip_referrals, self.0.model.id).await?;
        Ok(referrals.into_iter().last().map(Referral))
    }
}

/// One step in the life of a slip or a report.
#[derive(SimpleObject)]
pub struct RecordStep {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// The mutation that took it (`signAssignment`, `acceptReport`, …), `urgeAssignment` for
    /// a 督办 notice, `escalateOverdue` for the escalation job's referral.
    pub action: String,
    /// Who took it (a display name); none for the scheduled jobs.
    pub actor: Option<String>,
    /// The reason, date or outcome that came with it.
    pub note: Option<String>,
}

impl From<service::history::Step> for RecordStep {
    fn from(s: service::history::Step) -> Self {
        Self {
            at: s.at,
            action: s.action,
            actor: s.actor,
            note: s.note,
        }
    }
}

/// A step the caller can take on a slip now (`Assignment.actions`).
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum AssignmentAction {
    /// The unit signs for it (`signAssignment`).
    Sign,
    /// The unit replies (`replyAssignment`).
    Reply,
    /// The unit hands it back as outside its remit (`handBackAssignment`).
    HandBack,
    /// The unit asks for a later deadline (`requestExtension`).
    RequestExtension,
    /// The office accepts the reply (`verifyAssignment`).
    Verify,
    /// The office sends the reply back (`returnAssignment`).
    Return,
    /// The office sends a handed-back slip to another unit (`reassignAssignment`).
    Reassign,
    /// The office grants or refuses the extension asked for (`decideExtension`).
    DecideExtension,
}

impl From<Offer> for AssignmentAction {
    fn from(offer: Offer) -> Self {
        match offer {
            Offer::Step(SlipAction::Sign) => Self::Sign,
            Offer::Step(SlipAction::Reply) => Self::Reply,
            Offer::Step(SlipAction::HandBack) => Self::HandBack,
            Offer::Step(SlipAction::Verify) => Self::Verify,
            Offer::Step(SlipAction::Return) => Self::Return,
            Offer::Step(SlipAction::Reassign) => Self::Reassign,
            Offer::RequestExtension => Self::RequestExtension,
            Offer::DecideExtension => Self::DecideExtension,
        }
    }
}

/// Narrows the list of slips.
#[derive(InputObject, Default)]
pub struct AssignmentFilterInput {
    /// Only this status.
    pub status: Option<AssignmentStatus>,
    /// Only this unit's.
    pub unit_id: Option<ID>,
    /// Only overdue (or only not overdue) slips.
    pub overdue: Option<bool>,
    /// Only the slips handling this report.
    pub report_id: Option<ID>,
    /// Only the slips whose unit asked for a later deadline not yet decided.
    #[graphql(default)]
    pub extension_requested: bool,
}

#[derive(Default)]
pub struct AssignmentQuery;

#[Object]
impl AssignmentQuery {
    /// The deadline a slip issued today gets when none is given: the configured number of
    /// working days on the region's calendar, holidays and 調休 counted (office).
    async fn default_slip_deadline(&self, ctx: &Context<'_>) -> Result<NaiveDate> {
        Ok(service::assignment::default_deadline(rc(ctx)?).await?)
    }

    /// Slips the caller may see, earliest deadline first: the office's region, a unit's own,
    /// or those handling a reporter's reports.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn assignments(
        &self,
        ctx: &Context<'_>,
        filter: Option<AssignmentFilterInput>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Assignment>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let f = filter.unwrap_or_default();
        let filter = SlipFilter {
            status: f.status,
            unit_id: f
                .unit_id
                .map(|id| node::decode_i32(&id, "Unit", "filter.unitId"))
                .transpose()?,
            overdue: f.overdue,
            report_id: f
                .report_id
                .map(|id| node::decode_i32(&id, "Report", "filter.reportId"))
                .transpose()?,
            extension_requested: f.extension_requested,
        };
        let offset = page.after.unwrap_or(0);
        let page = service::assignment::list(rc, filter, page).await?;
        prime_slips(ctx, &page.items).await?;
        Ok(offset_connection(page.map(Assignment), had_cursor, offset))
    }
}

/// Loads the units, reports and referrals a page's slips will ask for, if the query asks, each
/// in one batch: left to the slips, the loaders' batches split whenever resolving the page
/// takes longer than their 1 ms window (under load, often).
async fn prime_slips(ctx: &Context<'_>, slips: &[service::assignment::Slip]) -> Result<()> {
    let asks = |field: &str| items_ask_for(ctx, field);
    let loaders = loaders(ctx)?;
    let unit_ids = || slips.iter().map(|s| s.model.unit_id);
    let slip_ids = || slips.iter().map(|s| s.model.id);
    let (units, reports, referrals) = tokio::join!(
        prime(asks("unit"), &loaders.units, unit_ids()),
        prime(asks("reports"), &loaders.slip_reports, slip_ids()),
        prime(asks("referral"), &loaders.slip_referrals, slip_ids()),
    );
    units.and(reports).and(referrals).map_err(loader_error)
}

/// A new slip.
#[derive(InputObject)]
pub struct IssueAssignmentInput {
    /// Accepted reports it handles.
    pub report_ids: Vec<ID>,
    /// The responsible unit.
    pub unit_id: ID,
    /// Forward, assign or supervise.
    pub mode: AssignmentMode,
    /// What the unit must do; the unit sees this, not the reports.
    pub requirement: String,
    /// The deadline; 10 working days after issue when left out.
    pub deadline: Option<NaiveDate>,
}

/// A slip to act on.
#[derive(InputObject)]
pub struct AssignmentIdInput {
    /// The slip.
    pub assignment_id: ID,
}

/// The unit's result.
#[derive(InputObject)]
pub struct ReplyAssignmentInput {
    /// The slip.
    pub assignment_id: ID,
    /// What was done.
    pub reply: String,
    /// Files backing the reply (GraphQL multipart request).
    pub attachments: Option<Vec<Upload>>,
}

/// A reason for handing back or returning.
#[derive(InputObject)]
pub struct HandBackAssignmentInput {
    /// The slip.
    pub assignment_id: ID,
    /// Why it is outside the unit's remit.
    pub reason: String,
}

/// The office sends a reply back.
#[derive(InputObject)]
pub struct ReturnAssignmentInput {
    /// The slip.
    pub assignment_id: ID,
    /// What is missing.
    pub reason: String,
    /// The new deadline; 10 working days from today when left out.
    pub deadline: Option<NaiveDate>,
}

/// The office sends a handed-back slip to another unit.
#[derive(InputObject)]
pub struct ReassignAssignmentInput {
    /// The slip.
    pub assignment_id: ID,
    /// The new unit.
    pub unit_id: ID,
    /// The new deadline; 10 working days from today when left out.
    pub deadline: Option<NaiveDate>,
}

/// The unit asks for more time.
#[derive(InputObject)]
pub struct RequestExtensionInput {
    /// The slip.
    pub assignment_id: ID,
    /// The deadline asked for.
    pub until: NaiveDate,
    /// Why.
    pub reason: String,
}

/// The office's answer to an extension request.
#[derive(InputObject)]
pub struct DecideExtensionInput {
    /// The slip.
    pub assignment_id: ID,
    /// Grant (the deadline moves) or refuse.
    pub grant: bool,
}

/// The slip after the change.
#[derive(SimpleObject)]
pub struct AssignmentPayload {
    /// The slip.
    pub assignment: Assignment,
}

fn slip_id(id: &ID) -> Result<i32, AppError> {
    node::decode_i32(id, "Assignment", "assignmentId")
}

async fn step(ctx: &Context<'_>, id: &ID, step: SlipStep) -> Result<AssignmentPayload> {
    let slip = service::assignment::step(rc(ctx)?, slip_id(id)?, step).await?;
    Ok(AssignmentPayload {
        assignment: Assignment(slip),
    })
}

#[derive(Default)]
pub struct AssignmentMutation;

#[Object]
impl AssignmentMutation {
    /// Issues a slip for accepted reports to a responsible unit (office).
    async fn issue_assignment(
        &self,
        ctx: &Context<'_>,
        input: IssueAssignmentInput,
    ) -> Result<AssignmentPayload> {
        let report_ids = input
            .report_ids
            .iter()
            .map(|id| node::decode_i32(id, "Report", "reportIds"))
            .collect::<Result<Vec<_>, _>>()?;
        let slip = service::assignment::issue(
            rc(ctx)?,
            NewSlip {
                report_ids,
                unit_id: node::decode_i32(&input.unit_id, "Unit", "unitId")?,
                mode: input.mode,
                requirement: input.requirement,
                deadline: input.deadline,
            },
        )
        .await?;
        Ok(AssignmentPayload {
            assignment: Assignment(slip),
        })
    }

    /// Signs for a slip (the unit).
    async fn sign_assignment(
        &self,
        ctx: &Context<'_>,
        input: AssignmentIdInput,
    ) -> Result<AssignmentPayload> {
        step(ctx, &input.assignment_id, SlipStep::Sign).await
    }

    /// Replies with the result; this stops the clock (the unit).
    async fn reply_assignment(
        &self,
        ctx: &Context<'_>,
        input: ReplyAssignmentInput,
    ) -> Result<AssignmentPayload> {
        let attachments = read_uploads(ctx, input.attachments).await?;
        let reply = SlipStep::Reply {
            text: input.reply,
            attachments,
        };
        step(ctx, &input.assignment_id, reply).await
    }

    /// Hands a slip back as outside the unit's remit (退單; the unit).
    async fn hand_back_assignment(
        &self,
        ctx: &Context<'_>,
        input: HandBackAssignmentInput,
    ) -> Result<AssignmentPayload> {
        step(
            ctx,
            &input.assignment_id,
            SlipStep::HandBack {
                reason: input.reason,
            },
        )
        .await
    }

    /// Accepts the unit's reply (office).
    async fn verify_assignment(
        &self,
        ctx: &Context<'_>,
        input: AssignmentIdInput,
    ) -> Result<AssignmentPayload> {
        step(ctx, &input.assignment_id, SlipStep::Verify).await
    }

    /// Sends the reply back with reasons and a new deadline (office).
    async fn return_assignment(
        &self,
        ctx: &Context<'_>,
        input: ReturnAssignmentInput,
    ) -> Result<AssignmentPayload> {
        step(
            ctx,
            &input.assignment_id,
            SlipStep::Return {
                reason: input.reason,
                deadline: input.deadline,
            },
        )
        .await
    }

    /// Sends a handed-back slip to another unit (office).
    async fn reassign_assignment(
        &self,
        ctx: &Context<'_>,
        input: ReassignAssignmentInput,
    ) -> Result<AssignmentPayload> {
        let unit_id = node::decode_i32(&input.unit_id, "Unit", "unitId")?;
        step(
            ctx,
            &input.assignment_id,
            SlipStep::Reassign {
                unit_id,
                deadline: input.deadline,
            },
        )
        .await
    }

    /// Asks for a later deadline, before the current one passes (the unit).
    async fn request_extension(
        &self,
        ctx: &Context<'_>,
        input: RequestExtensionInput,
    ) -> Result<AssignmentPayload> {
        let slip = service::assignment::request_extension(
            rc(ctx)?,
            slip_id(&input.assignment_id)?,
            input.until,
            input.reason,
        )
        .await?;
        Ok(AssignmentPayload {
            assignment: Assignment(slip),
        })
    }

    /// Grants or refuses a waiting extension request (office).
    async fn decide_extension(
        &self,
        ctx: &Context<'_>,
        input: DecideExtensionInput,
    ) -> Result<AssignmentPayload> {
        let slip = service::assignment::decide_extension(
            rc(ctx)?,
            slip_id(&input.assignment_id)?,
            input.grant,
        )
        .await?;
        Ok(AssignmentPayload {
            assignment: Assignment(slip),
        })
    }
}
