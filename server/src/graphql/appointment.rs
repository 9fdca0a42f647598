use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use entities::training_session;

use super::{
    account::Account,
    connection::{Conn, connection, connection_complexity, page_request},
    membership::Member,
    node, rc,
};
use crate::{
    error::AppError,
    service::{
        self,
        appointment::{AccountChoice, Appointed, Appointment, NewTraining},
    },
};

/// A training session held for approved supervisors.
pub struct TrainingSession(pub training_session::Model);

#[Object]
impl TrainingSession {
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The day it was held.
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }
    /// Where.
    async fn place(&self) -> Option<&str> {
        self.0.place.as_deref()
    }
    /// When the office recorded it.
    async fn recorded_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// The supervisors who attended.
    async fn attendees(&self, ctx: &Context<'_>) -> Result<Vec<Member>> {
        let members = service::appointment::attendees(rc(ctx)?, self.0.id).await?;
        Ok(members.into_iter().map(Member).collect())
    }
}

#[derive(Default)]
pub struct AppointmentQuery;

#[Object]
impl AppointmentQuery {
    /// The region's training sessions and who attended, latest recorded first (office,
    /// leading group).
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn training_sessions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<TrainingSession>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let page = service::appointment::training_sessions(rc, page).await?;
        Ok(connection(page.map(TrainingSession), had_cursor, |s| {
            i64::from(s.0.id)
        }))
    }
}

/// A training session and who attended.
#[derive(InputObject)]
pub struct RecordTrainingInput {
    /// Title.
    pub title: String,
    /// The day it was held.
    pub held_on: NaiveDate,
    /// Where.
    pub place: Option<String>,
    /// The supervisors who attended (approved ones become trained).
    pub member_ids: Vec<ID>,
}

/// The session and its attendees as they now stand.
#[derive(SimpleObject)]
pub struct RecordTrainingPayload {
    /// The session.
    pub training_session: TrainingSession,
    /// The attendees.
    pub attendees: Vec<Member>,
}

/// A new account for a supervisor or a point's liaison; it gets a one-time password.
#[derive(InputObject)]
pub struct NewMemberAccountInput {
    /// Sign-in name.
    pub username: String,
    /// Name shown to others; the member's name when left out.
    pub display_name: Option<String>,
    /// Email for notices; the nomination's when left out (the phone is always the nomination's).
    pub email: Option<String>,
}

/// A certificate for a trained supervisor. Give `newAccount` or `accountId`, not both.
#[derive(InputObject)]
pub struct IssueCertificateInput {
    /// The supervisor.
    pub member_id: ID,
    /// Certificate number, unique in the region.
    pub certificate_number: String,
    /// First day of the term; today in the region's time zone when left out.
    pub term_starts_on: Option<NaiveDate>,
    /// Create the supervisor's account.
    pub new_account: Option<NewMemberAccountInput>,
    /// Or link an existing SUPERVISOR account of the region.
    pub account_id: Option<ID>,
}

/// A plaque for an approved point. Give `liaison` or `liaisonAccountId`, not both.
#[derive(InputObject)]
pub struct AwardPlaqueInput {
    /// The monitoring point.
    pub member_id: ID,
    /// Plaque number, unique in the region.
    pub plaque_number: String,
    /// First day of the term; today in the region's time zone when left out.
    pub term_starts_on: Option<NaiveDate>,
    /// Create the liaison's account.
    pub liaison: Option<NewMemberAccountInput>,
    /// Or link an existing LIAISON account of the region.
    pub liaison_account_id: Option<ID>,
}

/// The member, now active, and the account it works with.
#[derive(SimpleObject)]
pub struct AppointmentPayload {
    /// The member.
    pub member: Member,
    /// Its account.
    pub account: Account,
    /// Shown once when a new account was created; it must be changed at first sign-in.
    pub temporary_password: Option<String>,
}

impl From<Appointed> for AppointmentPayload {
    fn from(appointed: Appointed) -> Self {
        Self {
            member: Member(appointed.member),
            account: Account(appointed.account),
            temporary_password: appointed.temporary_password,
        }
    }
}

fn account_choice(
    new: Option<NewMemberAccountInput>,
    existing: Option<ID>,
    field: &str,
) -> Result<AccountChoice, AppError> {
    match (new, existing) {
        (Some(new), None) => Ok(AccountChoice::New {
            username: new.username,
            display_name: new.display_name,
            email: new.email,
        }),
        (None, Some(id)) => Ok(AccountChoice::Existing(node::decode_i32(
            &id, "Account", field,
        )?)),
        _ => Err(AppError::validation(
            field,
            "give either a new account or an existing one",
        )),
    }
}

#[derive(Default)]
pub struct AppointmentMutation;

#[Object]
impl AppointmentMutation {
    /// Records a training session and its attendees (office).
    async fn record_training(
        &self,
        ctx: &Context<'_>,
        input: RecordTrainingInput,
    ) -> Result<RecordTrainingPayload> {
        let member_ids = input
            .member_ids
            .iter()
            .map(|id| node::decode_i32(id, "Member", "memberIds"))
            .collect::<Result<Vec<_>, _>>()?;
        let (session, attendees) = service::appointment::record_training(
            rc(ctx)?,
            NewTraining {
                title: input.title,
                held_on: input.held_on,
                place: input.place,
                member_ids,
            },
        )
        .await?;
        Ok(RecordTrainingPayload {
            training_session: TrainingSession(session),
            attendees: attendees.into_iter().map(Member).collect(),
        })
    }

    /// Issues a trained supervisor's certificate; the term starts (office).
    async fn issue_certificate(
        &self,
        ctx: &Context<'_>,
        input: IssueCertificateInput,
    ) -> Result<AppointmentPayload> {
        let appointed = service::appointment::issue_certificate(
            rc(ctx)?,
            Appointment {
                member_id: node::decode_i32(&input.member_id, "Member", "memberId")?,
                number: input.certificate_number,
                term_starts_on: input.term_starts_on,
                account: account_choice(input.new_account, input.account_id, "accountId")?,
            },
        )
        .await?;
        Ok(appointed.into())
    }

    /// Awards an approved point its plaque; the term starts (office).
    async fn award_plaque(
        &self,
        ctx: &Context<'_>,
        input: AwardPlaqueInput,
    ) -> Result<AppointmentPayload> {
        let appointed = service::appointment::award_plaque(
            rc(ctx)?,
            Appointment {
                member_id: node::decode_i32(&input.member_id, "Member", "memberId")?,
                number: input.plaque_number,
                term_starts_on: input.term_starts_on,
                account: account_choice(
                    input.liaison,
                    input.liaison_account_id,
                    "liaisonAccountId",
                )?,
            },
        )
        .await?;
        Ok(appointed.into())
    }
}
