//! Assignment slips: the handling loop, deadlines on the working-day calendar, numbering,
//! and the reporter's protection from the unit.

use chrono::{TimeZone, Utc};
use serde_json::{Value, json};

use crate::harness::{ADMIN_PASSWORD, NEW_PASSWORD, TestApp, code, spawn_app};

const ID_A: &str = "430621198001010026";
const SLIP: &str = "id number status deadline overdue workingDaysOverdue requirement reply statusReason extensionStatus unit { name }";

struct County {
    office: String,
    supervisor: String,
    unit: String,
    handler: String,
}

async fn county(app: &TestApp) -> County {
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "scjg.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.reporter", ID_A)
        .await;
    County {
        office,
        supervisor,
        unit,
        handler,
    }
}

async fn accepted_report(app: &TestApp, c: &County, title: &str) -> String {
    let report = json!({ "kind": "PROBLEM", "title": title, "body": "執法人員多次到企業檢查，影響生產。", "area": "REGULATORY_ENFORCEMENT", "concernedUnitId": c.unit });
    app.accepted_report(&c.office, &c.supervisor, report).await
}

async fn issue(app: &TestApp, c: &County, reports: &[&str], deadline: Option<&str>) -> Value {
    app.gql(
        Some(&c.office),
        &format!("mutation($i: IssueAssignmentInput!) {{ issueAssignment(input: $i) {{ assignment {{ {SLIP} }} }} }}"),
        json!({ "i": { "reportIds": reports, "unitId": c.unit, "mode": "ASSIGN", "requirement": "請核查多頭重複檢查問題,10個工作日內答覆。", "deadline": deadline } }),
    )
    .await
}

async fn slip_step(
    app: &TestApp,
    token: &str,
    mutation: &str,
    input_type: &str,
    input: Value,
) -> Value {
    app.gql(
        Some(token),
        &format!(
            "mutation($i: {input_type}!) {{ {mutation}(input: $i) {{ assignment {{ {SLIP} }} }} }}"
        ),
        json!({ "i": input }),
    )
    .await
}

fn slip<'a>(answer: &'a Value, mutation: &str) -> &'a Value {
    let found = &answer["data"][mutation]["assignment"];
    assert!(found.is_object(), "{mutation} failed: {answer}");
    found
}

