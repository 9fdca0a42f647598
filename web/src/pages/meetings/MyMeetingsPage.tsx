import { useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { MyMeetingsPageApplyMutation } from '../../__generated__/MyMeetingsPageApplyMutation.graphql';
import type { MyMeetingsPageQuery, MyMeetingsPageQuery$data } from '../../__generated__/MyMeetingsPageQuery.graphql';
import type { MyMeetingsPageRespondMutation } from '../../__generated__/MyMeetingsPageRespondMutation.graphql';
import { errorMessage } from '../../errors';
import { ATTENDANCE, INVITATION_STATUS, MEETING_KIND, MEETING_STATUS, dateTime, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';

type Meeting = NonNullable<MyMeetingsPageQuery$data['meetings']['edges'][number]['node']>;

/** The meetings and activities a member is invited to or may apply to: answer, apply, add
 * to the phone's calendar. */
export function MyMeetingsPage() {
  const [fetchKey, setFetchKey] = useState(0);
  const { meetings } = useLazyLoadQuery<MyMeetingsPageQuery>(
    graphql`
      query MyMeetingsPageQuery {
        meetings(first: 50) {
          edges {
            node {
              id
              kind
              topic
              agenda
              place
              startsAt
              endsAt
              status
              openToApplications
              cancelReason
              minutes
              calendarUrl
              invitations {
                id
                status
                reason
                attendance
              }
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const list = meetings.edges.map((edge) => edge.node);
  return (
    <>
      <h1 className="member-title">会议和活动</h1>
      {list.length === 0 && <p className="member-card member-note">暂无邀请您参加或可报名的会议和活动。</p>}
      {list.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} changed={() => setFetchKey((k) => k + 1)} />
      ))}
    </>
  );
}

function MeetingCard({ meeting, changed }: { meeting: Meeting; changed: () => void }) {
  const invitation = meeting.invitations[0];
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [respond, responding] = useCommit<MyMeetingsPageRespondMutation>(graphql`
    mutation MyMeetingsPageRespondMutation($input: RespondInvitationInput!) {
      respondInvitation(input: $input) {
        invitation {
          id
          status
          reason
        }
      }
    }
  `);
  const [apply, applying] = useCommit<MyMeetingsPageApplyMutation>(graphql`
    mutation MyMeetingsPageApplyMutation($input: ApplyToActivityInput!) {
      applyToActivity(input: $input) {
        invitation {
          id
          status
        }
      }
    }
  `);
  const done = (text: string) => () => {
    setMessage({ ok: true, text });
    setDeclining(false);
    changed();
  };
  const failed = (error: unknown) => setMessage({ ok: false, text: errorMessage(error) });
  const ahead = meeting.status === 'ANNOUNCED';
  return (
    <section className="member-card" aria-label={meeting.topic}>
      <h2>{meeting.topic}</h2>
      <p className="member-muted">
        {label(MEETING_KIND, meeting.kind)} ·{' '}
        <span className="member-tag blue">{label(MEETING_STATUS, meeting.status)}</span>
      </p>
      <ul className="member-list">
        <li className="member-row">
          <span>时间</span>
          <span>
            {dateTime(meeting.startsAt)} 至 {dateTime(meeting.endsAt).slice(11)}
          </span>
        </li>
        <li className="member-row">
          <span>地点</span>
          <span>{meeting.place}</span>
        </li>
        {invitation && (
          <li className="member-row">
            <span>我的回复</span>
            <span>
              {label(INVITATION_STATUS, invitation.status)}
              {invitation.attendance && `（${label(ATTENDANCE, invitation.attendance)}）`}
            </span>
          </li>
        )}
      </ul>
      {meeting.agenda && <p className="member-pre">{meeting.agenda}</p>}
      {meeting.cancelReason && <p className="member-note">取消原因：{meeting.cancelReason}</p>}
      {meeting.minutes && (
        <>
          <h3 className="member-label">会议纪要</h3>
          <p className="member-pre">{meeting.minutes}</p>
        </>
      )}
      {message && (
        <p className={`member-banner ${message.ok ? 'success' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {declining && invitation && (
        <div className="member-field">
          <label htmlFor={`reason-${invitation.id}`} className="required">
            请假事由
          </label>
          <textarea id={`reason-${invitation.id}`} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      )}
      <div className="member-buttons">
        {ahead && invitation && (invitation.status === 'INVITED' || invitation.status === 'DECLINED') && !declining && (
          <button
            type="button"
            className="member-button primary"
            disabled={responding}
            onClick={() =>
              respond({ input: { invitationId: invitation.id, response: 'ACCEPT' } }).then(done('已确认参加。'), failed)
            }
          >
            参加
          </button>
        )}
        {ahead && invitation && (invitation.status === 'INVITED' || invitation.status === 'ACCEPTED') && (
          <button
            type="button"
            className="member-button"
            disabled={responding}
            onClick={() =>
              !declining
                ? setDeclining(true)
                : !reason.trim()
                  ? setMessage({ ok: false, text: '请填写请假事由。' })
                  : respond({
                      input: { invitationId: invitation.id, response: 'DECLINE', reason: reason.trim() },
                    }).then(done('已请假。'), failed)
            }
          >
            {declining ? '提交请假' : '请假'}
          </button>
        )}
        {ahead && !invitation && meeting.openToApplications && (
          <button
            type="button"
            className="member-button primary"
            disabled={applying}
            onClick={() =>
              apply({ input: { meetingId: meeting.id } }).then(done('已申请参加，等待县优化办确认。'), failed)
            }
          >
            申请参加
          </button>
        )}
        {ahead && (
          <a className="member-button" href={meeting.calendarUrl} download="meeting.ics">
            添加到日历
          </a>
        )}
      </div>
    </section>
  );
}
