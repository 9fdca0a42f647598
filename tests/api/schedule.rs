//! The scheduler over simulated time: reminder waves, catch-up after downtime, due-soon
//! digests, terms, and several instances over one database.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use entities::{job_run, outbox_message};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use watchpost::{
    app::{App, AppState},
    clock::ManualClock,
    jobs::scheduler::Scheduler,
    mail::dispatch::dispatch_due,
};

use crate::{
    harness::{ADMIN_PASSWORD, NEW_PASSWORD, TestApp, spawn_app, spawn_app_with},
    mail::give_everyone_email,
    smtp::{SmtpServer, send_through},
};

const SUPERVISORS: [(&str, &str); 4] = [
    ("sup.a", "430621198001010034"),
    ("sup.b", "430621198102020047"),
    ("sup.c", "43062119820303005X"),
    ("sup.d", "430621198304040062"),
];

/// 09:30 in Yueyang on `day`.
fn morning(day: NaiveDate) -> chrono::DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(1, 30, 0).expect("time"))
}

fn day(text: &str) -> NaiveDate {
    text.parse().expect("date")
}

async fn office_with_supervisors(app: &TestApp) -> (String, String) {
    let (office, leading) = app.office_and_leading_group("430621").await;
    for (username, id_number) in SUPERVISORS {
        app.active_supervisor(&office, &leading, username, id_number)
            .await;
    }
    give_everyone_email(app).await;
    (office, leading)
}

