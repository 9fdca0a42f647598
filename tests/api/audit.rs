//! The audit trail: written for every mutation, sign-in and denial; readable by the office for
//! its region only; changeable by no one.

use chrono::Utc;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use watchpost::clock::Clock;

use crate::harness::{ADMIN_PASSWORD, TestApp, code, spawn_app};

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
    for read in [
        "{ auditEvents { totalCount } }",
        "{ peek: auditEvents { totalCount } }",
        "query { ...Trail } fragment Trail on Query { auditEvents { totalCount } }",
    ] {
        let refused = app.gql(Some(&supervisor), read, json!({})).await;
        assert_eq!(code(&refused), "FORBIDDEN", "{refused}");
    }
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
    let denied_reads = all
        .iter()
        .filter(|e| e["action"] == "auditEvents" && e["result"] == "denied")
        .count();
    assert_eq!(
        denied_reads, 3,
        "plain, aliased and through a fragment, each under the field's name: {all:#?}"
    );
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
async fn a_delayed_sign_in_is_audited_as_throttled() {
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
            .any(|e| e["result"] == "throttled" && e["actorUsername"] == "someone")
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

/// Runs raw SQL the way an intruder with database access would.
async fn sql(app: &TestApp, statement: &str) -> Result<u64, String> {
    app.state
        .db
        .execute_unprepared(statement)
        .await
        .map(|r| r.rows_affected())
        .map_err(|e| e.to_string())
}

fn postgres(app: &TestApp) -> bool {
    app.state.db.get_database_backend() == sea_orm::DatabaseBackend::Postgres
}

async fn broken_link(app: &TestApp) -> Option<(i32, i64, String)> {
    watchpost::service::audit::verify(&app.state.db)
        .await
        .unwrap_or_else(|e| panic!("verify: {}", e.message()))
        .broken
}

#[tokio::test]
async fn the_trail_is_a_hash_chain_per_region_and_verify_names_the_first_broken_link() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    for name in ["縣住建局", "縣人社局", "縣稅務局"] {
        app.create_unit(&office, name, "DEPARTMENT").await;
    }
    let found = watchpost::service::audit::verify(&app.state.db)
        .await
        .unwrap_or_else(|e| panic!("verify: {}", e.message()));
    assert!(
        found.broken.is_none() && found.events >= 4,
        "{:?}",
        found.broken
    );

    // The database refuses to change an event, and to delete a recent one.
    assert!(
        sql(&app, "UPDATE audit_events SET action = 'nothing'")
            .await
            .is_err()
    );
    let recent = Utc::now().to_rfc3339();
    app.clock.set(Utc::now());
    let office = app.office("430602").await;
    app.create_unit(&office, "鄰縣住建局", "DEPARTMENT").await;
    let deleted = sql(
        &app,
        &format!("DELETE FROM audit_events WHERE at >= '{}'", &recent[..10]),
    )
    .await;
    assert!(
        deleted.is_err(),
        "a recent event cannot be deleted: {deleted:?}"
    );

    // An intruder who disables the guard and edits an event is found out.
    let unit_event: i64 = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        entities::audit_event::Entity::find()
            .filter(entities::audit_event::Column::Action.eq("createUnit"))
            .order_by_asc(entities::audit_event::Column::Id)
            .one(&app.state.db)
            .await
            .expect("query")
            .expect("an event")
            .id
    };
    let (disable, enable) = if postgres(&app) {
        (
            "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only",
            "ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only",
        )
    } else {
        ("DROP TRIGGER audit_events_no_update", "SELECT 1")
    };
    const VERIFY: &str = "{ auditVerification { intact brokenEventId reason } }";
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let intact = app.gql(Some(&office), VERIFY, json!({})).await;
    assert_eq!(
        intact["data"]["auditVerification"]["intact"],
        json!(true),
        "{intact}"
    );
    sql(&app, disable).await.expect("guard disabled");
    sql(
        &app,
        &format!("UPDATE audit_events SET after_state = '{{\"name\":\"forged\"}}' WHERE id = {unit_event}"),
    )
    .await
    .expect("forged");
    sql(&app, enable).await.expect("guard back");
    let (_, event, why) = broken_link(&app).await.expect("the forgery is found");
    assert_eq!(event, unit_event);
    assert!(why.contains("no longer match"), "{why}");
    // The office sees the same in its browser.
    let broken = app.gql(Some(&office), VERIFY, json!({})).await;
    let found = &broken["data"]["auditVerification"];
    assert_eq!(found["intact"], json!(false), "{broken}");
    // The platform admin checks every county's chain and finds it too.
    let admin = app.platform_admin().await;
    let everywhere = app.gql(Some(&admin), VERIFY, json!({})).await;
    assert_eq!(
        everywhere["data"]["auditVerification"], *found,
        "{everywhere}"
    );
    let events = app
        .gql(
            Some(&office),
            "{ auditEvents(filter: {action: \"createUnit\"}) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    let ids: Vec<&Value> = events["data"]["auditEvents"]["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| &e["node"]["id"])
        .collect();
    assert!(
        ids.contains(&&found["brokenEventId"]),
        "{found} among {ids:?}"
    );
}

