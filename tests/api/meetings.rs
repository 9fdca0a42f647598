//! Meetings and collective activities: the lifecycle with its calendar notices received by a
//! real SMTP server, answers and applications, attendance feeding the exit candidates, the
//! joint-meeting check, and who may do and see what.

use chrono::Duration;
use mail_parser::{MessageParser, MimeHeaders};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use watchpost::{clock::Clock, jobs::scheduler::Scheduler, mail::dispatch::dispatch_due};

use crate::{
    harness::{ADMIN_PASSWORD, NEW_PASSWORD, TestApp, code, spawn_app, spawn_app_with},
    mail::{at, give_everyone_email},
    smtp::{Received, SmtpServer, send_through},
};

const CREATE: &str = "mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { meeting { id status sequence } } }";
const ANNOUNCE: &str = "mutation($id: ID!) { announceMeeting(input: {meetingId: $id}) { meeting { status sequence } } }";
const CHANGE: &str = "mutation($i: ChangeMeetingInput!) { changeMeeting(input: $i) { meeting { status sequence place } } }";
const CANCEL: &str = "mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { meeting { status sequence cancelReason } } }";
const RESPOND: &str = "mutation($i: RespondInvitationInput!) { respondInvitation(input: $i) { invitation { status reason } } }";
const APPLY: &str = "mutation($i: ApplyToActivityInput!) { applyToActivity(input: $i) { invitation { id status } } }";
const DECIDE: &str = "mutation($i: DecideApplicationInput!) { decideApplication(input: $i) { invitation { status reason } } }";
const ATTEND: &str =
    "mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { meeting { status } } }";
const CLOSE: &str =
    "mutation($i: CloseMeetingInput!) { closeMeeting(input: $i) { meeting { status minutes } } }";
const LIST: &str = "{ meetings { totalCount edges { node { id topic status invitations { id role status attendance member { name } unit { name } } } } } }";
const NOTICES: &str =
    "mutation { runJob(input: {name: \"meeting-notices\"}) { run { status effects } } }";

struct County {
    office: String,
    leading: String,
    unit: String,
    handler: String,
    a: (String, String),
    b: (String, String),
}

async fn county(app: &TestApp) -> County {
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "scj.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let a = app
        .active_supervisor(&office, &leading, "sup.a", "430621198001010034")
        .await;
    let b = app
        .active_supervisor(&office, &leading, "sup.b", "430621198102020047")
        .await;
    County {
        office,
        leading,
        unit,
        handler,
        a,
        b,
    }
}

fn data<'a>(answer: &'a Value, field: &str) -> &'a Value {
    let found = &answer["data"][field];
    assert!(found.is_object(), "{field} failed: {answer}");
    found
}

