//! The office's figures against a fixture computed by hand: compliance, unit performance, the
//! dashboard, the conclusion report and its CSV and HTML downloads; and who may see them.

use serde_json::{Value, json};

use crate::{
    harness::{ADMIN_PASSWORD, NEW_PASSWORD, TestApp, code, spawn_app},
    mail::at,
};

/// The county of the fixture, as of Monday 10 March 2025.
///
/// - Supervisors a, b, c. a files problems P1, P2 and suggestion S1 (marked valuable); b
///   files problem P3 and suggestion S2; c files nothing. All on Monday 3 March.
/// - Slips issued on 3 March, due Friday 7 March: X1 (P1) and X2 (P2) to the housing bureau,
///   X3 (P3) to the labour bureau. X1 is replied on Wednesday 5 March (2 working days) and
///   verified; P1's reporter rates the handling SATISFIED. X2 is replied on Monday 10 March
///   (5 working days: late). X3 is never answered and is referred to the commission.
/// - A symposium on 4 March: a attended, b absent without leave, c excused.
/// - A survey closing 14 March: a, b, c rate the housing bureau (VERY_SATISFIED, SATISFIED,
///   FAIRLY_SATISFIED: 75.0); only a rates the labour bureau.
struct County {
    office: String,
    housing_handler: String,
    labour_handler: String,
    supervisor: String,
}

async fn gql_ok(app: &TestApp, token: &str, query: &str, variables: Value) -> Value {
    let answer = app.gql(Some(token), query, variables).await;
    assert!(answer["errors"].is_null(), "{query}: {answer}");
    answer["data"].clone()
}

