//! Meetings and collective activities: who convenes them, the lifecycle draft → announced →
//! held → closed | cancelled, and the invitees' answers (notice 工作機制 (三), (六)).

use chrono::{DateTime, Utc};
use entities::{
    account::Role,
    meeting::{MeetingKind, MeetingStatus},
    meeting_invitation::InvitationStatus,
};

/// A step the convener takes on a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum MeetingAction {
    /// Change time, place, topic or agenda, or invite more.
    Change,
    Announce,
    Cancel,
    /// Record who attended; the meeting is then held.
    RecordAttendance,
    /// Record the minutes; nothing changes afterwards.
    Close,
}

impl MeetingAction {
    pub const ALL: [MeetingAction; 5] = [
        Self::Change,
        Self::Announce,
        Self::Cancel,
        Self::RecordAttendance,
        Self::Close,
    ];

    pub fn target_name(self) -> &'static str {
        match self {
            Self::Change => "changed",
            Self::Announce => "announced",
            Self::Cancel => "cancelled",
            Self::RecordAttendance => "held",
            Self::Close => "closed",
        }
    }
}

/// The status after `action`, if allowed now. Plans change only before the start;
/// attendance is recorded only after it.
pub fn next(
    status: MeetingStatus,
    action: MeetingAction,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<MeetingStatus> {
    use MeetingAction as A;
    use MeetingStatus as S;
    let started = now >= starts_at;
    match (status, action) {
        (S::Draft, A::Change) => Some(S::Draft),
        (S::Announced, A::Change) if !started => Some(S::Announced),
        (S::Draft, A::Announce) if !started => Some(S::Announced),
        (S::Draft | S::Announced, A::Cancel) => Some(S::Cancelled),
        (S::Announced | S::Held, A::RecordAttendance) if started => Some(S::Held),
        (S::Held, A::Close) => Some(S::Closed),
        _ => None,
    }
}

/// The steps open to a convener now, in the order a page offers them.
pub fn offers(
    status: MeetingStatus,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Vec<MeetingAction> {
    MeetingAction::ALL
        .into_iter()
        .filter(|&action| next(status, action, starts_at, now).is_some())
        .collect()
}

/// Joint meetings are convened by the leading group, or the office on its behalf; the
/// office organises every other activity.
pub fn may_convene(kind: MeetingKind, role: Role) -> bool {
    match kind {
        MeetingKind::JointMeeting => matches!(role, Role::Office | Role::LeadingGroup),
        _ => role == Role::Office,
    }
}

/// An invitee answers while the meeting is announced and has not started; an application
/// is the office's to decide, not the applicant's to answer.
pub fn may_respond(invitation: InvitationStatus) -> bool {
    matches!(
        invitation,
        InvitationStatus::Invited | InvitationStatus::Accepted | InvitationStatus::Declined
    )
}

/// Whether an invitee is told of the meeting: not an applicant still waiting or refused.
pub fn is_notified(invitation: InvitationStatus) -> bool {
    may_respond(invitation)
}

/// The activity's name in notices.
pub fn kind_label(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::JointMeeting => "联席会议",
        MeetingKind::SpecialSupervision => "专项监督活动",
        MeetingKind::Evaluation => "评议活动",
        MeetingKind::Research => "调研活动",
        MeetingKind::Symposium => "座谈会",
        MeetingKind::Inspection => "视察活动",
        MeetingKind::Training => "培训",
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0)
            .single()
            .expect("valid")
    }

    #[test]
    fn a_page_is_offered_exactly_the_steps_open_now() {
        use MeetingAction as A;
        use MeetingStatus as S;
        let start = at(9);
        let before = start - Duration::hours(1);
        assert_eq!(
            offers(S::Draft, start, before),
            [A::Change, A::Announce, A::Cancel]
        );
        assert_eq!(offers(S::Announced, start, before), [A::Change, A::Cancel]);
        assert_eq!(
            offers(S::Announced, start, at(10)),
            [A::Cancel, A::RecordAttendance]
        );
        assert_eq!(
            offers(S::Held, start, at(10)),
            [A::RecordAttendance, A::Close]
        );
        assert_eq!(offers(S::Closed, start, at(10)), []);
        assert_eq!(offers(S::Cancelled, start, before), []);
    }

    #[test]
    fn plans_change_before_the_start_and_attendance_after_it() {
        use MeetingAction as A;
        use MeetingStatus as S;
        let start = at(9);
        let before = start - Duration::hours(1);
        assert_eq!(
            next(S::Draft, A::Announce, start, before),
            Some(S::Announced)
        );
        assert_eq!(
            next(S::Announced, A::Change, start, before),
            Some(S::Announced)
        );
        assert_eq!(next(S::Announced, A::Change, start, at(10)), None);
        assert_eq!(next(S::Draft, A::Announce, start, at(10)), None);
        assert_eq!(next(S::Announced, A::RecordAttendance, start, before), None);
        assert_eq!(
            next(S::Announced, A::RecordAttendance, start, at(10)),
            Some(S::Held)
        );
        assert_eq!(next(S::Held, A::Close, start, at(10)), Some(S::Closed));
        assert_eq!(next(S::Announced, A::Close, start, at(10)), None);
        assert_eq!(next(S::Held, A::Cancel, start, at(10)), None);
        assert_eq!(
            next(S::Announced, A::Cancel, start, before),
            Some(S::Cancelled)
        );
        for done in [S::Closed, S::Cancelled] {
            for action in [
                A::Change,
                A::Announce,
                A::Cancel,
                A::RecordAttendance,
                A::Close,
            ] {
                assert_eq!(next(done, action, start, before), None);
                assert_eq!(next(done, action, start, at(10)), None);
            }
        }
    }

    #[test]
    fn joint_meetings_are_the_leading_groups_and_the_rest_the_offices() {
        assert!(may_convene(MeetingKind::JointMeeting, Role::LeadingGroup));
        assert!(may_convene(MeetingKind::JointMeeting, Role::Office));
        assert!(!may_convene(MeetingKind::Training, Role::LeadingGroup));
        assert!(may_convene(MeetingKind::Inspection, Role::Office));
        assert!(!may_convene(MeetingKind::Symposium, Role::Supervisor));
    }

    #[test]
    fn applicants_are_not_told_until_admitted() {
        assert!(!is_notified(InvitationStatus::Applied));
        assert!(!is_notified(InvitationStatus::Refused));
        assert!(is_notified(InvitationStatus::Declined));
        assert!(!may_respond(InvitationStatus::Applied));
    }
}