async fn create(app: &TestApp, token: &str, input: Value) -> String {
    let answer = app.gql(Some(token), CREATE, json!({ "i": input })).await;
    data(&answer, "createMeeting")["meeting"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn list(app: &TestApp, token: &str) -> Value {
    app.gql(Some(token), LIST, json!({})).await["data"]["meetings"].clone()
}

/// The invitation ids of the first listed meeting, by member or unit name.
async fn invitation(app: &TestApp, token: &str, name: &str) -> String {
    let listed = list(app, token).await;
    listed["edges"][0]["node"]["invitations"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|i| i["member"]["name"] == name || i["unit"]["name"] == name)
        .and_then(|i| i["id"].as_str())
        .unwrap_or_else(|| panic!("no invitation for {name}: {listed}"))
        .to_owned()
}

/// What the attached calendar says.
#[derive(Debug)]
struct Calendar {
    content_method: String,
    method: String,
    uid: String,
    sequence: i64,
    start: String,
    start_zone: String,
    status: String,
    attendee: String,
}

fn calendar(mail: &Received) -> Calendar {
    let message = MessageParser::default()
        .parse(mail.data.as_bytes())
        .expect("a MIME message");
    let part = message
        .attachments()
        .find(|p| p.attachment_name() == Some("meeting.ics"))
        .unwrap_or_else(|| panic!("no .ics in {}", mail.data));
    let content_method = part
        .content_type()
        .and_then(|t| t.attribute("method"))
        .unwrap_or_default()
        .to_owned();
    let text = String::from_utf8(part.contents().to_vec()).expect("UTF-8 calendar");
    let unfolded = icalendar::parser::unfold(&text);
    let parsed = icalendar::parser::read_calendar(&unfolded).expect("a calendar that parses");
    let prop = |props: &[icalendar::parser::Property<'_>], name: &str| {
        props
            .iter()
            .find(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_owned())
            .unwrap_or_default()
    };
    let event = parsed
        .components
        .iter()
        .find(|c| c.name.as_str() == "VEVENT")
        .expect("an event");
    let zone = parsed
        .components
        .iter()
        .find(|c| c.name.as_str() == "VTIMEZONE")
        .expect("the time zone");
    let start = event
        .properties
        .iter()
        .find(|p| p.name.as_str() == "DTSTART")
        .expect("DTSTART");
    let start_zone = start
        .params
        .iter()
        .find(|p| p.key.as_str() == "TZID")
        .and_then(|p| p.val.as_ref())
        .map(|v| v.as_str().to_owned())
        .unwrap_or_default();
    assert_eq!(prop(&zone.properties, "TZID"), start_zone);
    Calendar {
        content_method,
        method: prop(&parsed.properties, "METHOD"),
        uid: prop(&event.properties, "UID"),
        sequence: prop(&event.properties, "SEQUENCE").parse().unwrap_or(-1),
        start: start.val.as_str().to_owned(),
        start_zone,
        status: prop(&event.properties, "STATUS"),
        attendee: prop(&event.properties, "ATTENDEE"),
    }
}

async fn deliver(app: &TestApp, smtp: &SmtpServer, from: usize) -> Vec<Received> {
    dispatch_due(&app.state, None)
        .await
        .unwrap_or_else(|e| panic!("dispatch: {}", e.message()));
    smtp.received().into_iter().skip(from).collect()
}

/// Runs `meeting-notices` by hand, as the office now or from the command line as of `now`;
/// returns how many notices it wrote.
async fn notices(app: &TestApp, office: &str, now: Option<&str>) -> i64 {
    if let Some(now) = now {
        let run = app.run_job("meeting-notices", now).await;
        assert_eq!(run.status, "succeeded");
        return i64::from(run.effects);
    }
    let run = app.gql(Some(office), NOTICES, json!({})).await;
    assert_eq!(run["data"]["runJob"]["run"]["status"], "succeeded", "{run}");
    run["data"]["runJob"]["run"]["effects"]
        .as_i64()
        .unwrap_or(-1)
}

fn recipients(mails: &[Received]) -> Vec<String> {
    let mut to: Vec<String> = mails.iter().flat_map(|m| m.to.clone()).collect();
    to.sort();
    to
}

#[tokio::test]
async fn a_joint_meeting_is_announced_changed_and_cancelled_with_one_calendar_notice_each() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|s| send_through(&smtp, s)).await;
    let c = county(&app).await;
    give_everyone_email(&app).await;

    // A joint meeting is the leading group's; it is a draft only they and the office see.
    let id = create(
        &app,
        &c.leading,
        json!({ "kind": "JOINT_MEETING", "topic": "第一季度联席会议", "agenda": "一、通报情况\n二、交流意见",
                "place": "县政务服务中心301", "startsAt": "2025-03-10T01:30:00Z", "endsAt": "2025-03-10T03:30:00Z",
                "memberIds": [c.a.0, c.b.0], "unitIds": [c.unit] }),
    )
    .await;
    for (token, seen) in [(&c.office, 1), (&c.a.1, 0), (&c.handler, 0)] {
        assert_eq!(list(&app, token).await["totalCount"], json!(seen));
    }
    assert_eq!(
        notices(&app, &c.office, None).await,
        0,
        "a draft notifies nobody"
    );

    let actions = "query($id: ID!) { node(id: $id) { ... on Meeting { actions } } }";
    assert_eq!(
        app.gql(Some(&c.leading), actions, json!({ "id": id }))
            .await["data"]["node"]["actions"],
        json!(["CHANGE", "ANNOUNCE", "CANCEL"])
    );

    let announced = app
        .gql(Some(&c.leading), ANNOUNCE, json!({ "id": id }))
        .await;
    assert_eq!(
        data(&announced, "announceMeeting")["meeting"],
        json!({ "status": "ANNOUNCED", "sequence": 0 })
    );
    for token in [&c.a.1, &c.b.1, &c.handler] {
        assert_eq!(list(&app, token).await["totalCount"], json!(1));
    }
    // The convener is offered the next steps; an invitee none.
    for (token, offered) in [
        (&c.office, json!(["CHANGE", "CANCEL"])),
        (&c.a.1, json!([])),
        (&c.handler, json!([])),
    ] {
        let answer = app.gql(Some(token), actions, json!({ "id": id })).await;
        assert_eq!(answer["data"]["node"]["actions"], offered, "{answer}");
    }

    // The scheduler's wake-up sends the notices; a second run by hand sends nothing more.
    let reports = Scheduler::default()
        .run_due(&app.state)
        .await
        .unwrap_or_else(|e| panic!("scheduler: {}", e.message()));
    let woken: Vec<_> = reports
        .iter()
        .filter(|r| r.run_key.starts_with("meeting-notices:"))
        .collect();
    assert_eq!(woken.len(), 1);
    assert_eq!(
        woken[0].effects, 3,
        "two supervisors and the unit's handler"
    );
    assert_eq!(notices(&app, &c.office, None).await, 0);

    let first = deliver(&app, &smtp, 0).await;
    assert_eq!(
        recipients(&first),
        [
            "scj.handler@test.example",
            "sup.a@test.example",
            "sup.b@test.example"
        ]
    );
    let mut uid = String::new();
    for mail in &first {
        let cal = calendar(mail);
        assert_eq!(cal.method, "REQUEST");
        assert_eq!(cal.content_method, "REQUEST");
        assert_eq!(cal.sequence, 0);
        assert_eq!(cal.status, "CONFIRMED");
        assert_eq!(cal.start_zone, "Asia/Shanghai");
        assert_eq!(cal.start, "20250310T093000", "09:30 in the county");
        assert_eq!(cal.attendee, format!("mailto:{}", mail.to[0]));
        if uid.is_empty() {
            uid = cal.uid.clone();
        }
        assert_eq!(cal.uid, uid, "one event for everyone");
    }
    let observer = first
        .iter()
        .find(|m| m.to[0].starts_with("scj."))
        .expect("the unit's notice");
    let body = MessageParser::default()
        .parse(observer.data.as_bytes())
        .and_then(|m| m.body_text(0).map(|t| t.into_owned()))
        .unwrap_or_default();
    assert!(body.contains("请您列席"), "{body}");

    // Answers: declining needs a reason; nobody answers for someone else.
    let b_invitation = invitation(&app, &c.b.1, "sup.b").await;
    let bare = app
        .gql(
            Some(&c.b.1),
            RESPOND,
            json!({ "i": { "invitationId": b_invitation, "response": "DECLINE" } }),
        )
        .await;
    assert_eq!(code(&bare), "VALIDATION");
    let foreign = app
        .gql(
            Some(&c.a.1),
            RESPOND,
            json!({ "i": { "invitationId": b_invitation, "response": "ACCEPT" } }),
        )
        .await;
    assert_eq!(code(&foreign), "NOT_FOUND");
    let declined = app
        .gql(Some(&c.b.1), RESPOND, json!({ "i": { "invitationId": b_invitation, "response": "DECLINE", "reason": "外地出差" } }))
        .await;
    assert_eq!(
        data(&declined, "respondInvitation")["invitation"],
        json!({ "status": "DECLINED", "reason": "外地出差" })
    );
    assert_eq!(
        list(&app, &c.b.1).await["edges"][0]["node"]["invitations"]
            .as_array()
            .map(Vec::len),
        Some(1),
        "a supervisor sees only its own invitation"
    );

    // A change: every invitee, the one who declined too, gets SEQUENCE 1 of the same event.
    let changed = app
        .gql(Some(&c.office), CHANGE, json!({ "i": { "meetingId": id, "topic": "第一季度联席会议", "agenda": "一、通报情况",
              "place": "县政府第二会议室", "startsAt": "2025-03-11T06:00:00Z", "endsAt": "2025-03-11T08:00:00Z" } }))
        .await;
    assert_eq!(
        data(&changed, "changeMeeting")["meeting"],
        json!({ "status": "ANNOUNCED", "sequence": 1, "place": "县政府第二会议室" })
    );
    assert_eq!(notices(&app, &c.office, None).await, 3);
    assert_eq!(notices(&app, &c.office, None).await, 0);
    let second = deliver(&app, &smtp, first.len()).await;
    assert_eq!(second.len(), 3, "one notice each for the change");
    for mail in &second {
        let cal = calendar(mail);
        assert_eq!((cal.method.as_str(), cal.sequence), ("REQUEST", 1));
        assert_eq!(cal.uid, uid);
        assert_eq!(cal.start, "20250311T140000");
    }

    // Cancelled: a reason is required; then METHOD:CANCEL with SEQUENCE 2, once each.
    let bare = app
        .gql(
            Some(&c.office),
            CANCEL,
            json!({ "i": { "meetingId": id, "reason": " " } }),
        )
        .await;
    assert_eq!(code(&bare), "VALIDATION");
    let cancelled = app
        .gql(
            Some(&c.office),
            CANCEL,
            json!({ "i": { "meetingId": id, "reason": "与全县大会冲突" } }),
        )
        .await;
    assert_eq!(data(&cancelled, "cancelMeeting")["meeting"]["sequence"], 2);
    assert_eq!(notices(&app, &c.office, None).await, 3);
    assert_eq!(notices(&app, &c.office, None).await, 0);
    let third = deliver(&app, &smtp, first.len() + second.len()).await;
    assert_eq!(third.len(), 3, "one cancellation each");
    for mail in &third {
        let cal = calendar(mail);
        assert_eq!(cal.method, "CANCEL");
        assert_eq!(cal.content_method, "CANCEL");
        assert_eq!((cal.sequence, cal.status.as_str()), (2, "CANCELLED"));
        assert_eq!(cal.uid, uid);
    }
    let again = app
        .gql(
            Some(&c.office),
            CHANGE,
            json!({ "i": { "meetingId": id, "topic": "x", "place": "y",
              "startsAt": "2025-03-12T06:00:00Z", "endsAt": "2025-03-12T08:00:00Z" } }),
        )
        .await;
    assert_eq!(code(&again), "INVALID_TRANSITION");
}

