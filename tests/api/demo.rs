//! `watchpost demo` builds a county that works end to end.

use serde_json::json;

use crate::harness::spawn_app;

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

    let again = watchpost::demo::run(&app.state, "Demo-pass-1", false).await;
    assert!(again.is_err(), "a database with data is refused");
}
