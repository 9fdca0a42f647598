//! Reports from serving members and the office's handling of them.

use chrono::{TimeZone, Utc};
use serde_json::{Value, json};

use crate::harness::{NEW_PASSWORD, TestApp, code, spawn_app};

const ID_A: &str = "430621198001010026";
const ID_B: &str = "430621198001010034";
const SUBMIT: &str =
    "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id status kind } } }";

fn problem(title: &str) -> Value {
    json!({ "kind": "PROBLEM", "title": title, "body": "窗口人員推諉，要求重複提交材料。", "area": "GOVERNMENT_SERVICES", "behaviour": "APPROVAL", "channel": "ON_SITE", "occurredOn": "2025-02-27" })
}

async fn submit(app: &TestApp, token: &str, input: Value) -> Value {
    app.gql(Some(token), SUBMIT, json!({ "i": input })).await
}

fn report_id(answer: &Value) -> String {
    answer["data"]["submitReport"]["report"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("submitReport failed: {answer}"))
        .to_owned()
}

async fn office_step(app: &TestApp, office: &str, mutation: &str, input: Value) -> Value {
    app.gql(
        Some(office),
        &format!("mutation($i: {input_type}!) {{ {mutation}(input: $i) {{ report {{ status redoCount feedback rating }} }} }}", input_type = input_type(mutation)),
        json!({ "i": input }),
    )
    .await
}

fn input_type(mutation: &str) -> &'static str {
    match mutation {
        "rejectReport" => "RejectReportInput",
        "mergeReport" => "MergeReportInput",
        "giveFeedback" => "GiveFeedbackInput",
        "rateHandling" => "RateHandlingInput",
        _ => "ReportIdInput",
    }
}

fn status(answer: &Value, mutation: &str) -> String {
    answer["data"][mutation]["report"]["status"]
        .as_str()
        .unwrap_or_else(|| panic!("{mutation} failed: {answer}"))
        .to_owned()
}

#[tokio::test]
async fn the_office_answers_a_report_and_redoes_it_at_most_twice() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let id = report_id(&submit(&app, &supervisor, problem("辦證難")).await);

    let early_close = office_step(&app, &office, "closeReport", json!({ "reportId": id })).await;
    assert_eq!(code(&early_close), "INVALID_TRANSITION");
    assert_eq!(
        status(
            &office_step(&app, &office, "acceptReport", json!({ "reportId": id })).await,
            "acceptReport"
        ),
        "ACCEPTED"
    );
    let no_feedback_close =
        office_step(&app, &office, "closeReport", json!({ "reportId": id })).await;
    assert_eq!(code(&no_feedback_close), "INVALID_TRANSITION");

    for round in 0..3 {
        let fed = office_step(
            &app,
            &office,
            "giveFeedback",
            json!({ "reportId": id, "feedback": format!("第{round}次辦理結果") }),
        )
        .await;
        assert_eq!(status(&fed, "giveFeedback"), "FEEDBACK_GIVEN");
        let no_reason = office_step(
            &app,
            &supervisor,
            "rateHandling",
            json!({ "reportId": id, "rating": "UNSATISFIED" }),
        )
        .await;
        assert_eq!(no_reason["errors"][0]["extensions"]["field"], "reason");
        let rated = office_step(
            &app,
            &supervisor,
            "rateHandling",
            json!({ "reportId": id, "rating": "UNSATISFIED", "reason": "沒有解決" }),
        )
        .await;
        assert_eq!(
            rated["data"]["rateHandling"]["report"]["rating"],
            "UNSATISFIED"
        );
        let reopened = office_step(&app, &office, "reopenReport", json!({ "reportId": id })).await;
        if round < 2 {
            assert_eq!(
                reopened["data"]["reopenReport"]["report"]["redoCount"],
                json!(round + 1)
            );
        } else {
            assert_eq!(code(&reopened), "VALIDATION", "a third redo is refused");
        }
    }
    let closed = office_step(&app, &office, "closeReport", json!({ "reportId": id })).await;
    assert_eq!(status(&closed, "closeReport"), "CLOSED");
}