#[tokio::test]
async fn removing_an_event_breaks_the_chain_and_retention_keeps_180_days() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    for name in ["縣住建局", "縣人社局"] {
        app.create_unit(&office, name, "DEPARTMENT").await;
    }
    // These events are dated March 2025, long enough ago for retention to drop them.
    let pruned = watchpost::service::audit::prune(&app.state.db, 180, Utc::now())
        .await
        .unwrap_or_else(|e| panic!("prune: {}", e.message()));
    assert!(pruned >= 2, "{pruned}");
    assert!(
        broken_link(&app).await.is_none(),
        "the chain holds from its first remaining event"
    );

    app.clock.set(Utc::now());
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    for name in ["縣稅務局", "縣財政局", "縣教育局"] {
        app.create_unit(&office, name, "DEPARTMENT").await;
    }
    assert!(broken_link(&app).await.is_none());
    let young = watchpost::service::audit::prune(&app.state.db, 180, Utc::now()).await;
    assert_eq!(young.ok(), Some(0), "nothing younger than 180 days goes");
    let short = watchpost::service::audit::prune(&app.state.db, 90, Utc::now()).await;
    assert!(short.is_err(), "a retention under 180 days is refused");
    let mut settings = watchpost::config::Settings::default();
    settings.audit.retention_days = Some(30);
    assert!(settings.validate().is_err());

    // Removing a middle event (guard disabled) is found out.
    let disable = if postgres(&app) {
        "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"
    } else {
        "DROP TRIGGER audit_events_no_early_delete"
    };
    sql(&app, disable).await.expect("guard disabled");
    sql(
        &app,
        "DELETE FROM audit_events WHERE action = 'createUnit' AND target_id = (SELECT MIN(target_id) FROM audit_events WHERE action = 'createUnit')",
    )
    .await
    .expect("deleted");
    let (_, _, why) = broken_link(&app).await.expect("the gap is found");
    assert!(why.contains("missing") || why.contains("previous"), "{why}");
}

#[tokio::test]
async fn every_mutation_of_the_schema_is_registered_with_its_audit() {
    let app = spawn_app().await;
    let answer = app
        .gql(
            None,
            "{ __schema { mutationType { fields { name } } } }",
            json!({}),
        )
        .await;
    let mut in_schema: Vec<String> = answer["data"]["__schema"]["mutationType"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .filter_map(|f| f["name"].as_str().map(str::to_owned))
        .collect();
    in_schema.sort();
    let mut registered: Vec<String> = watchpost::graphql::MUTATION_AUDITS
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();
    registered.sort();
    assert_eq!(
        in_schema, registered,
        "register each mutation's audit in graphql::MUTATION_AUDITS"
    );
}

#[tokio::test]
async fn a_mutation_without_its_own_audit_is_recorded_once_by_the_api_layer() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let read = app
        .gql(
            Some(&office),
            "mutation { markNotificationsRead(input: {}) { unreadCount } }",
            json!({}),
        )
        .await;
    assert!(read["errors"].is_null(), "{read}");
    let trail = events(&app.gql(Some(&office), EVENTS, json!({ "f": {} })).await);
    let count = |action: &str| trail.iter().filter(|e| e["action"] == action).count();
    assert_eq!(count("markNotificationsRead"), 1, "{trail:?}");
    assert_eq!(
        count("createUnit"),
        1,
        "the service's own event, not a second one"
    );
}
