use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entities::{
    meeting::{self, MeetingKind, MeetingStatus},
    meeting_invitation::{self, Attendance, InvitationRole, InvitationStatus},
};

use super::{
    connection::{Conn, connection, connection_complexity, page_request},
    loaders::{children, loader_error, loaders},
    membership::Member,
    node, rc,
    unit::Unit,
};
use crate::domain::{self, meeting::MeetingAction};
use crate::service::{
    self,
    meeting::{MeetingFilter, MeetingPlan, NewMeeting},
};

/// A joint meeting (聯(lián)席會議) or another collective activity.
pub struct Meeting(pub meeting::Model);

#[Object]
impl Meeting {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Meeting", self.0.id)
    }
    async fn kind(&self) -> MeetingKind {
        self.0.kind
    }
    async fn topic(&self) -> &str {
        &self.0.topic
    }
    async fn agenda(&self) -> &str {
        &self.0.agenda
    }
    async fn place(&self) -> &str {
        &self.0.place
    }
    async fn starts_at(&self) -> DateTime<Utc> {
        self.0.starts_at
    }
    async fn ends_at(&self) -> DateTime<Utc> {
        self.0.ends_at
    }
    async fn status(&self) -> MeetingStatus {
        self.0.status
    }
    /// Supervisors may ask to join.
    async fn open_to_applications(&self) -> bool {
        self.0.open_to_applications
    }
    /// The calendar entry's SEQUENCE: 0 when announced, one more per change and the cancel.
    async fn sequence(&self) -> i32 {
        self.0.sequence
    }
    async fn cancel_reason(&self) -> Option<&str> {
        self.0.cancel_reason.as_deref()
    }
    async fn minutes(&self) -> Option<&str> {
        self.0.minutes.as_deref()
    }
    async fn decisions(&self) -> Option<&str> {
        self.0.decisions.as_deref()
    }
    async fn announced_at(&self) -> Option<DateTime<Utc>> {
        self.0.announced_at
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.closed_at
    }
    /// Where to download it as a calendar file (`.ics`) to add to one's own calendar.
    async fn calendar_url(&self) -> String {
        format!("/exports/meetings/{}.ics", self.0.id)
    }
    /// The steps the caller may take on it now (its convener only; none for anyone else).
    async fn actions(&self, ctx: &Context<'_>) -> Result<Vec<MeetingAction>> {
        let rc = rc(ctx)?;
        let convenes = rc
            .viewer
            .as_principal()
            .is_some_and(|p| domain::meeting::may_convene(self.0.kind, p.role));
        Ok(if convenes {
            domain::meeting::offers(self.0.status, self.0.starts_at, rc.now())
        } else {
            Vec::new()
        })
    }
    /// All invitations for the office and leading group; a member's or unit's own otherwise.
    async fn invitations(&self, ctx: &Context<'_>) -> Result<Vec<MeetingInvitation>> {
        let found = children(&loaders(ctx)?.meeting_invitations, self.0.id).await?;
        Ok(found.into_iter().map(MeetingInvitation).collect())
    }
}

/// An invitation to a meeting, an application to join one, and the attendance.
pub struct MeetingInvitation(pub meeting_invitation::Model);

#[Object]
impl MeetingInvitation {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("MeetingInvitation", self.0.id)
    }
    /// Participant (a member) or observer (a unit, 列席).
    async fn role(&self) -> InvitationRole {
        self.0.role
    }
    /// The member invited, if the caller may see members.
    async fn member(&self, ctx: &Context<'_>) -> Result<Option<Member>> {
        let Some(id) = self.0.member_id else {
            return Ok(None);
        };
        let loaders = loaders(ctx)?;
        Ok(loaders
            .members
            .load_one(id)
            .await
            .map_err(loader_error)?
            .map(Member))
    }
    /// The unit invited to observe.
    async fn unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let Some(id) = self.0.unit_id else {
            return Ok(None);
        };
        let loaders = loaders(ctx)?;
        Ok(loaders
            .units
            .load_one(id)
            .await
            .map_err(loader_error)?
            .map(Unit))
    }
    async fn status(&self) -> InvitationStatus {
        self.0.status
    }
    /// Why it was declined, or the application refused.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    async fn attendance(&self) -> Option<Attendance> {
        self.0.attendance
    }
    async fn responded_at(&self) -> Option<DateTime<Utc>> {
        self.0.responded_at
    }
}

/// Which meetings to list.
#[derive(InputObject, Default)]
pub struct MeetingFilterInput {
    pub status: Option<MeetingStatus>,
    pub kind: Option<MeetingKind>,
}

#[derive(Default)]
pub struct MeetingQuery;