#[tokio::test]
async fn invitees_are_reminded_a_day_ahead_once_and_not_after_declining() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|s| send_through(&smtp, s)).await;
    let c = county(&app).await;
    give_everyone_email(&app).await;
    let id = create(
        &app,
        &c.office,
        json!({ "kind": "SYMPOSIUM", "topic": "政企座谈会", "place": "县工商联",
                "startsAt": "2025-03-05T02:00:00Z", "endsAt": "2025-03-05T04:00:00Z", "memberIds": [c.a.0, c.b.0] }),
    )
    .await;
    app.gql(Some(&c.office), ANNOUNCE, json!({ "id": id }))
        .await;
    let b_invitation = invitation(&app, &c.b.1, "sup.b").await;
    app.gql(Some(&c.b.1), RESPOND, json!({ "i": { "invitationId": b_invitation, "response": "DECLINE", "reason": "身体不适" } }))
        .await;
    assert_eq!(notices(&app, &c.office, None).await, 2);
    let announced = deliver(&app, &smtp, 0).await.len();
    assert_eq!(announced, 2);

    // 25 hours ahead: too early. 23 hours ahead: a reminder, to the one still coming, once.
    for (now, expected) in [
        ("2025-03-04T01:00:00Z", 0),
        ("2025-03-04T03:00:00Z", 1),
        ("2025-03-04T04:00:00Z", 0),
    ] {
        assert_eq!(notices(&app, &c.office, Some(now)).await, expected, "{now}");
    }
    app.clock.set(at("2025-03-04T03:00:00Z"));
    let reminded = deliver(&app, &smtp, announced).await;
    assert_eq!(recipients(&reminded), ["sup.a@test.example"]);
    let subject = MessageParser::default()
        .parse(reminded[0].data.as_bytes())
        .and_then(|m| m.subject().map(str::to_owned))
        .unwrap_or_default();
    assert_eq!(subject, "【营商环境监督】明日提醒：政企座谈会");
    assert_eq!(
        calendar(&reminded[0]).sequence,
        0,
        "the same event, unchanged"
    );
}

