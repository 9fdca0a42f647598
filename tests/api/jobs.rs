//! Scheduled jobs run by hand with an explicit "now": exactly once per run key, effects once
//! per slip and overdue episode.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::harness::{TestApp, code, spawn_app};

const ID_A: &str = "430621198001010026";
const RUN: &str = "mutation($now: DateTime) { runJob(input: {name: \"escalate-overdue\", now: $now}) { run { runKey status effects } } }";

struct County {
    office: String,
    discipline: String,
    handler: String,
    slip: String,
}

/// A slip issued on Monday 2025-03-03 with its deadline on Friday 2025-03-07.
async fn county(app: &TestApp) -> County {
    let (office, leading) = app.office_and_leading_group("430621").await;
    let commission = app
        .create_unit(&office, "縣紀委監委", "DISCIPLINE_COMMISSION")
        .await;
    let (_, discipline) = app
        .member(&office, "jw.discipline", "DISCIPLINE", Some(&commission))
        .await;
    let unit = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "zjj.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let report = app
        .accepted_report(
            &office,
            &supervisor,
            json!({ "kind": "PROBLEM", "title": "施工許可久拖", "body": "三個月未辦結。", "area": "GOVERNMENT_SERVICES" }),
        )
        .await;
    let slip = app
        .issued_slip(&office, &report, &unit, Some("2025-03-07"))
        .await;
    County {
        office,
        discipline,
        handler,
        slip,
    }
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("instant")
        .with_timezone(&Utc)
}

async fn referrals(app: &TestApp, token: &str) -> Value {
    app.gql(
        Some(token),
        "{ referrals { totalCount edges { node { origin summary assignmentId } } } }",
        json!({}),
    )
    .await
}

#[tokio::test]
async fn an_overdue_slip_is_announced_once_and_referred_once_past_the_grace_period() {
    let app = spawn_app().await;
    let c = county(&app).await;

    // Monday 3/10: one working day late, within the grace period.
    let first = app
        .gql(
            Some(&c.office),
            RUN,
            json!({ "now": "2025-03-10T01:00:00Z" }),
        )
        .await;
    assert_eq!(
        first["data"]["runJob"]["run"]["status"], "succeeded",
        "{first}"
    );
    assert_eq!(
        referrals(&app, &c.discipline).await["data"]["referrals"]["totalCount"],
        json!(0)
    );
    let told = app
        .gql(
            Some(&c.handler),
            "{ notifications { edges { node { kind } } } }",
            json!({}),
        )
        .await;
    let overdue_notices = told.to_string().matches("assignment_overdue").count();
    assert_eq!(overdue_notices, 1);

    // Monday 3/17: six working days late, past the grace of five. Ten runs in a row, then
    // eight at once, give one referral.
    for _ in 0..10 {
        app.gql(
            Some(&c.office),
            RUN,
            json!({ "now": "2025-03-17T01:00:00Z" }),
        )
        .await;
    }
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let state = app.state.clone();
            tokio::spawn(async move {
                watchpost::jobs::run(
                    &state,
                    "escalate-overdue",
                    at("2025-03-17T01:00:00Z"),
                    None,
                    true,
                )
                .await
                .map(|r| r.len())
            })
        })
        .collect();
    for task in tasks {
        assert!(task.await.expect("task").is_ok());
    }
    let queue = referrals(&app, &c.discipline).await;
    assert_eq!(
        queue["data"]["referrals"]["totalCount"],
        json!(1),
        "{queue}"
    );
    let referral = &queue["data"]["referrals"]["edges"][0]["node"];
    assert_eq!(referral["origin"], "escalation");
    assert_eq!(referral["assignmentId"], c.slip.as_str());
    let summary = referral["summary"].as_str().unwrap_or("");
    assert!(
        summary.contains("縣住建局")
            && summary.contains("2025-03-07")
            && summary.contains("6 個工作日"),
        "{summary}"
    );
    assert!(
        !summary.contains("sup.one"),
        "no reporter identity in a referral"
    );
    let told = app
        .gql(
            Some(&c.handler),
            "{ notifications { edges { node { kind } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        told.to_string().matches("assignment_overdue").count(),
        1,
        "one notice per episode"
    );
    let commission = app
        .gql(
            Some(&c.discipline),
            "{ viewer { unreadNotificationCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        commission["data"]["viewer"]["unreadNotificationCount"],
        json!(1)
    );
}

