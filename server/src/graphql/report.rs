use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject, Upload};
use chrono::{DateTime, NaiveDate, Utc};
use entities::{
    account::Role,
    report::{self, Behaviour, Channel, Rating, ReportKind, ReportStatus, SupervisionArea},
};

use super::{
    assignment::RecordStep,
    attachment::{Attachment, read_uploads},
    connection::{Conn, connection_complexity, offset_connection, page_request},
    loaders::{children, loader_error, loaders},
    membership::Member,
    node, rc,
    referral::Referral,
    unit::Unit,
};
use crate::{
    error::AppError,
    service::{
        self,
        report::{NewReport, OfficeStep, ReportFilter},
    },
};

/// A problem report, suggestion or monitoring record.
pub struct Report(pub report::Model);

#[Object]
impl Report {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Report", self.0.id)
    }
    /// Problem, suggestion or monitoring record.
    async fn kind(&self) -> ReportKind {
        self.0.kind
    }
    /// Where it stands.
    async fn status(&self) -> ReportStatus {
        self.0.status
    }
    /// Why it was not accepted.
    async fn status_reason(&self) -> Option<&str> {
        self.0.status_reason.as_deref()
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The report's text.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// When it happened.
    async fn occurred_on(&self) -> Option<NaiveDate> {
        self.0.occurred_on
    }
    /// What happened to it, oldest first: every step for the office and leading group; for
    /// its reporter, the steps of its handling without who took them or what a unit wrote;
    /// empty for others.
    async fn history(&self, ctx: &Context<'_>) -> Result<Vec<RecordStep>> {
        let rc = rc(ctx)?;
        let Some(principal) = rc.viewer.as_principal() else {
            return Ok(Vec::new());
        };
        let steps = if matches!(principal.role, Role::Office | Role::LeadingGroup) {
            service::history::of_report(rc, self.0.id).await?
        } else if principal.account_id == self.0.reporter_account_id {
            service::history::of_report_for_reporter(rc, self.0.id).await?
        } else {
            return Ok(Vec::new());
        };
        Ok(steps.into_iter().map(RecordStep::from).collect())
    }
    /// The unit concerned.
    async fn concerned_unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let Some(unit_id) = self.0.concerned_unit_id else {
            return Ok(None);
        };
        let loaders = loaders(ctx)?;
        Ok(loaders
            .units
            .load_one(unit_id)
            .await
            .map_err(loader_error)?
            .map(Unit))
    }
    /// Supervision area.
    async fn area(&self) -> SupervisionArea {
        self.0.area
    }
    /// The behaviour concerned.
    async fn behaviour(&self) -> Option<Behaviour> {
        self.0.behaviour
    }
    /// Ids of the violation catalogue entries it names.
    async fn violation_category_ids(&self) -> Vec<ID> {
        self.0
            .violation_category_ids
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|id| node::encode("ViolationCategory", id))
            .collect()
    }
    /// How it came in.
    async fn channel(&self) -> Channel {
        self.0.channel
    }
    /// A major problem (重大問題): the office is told at once.
    async fn major(&self) -> bool {
        self.0.major
    }
    /// Public officials are involved.
    async fn officials_involved(&self) -> bool {
        self.0.officials_involved
    }
    /// A suggestion the office marked valuable (counts towards the yearly quota).
    async fn valuable(&self) -> bool {
        self.0.valuable
    }
    /// The report this one was merged into as a duplicate.
    async fn merged_into_id(&self) -> Option<ID> {
        self.0.merged_into_id.map(|id| node::encode("Report", id))
    }
    /// The office's feedback to the reporter.
    async fn feedback(&self) -> Option<&str> {
        self.0.feedback.as_deref()
    }
    /// When the feedback was given.
    async fn feedback_at(&self) -> Option<DateTime<Utc>> {
        self.0.feedback_at
    }
    /// The reporter's rating of the handling.
    async fn rating(&self) -> Option<Rating> {
        self.0.rating
    }
    /// Why the reporter was unsatisfied.
    async fn rating_reason(&self) -> Option<&str> {
        self.0.rating_reason.as_deref()
    }
    /// How often the handling was redone (at most twice).
    async fn redo_count(&self) -> i32 {
        self.0.redo_count
    }
    /// When it was submitted.
    async fn submitted_at(&self) -> DateTime<Utc> {
        self.0.submitted_at
    }
    /// Files attached to it.
    async fn attachments(&self, ctx: &Context<'_>) -> Result<Vec<Attachment>> {
        let found = children(&loaders(ctx)?.report_attachments, self.0.id).await?;
        Ok(found.into_iter().map(Attachment::from).collect())
    }
    /// The latest referral of this report to the discipline commission, for those who may
    /// see referrals (office, leading group, commission).
    async fn referral(&self, ctx: &Context<'_>) -> Result<Option<Referral>> {
        let referrals = children(&loaders(ctx)?.report_referrals, self.0.id).await?;
        Ok(referrals.into_iter().last().map(Referral))
    }
    /// The supervisor or monitoring point who reported, for those who may know.
    async fn reporter(&self, ctx: &Context<'_>) -> Result<Option<Member>> {
        let loaders = loaders(ctx)?;
        let member = loaders
            .members
            .load_one(self.0.reporter_member_id)
            .await
            .map_err(loader_error)?;
        Ok(member.map(Member))
    }
}

