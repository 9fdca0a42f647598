//! Outbox delivery to a real SMTP server: working hours, immediate major notices, retries,
//! permanent failures, stalls, and the `.eml` default.

use chrono::{DateTime, Duration, Utc};
use entities::outbox_message;
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};
use serde_json::json;
use watchpost::{
    clock::Clock,
    mail::dispatch::{DispatchReport, dispatch_due},
};

use crate::{
    harness::{ADMIN_PASSWORD, NEW_PASSWORD, TestApp, spawn_app, spawn_app_with},
    smtp::{SmtpServer, Trouble, send_through},
};

const ID_A: &str = "430621198001010026";
const SUBMIT: &str =
    "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }";

pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("instant")
        .with_timezone(&Utc)
}

/// Every account gets an address `username@test.example`, so every notice is also an email.
pub async fn give_everyone_email(app: &TestApp) {
    app.state
        .db
        .execute_unprepared("UPDATE accounts SET email = username || '@test.example'")
        .await
        .expect("emails set");
}

/// An office, a unit with a handler, and an active supervisor `sup.one`, all with email.
async fn county(app: &TestApp) -> String {
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app
        .create_unit(&office, "縣行政審批服務局", "DEPARTMENT")
        .await;
    app.member(&office, "spj.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    app.active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    give_everyone_email(app).await;
    unit
}

async fn major_report(app: &TestApp, title: &str) {
    let supervisor = app.token_for("sup.one", NEW_PASSWORD).await;
    let answer = app
        .gql(
            Some(&supervisor),
            SUBMIT,
            json!({ "i": { "kind": "PROBLEM", "title": title, "body": "企業反映強制停產。", "area": "REGULATORY_ENFORCEMENT", "major": true } }),
        )
        .await;
    assert!(answer["data"]["submitReport"].is_object(), "{answer}");
}

async fn dispatch(app: &TestApp) -> DispatchReport {
    dispatch_due(&app.state, None)
        .await
        .unwrap_or_else(|e| panic!("dispatch: {}", e.message()))
}

async fn rows(app: &TestApp) -> Vec<outbox_message::Model> {
    outbox_message::Entity::find()
        .order_by_asc(outbox_message::Column::Id)
        .all(&app.state.db)
        .await
        .expect("outbox")
}

#[tokio::test]
async fn routine_mail_waits_for_working_hours_and_a_major_notice_goes_at_once() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|s| send_through(&smtp, s)).await;
    let unit = county(&app).await;

    // Saturday 2025-03-08, 10:00 in Yueyang: a routine inquiry and a major report.
    app.clock.set(at("2025-03-08T02:00:00Z"));
    let supervisor = app.token_for("sup.one", NEW_PASSWORD).await;
    let asked = app
        .gql(
            Some(&supervisor),
            "mutation($i: AskInquiryInput!) { askInquiry(input: $i) { inquiry { id } } }",
            json!({ "i": { "kind": "INQUIRY", "unitId": unit, "subject": "審批時限", "question": "為何超過承諾時限?" } }),
        )
        .await;
    assert!(asked["data"]["askInquiry"].is_object(), "{asked}");
    major_report(&app, "企業被強制停產").await;

    let weekend = dispatch(&app).await;
    assert_eq!((weekend.sent, weekend.retrying, weekend.failed), (1, 0, 0));
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, ["office430621@test.example"]);
    let major = rows(&app)
        .await
        .into_iter()
        .find(|r| r.immediate)
        .expect("the major notice");
    assert_eq!(
        received[0].header("Message-ID"),
        Some(format!("<outbox-{}@watchpost.localhost>", major.id).as_str())
    );
    assert!(received[0].data.contains("multipart/alternative"));

    // Monday 08:00 is before office hours; 09:00 is inside them. This time the office runs
    // the dispatcher by hand.
    app.clock.set(at("2025-03-10T00:00:00Z"));
    assert_eq!(dispatch(&app).await.total(), 0);
    app.clock.set(at("2025-03-10T01:00:00Z"));
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let run = app
        .gql(
            Some(&office),
            "mutation { runJob(input: {name: \"outbox-dispatch\"}) { run { status effects } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        run["data"]["runJob"]["run"],
        json!({ "status": "succeeded", "effects": 1 }),
        "{run}"
    );
    let received = smtp.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[1].to, ["spj.handler@test.example"]);
    assert!(
        rows(&app)
            .await
            .iter()
            .all(|r| r.status == "sent" && r.sent_at.is_some())
    );
}

