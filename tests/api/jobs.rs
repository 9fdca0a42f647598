//! Scheduled jobs run by hand with an explicit "now": exactly once per run key, effects once
//! per slip and overdue episode.

use chrono::{DateTime, Utc};
use entities::job_run;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use watchpost::jobs::scheduler::Scheduler;

use crate::harness::{ADMIN_PASSWORD, NEW_PASSWORD, TestApp, code, spawn_app};

const ID_A: &str = "430621198001010026";
const RUN: &str = "mutation($now: DateTime) { runJob(input: {name: \"escalate-overdue\", now: $now}) { run { runKey status effects } } }";

struct County {
    office: String,
    discipline: String,
    handler: String,
    supervisor: String,
    unit: String,
    slip: String,
}

/// A slip issued on Monday 2025-03-03 with its deadline on Friday 2025-03-07.
async fn county(app: &TestApp) -> County {
    let (office, leading) = app.office_and_leading_group("430621").await;
    let discipline = app.commission_member(&office, "jw.discipline").await;
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
        supervisor,
        unit,
        slip,
    }
}

/// The same county after the test clock moved past the sessions' idle timeout.
async fn signed_in_again(app: &TestApp, c: County) -> County {
    County {
        office: app.token_for("office430621", ADMIN_PASSWORD).await,
        discipline: app.token_for("jw.discipline", NEW_PASSWORD).await,
        handler: app.token_for("zjj.handler", NEW_PASSWORD).await,
        ..c
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
        .run_job("escalate-overdue", "2025-03-10T01:00:00Z")
        .await;
    assert_eq!(first.status, "succeeded");
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
        app.run_job("escalate-overdue", "2025-03-17T01:00:00Z")
            .await;
    }
    // Eight schedulers wake at once (as eight replicas would) and catch up to the same day.
    app.clock.set(at("2025-03-17T01:00:00Z"));
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let state = app.state.clone();
            tokio::spawn(async move { Scheduler::default().run_due(&state).await.map(|r| r.len()) })
        })
        .collect();
    for task in tasks {
        assert!(task.await.expect("task").is_ok());
    }
    let claims = job_run::Entity::find()
        .filter(job_run::Column::RunKey.eq("escalate-overdue:430621:2025-03-17"))
        .all(&app.state.db)
        .await
        .expect("runs");
    assert_eq!(claims.len(), 1);
    assert_eq!(
        (claims[0].attempts, claims[0].status.as_str()),
        (1, "succeeded")
    );
    // Two weeks on, the sessions have lapsed: sign in again.
    let c = signed_in_again(&app, c).await;
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
            && summary.contains("6 个工作日"),
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
async fn a_batch_of_overdue_slips_is_referred_each_once_with_its_audit_chained() {
    let app = spawn_app().await;
    let c = county(&app).await;
    for title in ["審批材料反覆補正", "檢查頻次過高"] {
        let report = app
            .accepted_report(
                &c.office,
                &c.supervisor,
                json!({ "kind": "PROBLEM", "title": title, "body": "久拖未決。", "area": "GOVERNMENT_SERVICES" }),
            )
            .await;
        app.issued_slip(&c.office, &report, &c.unit, Some("2025-03-07"))
            .await;
    }
    for _ in 0..2 {
        let run = app
            .run_job("escalate-overdue", "2025-03-17T01:00:00Z")
            .await;
        assert_eq!(run.status, "succeeded");
    }
    let c = signed_in_again(&app, c).await;
    let queue = referrals(&app, &c.discipline).await;
    assert_eq!(
        queue["data"]["referrals"]["totalCount"],
        json!(3),
        "{queue}"
    );
    let told = app
        .gql(
            Some(&c.handler),
            "{ notifications { edges { node { kind } } } }",
            json!({}),
        )
        .await;
    assert_eq!(told.to_string().matches("assignment_overdue").count(), 3);
    let commission = app
        .gql(
            Some(&c.discipline),
            "{ viewer { unreadNotificationCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        commission["data"]["viewer"]["unreadNotificationCount"],
        json!(3)
    );
    let audited = app
        .gql(
            Some(&c.office),
            "{ auditEvents(filter: {action: \"escalateOverdue\"}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        audited["data"]["auditEvents"]["totalCount"],
        json!(3),
        "{audited}"
    );
    let chain = watchpost::service::audit::verify(&app.state.db)
        .await
        .unwrap_or_else(|e| panic!("verify: {}", e.message()));
    assert_eq!(chain.broken, None, "the batch's events extend the chain");
}