async fn report(app: &TestApp, username: &str, kind: &str) -> String {
    let token = app.token_for(username, NEW_PASSWORD).await;
    let answer = app
        .gql(
            Some(&token),
            "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
            json!({ "i": { "kind": kind, "title": "窗口辦事排長隊", "body": "等候兩小時。", "area": "GOVERNMENT_SERVICES" } }),
        )
        .await;
    answer["data"]["submitReport"]["report"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_owned()
}

async fn valuable_suggestion(app: &TestApp, username: &str) {
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let reporter = app.token_for(username, NEW_PASSWORD).await;
    let id = app
        .accepted_report(
            &office,
            &reporter,
            json!({ "kind": "SUGGESTION", "title": "推行一窗通辦", "body": "合併窗口。", "area": "GOVERNMENT_SERVICES" }),
        )
        .await;
    let marked = app
        .gql(
            Some(&office),
            "mutation($i: ReportIdInput!) { markSuggestionValuable(input: $i) { report { valuable } } }",
            json!({ "i": { "reportId": id } }),
        )
        .await;
    assert_eq!(
        marked["data"]["markSuggestionValuable"]["report"]["valuable"],
        json!(true),
        "{marked}"
    );
}

/// One simulated morning: the scheduler catches up, then the outbox is drained.
async fn morning_run(state: &AppState, scheduler: &mut Scheduler) {
    scheduler
        .run_due(state)
        .await
        .unwrap_or_else(|e| panic!("scheduler: {}", e.message()));
    while dispatch_due(state, None)
        .await
        .unwrap_or_else(|e| panic!("dispatch: {}", e.message()))
        .total()
        > 0
    {}
}

/// The outbox rows the SMTP server received, by dedupe key.
async fn delivered(app: &TestApp, smtp: &SmtpServer) -> Vec<outbox_message::Model> {
    let by_message_id: HashMap<String, outbox_message::Model> = outbox_message::Entity::find()
        .all(&app.state.db)
        .await
        .expect("outbox")
        .into_iter()
        .map(|row| (format!("<outbox-{}@watchpost.localhost>", row.id), row))
        .collect();
    smtp.received()
        .iter()
        .map(|m| {
            let id = m.header("Message-ID").expect("Message-ID");
            by_message_id
                .get(id)
                .cloned()
                .expect("a row for every message")
        })
        .collect()
}

#[tokio::test]
async fn a_simulated_year_reminds_exactly_those_short_of_their_quota_once_per_wave() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|s| send_through(&smtp, s)).await;
    office_with_supervisors(&app).await;
    // sup.a files every quarter and has two valuable suggestions; sup.b never files; sup.c
    // files in Q2 only between the waves; sup.d files every quarter but suggests nothing.
    let mut plan: BTreeMap<NaiveDate, Vec<(&str, &str)>> = BTreeMap::new();
    for first_day in ["2025-03-04", "2025-04-01", "2025-07-01", "2025-10-09"] {
        plan.entry(day(first_day))
            .or_default()
            .extend([("sup.a", "PROBLEM"), ("sup.d", "PROBLEM")]);
    }
    for (on, who) in [
        ("2025-03-04", "sup.c"),
        ("2025-06-20", "sup.c"),
        ("2025-07-01", "sup.c"),
        ("2025-10-09", "sup.c"),
    ] {
        plan.entry(day(on)).or_default().push((who, "PROBLEM"));
    }
    plan.entry(day("2025-03-05"))
        .or_default()
        .extend([("sup.a", "VALUABLE"), ("sup.a", "VALUABLE")]);

    let mut scheduler = Scheduler::default();
    let mut today = day("2025-03-04");
    while today <= day("2025-12-31") {
        app.clock.set(morning(today));
        for (who, what) in plan.get(&today).into_iter().flatten() {
            if *what == "VALUABLE" {
                valuable_suggestion(&app, who).await;
            } else {
                report(&app, who, what).await;
            }
        }
        morning_run(&app.state, &mut scheduler).await;
        today += Duration::days(1);
    }

    let mut waves: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut seen = HashSet::new();
    for row in delivered(&app, &smtp).await {
        assert!(seen.insert(row.id), "row {} delivered twice", row.id);
        if let Some(rest) = row.dedupe_key.strip_prefix("quarterly-reminder:") {
            // quarterly-reminder:2025Q1:first:member2:7
            let wave = rest.split(':').take(2).collect::<Vec<_>>().join(":");
            waves.entry(row.to_address.clone()).or_default().push(wave);
            assert_eq!(row.status, "sent");
        }
    }
    let all_waves: Vec<String> = (1..=4)
        .flat_map(|q| ["first", "second"].map(|w| format!("2025Q{q}:{w}")))
        .collect();
    assert_eq!(waves.get("sup.a@test.example"), None, "{waves:?}");
    assert_eq!(waves.get("sup.b@test.example"), Some(&all_waves));
    // sup.c also has no valuable suggestion, so Q4's waves name that quota.
    assert_eq!(
        waves.get("sup.c@test.example"),
        Some(
            &["2025Q2:first", "2025Q4:first", "2025Q4:second"]
                .map(String::from)
                .to_vec()
        )
    );
    assert_eq!(
        waves.get("sup.d@test.example"),
        Some(&vec!["2025Q4:first".to_owned(), "2025Q4:second".to_owned()])
    );
    let texts = outbox_message::Entity::find()
        .filter(outbox_message::Column::DedupeKey.starts_with("quarterly-reminder:"))
        .all(&app.state.db)
        .await
        .expect("rows");
    let text_of = |wave: &str, to: &str| {
        texts
            .iter()
            .find(|r| r.dedupe_key.contains(wave) && r.to_address == to)
            .map(|r| r.body_text.clone())
            .unwrap_or_default()
    };
    // sup.d reported its problem in Q4: only the year's suggestions are short, and the
    // reminder says so and nothing else.
    let q4 = text_of("2025Q4:first", "sup.d@test.example");
    assert!(q4.contains("有价值的建议 0 条，请于"), "{q4}");
    assert!(!q4.contains("问题信息"), "{q4}");
    let subject_of = |wave: &str, to: &str| {
        texts
            .iter()
            .find(|r| r.dedupe_key.contains(wave) && r.to_address == to)
            .map(|r| r.subject.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        subject_of("2025Q4:first", "sup.d@test.example"),
        "【营商环境监督】2025年有价值工作建议提醒"
    );
    let q1 = text_of("2025Q1:first", "sup.b@test.example");
    assert!(!q1.contains("有价值"), "{q1}");
    assert!(
        q1.contains("您本季度（2025年第一季度）已报送问题信息 0 条"),
        "{q1}"
    );
    // sup.b, silent for six months of its term, makes the office's exit digest: once, as the
    // list did not change after.
    let digests = outbox_message::Entity::find()
        .filter(outbox_message::Column::DedupeKey.starts_with("exit-candidates:"))
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(digests.len(), 1, "{digests:?}");
    assert_eq!(digests[0].to_address, "office430621@test.example");
    // The last wave fell on Saturday 27 December: its mail waited for Monday.
    let saturday_wave = outbox_message::Entity::find()
        .filter(outbox_message::Column::DedupeKey.starts_with("quarterly-reminder:2025Q4:second"))
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(saturday_wave.len(), 3);
    for row in saturday_wave {
        assert_eq!(row.sent_at.map(|t| t.date_naive()), Some(day("2025-12-29")));
    }
    // Every scheduled run key ran once, and the runs are visible to the office.
    let runs = job_run::Entity::find()
        .all(&app.state.db)
        .await
        .expect("runs");
    assert!(
        runs.iter()
            .all(|r| r.attempts == 1 && r.status == "succeeded")
    );
    assert_eq!(
        runs.iter()
            .filter(|r| r.job == "quarterly-reminder")
            .count(),
        8
    );
}