#[tokio::test]
async fn a_rejected_report_tells_the_reporter_why_and_duplicates_merge() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let first = report_id(&submit(&app, &supervisor, problem("第一次")).await);
    let duplicate = report_id(&submit(&app, &supervisor, problem("重複")).await);
    let outside = report_id(&submit(&app, &supervisor, problem("不屬本縣")).await);

    let no_reason = office_step(
        &app,
        &office,
        "rejectReport",
        json!({ "reportId": outside, "reason": " " }),
    )
    .await;
    assert_eq!(no_reason["errors"][0]["extensions"]["field"], "reason");
    office_step(
        &app,
        &office,
        "rejectReport",
        json!({ "reportId": outside, "reason": "不屬本縣管轄" }),
    )
    .await;
    let seen = app
        .gql(
            Some(&supervisor),
            "query($id: ID!) { node(id: $id) { ... on Report { status statusReason } } }",
            json!({ "id": outside }),
        )
        .await;
    assert_eq!(
        seen["data"]["node"],
        json!({ "status": "NOT_ACCEPTED", "statusReason": "不屬本縣管轄" })
    );
    // Its history says why, not who decided.
    let history = app
        .gql(
            Some(&supervisor),
            "query($id: ID!) { node(id: $id) { ... on Report { history { action actor note } } } }",
            json!({ "id": outside }),
        )
        .await;
    assert_eq!(
        history["data"]["node"]["history"],
        json!([
            { "action": "submitReport", "actor": null, "note": null },
            { "action": "rejectReport", "actor": null, "note": "不屬本縣管轄" },
        ])
    );

    let merged = office_step(
        &app,
        &office,
        "mergeReport",
        json!({ "reportId": duplicate, "intoReportId": first }),
    )
    .await;
    assert_eq!(status(&merged, "mergeReport"), "MERGED");
    let into_itself = office_step(
        &app,
        &office,
        "mergeReport",
        json!({ "reportId": first, "intoReportId": first }),
    )
    .await;
    assert_eq!(code(&into_itself), "VALIDATION");
}

#[tokio::test]
async fn only_suggestions_are_marked_valuable() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let mut suggestion = problem("建議推行一網通辦");
    suggestion["kind"] = json!("SUGGESTION");
    let suggestion = report_id(&submit(&app, &supervisor, suggestion).await);
    let problem_id = report_id(&submit(&app, &supervisor, problem("問題")).await);
    let marked = app
        .gql(Some(&office), "mutation($i: ReportIdInput!) { markSuggestionValuable(input: $i) { report { valuable } } }", json!({ "i": { "reportId": suggestion } }))
        .await;
    assert_eq!(
        marked["data"]["markSuggestionValuable"]["report"]["valuable"],
        json!(true)
    );
    let refused = app
        .gql(Some(&office), "mutation($i: ReportIdInput!) { markSuggestionValuable(input: $i) { report { valuable } } }", json!({ "i": { "reportId": problem_id } }))
        .await;
    assert_eq!(code(&refused), "VALIDATION");
}

#[tokio::test]
async fn reports_are_seen_only_by_the_office_leading_group_and_their_reporter() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, reporter) = app
        .active_supervisor(&office, &leading, "sup.reporter", ID_A)
        .await;
    let (_, other) = app
        .active_supervisor(&office, &leading, "sup.other", ID_B)
        .await;
    let other_office = app.office("430623").await;
    let mut input = problem("點名某科室");
    input["concernedUnitId"] = json!(unit);
    let id = report_id(&submit(&app, &reporter, input).await);

    let node = "query($id: ID!) { node(id: $id) { ... on Report { title reporter { name } } } }";
    let by_office = app.gql(Some(&office), node, json!({ "id": id })).await;
    assert_eq!(
        by_office["data"]["node"]["reporter"]["name"],
        "sup.reporter"
    );
    let by_leading = app.gql(Some(&leading), node, json!({ "id": id })).await;
    assert_eq!(by_leading["data"]["node"]["title"], "點名某科室");
    let by_reporter = app.gql(Some(&reporter), node, json!({ "id": id })).await;
    assert_eq!(by_reporter["data"]["node"]["title"], "點名某科室");
    for token in [&handler, &other, &other_office] {
        assert_eq!(
            code(&app.gql(Some(token), node, json!({ "id": id })).await),
            "NOT_FOUND"
        );
        let list = app
            .gql(Some(token), "{ reports { totalCount } }", json!({}))
            .await;
        assert_eq!(list["data"]["reports"]["totalCount"], json!(0));
    }
    let by_handler = office_step(&app, &handler, "acceptReport", json!({ "reportId": id })).await;
    assert_eq!(code(&by_handler), "FORBIDDEN");
}

