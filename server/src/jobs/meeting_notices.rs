//! `meeting-notices`: after a meeting is announced, changed or cancelled (its
//! `notice_version` rose), every invitee gets one email with the calendar entry; 24 hours
//! before the start, those who have not declined get a reminder. Runs on every wake-up.

use chrono::{Duration, Utc};
use chrono_tz::Tz;
use std::collections::HashSet;

use entities::{
    meeting::{self, MeetingStatus},
    meeting_invitation::{self, InvitationRole, InvitationStatus},
    region,
};
use sea_orm::{
    ColumnTrait, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
    sea_query::{Expr, ExprTrait},
};
use serde_json::json;

use crate::{
    domain::meeting::{is_notified, kind_label},
    error::AppResult,
    mail::ics::{Invitation, Method, Organizer, Person},
    service::{
        RequestContext, meeting as meetings,
        notification::{self, Email, MailAttachment, Notice},
    },
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Announced,
    Changed,
    Cancelled,
    Reminder,
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Self::Announced => "announced",
            Self::Changed => "changed",
            Self::Cancelled => "cancelled",
            Self::Reminder => "reminder",
        }
    }
}

pub async fn run(rc: &RequestContext, region: &region::Model) -> AppResult<i32> {
    let zone = crate::service::region::zone_of(region)?;
    let now = rc.now();
    let db = &rc.state.db;
    let mut effects = 0;
    let changed = meeting::Entity::find()
        .filter(meeting::Column::RegionId.eq(region.id))
        .filter(meeting::Column::Status.is_in([MeetingStatus::Announced, MeetingStatus::Cancelled]))
        .filter(
            Expr::col(meeting::Column::NotifiedVersion)
                .lt(Expr::col(meeting::Column::NoticeVersion)),
        )
        .all(db)
        .await?;
    for meeting in changed {
        let action = match (meeting.status, meeting.sequence) {
            (MeetingStatus::Cancelled, _) => Action::Cancelled,
            (_, 0) => Action::Announced,
            _ => Action::Changed,
        };
        let txn = db.begin().await?;
        effects += send(&txn, rc, zone, &meeting, action).await?;
        // A change made meanwhile raised `notice_version` again and is sent next time.
        meeting::Entity::update_many()
            .col_expr(
                meeting::Column::NotifiedVersion,
                Expr::value(meeting.notice_version),
            )
            .filter(meeting::Column::Id.eq(meeting.id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
    }
    let soon = meeting::Entity::find()
        .filter(meeting::Column::RegionId.eq(region.id))
        .filter(meeting::Column::Status.eq(MeetingStatus::Announced))
        .filter(meeting::Column::StartsAt.gt(now))
        .filter(meeting::Column::StartsAt.lte(now + Duration::hours(24)))
        .all(db)
        .await?;
    for meeting in soon
        .into_iter()
        .filter(|m| m.reminded_for != Some(m.starts_at))
    {
        let txn = db.begin().await?;
        effects += send(&txn, rc, zone, &meeting, Action::Reminder).await?;
        meeting::Entity::update_many()
            .col_expr(
                meeting::Column::RemindedFor,
                Expr::value(Some(meeting.starts_at)),
            )
            .filter(meeting::Column::Id.eq(meeting.id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
    }
    Ok(effects)
}

/// One notice per invitee account for this change, with its calendar entry.
async fn send(
    txn: &sea_orm::DatabaseTransaction,
    rc: &RequestContext,
    zone: Tz,
    meeting: &meeting::Model,
    action: Action,
) -> AppResult<i32> {
    let invitations: Vec<meeting_invitation::Model> = meeting_invitation::Entity::find()
        .filter(meeting_invitation::Column::MeetingId.eq(meeting.id))
        .all(txn)
        .await?
        .into_iter()
        .filter(|i| is_notified(i.status))
        // A reminder is for those still coming.
        .filter(|i| action != Action::Reminder || i.status != InvitationStatus::Declined)
        .collect();
    let organizer = Organizer::from_settings(&rc.state.settings.mail.from)?;
    let uid = organizer.uid(meeting.id);
    let dedupe = match action {
        Action::Reminder => format!(
            "meeting-reminder:{}:{}",
            meeting.id,
            meeting.starts_at.timestamp()
        ),
        _ => format!("meeting:{}:{}", meeting.id, meeting.sequence),
    };
    let title = |action: Action| match action {
        Action::Reminder => format!("明日{}：{}", kind_label(meeting.kind), meeting.topic),
        _ => format!(
            "{}{}：{}",
            kind_label(meeting.kind),
            match action {
                Action::Cancelled => "取消通知",
                Action::Changed => "变更通知",
                _ => "通知",
            },
            meeting.topic
        ),
    };
    let method = if action == Action::Cancelled {
        Method::Cancel
    } else {
        Method::Request
    };
    let attach = |name: &str, address: &str| {
        let invitation = Invitation {
            method,
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
            attendee: Some(Person {
                name,
                email: address,
            }),
            cancelled: false,
        };
        MailAttachment {
            name: "meeting.ics".into(),
            content_type: format!(
                "text/calendar; charset=utf-8; method={}",
                invitation.method_name()
            ),
            body: invitation.render(),
        }
    };
    let recipients = meetings::recipients(txn, &invitations).await?;
    // A change reaches those who never had the announcement (it went out after the change,
    // or they were invited since) as the announcement, with the meeting as it now stands.
    let informed = if action == Action::Changed {
        informed_of(txn, meeting.id).await?
    } else {
        HashSet::new()
    };
    // Observing units no one signs in for hear at their contact address; whether they had
    // the first notice is not recorded, so a change is a change once any notice went out.
    let audiences =
        notification::unit_audiences(txn, invitations.iter().filter_map(|i| i.unit_id)).await?;
    let contact_action = match action {
        Action::Changed if meeting.notified_version == 0 => Action::Announced,
        other => other,
    };
    let mut sent = 0;
    for contact in audiences.values().filter_map(|a| a.contact.as_ref()) {
        sent += notify(
            txn,
            rc,
            zone,
            meeting,
            contact_action,
            InvitationRole::Observer,
            (&[], Some(contact)),
            &title(contact_action),
            &dedupe,
            &attach,
        )
        .await?;
    }
    for role in [InvitationRole::Participant, InvitationRole::Observer] {
        let (informed_ones, others): (Vec<_>, Vec<_>) = recipients
            .iter()
            .filter(|(invitation, _)| invitation.role == role)
            .map(|(_, account)| account.clone())
            .partition(|account| action != Action::Changed || informed.contains(&account.id));
        for (told, accounts) in [(action, informed_ones), (Action::Announced, others)] {
            if accounts.is_empty() {
                continue;
            }
            sent += notify(
                txn,
                rc,
                zone,
                meeting,
                told,
                role,
                (&accounts, None),
                &title(told),
                &dedupe,
                &attach,
            )
            .await?;
        }
    }
    Ok(sent)
}

/// The accounts already told of a meeting.
async fn informed_of(
    txn: &sea_orm::DatabaseTransaction,
    meeting_id: i32,
) -> AppResult<HashSet<i32>> {
    use entities::notification::{Column, Entity};
    Ok(Entity::find()
        .select_only()
        .column(Column::AccountId)
        .filter(Column::Kind.eq("meeting_notice"))
        .filter(Column::TargetType.eq("Meeting"))
        .filter(Column::TargetId.eq(meeting_id))
        .into_tuple::<i32>()
        .all(txn)
        .await?
        .into_iter()
        .collect())
}

#[expect(clippy::too_many_arguments, reason = "one notice's every part")]
async fn notify(
    txn: &sea_orm::DatabaseTransaction,
    rc: &RequestContext,
    zone: Tz,
    meeting: &meeting::Model,
    action: Action,
    role: InvitationRole,
    (accounts, contact): (
        &[entities::account::Model],
        Option<&notification::UnitContact>,
    ),
    title: &str,
    dedupe: &str,
    attach: &notification::AttachmentFor<'_>,
) -> AppResult<i32> {
    let local = |at: chrono::DateTime<Utc>| {
        at.with_timezone(&zone)
            .format("%Y年%-m月%-d日 %H:%M")
            .to_string()
    };
    let email = Email {
        template: "meeting_notice",
        context: json!({
            "action": action.name(),
            "kind": kind_label(meeting.kind),
            "topic": meeting.topic,
            "starts": local(meeting.starts_at),
            "ends": local(meeting.ends_at),
            "place": meeting.place,
            "agenda": meeting.agenda,
            "reason": meeting.cancel_reason.clone().unwrap_or_default(),
            "role": if role == InvitationRole::Observer { "列席" } else { "参加" },
        }),
        attachment: Some(attach),
    };
    let notice = Notice {
        kind: "meeting_notice",
        title: title.to_owned(),
        body: format!(
            "时间：{} 至 {}；地点：{}",
            local(meeting.starts_at),
            local(meeting.ends_at),
            meeting.place
        ),
        target_type: "Meeting",
        target_id: meeting.id,
        // A meeting called off must not wait for Monday morning.
        immediate: action == Action::Cancelled,
    };
    let delivered = notification::send_once_with_email(
        txn,
        rc,
        Some(meeting.region_id),
        accounts,
        contact,
        &notice,
        dedupe,
        &email,
    )
    .await?;
    Ok(i32::try_from(delivered).unwrap_or(i32::MAX))
}
