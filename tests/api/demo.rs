//! `watchpost demo` builds a county that works end to end.

use std::sync::{
    Arc,
    atomic::{AtomicBool, AtomicUsize, Ordering},
};

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;
use watchpost::{app::App, clock::SystemClock, error::AppError};

use crate::harness::{TestApp, spawn_app};

#[tokio::test]
async fn the_demo_county_has_every_role_and_members_at_every_stage() {
    let app = spawn_app().await;
    let logins = watchpost::demo::run(&app.state, "Demo-pass-1", false)
        .await
        .unwrap_or_else(|e| panic!("demo: {}", e.message()));
    assert_eq!(logins.len(), 8);

    let office = app.token_for("yy.office", "Demo-pass-1").await;
    let counts = app
        .gql(
            Some(&office),
            "{ supervisors { totalCount } monitoringPoints { totalCount } nominations { totalCount } units { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        counts["data"],
        json!({
            "supervisors": { "totalCount": 8 },
            "monitoringPoints": { "totalCount": 12 },
            "nominations": { "totalCount": 5 },
            "units": { "totalCount": 17 },
        })
    );
    for login in &logins {
        let token = app.token_for(&login.username, "Demo-pass-1").await;
        let viewer = app
            .gql(Some(&token), "{ viewer { role } }", json!({}))
            .await;
        assert!(
            viewer["data"]["viewer"]["role"].is_string(),
            "{}: {viewer}",
            login.username
        );
    }
    let supervisor = app.token_for("sup01", "Demo-pass-1").await;
    let mine = app
        .gql(
            Some(&supervisor),
            "{ supervisors { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(mine["data"]["supervisors"]["totalCount"], json!(1));
    let published = app
        .gql(
            None,
            r#"{ publishedMembers(regionCode: "430621") { name } }"#,
            json!({}),
        )
        .await;
    assert_eq!(
        published["data"]["publishedMembers"]
            .as_array()
            .map(Vec::len),
        Some(20)
    );

    // A mainland county: simplified names; every account can be mailed; this year's
    // holidays (the test clock's 2025) are in the calendar.
    let county = app
        .gql(
            Some(&office),
            "{ viewer { region { name } } units(first: 100) { edges { node { name } } } calendarDays(year: 2025) { date working note } violationCategories { name } }",
            json!({}),
        )
        .await;
    assert_eq!(
        county["data"]["viewer"]["region"]["name"], "岳阳县",
        "{county}"
    );
    assert!(county.to_string().contains("县市场监管局"), "{county}");
    assert!(!county.to_string().contains("縣"), "{county}");
    let days = county["data"]["calendarDays"].as_array().map(Vec::len);
    assert_eq!(days, Some(33), "{county}");
    // A catalogue of prohibitions for reports to name.
    let catalogue = county["data"]["violationCategories"]
        .as_array()
        .map(Vec::len);
    assert_eq!(catalogue, Some(8), "{county}");
    let unmailable = entities::account::Entity::find()
        .filter(entities::account::Column::Email.is_null())
        .count(&app.state.db)
        .await
        .expect("count");
    assert_eq!(unmailable, 0);

    // A quarter under way: reports in every state, slips at every step, one referred.
    let quarter = app
        .gql(
            Some(&office),
            "{ reports(first: 50) { totalCount edges { node { status } } }
               assignments(first: 50) { totalCount edges { node { status overdue } } }
               referrals { totalCount } meetings { totalCount } surveys { totalCount }
               consultations { totalCount } }",
            json!({}),
        )
        .await;
    let data = &quarter["data"];
    assert_eq!(data["reports"]["totalCount"], 9, "{quarter}");
    let statuses: std::collections::BTreeSet<&str> = data["reports"]["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["node"]["status"].as_str())
        .collect();
    for status in [
        "SUBMITTED",
        "ACCEPTED",
        "NOT_ACCEPTED",
        "IN_HANDLING",
        "FEEDBACK_GIVEN",
    ] {
        assert!(statuses.contains(status), "{status}: {statuses:?}");
    }
    let slips: Vec<(&str, bool)> = data["assignments"]["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            (
                e["node"]["status"].as_str().unwrap_or(""),
                e["node"]["overdue"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    assert_eq!(slips.len(), 4, "{quarter}");
    assert!(slips.contains(&("ISSUED", true)), "one overdue: {slips:?}");
    assert!(slips.contains(&("REPLIED", false)) && slips.contains(&("VERIFIED", false)));
    assert_eq!(
        (
            &data["referrals"]["totalCount"],
            &data["meetings"]["totalCount"],
            &data["surveys"]["totalCount"],
            &data["consultations"]["totalCount"]
        ),
        (&json!(1), &json!(2), &json!(1), &json!(1)),
        "{quarter}"
    );

    let again = watchpost::demo::run(&app.state, "Demo-pass-1", false).await;
    assert!(again.is_err(), "a database with data is refused");
}

#[tokio::test]
async fn benchmark_scale_data_answers_through_the_api_and_new_rows_get_new_ids() {
    let app = spawn_app().await;
    // The test clock's day, so the server's "today" is the data's.
    let as_of = chrono::NaiveDate::from_ymd_opt(2025, 3, 3).expect("a date");
    let options = watchpost::demo_scale::ScaleOptions {
        counties: 2,
        seed: 7,
        as_of,
        password: "Scale-pass-1".into(),
    };
    let written = watchpost::demo_scale::run(&app.state.db, &options)
        .await
        .unwrap_or_else(|e| panic!("scale: {}", e.message()));
    assert_eq!((written.regions, written.reports), (3, 20_000));
    assert!(written.overdue_slips > 0 && written.referrals > 0);

    // Each county's office sees its own overdue slips; together they are all of them.
    let mut overdue = 0;
    for code in ["430101", "430102"] {
        let office = app
            .token_for(&format!("c{code}.office"), "Scale-pass-1")
            .await;
        let answer = app
            .gql(
                Some(&office),
                "{ assignments(filter: {overdue: true}, first: 1) { totalCount } slipsByUnit { overdue } }",
                json!({}),
            )
            .await;
        let total = answer["data"]["assignments"]["totalCount"]
            .as_u64()
            .unwrap_or_else(|| panic!("{answer}"));
        let per_unit: u64 = answer["data"]["slipsByUnit"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|u| u["overdue"].as_u64())
            .sum();
        assert_eq!(total, per_unit, "{code}");
        overdue += total;
    }
    assert_eq!(overdue, written.overdue_slips as u64);

    // A supervisor sees only its own reports.
    let supervisor = app.token_for("c430101.s000", "Scale-pass-1").await;
    let mine = app
        .gql(
            Some(&supervisor),
            "{ reports(first: 100) { totalCount } }",
            json!({}),
        )
        .await;
    let count = mine["data"]["reports"]["totalCount"].as_u64().unwrap_or(0);
    assert!(count > 0 && count < 200, "{mine}");

    // The sequences went on past the written ids: a new unit is created, not refused.
    let office = app.token_for("c430102.office", "Scale-pass-1").await;
    app.create_unit(&office, "縣數據局", "DEPARTMENT").await;

    // Only into an empty database.
    let again = watchpost::demo_scale::run(&app.state.db, &options).await;
    assert!(again.is_err());
}

async fn counts(app: &TestApp) -> (u64, u64) {
    let db = &app.state.db;
    (
        entities::region::Entity::find()
            .count(db)
            .await
            .expect("regions"),
        entities::account::Entity::find()
            .count(db)
            .await
            .expect("accounts"),
    )
}

#[tokio::test]
async fn a_demo_that_fails_half_way_leaves_nothing_behind() {
    let app = spawn_app().await;
    // Someone already took the name the demo gives its second liaison, near its end.
    watchpost::service::account::create_admin(
        &app.state.db,
        &app.state.vault,
        chrono::Utc::now(),
        "liaison02",
        "Liaison-pass-1".into(),
        None,
    )
    .await
    .unwrap_or_else(|e| panic!("{}", e.message()));
    let failed = watchpost::demo::run(&app.state, "Demo-pass-1", false).await;
    assert_eq!(failed.err().map(|e| e.code()), Some("CONFLICT"));
    assert_eq!(
        counts(&app).await,
        (0, 1),
        "only the account that was there"
    );
}

#[test]
fn an_internal_failure_reaches_the_operator_with_its_cause() {
    let report = AppError::internal(anyhow::anyhow!("database is locked")).into_report();
    assert_eq!(format!("{report:#}"), "internal error: database is locked");
}

#[tokio::test]
async fn the_demo_waits_for_a_busy_sqlite_database_instead_of_failing() {
    let app = spawn_app().await;
    if !app.state.settings.database_url.starts_with("sqlite") {
        return; // PostgreSQL lets writers wait for each other anyway.
    }
    // The server writes all the while: each failed sign-in is a throttle row and an audit
    // event.
    let stop = Arc::new(AtomicBool::new(false));
    let written = Arc::new(AtomicUsize::new(0));
    let writer = {
        let (stop, written) = (stop.clone(), written.clone());
        let (client, url) = (app.client().clone(), app.url("/graphql"));
        tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let n = written.fetch_add(1, Ordering::Relaxed);
                let body = json!({ "query": format!("mutation {{ login(input: {{username: \"w{n}\", password: \"Wrong-pass-1\"}}) {{ token }} }}") });
                let _ = client.post(&url).json(&body).send().await;
            }
        })
    };
    while written.load(Ordering::Relaxed) < 3 {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    // `watchpost demo` as a second process would: its own connection to the same file.
    let demo = App::build((*app.state.settings).clone(), Arc::new(SystemClock))
        .await
        .expect("second connection");
    let filled = watchpost::demo::run(&demo.state, "Demo-pass-1", false).await;
    stop.store(true, Ordering::Relaxed);
    writer.await.expect("writer");
    assert!(
        filled.is_ok(),
        "{:?}",
        filled.err().map(|e| format!("{:#}", e.into_report()))
    );
    assert_eq!(counts(&app).await.0, 1);
}