#[tokio::test]
async fn after_downtime_missed_runs_catch_up_within_their_window_and_older_ones_are_recorded() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|s| send_through(&smtp, s)).await;
    office_with_supervisors(&app).await;
    app.clock.set(morning(day("2025-03-05")));
    morning_run(&app.state, &mut Scheduler::default()).await;

    // Every server is down from Wednesday 5 March until Friday 28 March, 10:00.
    app.clock.set(
        Utc.with_ymd_and_hms(2025, 3, 28, 2, 0, 0)
            .single()
            .expect("time"),
    );
    let reports = Scheduler::default()
        .run_due(&app.state)
        .await
        .unwrap_or_else(|e| panic!("{}", e.message()));
    let status: HashMap<&str, &str> = reports
        .iter()
        .map(|r| (r.run_key.as_str(), r.status.as_str()))
        .collect();
    assert_eq!(status["quarterly-reminder:430621:2025Q1:first"], "missed");
    assert_eq!(
        status["quarterly-reminder:430621:2025Q1:second"],
        "succeeded"
    );
    assert_eq!(status["due-soon:430621:2025-03-27"], "missed");
    assert_eq!(status["due-soon:430621:2025-03-28"], "succeeded");
    let escalations = reports
        .iter()
        .filter(|r| r.run_key.starts_with("escalate-overdue:") && r.status == "succeeded")
        .count();
    assert_eq!(escalations, 17, "every working day from 6 to 28 March");
    // The missed wave is on record, with why.
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let runs = app
        .gql(
            Some(&office),
            "{ jobRuns(last: 100) { runKey status error } }",
            json!({}),
        )
        .await;
    let missed: Vec<&Value> = runs["data"]["jobRuns"]
        .as_array()
        .unwrap_or_else(|| panic!("{runs}"))
        .iter()
        .filter(|r| r["runKey"] == "quarterly-reminder:430621:2025Q1:first")
        .collect();
    assert_eq!(missed.len(), 1);
    assert_eq!(missed[0]["status"], "missed");
    assert!(missed[0]["error"].as_str().unwrap_or("").contains("7 days"));
    // The four supervisors, none of whom filed, got the second wave only.
    while dispatch_due(&app.state, None)
        .await
        .expect("dispatch")
        .total()
        > 0
    {}
    let reminders: Vec<_> = delivered(&app, &smtp)
        .await
        .into_iter()
        .filter(|r| r.dedupe_key.starts_with("quarterly-reminder:"))
        .collect();
    assert_eq!(reminders.len(), 4);
    assert!(reminders.iter().all(|r| r.dedupe_key.contains(":second:")));
}

