//! What waits for a member's answer: feedback to rate, meeting invitations, consultations and
//! surveys still open. Counted for the member's own home page.

use std::collections::HashMap;

use entities::{
    account::Role,
    consultation,
    meeting::{self, MeetingStatus},
    meeting_invitation::{self, InvitationStatus},
    member::{self, MemberKind, MemberStatus},
    opinion,
    report::{self, ReportStatus},
    survey, survey_response, survey_unit,
};
use sea_orm::{
    ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, sea_query::Query,
};

use super::RequestContext;
use crate::error::{AppError, AppResult};

/// The counts of what waits for one member.
#[derive(Default)]
pub struct Awaiting {
    /// Reports with the office's feedback and no rating yet.
    pub reports_to_rate: u64,
    /// Invitations to announced meetings still ahead, not yet answered.
    pub invitations: u64,
    /// Open consultations the member is invited to and has given no opinion in.
    pub consultations: u64,
    /// Open surveys with a unit the member has not rated.
    pub surveys: u64,
}

/// What waits for `member`, for the member alone; nothing for one not serving.
pub async fn of(rc: &RequestContext, member: &member::Model) -> AppResult<Awaiting> {
    let principal = rc.viewer.require(&[Role::Supervisor, Role::Liaison])?;
    if member.account_id != Some(principal.account_id) {
        return Err(AppError::NotFound);
    }
    if member.status != MemberStatus::Active {
        return Ok(Awaiting::default());
    }
    let db = &rc.state.db;
    let today = super::calendar::today_in(db, rc, member.region_id).await?;
    let reports_to_rate = report::Entity::find()
        .filter(report::Column::ReporterMemberId.eq(member.id))
        .filter(report::Column::Status.eq(ReportStatus::FeedbackGiven))
        .filter(report::Column::Rating.is_null())
        .count(db)
        .await?;
    let ahead = Query::select()
        .column(meeting::Column::Id)
        .from(meeting::Entity)
        .and_where(meeting::Column::Status.eq(MeetingStatus::Announced))
        .and_where(meeting::Column::StartsAt.gt(rc.now()))
        .to_owned();
    let invitations = meeting_invitation::Entity::find()
        .filter(meeting_invitation::Column::MemberId.eq(member.id))
        .filter(meeting_invitation::Column::Status.eq(InvitationStatus::Invited))
        .filter(meeting_invitation::Column::MeetingId.in_subquery(ahead))
        .count(db)
        .await?;
    // Consultations ask supervisors only.
    let consultations = if member.kind == MemberKind::Supervisor {
        let answered = Query::select()
            .column(opinion::Column::ConsultationId)
            .from(opinion::Entity)
            .and_where(opinion::Column::MemberId.eq(member.id))
            .to_owned();
        consultation::Entity::find()
            .filter(super::consultation::visible_to(principal))
            .filter(consultation::Column::ClosesOn.gte(today))
            .filter(consultation::Column::Id.not_in_subquery(answered))
            .count(db)
            .await?
    } else {
        0
    };
    let open: Vec<i32> = survey::Entity::find()
        .select_only()
        .column(survey::Column::Id)
        .filter(super::survey::visible_to(principal))
        .filter(survey::Column::ClosesOn.gte(today))
        .into_tuple()
        .all(db)
        .await?;
    let units = per_survey(
        survey_unit::Entity::find()
            .select_only()
            .column(survey_unit::Column::SurveyId)
            .column_as(survey_unit::Column::UnitId.count(), "n")
            .filter(survey_unit::Column::SurveyId.is_in(open.clone()))
            .group_by(survey_unit::Column::SurveyId)
            .into_tuple()
            .all(db)
            .await?,
    );
    let rated = per_survey(
        survey_response::Entity::find()
            .select_only()
            .column(survey_response::Column::SurveyId)
            .column_as(survey_response::Column::UnitId.count(), "n")
            .filter(survey_response::Column::SurveyId.is_in(open.clone()))
            .filter(survey_response::Column::MemberId.eq(member.id))
            .group_by(survey_response::Column::SurveyId)
            .into_tuple()
            .all(db)
            .await?,
    );
    let surveys = open
        .iter()
        .filter(|id| rated.get(id).copied().unwrap_or(0) < units.get(id).copied().unwrap_or(0))
        .count() as u64;
    Ok(Awaiting {
        reports_to_rate,
        invitations,
        consultations,
        surveys,
    })
}

fn per_survey(rows: Vec<(i32, i64)>) -> HashMap<i32, i64> {
    rows.into_iter().collect()
}