#[tokio::test]
async fn a_new_deadline_starts_a_new_episode() {
    let app = spawn_app().await;
    let c = county(&app).await;
    app.run_job("escalate-overdue", "2025-03-17T01:00:00Z")
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
    app.run_job("escalate-overdue", "2025-03-27T01:00:00Z")
        .await;
    app.run_job("escalate-overdue", "2025-03-27T02:00:00Z")
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
    app.clock.set(at("2025-03-17T01:00:00Z"));
    let first = Scheduler::default()
        .run_due(&app.state)
        .await
        .unwrap_or_else(|e| panic!("{}", e.message()));
    let today = first
        .iter()
        .find(|r| r.run_key == "escalate-overdue:430621:2025-03-17")
        .expect("the day's run");
    assert_eq!(today.status, "succeeded");
    // Catching up from Monday 3/3 runs every working day once; together they wrote two
    // overdue notices (handler, office) and one referral.
    let escalations: Vec<_> = first
        .iter()
        .filter(|r| r.run_key.starts_with("escalate-overdue:"))
        .collect();
    assert_eq!(escalations.len(), 10);
    assert_eq!(escalations.iter().map(|r| r.effects).sum::<i32>(), 3);
    // A restarted process learns from the run table that nothing more is due.
    let again = Scheduler::default()
        .run_due(&app.state)
        .await
        .unwrap_or_else(|e| panic!("{}", e.message()));
    assert_eq!(again.len(), 0);
    let _ = c;
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let runs = app
        .gql(
            Some(&office),
            "{ jobRuns { runKey status effects } }",
            json!({}),
        )
        .await;
    let listed = runs["data"]["jobRuns"]
        .as_array()
        .unwrap_or_else(|| panic!("{runs}"))
        .iter()
        .find(|r| r["runKey"] == "escalate-overdue:430621:2025-03-17")
        .cloned()
        .unwrap_or_else(|| panic!("{runs}"));
    assert_eq!(listed["status"], "succeeded");
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

#[tokio::test]
async fn the_office_runs_jobs_only_at_the_present_or_a_past_time_and_the_time_is_audited() {
    let app = spawn_app().await;
    let c = county(&app).await;
    // It is Monday 2025-03-03; the slip is due on Friday. A forged clock would refer it to
    // the commission and end every term at once.
    let run = |name: &str, now: Option<&str>| {
        app.gql(
            Some(&c.office),
            "mutation($n: String!, $t: DateTime) { runJob(input: {name: $n, now: $t}) { run { status effects } } }",
            json!({ "n": name, "t": now }),
        )
    };
    for name in ["escalate-overdue", "terms-and-exits"] {
        let forged = run(name, Some("2099-06-01T01:00:00Z")).await;
        assert_eq!(code(&forged), "VALIDATION", "{forged}");
        assert_eq!(forged["errors"][0]["extensions"]["field"], "now");
    }
    assert_eq!(
        referrals(&app, &c.office).await["data"]["referrals"]["totalCount"],
        json!(0)
    );
    let supervisor = app
        .gql(Some(&c.supervisor), "{ viewer { role } }", json!({}))
        .await;
    assert_eq!(
        supervisor["data"]["viewer"]["role"], "SUPERVISOR",
        "{supervisor}"
    );
    // Now, and a past time the job would still catch up on, run; one past its window not.
    let present = run("escalate-overdue", None).await;
    assert_eq!(
        present["data"]["runJob"]["run"]["status"], "succeeded",
        "{present}"
    );
    let past = run("escalate-overdue", Some("2025-01-02T01:00:00Z")).await;
    assert_eq!(
        past["data"]["runJob"]["run"]["status"], "succeeded",
        "{past}"
    );
    let stale = run("quarterly-reminder", Some("2025-02-20T01:00:00Z")).await;
    assert_eq!(code(&stale), "VALIDATION", "{stale}");

    let events = app
        .gql(
            Some(&c.office),
            "{ auditEvents(first: 20, filter: {action: \"runJob\"}) { edges { node { result after } } } }",
            json!({}),
        )
        .await;
    let events: Vec<(String, Value)> = events["data"]["auditEvents"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{events}"))
        .iter()
        .map(|e| {
            let after: Value = serde_json::from_str(e["node"]["after"].as_str().unwrap_or("null"))
                .unwrap_or(Value::Null);
            (e["node"]["result"].as_str().unwrap_or("").to_owned(), after)
        })
        .collect();
    let refused: Vec<&Value> = events
        .iter()
        .filter(|(result, _)| result == "refused")
        .map(|(_, after)| &after["now"])
        .collect();
    assert_eq!(refused.len(), 3, "{events:?}");
    assert!(
        refused.contains(&&json!("2099-06-01T01:00:00Z")),
        "{events:?}"
    );
    let ran: Vec<(&Value, &Value)> = events
        .iter()
        .filter(|(result, _)| result == "success")
        .map(|(_, after)| (&after["now"], &after["nowGiven"]))
        .collect();
    assert!(
        ran.contains(&(&json!("2025-01-02T01:00:00Z"), &json!(true)))
            && ran.contains(&(&json!("2025-03-03T01:00:00Z"), &json!(false))),
        "{events:?}"
    );
}

#[tokio::test]
async fn a_run_killed_after_its_claim_completes_once_when_the_lease_lapses() {
    let app = spawn_app().await;
    county(&app).await;
    // A process claimed Monday's escalation at 09:00 and died before doing anything. Its
    // lease runs by the database's clock, whatever the processes' clocks say.
    let shared_now = watchpost::db::now(&app.state.db).await.expect("time");
    job_run::Entity::insert(job_run::ActiveModel {
        run_key: Set("escalate-overdue:430621:2025-03-17".into()),
        job: Set("escalate-overdue".into()),
        region_id: Set(Some(1)),
        scheduled_for: Set(Some(at("2025-03-17T01:00:00Z"))),
        status: Set("running".into()),
        attempts: Set(1),
        lease_until: Set(shared_now + chrono::Duration::minutes(10)),
        effects: Set(0),
        error: Set(None),
        started_at: Set(at("2025-03-17T01:00:00Z")),
        finished_at: Set(None),
        ..Default::default()
    })
    .exec(&app.state.db)
    .await
    .expect("claim inserted");

    // Within the lease nobody touches it, even a process whose clock is an hour on; once it
    // has lapsed, the next wake-up finishes the run.
    for now in ["2025-03-17T01:05:00Z", "2025-03-17T02:05:00Z"] {
        app.clock.set(at(now));
        let early = Scheduler::default()
            .run_due(&app.state)
            .await
            .expect("runs");
        assert!(
            !early
                .iter()
                .any(|r| r.run_key == "escalate-overdue:430621:2025-03-17")
        );
    }
    job_run::Entity::update_many()
        .col_expr(
            job_run::Column::LeaseUntil,
            sea_orm::sea_query::Expr::value(shared_now - chrono::Duration::seconds(1)),
        )
        .exec(&app.state.db)
        .await
        .expect("lease lapsed");
    for _ in 0..3 {
        Scheduler::default()
            .run_due(&app.state)
            .await
            .expect("runs");
    }
    let run = job_run::Entity::find()
        .filter(job_run::Column::RunKey.eq("escalate-overdue:430621:2025-03-17"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("run");
    assert_eq!((run.status.as_str(), run.attempts), ("succeeded", 2));
    let referrals = entities::referral::Entity::find()
        .all(&app.state.db)
        .await
        .expect("referrals");
    assert_eq!(referrals.len(), 1);
}

#[tokio::test]
async fn a_failed_run_keeps_its_error_and_later_runs_go_on() {
    let app = spawn_app().await;
    county(&app).await;
    // Break escalate-overdue's table for one morning.
    app.state
        .db
        .execute_unprepared("ALTER TABLE referrals RENAME TO referrals_away")
        .await
        .expect("renamed");
    app.clock.set(at("2025-03-10T01:30:00Z"));
    let mut scheduler = Scheduler::default();
    let reports = scheduler.run_due(&app.state).await.expect("runs");
    let status = |key: &str| {
        reports
            .iter()
            .find(|r| r.run_key == key)
            .map(|r| (r.status.clone(), r.error.clone().unwrap_or_default()))
            .unwrap_or_default()
    };
    let (failed, error) = status("escalate-overdue:430621:2025-03-10");
    assert_eq!(failed, "failed");
    assert!(
        error.contains("escalate-overdue:430621:2025-03-10"),
        "{error}"
    );
    assert!(
        !error.contains("referrals"),
        "no table names for the office: {error}"
    );
    assert_eq!(status("due-soon:430621:2025-03-10").0, "succeeded");

    app.state
        .db
        .execute_unprepared("ALTER TABLE referrals_away RENAME TO referrals")
        .await
        .expect("renamed back");
    app.clock.set(at("2025-03-11T01:30:00Z"));
    let next = scheduler.run_due(&app.state).await.expect("runs");
    assert!(
        next.iter()
            .any(|r| r.run_key == "escalate-overdue:430621:2025-03-11" && r.status == "succeeded")
    );
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let runs = app
        .gql(
            Some(&office),
            "{ jobRuns(last: 100) { runKey status error } }",
            json!({}),
        )
        .await;
    assert!(
        runs.to_string()
            .contains("\"runKey\":\"escalate-overdue:430621:2025-03-10\",\"status\":\"failed\""),
        "{runs}"
    );
    let metrics = app.metrics().await;
    assert!(
        // Every missed day's run failed too: escalations catch up.
        metrics.contains("watchpost_job_runs_total{job=\"escalate-overdue\",status=\"failed\"}"),
        "{metrics}"
    );
    assert!(metrics.contains("watchpost_job_duration_seconds_count{job=\"due-soon\"}"));
}

#[tokio::test]
async fn a_slips_timeline_shows_the_overdue_notice_and_the_referral_to_those_who_see_referrals() {
    let app = spawn_app().await;
    let c = county(&app).await;
    app.run_job("escalate-overdue", "2025-03-10T01:00:00Z")
        .await;
    app.run_job("escalate-overdue", "2025-03-17T01:00:00Z")
        .await;
    app.clock.set(at("2025-03-17T01:00:00Z"));
    let c = signed_in_again(&app, c).await;
    let timeline = |token: String| {
        let app = &app;
        let slip = c.slip.clone();
        async move {
            let answer = app
                .gql(
                    Some(&token),
                    "query($id: ID!) { node(id: $id) { ... on Assignment { timeline { action actor note } } } }",
                    json!({ "id": slip }),
                )
                .await;
            answer["data"]["node"]["timeline"]
                .as_array()
                .unwrap_or_else(|| panic!("{answer}"))
                .iter()
                .map(|s| s["action"].as_str().unwrap_or_default().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        timeline(c.office.clone()).await,
        ["issueAssignment", "urgeAssignment", "escalateOverdue"],
        "the overdue notice once for the episode, the escalation's referral for the office"
    );
    assert_eq!(
        timeline(c.handler.clone()).await,
        ["issueAssignment", "urgeAssignment"],
        "the unit is told it is overdue, not that it was referred"
    );
}

#[tokio::test]
async fn a_late_inquiry_climbs_the_slips_ladder_once_without_naming_who_asked() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let asked = app
        .gql(
            Some(&c.supervisor),
            "mutation($i: AskInquiryInput!) { askInquiry(input: $i) { inquiry { id deadline } } }",
            json!({ "i": { "kind": "INQUIRY", "unitId": c.unit, "subject": "審批時限", "question": "為何超過承諾時限？" } }),
        )
        .await;
    let inquiry = &asked["data"]["askInquiry"]["inquiry"];
    assert_eq!(inquiry["deadline"], "2025-03-17", "{asked}");
    let id = inquiry["id"].clone();
    let escalated = |queue: &Value| -> Vec<Value> {
        queue["data"]["referrals"]["edges"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| e["node"].clone())
            .filter(|n| n["inquiryId"] == id)
            .collect()
    };
    const QUEUE: &str = "{ referrals { edges { node { inquiryId origin summary } } } }";

    // The day after the deadline: 督办 to the unit and a notice to the office, once.
    for _ in 0..2 {
        app.run_job("escalate-overdue", "2025-03-18T01:00:00Z")
            .await;
    }
    let c = signed_in_again(&app, c).await;
    let overdue = "{ notifications { edges { node { kind title } } } }";
    for token in [&c.handler, &c.office] {
        let told = app.gql(Some(token), overdue, json!({})).await;
        assert_eq!(
            told.to_string().matches("inquiry_overdue").count(),
            1,
            "{told}"
        );
        assert!(
            told.to_string()
                .contains("督办：质询“審批時限”已超过答复期限"),
            "{told}"
        );
    }
    let queue = app.gql(Some(&c.discipline), QUEUE, json!({})).await;
    assert!(
        escalated(&queue).is_empty(),
        "within the grace period: {queue}"
    );

    // Past the grace period: one referral, naming the unit and never the asker.
    for _ in 0..2 {
        app.run_job("escalate-overdue", "2025-03-26T01:00:00Z")
            .await;
    }
    let c = signed_in_again(&app, c).await;
    let queue = app.gql(Some(&c.discipline), QUEUE, json!({})).await;
    let found = escalated(&queue);
    assert_eq!(found.len(), 1, "{queue}");
    assert_eq!(found[0]["origin"], "escalation");
    let summary = found[0]["summary"].as_str().unwrap_or("");
    assert!(
        summary.starts_with("质询“審批時限”逾期未答复。")
            && summary.contains("被询单位：縣住建局")
            && summary.contains("已超期 7 个工作日"),
        "{summary}"
    );
    assert!(!queue.to_string().contains("sup.one"), "{queue}");
    let told = app
        .gql(
            Some(&c.discipline),
            "{ notifications { edges { node { title } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        told.to_string()
            .matches("逾期未答复的质询移交纪委监委")
            .count(),
        1,
        "{told}"
    );
    // Answered late, it stays referred and nothing more is sent.
    let answered = app
        .gql(
            Some(&c.handler),
            "mutation($id: ID!) { answerInquiry(input: {inquiryId: $id, answer: \"已答覆\"}) { inquiry { overdue } } }",
            json!({ "id": id }),
        )
        .await;
    assert!(answered["errors"].is_null(), "{answered}");
    let after = app
        .run_job("escalate-overdue", "2025-03-27T01:00:00Z")
        .await;
    assert_eq!(after.status, "succeeded");
    let queue = app.gql(Some(&c.discipline), QUEUE, json!({})).await;
    assert_eq!(escalated(&queue).len(), 1);
}