#[tokio::test]
async fn due_soon_sends_one_digest_per_unit_and_day() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let other = app.create_unit(&office, "縣人社局", "DEPARTMENT").await;
    app.member(&office, "zjj.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    app.member(&office, "rsj.handler", "UNIT_HANDLER", Some(&other))
        .await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.a", SUPERVISORS[0].1)
        .await;
    give_everyone_email(&app).await;
    let problem = json!({ "kind": "PROBLEM", "title": "施工許可久拖", "body": "三個月未辦結。", "area": "GOVERNMENT_SERVICES" });
    // From Monday 3 March, three working days reach Thursday 6 March.
    for (unit, deadline) in [
        (&unit, "2025-03-06"),
        (&unit, "2025-03-05"),
        (&other, "2025-03-04"),
        (&other, "2025-03-07"),
    ] {
        let report = app
            .accepted_report(&office, &supervisor, problem.clone())
            .await;
        app.issued_slip(&office, &report, unit, Some(deadline))
            .await;
    }

    for _ in 0..2 {
        watchpost::jobs::run(&app.state, "due-soon", morning(day("2025-03-03")), None)
            .await
            .unwrap_or_else(|e| panic!("{}", e.message()));
    }
    let digests = outbox_message::Entity::find()
        .filter(outbox_message::Column::DedupeKey.starts_with("due-soon:"))
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(digests.len(), 2, "one per unit with slips due: {digests:?}");
    let to: HashSet<&str> = digests.iter().map(|d| d.to_address.as_str()).collect();
    assert_eq!(
        to,
        HashSet::from(["zjj.handler@test.example", "rsj.handler@test.example"])
    );
    let zjj = digests
        .iter()
        .find(|d| d.to_address.starts_with("zjj"))
        .expect("digest");
    assert!(zjj.subject.contains("2 项"), "{}", zjj.subject);
    assert!(zjj.body_text.contains("2025-03-05") && zjj.body_text.contains("2025-03-06"));
    let rsj = digests
        .iter()
        .find(|d| d.to_address.starts_with("rsj"))
        .expect("digest");
    assert!(rsj.subject.contains("1 项"), "{}", rsj.subject);
    assert!(
        !rsj.body_text.contains("2025-03-07"),
        "four working days away"
    );
    assert!(
        !zjj.body_text.contains("sup.a"),
        "no reporter in a unit's digest"
    );
}

