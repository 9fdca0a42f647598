//! Regions, units and accounts: creating, changing, listing, and refusing bad input.

use serde_json::json;

use crate::harness::{code, spawn_app};

#[tokio::test]
async fn region_codes_and_time_zones_are_checked() {
    let app = spawn_app().await;
    let admin = app.platform_admin().await;
    let create = "mutation($i: CreateRegionInput!) { createRegion(input: $i) { region { code name parent { code } } } }";
    let bad_code = app
        .gql(
            Some(&admin),
            create,
            json!({ "i": { "code": "99062", "name": "x" } }),
        )
        .await;
    assert_eq!(code(&bad_code), "VALIDATION");
    assert_eq!(bad_code["errors"][0]["extensions"]["field"], "code");
    let bad_zone = app
        .gql(
            Some(&admin),
            create,
            json!({ "i": { "code": "430621", "name": "x", "timeZone": "Mars/Base" } }),
        )
        .await;
    assert_eq!(bad_zone["errors"][0]["extensions"]["field"], "timeZone");

    let city = app
        .gql(
            Some(&admin),
            create,
            json!({ "i": { "code": "430600", "name": "岳陽市" } }),
        )
        .await;
    assert!(city["data"]["createRegion"].is_object(), "{city}");
    let wrong_parent = app
        .gql(
            Some(&admin),
            create,
            json!({ "i": { "code": "430721", "name": "x", "parentCode": "430600" } }),
        )
        .await;
    assert_eq!(
        wrong_parent["errors"][0]["extensions"]["field"],
        "parentCode"
    );
    let county = app
        .gql(
            Some(&admin),
            create,
            json!({ "i": { "code": "430621", "name": "岳陽縣", "parentCode": "430600" } }),
        )
        .await;
    assert_eq!(
        county["data"]["createRegion"]["region"],
        json!({ "code": "430621", "name": "岳陽縣", "parent": { "code": "430600" } })
    );
    let again = app
        .gql(
            Some(&admin),
            create,
            json!({ "i": { "code": "430621", "name": "again" } }),
        )
        .await;
    assert_eq!(code(&again), "CONFLICT");
}

#[tokio::test]
async fn the_platform_admin_lists_the_offices_and_admins_of_every_county_and_an_office_only_its_own()
 {
    let app = spawn_app().await;
    let admin = app.platform_admin().await;
    let office = app.office("430621").await;
    app.office("430602").await;
    app.member(&office, "lg.yy", "LEADING_GROUP", None).await;
    const LIST: &str = "{ accounts(filter: {roles: [OFFICE, PLATFORM_ADMIN]}) { nodes { username role region { code } } } }";
    let listed = app.gql(Some(&admin), LIST, json!({})).await;
    assert_eq!(
        listed["data"]["accounts"]["nodes"],
        json!([
            { "username": "admin", "role": "PLATFORM_ADMIN", "region": null },
            { "username": "office430621", "role": "OFFICE", "region": { "code": "430621" } },
            { "username": "office430602", "role": "OFFICE", "region": { "code": "430602" } },
        ]),
        "{listed}"
    );
    let own = app.gql(Some(&office), LIST, json!({})).await;
    assert_eq!(
        own["data"]["accounts"]["nodes"],
        json!([{ "username": "office430621", "role": "OFFICE", "region": { "code": "430621" } }]),
        "{own}"
    );
}

#[tokio::test]
async fn an_office_creates_units_and_staff_for_them() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let unit = app
        .create_unit(&office, "岳陽縣自然資源局", "DEPARTMENT")
        .await;
    let answer = app
        .gql(
            Some(&office),
            "mutation($u: ID!) { createAccount(input: {username: \"Zhang.San\", displayName: \"張三\", email: \"zs@example.cn\", role: UNIT_HANDLER, unitId: $u}) { account { username displayName email role active mustChangePassword unit { name kind } region { code } } temporaryPassword } }",
            json!({ "u": unit }),
        )
        .await;
    let payload = &answer["data"]["createAccount"];
    assert_eq!(
        payload["account"],
        json!({
            "username": "zhang.san", "displayName": "張三", "email": "zs@example.cn",
            "role": "UNIT_HANDLER", "active": true, "mustChangePassword": true,
            "unit": { "name": "岳陽縣自然資源局", "kind": "DEPARTMENT" },
            "region": { "code": "430621" },
        })
    );
    assert!(
        payload["temporaryPassword"]
            .as_str()
            .is_some_and(|p| p.len() >= 12)
    );
}

