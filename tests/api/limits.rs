//! Each limit is hit and refused with its code, and the server keeps serving.

use serde_json::json;

use crate::harness::{code, spawn_app, spawn_app_with};

#[tokio::test]
async fn queries_nested_deeper_than_ten_are_refused() {
    let app = spawn_app().await;
    let token = app.platform_admin().await;
    let deep = "{ viewer { account { region { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } }";
    let answer = app.gql(Some(&token), deep, json!({})).await;
    assert_eq!(code(&answer), "QUERY_TOO_COMPLEX");
    let shallow = "{ viewer { account { region { parent { code } } } } }";
    assert!(app.gql(Some(&token), shallow, json!({})).await["errors"].is_null());
}

#[tokio::test]
async fn queries_costlier_than_the_limit_are_refused() {
    let app = spawn_app().await;
    let token = app.platform_admin().await;
    let aliased: String = (0..25)
        .map(|i| {
            format!(
                "a{i}: accounts(first: 100) {{ edges {{ node {{ id username displayName }} }} }} "
            )
        })
        .collect();
    let costly = format!("{{ {aliased} }}");
    assert_eq!(
        code(&app.gql(Some(&token), &costly, json!({})).await),
        "QUERY_TOO_COMPLEX"
    );
    let cheap =
        "{ accounts(first: 100) { edges { node { id username displayName email role active } } } }";
    assert!(app.gql(Some(&token), cheap, json!({})).await["errors"].is_null());
}

#[tokio::test]
async fn batches_are_refused() {
    let app = spawn_app().await;
    let batch = json!([{ "query": "{ viewer { role } }" }, { "query": "{ viewer { role } }" }]);
    let resp = app.post(None, &batch).await;
    assert_eq!(resp.status(), 400);
    let answer: serde_json::Value = resp.json().await.expect("json");
    assert_eq!(code(&answer), "BATCH_NOT_SUPPORTED");
}

#[tokio::test]
async fn bodies_over_one_mebibyte_are_refused() {
    let app = spawn_app().await;
    let padding = " ".repeat(1024 * 1024);
    let resp = app
        .post(
            None,
            &json!({ "query": format!("{{ viewer {{ role }} }}{padding}") }),
        )
        .await;
    assert_eq!(resp.status(), 413);
    let answer: serde_json::Value = resp.json().await.expect("json");
    assert_eq!(code(&answer), "PAYLOAD_TOO_LARGE");
    assert_eq!(
        app.client()
            .get(app.url("/healthz"))
            .send()
            .await
            .expect("sent")
            .status(),
        200
    );
}

#[tokio::test]
async fn malformed_requests_get_clear_codes() {
    let app = spawn_app().await;
    let raw = |body: &'static str, content_type: &'static str| {
        app.client()
            .post(app.url("/graphql"))
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let resp = raw("{not json", "application/json").await.expect("sent");
    assert_eq!(resp.status(), 400);
    assert_eq!(code(&resp.json().await.expect("json")), "BAD_REQUEST");
    let resp = raw(r#"{"query": 42}"#, "application/json")
        .await
        .expect("sent");
    assert_eq!(code(&resp.json().await.expect("json")), "BAD_REQUEST");
    let resp = raw("query { viewer { role } }", "text/plain")
        .await
        .expect("sent");
    assert_eq!(resp.status(), 415);

    let unknown_field = app.gql(None, "{ viewer { nonsense } }", json!({})).await;
    assert_eq!(code(&unknown_field), "GRAPHQL_VALIDATION_FAILED");
    let syntax = app.gql(None, "{ viewer { ", json!({})).await;
    assert_eq!(code(&syntax), "GRAPHQL_VALIDATION_FAILED");
    let wrong_type = app
        .gql(None, "{ units(first: \"ten\") { totalCount } }", json!({}))
        .await;
    assert_eq!(code(&wrong_type), "GRAPHQL_VALIDATION_FAILED");
    let wrong_variable = app
        .gql(
            None,
            "query($n: Int) { units(first: $n) { totalCount } }",
            json!({ "n": "ten" }),
        )
        .await;
    assert_eq!(code(&wrong_variable), "GRAPHQL_VALIDATION_FAILED");
    let unknown_input_field = app
        .gql(
            None,
            r#"mutation { login(input: {username: "a", password: "b", extra: 1}) { token } }"#,
            json!({}),
        )
        .await;
    assert_eq!(code(&unknown_input_field), "GRAPHQL_VALIDATION_FAILED");
    assert_eq!(
        app.client()
            .get(app.url("/healthz"))
            .send()
            .await
            .expect("sent")
            .status(),
        200
    );
}

#[tokio::test]
async fn every_error_carries_a_code_and_no_internals() {
    let app = spawn_app().await;
    let answers = [
        app.gql(None, "{ viewer { nonsense } }", json!({})).await,
        app.gql(None, "{ units { totalCount } }", json!({})).await,
        app.gql(None, r#"{ node(id: "QWNjb3VudDo5OTk") { id } }"#, json!({}))
            .await,
    ];
    for answer in answers {
        for error in answer["errors"].as_array().expect("errors") {
            assert!(error["extensions"]["code"].is_string(), "{error}");
            let message = error["message"].as_str().unwrap_or("");
            assert!(!message.to_lowercase().contains("sql"), "{message}");
        }
    }
}

#[tokio::test]
async fn a_request_over_its_time_limit_is_cut_off() {
    let app = spawn_app_with(|s| s.graphql.request_timeout_ms = 0).await;
    let resp = app
        .post(None, &json!({ "query": r#"mutation { login(input: {username: "a", password: "Some-pass-1"}) { token } }"# }))
        .await;
    assert_eq!(resp.status(), 503);
    let answer: serde_json::Value = resp.json().await.expect("json");
    assert_eq!(code(&answer), "TIMEOUT");
    assert_eq!(
        app.client()
            .get(app.url("/healthz"))
            .send()
            .await
            .expect("sent")
            .status(),
        200
    );
}