#[tokio::test]
async fn a_unit_no_one_signs_in_for_hears_at_its_contact_email_and_the_office_sees_who_would_hear()
{
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let create = "mutation($n: String!, $e: String) { createUnit(input: {name: $n, kind: DEPARTMENT, contactEmail: $e}) { unit { id } } }";
    let mut units = Vec::new();
    for (name, email) in [
        ("縣自然資源局", Some("zrzyj@yy.gov.cn")),
        ("縣人社局", None),
        ("縣稅務局", Some("swj@yy.gov.cn")),
    ] {
        let created = app
            .gql(Some(&office), create, json!({ "n": name, "e": email }))
            .await;
        units.push(
            created["data"]["createUnit"]["unit"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{created}"))
                .to_owned(),
        );
    }
    let (mailed, silent, staffed) = (&units[0], &units[1], &units[2]);
    let (_, handler) = app
        .member(&office, "swj.handler", "UNIT_HANDLER", Some(staffed))
        .await;

    // Before issuing, the office sees who would hear; nobody else learns it.
    const REACH: &str = "{ units { nodes { name noticesReach } } }";
    let reach = app.gql(Some(&office), REACH, json!({})).await;
    assert_eq!(
        reach["data"]["units"]["nodes"],
        json!([
            { "name": "縣自然資源局", "noticesReach": "CONTACT_EMAIL" },
            { "name": "縣人社局", "noticesReach": "NOBODY" },
            { "name": "縣稅務局", "noticesReach": "HANDLERS" },
        ])
    );
    // The commission's own unit is reached through its accounts by role: nothing to flag.
    app.create_unit(&office, "縣紀委監委", "DISCIPLINE_COMMISSION")
        .await;
    let with_commission = app.gql(Some(&office), REACH, json!({})).await;
    assert_eq!(
        with_commission["data"]["units"]["nodes"][3],
        json!({ "name": "縣紀委監委", "noticesReach": null })
    );
    let theirs = app.gql(Some(&handler), REACH, json!({})).await;
    assert!(
        theirs["data"]["units"]["nodes"]
            .as_array()
            .is_some_and(|units| units.iter().all(|u| u["noticesReach"].is_null())),
        "{theirs}"
    );

    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.a", SUPERVISORS[0].1)
        .await;
    let problem = json!({ "kind": "PROBLEM", "title": "施工許可久拖", "body": "三個月未辦結。", "area": "GOVERNMENT_SERVICES" });
    for unit in [mailed, silent, staffed] {
        let report = app
            .accepted_report(&office, &supervisor, problem.clone())
            .await;
        app.issued_slip(&office, &report, unit, Some("2025-03-05"))
            .await;
    }
    watchpost::jobs::run(&app.state, "due-soon", morning(day("2025-03-03")), None)
        .await
        .unwrap_or_else(|e| panic!("{}", e.message()));
    let to_units: Vec<(String, String)> = outbox_message::Entity::find()
        .filter(outbox_message::Column::AccountId.is_null())
        .all(&app.state.db)
        .await
        .expect("rows")
        .into_iter()
        .map(|m| (m.to_address, m.subject))
        .collect();
    // The slip and the 催办 digest reach the unit without handlers at its address; the
    // unit whose handler signs in is not mailed at its own address as well.
    assert_eq!(to_units.len(), 2, "{to_units:?}");
    assert!(
        to_units.iter().all(|(to, _)| to == "zrzyj@yy.gov.cn"),
        "{to_units:?}"
    );
    assert!(
        to_units.iter().any(|(_, subject)| subject.contains("催办")),
        "{to_units:?}"
    );
}

async fn run_on(app: &TestApp, on: NaiveDate) {
    app.clock.set(morning(on));
    Scheduler::default()
        .run_due(&app.state)
        .await
        .unwrap_or_else(|e| panic!("{}", e.message()));
}

#[tokio::test]
async fn terms_warn_a_month_ahead_then_expire_and_end_access() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (member_id, _) = app
        .active_supervisor(&office, &leading, "sup.a", SUPERVISORS[0].1)
        .await;
    give_everyone_email(&app).await;
    let term = app
        .gql(
            Some(&office),
            "query($id: ID!) { node(id: $id) { ... on Member { termEndsOn } } }",
            json!({ "id": member_id }),
        )
        .await;
    let ends_on: NaiveDate = term["data"]["node"]["termEndsOn"]
        .as_str()
        .unwrap_or_else(|| panic!("{term}"))
        .parse()
        .expect("date");

    run_on(&app, ends_on - Duration::days(31)).await;
    let warning = |rows: &[outbox_message::Model]| {
        rows.iter()
            .filter(|r| r.dedupe_key.starts_with("term-ending:"))
            .count()
    };
    let rows = outbox_message::Entity::find()
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(warning(&rows), 0, "not yet");
    run_on(&app, ends_on - Duration::days(30)).await;
    run_on(&app, ends_on - Duration::days(10)).await;
    let rows = outbox_message::Entity::find()
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(warning(&rows), 1, "warned once");
    let still_in = app.login("sup.a", NEW_PASSWORD).await;
    assert!(still_in["data"]["login"].is_object(), "{still_in}");

    run_on(&app, ends_on + Duration::days(1)).await;
    let shut_out = app.login("sup.a", NEW_PASSWORD).await;
    assert!(shut_out["errors"].is_array(), "{shut_out}");
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let member = app
        .gql(
            Some(&office),
            "query($id: ID!) { node(id: $id) { ... on Member { status } } }",
            json!({ "id": member_id }),
        )
        .await;
    assert_eq!(member["data"]["node"]["status"], "EXPIRED");
}