#[tokio::test]
async fn the_full_handling_loop_from_report_to_closing() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let report = accepted_report(&app, &c, "重複檢查").await;
    let issued = issue(&app, &c, &[&report], None).await;
    let issued = slip(&issued, "issueAssignment");
    // Issued Monday 2025-03-03: ten working days later is Monday 2025-03-17.
    assert_eq!(issued["deadline"], "2025-03-17");
    assert_eq!(issued["number"], "County 430621优交〔2025〕1号");
    assert_eq!(issued["status"], "ISSUED");
    let id = issued["id"].clone();

    let early = slip_step(
        &app,
        &c.handler,
        "replyAssignment",
        "ReplyAssignmentInput",
        json!({ "assignmentId": id, "reply": "已處理" }),
    )
    .await;
    assert_eq!(code(&early), "INVALID_TRANSITION", "sign first");
    slip(
        &slip_step(
            &app,
            &c.handler,
            "signAssignment",
            "AssignmentIdInput",
            json!({ "assignmentId": id }),
        )
        .await,
        "signAssignment",
    );
    slip(
        &slip_step(
            &app,
            &c.handler,
            "replyAssignment",
            "ReplyAssignmentInput",
            json!({ "assignmentId": id, "reply": "已約談執法隊" }),
        )
        .await,
        "replyAssignment",
    );
    let returned = slip_step(
        &app,
        &c.office,
        "returnAssignment",
        "ReturnAssignmentInput",
        json!({ "assignmentId": id, "reason": "未說明整改措施", "deadline": "2025-03-21" }),
    )
    .await;
    assert_eq!(slip(&returned, "returnAssignment")["status"], "RETURNED");
    assert_eq!(
        slip(&returned, "returnAssignment")["deadline"],
        "2025-03-21"
    );
    slip(
        &slip_step(
            &app,
            &c.handler,
            "replyAssignment",
            "ReplyAssignmentInput",
            json!({ "assignmentId": id, "reply": "已建立聯合檢查制度" }),
        )
        .await,
        "replyAssignment",
    );
    let verified = slip_step(
        &app,
        &c.office,
        "verifyAssignment",
        "AssignmentIdInput",
        json!({ "assignmentId": id }),
    )
    .await;
    assert_eq!(slip(&verified, "verifyAssignment")["status"], "VERIFIED");

    let status = "query($id: ID!) { node(id: $id) { ... on Report { status } } }";
    assert_eq!(
        app.gql(Some(&c.office), status, json!({ "id": report }))
            .await["data"]["node"]["status"],
        "HANDLED"
    );
    for (mutation, input_type, input, token) in [
        (
            "giveFeedback",
            "GiveFeedbackInput",
            json!({ "reportId": report, "feedback": "市場監管局已建立聯合檢查制度。" }),
            &c.office,
        ),
        (
            "rateHandling",
            "RateHandlingInput",
            json!({ "reportId": report, "rating": "SATISFIED" }),
            &c.supervisor,
        ),
        (
            "closeReport",
            "ReportIdInput",
            json!({ "reportId": report }),
            &c.office,
        ),
    ] {
        let answer = app
            .gql(Some(token), &format!("mutation($i: {input_type}!) {{ {mutation}(input: $i) {{ report {{ status }} }} }}"), json!({ "i": input }))
            .await;
        assert!(answer["data"][mutation].is_object(), "{mutation}: {answer}");
    }
    assert_eq!(
        app.gql(Some(&c.office), status, json!({ "id": report }))
            .await["data"]["node"]["status"],
        "CLOSED"
    );

    // The reporter follows the slip's progress without the unit's notes.
    let seen = app
        .gql(
            Some(&c.supervisor),
            &format!("{{ assignments {{ edges {{ node {{ {SLIP} }} }} }} }}"),
            json!({}),
        )
        .await;
    let node = &seen["data"]["assignments"]["edges"][0]["node"];
    assert_eq!(node["status"], "VERIFIED");
    assert_eq!(node["reply"], Value::Null);
    assert_eq!(node["requirement"], Value::Null);
}

#[tokio::test]
async fn a_unit_handler_never_learns_who_reported() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let report = accepted_report(&app, &c, "點名執法隊").await;
    let issued = issue(&app, &c, &[&report], None).await;
    let id = slip(&issued, "issueAssignment")["id"].clone();
    slip_step(
        &app,
        &c.handler,
        "signAssignment",
        "AssignmentIdInput",
        json!({ "assignmentId": id }),
    )
    .await;

    let probes = [
        app.gql(Some(&c.handler), "{ assignments { edges { node { id number requirement reports { id title body reporter { name idNumber phone account { username } } } } } } }", json!({})).await,
        app.gql(Some(&c.handler), "query($id: ID!) { node(id: $id) { ... on Assignment { reports { id reporter { name } } } } }", json!({ "id": id })).await,
        app.gql(Some(&c.handler), "query($id: ID!) { node(id: $id) { ... on Report { title reporter { name } } } }", json!({ "id": report })).await,
        app.gql(Some(&c.handler), "{ reports { totalCount edges { node { title reporter { name } } } } }", json!({})).await,
        app.gql(Some(&c.handler), "{ notifications { edges { node { title body targetId } } } }", json!({})).await,
        app.gql(Some(&c.handler), "{ supervisors { edges { node { name } } } nominations { totalCount } }", json!({})).await,
        app.gql(Some(&c.handler), "{ accounts { edges { node { username displayName } } } }", json!({})).await,
        app.gql(Some(&c.handler), "{ auditEvents { edges { node { actorUsername after } } } }", json!({})).await,
        app.gql(Some(&c.handler), "{ exitCandidates { member { name } } }", json!({})).await,
    ];
    let everything = probes
        .iter()
        .map(Value::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    for secret in [
        "sup.reporter",
        "198001010026",
        "13912345678",
        "139****5678",
        "430621********0026",
    ] {
        assert!(
            !everything.contains(secret),
            "{secret} leaked to the unit:\n{everything}"
        );
    }
    assert_eq!(
        probes[0]["data"]["assignments"]["edges"][0]["node"]["reports"],
        json!([])
    );
    assert!(
        probes[4]["data"]["notifications"]["edges"]
            .as_array()
            .is_some_and(|e| !e.is_empty()),
        "the unit was notified"
    );
}