#[tokio::test]
async fn only_serving_members_report_and_only_points_keep_monitoring_records() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, not_serving) = app
        .member(&office, "sup.unlinked", "SUPERVISOR", None)
        .await;
    assert_eq!(
        code(&submit(&app, &not_serving, problem("x")).await),
        "FORBIDDEN"
    );
    assert_eq!(
        code(&submit(&app, &office, problem("x")).await),
        "FORBIDDEN"
    );
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let mut record = problem("臺賬");
    record["kind"] = json!("MONITORING_RECORD");
    let answer = submit(&app, &supervisor, record).await;
    assert_eq!(answer["errors"][0]["extensions"]["field"], "kind");
    let mut empty = problem(" ");
    empty["body"] = json!("");
    assert_eq!(code(&submit(&app, &supervisor, empty).await), "VALIDATION");
}

#[tokio::test]
async fn reports_filter_by_quarter_in_the_regions_time_zone() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    app.active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let token = app.token_for("sup.one", NEW_PASSWORD).await;
    report_id(&submit(&app, &token, problem("第一季度")).await);
    // 2025-03-31 16:30 UTC is already 1 April in Shanghai: the second quarter.
    app.clock.set(
        Utc.with_ymd_and_hms(2025, 3, 31, 16, 30, 0)
            .single()
            .expect("instant"),
    );
    let token = app.token_for("sup.one", NEW_PASSWORD).await;
    report_id(&submit(&app, &token, problem("第二季度")).await);
    let office = app
        .token_for("office430621", crate::harness::ADMIN_PASSWORD)
        .await;
    let query = "query($q: String) { reports(filter: {quarter: $q}, orderBy: SUBMITTED_AT_DESC) { edges { node { title } } } }";
    let q1 = app
        .gql(Some(&office), query, json!({ "q": "2025Q1" }))
        .await;
    assert_eq!(
        q1["data"]["reports"]["edges"],
        json!([{ "node": { "title": "第一季度" } }])
    );
    let q2 = app
        .gql(Some(&office), query, json!({ "q": "2025Q2" }))
        .await;
    assert_eq!(
        q2["data"]["reports"]["edges"],
        json!([{ "node": { "title": "第二季度" } }])
    );
    let all = app.gql(Some(&office), query, json!({ "q": null })).await;
    assert_eq!(
        all["data"]["reports"]["edges"][0]["node"]["title"], "第二季度",
        "newest first"
    );
    let bad = app
        .gql(Some(&office), query, json!({ "q": "2025Q5" }))
        .await;
    assert_eq!(bad["errors"][0]["extensions"]["field"], "quarter");
}