#[Object]
impl MeetingQuery {
    /// Meetings the caller sees: the region's (office, leading group), those a member is
    /// invited to or may apply to, those a unit observes; newest first.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn meetings(
        &self,
        ctx: &Context<'_>,
        filter: Option<MeetingFilterInput>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Meeting>> {
        let rc = rc(ctx)?;
        let filter = filter.unwrap_or_default();
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let page = service::meeting::list(
            rc,
            MeetingFilter {
                status: filter.status,
                kind: filter.kind,
            },
            page,
        )
        .await?;
        Ok(connection(page.map(Meeting), had_cursor, |m| {
            i64::from(m.0.id)
        }))
    }
}

fn ids(list: Option<Vec<ID>>, kind: &str, field: &str) -> Result<Vec<i32>> {
    Ok(list
        .unwrap_or_default()
        .iter()
        .map(|id| node::decode_i32(id, kind, field))
        .collect::<Result<Vec<_>, _>>()?)
}

/// A new meeting or activity (a draft until announced).
#[derive(InputObject)]
pub struct CreateMeetingInput {
    pub kind: MeetingKind,
    pub topic: String,
    #[graphql(default)]
    pub agenda: String,
    pub place: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Supervisors may ask to join.
    #[graphql(default)]
    pub open_to_applications: bool,
    /// Supervisors and monitoring points invited to take part.
    pub member_ids: Option<Vec<ID>>,
    /// Units invited to observe (列席).
    pub unit_ids: Option<Vec<ID>>,
}

/// The whole new plan of a meeting; after the announcement invitees are sent the change.
#[derive(InputObject)]
pub struct ChangeMeetingInput {
    pub meeting_id: ID,
    pub topic: String,
    #[graphql(default)]
    pub agenda: String,
    pub place: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// More invitees.
#[derive(InputObject)]
pub struct InviteToMeetingInput {
    pub meeting_id: ID,
    pub member_ids: Option<Vec<ID>>,
    pub unit_ids: Option<Vec<ID>>,
}

/// A meeting to act on.
#[derive(InputObject)]
pub struct MeetingIdInput {
    pub meeting_id: ID,
}

/// Calling a meeting off.
#[derive(InputObject)]
pub struct CancelMeetingInput {
    pub meeting_id: ID,
    /// Told to every invitee.
    pub reason: String,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum InvitationResponse {
    Accept,
    Decline,
}

/// An invitee's answer.
#[derive(InputObject)]
pub struct RespondInvitationInput {
    pub invitation_id: ID,
    pub response: InvitationResponse,
    /// Required when declining.
    pub reason: Option<String>,
}

/// A supervisor's request to join an activity.
#[derive(InputObject)]
pub struct ApplyToActivityInput {
    pub meeting_id: ID,
    pub reason: Option<String>,
}

/// The office's decision on an application.
#[derive(InputObject)]
pub struct DecideApplicationInput {
    pub invitation_id: ID,
    pub admit: bool,
    /// Required when refusing.
    pub reason: Option<String>,
}

/// One invitee's attendance.
#[derive(InputObject)]
pub struct AttendanceEntry {
    pub invitation_id: ID,
    pub attendance: Attendance,
}

/// Attendance at a meeting that has started.
#[derive(InputObject)]
pub struct RecordAttendanceInput {
    pub meeting_id: ID,
    pub entries: Vec<AttendanceEntry>,
}

/// Closing a held meeting.
#[derive(InputObject)]
pub struct CloseMeetingInput {
    pub meeting_id: ID,
    pub minutes: String,
    pub decisions: Option<String>,
}

/// The meeting after the change.
#[derive(SimpleObject)]
pub struct MeetingPayload {
    pub meeting: Meeting,
}

/// The invitation after the change.
#[derive(SimpleObject)]
pub struct MeetingInvitationPayload {
    pub invitation: MeetingInvitation,
}

fn meeting_id(id: &ID) -> Result<i32> {
    Ok(node::decode_i32(id, "Meeting", "meetingId")?)
}

fn invitation_id(id: &ID) -> Result<i32> {
    Ok(node::decode_i32(id, "MeetingInvitation", "invitationId")?)
}

fn done(m: meeting::Model) -> MeetingPayload {
    MeetingPayload {
        meeting: Meeting(m),
    }
}

fn answered(i: meeting_invitation::Model) -> MeetingInvitationPayload {
    MeetingInvitationPayload {
        invitation: MeetingInvitation(i),
    }
}

#[derive(Default)]
pub struct MeetingMutation;

#[Object]
impl MeetingMutation {
    /// Plans a meeting as a draft: joint meetings by the leading group or the office, other
    /// activities by the office.
    async fn create_meeting(
        &self,
        ctx: &Context<'_>,
        input: CreateMeetingInput,
    ) -> Result<MeetingPayload> {
        let created = service::meeting::create(
            rc(ctx)?,
            NewMeeting {
                kind: input.kind,
                plan: MeetingPlan {
                    topic: input.topic,
                    agenda: input.agenda,
                    place: input.place,
                    starts_at: input.starts_at,
                    ends_at: input.ends_at,
                },
                open_to_applications: input.open_to_applications,
                member_ids: ids(input.member_ids, "Member", "memberIds")?,
                unit_ids: ids(input.unit_ids, "Unit", "unitIds")?,
            },
        )
        .await?;
        Ok(done(created))
    }