#[tokio::test]
async fn bad_account_input_is_refused_with_the_field_named() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let reviewer_unit = app.create_unit(&office, "岳陽縣工信局", "REVIEWER").await;
    let create =
        "mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }";
    let cases = [
        (
            json!({ "username": "x", "displayName": "x", "role": "SUPERVISOR" }),
            "username",
        ),
        (
            json!({ "username": "valid1", "displayName": " ", "role": "SUPERVISOR" }),
            "displayName",
        ),
        (
            json!({ "username": "valid1", "displayName": "x", "role": "SUPERVISOR", "email": "nope" }),
            "email",
        ),
        (
            json!({ "username": "valid1", "displayName": "x", "role": "SUPERVISOR", "phone": "123" }),
            "phone",
        ),
        (
            json!({ "username": "valid1", "displayName": "x", "role": "UNIT_HANDLER" }),
            "unitId",
        ),
        (
            json!({ "username": "valid1", "displayName": "x", "role": "UNIT_HANDLER", "unitId": reviewer_unit }),
            "unitId",
        ),
        (
            json!({ "username": "valid1", "displayName": "x", "role": "REVIEWER", "unitId": "not-an-id" }),
            "unitId",
        ),
    ];
    for (input, field) in cases {
        let answer = app.gql(Some(&office), create, json!({ "i": input })).await;
        assert_eq!(code(&answer), "VALIDATION", "{input}: {answer}");
        assert_eq!(answer["errors"][0]["extensions"]["field"], field, "{input}");
    }
    let accounts = app
        .gql(Some(&office), "{ accounts { totalCount } }", json!({}))
        .await;
    assert_eq!(
        accounts["data"]["accounts"]["totalCount"],
        json!(1),
        "nothing half-written"
    );
}

#[tokio::test]
async fn duplicate_usernames_and_unit_names_conflict() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    app.member(&office, "dup", "SUPERVISOR", None).await;
    let again = app
        .gql(Some(&office), r#"mutation { createAccount(input: {username: "DUP", displayName: "x", role: SUPERVISOR}) { account { id } } }"#, json!({}))
        .await;
    assert_eq!(code(&again), "CONFLICT");
    app.create_unit(&office, "岳陽縣公安局", "DEPARTMENT").await;
    let unit = app
        .gql(Some(&office), r#"mutation { createUnit(input: {name: "岳陽縣公安局", kind: DEPARTMENT}) { unit { id } } }"#, json!({}))
        .await;
    assert_eq!(code(&unit), "CONFLICT");
}

#[tokio::test]
async fn an_office_updates_an_account_and_its_role_rules_hold() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let unit = app.create_unit(&office, "岳陽縣榮家灣鎮", "TOWNSHIP").await;
    let (id, _) = app.member(&office, "staff", "SUPERVISOR", None).await;
    let update = "mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { displayName phone role unit { name } } } }";
    let to_handler_without_unit = app
        .gql(
            Some(&office),
            update,
            json!({ "i": { "accountId": id, "role": "UNIT_HANDLER" } }),
        )
        .await;
    assert_eq!(code(&to_handler_without_unit), "VALIDATION");
    let answer = app
        .gql(Some(&office), update, json!({ "i": { "accountId": id, "displayName": "李四", "phone": "", "role": "UNIT_HANDLER", "unitId": unit } }))
        .await;
    assert_eq!(
        answer["data"]["updateAccount"]["account"],
        json!({ "displayName": "李四", "phone": null, "role": "UNIT_HANDLER", "unit": { "name": "岳陽縣榮家灣鎮" } })
    );
    let me = app
        .gql(Some(&office), "{ viewer { account { id } } }", json!({}))
        .await;
    let own_id = me["data"]["viewer"]["account"]["id"].as_str().expect("id");
    let demote_self = app
        .gql(
            Some(&office),
            update,
            json!({ "i": { "accountId": own_id, "role": "SUPERVISOR" } }),
        )
        .await;
    assert_eq!(code(&demote_self), "VALIDATION");
}

