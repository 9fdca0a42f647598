use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject, Upload};
use chrono::{DateTime, NaiveDate, Utc};
use entities::{consultation, opinion, opinion::OpinionDecision};

use super::{
    attachment::{Attachment, read_uploads},
    connection::{Conn, connection, connection_complexity, page_request},
    loaders::{children, loader_error, loaders},
    membership::Member,
    node, rc,
    unit::Unit,
};
use crate::service::{self, consultation::NewConsultation};

/// A draft put to the supervisors for their opinions (共商共建).
pub struct Consultation(pub consultation::Model);

#[Object]
impl Consultation {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Consultation", self.0.id)
    }
    /// Title of the draft.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The draft's text.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// The unit that opened it; null when the office did.
    async fn unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let Some(unit_id) = self.0.unit_id else {
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
    /// Every serving supervisor is invited, not a list.
    async fn invite_all(&self) -> bool {
        self.0.invite_all
    }
    /// The last day for opinions.
    async fn closes_on(&self) -> NaiveDate {
        self.0.closes_on
    }
    /// Still taking opinions (until the end of the closing day, in the region's time).
    async fn open(&self, ctx: &Context<'_>) -> Result<bool> {
        let today = super::region::today_in(ctx, self.0.region_id).await?;
        Ok(crate::domain::dates::still_open(self.0.closes_on, today))
    }
    /// When it was opened.
    async fn opened_at(&self) -> DateTime<Utc> {
        self.0.opened_at
    }
    /// The draft's documents.
    async fn attachments(&self, ctx: &Context<'_>) -> Result<Vec<Attachment>> {
        let found = children(&loaders(ctx)?.consultation_attachments, self.0.id).await?;
        Ok(found.into_iter().map(Attachment::from).collect())
    }
    /// The caller decides its opinions: the unit that opened it, or the office for its own.
    async fn decides_opinions(&self, ctx: &Context<'_>) -> Result<bool> {
        Ok(rc(ctx)?.viewer.as_principal().is_some_and(|p| {
            crate::domain::consultation::decides_opinions(p.role, p.unit_id, self.0.unit_id)
        }))
    }
    /// Opinions: all for the opener and the office, a supervisor's own for a supervisor.
    async fn opinions(&self, ctx: &Context<'_>) -> Result<Vec<Opinion>> {
        let found = children(&loaders(ctx)?.opinions, self.0.id).await?;
        Ok(found.into_iter().map(Opinion).collect())
    }
}

/// A supervisor's opinion and the decision on it.
pub struct Opinion(pub opinion::Model);

#[Object]
impl Opinion {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Opinion", self.0.id)
    }
    /// The opinion.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// The supervisor who gave it, for those who may see members (not units).
    async fn author(&self, ctx: &Context<'_>) -> Result<Option<Member>> {
        let loaders = loaders(ctx)?;
        Ok(loaders
            .members
            .load_one(self.0.member_id)
            .await
            .map_err(loader_error)?
            .map(Member))
    }
    /// The decision, once made.
    async fn decision(&self) -> Option<OpinionDecision> {
        self.0.decision
    }
    /// Why it was not adopted in full.
    async fn explanation(&self) -> Option<&str> {
        self.0.explanation.as_deref()
    }
    /// When it was given.
    async fn submitted_at(&self) -> DateTime<Utc> {
        self.0.submitted_at
    }
    /// When it was decided.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
}

#[derive(Default)]
pub struct ConsultationQuery;

#[Object]
impl ConsultationQuery {
    /// Consultations the caller may see: the region's (office), a unit's own, those a
    /// supervisor is invited to; newest first.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn consultations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Consultation>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let page = service::consultation::list(rc, page).await?;
        Ok(connection(page.map(Consultation), had_cursor, |c| {
            i64::from(c.0.id)
        }))
    }
}

/// A new consultation.
#[derive(InputObject)]
pub struct OpenConsultationInput {
    /// Title of the draft.
    pub title: String,
    /// The draft's text.
    pub body: String,
    /// The last day for opinions.
    pub closes_on: NaiveDate,
    /// The supervisors invited; every serving supervisor of the region when left out.
    pub member_ids: Option<Vec<ID>>,
    /// The draft's documents (GraphQL multipart upload).
    pub attachments: Option<Vec<Upload>>,
}

/// An opinion on a consultation.
#[derive(InputObject)]
pub struct SubmitOpinionInput {
    /// The consultation.
    pub consultation_id: ID,
    /// The opinion.
    pub body: String,
}

/// The decision on an opinion.
#[derive(InputObject)]
pub struct DecideOpinionInput {
    /// The opinion.
    pub opinion_id: ID,
    /// Adopted, partly adopted or not adopted.
    pub decision: OpinionDecision,
    /// Required unless adopted in full.
    pub explanation: Option<String>,
}

/// The consultation after the change.
#[derive(SimpleObject)]
pub struct ConsultationPayload {
    /// The consultation.
    pub consultation: Consultation,
}

/// The opinion after the change.
#[derive(SimpleObject)]
pub struct OpinionPayload {
    /// The opinion.
    pub opinion: Opinion,
}

#[derive(Default)]
pub struct ConsultationMutation;

#[Object]
impl ConsultationMutation {
    /// Opens a consultation (a unit handler for the unit, or the office).
    async fn open_consultation(
        &self,
        ctx: &Context<'_>,
        input: OpenConsultationInput,
    ) -> Result<ConsultationPayload> {
        let member_ids = input
            .member_ids
            .map(|ids| {
                ids.iter()
                    .map(|id| node::decode_i32(id, "Member", "memberIds"))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?;
        let files = read_uploads(ctx, input.attachments).await?;
        let created = service::consultation::open(
            rc(ctx)?,
            NewConsultation {
                title: input.title,
                body: input.body,
                closes_on: input.closes_on,
                member_ids,
                files,
            },
        )
        .await?;
        Ok(ConsultationPayload {
            consultation: Consultation(created),
        })
    }

    /// Gives an opinion (an invited serving supervisor, until the closing date).
    async fn submit_opinion(
        &self,
        ctx: &Context<'_>,
        input: SubmitOpinionInput,
    ) -> Result<OpinionPayload> {
        let id = node::decode_i32(&input.consultation_id, "Consultation", "consultationId")?;
        let created = service::consultation::submit_opinion(rc(ctx)?, id, input.body).await?;
        Ok(OpinionPayload {
            opinion: Opinion(created),
        })
    }

    /// Decides an opinion (the side that opened the consultation); PARTLY_ADOPTED and
    /// NOT_ADOPTED need an explanation.
    async fn decide_opinion(
        &self,
        ctx: &Context<'_>,
        input: DecideOpinionInput,
    ) -> Result<OpinionPayload> {
        let id = node::decode_i32(&input.opinion_id, "Opinion", "opinionId")?;
        let decided =
            service::consultation::decide_opinion(rc(ctx)?, id, input.decision, input.explanation)
                .await?;
        Ok(OpinionPayload {
            opinion: Opinion(decided),
        })
    }
}