#[tokio::test]
async fn transient_failures_retry_with_backoff_and_permanent_ones_fail_once() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|s| {
        send_through(&smtp, s);
        s.mail.max_attempts = 4;
    })
    .await;
    county(&app).await;
    let hour = Duration::hours(1);

    // 451: kept, retried after the backoff, then delivered.
    smtp.trouble(&[Trouble::Reply(451)]);
    major_report(&app, "第一件").await;
    assert_eq!(dispatch(&app).await.retrying, 1);
    let row = rows(&app).await.pop().expect("row");
    assert_eq!((row.status.as_str(), row.attempts), ("pending", 1));
    assert!(
        row.last_error.as_deref().unwrap_or("").contains("451"),
        "{row:?}"
    );
    assert!(row.next_attempt_at > app.clock.now());
    assert_eq!(dispatch(&app).await.total(), 0, "not before its time");
    app.clock.advance(hour);
    assert_eq!(dispatch(&app).await.sent, 1);
    let row = rows(&app).await.pop().expect("row");
    assert_eq!((row.status.as_str(), row.attempts), ("sent", 2));

    // 550: failed at once, never tried again.
    smtp.trouble(&[Trouble::Reply(550)]);
    major_report(&app, "第二件").await;
    assert_eq!(dispatch(&app).await.failed, 1);
    app.clock.advance(Duration::days(1));
    assert_eq!(dispatch(&app).await.total(), 0);
    let row = rows(&app).await.pop().expect("row");
    assert_eq!((row.status.as_str(), row.attempts), ("failed", 1));
    assert!(
        row.last_error.as_deref().unwrap_or("").contains("550"),
        "{row:?}"
    );

    // A server that accepts and then says nothing: the send times out and is retried.
    smtp.trouble(&[Trouble::Stall(std::time::Duration::from_secs(2))]);
    major_report(&app, "第三件").await;
    assert_eq!(dispatch(&app).await.retrying, 1);
    let row = rows(&app).await.pop().expect("row");
    assert!(
        row.last_error
            .as_deref()
            .unwrap_or("")
            .contains("no answer within"),
        "{row:?}"
    );
    // The pooled connection the stall left behind may fail once more (lettre keeps it);
    // the row still arrives within its attempts.
    for _ in 0..2 {
        app.clock.advance(hour);
        if dispatch(&app).await.sent == 1 {
            break;
        }
    }
    let stalled = rows(&app).await.pop().expect("row");
    assert_eq!(stalled.status, "sent", "{stalled:?}");

    // 451 after 451 uses up the attempts.
    smtp.trouble(&[Trouble::Reply(451); 4]);
    major_report(&app, "第四件").await;
    for _ in 0..5 {
        dispatch(&app).await;
        app.clock.advance(hour);
    }
    let row = rows(&app).await.pop().expect("row");
    assert_eq!((row.status.as_str(), row.attempts), ("failed", 4));
    assert!(
        row.last_error
            .as_deref()
            .unwrap_or("")
            .starts_with("gave up after 4 attempts")
    );

    // Delivered exactly: the first and the stalled one, each once.
    let ids: Vec<String> = smtp
        .received()
        .iter()
        .filter_map(|m| m.header("Message-ID").map(str::to_owned))
        .collect();
    let all = rows(&app).await;
    assert_eq!(
        ids,
        [all[0].id, stalled.id].map(|id| format!("<outbox-{id}@watchpost.localhost>"))
    );
    let metrics = app.metrics().await;
    assert!(
        metrics.contains("watchpost_outbox_sends_total{outcome=\"sent\"} 2"),
        "{metrics}"
    );
    assert!(metrics.contains("watchpost_outbox_sends_total{outcome=\"failed\"} 2"));
    assert!(metrics.contains("watchpost_outbox_depth 0"), "{metrics}");
}

