//! Health, readiness, metrics, request ids, profiles and the schema contract.

use serde_json::json;

use crate::harness::{spawn_app, spawn_app_with};

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = spawn_app().await;
    let health = app
        .client()
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("sent");
    assert_eq!(health.status(), 200);
    assert!(health.headers().contains_key("x-request-id"));
    let ready = app
        .client()
        .get(app.url("/readyz"))
        .send()
        .await
        .expect("sent");
    assert_eq!(ready.status(), 200);
}

#[tokio::test]
async fn metrics_count_operations_by_name_and_outcome() {
    let app = spawn_app().await;
    app.post(
        None,
        &json!({ "query": "query WhoAmI { viewer { role } }", "operationName": "WhoAmI" }),
    )
    .await;
    app.post(
        None,
        &json!({ "query": "query Broken { nope }", "operationName": "Broken" }),
    )
    .await;
    let text = app.metrics().await;
    assert!(
        text.contains(r#"watchpost_graphql_requests_total{operation="WhoAmI",outcome="ok"} 1"#),
        "{text}"
    );
    assert!(
        text.contains(r#"watchpost_graphql_requests_total{operation="Broken",outcome="error"} 1"#)
    );
    assert!(text.contains("watchpost_http_request_duration_seconds_bucket"));
    assert!(text.contains("watchpost_db_pool_connections"));
}

#[tokio::test]
async fn metrics_answer_only_the_allowed_addresses_or_the_configured_token() {
    // By default only the server's own host: the tests' 127.0.0.1 is let in.
    assert!(
        spawn_app()
            .await
            .metrics()
            .await
            .contains("watchpost_db_pool_connections")
    );
    let token = "a-scraper-token-of-enough-length-0123456789";
    let app = spawn_app_with(|s| {
        s.metrics.allow_from = vec!["10.0.0.0/8".parse().expect("network")];
        s.metrics.bearer_token = Some(token.into());
    })
    .await;
    let get = |bearer: Option<&str>| {
        let request = app.client().get(app.url("/metrics"));
        let request = match bearer {
            Some(b) => request.bearer_auth(b),
            None => request,
        };
        async move { request.send().await.expect("sent").status().as_u16() }
    };
    assert_eq!(get(None).await, 403, "127.0.0.1 is outside 10.0.0.0/8");
    assert_eq!(get(Some("wrong")).await, 403);
    assert_eq!(get(Some(token)).await, 200);
    let mut short = watchpost::config::Settings::default();
    short.metrics.bearer_token = Some("short".into());
    assert!(short.validate().is_err(), "a guessable token is refused");
}

#[tokio::test]
async fn a_plain_request_id_is_echoed_and_anything_else_replaced() {
    let app = spawn_app().await;
    let get = |id: &'static str| {
        app.client()
            .get(app.url("/healthz"))
            .header("x-request-id", id)
            .send()
    };
    let kept = get("abc-123").await.expect("sent");
    assert_eq!(kept.headers()["x-request-id"], "abc-123");
    let replaced = get("<script>").await.expect("sent");
    assert_ne!(replaced.headers()["x-request-id"], "<script>");
}

#[tokio::test]
async fn development_serves_graphiql_and_introspection() {
    let app = spawn_app().await;
    let page = app
        .client()
        .get(app.url("/graphql"))
        .send()
        .await
        .expect("sent");
    // GraphiQL is a page of the web app, from the server's own files.
    assert_eq!(page.status(), 200);
    assert_eq!(page.url().path(), "/graphiql");
    assert!(
        page.text()
            .await
            .expect("text")
            .contains("<div id=\"root\">")
    );
    let schema = app
        .gql(None, "{ __schema { queryType { name } } }", json!({}))
        .await;
    assert_eq!(schema["data"]["__schema"]["queryType"]["name"], "Query");
}

#[tokio::test]
async fn production_hides_graphiql_introspection_and_suggestions() {
    let app = spawn_app_with(|s| {
        s.profile = watchpost::config::Profile::Production;
        s.secret_key = "a-production-secret-of-enough-length-0123456789".into();
        s.data_key = "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=".into();
    })
    .await;
    let page = app
        .client()
        .get(app.url("/graphql"))
        .send()
        .await
        .expect("sent");
    assert_eq!(page.status(), 404);
    let app_page = app
        .client()
        .get(app.url("/graphiql"))
        .send()
        .await
        .expect("sent");
    assert_eq!(app_page.status(), 404);
    let schema = app
        .gql(None, "{ __schema { queryType { name } } }", json!({}))
        .await;
    assert!(schema["data"]["__schema"].is_null(), "{schema}");
    let typo = app.gql(None, "{ viewr { role } }", json!({})).await;
    let message = typo["errors"][0]["message"].as_str().unwrap_or("");
    assert!(!message.contains("Did you mean"), "{message}");
}

#[tokio::test]
async fn production_refuses_to_start_without_its_own_secrets() {
    let production = |secret_key: &str, data_key: &str| watchpost::config::Settings {
        profile: watchpost::config::Profile::Production,
        database_url: "sqlite::memory:".into(),
        secret_key: secret_key.into(),
        data_key: data_key.into(),
        ..Default::default()
    };
    let defaults = watchpost::config::Settings::default();
    let secret = "a-production-secret-of-enough-length-0123456789";
    let data_key = "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=";
    for (settings, refused) in [
        (production(&defaults.secret_key, data_key), true),
        (production(secret, &defaults.data_key), true),
        (production(secret, "too-short"), true),
        (production(secret, data_key), false),
    ] {
        let clock = std::sync::Arc::new(watchpost::clock::SystemClock);
        let built = watchpost::app::App::build(settings, clock).await;
        assert_eq!(built.is_err(), refused);
    }
}

#[test]
fn schema_graphql_matches_the_code() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.graphql");
    let committed = std::fs::read_to_string(path).expect("schema.graphql at the root");
    assert!(
        committed == watchpost::graphql::sdl(),
        "schema.graphql is stale: run `cargo run -- export-schema`"
    );
}
