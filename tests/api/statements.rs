//! No N+1: the SQL statements behind a page of slips with their unit, reports and referral,
//! and behind the dashboard, do not grow with the page or the data. Counted with the
//! server's own `watchpost_db_statements_total`.

use serde_json::json;

use crate::harness::{TestApp, spawn_app};

const SLIPS: &str = "query($n: Int) { assignments(first: $n) { totalCount edges { node { number unit { name } reports { id title } referral { id status } } } } }";
const DASHBOARD: &str = "{ dashboard(quarter: \"2025Q1\") { reportsByStatus { count } reportsByArea { count } reportsByKind { count } slipsByUnit { unit { name } open overdue } referralsByStatus { count } meetingsHeld members membersMeetingQuotas } }";

pub async fn statements(app: &TestApp) -> u64 {
    app.metrics()
        .await
        .lines()
        .find(|l| l.starts_with("watchpost_db_statements_total{outcome=\"ok\"}"))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Statements one request costs: the least of three tries, since a DataLoader batch can be
/// split in two when the machine is busy; an N+1 would show in every try.
async fn cost(app: &TestApp, token: &str, query: &str, variables: serde_json::Value) -> u64 {
    let mut least = u64::MAX;
    for _ in 0..3 {
        let before = statements(app).await;
        let answer = app.gql(Some(token), query, variables.clone()).await;
        assert!(answer["errors"].is_null(), "{answer}");
        least = least.min(statements(app).await - before);
    }
    least
}

/// `n` more slips, spread over the units, each for its own accepted report; every third
/// referred to the commission.
async fn slips(app: &TestApp, office: &str, supervisor: &str, units: &[String], n: usize) {
    for i in 0..n {
        let report = app
            .accepted_report(
                office,
                supervisor,
                json!({ "kind": "PROBLEM", "title": format!("问题{i}"), "body": "具体情况。", "area": "GOVERNMENT_SERVICES" }),
            )
            .await;
        let slip = app
            .issued_slip(office, &report, &units[i % units.len()], Some("2025-03-07"))
            .await;
        if i % 3 == 0 {
            let referred = app
                .gql(
                    Some(office),
                    "mutation($s: ID!) { createReferral(input: {assignmentId: $s, summary: \"逾期\"}) { referral { id } } }",
                    json!({ "s": slip }),
                )
                .await;
            assert!(referred["errors"].is_null(), "{referred}");
        }
    }
}

#[tokio::test]
async fn a_page_of_slips_and_the_dashboard_cost_the_same_statements_at_any_size() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let mut units = Vec::new();
    for name in [
        "縣住建局",
        "縣人社局",
        "縣稅務局",
        "縣市場監管局",
        "縣自然資源局",
    ] {
        units.push(app.create_unit(&office, name, "DEPARTMENT").await);
    }
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.a", "430621198001010034")
        .await;

    slips(&app, &office, &supervisor, &units, 5).await;
    let small_dashboard = cost(&app, &office, DASHBOARD, json!({})).await;
    slips(&app, &office, &supervisor, &units, 45).await;
    let large_dashboard = cost(&app, &office, DASHBOARD, json!({})).await;
    assert_eq!(
        small_dashboard, large_dashboard,
        "the dashboard costs the same for 5 slips as for 50"
    );

    let one = cost(&app, &office, SLIPS, json!({ "n": 1 })).await;
    let fifty = cost(&app, &office, SLIPS, json!({ "n": 50 })).await;
    // At most, not equal: an N+1 shows as dozens more, while once on a busy CI run the page of
    // 1 cost one statement more in all three tries (cause not found; the page's loaders are
    // primed, so neither page has a batch window left to split).
    assert!(
        fifty <= one,
        "a page of 50 slips costs no more than a page of 1: {fifty} > {one}"
    );
    let page = app.gql(Some(&office), SLIPS, json!({ "n": 50 })).await;
    let edges = page["data"]["assignments"]["edges"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(edges.len(), 50);
    assert!(
        edges
            .iter()
            .all(|e| e["node"]["reports"].as_array().map(Vec::len) == Some(1))
    );
    let referred = edges
        .iter()
        .filter(|e| e["node"]["referral"]["status"] == "QUEUED")
        .count();
    assert_eq!(referred, 17, "every third of 50, counted from the first");
    assert!(
        fifty < 20,
        "a handful of statements, not one per row: {fifty}"
    );
}

const REFERRALS: &str = "query($n: Int) { referrals(first: $n) { totalCount edges { node { status reportTitle reportBody } } } }";

#[tokio::test]
async fn a_page_of_referrals_with_their_reports_costs_the_same_at_any_size() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let discipline = app.commission_member(&office, "jw.discipline").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.a", "430621198001010034")
        .await;
    for i in 0..20 {
        let report = app
            .accepted_report(
                &office,
                &supervisor,
                json!({ "kind": "PROBLEM", "title": format!("問題{i}"), "body": format!("情況{i}"), "area": "GOVERNMENT_SERVICES" }),
            )
            .await;
        let referred = app
            .gql(
                Some(&office),
                "mutation($r: ID!) { createReferral(input: {reportId: $r, summary: \"涉嫌違紀\"}) { referral { id } } }",
                json!({ "r": report }),
            )
            .await;
        assert!(referred["errors"].is_null(), "{referred}");
    }

    // The commission reads the reports through its referrals only.
    let one = cost(&app, &discipline, REFERRALS, json!({ "n": 1 })).await;
    let twenty = cost(&app, &discipline, REFERRALS, json!({ "n": 20 })).await;
    assert!(
        twenty <= one,
        "a page of 20 referrals costs no more than a page of 1: {twenty} > {one}"
    );
    let page = app
        .gql(Some(&discipline), REFERRALS, json!({ "n": 20 }))
        .await;
    let nodes: Vec<_> = page["data"]["referrals"]["edges"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|e| {
            (
                e["node"]["reportTitle"].clone(),
                e["node"]["reportBody"].clone(),
            )
        })
        .collect();
    let newest_first: Vec<_> = (0..20)
        .rev()
        .map(|i| (json!(format!("問題{i}")), json!(format!("情況{i}"))))
        .collect();
    assert_eq!(nodes, newest_first, "{page}");
}
