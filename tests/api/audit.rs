//! The audit trail: written for every mutation, sign-in and denial; readable by the office for
//! its region only; changeable by no one.

use serde_json::{Value, json};

use watchpost::clock::Clock;

use crate::harness::{ADMIN_PASSWORD, code, spawn_app};

const EVENTS: &str = "query($f: AuditEventFilterInput) { auditEvents(first: 100, filter: $f) { totalCount edges { node { action result actorUsername actorRole targetType requestId clientAddr before after } } } }";

fn events(answer: &Value) -> Vec<Value> {
    answer["data"]["auditEvents"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("no events in {answer}"))
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

#[tokio::test]
async fn a_mutation_is_audited_with_before_after_and_request_id() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let (id, _) = app.member(&office, "staff", "SUPERVISOR", None).await;
    let resp = app
        .client()
        .post(app.url("/graphql"))
        .bearer_auth(&office)
        .header("x-request-id", "req-update-1")
        .json(&json!({
            "query": "mutation($id: ID!) { updateAccount(input: {accountId: $id, displayName: \"新名字\"}) { account { id } } }",
            "variables": { "id": id },
        }))
        .send()
        .await
        .expect("sent");
    assert_eq!(resp.headers()["x-request-id"], "req-update-1");
    let answer = app
        .gql(
            Some(&office),
            EVENTS,
            json!({ "f": { "action": "updateAccount" } }),
        )
        .await;
    let found = events(&answer);
    assert_eq!(found.len(), 1);
    let event = &found[0];
    assert_eq!(event["result"], "success");
    assert_eq!(event["actorUsername"], "office430621");
    assert_eq!(event["actorRole"], "office");
    assert_eq!(event["targetType"], "Account");
    assert_eq!(event["requestId"], "req-update-1");
    assert_eq!(event["clientAddr"], "127.0.0.1");
    let before: Value =
        serde_json::from_str(event["before"].as_str().expect("before")).expect("json");
    let after: Value = serde_json::from_str(event["after"].as_str().expect("after")).expect("json");
    assert_eq!(before["displayName"], "staff");
    assert_eq!(after["displayName"], "新名字");
    assert_eq!(
        after["phone"], "138****5678",
        "no plain phone numbers in the trail"
    );
    assert!(after.get("passwordHash").is_none());
}