#[tokio::test]
async fn without_an_smtp_server_mail_is_written_as_eml_files() {
    let app = spawn_app().await;
    county(&app).await;
    major_report(&app, "企業被強制停產").await;
    assert_eq!(dispatch(&app).await.sent, 1);
    let folder = app.state.settings.mail.folder.clone();
    let files: Vec<_> = std::fs::read_dir(&folder)
        .expect("mail folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(files[0].path()).expect("eml");
    let row = rows(&app).await.pop().expect("row");
    assert!(text.contains(&format!(
        "Message-ID: <outbox-{}@watchpost.localhost>",
        row.id
    )));
    assert!(text.contains("To: office430621@test.example"));
    assert!(row.subject.starts_with("【营商环境监督】"));
    assert!(
        row.body_html
            .as_deref()
            .unwrap_or("")
            .contains("<html lang=\"zh-CN\">")
    );
}

#[tokio::test]
async fn a_long_run_keeps_extending_its_lease() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|s| {
        send_through(&smtp, s);
        s.mail.send_timeout_ms = 5000;
        s.jobs.lease_seconds = 3;
    })
    .await;
    county(&app).await;
    // The server takes 2.5 s to accept: the dispatch run outlives a heartbeat period (1 s).
    smtp.trouble(&[Trouble::Stall(std::time::Duration::from_millis(2500))]);
    major_report(&app, "第一件").await;
    let start = app.clock.now();
    let claimed_at = watchpost::db::now(&app.state.db).await.expect("time");
    let reports = watchpost::jobs::run(&app.state, "outbox-dispatch", start, None)
        .await
        .unwrap_or_else(|e| panic!("{}", e.message()));
    assert_eq!(reports[0].status, "succeeded");
    let claimed = entities::job_run::Entity::find()
        .all(&app.state.db)
        .await
        .expect("runs")
        .pop()
        .expect("the run");
    // Claimed until about claimed_at + 3 s; heartbeats each second of the 2.5 s run moved it
    // on, by the database's clock.
    assert!(
        claimed.lease_until >= claimed_at + Duration::seconds(4),
        "{claimed:?} claimed at {claimed_at}"
    );
}

#[tokio::test]
async fn a_dispatcher_whose_clock_runs_ahead_leaves_a_message_being_sent_alone() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|s| {
        send_through(&smtp, s);
        s.mail.send_timeout_ms = 5000;
    })
    .await;
    county(&app).await;
    // The SMTP server is slow to answer this message's DATA.
    smtp.trouble(&[Trouble::Stall(std::time::Duration::from_millis(2500))]);
    major_report(&app, "第一件").await;
    let sending = {
        let state = app.state.clone();
        tokio::spawn(async move { dispatch_due(&state, None).await })
    };
    let db = &app.state.db;
    for _ in 0..100 {
        let rows = outbox_message::Entity::find().all(db).await.expect("rows");
        if rows.iter().any(|r| r.status == "sending") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // Meanwhile a replica whose clock is 90 s ahead (or `jobs run outbox-dispatch --now` in
    // the future) looks for due mail: the lease is the database's to judge.
    let ahead = watchpost::app::AppState {
        clock: std::sync::Arc::new(watchpost::clock::ManualClock::new(
            app.clock.now() + Duration::seconds(90),
        )),
        ..app.state.clone()
    };
    let taken = dispatch_due(&ahead, None)
        .await
        .unwrap_or_else(|e| panic!("{}", e.message()));
    assert_eq!(taken.total(), 0, "{taken:?}");
    assert!(smtp.received().is_empty(), "not sent a second time");
    sending.await.expect("task").expect("the first dispatcher");
}