#[tokio::test]
async fn lists_page_with_cursors_and_count_everything() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    for i in 0..5 {
        app.create_unit(&office, &format!("鄉鎮{i}"), "TOWNSHIP")
            .await;
    }
    let page = "query($after: String) { units(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }";
    let mut names = Vec::new();
    let mut after = serde_json::Value::Null;
    loop {
        let answer = app
            .gql(Some(&office), page, json!({ "after": after }))
            .await;
        let units = &answer["data"]["units"];
        assert_eq!(units["totalCount"], json!(5));
        for edge in units["edges"].as_array().expect("edges") {
            names.push(edge["node"]["name"].as_str().expect("name").to_owned());
        }
        if units["pageInfo"]["hasNextPage"] != json!(true) {
            break;
        }
        after = units["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(
        names,
        (0..5).map(|i| format!("鄉鎮{i}")).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn the_responsible_units_are_those_slips_go_to_and_reports_concern() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    for (name, kind) in [
        ("縣優化辦", "OFFICE"),
        ("縣工信局", "REVIEWER"),
        ("縣紀委監委", "DISCIPLINE_COMMISSION"),
        ("縣住建局", "DEPARTMENT"),
        ("城關鎮", "TOWNSHIP"),
        ("縣人民法院", "JUDICIAL_ORGAN"),
        ("縣人民醫院", "PUBLIC_INSTITUTION"),
    ] {
        app.create_unit(&office, name, kind).await;
    }
    let answer = app
        .gql(
            Some(&office),
            "{ units(filter: {responsible: true}) { edges { node { name } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        answer["data"]["units"]["edges"],
        json!([
            { "node": { "name": "縣住建局" } },
            { "node": { "name": "城關鎮" } },
            { "node": { "name": "縣人民法院" } },
            { "node": { "name": "縣人民醫院" } },
        ])
    );
}

#[tokio::test]
async fn page_sizes_over_a_hundred_and_forged_cursors_are_refused() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let huge = app
        .gql(
            Some(&office),
            "{ units(first: 1000) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&huge), "VALIDATION");
    assert_eq!(huge["errors"][0]["extensions"]["field"], "first");
    let negative = app
        .gql(
            Some(&office),
            "{ units(first: -1) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&negative), "VALIDATION");
    let forged = app
        .gql(
            Some(&office),
            r#"{ units(after: "bogus") { totalCount } }"#,
            json!({}),
        )
        .await;
    assert_eq!(forged["errors"][0]["extensions"]["field"], "after");
}

#[tokio::test]
async fn accounts_filter_by_role() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    app.member(&office, "sup1", "SUPERVISOR", None).await;
    app.member(&office, "lg.one", "LEADING_GROUP", None).await;
    let answer = app
        .gql(
            Some(&office),
            "{ accounts(filter: {role: SUPERVISOR}) { edges { node { username } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        answer["data"]["accounts"]["edges"],
        json!([{ "node": { "username": "sup1" } }])
    );
}

#[tokio::test]
async fn the_office_renames_its_units_and_sets_where_their_notices_go_and_nobody_else_does() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let other_office = app.office("430626").await;
    let unit = app
        .create_unit(&office, "縣市場監督管理局", "DEPARTMENT")
        .await;
    app.create_unit(&office, "縣稅務局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "scj.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    const UPDATE: &str =
        "mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { unit { name contactEmail } } }";
    let renamed = app
        .gql(
            Some(&office),
            UPDATE,
            json!({ "i": { "unitId": unit, "name": "縣市場監管局", "contactEmail": "scjg@example.cn" } }),
        )
        .await;
    assert_eq!(
        renamed["data"]["updateUnit"]["unit"],
        json!({ "name": "縣市場監管局", "contactEmail": "scjg@example.cn" }),
        "{renamed}"
    );
    let cleared = app
        .gql(
            Some(&office),
            UPDATE,
            json!({ "i": { "unitId": unit, "contactEmail": "" } }),
        )
        .await;
    assert_eq!(
        cleared["data"]["updateUnit"]["unit"],
        json!({ "name": "縣市場監管局", "contactEmail": null })
    );
    let taken = app
        .gql(
            Some(&office),
            UPDATE,
            json!({ "i": { "unitId": unit, "name": "縣稅務局" } }),
        )
        .await;
    assert_eq!(code(&taken), "CONFLICT");
    let bad = app
        .gql(
            Some(&office),
            UPDATE,
            json!({ "i": { "unitId": unit, "contactEmail": "not-an-address" } }),
        )
        .await;
    assert_eq!(bad["errors"][0]["extensions"]["field"], "contactEmail");
    for (token, refused) in [(&other_office, "NOT_FOUND"), (&handler, "FORBIDDEN")] {
        let answer = app
            .gql(
                Some(token),
                UPDATE,
                json!({ "i": { "unitId": unit, "name": "改名" } }),
            )
            .await;
        assert_eq!(code(&answer), refused, "{answer}");
    }
    let audit = app
        .gql(
            Some(&office),
            r#"{ auditEvents(filter: {action: "updateUnit"}) { edges { node { after } } } }"#,
            json!({}),
        )
        .await;
    assert!(
        audit["data"]["auditEvents"]["edges"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|e| e["node"]["after"]
                .as_str()
                .unwrap_or("")
                .contains("scjg@example.cn")),
        "the change is in the audit trail: {audit}"
    );
}