#[tokio::test]
async fn an_extension_asked_in_time_and_granted_moves_the_deadline() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let report = accepted_report(&app, &c, "延期").await;
    let issued = issue(&app, &c, &[&report], Some("2025-03-07")).await;
    let id = slip(&issued, "issueAssignment")["id"].clone();
    let ask = |until: &str| json!({ "assignmentId": id, "until": until, "reason": "需要現場核查" });
    let too_early = slip_step(
        &app,
        &c.handler,
        "requestExtension",
        "RequestExtensionInput",
        ask("2025-03-06"),
    )
    .await;
    assert_eq!(too_early["errors"][0]["extensions"]["field"], "until");
    let asked = slip_step(
        &app,
        &c.handler,
        "requestExtension",
        "RequestExtensionInput",
        ask("2025-03-14"),
    )
    .await;
    assert_eq!(
        slip(&asked, "requestExtension")["extensionStatus"],
        "requested"
    );
    let waiting = "{ assignments(filter: {extensionRequested: true}) { totalCount } }";
    let count = |answer: Value| answer["data"]["assignments"]["totalCount"].clone();
    assert_eq!(
        count(app.gql(Some(&c.office), waiting, json!({})).await),
        json!(1),
        "the office's to-do lists the request"
    );
    let by_unit = slip_step(
        &app,
        &c.handler,
        "decideExtension",
        "DecideExtensionInput",
        json!({ "assignmentId": id, "grant": true }),
    )
    .await;
    assert_eq!(code(&by_unit), "FORBIDDEN");
    let granted = slip_step(
        &app,
        &c.office,
        "decideExtension",
        "DecideExtensionInput",
        json!({ "assignmentId": id, "grant": true }),
    )
    .await;
    assert_eq!(slip(&granted, "decideExtension")["deadline"], "2025-03-14");
    assert_eq!(
        count(app.gql(Some(&c.office), waiting, json!({})).await),
        json!(0)
    );

    app.clock.set(
        Utc.with_ymd_and_hms(2025, 3, 17, 1, 0, 0)
            .single()
            .expect("instant"),
    );
    let handler = app.token_for("scjg.handler", NEW_PASSWORD).await;
    let late = slip_step(
        &app,
        &handler,
        "requestExtension",
        "RequestExtensionInput",
        ask("2025-03-28"),
    )
    .await;
    assert_eq!(
        late["errors"][0]["extensions"]["field"], "until",
        "after the deadline it is too late"
    );
}

