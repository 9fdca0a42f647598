//! The production profile under abuse: every limit refuses before any SQL statement is sent
//! (depth, complexity, directives and batches before any resolver runs), and a database
//! failure answers INTERNAL without internals.

use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::{
    harness::{TestApp, code, spawn_app_with},
    statements::statements,
};

async fn production() -> TestApp {
    spawn_app_with(|s| {
        s.profile = watchpost::config::Profile::Production;
        s.secret_key = "a-production-secret-of-enough-length-0123456789".into();
        s.data_key = "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=".into();
    })
    .await
}

const CREATE_UNIT: &str = r#"createUnit(input: {name: "x", kind: DEPARTMENT}) { unit { id } }"#;

#[tokio::test]
async fn limits_refuse_before_any_resolver_runs() {
    let app = production().await;
    let deep = format!(
        "mutation {{ createUnit(input: {{name: \"x\", kind: DEPARTMENT}}) {{ unit {{ region {{ {} id {} }} }} }} }}",
        "parent { ".repeat(12),
        "} ".repeat(12)
    );
    let costly = format!(
        "mutation {{ {} }}",
        (0..200)
            .map(|n| format!("u{n}: {CREATE_UNIT}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let directives = format!(
        "mutation {{ createUnit(input: {{name: \"x\", kind: DEPARTMENT}}) {} {{ unit {{ id }} }} }}",
        "@include(if: true) ".repeat(6)
    );
    let nested = format!(
        "{{ __typename @include(if: {}true{}) }}",
        "[".repeat(100),
        "]".repeat(100)
    );
    let mut bomb = String::from("query { ...F30 } fragment F0 on Query { __typename }");
    for i in 1..=30 {
        bomb.push_str(&format!(
            " fragment F{i} on Query {{ ...F{p} ...F{p} }}",
            p = i - 1
        ));
    }
    let cases: [(&str, Value, &str); 7] = [
        ("nesting", json!({ "query": nested }), "QUERY_TOO_COMPLEX"),
        (
            "fragment bomb",
            json!({ "query": bomb }),
            "QUERY_TOO_COMPLEX",
        ),
        ("depth", json!({ "query": deep }), "QUERY_TOO_COMPLEX"),
        (
            "complexity",
            json!({ "query": costly }),
            "QUERY_TOO_COMPLEX",
        ),
        (
            "first",
            json!({ "query": "{ units(first: 100000) { edges { node { id name } } } }" }),
            "VALIDATION",
        ),
        (
            "directives",
            json!({ "query": directives }),
            "GRAPHQL_VALIDATION_FAILED",
        ),
        (
            "batch",
            json!([{ "query": format!("mutation {{ {CREATE_UNIT} }}") }, { "query": "{ viewer { role } }" }]),
            "BATCH_NOT_SUPPORTED",
        ),
    ];
    for (limit, body, expected) in cases {
        let before = statements(&app).await;
        let answer: Value = app.post(None, &body).await.json().await.expect("json");
        assert_eq!(code(&answer), expected, "{limit}: {answer}");
        assert_eq!(statements(&app).await, before, "{limit}: no statement ran");
    }
}

#[tokio::test]
async fn a_database_failure_answers_internal_and_names_no_table_sql_or_path() {
    let app = production().await;
    let office = app.office("430621").await;
    let drop = match app.state.db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => "DROP TABLE units",
        _ => "DROP TABLE units CASCADE",
    };
    app.state
        .db
        .execute_unprepared(drop)
        .await
        .expect("dropped");
    let answer = app
        .gql(Some(&office), "{ units { totalCount } }", json!({}))
        .await;
    assert_eq!(code(&answer), "INTERNAL", "{answer}");
    // The path names the GraphQL field asked for; message and extensions must name nothing.
    let error = &answer["errors"][0];
    let text = format!("{} {}", error["message"], error["extensions"]).to_lowercase();
    assert!(
        error.get("stack").is_none() && answer["extensions"].is_null(),
        "{answer}"
    );
    for leak in [
        "units",
        "sql",
        "table",
        "relation",
        "select",
        "/",
        "panicked",
        "backtrace",
    ] {
        assert!(!text.contains(leak), "{leak} leaked: {text}");
    }
}