#[tokio::test]
async fn attendance_is_recorded_after_the_start_and_two_unexcused_absences_make_an_exit_candidate()
{
    let app = spawn_app().await;
    let c = county(&app).await;
    let candidates = "{ exitCandidates { member { name } silentSixMonths unexcusedAbsences } }";
    let start = app.clock.now() + Duration::hours(2);
    let mut meetings = Vec::new();
    for topic in ["专项监督启动会", "营商环境调研"] {
        let id = create(
            &app,
            &c.office,
            json!({ "kind": "SPECIAL_SUPERVISION", "topic": topic, "place": "县优化办",
                    "startsAt": start, "endsAt": start + Duration::hours(2), "memberIds": [c.a.0, c.b.0] }),
        )
        .await;
        app.gql(Some(&c.office), ANNOUNCE, json!({ "id": id }))
            .await;
        meetings.push(id);
    }
    let listed = list(&app, &c.office).await;
    let entries = |meeting: &str, a: &str, b: &str| -> Value {
        let node = listed["edges"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|e| e["node"]["id"] == meeting)
            .expect("listed");
        let id_of = |name: &str| {
            node["node"]["invitations"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|i| i["member"]["name"] == name)
                .map(|i| i["id"].clone())
                .expect("invited")
        };
        json!([
            { "invitationId": id_of("sup.a"), "attendance": a },
            { "invitationId": id_of("sup.b"), "attendance": b },
        ])
    };
    let early = app
        .gql(Some(&c.office), ATTEND, json!({ "i": { "meetingId": meetings[0], "entries": entries(&meetings[0], "ABSENT", "EXCUSED") } }))
        .await;
    assert_eq!(code(&early), "INVALID_TRANSITION", "not before the start");

    app.clock.set(start + Duration::hours(3));
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let supervisor = app.token_for("sup.a", NEW_PASSWORD).await;
    let denied = app
        .gql(Some(&supervisor), ATTEND, json!({ "i": { "meetingId": meetings[0], "entries": entries(&meetings[0], "ATTENDED", "ATTENDED") } }))
        .await;
    assert_eq!(code(&denied), "FORBIDDEN");
    let unclosed = app
        .gql(
            Some(&office),
            CLOSE,
            json!({ "i": { "meetingId": meetings[0], "minutes": "会议纪要" } }),
        )
        .await;
    assert_eq!(code(&unclosed), "INVALID_TRANSITION", "attendance first");

    let held = app
        .gql(Some(&office), ATTEND, json!({ "i": { "meetingId": meetings[0], "entries": entries(&meetings[0], "ABSENT", "EXCUSED") } }))
        .await;
    assert_eq!(data(&held, "recordAttendance")["meeting"]["status"], "HELD");
    let one = app.gql(Some(&office), candidates, json!({})).await;
    assert_eq!(
        one["data"]["exitCandidates"],
        json!([]),
        "one absence is not enough"
    );

    app.gql(Some(&office), ATTEND, json!({ "i": { "meetingId": meetings[1], "entries": entries(&meetings[1], "ABSENT", "EXCUSED") } }))
        .await;
    let closed = app
        .gql(Some(&office), CLOSE, json!({ "i": { "meetingId": meetings[1], "minutes": "一、部署专项监督。", "decisions": "下月开展回头看。" } }))
        .await;
    assert_eq!(
        data(&closed, "closeMeeting")["meeting"],
        json!({ "status": "CLOSED", "minutes": "一、部署专项监督。" })
    );
    let two = app.gql(Some(&office), candidates, json!({})).await;
    assert_eq!(
        two["data"]["exitCandidates"],
        json!([{ "member": { "name": "sup.a" }, "silentSixMonths": false, "unexcusedAbsences": 2 }]),
        "excused absences do not count: {two}"
    );
}