async fn report(app: &TestApp, token: &str, kind: &str, title: &str) -> String {
    let data = gql_ok(
        app,
        token,
        "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
        json!({ "i": { "kind": kind, "title": title, "body": "具体情况。", "area": "GOVERNMENT_SERVICES" } }),
    )
    .await;
    data["submitReport"]["report"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn step(app: &TestApp, token: &str, mutation: &str, input_type: &str, input: Value) {
    gql_ok(
        app,
        token,
        &format!("mutation($i: {input_type}!) {{ {mutation}(input: $i) {{ __typename }} }}"),
        json!({ "i": input }),
    )
    .await;
}

async fn fixture(app: &TestApp) -> County {
    let (office, leading) = app.office_and_leading_group("430621").await;
    let housing = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let labour = app.create_unit(&office, "縣人社局", "DEPARTMENT").await;
    app.member(&office, "zjj.handler", "UNIT_HANDLER", Some(&housing))
        .await;
    app.member(&office, "rsj.handler", "UNIT_HANDLER", Some(&labour))
        .await;
    let mut members = Vec::new();
    for (name, id) in [
        ("sup.a", "430621198001010034"),
        ("sup.b", "430621198102020047"),
        ("sup.c", "43062119820303005X"),
    ] {
        members.push(app.active_supervisor(&office, &leading, name, id).await);
    }
    let (a, b) = (&members[0].1, &members[1].1);
    let p1 = report(app, a, "PROBLEM", "P1").await;
    let p2 = report(app, a, "PROBLEM", "P2").await;
    let s1 = report(app, a, "SUGGESTION", "S1").await;
    let p3 = report(app, b, "PROBLEM", "P3").await;
    report(app, b, "SUGGESTION", "S2").await;
    for id in [&p1, &p2, &p3, &s1] {
        step(
            app,
            &office,
            "acceptReport",
            "ReportIdInput",
            json!({ "reportId": id }),
        )
        .await;
    }
    step(
        app,
        &office,
        "markSuggestionValuable",
        "ReportIdInput",
        json!({ "reportId": s1 }),
    )
    .await;
    let x1 = app
        .issued_slip(&office, &p1, &housing, Some("2025-03-07"))
        .await;
    let x2 = app
        .issued_slip(&office, &p2, &housing, Some("2025-03-07"))
        .await;
    let x3 = app
        .issued_slip(&office, &p3, &labour, Some("2025-03-07"))
        .await;

    let meeting = gql_ok(
        app,
        &office,
        "mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { meeting { id } } }",
        json!({ "i": { "kind": "SYMPOSIUM", "topic": "座谈会", "place": "县工商联", "startsAt": "2025-03-04T02:00:00Z",
                       "endsAt": "2025-03-04T04:00:00Z", "memberIds": members.iter().map(|m| &m.0).collect::<Vec<_>>() } }),
    )
    .await["createMeeting"]["meeting"]["id"]
        .clone();
    step(
        app,
        &office,
        "announceMeeting",
        "MeetingIdInput",
        json!({ "meetingId": meeting }),
    )
    .await;
    let survey = gql_ok(
        app,
        &office,
        "mutation($i: OpenSurveyInput!) { openSurvey(input: $i) { survey { id } } }",
        json!({ "i": { "title": "一季度测评", "period": "2025年第一季度", "unitIds": [housing, labour], "closesOn": "2025-03-14" } }),
    )
    .await["openSurvey"]["survey"]["id"]
        .clone();
    for (who, level) in [
        (0, "VERY_SATISFIED"),
        (1, "SATISFIED"),
        (2, "FAIRLY_SATISFIED"),
    ] {
        let mut ratings = vec![json!({ "unitId": housing, "level": level })];
        if who == 0 {
            ratings.push(json!({ "unitId": labour, "level": "DISSATISFIED" }));
        }
        step(
            app,
            &members[who].1,
            "submitSurveyResponse",
            "SubmitSurveyResponseInput",
            json!({ "surveyId": survey, "ratings": ratings }),
        )
        .await;
    }

    // Tuesday 4 March, after the symposium.
    app.clock.set(at("2025-03-04T06:00:00Z"));
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let invitations = gql_ok(
        app,
        &office,
        "query($id: ID!) { node(id: $id) { ... on Meeting { invitations { id member { name } } } } }",
        json!({ "id": meeting }),
    )
    .await;
    let entries: Vec<Value> = invitations["node"]["invitations"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|i| {
            let attendance = match i["member"]["name"].as_str() {
                Some("sup.a") => "ATTENDED",
                Some("sup.b") => "ABSENT",
                _ => "EXCUSED",
            };
            json!({ "invitationId": i["id"], "attendance": attendance })
        })
        .collect();
    step(
        app,
        &office,
        "recordAttendance",
        "RecordAttendanceInput",
        json!({ "meetingId": meeting, "entries": entries }),
    )
    .await;

    // Wednesday 5 March: X1 answered and verified, P1 fed back and rated.
    app.clock.set(at("2025-03-05T02:00:00Z"));
    let housing_handler = app.token_for("zjj.handler", NEW_PASSWORD).await;
    for slip in [&x1, &x2] {
        step(
            app,
            &housing_handler,
            "signAssignment",
            "AssignmentIdInput",
            json!({ "assignmentId": slip }),
        )
        .await;
    }
    step(
        app,
        &housing_handler,
        "replyAssignment",
        "ReplyAssignmentInput",
        json!({ "assignmentId": x1, "reply": "已整改" }),
    )
    .await;
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    step(
        app,
        &office,
        "verifyAssignment",
        "AssignmentIdInput",
        json!({ "assignmentId": x1 }),
    )
    .await;
    step(
        app,
        &office,
        "giveFeedback",
        "GiveFeedbackInput",
        json!({ "reportId": p1, "feedback": "已整改到位" }),
    )
    .await;
    let a = app.token_for("sup.a", NEW_PASSWORD).await;
    step(
        app,
        &a,
        "rateHandling",
        "RateHandlingInput",
        json!({ "reportId": p1, "rating": "SATISFIED" }),
    )
    .await;

    // Monday 10 March: X2 answered late; X3 is overdue and referred.
    app.clock.set(at("2025-03-10T02:00:00Z"));
    let housing_handler = app.token_for("zjj.handler", NEW_PASSWORD).await;
    step(
        app,
        &housing_handler,
        "replyAssignment",
        "ReplyAssignmentInput",
        json!({ "assignmentId": x2, "reply": "已处理" }),
    )
    .await;
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    step(
        app,
        &office,
        "createReferral",
        "CreateReferralInput",
        json!({ "assignmentId": x3, "summary": "逾期未答复" }),
    )
    .await;
    County {
        office,
        housing_handler,
        labour_handler: app.token_for("rsj.handler", NEW_PASSWORD).await,
        supervisor: app.token_for("sup.b", NEW_PASSWORD).await,
    }
}

const PERFORMANCE: &str = "query($from: NaiveDate!, $to: NaiveDate!) { unitPerformance(from: $from, to: $to) { unit { name } slipsIssued repliedOnTime overdue handedBack averageWorkingDaysToReply referrals surveyResponses surveyScore reporterRatings { rating count } } }";

fn ratings(satisfied: i32) -> Value {
    json!([
        { "rating": "SATISFIED", "count": satisfied },
        { "rating": "BASICALLY_SATISFIED", "count": 0 },
        { "rating": "UNSATISFIED", "count": 0 },
    ])
}

#[tokio::test]
async fn the_figures_match_the_hand_computed_fixture_and_stay_with_their_owners() {
    let app = spawn_app().await;
    let c = fixture(&app).await;

    let compliance = gql_ok(
        &app,
        &c.office,
        "{ compliance(quarter: \"2025Q1\") { member { name } problemReports valuableSuggestions lastReportOn unexcusedAbsences problemQuotaMet suggestionQuotaMet status } }",
        json!({}),
    )
    .await;
    assert_eq!(
        compliance["compliance"],
        json!([
            { "member": { "name": "sup.a" }, "problemReports": 2, "valuableSuggestions": 1, "lastReportOn": "2025-03-03",
              "unexcusedAbsences": 0, "problemQuotaMet": true, "suggestionQuotaMet": false, "status": "MET" },
            { "member": { "name": "sup.b" }, "problemReports": 1, "valuableSuggestions": 0, "lastReportOn": "2025-03-03",
              "unexcusedAbsences": 1, "problemQuotaMet": true, "suggestionQuotaMet": false, "status": "MET" },
            { "member": { "name": "sup.c" }, "problemReports": 0, "valuableSuggestions": 0, "lastReportOn": null,
              "unexcusedAbsences": 0, "problemQuotaMet": false, "suggestionQuotaMet": false, "status": "SHORT" },
        ])
    );
    let q2 = gql_ok(
        &app,
        &c.office,
        "{ compliance(quarter: \"2025Q2\") { problemReports unexcusedAbsences status } }",
        json!({}),
    )
    .await;
    assert_eq!(
        q2["compliance"][0],
        json!({ "problemReports": 0, "unexcusedAbsences": 0, "status": "SHORT" })
    );

    let march = json!({ "from": "2025-03-01", "to": "2025-03-31" });
    let performance = gql_ok(&app, &c.office, PERFORMANCE, march.clone()).await;
    assert_eq!(
        performance["unitPerformance"],
        json!([
            { "unit": { "name": "縣住建局" }, "slipsIssued": 2, "repliedOnTime": 1, "overdue": 1, "handedBack": 0,
              "averageWorkingDaysToReply": 3.5, "referrals": 0, "surveyResponses": 3, "surveyScore": 75.0, "reporterRatings": ratings(1) },
            { "unit": { "name": "縣人社局" }, "slipsIssued": 1, "repliedOnTime": 0, "overdue": 1, "handedBack": 0,
              "averageWorkingDaysToReply": null, "referrals": 1, "surveyResponses": 1, "surveyScore": null, "reporterRatings": ratings(0) },
        ])
    );
    let april = gql_ok(
        &app,
        &c.office,
        PERFORMANCE,
        json!({ "from": "2025-04-01", "to": "2025-04-30" }),
    )
    .await;
    assert_eq!(april["unitPerformance"][0]["slipsIssued"], 0);

    // The workbench's on-time chart: the quarters' units summed, oldest first.
    let on_time = gql_ok(
        &app,
        &c.office,
        "{ onTimeByQuarter(quarter: \"2025Q2\", count: 3) { quarter slipsIssued repliedOnTime } }",
        json!({}),
    )
    .await;
    assert_eq!(
        on_time["onTimeByQuarter"],
        json!([
            { "quarter": "2024Q4", "slipsIssued": 0, "repliedOnTime": 0 },
            { "quarter": "2025Q1", "slipsIssued": 3, "repliedOnTime": 1 },
            { "quarter": "2025Q2", "slipsIssued": 0, "repliedOnTime": 0 },
        ])
    );
    for (token, count) in [(&c.labour_handler, 4), (&c.office, 9)] {
        let refused = app
            .gql(
                Some(token),
                "query($n: Int!) { onTimeByQuarter(quarter: \"2025Q1\", count: $n) { quarter } }",
                json!({ "n": count }),
            )
            .await;
        assert_ne!(code(&refused), "", "{refused}");
    }

    // A unit sees its own row only.
    let own = gql_ok(&app, &c.labour_handler, PERFORMANCE, march.clone()).await;
    assert_eq!(own["unitPerformance"].as_array().map(Vec::len), Some(1));
    assert_eq!(own["unitPerformance"][0]["unit"]["name"], "縣人社局");
    let backwards = app
        .gql(
            Some(&c.office),
            PERFORMANCE,
            json!({ "from": "2025-03-31", "to": "2025-03-01" }),
        )
        .await;
    assert_eq!(code(&backwards), "VALIDATION");

    let dashboard = gql_ok(
        &app,
        &c.office,
        "{ dashboard(quarter: \"2025Q1\") { quarter reportsByKind { kind count } reportsByArea { area count } reportsByStatus { status count }
           slipsByUnit { unit { name } open overdue } referralsByStatus { status count } meetingsHeld jointMeetingsHeld members membersMeetingQuotas } }",
        json!({}),
    )
    .await["dashboard"]
        .clone();
    assert_eq!(dashboard["quarter"], "2025Q1");
    let mut kinds = dashboard["reportsByKind"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    kinds.sort_by_key(|k| k["kind"].to_string());
    assert_eq!(
        kinds,
        vec![
            json!({ "kind": "PROBLEM", "count": 3 }),
            json!({ "kind": "SUGGESTION", "count": 2 })
        ]
    );
    assert_eq!(
        dashboard["reportsByArea"],
        json!([{ "area": "GOVERNMENT_SERVICES", "count": 5 }])
    );
    let statuses: i64 = dashboard["reportsByStatus"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| s["count"].as_i64().unwrap_or(0))
        .sum();
    assert_eq!(statuses, 5);
    assert!(
        dashboard["reportsByStatus"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|s| s == &json!({ "status": "FEEDBACK_GIVEN", "count": 1 })),
        "{dashboard}"
    );
    assert_eq!(
        dashboard["slipsByUnit"],
        json!([{ "unit": { "name": "縣人社局" }, "open": 1, "overdue": 1 }])
    );
    let by_unit = gql_ok(
        &app,
        &c.office,
        "{ slipsByUnit { unit { name } open overdue } }",
        json!({}),
    )
    .await;
    assert_eq!(by_unit["slipsByUnit"], dashboard["slipsByUnit"]);
    assert_eq!(
        dashboard["referralsByStatus"],
        json!([{ "status": "QUEUED", "count": 1 }])
    );
    assert_eq!(
        (
            &dashboard["meetingsHeld"],
            &dashboard["jointMeetingsHeld"],
            &dashboard["members"],
            &dashboard["membersMeetingQuotas"]
        ),
        (&json!(1), &json!(0), &json!(3), &json!(2))
    );

    // Only the office and leading group see the overview and the members' figures.
    for (token, query) in [
        (
            &c.housing_handler,
            "{ dashboard(quarter: \"2025Q1\") { members } }",
        ),
        (
            &c.supervisor,
            "{ compliance(quarter: \"2025Q1\") { status } }",
        ),
        (
            &c.supervisor,
            "{ unitPerformance(from: \"2025-03-01\", to: \"2025-03-31\") { overdue } }",
        ),
        (
            &c.housing_handler,
            "{ conclusionReport(quarter: \"2025Q1\") { quarter } }",
        ),
        (&c.housing_handler, "{ slipsByUnit { open } }"),
        (&c.supervisor, "{ slipsByUnit { open } }"),
    ] {
        assert_eq!(
            code(&app.gql(Some(token), query, json!({})).await),
            "FORBIDDEN",
            "{query}"
        );
    }
    let stranger = app.office("430602").await;
    let elsewhere = gql_ok(
        &app,
        &stranger,
        "{ compliance(quarter: \"2025Q1\") { status } }",
        json!({}),
    )
    .await;
    assert_eq!(
        elsewhere["compliance"],
        json!([]),
        "another county sees only its own"
    );
    let elsewhere = gql_ok(&app, &stranger, "{ slipsByUnit { open } }", json!({})).await;
    assert_eq!(elsewhere["slipsByUnit"], json!([]));
    let bad = app
        .gql(
            Some(&c.office),
            "{ dashboard(quarter: \"2025Q5\") { members } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&bad), "VALIDATION");
}

#[tokio::test]
async fn the_conclusion_report_downloads_as_csv_with_a_byte_order_mark_and_as_a_page() {
    let app = spawn_app().await;
    let c = fixture(&app).await;
    let report = gql_ok(
        &app,
        &c.office,
        "{ conclusionReport(quarter: \"2025Q1\") { regionName quarter from to reportsReceived units { unit { name } overdue } members { member { name } status }
           meetings { topic } unitsCsvPath membersCsvPath htmlPath } }",
        json!({}),
    )
    .await["conclusionReport"]
        .clone();
    assert_eq!(
        (
            &report["quarter"],
            &report["from"],
            &report["to"],
            &report["reportsReceived"]
        ),
        (
            &json!("2025Q1"),
            &json!("2025-01-01"),
            &json!("2025-03-31"),
            &json!(5)
        )
    );
    assert_eq!(report["meetings"], json!([{ "topic": "座谈会" }]));
    assert_eq!(report["units"].as_array().map(Vec::len), Some(2));

    let download = |path: String, token: Option<String>| {
        let request = app.client().get(app.url(&path));
        async move {
            let request = match token {
                Some(t) => request.bearer_auth(t),
                None => request,
            };
            request.send().await.expect("response")
        }
    };
    let units = download(
        report["unitsCsvPath"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        Some(c.office.clone()),
    )
    .await;
    assert_eq!(units.status(), 200);
    assert_eq!(
        units
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/csv; charset=utf-8")
    );
    let bytes = units.bytes().await.expect("body");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "a byte-order mark first"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "单位,交办件数,按时答复,超期,退单,平均答复用时（工作日）,移交纪委,测评份数,测评得分,满意,基本满意,不满意"
    );
    assert_eq!(lines[1], "縣住建局,2,1,1,0,3.5,0,3,75.0,1,0,0");
    assert_eq!(lines[2], "縣人社局,1,0,1,0,—,1,1,—,0,0,0");

    let members = download(
        report["membersCsvPath"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        Some(c.office.clone()),
    )
    .await;
    let text =
        String::from_utf8(members.bytes().await.expect("body")[3..].to_vec()).expect("UTF-8");
    assert!(
        text.contains("sup.b,监督员,1,0,2025-03-03,1,达标"),
        "{text}"
    );
    assert!(text.contains("sup.c,监督员,0,0,—,0,未达标"), "{text}");

    let page = download(
        report["htmlPath"].as_str().unwrap_or_default().to_owned(),
        Some(c.office.clone()),
    )
    .await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("page");
    assert!(
        html.contains("<title>County 4306212025年第一季度营商环境监测结论报告</title>"),
        "{html}"
    );
    assert!(
        html.contains("<td class=\"name\">縣住建局</td><td>2</td><td>1</td><td>1</td>"),
        "{html}"
    );

    // The same permissions as the query.
    assert_eq!(
        download("/exports/conclusion-report/2025Q1.html".into(), None)
            .await
            .status(),
        401
    );
    assert_eq!(
        download(
            "/exports/conclusion-report/2025Q1.html".into(),
            Some(c.housing_handler.clone())
        )
        .await
        .status(),
        403
    );
    assert_eq!(
        download(
            "/exports/conclusion-report/2025Q9.html".into(),
            Some(c.office.clone())
        )
        .await
        .status(),
        400
    );
    assert_eq!(
        download(
            "/exports/conclusion-report/2025Q1.pdf".into(),
            Some(c.office.clone())
        )
        .await
        .status(),
        404
    );
}

#[tokio::test]
async fn names_a_spreadsheet_would_run_as_formulas_are_inert_in_every_csv() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let formula = "=HYPERLINK(\"http://evil.example\",\"点击查看\")";
    app.create_unit(&office, "+SUM(1,2)", "DEPARTMENT").await;
    app.active_supervisor_named(
        &office,
        &leading,
        "sup.formula",
        formula,
        "430621198001010026",
    )
    .await;
    let report = gql_ok(
        &app,
        &office,
        "{ conclusionReport(quarter: \"2025Q1\") { unitsCsvPath membersCsvPath } }",
        json!({}),
    )
    .await["conclusionReport"]
        .clone();
    for (path, expected) in [
        (&report["unitsCsvPath"], "\"'+SUM(1,2)\","),
        (
            &report["membersCsvPath"],
            "\"'=HYPERLINK(\"\"http://evil.example\"\"",
        ),
    ] {
        let text = app
            .client()
            .get(app.url(path.as_str().unwrap_or_default()))
            .bearer_auth(&office)
            .send()
            .await
            .expect("response")
            .text()
            .await
            .expect("text");
        assert!(text.lines().any(|l| l.starts_with(expected)), "{text}");
        assert!(
            !text
                .lines()
                .skip(1)
                .any(|l| l.trim_start_matches('"').starts_with(['=', '+', '-', '@'])),
            "{text}"
        );
    }
}