#[tokio::test]
async fn a_handed_back_slip_goes_to_another_unit() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let other_unit = app.create_unit(&c.office, "縣住建局", "DEPARTMENT").await;
    let (_, other_handler) = app
        .member(&c.office, "zjj.handler", "UNIT_HANDLER", Some(&other_unit))
        .await;
    let report = accepted_report(&app, &c, "不屬本局").await;
    let issued = issue(&app, &c, &[&report], None).await;
    let id = slip(&issued, "issueAssignment")["id"].clone();
    let not_theirs = slip_step(
        &app,
        &other_handler,
        "signAssignment",
        "AssignmentIdInput",
        json!({ "assignmentId": id }),
    )
    .await;
    assert_eq!(code(&not_theirs), "NOT_FOUND");
    let handed = slip_step(
        &app,
        &c.handler,
        "handBackAssignment",
        "HandBackAssignmentInput",
        json!({ "assignmentId": id, "reason": "屬住建局職責" }),
    )
    .await;
    assert_eq!(slip(&handed, "handBackAssignment")["status"], "HANDED_BACK");
    let reassigned = slip_step(
        &app,
        &c.office,
        "reassignAssignment",
        "ReassignAssignmentInput",
        json!({ "assignmentId": id, "unitId": other_unit }),
    )
    .await;
    assert_eq!(
        slip(&reassigned, "reassignAssignment")["unit"]["name"],
        "縣住建局"
    );
    assert_eq!(slip(&reassigned, "reassignAssignment")["status"], "ISSUED");
    let signed = slip_step(
        &app,
        &other_handler,
        "signAssignment",
        "AssignmentIdInput",
        json!({ "assignmentId": id }),
    )
    .await;
    assert_eq!(slip(&signed, "signAssignment")["status"], "SIGNED");
    let gone = app
        .gql(
            Some(&c.handler),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&gone), "NOT_FOUND");
}

#[tokio::test]
async fn overdue_counts_working_days_across_the_spring_festival() {
    let app = spawn_app().await;
    app.clock.set(
        Utc.with_ymd_and_hms(2025, 1, 20, 1, 0, 0)
            .single()
            .expect("instant"),
    );
    let c = county(&app).await;
    let mut days: Vec<Value> = (28..=31)
        .map(|d| json!({ "date": format!("2025-01-{d}"), "working": false }))
        .collect();
    days.extend((1..=4).map(|d| json!({ "date": format!("2025-02-0{d}"), "working": false })));
    days.push(json!({ "date": "2025-01-26", "working": true }));
    days.push(json!({ "date": "2025-02-08", "working": true }));
    let set = app
        .gql(
            Some(&c.office),
            "mutation($i: SetCalendarDaysInput!) { setCalendarDays(input: $i) { days { date } } }",
            json!({ "i": { "year": 2025, "days": days } }),
        )
        .await;
    assert!(set["data"]["setCalendarDays"].is_object(), "{set}");
    let report = accepted_report(&app, &c, "春節前交辦").await;
    let issued = issue(&app, &c, &[&report], Some("2025-01-27")).await;
    assert_eq!(slip(&issued, "issueAssignment")["overdue"], json!(false));

    app.clock.set(
        Utc.with_ymd_and_hms(2025, 2, 8, 3, 0, 0)
            .single()
            .expect("instant"),
    );
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let overdue = app
        .gql(Some(&office), "{ assignments(filter: {overdue: true}) { edges { node { overdue workingDaysOverdue } } } }", json!({}))
        .await;
    assert_eq!(
        overdue["data"]["assignments"]["edges"],
        json!([{ "node": { "overdue": true, "workingDaysOverdue": 4 } }])
    );
    let on_time = app
        .gql(
            Some(&office),
            "{ assignments(filter: {overdue: false}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(on_time["data"]["assignments"]["totalCount"], json!(0));
}

#[tokio::test]
async fn slips_issued_at_the_same_time_get_distinct_gapless_numbers() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let mut reports = Vec::new();
    for i in 0..8 {
        reports.push(accepted_report(&app, &c, &format!("並發{i}")).await);
    }
    let tasks: Vec<_> = reports
        .into_iter()
        .map(|report| {
            let client = app.client().clone();
            let url = app.url("/graphql");
            let (office, unit) = (c.office.clone(), c.unit.clone());
            tokio::spawn(async move {
                let body = json!({
                    "query": "mutation($i: IssueAssignmentInput!) { issueAssignment(input: $i) { assignment { number } } }",
                    "variables": { "i": { "reportIds": [report], "unitId": unit, "mode": "FORWARD", "requirement": "請辦理" } },
                });
                let resp = client.post(url).bearer_auth(office).json(&body).send().await.expect("sent");
                resp.json::<Value>().await.expect("json")
            })
        })
        .collect();
    let mut numbers = Vec::new();
    for task in tasks {
        let answer = task.await.expect("task");
        numbers.push(
            answer["data"]["issueAssignment"]["assignment"]["number"]
                .as_str()
                .unwrap_or_else(|| panic!("{answer}"))
                .to_owned(),
        );
    }
    numbers.sort_by_key(|n| {
        n.trim_start_matches("County 430621优交〔2025〕")
            .trim_end_matches('号')
            .parse::<i32>()
            .unwrap_or(0)
    });
    let expected: Vec<String> = (1..=8)
        .map(|i| format!("County 430621优交〔2025〕{i}号"))
        .collect();
    assert_eq!(numbers, expected);
}