/// An entry of the region's violation catalogue.
#[derive(SimpleObject)]
pub struct ViolationCategory {
    /// Opaque id.
    pub id: ID,
    /// Name, e.g. 嚴禁隨意檢查.
    pub name: String,
    /// Still offered for new reports.
    pub active: bool,
}

/// Narrows the list of reports.
#[derive(InputObject, Default)]
pub struct ReportFilterInput {
    /// Only this kind.
    pub kind: Option<ReportKind>,
    /// Only this status.
    pub status: Option<ReportStatus>,
    /// Only those submitted in this quarter (region time), e.g. 2025Q1.
    pub quarter: Option<String>,
    /// Only this area.
    pub area: Option<SupervisionArea>,
    /// Only those concerning this unit.
    pub unit_id: Option<ID>,
    /// Only those of this supervisor or monitoring point.
    pub reporter_id: Option<ID>,
    /// Only major (or only non-major) reports.
    pub major: Option<bool>,
}

/// Order of the report list.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportOrder {
    /// Oldest first.
    #[default]
    SubmittedAtAsc,
    /// Newest first.
    SubmittedAtDesc,
}

#[derive(Default)]
pub struct ReportQuery;

#[Object]
impl ReportQuery {
    /// Reports the caller may see: the office and leading group their region's, a member
    /// its own.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn reports(
        &self,
        ctx: &Context<'_>,
        filter: Option<ReportFilterInput>,
        order_by: Option<ReportOrder>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Report>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let f = filter.unwrap_or_default();
        let filter = ReportFilter {
            kind: f.kind,
            status: f.status,
            quarter: f.quarter,
            area: f.area,
            unit_id: f
                .unit_id
                .map(|id| node::decode_i32(&id, "Unit", "filter.unitId"))
                .transpose()?,
            reporter_member_id: f
                .reporter_id
                .map(|id| node::decode_i32(&id, "Member", "filter.reporterId"))
                .transpose()?,
            major: f.major,
            newest_first: order_by.unwrap_or_default() == ReportOrder::SubmittedAtDesc,
        };
        let offset = page.after.unwrap_or(0);
        let page = service::report::list(rc, filter, page).await?;
        Ok(offset_connection(page.map(Report), had_cursor, offset))
    }

    /// The region's catalogue of violations.
    async fn violation_categories(&self, ctx: &Context<'_>) -> Result<Vec<ViolationCategory>> {
        let found = service::report::categories(rc(ctx)?).await?;
        Ok(found
            .into_iter()
            .map(|c| ViolationCategory {
                id: node::encode("ViolationCategory", c.id),
                name: c.name,
                active: c.active,
            })
            .collect())
    }
}

