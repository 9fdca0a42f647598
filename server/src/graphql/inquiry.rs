use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use entities::inquiry::InquiryKind;

use super::{
    connection::{Conn, connection, connection_complexity, page_request},
    loaders::{loader_error, loaders},
    membership::Member,
    node, rc,
    unit::Unit,
};
use crate::service::{self, inquiry::NewInquiry};

/// A supervisor's inquiry or document request to a unit.
pub struct Inquiry(pub service::inquiry::Inquiry);

#[Object]
impl Inquiry {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Inquiry", self.0.model.id)
    }
    /// Inquiry or document request.
    async fn kind(&self) -> InquiryKind {
        self.0.model.kind
    }
    /// Subject.
    async fn subject(&self) -> &str {
        &self.0.model.subject
    }
    /// The question or the documents asked for.
    async fn question(&self) -> &str {
        &self.0.model.question
    }
    /// The unit asked.
    async fn unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let loaders = loaders(ctx)?;
        Ok(loaders
            .units
            .load_one(self.0.model.unit_id)
            .await
            .map_err(loader_error)?
            .map(Unit))
    }
    /// The supervisor who asked, for those who may know (never the unit).
    async fn asker(&self, ctx: &Context<'_>) -> Result<Option<Member>> {
        let loaders = loaders(ctx)?;
        let member = loaders
            .members
            .load_one(self.0.model.member_id)
            .await
            .map_err(loader_error)?;
        Ok(member.map(Member))
    }
    /// The day the unit must answer by.
    async fn deadline(&self) -> NaiveDate {
        self.0.model.deadline
    }
    /// The unit's answer.
    async fn answer(&self) -> Option<&str> {
        self.0.model.answer.as_deref()
    }
    /// When it was answered.
    async fn answered_at(&self) -> Option<DateTime<Utc>> {
        self.0.model.answered_at
    }
    /// Unanswered past the deadline, or answered after it.
    async fn overdue(&self) -> bool {
        self.0.overdue
    }
    /// When it was asked.
    async fn asked_at(&self) -> DateTime<Utc> {
        self.0.model.asked_at
    }
}

#[derive(Default)]
pub struct InquiryQuery;

#[Object]
impl InquiryQuery {
    /// Inquiries the caller may see: the region's (office), a unit's own, a supervisor's own.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn inquiries(
        &self,
        ctx: &Context<'_>,
        answered: Option<bool>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Inquiry>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let page = service::inquiry::list(rc, answered, page).await?;
        Ok(connection(page.map(Inquiry), had_cursor, |i| {
            i64::from(i.0.model.id)
        }))
    }
}

/// A new inquiry or document request.
#[derive(InputObject)]
pub struct AskInquiryInput {
    /// Inquiry or document request.
    pub kind: InquiryKind,
    /// The unit asked.
    pub unit_id: ID,
    /// Subject.
    pub subject: String,
    /// The question or the documents asked for.
    pub question: String,
}

/// The unit's answer.
#[derive(InputObject)]
pub struct AnswerInquiryInput {
    /// The inquiry.
    pub inquiry_id: ID,
    /// The answer.
    pub answer: String,
}

/// The inquiry after the change.
#[derive(SimpleObject)]
pub struct InquiryPayload {
    /// The inquiry.
    pub inquiry: Inquiry,
}

#[derive(Default)]
pub struct InquiryMutation;

#[Object]
impl InquiryMutation {
    /// Asks a unit a question or for documents (a serving supervisor).
    async fn ask_inquiry(
        &self,
        ctx: &Context<'_>,
        input: AskInquiryInput,
    ) -> Result<InquiryPayload> {
        let inquiry = service::inquiry::ask(
            rc(ctx)?,
            NewInquiry {
                kind: input.kind,
                unit_id: node::decode_i32(&input.unit_id, "Unit", "unitId")?,
                subject: input.subject,
                question: input.question,
            },
        )
        .await?;
        Ok(InquiryPayload {
            inquiry: Inquiry(inquiry),
        })
    }

    /// Answers an inquiry (the unit asked).
    async fn answer_inquiry(
        &self,
        ctx: &Context<'_>,
        input: AnswerInquiryInput,
    ) -> Result<InquiryPayload> {
        let id = node::decode_i32(&input.inquiry_id, "Inquiry", "inquiryId")?;
        let inquiry = service::inquiry::answer(rc(ctx)?, id, input.answer).await?;
        Ok(InquiryPayload {
            inquiry: Inquiry(inquiry),
        })
    }
}