#[tokio::test]
async fn each_side_is_refused_the_others_steps() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let report = accepted_report(&app, &c, "越權").await;
    let by_supervisor = app
        .gql(
            Some(&c.supervisor),
            "mutation($i: IssueAssignmentInput!) { issueAssignment(input: $i) { assignment { id } } }",
            json!({ "i": { "reportIds": [report], "unitId": c.unit, "mode": "ASSIGN", "requirement": "x" } }),
        )
        .await;
    assert_eq!(code(&by_supervisor), "FORBIDDEN");
    let issued = issue(&app, &c, &[&report], None).await;
    let id = slip(&issued, "issueAssignment")["id"].clone();
    assert_eq!(
        code(
            &slip_step(
                &app,
                &c.office,
                "signAssignment",
                "AssignmentIdInput",
                json!({ "assignmentId": id })
            )
            .await
        ),
        "FORBIDDEN"
    );
    assert_eq!(
        code(
            &slip_step(
                &app,
                &c.handler,
                "verifyAssignment",
                "AssignmentIdInput",
                json!({ "assignmentId": id })
            )
            .await
        ),
        "FORBIDDEN"
    );
    let other_office = app.office("430623").await;
    assert_eq!(
        code(
            &slip_step(
                &app,
                &other_office,
                "verifyAssignment",
                "AssignmentIdInput",
                json!({ "assignmentId": id })
            )
            .await
        ),
        "NOT_FOUND"
    );
    let past = issue(&app, &c, &[&report], Some("2025-03-01")).await;
    assert_eq!(past["errors"][0]["extensions"]["field"], "deadline");
    let submitted = app
        .gql(
            Some(&c.supervisor),
            "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
            json!({ "i": { "kind": "PROBLEM", "title": "未受理", "body": "x", "area": "FAIR_COMPETITION" } }),
        )
        .await;
    let unaccepted = submitted["data"]["submitReport"]["report"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    assert_eq!(
        code(&issue(&app, &c, &[&unaccepted], None).await),
        "INVALID_TRANSITION"
    );
}