/// A new report by a serving supervisor or a point's liaison.
#[derive(InputObject)]
pub struct SubmitReportInput {
    /// Problem, suggestion or monitoring record (points only).
    pub kind: ReportKind,
    /// Title.
    pub title: String,
    /// What happened.
    pub body: String,
    /// When it happened.
    pub occurred_on: Option<NaiveDate>,
    /// The unit concerned.
    pub concerned_unit_id: Option<ID>,
    /// Supervision area.
    pub area: SupervisionArea,
    /// Behaviour concerned.
    pub behaviour: Option<Behaviour>,
    /// Entries of the region's violation catalogue.
    #[graphql(default)]
    pub violation_category_ids: Vec<ID>,
    /// How it came in.
    #[graphql(default_with = "Channel::Text")]
    pub channel: Channel,
    /// A major problem: the office is told at once.
    #[graphql(default)]
    pub major: bool,
    /// Public officials are involved.
    #[graphql(default)]
    pub officials_involved: bool,
    /// Files: images, audio, video, PDF or office documents (GraphQL multipart request).
    pub attachments: Option<Vec<Upload>>,
    /// Files sent beforehand in pieces to `/uploads` (the tus protocol), by the token at the
    /// end of their address; attached like `attachments`.
    #[graphql(default)]
    pub uploads: Vec<String>,
    /// A key the client makes for the draft this report is sent from (letters, digits and
    /// hyphens, at most 64): sending the same draft again answers with the report it made,
    /// not a second one.
    pub draft_key: Option<String>,
}

/// The report after the change.
#[derive(SimpleObject)]
pub struct ReportPayload {
    /// The report.
    pub report: Report,
}

/// A report to act on.
#[derive(InputObject)]
pub struct ReportIdInput {
    /// The report.
    pub report_id: ID,
}

/// A report not accepted, with the reason the reporter is told.
#[derive(InputObject)]
pub struct RejectReportInput {
    /// The report.
    pub report_id: ID,
    /// Why.
    pub reason: String,
}

/// A duplicate and the report it repeats.
#[derive(InputObject)]
pub struct MergeReportInput {
    /// The duplicate.
    pub report_id: ID,
    /// The report it is merged into.
    pub into_report_id: ID,
}

/// The office's feedback to the reporter.
#[derive(InputObject)]
pub struct GiveFeedbackInput {
    /// The report.
    pub report_id: ID,
    /// What was done.
    pub feedback: String,
}

/// The reporter's rating of the handling.
#[derive(InputObject)]
pub struct RateHandlingInput {
    /// The report.
    pub report_id: ID,
    /// Satisfied, basically satisfied or unsatisfied.
    pub rating: Rating,
    /// Required when unsatisfied.
    pub reason: Option<String>,
}

/// A new catalogue entry.
#[derive(InputObject)]
pub struct AddViolationCategoryInput {
    /// Name, e.g. 嚴禁隨意檢查.
    pub name: String,
}

/// The catalogue entry created.
#[derive(SimpleObject)]
pub struct AddViolationCategoryPayload {
    /// The entry.
    pub violation_category: ViolationCategory,
}

fn report_id(id: &ID) -> Result<i32, AppError> {
    node::decode_i32(id, "Report", "reportId")
}

async fn step(ctx: &Context<'_>, id: &ID, step: OfficeStep) -> Result<ReportPayload> {
    let report = service::report::office_step(rc(ctx)?, report_id(id)?, step).await?;
    Ok(ReportPayload {
        report: Report(report),
    })
}

#[derive(Default)]
pub struct ReportMutation;

#[Object]
impl ReportMutation {
    /// Submits a report (a serving supervisor or a point's liaison).
    async fn submit_report(
        &self,
        ctx: &Context<'_>,
        input: SubmitReportInput,
    ) -> Result<ReportPayload> {
        let categories = input
            .violation_category_ids
            .iter()
            .map(|id| node::decode_i32(id, "ViolationCategory", "violationCategoryIds"))
            .collect::<Result<Vec<_>, _>>()?;
        let report = service::report::submit(
            rc(ctx)?,
            NewReport {
                kind: input.kind,
                title: input.title,
                body: input.body,
                occurred_on: input.occurred_on,
                concerned_unit_id: input
                    .concerned_unit_id
                    .map(|id| node::decode_i32(&id, "Unit", "concernedUnitId"))
                    .transpose()?,
                area: input.area,
                behaviour: input.behaviour,
                violation_category_ids: categories,
                channel: input.channel,
                major: input.major,
                officials_involved: input.officials_involved,
                attachments: read_uploads(ctx, input.attachments).await?,
                uploads: input.uploads,
                draft_key: input.draft_key,
            },
        )
        .await?;
        Ok(ReportPayload {
            report: Report(report),
        })
    }

