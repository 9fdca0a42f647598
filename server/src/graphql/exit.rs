use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};

use super::{membership::Member, node, rc};
use crate::{
    domain::membership::{ExitReason, Sanction},
    service,
};

/// The office's decision to end a membership.
#[derive(InputObject)]
pub struct DecideExitInput {
    /// The member.
    pub member_id: ID,
    /// Why.
    pub reason: ExitReason,
    /// The facts behind the decision (required).
    pub comment: Option<String>,
}

/// A sanction on a serving supervisor.
#[derive(InputObject)]
pub struct SanctionSupervisorInput {
    /// The supervisor.
    pub member_id: ID,
    /// Criticism, warning or removal.
    pub sanction: Sanction,
    /// Why (required).
    pub reason: Option<String>,
}

/// The member after the decision.
#[derive(SimpleObject)]
pub struct MemberPayload {
    /// The member.
    pub member: Member,
}

/// An active member the office should consider for exit.
#[derive(SimpleObject)]
pub struct ExitCandidate {
    /// The member.
    pub member: Member,
    /// No problem report and no suggestion for six months.
    pub silent_six_months: bool,
    /// Unexcused absences from collective activities.
    pub unexcused_absences: u32,
}

#[derive(Default)]
pub struct ExitQuery;

#[Object]
impl ExitQuery {
    /// Active members silent for six months or with two or more unexcused absences (office
    /// and leading group).
    async fn exit_candidates(&self, ctx: &Context<'_>) -> Result<Vec<ExitCandidate>> {
        let found = service::exit::candidates(rc(ctx)?).await?;
        Ok(found
            .into_iter()
            .map(|c| ExitCandidate {
                member: Member(c.member),
                silent_six_months: c.silent,
                unexcused_absences: c.unexcused_absences,
            })
            .collect())
    }
}

#[derive(Default)]
pub struct ExitMutation;

#[Object]
impl ExitMutation {
    /// Ends a membership (office); the member's account loses access at once.
    async fn decide_exit(
        &self,
        ctx: &Context<'_>,
        input: DecideExitInput,
    ) -> Result<MemberPayload> {
        let id = node::decode_i32(&input.member_id, "Member", "memberId")?;
        let member = service::exit::decide_exit(rc(ctx)?, id, input.reason, input.comment).await?;
        Ok(MemberPayload {
            member: Member(member),
        })
    }

    /// Criticises, warns or removes a supervisor (office); removal ends the account's access.
    async fn sanction_supervisor(
        &self,
        ctx: &Context<'_>,
        input: SanctionSupervisorInput,
    ) -> Result<MemberPayload> {
        let id = node::decode_i32(&input.member_id, "Member", "memberId")?;
        let member = service::exit::sanction(rc(ctx)?, id, input.sanction, input.reason).await?;
        Ok(MemberPayload {
            member: Member(member),
        })
    }
}