#[tokio::test]
async fn supervisors_apply_to_open_activities_and_nobody_crosses_roles_or_regions() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let other_office = app.office("430602").await;

    // Only the office organises activities other than joint meetings.
    let refused = app
        .gql(
            Some(&c.leading),
            CREATE,
            json!({ "i": { "kind": "TRAINING", "topic": "培训", "place": "党校",
              "startsAt": "2025-03-20T01:00:00Z", "endsAt": "2025-03-20T03:00:00Z" } }),
        )
        .await;
    assert_eq!(code(&refused), "FORBIDDEN");
    let bad_time = app
        .gql(
            Some(&c.office),
            CREATE,
            json!({ "i": { "kind": "TRAINING", "topic": "培训", "place": "党校",
              "startsAt": "2025-03-20T03:00:00Z", "endsAt": "2025-03-20T01:00:00Z" } }),
        )
        .await;
    assert_eq!(code(&bad_time), "VALIDATION");
    let foreign_unit = app
        .create_unit(&other_office, "鄰縣稅務局", "DEPARTMENT")
        .await;
    let cross = app
        .gql(Some(&c.office), CREATE, json!({ "i": { "kind": "INSPECTION", "topic": "视察", "place": "园区",
              "startsAt": "2025-03-20T01:00:00Z", "endsAt": "2025-03-20T03:00:00Z", "unitIds": [foreign_unit] } }))
        .await;
    assert_eq!(code(&cross), "VALIDATION", "no units of another region");

    let id = create(
        &app,
        &c.office,
        json!({ "kind": "INSPECTION", "topic": "重点项目视察", "place": "经开区", "openToApplications": true,
                "startsAt": "2025-03-20T01:00:00Z", "endsAt": "2025-03-20T03:00:00Z", "memberIds": [c.a.0] }),
    )
    .await;
    let early = app
        .gql(Some(&c.b.1), APPLY, json!({ "i": { "meetingId": id } }))
        .await;
    assert_eq!(code(&early), "NOT_FOUND", "a draft is not visible");
    app.gql(Some(&c.office), ANNOUNCE, json!({ "id": id }))
        .await;

    // Another region's office and an uninvited unit see nothing and can do nothing.
    assert_eq!(list(&app, &other_office).await["totalCount"], 0);
    assert_eq!(list(&app, &c.handler).await["totalCount"], 0);
    let meddling = app
        .gql(
            Some(&other_office),
            CANCEL,
            json!({ "i": { "meetingId": id, "reason": "x" } }),
        )
        .await;
    assert_eq!(code(&meddling), "NOT_FOUND");
    let a_invitation = invitation(&app, &c.office, "sup.a").await;
    let foreign = app
        .gql(
            Some(&c.handler),
            RESPOND,
            json!({ "i": { "invitationId": a_invitation, "response": "ACCEPT" } }),
        )
        .await;
    assert_eq!(code(&foreign), "NOT_FOUND");
    let peek = app
        .gql(
            Some(&c.b.1),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": a_invitation }),
        )
        .await;
    assert_eq!(code(&peek), "NOT_FOUND", "another supervisor's invitation");

    // b sees the open activity, applies once, and the office admits.
    assert_eq!(list(&app, &c.b.1).await["totalCount"], 1);
    let applied = app
        .gql(
            Some(&c.b.1),
            APPLY,
            json!({ "i": { "meetingId": id, "reason": "熟悉园区企业" } }),
        )
        .await;
    let application = data(&applied, "applyToActivity")["invitation"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let twice = app
        .gql(Some(&c.b.1), APPLY, json!({ "i": { "meetingId": id } }))
        .await;
    assert_eq!(code(&twice), "CONFLICT");
    let self_admit = app
        .gql(
            Some(&c.b.1),
            DECIDE,
            json!({ "i": { "invitationId": application, "admit": true } }),
        )
        .await;
    assert_eq!(code(&self_admit), "FORBIDDEN");
    let no_reason = app
        .gql(
            Some(&c.office),
            DECIDE,
            json!({ "i": { "invitationId": application, "admit": false } }),
        )
        .await;
    assert_eq!(code(&no_reason), "VALIDATION");
    assert_eq!(
        notices(&app, &c.office, None).await,
        1,
        "only a; the applicant waits"
    );
    let admitted = app
        .gql(
            Some(&c.office),
            DECIDE,
            json!({ "i": { "invitationId": application, "admit": true } }),
        )
        .await;
    assert_eq!(
        data(&admitted, "decideApplication")["invitation"]["status"],
        "ACCEPTED"
    );
    assert_eq!(
        notices(&app, &c.office, None).await,
        1,
        "now b, not a again"
    );

    // A unit invited after the announcement gets the current notice; nobody else again.
    let invited = app
        .gql(
            Some(&c.office),
            "mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { meeting { sequence } } }",
            json!({ "i": { "meetingId": id, "unitIds": [c.unit] } }),
        )
        .await;
    assert_eq!(
        data(&invited, "inviteToMeeting")["meeting"]["sequence"],
        0,
        "no change to the plan"
    );
    assert_eq!(
        notices(&app, &c.office, None).await,
        1,
        "the unit's handler only"
    );
    assert_eq!(
        list(&app, &c.handler).await["totalCount"],
        1,
        "the unit now sees it"
    );
}