#[tokio::test]
async fn each_side_is_offered_exactly_the_steps_it_may_take() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let report = accepted_report(&app, &c, "可辦理的步驟").await;
    let issued = issue(&app, &c, &[&report], Some("2025-03-07")).await;
    let id = slip(&issued, "issueAssignment")["id"].clone();
    let actions = |token: String| {
        let app = &app;
        let id = id.clone();
        async move {
            let answer = app
                .gql(
                    Some(&token),
                    "query($id: ID!) { node(id: $id) { ... on Assignment { actions } } }",
                    json!({ "id": id }),
                )
                .await;
            answer["data"]["node"]["actions"].clone()
        }
    };

    assert_eq!(
        actions(c.handler.clone()).await,
        json!(["SIGN", "HAND_BACK", "REQUEST_EXTENSION"])
    );
    assert_eq!(actions(c.office.clone()).await, json!([]));
    assert_eq!(
        actions(c.supervisor.clone()).await,
        json!([]),
        "a reporter follows the slip and takes no step"
    );

    let signed = slip_step(
        &app,
        &c.handler,
        "signAssignment",
        "AssignmentIdInput",
        json!({ "assignmentId": id }),
    )
    .await;
    slip(&signed, "signAssignment");
    let asked = slip_step(
        &app,
        &c.handler,
        "requestExtension",
        "RequestExtensionInput",
        json!({ "assignmentId": id, "until": "2025-03-14", "reason": "需要現場核查" }),
    )
    .await;
    slip(&asked, "requestExtension");
    assert_eq!(
        actions(c.handler.clone()).await,
        json!(["REPLY", "HAND_BACK"])
    );
    assert_eq!(actions(c.office.clone()).await, json!(["DECIDE_EXTENSION"]));

    let replied = slip_step(
        &app,
        &c.handler,
        "replyAssignment",
        "ReplyAssignmentInput",
        json!({ "assignmentId": id, "reply": "已整改。" }),
    )
    .await;
    slip(&replied, "replyAssignment");
    assert_eq!(actions(c.handler.clone()).await, json!([]));
    assert_eq!(
        actions(c.office.clone()).await,
        json!(["VERIFY", "RETURN", "DECIDE_EXTENSION"])
    );

    // After the deadline the unit can no longer ask for more time.
    let late_report = accepted_report(&app, &c, "逾期的步驟").await;
    let late = issue(&app, &c, &[&late_report], Some("2025-03-07")).await;
    let late_id = slip(&late, "issueAssignment")["id"].clone();
    app.clock.set(
        Utc.with_ymd_and_hms(2025, 3, 10, 1, 0, 0)
            .single()
            .expect("instant"),
    );
    let handler = app.token_for("scjg.handler", NEW_PASSWORD).await;
    let answer = app
        .gql(
            Some(&handler),
            "query($id: ID!) { node(id: $id) { ... on Assignment { actions } } }",
            json!({ "id": late_id }),
        )
        .await;
    assert_eq!(
        answer["data"]["node"]["actions"],
        json!(["SIGN", "HAND_BACK"])
    );
}

#[tokio::test]
async fn the_office_sees_the_default_deadline_and_a_reports_slips_before_and_after_issuing() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let report = accepted_report(&app, &c, "默認時限").await;
    let query = "query($r: ID!) { defaultSlipDeadline assignments(filter: {reportId: $r}, first: 10) { nodes { number deadline } } }";
    let before = app
        .gql(Some(&c.office), query, json!({ "r": report }))
        .await;
    let default = before["data"]["defaultSlipDeadline"]
        .as_str()
        .unwrap_or_else(|| panic!("{before}"))
        .to_owned();
    assert_eq!(before["data"]["assignments"]["nodes"], json!([]));

    let issued = issue(&app, &c, &[&report], None).await;
    assert_eq!(slip(&issued, "issueAssignment")["deadline"], default);
    let after = app
        .gql(Some(&c.office), query, json!({ "r": report }))
        .await;
    assert_eq!(
        after["data"]["assignments"]["nodes"][0]["deadline"],
        default.as_str()
    );

    // The unit neither computes deadlines nor learns which report a slip came from.
    let deadline = app
        .gql(Some(&c.handler), "{ defaultSlipDeadline }", json!({}))
        .await;
    assert_eq!(code(&deadline), "FORBIDDEN");
    let by_report = app
        .gql(
            Some(&c.handler),
            "query($r: ID!) { assignments(filter: {reportId: $r}, first: 10) { nodes { number } } }",
            json!({ "r": report }),
        )
        .await;
    assert_eq!(code(&by_report), "NOT_FOUND");
}

