//! The discipline commission's queue and the reporter's identity behind a referral.

use serde_json::{Value, json};

use crate::harness::{TestApp, code, spawn_app};

const ID_A: &str = "430621198001010026";
const REFERRAL: &str = "status summary reportTitle reportBody outcome reporter { name } unmaskingRequests { id status }";

struct County {
    office: String,
    discipline: String,
    handler: String,
    supervisor: String,
    report: String,
}

async fn county(app: &TestApp) -> County {
    let (office, leading) = app.office_and_leading_group("430621").await;
    let discipline = app.commission_member(&office, "jw.discipline").await;
    let unit = app.create_unit(&office, "縣自然資源局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "zrzy.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.whistle", ID_A)
        .await;
    let submitted = app
        .gql(
            Some(&supervisor),
            "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
            json!({ "i": { "kind": "PROBLEM", "title": "某股長索要好處", "body": "辦理用地審批時被暗示送禮。", "area": "GOVERNMENT_BUSINESS_RELATIONS", "officialsInvolved": true, "concernedUnitId": unit } }),
        )
        .await;
    let report = submitted["data"]["submitReport"]["report"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{submitted}"))
        .to_owned();
    County {
        office,
        discipline,
        handler,
        supervisor,
        report,
    }
}

async fn refer(app: &TestApp, c: &County) -> String {
    let answer = app
        .gql(
            Some(&c.office),
            "mutation($r: ID!) { createReferral(input: {reportId: $r, summary: \"涉嫌索賄，請核查\"}) { referral { id status } } }",
            json!({ "r": c.report }),
        )
        .await;
    answer["data"]["createReferral"]["referral"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_owned()
}

async fn referral(app: &TestApp, token: &str, id: &str) -> Value {
    app.gql(
        Some(token),
        &format!("query($id: ID!) {{ node(id: $id) {{ ... on Referral {{ {REFERRAL} }} }} }}"),
        json!({ "id": id }),
    )
    .await
}

#[tokio::test]
async fn the_commission_works_its_queue_and_units_never_see_it() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let id = refer(&app, &c).await;

    let seen = referral(&app, &c.discipline, &id).await;
    assert_eq!(seen["data"]["node"]["status"], "QUEUED", "{seen}");
    assert_eq!(seen["data"]["node"]["reportTitle"], "某股長索要好處");
    assert_eq!(
        seen["data"]["node"]["reporter"],
        Value::Null,
        "identity stays hidden"
    );
    let told = app
        .gql(
            Some(&c.discipline),
            "{ viewer { unreadNotificationCount } }",
            json!({}),
        )
        .await;
    assert_eq!(told["data"]["viewer"]["unreadNotificationCount"], json!(1));

    for token in [&c.handler, &c.supervisor] {
        assert_eq!(code(&referral(&app, token, &id).await), "NOT_FOUND");
        let list = app
            .gql(Some(token), "{ referrals { totalCount } }", json!({}))
            .await;
        assert_eq!(list["data"]["referrals"]["totalCount"], json!(0));
    }

    let conclude = "mutation($id: ID!) { concludeReferral(input: {referralId: $id, outcome: \"已立案調查\"}) { referral { status outcome } } }";
    assert_eq!(
        code(
            &app.gql(Some(&c.discipline), conclude, json!({ "id": id }))
                .await
        ),
        "INVALID_TRANSITION"
    );
    let accept =
        "mutation($id: ID!) { acceptReferral(input: {referralId: $id}) { referral { status } } }";
    assert_eq!(
        code(&app.gql(Some(&c.office), accept, json!({ "id": id })).await),
        "FORBIDDEN"
    );
    app.gql(Some(&c.discipline), accept, json!({ "id": id }))
        .await;
    let concluded = app
        .gql(Some(&c.discipline), conclude, json!({ "id": id }))
        .await;
    assert_eq!(
        concluded["data"]["concludeReferral"]["referral"],
        json!({ "status": "CONCLUDED", "outcome": "已立案調查" })
    );
    let office_view = app
        .gql(
            Some(&c.office),
            "{ referrals { edges { node { status } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        office_view["data"]["referrals"]["edges"],
        json!([{ "node": { "status": "CONCLUDED" } }])
    );
}

#[tokio::test]
async fn an_investigation_comes_between_accepting_and_concluding_and_the_office_hears_the_outcome()
{
    let app = spawn_app().await;
    let c = county(&app).await;
    let id = refer(&app, &c).await;
    let actions = "query($id: ID!) { node(id: $id) { ... on Referral { status actions } } }";
    let steps = |answer: Value| answer["data"]["node"].clone();
    assert_eq!(
        steps(
            app.gql(Some(&c.discipline), actions, json!({ "id": id }))
                .await
        ),
        json!({ "status": "QUEUED", "actions": ["ACCEPT", "RETURN"] })
    );
    // The office sees where it stands, with no steps of its own.
    assert_eq!(
        steps(app.gql(Some(&c.office), actions, json!({ "id": id })).await),
        json!({ "status": "QUEUED", "actions": [] })
    );
    let investigate = "mutation($id: ID!) { investigateReferral(input: {referralId: $id}) { referral { status actions } } }";
    assert_eq!(
        code(
            &app.gql(Some(&c.discipline), investigate, json!({ "id": id }))
                .await
        ),
        "INVALID_TRANSITION",
        "only an accepted referral is investigated"
    );
    app.gql(
        Some(&c.discipline),
        "mutation($id: ID!) { acceptReferral(input: {referralId: $id}) { referral { status } } }",
        json!({ "id": id }),
    )
    .await;
    assert_eq!(
        code(
            &app.gql(Some(&c.office), investigate, json!({ "id": id }))
                .await
        ),
        "FORBIDDEN"
    );
    let investigating = app
        .gql(Some(&c.discipline), investigate, json!({ "id": id }))
        .await;
    assert_eq!(
        investigating["data"]["investigateReferral"]["referral"],
        json!({ "status": "INVESTIGATING", "actions": ["CONCLUDE", "RETURN"] })
    );
    app.gql(
        Some(&c.discipline),
        "mutation($id: ID!) { concludeReferral(input: {referralId: $id, outcome: \"給予黨內警告處分\"}) { referral { status } } }",
        json!({ "id": id }),
    )
    .await;

    // The office is told, and reads the outcome on the report; the reporter sees no referral.
    let told = app
        .gql(
            Some(&c.office),
            "{ notifications(unreadOnly: true) { edges { node { kind title body } } } }",
            json!({}),
        )
        .await;
    let concluded: Vec<&Value> = told["data"]["notifications"]["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| &e["node"])
        .filter(|n| n["kind"] == "referral_concluded")
        .collect();
    assert_eq!(
        concluded,
        [
            &json!({ "kind": "referral_concluded", "title": "纪委监委已办结移送线索：涉嫌索賄，請核查", "body": "給予黨內警告處分" })
        ],
        "{told}"
    );
    let on_report =
        "query($id: ID!) { node(id: $id) { ... on Report { referral { status outcome } } } }";
    assert_eq!(
        app.gql(Some(&c.office), on_report, json!({ "id": c.report }))
            .await["data"]["node"],
        json!({ "referral": { "status": "CONCLUDED", "outcome": "給予黨內警告處分" } })
    );
    assert_eq!(
        app.gql(Some(&c.supervisor), on_report, json!({ "id": c.report }))
            .await["data"]["node"],
        json!({ "referral": null })
    );
}

#[tokio::test]
async fn the_office_lists_the_referrals_whose_unmasking_waits_for_its_decision() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let id = refer(&app, &c).await;
    let waiting = "{ referrals(unmaskingRequested: true) { totalCount edges { node { id } } } }";
    let count = |answer: Value| answer["data"]["referrals"]["totalCount"].clone();
    assert_eq!(
        count(app.gql(Some(&c.office), waiting, json!({})).await),
        json!(0)
    );

    let asked = app
        .gql(Some(&c.discipline), "mutation($id: ID!) { requestUnmasking(input: {referralId: $id, reason: \"核實\"}) { unmaskingRequest { id } } }", json!({ "id": id }))
        .await;
    let request = asked["data"]["requestUnmasking"]["unmaskingRequest"]["id"].clone();
    let listed = app.gql(Some(&c.office), waiting, json!({})).await;
    assert_eq!(
        listed["data"]["referrals"],
        json!({ "totalCount": 1, "edges": [{ "node": { "id": id } }] })
    );
    let other_office = app.office("430623").await;
    assert_eq!(
        count(app.gql(Some(&other_office), waiting, json!({})).await),
        json!(0)
    );

    app.gql(
        Some(&c.office),
        "mutation($id: ID!) { decideUnmasking(input: {requestId: $id, approve: false}) { unmaskingRequest { status } } }",
        json!({ "id": request }),
    )
    .await;
    assert_eq!(
        count(app.gql(Some(&c.office), waiting, json!({})).await),
        json!(0)
    );
}

#[tokio::test]
async fn the_reporter_is_unmasked_only_after_the_office_approves_and_every_look_is_audited() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let id = refer(&app, &c).await;
    let ask = "mutation($id: ID!) { requestUnmasking(input: {referralId: $id, reason: \"需向反映人核實細節\"}) { unmaskingRequest { id status } } }";
    let asked = app.gql(Some(&c.discipline), ask, json!({ "id": id })).await;
    let request = asked["data"]["requestUnmasking"]["unmaskingRequest"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    assert_eq!(
        code(&app.gql(Some(&c.discipline), ask, json!({ "id": id })).await),
        "CONFLICT"
    );
    assert_eq!(
        referral(&app, &c.discipline, &id).await["data"]["node"]["reporter"],
        Value::Null
    );

    let decide = "mutation($id: ID!, $ok: Boolean!) { decideUnmasking(input: {requestId: $id, approve: $ok}) { unmaskingRequest { status } } }";
    assert_eq!(
        code(
            &app.gql(
                Some(&c.discipline),
                decide,
                json!({ "id": request, "ok": true })
            )
            .await
        ),
        "FORBIDDEN"
    );
    let other_office = app.office("430623").await;
    assert_eq!(
        code(
            &app.gql(
                Some(&other_office),
                decide,
                json!({ "id": request, "ok": true })
            )
            .await
        ),
        "NOT_FOUND"
    );
    let approved = app
        .gql(
            Some(&c.office),
            decide,
            json!({ "id": request, "ok": true }),
        )
        .await;
    assert_eq!(
        approved["data"]["decideUnmasking"]["unmaskingRequest"]["status"],
        "approved"
    );

    let seen = referral(&app, &c.discipline, &id).await;
    assert_eq!(seen["data"]["node"]["reporter"]["name"], "sup.whistle");
    referral(&app, &c.discipline, &id).await;
    let looks = app
        .gql(Some(&c.office), "{ auditEvents(filter: {action: \"viewReporterIdentity\"}) { totalCount edges { node { actorUsername } } } }", json!({}))
        .await;
    assert_eq!(looks["data"]["auditEvents"]["totalCount"], json!(2));
    assert_eq!(
        looks["data"]["auditEvents"]["edges"][0]["node"]["actorUsername"],
        "jw.discipline"
    );
}

#[tokio::test]
async fn a_refused_request_keeps_the_reporter_hidden() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let id = refer(&app, &c).await;
    let asked = app
        .gql(Some(&c.discipline), "mutation($id: ID!) { requestUnmasking(input: {referralId: $id, reason: \"核實\"}) { unmaskingRequest { id } } }", json!({ "id": id }))
        .await;
    let request = asked["data"]["requestUnmasking"]["unmaskingRequest"]["id"].clone();
    app.gql(
        Some(&c.office),
        "mutation($id: ID!) { decideUnmasking(input: {requestId: $id, approve: false}) { unmaskingRequest { status } } }",
        json!({ "id": request }),
    )
    .await;
    assert_eq!(
        referral(&app, &c.discipline, &id).await["data"]["node"]["reporter"],
        Value::Null
    );
    let returned = app
        .gql(Some(&c.discipline), "mutation($id: ID!) { returnReferral(input: {referralId: $id, reason: \"不屬紀檢職責\"}) { referral { status } } }", json!({ "id": id }))
        .await;
    assert_eq!(
        returned["data"]["returnReferral"]["referral"]["status"],
        "RETURNED"
    );
    let by_supervisor = app
        .gql(Some(&c.supervisor), "mutation($r: ID!) { createReferral(input: {reportId: $r, summary: \"x\"}) { referral { id } } }", json!({ "r": c.report }))
        .await;
    assert_eq!(code(&by_supervisor), "FORBIDDEN");
}