#[tokio::test]
async fn the_office_is_reminded_of_a_quarter_without_an_announced_joint_meeting() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let joint = |topic: &str, start: &str, end: &str| {
        json!({ "kind": "JOINT_MEETING", "topic": topic, "place": "县政府",
                "startsAt": start, "endsAt": end, "memberIds": [c.a.0] })
    };
    let q1 = create(
        &app,
        &c.leading,
        joint(
            "第一季度联席会议",
            "2025-03-25T01:00:00Z",
            "2025-03-25T03:00:00Z",
        ),
    )
    .await;
    app.gql(Some(&c.leading), ANNOUNCE, json!({ "id": q1 }))
        .await;
    // Q3's is only a draft: not announced, so the office is still reminded.
    create(
        &app,
        &c.leading,
        joint(
            "第三季度联席会议",
            "2025-09-25T01:00:00Z",
            "2025-09-25T03:00:00Z",
        ),
    )
    .await;
    for (now, expected) in [
        ("2025-03-01T02:00:00Z", 0),
        ("2025-06-01T02:00:00Z", 1),
        ("2025-09-01T02:00:00Z", 1),
    ] {
        let run = app.run_job("joint-meeting-check", now).await;
        assert_eq!(run.effects, expected, "{now}");
    }
    let notifications = app
        .gql(
            Some(&c.office),
            "{ notifications { edges { node { title } } } }",
            json!({}),
        )
        .await;
    let text = notifications.to_string();
    assert!(text.contains("2025年第二季度尚未安排联席会议"), "{text}");
    assert!(text.contains("2025年第三季度尚未安排联席会议"), "{text}");
    assert!(!text.contains("第一季度尚未"), "{text}");
}

