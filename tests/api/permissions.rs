//! Every rule about who sees and changes what, each tried from the wrong side.

use serde_json::json;

use crate::harness::{code, spawn_app};

const ACCOUNTS: &str = "{ accounts(first: 100) { totalCount edges { node { id username } } } }";
const NODE: &str = "query($id: ID!) { node(id: $id) { id ... on Account { username } } }";

fn usernames(answer: &serde_json::Value) -> Vec<String> {
    answer["data"]["accounts"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("no accounts in {answer}"))
        .iter()
        .map(|e| e["node"]["username"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[tokio::test]
async fn anonymous_callers_see_nothing_but_the_viewer() {
    let app = spawn_app().await;
    for query in [
        ACCOUNTS,
        "{ units { totalCount } }",
        "{ regions { totalCount } }",
        "{ auditEvents { totalCount } }",
    ] {
        assert_eq!(
            code(&app.gql(None, query, json!({})).await),
            "UNAUTHENTICATED",
            "{query}"
        );
    }
    let created = app
        .gql(
            None,
            r#"mutation { createUnit(input: {name: "x", kind: TOWNSHIP}) { unit { id } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(code(&created), "UNAUTHENTICATED");
}

#[tokio::test]
async fn only_the_platform_admin_creates_regions() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let create = r#"mutation { createRegion(input: {code: "430623", name: "華容縣"}) { region { code timeZone } } }"#;
    assert_eq!(
        code(&app.gql(Some(&office), create, json!({})).await),
        "FORBIDDEN"
    );
    let admin = app.platform_admin().await;
    let answer = app.gql(Some(&admin), create, json!({})).await;
    assert_eq!(
        answer["data"]["createRegion"]["region"],
        json!({ "code": "430623", "timeZone": "Asia/Shanghai" })
    );
}

#[tokio::test]
async fn an_office_sees_only_its_own_regions_accounts_and_units() {
    let app = spawn_app().await;
    let yueyang = app.office("430621").await;
    let huarong = app.office("430623").await;
    app.create_unit(&huarong, "華容縣住建局", "DEPARTMENT")
        .await;
    let (other_id, _) = app.member(&huarong, "hr.lg", "LEADING_GROUP", None).await;

    let mine = app.gql(Some(&yueyang), ACCOUNTS, json!({})).await;
    assert_eq!(usernames(&mine), vec!["office430621"]);
    let units = app
        .gql(Some(&yueyang), "{ units { totalCount } }", json!({}))
        .await;
    assert_eq!(units["data"]["units"]["totalCount"], json!(0));
    let regions = app
        .gql(
            Some(&yueyang),
            "{ regions { edges { node { code } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        regions["data"]["regions"]["edges"],
        json!([{ "node": { "code": "430621" } }])
    );

    let node = app
        .gql(Some(&yueyang), NODE, json!({ "id": other_id }))
        .await;
    assert_eq!(code(&node), "NOT_FOUND");
}

#[tokio::test]
async fn an_office_cannot_create_or_change_accounts_in_another_region() {
    let app = spawn_app().await;
    let yueyang = app.office("430621").await;
    let huarong = app.office("430623").await;
    let (other_id, _) = app.member(&huarong, "hr.lg", "LEADING_GROUP", None).await;
    let region_b = app
        .gql(
            Some(&huarong),
            "{ regions { edges { node { id } } } }",
            json!({}),
        )
        .await;
    let region_b_id = region_b["data"]["regions"]["edges"][0]["node"]["id"]
        .as_str()
        .expect("id");

    let created = app
        .gql(
            Some(&yueyang),
            "mutation($r: ID!) { createAccount(input: {username: \"intruder\", displayName: \"x\", role: OFFICE, regionId: $r}) { account { id } } }",
            json!({ "r": region_b_id }),
        )
        .await;
    assert_eq!(code(&created), "FORBIDDEN");
    let updated = app
        .gql(
            Some(&yueyang),
            "mutation($id: ID!) { updateAccount(input: {accountId: $id, displayName: \"hijacked\"}) { account { id } } }",
            json!({ "id": other_id }),
        )
        .await;
    assert_eq!(code(&updated), "NOT_FOUND");
    let deactivated = app
        .gql(
            Some(&yueyang),
            "mutation($id: ID!) { deactivateAccount(input: {accountId: $id}) { account { id } } }",
            json!({ "id": other_id }),
        )
        .await;
    assert_eq!(code(&deactivated), "NOT_FOUND");
}

#[tokio::test]
async fn an_office_cannot_attach_an_account_to_another_regions_unit() {
    let app = spawn_app().await;
    let yueyang = app.office("430621").await;
    let huarong = app.office("430623").await;
    let foreign_unit = app
        .create_unit(&huarong, "華容縣稅務局", "DEPARTMENT")
        .await;
    let answer = app
        .gql(
            Some(&yueyang),
            "mutation($u: ID!) { createAccount(input: {username: \"handler1\", displayName: \"x\", role: UNIT_HANDLER, unitId: $u}) { account { id } } }",
            json!({ "u": foreign_unit }),
        )
        .await;
    assert_eq!(code(&answer), "VALIDATION");
    assert_eq!(answer["errors"][0]["extensions"]["field"], "unitId");
}

#[tokio::test]
async fn supervisors_and_unit_handlers_see_only_their_own_account() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let unit = app
        .create_unit(&office, "岳陽縣市場監管局", "DEPARTMENT")
        .await;
    let (handler_id, handler) = app
        .member(&office, "handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (supervisor_id, supervisor) = app.member(&office, "supervisor1", "SUPERVISOR", None).await;
    let (_, other_supervisor) = app.member(&office, "supervisor2", "SUPERVISOR", None).await;

    assert_eq!(
        usernames(&app.gql(Some(&supervisor), ACCOUNTS, json!({})).await),
        vec!["supervisor1"]
    );
    assert_eq!(
        usernames(&app.gql(Some(&handler), ACCOUNTS, json!({})).await),
        vec!["handler"]
    );
    let peek = app
        .gql(
            Some(&other_supervisor),
            NODE,
            json!({ "id": supervisor_id }),
        )
        .await;
    assert_eq!(code(&peek), "NOT_FOUND");
    let peek = app
        .gql(Some(&handler), NODE, json!({ "id": supervisor_id }))
        .await;
    assert_eq!(code(&peek), "NOT_FOUND");
    let own = app
        .gql(Some(&handler), NODE, json!({ "id": handler_id }))
        .await;
    assert_eq!(own["data"]["node"]["username"], "handler");
}

#[tokio::test]
async fn the_leading_group_reads_its_region_but_manages_nothing() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let (_, leading) = app.member(&office, "leader", "LEADING_GROUP", None).await;
    let all = app.gql(Some(&leading), ACCOUNTS, json!({})).await;
    assert_eq!(all["data"]["accounts"]["totalCount"], json!(2));
    let created = app
        .gql(Some(&leading), r#"mutation { createAccount(input: {username: "x1", displayName: "x", role: SUPERVISOR}) { account { id } } }"#, json!({}))
        .await;
    assert_eq!(code(&created), "FORBIDDEN");
    let unit = app
        .gql(
            Some(&leading),
            r#"mutation { createUnit(input: {name: "x", kind: TOWNSHIP}) { unit { id } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(code(&unit), "FORBIDDEN");
}

#[tokio::test]
async fn non_office_roles_cannot_manage_accounts_or_read_the_audit_trail() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let unit = app
        .create_unit(&office, "紀委監委", "DISCIPLINE_COMMISSION")
        .await;
    let (_, discipline) = app
        .member(&office, "jiwei", "DISCIPLINE", Some(&unit))
        .await;
    let (_, supervisor) = app.member(&office, "sup", "SUPERVISOR", None).await;
    for token in [&discipline, &supervisor] {
        let created = app
            .gql(Some(token), r#"mutation { createAccount(input: {username: "x1", displayName: "x", role: SUPERVISOR}) { account { id } } }"#, json!({}))
            .await;
        assert_eq!(code(&created), "FORBIDDEN");
        let audit = app
            .gql(Some(token), "{ auditEvents { totalCount } }", json!({}))
            .await;
        assert_eq!(code(&audit), "FORBIDDEN");
    }
}

#[tokio::test]
async fn the_platform_admin_creates_only_offices_and_admins() {
    let app = spawn_app().await;
    let admin = app.platform_admin().await;
    app.office("430621").await;
    let region = app
        .gql(
            Some(&admin),
            "{ regions { edges { node { id } } } }",
            json!({}),
        )
        .await;
    let region_id = region["data"]["regions"]["edges"][0]["node"]["id"]
        .as_str()
        .expect("id");
    let create = "mutation($r: ID!, $role: Role!) { createAccount(input: {username: \"new.office\", displayName: \"x\", role: $role, regionId: $r}) { account { role } } }";
    let supervisor = app
        .gql(
            Some(&admin),
            create,
            json!({ "r": region_id, "role": "SUPERVISOR" }),
        )
        .await;
    assert_eq!(code(&supervisor), "FORBIDDEN");
    let office = app
        .gql(
            Some(&admin),
            create,
            json!({ "r": region_id, "role": "OFFICE" }),
        )
        .await;
    assert_eq!(
        office["data"]["createAccount"]["account"]["role"], "OFFICE",
        "{office}"
    );
}

#[tokio::test]
async fn an_office_cannot_touch_a_platform_admin() {
    let app = spawn_app().await;
    let admin = app.platform_admin().await;
    let office = app.office("430621").await;
    let me = app
        .gql(Some(&admin), "{ viewer { account { id } } }", json!({}))
        .await;
    let admin_id = me["data"]["viewer"]["account"]["id"].as_str().expect("id");
    let answer = app
        .gql(
            Some(&office),
            "mutation($id: ID!) { deactivateAccount(input: {accountId: $id}) { account { id } } }",
            json!({ "id": admin_id }),
        )
        .await;
    assert_eq!(code(&answer), "NOT_FOUND");
    let promote = app
        .gql(Some(&office), r#"mutation { createAccount(input: {username: "root2", displayName: "x", role: PLATFORM_ADMIN}) { account { id } } }"#, json!({}))
        .await;
    assert_eq!(code(&promote), "FORBIDDEN");
}

#[tokio::test]
async fn phone_numbers_are_masked_for_everyone_but_their_holder() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let (id, supervisor) = app.member(&office, "sup", "SUPERVISOR", None).await;
    let query = "query($id: ID!) { node(id: $id) { ... on Account { phone } } }";
    let by_office = app.gql(Some(&office), query, json!({ "id": id })).await;
    assert_eq!(by_office["data"]["node"]["phone"], "138****5678");
    let by_self = app.gql(Some(&supervisor), query, json!({ "id": id })).await;
    assert_eq!(by_self["data"]["node"]["phone"], "13812345678");

    use sea_orm::ConnectionTrait;
    let rows = app
        .state
        .db
        .query_all_raw(sea_orm::Statement::from_string(
            app.state.db.get_database_backend(),
            "SELECT * FROM accounts",
        ))
        .await
        .expect("rows");
    let raw = format!("{rows:?}");
    assert!(
        !raw.contains("13812345678"),
        "a phone in plaintext at rest: {raw}"
    );
}
