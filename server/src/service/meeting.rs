//! Meetings and collective activities: the office (the leading group for joint meetings)
//! plans, announces, changes, cancels, records attendance and closes; invitees answer;
//! supervisors ask to join. Notices go out through the `meeting-notices` job, which reads
//! `notice_version`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entities::{
    account::{self, Role},
    meeting::{self, MeetingKind, MeetingStatus},
    meeting_invitation::{self, Attendance, InvitationRole, InvitationStatus},
    member::{self, MemberStatus},
    unit::{self, UnitKind},
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryFilter, TransactionTrait,
    sea_query::{Expr, ExprTrait, Query},
};
use serde_json::json;

use super::{
    Page, PageRequest, RequestContext,
    audit::AuditEvent,
    membership::own_members,
    notification::{self, Notice},
    optional, paginate, required,
};
use crate::{
    auth::{Principal, RegionScope},
    domain::{
        dates::When,
        meeting::{self as rules, MeetingAction},
    },
    error::{AppError, AppResult},
    mail::ics::{Invitation, Method, Organizer},
};

fn nothing() -> Condition {
    Condition::all().add(meeting::Column::Id.is_null())
}

/// The office and leading group see the region's meetings; a member those it is invited to
/// or may apply to; a unit those it observes. Drafts only the office and leading group.
pub fn visible_to(principal: &Principal) -> Condition {
    let region = match principal.region_scope() {
        RegionScope::All => return Condition::all(),
        RegionScope::One(id) => meeting::Column::RegionId.eq(id),
        RegionScope::Nothing => return nothing(),
    };
    let invited = |invitee: sea_orm::sea_query::SimpleExpr| {
        Query::select()
            .column(meeting_invitation::Column::MeetingId)
            .from(meeting_invitation::Entity)
            .and_where(invitee)
            .to_owned()
    };
    let published = Condition::all()
        .add(region.clone())
        .add(meeting::Column::Status.ne(MeetingStatus::Draft));
    match principal.role {
        Role::Office | Role::LeadingGroup => Condition::all().add(region),
        Role::Supervisor | Role::Liaison => published.add(
            Condition::any()
                .add(meeting::Column::OpenToApplications.eq(true))
                .add(meeting::Column::Id.in_subquery(invited(
                    meeting_invitation::Column::MemberId.in_subquery(own_members(principal)),
                ))),
        ),
        Role::UnitHandler => match principal.unit_id {
            Some(unit) => published.add(
                meeting::Column::Id
                    .in_subquery(invited(meeting_invitation::Column::UnitId.eq(unit))),
            ),
            None => nothing(),
        },
        _ => nothing(),
    }
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<meeting::Model> {
    let principal = rc.viewer.principal()?;
    meeting::Entity::find_by_id(id)
        .filter(visible_to(principal))
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The meeting as a calendar file for the caller to keep (`/exports/meetings/{id}.ics`): the
/// same entry (UID) as the notices, which update it.
pub async fn calendar_file(rc: &RequestContext, id: i32) -> AppResult<String> {
    let meeting = get(rc, id).await?;
    let zone = super::report::region_zone(&rc.state.db, meeting.region_id).await?;
    let organizer = Organizer::from_settings(&rc.state.settings.mail.from)?;
    let uid = organizer.uid(meeting.id);
    Ok(Invitation {
        method: Method::Publish,
        uid: &uid,
        sequence: meeting.sequence,
        stamp: rc.now(),
        starts_at: meeting.starts_at,
        ends_at: meeting.ends_at,
        zone,
        summary: &meeting.topic,
        location: &meeting.place,
        description: &meeting.agenda,
        organizer: organizer.person(),
        attendee: None,
        cancelled: meeting.status == MeetingStatus::Cancelled,
    }
    .render())
}

#[derive(Default)]
pub struct MeetingFilter {
    pub status: Option<MeetingStatus>,
    pub kind: Option<MeetingKind>,
}

/// The meetings the caller sees, latest start first.
pub async fn list(
    rc: &RequestContext,
    filter: MeetingFilter,
    page: PageRequest,
) -> AppResult<Page<meeting::Model>> {
    let principal = rc.viewer.principal()?;
    let mut select = meeting::Entity::find().filter(visible_to(principal));
    if let Some(status) = filter.status {
        select = select.filter(meeting::Column::Status.eq(status));
    }
    if let Some(kind) = filter.kind {
        select = select.filter(meeting::Column::Kind.eq(kind));
    }
    paginate(&rc.state.db, select, meeting::Column::Id, page, Order::Desc).await
}

/// The invitations the caller sees: all for the office and leading group, its own for a
/// member or unit.
pub fn invitations_visible_to(principal: &Principal) -> Condition {
    match principal.role {
        Role::Office | Role::LeadingGroup | Role::PlatformAdmin => Condition::all(),
        Role::UnitHandler => Condition::all()
            .add(meeting_invitation::Column::UnitId.eq(principal.unit_id.unwrap_or(-1))),
        _ => Condition::all()
            .add(meeting_invitation::Column::MemberId.in_subquery(own_members(principal))),
    }
}

async fn own_member_ids(conn: &impl ConnectionTrait, principal: &Principal) -> AppResult<Vec<i32>> {
    Ok(member::Entity::find()
        .filter(member::Column::AccountId.eq(principal.account_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect())
}

/// What a meeting is about and when; every field is checked on create and change.
pub struct MeetingPlan {
    pub topic: String,
    pub agenda: String,
    pub place: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl MeetingPlan {
    fn checked(self, now: DateTime<Utc>) -> AppResult<Self> {
        let topic = required(self.topic, "topic")?;
        let place = required(self.place, "place")?;
        if topic.chars().count() > 200 {
            return Err(AppError::validation("topic", "at most 200 characters"));
        }
        if place.chars().count() > 200 {
            return Err(AppError::validation("place", "at most 200 characters"));
        }
        for (field, at) in [("startsAt", self.starts_at), ("endsAt", self.ends_at)] {
            crate::domain::dates::plausible_instant(at, now, When::Meeting)
                .map_err(|message| AppError::validation(field, message))?;
        }
        if self.ends_at <= self.starts_at {
            return Err(AppError::validation(
                "endsAt",
                "the end must follow the start",
            ));
        }
        Ok(Self {
            topic,
            place,
            agenda: self.agenda.trim().to_owned(),
            ..self
        })
    }
}

pub struct NewMeeting {
    pub kind: MeetingKind,
    pub plan: MeetingPlan,
    pub open_to_applications: bool,
    pub member_ids: Vec<i32>,
    pub unit_ids: Vec<i32>,
}

/// Plans a meeting in the caller's region (a draft); joint meetings by the leading group or
/// the office, every other activity by the office.
pub async fn create(rc: &RequestContext, input: NewMeeting) -> AppResult<meeting::Model> {
    let principal = rc.viewer.require(&[Role::Office, Role::LeadingGroup])?;
    if !rules::may_convene(input.kind, principal.role) {
        return Err(AppError::Forbidden(
            "the office organises this kind of activity",
        ));
    }
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let plan = input.plan.checked(rc.now())?;
    let db = &rc.state.db;
    let invitees = Invitees::find(db, region_id, &input.member_ids, &input.unit_ids).await?;
    let txn = db.begin().await?;
    let created = meeting::ActiveModel {
        region_id: Set(region_id),
        kind: Set(input.kind),
        topic: Set(plan.topic),
        agenda: Set(plan.agenda),
        place: Set(plan.place),
        starts_at: Set(plan.starts_at),
        ends_at: Set(plan.ends_at),
        status: Set(MeetingStatus::Draft),
        open_to_applications: Set(input.open_to_applications),
        sequence: Set(0),
        notice_version: Set(0),
        notified_version: Set(0),
        reminded_for: Set(None),
        cancel_reason: Set(None),
        minutes: Set(None),
        decisions: Set(None),
        convened_by: Set(principal.account_id),
        created_at: Set(rc.now()),
        announced_at: Set(None),
        closed_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    invitees.insert(&txn, rc, &created).await?;
    AuditEvent::new(rc, "createMeeting")
        .target("Meeting", created.id)
        .region(Some(region_id))
        .after(json!({ "kind": created.kind, "topic": created.topic, "startsAt": created.starts_at, "members": input.member_ids, "units": input.unit_ids }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(created)
}

/// The members and units to invite, checked against the region.
struct Invitees {
    members: Vec<i32>,
    units: Vec<i32>,
}

impl Invitees {
    async fn find(
        conn: &impl ConnectionTrait,
        region_id: i32,
        member_ids: &[i32],
        unit_ids: &[i32],
    ) -> AppResult<Self> {
        let mut members = member_ids.to_vec();
        members.sort_unstable();
        members.dedup();
        let mut units = unit_ids.to_vec();
        units.sort_unstable();
        units.dedup();
        let serving = member::Entity::find()
            .filter(member::Column::RegionId.eq(region_id))
            .filter(member::Column::Status.eq(MemberStatus::Active))
            .filter(member::Column::Id.is_in(members.iter().copied()))
            .all(conn)
            .await?;
        if serving.len() != members.len() {
            return Err(AppError::validation(
                "memberIds",
                "only serving supervisors and monitoring points of this region can be invited",
            ));
        }
        let found = unit::Entity::find()
            .filter(unit::Column::RegionId.eq(region_id))
            .filter(unit::Column::Kind.ne(UnitKind::Office))
            .filter(unit::Column::Id.is_in(units.iter().copied()))
            .all(conn)
            .await?;
        if found.len() != units.len() {
            return Err(AppError::validation(
                "unitIds",
                "only units of this region can be invited to observe",
            ));
        }
        Ok(Self { members, units })
    }

    /// Adds those not yet invited; returns how many were added.
    async fn insert(
        &self,
        conn: &impl ConnectionTrait,
        rc: &RequestContext,
        meeting: &meeting::Model,
    ) -> AppResult<usize> {
        let existing = meeting_invitation::Entity::find()
            .filter(meeting_invitation::Column::MeetingId.eq(meeting.id))
            .all(conn)
            .await?;
        let new_members = self
            .members
            .iter()
            .filter(|id| !existing.iter().any(|i| i.member_id == Some(**id)))
            .map(|id| (InvitationRole::Participant, Some(*id), None));
        let new_units = self
            .units
            .iter()
            .filter(|id| !existing.iter().any(|i| i.unit_id == Some(**id)))
            .map(|id| (InvitationRole::Observer, None, Some(*id)));
        let rows: Vec<_> = new_members
            .chain(new_units)
            .map(
                |(role, member_id, unit_id)| meeting_invitation::ActiveModel {
                    meeting_id: Set(meeting.id),
                    region_id: Set(meeting.region_id),
                    role: Set(role),
                    member_id: Set(member_id),
                    unit_id: Set(unit_id),
                    status: Set(InvitationStatus::Invited),
                    reason: Set(None),
                    attendance: Set(None),
                    created_at: Set(rc.now()),
                    responded_at: Set(None),
                    ..Default::default()
                },
            )
            .collect();
        let added = rows.len();
        if added > 0 {
            meeting_invitation::Entity::insert_many(rows)
                .exec_without_returning(conn)
                .await?;
        }
        Ok(added)
    }
}

/// A meeting the caller manages: the office for any, the leading group for joint meetings.
async fn managed(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    id: i32,
) -> AppResult<meeting::Model> {
    let principal = rc.viewer.require(&[Role::Office, Role::LeadingGroup])?;
    let found = meeting::Entity::find_by_id(id)
        .filter(visible_to(principal))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    if !rules::may_convene(found.kind, principal.role) {
        return Err(AppError::Forbidden(
            "the office organises this kind of activity",
        ));
    }
    Ok(found)
}

fn transition(
    meeting: &meeting::Model,
    action: MeetingAction,
    now: DateTime<Utc>,
) -> AppResult<MeetingStatus> {
    rules::next(meeting.status, action, meeting.starts_at, now).ok_or_else(|| {
        AppError::InvalidTransition {
            from: super::snake_name(meeting.status),
            to: action.target_name().into(),
        }
    })
}

/// Writes the change with its audit event; invitees hear of it when `notify`.
async fn save(
    conn: &(impl ConnectionTrait + TransactionTrait),
    rc: &RequestContext,
    before: &meeting::Model,
    mut changed: meeting::ActiveModel,
    action: &str,
    notify: bool,
) -> AppResult<meeting::Model> {
    if notify {
        changed.notice_version = Set(before.notice_version + 1);
    }
    let after = changed.update(conn).await?;
    AuditEvent::new(rc, action)
        .target("Meeting", after.id)
        .region(Some(after.region_id))
        .before(summary(before))
        .after(summary(&after))
        .insert(conn)
        .await?;
    Ok(after)
}

fn summary(m: &meeting::Model) -> serde_json::Value {
    json!({
        "status": m.status, "topic": m.topic, "place": m.place, "startsAt": m.starts_at,
        "endsAt": m.ends_at, "sequence": m.sequence, "cancelReason": m.cancel_reason,
    })
}

/// Changes the plan; after the announcement every invitee is sent the change.
pub async fn change(rc: &RequestContext, id: i32, plan: MeetingPlan) -> AppResult<meeting::Model> {
    let plan = plan.checked(rc.now())?;
    let txn = rc.state.db.begin().await?;
    let before = managed(&txn, rc, id).await?;
    transition(&before, MeetingAction::Change, rc.now())?;
    let announced = before.status == MeetingStatus::Announced;
    let mut changed: meeting::ActiveModel = before.clone().into();
    changed.topic = Set(plan.topic);
    changed.agenda = Set(plan.agenda);
    changed.place = Set(plan.place);
    changed.starts_at = Set(plan.starts_at);
    changed.ends_at = Set(plan.ends_at);
    if announced {
        changed.sequence = Set(before.sequence + 1);
    }
    let after = save(&txn, rc, &before, changed, "changeMeeting", announced).await?;
    txn.commit().await?;
    Ok(after)
}

/// Invites more members or units; once announced, the new invitees get the notice.
pub async fn invite(
    rc: &RequestContext,
    id: i32,
    member_ids: Vec<i32>,
    unit_ids: Vec<i32>,
) -> AppResult<meeting::Model> {
    if member_ids.is_empty() && unit_ids.is_empty() {
        return Err(AppError::validation("memberIds", "name someone to invite"));
    }
    let txn = rc.state.db.begin().await?;
    let before = managed(&txn, rc, id).await?;
    transition(&before, MeetingAction::Change, rc.now())?;
    let invitees = Invitees::find(&txn, before.region_id, &member_ids, &unit_ids).await?;
    let added = invitees.insert(&txn, rc, &before).await?;
    let notify = added > 0 && before.status == MeetingStatus::Announced;
    let changed: meeting::ActiveModel = before.clone().into();
    let after = save(&txn, rc, &before, changed, "inviteToMeeting", notify).await?;
    txn.commit().await?;
    Ok(after)
}

/// Announces a draft: every invitee is sent the notice with its calendar entry.
pub async fn announce(rc: &RequestContext, id: i32) -> AppResult<meeting::Model> {
    let txn = rc.state.db.begin().await?;
    let before = managed(&txn, rc, id).await?;
    let status = transition(&before, MeetingAction::Announce, rc.now())?;
    let mut changed: meeting::ActiveModel = before.clone().into();
    changed.status = Set(status);
    changed.announced_at = Set(Some(rc.now()));
    let after = save(&txn, rc, &before, changed, "announceMeeting", true).await?;
    txn.commit().await?;
    Ok(after)
}

/// Calls a meeting off with a reason; if it was announced, invitees are told.
pub async fn cancel(rc: &RequestContext, id: i32, reason: String) -> AppResult<meeting::Model> {
    let reason = required(reason, "reason")?;
    let txn = rc.state.db.begin().await?;
    let before = managed(&txn, rc, id).await?;
    let status = transition(&before, MeetingAction::Cancel, rc.now())?;
    let announced = before.status == MeetingStatus::Announced;
    let mut changed: meeting::ActiveModel = before.clone().into();
    changed.status = Set(status);
    changed.cancel_reason = Set(Some(reason));
    if announced {
        changed.sequence = Set(before.sequence + 1);
    }
    let after = save(&txn, rc, &before, changed, "cancelMeeting", announced).await?;
    txn.commit().await?;
    Ok(after)
}

/// The invitation to `id` that the caller answers for: its member's, or its unit's.
async fn own_invitation(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    id: i32,
) -> AppResult<meeting_invitation::Model> {
    let principal = rc.viewer.principal()?;
    let found = meeting_invitation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let own = match (found.member_id, found.unit_id) {
        (Some(member_id), _) => own_member_ids(conn, principal).await?.contains(&member_id),
        (None, Some(unit_id)) => {
            principal.role == Role::UnitHandler && principal.unit_id == Some(unit_id)
        }
        (None, None) => false,
    };
    if !own {
        return Err(AppError::NotFound);
    }
    Ok(found)
}

/// An invitee accepts, or declines with a reason, before the meeting starts.
pub async fn respond(
    rc: &RequestContext,
    invitation_id: i32,
    accept: bool,
    reason: Option<String>,
) -> AppResult<meeting_invitation::Model> {
    let reason = optional(reason);
    if !accept && reason.is_none() {
        return Err(AppError::validation(
            "reason",
            "say why you cannot take part",
        ));
    }
    let txn = rc.state.db.begin().await?;
    let before = own_invitation(&txn, rc, invitation_id).await?;
    let meeting = meeting::Entity::find_by_id(before.meeting_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let open = meeting.status == MeetingStatus::Announced && rc.now() < meeting.starts_at;
    if !open || !rules::may_respond(before.status) {
        return Err(AppError::InvalidTransition {
            from: super::snake_name(before.status),
            to: if accept { "accepted" } else { "declined" }.into(),
        });
    }
    let mut changed: meeting_invitation::ActiveModel = before.into();
    changed.status = Set(if accept {
        InvitationStatus::Accepted
    } else {
        InvitationStatus::Declined
    });
    changed.reason = Set(if accept { None } else { reason });
    changed.responded_at = Set(Some(rc.now()));
    let after = changed.update(&txn).await?;
    AuditEvent::new(rc, "respondInvitation")
        .target("MeetingInvitation", after.id)
        .region(Some(after.region_id))
        .after(json!({ "status": after.status, "reason": after.reason }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(after)
}

/// A serving supervisor or point asks to join an announced activity open to applications.
pub async fn apply(
    rc: &RequestContext,
    meeting_id: i32,
    reason: Option<String>,
) -> AppResult<meeting_invitation::Model> {
    let principal = rc.viewer.require(&[Role::Supervisor, Role::Liaison])?;
    let db = &rc.state.db;
    let meeting = get(rc, meeting_id).await?;
    let applicant = member::Entity::find()
        .filter(member::Column::AccountId.eq(principal.account_id))
        .filter(member::Column::RegionId.eq(meeting.region_id))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .one(db)
        .await?
        .ok_or(AppError::Forbidden(
            "only a serving supervisor or monitoring point can apply",
        ))?;
    let open = meeting.open_to_applications
        && meeting.status == MeetingStatus::Announced
        && rc.now() < meeting.starts_at;
    if !open {
        return Err(AppError::InvalidTransition {
            from: super::snake_name(meeting.status),
            to: "applied".into(),
        });
    }
    let existing = meeting_invitation::Entity::find()
        .filter(meeting_invitation::Column::MeetingId.eq(meeting.id))
        .filter(meeting_invitation::Column::MemberId.eq(applicant.id))
        .one(db)
        .await?;
    if existing.is_some() {
        return Err(AppError::Conflict(
            "you are already invited to, or have applied for, this activity".into(),
        ));
    }
    let office = notification::office_of(db, meeting.region_id).await?;
    let txn = db.begin().await?;
    // The unique index turns a second application in a race into CONFLICT.
    let created = meeting_invitation::ActiveModel {
        meeting_id: Set(meeting.id),
        region_id: Set(meeting.region_id),
        role: Set(InvitationRole::Participant),
        member_id: Set(Some(applicant.id)),
        unit_id: Set(None),
        status: Set(InvitationStatus::Applied),
        reason: Set(optional(reason)),
        attendance: Set(None),
        created_at: Set(rc.now()),
        responded_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    AuditEvent::new(rc, "applyToActivity")
        .target("MeetingInvitation", created.id)
        .region(Some(created.region_id))
        .after(json!({ "meetingId": meeting.id, "memberId": applicant.id }))
        .insert(&txn)
        .await?;
    let notice = Notice {
        kind: "activity_application",
        title: format!("参加活动申请：{}", meeting.topic),
        body: format!(
            "{}申请参加{}。",
            applicant.name,
            rules::kind_label(meeting.kind)
        ),
        target_type: "Meeting",
        target_id: meeting.id,
        immediate: false,
    };
    notification::send(&txn, rc, Some(meeting.region_id), &office, &notice).await?;
    txn.commit().await?;
    Ok(created)
}

/// The office admits an application (the applicant then gets the notice) or refuses it
/// with a reason.
pub async fn decide_application(
    rc: &RequestContext,
    invitation_id: i32,
    admit: bool,
    reason: Option<String>,
) -> AppResult<meeting_invitation::Model> {
    let reason = optional(reason);
    if !admit && reason.is_none() {
        return Err(AppError::validation(
            "reason",
            "say why the application is refused",
        ));
    }
    let db = &rc.state.db;
    let txn = db.begin().await?;
    let before = meeting_invitation::Entity::find_by_id(invitation_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let meeting = managed(&txn, rc, before.meeting_id).await?;
    if before.status != InvitationStatus::Applied || meeting.status != MeetingStatus::Announced {
        return Err(AppError::InvalidTransition {
            from: super::snake_name(before.status),
            to: if admit { "accepted" } else { "refused" }.into(),
        });
    }
    let applicant = match before.member_id {
        Some(id) => member::Entity::find_by_id(id).one(&txn).await?,
        None => None,
    };
    let recipients = match applicant.and_then(|m| m.account_id) {
        Some(account_id) => notification::account(&txn, account_id).await?,
        None => Vec::new(),
    };
    let mut changed: meeting_invitation::ActiveModel = before.into();
    changed.status = Set(if admit {
        InvitationStatus::Accepted
    } else {
        InvitationStatus::Refused
    });
    changed.reason = Set(reason.clone());
    changed.responded_at = Set(Some(rc.now()));
    let after = changed.update(&txn).await?;
    if admit {
        // The admitted applicant is sent the meeting's notice like any invitee.
        meeting::Entity::update_many()
            .col_expr(
                meeting::Column::NoticeVersion,
                Expr::col(meeting::Column::NoticeVersion).add(1),
            )
            .filter(meeting::Column::Id.eq(meeting.id))
            .exec(&txn)
            .await?;
    } else {
        let notice = Notice {
            kind: "application_refused",
            title: format!("参加活动申请未获同意：{}", meeting.topic),
            body: format!("原因：{}", reason.unwrap_or_default()),
            target_type: "Meeting",
            target_id: meeting.id,
            immediate: false,
        };
        notification::send(&txn, rc, Some(meeting.region_id), &recipients, &notice).await?;
    }
    AuditEvent::new(rc, "decideApplication")
        .target("MeetingInvitation", after.id)
        .region(Some(after.region_id))
        .after(json!({ "status": after.status, "reason": after.reason }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(after)
}

/// Records who attended, was excused or absent, once the meeting has started; the meeting is
/// then held. Entries may be corrected until it is closed.
pub async fn record_attendance(
    rc: &RequestContext,
    meeting_id: i32,
    entries: Vec<(i32, Attendance)>,
) -> AppResult<meeting::Model> {
    if entries.is_empty() {
        return Err(AppError::validation(
            "entries",
            "record at least one invitee",
        ));
    }
    let txn = rc.state.db.begin().await?;
    let before = managed(&txn, rc, meeting_id).await?;
    let status = transition(&before, MeetingAction::RecordAttendance, rc.now())?;
    let invited: HashMap<i32, meeting_invitation::Model> = meeting_invitation::Entity::find()
        .filter(meeting_invitation::Column::MeetingId.eq(before.id))
        .all(&txn)
        .await?
        .into_iter()
        .filter(|i| rules::is_notified(i.status))
        .map(|i| (i.id, i))
        .collect();
    for (invitation_id, attendance) in &entries {
        let Some(invitation) = invited.get(invitation_id) else {
            return Err(AppError::validation(
                "entries",
                "every entry must be an invitation to this meeting",
            ));
        };
        let mut changed: meeting_invitation::ActiveModel = invitation.clone().into();
        changed.attendance = Set(Some(*attendance));
        changed.update(&txn).await?;
    }
    let mut changed: meeting::ActiveModel = before.clone().into();
    changed.status = Set(status);
    let after = save(&txn, rc, &before, changed, "recordAttendance", false).await?;
    txn.commit().await?;
    Ok(after)
}

/// Closes a held meeting with its minutes and decisions.
pub async fn close(
    rc: &RequestContext,
    id: i32,
    minutes: String,
    decisions: Option<String>,
) -> AppResult<meeting::Model> {
    let minutes = required(minutes, "minutes")?;
    let txn = rc.state.db.begin().await?;
    let before = managed(&txn, rc, id).await?;
    let status = transition(&before, MeetingAction::Close, rc.now())?;
    let mut changed: meeting::ActiveModel = before.clone().into();
    changed.status = Set(status);
    changed.minutes = Set(Some(minutes));
    changed.decisions = Set(optional(decisions));
    changed.closed_at = Set(Some(rc.now()));
    let after = save(&txn, rc, &before, changed, "closeMeeting", false).await?;
    txn.commit().await?;
    Ok(after)
}

/// Unexcused absences of each member from collective activities held from `since` (the
/// member's term start) on.
pub async fn unexcused_absences(
    conn: &impl ConnectionTrait,
    members: &[(i32, DateTime<Utc>)],
) -> AppResult<HashMap<i32, u32>> {
    let absences = meeting_invitation::Entity::find()
        .filter(meeting_invitation::Column::MemberId.is_in(members.iter().map(|(id, _)| *id)))
        .filter(meeting_invitation::Column::Attendance.eq(Attendance::Absent))
        .all(conn)
        .await?;
    let meetings: HashMap<i32, DateTime<Utc>> = meeting::Entity::find()
        .filter(meeting::Column::Id.is_in(absences.iter().map(|a| a.meeting_id)))
        .filter(meeting::Column::Status.is_in([MeetingStatus::Held, MeetingStatus::Closed]))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| (m.id, m.starts_at))
        .collect();
    let since: HashMap<i32, DateTime<Utc>> = members.iter().copied().collect();
    let mut counts = HashMap::new();
    for absence in absences {
        let (Some(member_id), Some(held_at)) =
            (absence.member_id, meetings.get(&absence.meeting_id))
        else {
            continue;
        };
        if since.get(&member_id).is_some_and(|from| held_at >= from) {
            *counts.entry(member_id).or_insert(0) += 1;
        }
    }
    Ok(counts)
}

/// The accounts that receive a meeting's notices for each invitation: a member's own
/// account, a unit's handlers.
pub async fn recipients(
    conn: &impl ConnectionTrait,
    invitations: &[meeting_invitation::Model],
) -> AppResult<Vec<(meeting_invitation::Model, account::Model)>> {
    let member_accounts: HashMap<i32, i32> = member::Entity::find()
        .filter(member::Column::Id.is_in(invitations.iter().filter_map(|i| i.member_id)))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|m| Some((m.id, m.account_id?)))
        .collect();
    let accounts = account::Entity::find()
        .filter(account::Column::Active.eq(true))
        .filter(
            Condition::any()
                .add(account::Column::Id.is_in(member_accounts.values().copied()))
                .add(
                    Condition::all()
                        .add(account::Column::Role.eq(Role::UnitHandler))
                        .add(
                            account::Column::UnitId
                                .is_in(invitations.iter().filter_map(|i| i.unit_id)),
                        ),
                ),
        )
        .all(conn)
        .await?;
    let mut found = Vec::new();
    for invitation in invitations {
        for account in &accounts {
            let theirs = match (invitation.member_id, invitation.unit_id) {
                (Some(member_id), _) => member_accounts.get(&member_id) == Some(&account.id),
                (None, Some(unit_id)) => {
                    account.role == Role::UnitHandler && account.unit_id == Some(unit_id)
                }
                (None, None) => false,
            };
            if theirs {
                found.push((invitation.clone(), account.clone()));
            }
        }
    }
    Ok(found)
}

/// An invitation the caller may see, for `node(id:)`: as `Meeting.invitations` shows it.
pub async fn get_invitation(rc: &RequestContext, id: i32) -> AppResult<meeting_invitation::Model> {
    let found = meeting_invitation::Entity::find_by_id(id)
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    get(rc, found.meeting_id).await?;
    meeting_invitation::Entity::find_by_id(id)
        .filter(invitations_visible_to(rc.viewer.principal()?))
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Unexcused absences per member from the region's activities held in [from, to).
pub async fn unexcused_absences_between(
    conn: &impl ConnectionTrait,
    region_id: i32,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> AppResult<HashMap<i32, u32>> {
    let held = Query::select()
        .column(meeting::Column::Id)
        .from(meeting::Entity)
        .and_where(meeting::Column::RegionId.eq(region_id))
        .and_where(meeting::Column::Status.is_in([MeetingStatus::Held, MeetingStatus::Closed]))
        .and_where(meeting::Column::StartsAt.gte(from))
        .and_where(meeting::Column::StartsAt.lt(to))
        .to_owned();
    let mut counts = HashMap::new();
    for absence in meeting_invitation::Entity::find()
        .filter(meeting_invitation::Column::MeetingId.in_subquery(held))
        .filter(meeting_invitation::Column::Attendance.eq(Attendance::Absent))
        .all(conn)
        .await?
    {
        if let Some(member_id) = absence.member_id {
            *counts.entry(member_id).or_insert(0) += 1;
        }
    }
    Ok(counts)
}