#[tokio::test]
async fn three_instances_over_one_postgres_database_run_each_key_and_send_each_email_once() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(|s| send_through(&smtp, s)).await;
    let settings = (*app.state.settings).clone();
    if !settings.database_url.starts_with("postgres") {
        // SQLite has one writer by design; several instances are a PostgreSQL deployment.
        return;
    }
    let (office, _) = office_with_supervisors(&app).await;
    let unit = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    app.member(&office, "zjj.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let supervisor = app.token_for("sup.a", NEW_PASSWORD).await;
    let problem = json!({ "kind": "PROBLEM", "title": "施工許可久拖", "body": "三個月未辦結。", "area": "GOVERNMENT_SERVICES" });
    let first = app.accepted_report(&office, &supervisor, problem).await;
    app.issued_slip(&office, &first, &unit, Some("2025-04-03"))
        .await;
    give_everyone_email(&app).await;

    let mut instances = vec![(app.state.clone(), app.clock.clone())];
    for _ in 0..2 {
        let clock = std::sync::Arc::new(ManualClock::new(morning(day("2025-03-03"))));
        let other = App::build(settings.clone(), clock.clone())
            .await
            .expect("second instance");
        instances.push((other.state, clock));
    }
    let mut schedulers: Vec<Scheduler> = (0..3).map(|_| Scheduler::default()).collect();
    let mut today = day("2025-04-01");
    while today <= day("2025-06-30") {
        let mut tasks = Vec::new();
        for ((state, clock), mut scheduler) in instances.iter().cloned().zip(schedulers.drain(..)) {
            clock.set(morning(today));
            tasks.push(tokio::spawn(async move {
                morning_run(&state, &mut scheduler).await;
                scheduler
            }));
        }
        for task in tasks {
            schedulers.push(task.await.expect("instance"));
        }
        today += Duration::days(1);
    }
    let runs = job_run::Entity::find()
        .all(&app.state.db)
        .await
        .expect("runs");
    assert!(!runs.is_empty());
    let april = morning(day("2025-04-01")) - Duration::minutes(30);
    for run in &runs {
        assert!(run.attempts <= 1, "claimed twice: {run:?}");
        // What fell before the simulation began is caught up, or recorded missed when past
        // its window; everything after ran.
        if run.scheduled_for.is_some_and(|at| at >= april) {
            assert_eq!(run.status, "succeeded", "{run:?}");
        } else {
            assert!(
                ["succeeded", "missed"].contains(&run.status.as_str()),
                "{run:?}"
            );
        }
    }
    let referrals = entities::referral::Entity::find()
        .all(&app.state.db)
        .await
        .expect("referrals");
    assert_eq!(referrals.len(), 1, "one referral for the one overdue slip");
    let rows = outbox_message::Entity::find()
        .all(&app.state.db)
        .await
        .expect("rows");
    assert!(rows.iter().all(|r| r.status == "sent"), "{rows:?}");
    let received = delivered(&app, &smtp).await;
    let distinct: HashSet<i32> = received.iter().map(|r| r.id).collect();
    assert_eq!(distinct.len(), received.len(), "an email sent twice");
    assert_eq!(received.len(), rows.len());
    let reminders = received
        .iter()
        .filter(|r| r.dedupe_key.starts_with("quarterly-reminder:2025Q2"))
        .count();
    assert_eq!(
        reminders, 8,
        "four supervisors who never filed in Q2, two waves each"
    );
}

#[tokio::test]
async fn serve_runs_the_catch_up_at_start_and_the_dispatcher_in_the_background() {
    let app = spawn_app().await;
    office_with_supervisors(&app).await;
    let supervisor = app.token_for("sup.a", NEW_PASSWORD).await;
    app.gql(
        Some(&supervisor),
        "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
        json!({ "i": { "kind": "PROBLEM", "title": "企業被強制停產", "body": "無理由停產。", "area": "REGULATORY_ENFORCEMENT", "major": true } }),
    )
    .await;
    // A second instance over the same database, started as `watchpost serve` starts it.
    let clock = std::sync::Arc::new(ManualClock::new(morning(day("2025-03-05"))));
    let instance = App::build((*app.state.settings).clone(), clock)
        .await
        .expect("instance");
    let state = instance.state.clone();
    let background = instance.start_background().await.expect("background");
    let mut caught_up = false;
    for _ in 0..100 {
        let runs = job_run::Entity::find()
            .filter(job_run::Column::RunKey.eq("escalate-overdue:430621:2025-03-05"))
            .all(&state.db)
            .await
            .expect("runs");
        let sent = outbox_message::Entity::find()
            .filter(outbox_message::Column::Status.eq("sent"))
            .all(&state.db)
            .await
            .expect("rows");
        if runs.first().is_some_and(|r| r.status == "succeeded") && !sent.is_empty() {
            caught_up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    background.stop().await;
    assert!(
        caught_up,
        "the start-up catch-up ran and the dispatcher sent the major notice"
    );
}