#[tokio::test]
async fn an_invitee_downloads_the_meeting_for_its_calendar_and_nobody_else_does() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let id = create(
        &app,
        &c.office,
        json!({ "kind": "SYMPOSIUM", "topic": "企业座谈会", "place": "县工商联三楼",
                "startsAt": "2025-03-10T01:30:00Z", "endsAt": "2025-03-10T03:30:00Z", "memberIds": [c.a.0] }),
    )
    .await;
    app.gql(Some(&c.office), ANNOUNCE, json!({ "id": id }))
        .await;
    let url = app
        .gql(
            Some(&c.a.1),
            "query($id: ID!) { node(id: $id) { ... on Meeting { calendarUrl } } }",
            json!({ "id": id }),
        )
        .await["data"]["node"]["calendarUrl"]
        .as_str()
        .expect("calendarUrl")
        .to_owned();
    let download = |token: Option<String>| {
        let mut request = app.client().get(app.url(&url));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };

    let got = download(Some(c.a.1.clone())).await.expect("sent");
    assert_eq!(got.status(), 200);
    assert_eq!(
        got.headers()["content-type"],
        "text/calendar; charset=utf-8; method=PUBLISH"
    );
    let calendar = got.text().await.expect("text");
    assert!(calendar.contains("METHOD:PUBLISH\r\n"), "{calendar}");
    assert!(calendar.contains("SUMMARY:企业座谈会\r\n"), "{calendar}");
    assert!(
        calendar.contains("DTSTART;TZID=Asia/Shanghai:20250310T093000\r\n"),
        "{calendar}"
    );
    // The entry the notices update: their UID, from the meeting and the sender's domain.
    let number = url
        .trim_start_matches("/exports/meetings/")
        .trim_end_matches(".ics");
    assert!(
        calendar.contains(&format!("UID:meeting-{number}@watchpost.localhost\r\n")),
        "{calendar}"
    );

    // Another supervisor, a unit not invited and the public do not get it.
    for token in [Some(c.b.1.clone()), Some(c.handler.clone())] {
        assert_eq!(download(token).await.expect("sent").status(), 404);
    }
    assert_eq!(download(None).await.expect("sent").status(), 401);

    // Called off, the copy says so.
    app.gql(
        Some(&c.office),
        CANCEL,
        json!({ "i": { "meetingId": id, "reason": "与县政府常务会议冲突" } }),
    )
    .await;
    let cancelled = download(Some(c.a.1.clone()))
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");
    assert!(cancelled.contains("STATUS:CANCELLED\r\n"), "{cancelled}");
}