#[tokio::test]
async fn reports_name_entries_of_their_regions_violation_catalogue() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let added = app
        .gql(Some(&office), r#"mutation { addViolationCategory(input: {name: "嚴禁隨意檢查"}) { violationCategory { id name } } }"#, json!({}))
        .await;
    let category = added["data"]["addViolationCategory"]["violationCategory"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let again = app
        .gql(Some(&office), r#"mutation { addViolationCategory(input: {name: "嚴禁隨意檢查"}) { violationCategory { id } } }"#, json!({}))
        .await;
    assert_eq!(code(&again), "CONFLICT");
    let mut input = problem("重複檢查");
    input["violationCategoryIds"] = json!([category]);
    let answer = app
        .gql(Some(&supervisor), "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { violationCategoryIds } } }", json!({ "i": input }))
        .await;
    assert_eq!(
        answer["data"]["submitReport"]["report"]["violationCategoryIds"],
        json!([category])
    );

    let other = app.office("430623").await;
    let foreign = app
        .gql(Some(&other), r#"mutation { addViolationCategory(input: {name: "別縣條目"}) { violationCategory { id } } }"#, json!({}))
        .await;
    let foreign_id = foreign["data"]["addViolationCategory"]["violationCategory"]["id"].clone();
    let mut input = problem("借用別縣條目");
    input["violationCategoryIds"] = json!([foreign_id]);
    let refused = submit(&app, &supervisor, input).await;
    assert_eq!(
        refused["errors"][0]["extensions"]["field"],
        "violationCategoryIds"
    );

    // A retired entry is no longer offered; only the region's office retires it.
    const RETIRE: &str = "mutation($i: SetViolationCategoryActiveInput!) { setViolationCategoryActive(input: $i) { violationCategory { name active } } }";
    let retire = json!({ "i": { "violationCategoryId": category, "active": false } });
    assert_eq!(
        code(&app.gql(Some(&other), RETIRE, retire.clone()).await),
        "NOT_FOUND"
    );
    assert_eq!(
        code(&app.gql(Some(&supervisor), RETIRE, retire.clone()).await),
        "FORBIDDEN"
    );
    let retired = app.gql(Some(&office), RETIRE, retire).await;
    assert_eq!(
        retired["data"]["setViolationCategoryActive"]["violationCategory"],
        json!({ "name": "嚴禁隨意檢查", "active": false })
    );
    let mut input = problem("再次重複檢查");
    input["violationCategoryIds"] = json!([category]);
    let refused = submit(&app, &supervisor, input).await;
    assert_eq!(
        refused["errors"][0]["extensions"]["field"],
        "violationCategoryIds"
    );
}

#[tokio::test]
async fn an_obstruction_report_is_major_never_reaches_the_unit_it_names_and_is_referred_in_one_step()
 {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let discipline = app.commission_member(&office, "jw.discipline").await;
    let named = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let other = app.create_unit(&office, "縣政府辦", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "zjj.handler", "UNIT_HANDLER", Some(&named))
        .await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.brave", ID_A)
        .await;
    let obstruction = json!({ "kind": "OBSTRUCTION", "title": "監督時被拒之門外", "body": "出示監督員證後，工作人員拒絕接待並要求離開。", "area": "GOVERNMENT_SERVICES" });
    let unnamed = submit(&app, &supervisor, obstruction.clone()).await;
    assert_eq!(code(&unnamed), "VALIDATION");
    assert_eq!(
        unnamed["errors"][0]["extensions"]["field"],
        "concernedUnitId"
    );
    let mut input = obstruction;
    input["concernedUnitId"] = json!(named);
    let id = report_id(&submit(&app, &supervisor, input).await);

    // Major, and the office hears at once.
    let seen = app
        .gql(
            Some(&office),
            "query($id: ID!) { node(id: $id) { ... on Report { kind major } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        seen["data"]["node"],
        json!({ "kind": "OBSTRUCTION", "major": true })
    );
    let told = app
        .gql(
            Some(&office),
            "{ notifications { edges { node { kind title } } } }",
            json!({}),
        )
        .await;
    assert!(
        told.to_string()
            .contains("拒绝监督、打击报复反映：監督時被拒之門外"),
        "{told}"
    );

    // The unit it names never sees it, nor a slip made from it.
    assert_eq!(
        code(
            &app.gql(
                Some(&handler),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": id })
            )
            .await
        ),
        "NOT_FOUND"
    );
    app.gql(
        Some(&office),
        "mutation($id: ID!) { acceptReport(input: {reportId: $id}) { report { id } } }",
        json!({ "id": id }),
    )
    .await;
    let issue =
        "mutation($i: IssueAssignmentInput!) { issueAssignment(input: $i) { assignment { id } } }";
    let refused = app
        .gql(Some(&office), issue, json!({ "i": { "reportIds": [id], "unitId": named, "mode": "ASSIGN", "requirement": "請核查。" } }))
        .await;
    assert_eq!(code(&refused), "VALIDATION", "{refused}");
    assert_eq!(refused["errors"][0]["extensions"]["field"], "unitId");
    let slips = app
        .gql(Some(&handler), "{ assignments { totalCount } }", json!({}))
        .await;
    assert_eq!(
        slips["data"]["assignments"]["totalCount"],
        json!(0),
        "{slips}"
    );
    // Its supervising office may be asked to look into it.
    let sent = app
        .gql(Some(&office), issue, json!({ "i": { "reportIds": [id], "unitId": other, "mode": "SUPERVISE", "requirement": "請督促核查。" } }))
        .await;
    assert!(sent["errors"].is_null(), "{sent}");

    // One step to the commission.
    let referred = app
        .gql(
            Some(&office),
            "mutation($r: ID!) { createReferral(input: {reportId: $r, summary: \"拒絕接受監督，請嚴肅處理\"}) { referral { status } } }",
            json!({ "r": id }),
        )
        .await;
    assert_eq!(
        referred["data"]["createReferral"]["referral"]["status"], "QUEUED",
        "{referred}"
    );
    let queue = app
        .gql(
            Some(&discipline),
            "{ referrals { edges { node { reportTitle } } } }",
            json!({}),
        )
        .await;
    assert!(queue.to_string().contains("監督時被拒之門外"), "{queue}");
}