#[tokio::test]
async fn sign_ins_are_audited_whether_they_succeed_or_fail() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    app.member(&office, "staff", "SUPERVISOR", None).await;
    app.login("staff", "Wrong-pass-1").await;
    let answer = app
        .gql(Some(&office), EVENTS, json!({ "f": { "action": "login" } }))
        .await;
    let results: Vec<(String, String)> = events(&answer)
        .iter()
        .map(|e| {
            (
                e["actorUsername"].as_str().unwrap_or("").to_owned(),
                e["result"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert!(
        results.contains(&("staff".into(), "failure".into())),
        "{results:?}"
    );
    assert!(
        results.contains(&("staff".into(), "success".into())),
        "{results:?}"
    );
    assert!(
        results.contains(&("office430621".into(), "success".into())),
        "{results:?}"
    );
}

#[tokio::test]
async fn denied_and_failed_attempts_are_audited() {
    let app = spawn_app().await;
    let admin = app.platform_admin().await;
    let office = app.office("430621").await;
    let (_, supervisor) = app.member(&office, "sup", "SUPERVISOR", None).await;
    app.gql(
        Some(&supervisor),
        "{ auditEvents { totalCount } }",
        json!({}),
    )
    .await;
    app.gql(
        Some(&supervisor),
        r#"mutation { createUnit(input: {name: "x", kind: TOWNSHIP}) { unit { id } } }"#,
        json!({}),
    )
    .await;
    let refused = app
        .gql(
            Some(&office),
            r#"mutation { createUnit(input: {name: " ", kind: TOWNSHIP}) { unit { id } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(code(&refused), "VALIDATION", "{refused}");

    let all = events(&app.gql(Some(&admin), EVENTS, json!({})).await);
    let seen = |action: &str, result: &str, actor: &str| {
        all.iter()
            .any(|e| e["action"] == action && e["result"] == result && e["actorUsername"] == actor)
    };
    assert!(seen("auditEvents", "denied", "sup"), "{all:#?}");
    assert!(seen("createUnit", "denied", "sup"));
    let summary: Vec<String> = all
        .iter()
        .map(|e| format!("{} {} {}", e["action"], e["result"], e["actorUsername"]))
        .collect();
    assert!(
        seen("createUnit", "validation", "office430621"),
        "{summary:#?}"
    );
}

#[tokio::test]
async fn an_office_reads_only_its_own_regions_trail() {
    let app = spawn_app().await;
    let yueyang = app.office("430621").await;
    let huarong = app.office("430623").await;
    app.create_unit(&huarong, "華容縣住建局", "DEPARTMENT")
        .await;
    let mine = events(&app.gql(Some(&yueyang), EVENTS, json!({})).await);
    assert!(!mine.is_empty());
    assert!(
        mine.iter().all(|e| e["actorUsername"] != "office430623"),
        "{mine:#?}"
    );
    let theirs = events(
        &app.gql(
            Some(&huarong),
            EVENTS,
            json!({ "f": { "action": "createUnit" } }),
        )
        .await,
    );
    assert_eq!(theirs.len(), 1);
}

#[tokio::test]
async fn no_mutation_can_change_or_delete_audit_events() {
    let app = spawn_app().await;
    let answer = app
        .gql(
            None,
            "{ __schema { mutationType { fields { name } } } }",
            json!({}),
        )
        .await;
    let names: Vec<String> = answer["data"]["__schema"]["mutationType"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["name"].as_str().unwrap_or("").to_lowercase())
        .collect();
    assert!(!names.is_empty());
    assert!(names.iter().all(|n| !n.contains("audit")), "{names:?}");
}

#[tokio::test]
async fn a_lockout_is_audited_as_locked() {
    let app = spawn_app().await;
    let admin = app.platform_admin().await;
    for _ in 0..5 {
        app.login("someone", "Wrong-pass-1").await;
    }
    assert_eq!(
        code(&app.login("someone", ADMIN_PASSWORD).await),
        "RATE_LIMITED"
    );
    let all = events(
        &app.gql(Some(&admin), EVENTS, json!({ "f": { "action": "login" } }))
            .await,
    );
    assert!(
        all.iter()
            .any(|e| e["result"] == "locked" && e["actorUsername"] == "someone")
    );
    assert_eq!(all.iter().filter(|e| e["result"] == "failure").count(), 5);
}

#[tokio::test]
async fn the_trail_filters_by_time_actor_and_target() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let first_unit = app.create_unit(&office, "早的單位", "TOWNSHIP").await;
    app.clock.advance(chrono::Duration::minutes(20));
    let since = app.clock.now();
    app.create_unit(&office, "晚的單位", "TOWNSHIP").await;

    let later = events(
        &app.gql(
            Some(&office),
            EVENTS,
            json!({ "f": { "action": "createUnit", "from": since } }),
        )
        .await,
    );
    assert_eq!(later.len(), 1);
    let earlier = events(
        &app.gql(
            Some(&office),
            EVENTS,
            json!({ "f": { "action": "createUnit", "to": since } }),
        )
        .await,
    );
    assert_eq!(earlier.len(), 1);
    let about = events(
        &app.gql(
            Some(&office),
            EVENTS,
            json!({ "f": { "targetId": first_unit } }),
        )
        .await,
    );
    assert_eq!(about.len(), 1);
    assert_eq!(about[0]["action"], "createUnit");
    let me = app
        .gql(Some(&office), "{ viewer { account { id } } }", json!({}))
        .await;
    let my_id = me["data"]["viewer"]["account"]["id"].clone();
    let mine = events(
        &app.gql(Some(&office), EVENTS, json!({ "f": { "actorId": my_id } }))
            .await,
    );
    assert!(mine.iter().all(|e| e["actorUsername"] == "office430621"));
    assert!(mine.len() >= 3, "{mine:#?}");
}