#[tokio::test]
async fn a_change_before_the_announcement_went_out_reaches_people_as_the_announcement() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let id = create(
        &app,
        &c.office,
        json!({ "kind": "JOINT_MEETING", "topic": "第一季度联席会议", "agenda": "一、通报情况",
                "place": "县政务服务中心301", "startsAt": "2025-03-10T01:30:00Z", "endsAt": "2025-03-10T03:30:00Z",
                "memberIds": [c.a.0] }),
    )
    .await;
    app.gql(Some(&c.office), ANNOUNCE, json!({ "id": id }))
        .await;
    // Moved before the notices job ran: sup.a never had the first notice.
    let changed = app
        .gql(Some(&c.office), CHANGE, json!({ "i": { "meetingId": id, "topic": "第一季度联席会议", "agenda": "一、通报情况",
              "place": "县政府第二会议室", "startsAt": "2025-03-11T06:00:00Z", "endsAt": "2025-03-11T08:00:00Z" } }))
        .await;
    assert_eq!(data(&changed, "changeMeeting")["meeting"]["sequence"], 1);
    assert_eq!(notices(&app, &c.office, None).await, 1);
    const TOLD: &str = "{ notifications { edges { node { title body } } } }";
    let told = app.gql(Some(&c.a.1), TOLD, json!({})).await;
    let titles = told.to_string();
    assert!(titles.contains("联席会议通知：第一季度联席会议"), "{told}");
    assert!(!titles.contains("变更通知"), "{told}");
    assert!(
        titles.contains("县政府第二会议室"),
        "the meeting as it now stands: {told}"
    );

    // Someone invited afterwards also gets the announcement; a later change is a change for
    // those told before.
    app.gql(
        Some(&c.office),
        "mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { meeting { id } } }",
        json!({ "i": { "meetingId": id, "memberIds": [c.b.0] } }),
    )
    .await;
    notices(&app, &c.office, None).await;
    app.gql(Some(&c.office), CHANGE, json!({ "i": { "meetingId": id, "topic": "第一季度联席会议", "agenda": "一、通报情况",
          "place": "县政府第三会议室", "startsAt": "2025-03-11T06:00:00Z", "endsAt": "2025-03-11T08:00:00Z" } }))
        .await;
    notices(&app, &c.office, None).await;
    for (token, announcements, changes) in [(&c.a.1, 1, 1), (&c.b.1, 1, 1)] {
        let told = app.gql(Some(token), TOLD, json!({})).await.to_string();
        assert_eq!(
            told.matches("联席会议通知：").count(),
            announcements,
            "{told}"
        );
        assert_eq!(
            told.matches("联席会议变更通知：").count(),
            changes,
            "{told}"
        );
    }
}

#[tokio::test]
async fn an_observing_unit_no_one_signs_in_for_gets_the_invitation_with_its_calendar_at_its_address()
 {
    let app = spawn_app().await;
    let c = county(&app).await;
    let created = app
        .gql(
            Some(&c.office),
            "mutation { createUnit(input: {name: \"縣人社局\", kind: DEPARTMENT, contactEmail: \"rsj@yy.gov.cn\"}) { unit { id } } }",
            json!({}),
        )
        .await;
    let unit = created["data"]["createUnit"]["unit"]["id"].clone();
    let id = create(
        &app,
        &c.office,
        json!({ "kind": "JOINT_MEETING", "topic": "第一季度联席会议", "agenda": "一、通报情况",
                "place": "县政务服务中心301", "startsAt": "2025-03-10T01:30:00Z", "endsAt": "2025-03-10T03:30:00Z",
                "memberIds": [c.a.0], "unitIds": [unit] }),
    )
    .await;
    app.gql(Some(&c.office), ANNOUNCE, json!({ "id": id }))
        .await;
    notices(&app, &c.office, None).await;
    let mailed = entities::outbox_message::Entity::find()
        .filter(entities::outbox_message::Column::ToAddress.eq("rsj@yy.gov.cn"))
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(mailed.len(), 1, "{mailed:?}");
    assert!(
        mailed[0].subject.contains("联席会议通知"),
        "{}",
        mailed[0].subject
    );
    assert!(
        mailed[0].body_text.contains("请您列席"),
        "{}",
        mailed[0].body_text
    );
    assert_eq!(mailed[0].attachment_name.as_deref(), Some("meeting.ics"));
    assert!(
        mailed[0]
            .attachment_body
            .as_deref()
            .is_some_and(|ics| ics.contains("mailto:rsj@yy.gov.cn")),
        "the unit is the attendee"
    );
    // Sent again, nothing more.
    notices(&app, &c.office, None).await;
    let again = entities::outbox_message::Entity::find()
        .filter(entities::outbox_message::Column::ToAddress.eq("rsj@yy.gov.cn"))
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(again.len(), 1);
}