#[tokio::test]
async fn a_new_deadline_starts_a_new_episode() {
    let app = spawn_app().await;
    let c = county(&app).await;
    app.gql(
        Some(&c.office),
        RUN,
        json!({ "now": "2025-03-17T01:00:00Z" }),
    )
    .await;
    assert_eq!(
        referrals(&app, &c.office).await["data"]["referrals"]["totalCount"],
        json!(1)
    );

    for (token, mutation, input) in [
        (
            &c.handler,
            "signAssignment",
            json!({ "assignmentId": c.slip }),
        ),
        (
            &c.handler,
            "replyAssignment",
            json!({ "assignmentId": c.slip, "reply": "已受理" }),
        ),
        (
            &c.office,
            "returnAssignment",
            json!({ "assignmentId": c.slip, "reason": "未辦結", "deadline": "2025-03-18" }),
        ),
    ] {
        let input_type = match mutation {
            "replyAssignment" => "ReplyAssignmentInput",
            "returnAssignment" => "ReturnAssignmentInput",
            _ => "AssignmentIdInput",
        };
        let answer = app
            .gql(Some(token), &format!("mutation($i: {input_type}!) {{ {mutation}(input: $i) {{ assignment {{ status }} }} }}"), json!({ "i": input }))
            .await;
        assert!(answer["data"][mutation].is_object(), "{mutation}: {answer}");
    }
    app.gql(
        Some(&c.office),
        RUN,
        json!({ "now": "2025-03-27T01:00:00Z" }),
    )
    .await;
    app.gql(
        Some(&c.office),
        RUN,
        json!({ "now": "2025-03-27T02:00:00Z" }),
    )
    .await;
    assert_eq!(
        referrals(&app, &c.office).await["data"]["referrals"]["totalCount"],
        json!(2)
    );
}

#[tokio::test]
async fn a_scheduled_run_happens_once_per_run_key() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let now = at("2025-03-17T01:00:00Z");
    let first = watchpost::jobs::run(&app.state, "escalate-overdue", now, None, false)
        .await
        .unwrap_or_else(|e| panic!("{}", e.message()));
    assert_eq!(first[0].run_key, "escalate-overdue:430621:2025-03-17");
    assert_eq!(first[0].status, "succeeded");
    let again = watchpost::jobs::run(&app.state, "escalate-overdue", now, None, false)
        .await
        .unwrap_or_else(|e| panic!("{}", e.message()));
    assert_eq!(again[0].status, "skipped");
    let runs = app
        .gql(
            Some(&c.office),
            "{ jobRuns { runKey status effects } }",
            json!({}),
        )
        .await;
    assert_eq!(
        runs["data"]["jobRuns"][0]["runKey"],
        "escalate-overdue:430621:2025-03-17"
    );
    assert_eq!(runs["data"]["jobRuns"][0]["status"], "succeeded");
}

#[tokio::test]
async fn only_the_office_runs_jobs_and_only_known_ones() {
    let app = spawn_app().await;
    let c = county(&app).await;
    assert_eq!(
        code(&app.gql(Some(&c.handler), RUN, json!({ "now": null })).await),
        "FORBIDDEN"
    );
    assert_eq!(
        code(
            &app.gql(Some(&c.discipline), "{ jobRuns { runKey } }", json!({}))
                .await
        ),
        "FORBIDDEN"
    );
    let unknown = app
        .gql(
            Some(&c.office),
            "mutation { runJob(input: {name: \"make-coffee\"}) { run { status } } }",
            json!({}),
        )
        .await;
    assert_eq!(unknown["errors"][0]["extensions"]["field"], "name");
}
