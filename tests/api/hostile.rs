//! Requests meant to stop the server or to make it fail: nesting that would overflow the
//! parser's stack, fragment graphs that would make validation run for minutes, documents whose
//! parsing outlasts the request's time, and text no database can store.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{NEW_PASSWORD, TestApp, code, spawn_app, spawn_app_with};

async fn answer(resp: reqwest::Response) -> (u16, Value) {
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

/// The server still answers, and still runs an ordinary query.
async fn still_serving(app: &TestApp) {
    let health = app
        .client()
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("the server is up");
    assert_eq!(health.status(), 200);
    let viewer = app.gql(None, "{ viewer { role } }", json!({})).await;
    assert!(viewer["data"].is_object(), "{viewer}");
}

#[tokio::test]
async fn arguments_nested_thousands_deep_are_refused_before_the_parser() {
    let app = spawn_app().await;
    let lists = format!(
        "{{ __typename @include(if: {}true{}) }}",
        "[".repeat(1500),
        "]".repeat(1500)
    );
    let objects = format!(
        "{{ publishedMembers(regionCode: \"430621\", filter: {}1{}) {{ name }} }}",
        "{a: ".repeat(1500),
        "}".repeat(1500)
    );
    assert!(lists.len() < 3100, "a 3 KB request");
    for query in [lists, objects] {
        let (status, body) = answer(app.post(None, &json!({ "query": query })).await).await;
        assert_eq!((status, code(&body)), (400, "QUERY_TOO_COMPLEX"), "{body}");
    }
    still_serving(&app).await;
}

async fn multipart(app: &TestApp, form: reqwest::multipart::Form) -> reqwest::Response {
    app.client()
        .post(app.url("/graphql"))
        .multipart(form)
        .send()
        .await
        .expect("sent")
}

fn nested_object(levels: usize) -> Value {
    (0..levels).fold(json!(true), |inner, _| json!({ "a": inner }))
}

#[tokio::test]
async fn variables_nested_deeply_are_refused_in_json_and_in_multipart_requests() {
    let app = spawn_app().await;
    let query = "query($x: Boolean) { __typename @include(if: $x) }";
    let (status, body) = answer(
        app.post(
            None,
            &json!({ "query": query, "variables": { "x": nested_object(100) } }),
        )
        .await,
    )
    .await;
    assert_eq!((status, code(&body)), (400, "QUERY_TOO_COMPLEX"), "{body}");

    let operations = json!({ "query": query, "variables": { "x": nested_object(100) } });
    let form = reqwest::multipart::Form::new()
        .text("operations", operations.to_string())
        .text("map", "{}");
    let (status, body) = answer(multipart(&app, form).await).await;
    assert_eq!((status, code(&body)), (400, "QUERY_TOO_COMPLEX"), "{body}");

    // A file mapped to a path thousands of segments long is simply not placed.
    let path = format!("variables.x{}", ".0".repeat(10_000));
    let form = reqwest::multipart::Form::new()
        .text(
            "operations",
            json!({ "query": query, "variables": { "x": null } }).to_string(),
        )
        .text("map", json!({ "0": [path] }).to_string())
        .part(
            "0",
            reqwest::multipart::Part::bytes(b"x".to_vec()).file_name("x.txt"),
        );
    let resp = multipart(&app, form).await;
    assert!(resp.status().as_u16() < 500, "{}", resp.status());
    still_serving(&app).await;
}

/// `query { ...F<levels> }` where each fragment spreads the one below twice: 2^levels
/// selections once expanded, about a kilobyte of text.
fn fragment_bomb(levels: usize) -> String {
    let mut bomb = format!("query {{ ...F{levels} }} fragment F0 on Query {{ __typename }}");
    for i in 1..=levels {
        bomb.push_str(&format!(
            " fragment F{i} on Query {{ ...F{p} ...F{p} }}",
            p = i - 1
        ));
    }
    bomb
}

#[tokio::test]
async fn fragment_graphs_are_measured_without_expanding_them() {
    let app = spawn_app().await;
    let started = Instant::now();
    // Two bombs at once; either alone took 54 s of CPU before.
    let (bomb25, bomb30) = (
        json!({ "query": fragment_bomb(25) }),
        json!({ "query": fragment_bomb(30) }),
    );
    let (one, two) = tokio::join!(app.post(None, &bomb25), app.post(None, &bomb30));
    for resp in [one, two] {
        let (status, body) = answer(resp).await;
        assert_eq!((status, code(&body)), (400, "QUERY_TOO_COMPLEX"), "{body}");
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );

    // Many small operations that each spread one large fragment add up.
    let mut many = String::from("fragment Big on Query { ");
    many.push_str(&"__typename ".repeat(100));
    many.push('}');
    for i in 0..100 {
        many.push_str(&format!(" query Q{i} {{ ...Big }}"));
    }
    // A chain of fragments each spreading the next, 20,000 long.
    let mut chain = String::from("query { ...F0 }");
    for i in 0..20_000 {
        chain.push_str(&format!(" fragment F{i} on Query {{ ...F{} }}", i + 1));
    }
    chain.push_str(" fragment F20000 on Query { __typename }");
    for (what, query, expected) in [
        ("many", many, "QUERY_TOO_COMPLEX"),
        ("chain", chain, "QUERY_TOO_COMPLEX"),
        (
            "cycle",
            "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }".to_owned(),
            "GRAPHQL_VALIDATION_FAILED",
        ),
    ] {
        let body = json!({ "query": query, "operationName": "Q0" });
        let (status, answer) = answer(app.post(None, &body).await).await;
        assert_eq!((status, code(&answer)), (400, expected), "{what}: {answer}");
    }
    // An ordinary document with fragments still runs.
    let (status, body) = answer(
        app.post(
            None,
            &json!({ "query": "query { ...A } fragment A on Query { ...B viewer { role } } fragment B on Query { __typename }" }),
        )
        .await,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["__typename"], "Query", "{body}");
    still_serving(&app).await;
}

#[tokio::test]
async fn the_request_timeout_covers_parsing_and_validation_and_leaves_the_server_free() {
    let app = spawn_app_with(|s| s.graphql.request_timeout_ms = 20).await;
    // Nearly a megabyte of aliased fields: parsing alone outlasts 20 ms.
    let fields: Vec<String> = (0..45_000).map(|n| format!("a{n}: __typename")).collect();
    let query = format!("{{ {} }}", fields.join(" "));
    let started = Instant::now();
    let body = json!({ "query": query });
    let request = app.post(None, &body);
    let health = async {
        tokio::time::sleep(Duration::from_millis(5)).await;
        let started = Instant::now();
        let resp = app
            .client()
            .get(app.url("/healthz"))
            .send()
            .await
            .expect("sent");
        (resp.status().as_u16(), started.elapsed())
    };
    let (resp, (health, health_took)) = tokio::join!(request, health);
    let (status, body) = answer(resp).await;
    assert_eq!((status, code(&body)), (503, "TIMEOUT"), "{body}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(health, 200);
    assert!(health_took < Duration::from_secs(1), "{health_took:?}");
}

#[tokio::test]
async fn text_with_a_nul_character_is_a_validation_error_naming_its_field() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    app.active_supervisor(&office, &leading, "sup.nul", "430621198001010026")
        .await;
    let supervisor = app.token_for("sup.nul", NEW_PASSWORD).await;
    let cases: [(Option<&str>, &str, Value, &str); 5] = [
        (
            None,
            r#"mutation { login(input: {username: "a\u0000b", password: "Some-pass-1"}) { token } }"#,
            json!({}),
            "username",
        ),
        (
            None,
            "mutation($i: LoginInput!) { login(input: $i) { token } }",
            json!({ "i": { "username": "a\u{0}b", "password": "Some-pass-1" } }),
            "username",
        ),
        (
            None,
            "query($c: String!) { publishedMembers(regionCode: $c) { name } }",
            json!({ "c": "430\u{0}621" }),
            "c",
        ),
        (
            None,
            "{ nominationStatus(receiptCode: \"\\u0000\") { status } }",
            json!({}),
            "receiptCode",
        ),
        (
            Some(&supervisor),
            "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
            json!({ "i": { "kind": "PROBLEM", "title": "標題\u{0}", "body": "內容", "area": "REGULATORY_ENFORCEMENT" } }),
            "title",
        ),
    ];
    for (token, query, variables, field) in cases {
        let answer = app.gql(token, query, variables).await;
        assert_eq!(code(&answer), "VALIDATION", "{query}: {answer}");
        assert_eq!(
            answer["errors"][0]["extensions"]["field"], field,
            "{answer}"
        );
    }
    // Nothing was written: the supervisor has no report.
    let mine = app
        .gql(
            Some(&supervisor),
            "{ reports(first: 10) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(mine["data"]["reports"]["totalCount"], 0, "{mine}");
}

/// Ends every connection the server holds, as a database restart or failover would.
async fn drop_connections(app: &TestApp) {
    let admin = sea_orm::Database::connect(
        std::env::var("WATCHPOST_TEST_DATABASE_URL").expect("PostgreSQL"),
    )
    .await
    .expect("connected");
    let database = app
        .state
        .db
        .pool()
        .expect("the pool")
        .get_postgres_connection_pool()
        .connect_options()
        .get_database()
        .unwrap_or_default()
        .to_owned();
    sea_orm::ConnectionTrait::execute_unprepared(
        &admin,
        &format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()"),
    )
    .await
    .expect("terminated");
}

#[tokio::test]
async fn reads_and_the_session_check_survive_a_dropped_database_connection() {
    let app = spawn_app().await;
    if !app.state.settings.database_url.starts_with("postgres") {
        return; // SQLite has no connection to lose.
    }
    let office = app.office("430621").await;
    let body = json!({ "query": "{ viewer { role } units(first: 5) { totalCount } }" });
    let mut failures = Vec::new();
    for round in 0..20 {
        let requests: Vec<_> = (0..6)
            .map(|_| {
                let request = app
                    .client()
                    .post(app.url("/graphql"))
                    .bearer_auth(&office)
                    .json(&body);
                tokio::spawn(async move { answer(request.send().await.expect("sent")).await })
            })
            .collect();
        drop_connections(&app).await;
        for request in requests {
            let (status, body) = request.await.expect("answered");
            if status != 200 || !body["errors"].is_null() {
                failures.push(format!("round {round}: {status} {body}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[tokio::test]
async fn implausible_dates_deceptive_file_names_and_non_canonical_ids_are_refused() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let (member, _) = app
        .active_supervisor(&office, &leading, "sup.dates", "430621198001010026")
        .await;
    let supervisor = app.token_for("sup.dates", NEW_PASSWORD).await;
    let report = |occurred: &str| json!({ "i": { "kind": "PROBLEM", "title": "標題", "body": "內容", "area": "REGULATORY_ENFORCEMENT", "occurredOn": occurred } });
    let submit = "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }";
    let meeting = |start: &str, end: &str| json!({ "i": { "kind": "SYMPOSIUM", "topic": "座談會", "place": "縣政府", "startsAt": start, "endsAt": end, "memberIds": [member] } });
    let create =
        "mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { meeting { id } } }";
    let survey = |closes: &str| json!({ "i": { "title": "測評", "period": "2025年第一季度", "unitIds": [unit], "closesOn": closes } });
    let open = "mutation($i: OpenSurveyInput!) { openSurvey(input: $i) { survey { id } } }";
    // It is 2025-03-03.
    let cases = [
        (&supervisor, submit, report("0001-01-01"), "occurredOn"),
        (&supervisor, submit, report("2025-03-04"), "occurredOn"),
        (
            &office,
            create,
            meeting("9999-12-31T01:00:00Z", "9999-12-31T02:00:00Z"),
            "startsAt",
        ),
        (
            &office,
            create,
            meeting("2025-03-10T01:00:00Z", "9999-12-31T02:00:00Z"),
            "endsAt",
        ),
        (&office, open, survey("9999-12-31"), "closesOn"),
        (&office, open, survey("2025-03-02"), "closesOn"),
    ];
    for (token, query, variables, field) in cases {
        let answer = app.gql(Some(token), query, variables.clone()).await;
        assert_eq!(code(&answer), "VALIDATION", "{variables}: {answer}");
        assert_eq!(
            answer["errors"][0]["extensions"]["field"], field,
            "{answer}"
        );
    }
    // A slip's deadline: from today to a year ahead.
    let accepted = app
        .accepted_report(&office, &supervisor, report("2025-03-03")["i"].clone())
        .await;
    let issue =
        "mutation($i: IssueAssignmentInput!) { issueAssignment(input: $i) { assignment { id } } }";
    let slip = json!({ "i": { "reportIds": [accepted], "unitId": unit, "mode": "ASSIGN", "requirement": "請核查。", "deadline": "9999-12-31" } });
    let far = app.gql(Some(&office), issue, slip).await;
    assert_eq!(code(&far), "VALIDATION", "{far}");
    assert_eq!(far["errors"][0]["extensions"]["field"], "deadline", "{far}");
    for (token, query, variables) in [
        (&supervisor, submit, report("2025-03-03")),
        (
            &office,
            create,
            meeting("2025-03-10T01:00:00Z", "2025-03-10T02:00:00Z"),
        ),
        (&office, open, survey("2025-03-14")),
    ] {
        let answer = app.gql(Some(token), query, variables).await;
        assert!(answer["errors"].is_null(), "{answer}");
    }

    // A name whose direction override makes `.exe` look like `.png`.
    let resp = crate::attachments::upload(
        &app,
        &supervisor,
        submit,
        report("2025-03-03")["i"].clone(),
        &[("invoice\u{202E}gnp.exe", crate::attachments::PDF)],
    )
    .await;
    let (_, body) = answer(resp).await;
    assert_eq!(code(&body), "VALIDATION", "{body}");
    assert_eq!(body["errors"][0]["extensions"]["field"], "attachments");

    // Ids name a record only in the form the API gives them out.
    let mine = app
        .gql(
            Some(&supervisor),
            "{ reports(first: 1) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    let id = mine["data"]["reports"]["edges"][0]["node"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{mine}"))
        .to_owned();
    let number = String::from_utf8(
        base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, &id)
            .expect("base64"),
    )
    .expect("text");
    let n = number.trim_start_matches("Report:");
    let node = "query($id: ID!) { node(id: $id) { id } }";
    assert_eq!(
        app.gql(Some(&office), node, json!({ "id": id })).await["data"]["node"]["id"],
        id.as_str()
    );
    for forged in [
        format!("Report:+{n}"),
        format!("Report:0{n}"),
        format!("Report: {n}"),
    ] {
        let forged =
            base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, forged);
        let answer = app.gql(Some(&office), node, json!({ "id": forged })).await;
        assert_eq!(code(&answer), "VALIDATION", "{answer}");
        let accept = app
            .gql(
                Some(&office),
                "mutation($id: ID!) { acceptReport(input: {reportId: $id}) { report { id } } }",
                json!({ "id": forged }),
            )
            .await;
        assert_eq!(code(&accept), "VALIDATION", "{accept}");
        assert_eq!(
            accept["errors"][0]["extensions"]["field"], "reportId",
            "{accept}"
        );
    }
}