#[tokio::test]
async fn a_slips_timeline_and_a_reports_history_tell_what_happened_and_who_did_it() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let report = accepted_report(&app, &c, "辦理過程").await;
    let issued = issue(&app, &c, &[&report], Some("2025-03-07")).await;
    let id = slip(&issued, "issueAssignment")["id"].clone();
    let steps: [(&str, &str, Value); 5] = [
        (
            "signAssignment",
            "AssignmentIdInput",
            json!({ "assignmentId": id }),
        ),
        (
            "requestExtension",
            "RequestExtensionInput",
            json!({ "assignmentId": id, "until": "2025-03-14", "reason": "需要現場核查" }),
        ),
        (
            "replyAssignment",
            "ReplyAssignmentInput",
            json!({ "assignmentId": id, "reply": "已整改。" }),
        ),
        (
            "returnAssignment",
            "ReturnAssignmentInput",
            json!({ "assignmentId": id, "reason": "整改材料不全", "deadline": "2025-03-12" }),
        ),
        (
            "replyAssignment",
            "ReplyAssignmentInput",
            json!({ "assignmentId": id, "reply": "已補充材料。" }),
        ),
    ];
    for (mutation, input, value) in steps {
        let token = if mutation == "returnAssignment" {
            &c.office
        } else {
            &c.handler
        };
        let answer = slip_step(&app, token, mutation, input, value).await;
        slip(&answer, mutation);
    }
    let query = "query($id: ID!, $r: ID!) { slip: node(id: $id) { ... on Assignment { timeline { action actor note } } } report: node(id: $r) { ... on Report { history { action actor } } } }";
    let seen = |token: String| {
        let app = &app;
        let (id, report) = (id.clone(), report.clone());
        async move {
            app.gql(Some(&token), query, json!({ "id": id, "r": report }))
                .await
        }
    };

    let office = seen(c.office.clone()).await;
    let timeline = &office["data"]["slip"]["timeline"];
    let actions: Vec<&str> = timeline
        .as_array()
        .unwrap_or_else(|| panic!("{office}"))
        .iter()
        .filter_map(|s| s["action"].as_str())
        .collect();
    assert_eq!(
        actions,
        [
            "issueAssignment",
            "signAssignment",
            "requestExtension",
            "replyAssignment",
            "returnAssignment",
            "replyAssignment"
        ]
    );
    assert_eq!(timeline[0]["note"], "办理时限 2025-03-07");
    assert_eq!(timeline[2]["note"], "申请延期至 2025-03-14");
    assert_eq!(timeline[4]["note"], "整改材料不全；新的办理时限 2025-03-12");
    assert!(timeline[1]["actor"].is_string(), "{timeline}");
    let history: Vec<&str> = office["data"]["report"]["history"]
        .as_array()
        .unwrap_or_else(|| panic!("{office}"))
        .iter()
        .filter_map(|s| s["action"].as_str())
        .collect();
    assert_eq!(history, ["submitReport", "acceptReport"]);

    // The unit sees its slip's steps; the reports stay out of its reach.
    let unit = app
        .gql(
            Some(&c.handler),
            "query($id: ID!) { node(id: $id) { ... on Assignment { timeline { action note } } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        unit["data"]["node"]["timeline"].as_array().map(Vec::len),
        Some(6),
        "{unit}"
    );
    // The reporter follows the steps, not who took them or why.
    let reporter = seen(c.supervisor.clone()).await;
    let followed = &reporter["data"]["slip"]["timeline"];
    assert_eq!(followed.as_array().map(Vec::len), Some(6), "{reporter}");
    assert!(followed[4]["actor"].is_null() && followed[4]["note"].is_null());
    // Its report's history tells it where the handling stands, without the extension asked.
    let told = &reporter["data"]["report"]["history"];
    let told_actions: Vec<&str> = told
        .as_array()
        .unwrap_or_else(|| panic!("{reporter}"))
        .iter()
        .filter_map(|s| s["action"].as_str())
        .collect();
    assert_eq!(
        told_actions,
        [
            "submitReport",
            "acceptReport",
            "issueAssignment",
            "signAssignment",
            "replyAssignment",
            "returnAssignment",
            "replyAssignment"
        ]
    );
    assert!(
        told.as_array()
            .is_some_and(|steps| steps.iter().all(|s| s["actor"].is_null())),
        "{told}"
    );
}