    /// Changes time, place, topic or agenda before the start; invitees of an announced
    /// meeting are sent the change.
    async fn change_meeting(
        &self,
        ctx: &Context<'_>,
        input: ChangeMeetingInput,
    ) -> Result<MeetingPayload> {
        let plan = MeetingPlan {
            topic: input.topic,
            agenda: input.agenda,
            place: input.place,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
        };
        let changed =
            service::meeting::change(rc(ctx)?, meeting_id(&input.meeting_id)?, plan).await?;
        Ok(done(changed))
    }

    /// Invites more members or units before the start.
    async fn invite_to_meeting(
        &self,
        ctx: &Context<'_>,
        input: InviteToMeetingInput,
    ) -> Result<MeetingPayload> {
        let changed = service::meeting::invite(
            rc(ctx)?,
            meeting_id(&input.meeting_id)?,
            ids(input.member_ids, "Member", "memberIds")?,
            ids(input.unit_ids, "Unit", "unitIds")?,
        )
        .await?;
        Ok(done(changed))
    }

    /// Announces a draft; every invitee is sent a notice with a calendar entry.
    async fn announce_meeting(
        &self,
        ctx: &Context<'_>,
        input: MeetingIdInput,
    ) -> Result<MeetingPayload> {
        let changed = service::meeting::announce(rc(ctx)?, meeting_id(&input.meeting_id)?).await?;
        Ok(done(changed))
    }

    /// Calls a meeting off with a reason; invitees of an announced meeting are told.
    async fn cancel_meeting(
        &self,
        ctx: &Context<'_>,
        input: CancelMeetingInput,
    ) -> Result<MeetingPayload> {
        let changed =
            service::meeting::cancel(rc(ctx)?, meeting_id(&input.meeting_id)?, input.reason)
                .await?;
        Ok(done(changed))
    }

    /// An invitee accepts, or declines with a reason, before the start.
    async fn respond_invitation(
        &self,
        ctx: &Context<'_>,
        input: RespondInvitationInput,
    ) -> Result<MeetingInvitationPayload> {
        let changed = service::meeting::respond(
            rc(ctx)?,
            invitation_id(&input.invitation_id)?,
            input.response == InvitationResponse::Accept,
            input.reason,
        )
        .await?;
        Ok(answered(changed))
    }

    /// A serving supervisor or point asks to join an activity open to applications.
    async fn apply_to_activity(
        &self,
        ctx: &Context<'_>,
        input: ApplyToActivityInput,
    ) -> Result<MeetingInvitationPayload> {
        let created =
            service::meeting::apply(rc(ctx)?, meeting_id(&input.meeting_id)?, input.reason).await?;
        Ok(answered(created))
    }

    /// The office admits an application or refuses it with a reason.
    async fn decide_application(
        &self,
        ctx: &Context<'_>,
        input: DecideApplicationInput,
    ) -> Result<MeetingInvitationPayload> {
        let changed = service::meeting::decide_application(
            rc(ctx)?,
            invitation_id(&input.invitation_id)?,
            input.admit,
            input.reason,
        )
        .await?;
        Ok(answered(changed))
    }

    /// Records attendance (attended, excused, absent) once the meeting has started.
    async fn record_attendance(
        &self,
        ctx: &Context<'_>,
        input: RecordAttendanceInput,
    ) -> Result<MeetingPayload> {
        let entries = input
            .entries
            .iter()
            .map(|e| Ok((invitation_id(&e.invitation_id)?, e.attendance)))
            .collect::<Result<Vec<_>>>()?;
        let changed =
            service::meeting::record_attendance(rc(ctx)?, meeting_id(&input.meeting_id)?, entries)
                .await?;
        Ok(done(changed))
    }

    /// Closes a held meeting with its minutes and decisions.
    async fn close_meeting(
        &self,
        ctx: &Context<'_>,
        input: CloseMeetingInput,
    ) -> Result<MeetingPayload> {
        let changed = service::meeting::close(
            rc(ctx)?,
            meeting_id(&input.meeting_id)?,
            input.minutes,
            input.decisions,
        )
        .await?;
        Ok(done(changed))
    }
}