    /// Accepts a report (受理; office).
    async fn accept_report(
        &self,
        ctx: &Context<'_>,
        input: ReportIdInput,
    ) -> Result<ReportPayload> {
        step(ctx, &input.report_id, OfficeStep::Accept).await
    }

    /// Does not accept a report; the reporter is told why (office).
    async fn reject_report(
        &self,
        ctx: &Context<'_>,
        input: RejectReportInput,
    ) -> Result<ReportPayload> {
        step(
            ctx,
            &input.report_id,
            OfficeStep::Reject {
                reason: input.reason,
            },
        )
        .await
    }

    /// Merges a duplicate into the report it repeats (office).
    async fn merge_report(
        &self,
        ctx: &Context<'_>,
        input: MergeReportInput,
    ) -> Result<ReportPayload> {
        let into = report_id(&input.into_report_id)?;
        step(ctx, &input.report_id, OfficeStep::Merge { into }).await
    }

    /// Marks a suggestion valuable (office).
    async fn mark_suggestion_valuable(
        &self,
        ctx: &Context<'_>,
        input: ReportIdInput,
    ) -> Result<ReportPayload> {
        step(ctx, &input.report_id, OfficeStep::MarkValuable).await
    }

    /// Tells the reporter the result; required before closing (office).
    async fn give_feedback(
        &self,
        ctx: &Context<'_>,
        input: GiveFeedbackInput,
    ) -> Result<ReportPayload> {
        step(
            ctx,
            &input.report_id,
            OfficeStep::Feedback {
                text: input.feedback,
            },
        )
        .await
    }

    /// Reopens an unsatisfactorily handled report for redo, at most twice (office).
    async fn reopen_report(
        &self,
        ctx: &Context<'_>,
        input: ReportIdInput,
    ) -> Result<ReportPayload> {
        step(ctx, &input.report_id, OfficeStep::Reopen).await
    }

    /// Closes a report after feedback (office).
    async fn close_report(&self, ctx: &Context<'_>, input: ReportIdInput) -> Result<ReportPayload> {
        step(ctx, &input.report_id, OfficeStep::Close).await
    }

    /// Rates the handling (the reporter).
    async fn rate_handling(
        &self,
        ctx: &Context<'_>,
        input: RateHandlingInput,
    ) -> Result<ReportPayload> {
        let report = service::report::rate(
            rc(ctx)?,
            report_id(&input.report_id)?,
            input.rating,
            input.reason,
        )
        .await?;
        Ok(ReportPayload {
            report: Report(report),
        })
    }

    /// Adds an entry to the region's violation catalogue (office).
    async fn add_violation_category(
        &self,
        ctx: &Context<'_>,
        input: AddViolationCategoryInput,
    ) -> Result<AddViolationCategoryPayload> {
        let created = service::report::add_category(rc(ctx)?, &input.name).await?;
        Ok(AddViolationCategoryPayload {
            violation_category: ViolationCategory {
                id: node::encode("ViolationCategory", created.id),
                name: created.name,
                active: created.active,
            },
        })
    }

    /// Retires an entry of the catalogue (no longer offered for new reports; reports that
    /// name it keep it) or offers it again (office).
    async fn set_violation_category_active(
        &self,
        ctx: &Context<'_>,
        input: SetViolationCategoryActiveInput,
    ) -> Result<AddViolationCategoryPayload> {
        let id = node::decode_i32(
            &input.violation_category_id,
            "ViolationCategory",
            "violationCategoryId",
        )?;
        let changed = service::report::set_category_active(rc(ctx)?, id, input.active).await?;
        Ok(AddViolationCategoryPayload {
            violation_category: ViolationCategory {
                id: node::encode("ViolationCategory", changed.id),
                name: changed.name,
                active: changed.active,
            },
        })
    }
}

/// An entry of the catalogue retired or offered again.
#[derive(InputObject)]
pub struct SetViolationCategoryActiveInput {
    /// The entry.
    pub violation_category_id: ID,
    /// Offered for new reports.
    pub active: bool,
}
