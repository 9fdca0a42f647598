//! Consultations (共商共建): who sees them, who gives and decides opinions, and the rule that an
//! opinion not adopted in full is explained.

use serde_json::{Value, json};

use crate::harness::{NEW_PASSWORD, TestApp, code, spawn_app};

const OPEN: &str = "mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { consultation { id inviteAll closesOn unit { name } } } }";
const SUBMIT: &str =
    "mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { opinion { id } } }";
const DECIDE: &str = "mutation($i: DecideOpinionInput!) { decideOpinion(input: $i) { opinion { decision explanation } } }";
const LIST: &str = "{ consultations { totalCount edges { node { title opinions { body decision author { name } } } } } }";

struct County {
    office: String,
    handler: String,
    other_handler: String,
    invited: (String, String),
    uninvited: (String, String),
}

async fn county(app: &TestApp) -> County {
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let other = app.create_unit(&office, "縣人社局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "zjj.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, other_handler) = app
        .member(&office, "rsj.handler", "UNIT_HANDLER", Some(&other))
        .await;
    let invited = app
        .active_supervisor(&office, &leading, "sup.a", "430621198001010034")
        .await;
    let uninvited = app
        .active_supervisor(&office, &leading, "sup.b", "430621198102020047")
        .await;
    County {
        office,
        handler,
        other_handler,
        invited,
        uninvited,
    }
}

fn total(answer: &Value) -> &Value {
    &answer["data"]["consultations"]["totalCount"]
}

async fn opinion(app: &TestApp, token: &str, consultation: &str, body: &str) -> String {
    let given = app
        .gql(
            Some(token),
            SUBMIT,
            json!({ "i": { "consultationId": consultation, "body": body } }),
        )
        .await;
    given["data"]["submitOpinion"]["opinion"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{given}"))
        .to_owned()
}

#[tokio::test]
async fn a_unit_consults_invited_supervisors_and_explains_what_it_does_not_adopt() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let opened = app
        .gql(
            Some(&c.handler),
            OPEN,
            json!({ "i": { "title": "工程建設項目審批改革方案", "body": "徵求意見稿全文。", "closesOn": "2025-03-14", "memberIds": [c.invited.0] } }),
        )
        .await;
    let consultation = &opened["data"]["openConsultation"]["consultation"];
    assert_eq!(consultation["unit"]["name"], "縣住建局", "{opened}");
    assert_eq!(consultation["inviteAll"], json!(false));
    let id = consultation["id"].as_str().expect("id").to_owned();

    // Who sees it: the unit, the office, the invited supervisor; not another unit or supervisor.
    for (token, seen) in [
        (&c.handler, 1),
        (&c.office, 1),
        (&c.invited.1, 1),
        (&c.uninvited.1, 0),
        (&c.other_handler, 0),
    ] {
        assert_eq!(
            total(&app.gql(Some(token), LIST, json!({})).await),
            &json!(seen)
        );
    }
    let answer = app
        .gql(
            Some(&c.uninvited.1),
            SUBMIT,
            json!({ "i": { "consultationId": id, "body": "我也有意見" } }),
        )
        .await;
    assert_eq!(code(&answer), "NOT_FOUND");

    let first = opinion(&app, &c.invited.1, &id, "建議合併施工許可與竣工驗收環節。").await;
    let second = opinion(&app, &c.invited.1, &id, "建議公開審批時限。").await;

    // Not adopted without a word of why: refused.
    let bare = app
        .gql(
            Some(&c.handler),
            DECIDE,
            json!({ "i": { "opinionId": first, "decision": "NOT_ADOPTED" } }),
        )
        .await;
    assert_eq!(code(&bare), "VALIDATION");
    assert_eq!(bare["errors"][0]["extensions"]["field"], "explanation");
    let blank = app
        .gql(Some(&c.handler), DECIDE, json!({ "i": { "opinionId": first, "decision": "PARTLY_ADOPTED", "explanation": "  " } }))
        .await;
    assert_eq!(code(&blank), "VALIDATION");
    // Only the opener's side decides, once; the page knows which side it is on.
    let decides = "query($id: ID!) { node(id: $id) { ... on Consultation { decidesOpinions } } }";
    for (token, side) in [
        (&c.handler, true),
        (&c.office, false),
        (&c.invited.1, false),
    ] {
        let answer = app.gql(Some(token), decides, json!({ "id": id })).await;
        assert_eq!(
            answer["data"]["node"]["decidesOpinions"],
            json!(side),
            "{answer}"
        );
    }
    let office = app
        .gql(
            Some(&c.office),
            DECIDE,
            json!({ "i": { "opinionId": first, "decision": "ADOPTED" } }),
        )
        .await;
    assert_eq!(code(&office), "FORBIDDEN");
    let other = app
        .gql(
            Some(&c.other_handler),
            DECIDE,
            json!({ "i": { "opinionId": first, "decision": "ADOPTED" } }),
        )
        .await;
    assert_eq!(code(&other), "NOT_FOUND");
    let decided = app
        .gql(Some(&c.handler), DECIDE, json!({ "i": { "opinionId": first, "decision": "NOT_ADOPTED", "explanation": "與現行法規衝突" } }))
        .await;
    assert_eq!(
        decided["data"]["decideOpinion"]["opinion"],
        json!({ "decision": "NOT_ADOPTED", "explanation": "與現行法規衝突" })
    );
    let again = app
        .gql(
            Some(&c.handler),
            DECIDE,
            json!({ "i": { "opinionId": first, "decision": "ADOPTED" } }),
        )
        .await;
    assert_eq!(code(&again), "INVALID_TRANSITION");
    let adopted = app
        .gql(
            Some(&c.handler),
            DECIDE,
            json!({ "i": { "opinionId": second, "decision": "ADOPTED" } }),
        )
        .await;
    assert_eq!(
        adopted["data"]["decideOpinion"]["opinion"]["decision"], "ADOPTED",
        "{adopted}"
    );

    // The supervisor is told each decision; the unit sees opinions but not who gave them.
    let told = app
        .gql(
            Some(&c.invited.1),
            "{ notifications { edges { node { kind title body } } } }",
            json!({}),
        )
        .await;
    let decisions: Vec<&Value> = told["data"]["notifications"]["edges"]
        .as_array()
        .expect("notifications")
        .iter()
        .filter(|e| e["node"]["kind"] == "opinion_decided")
        .collect();
    assert_eq!(decisions.len(), 2, "{told}");
    assert!(told.to_string().contains("與現行法規衝突"));
    let by_unit = app.gql(Some(&c.handler), LIST, json!({})).await;
    let opinions = &by_unit["data"]["consultations"]["edges"][0]["node"]["opinions"];
    assert_eq!(opinions.as_array().map(Vec::len), Some(2));
    assert_eq!(opinions[0]["author"], json!(null));
    assert!(!by_unit.to_string().contains("sup.a"));
    let by_office = app.gql(Some(&c.office), LIST, json!({})).await;
    assert!(
        by_office["data"]["consultations"]["edges"][0]["node"]["opinions"][0]["author"]["name"]
            .is_string()
    );
}

#[tokio::test]
async fn the_office_consults_everyone_and_opinions_close_with_the_consultation() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let late = app
        .gql(Some(&c.office), OPEN, json!({ "i": { "title": "年度優化營商環境工作要點", "body": "全文。", "closesOn": "2025-03-02" } }))
        .await;
    assert_eq!(
        late["errors"][0]["extensions"]["field"], "closesOn",
        "{late}"
    );
    let by_supervisor = app
        .gql(
            Some(&c.invited.1),
            OPEN,
            json!({ "i": { "title": "x", "body": "y", "closesOn": "2025-03-05" } }),
        )
        .await;
    assert_eq!(code(&by_supervisor), "FORBIDDEN");
    let nobody = app
        .gql(Some(&c.office), OPEN, json!({ "i": { "title": "x", "body": "y", "closesOn": "2025-03-05", "memberIds": [] } }))
        .await;
    assert_eq!(nobody["errors"][0]["extensions"]["field"], "memberIds");

    let opened = app
        .gql(Some(&c.office), OPEN, json!({ "i": { "title": "年度優化營商環境工作要點", "body": "全文。", "closesOn": "2025-03-05" } }))
        .await;
    let consultation = &opened["data"]["openConsultation"]["consultation"];
    assert_eq!(consultation["inviteAll"], json!(true), "{opened}");
    assert_eq!(consultation["unit"], json!(null));
    let id = consultation["id"].as_str().expect("id").to_owned();
    for token in [&c.invited.1, &c.uninvited.1] {
        assert_eq!(
            total(&app.gql(Some(token), LIST, json!({})).await),
            &json!(1)
        );
        let told = app
            .gql(
                Some(token),
                "{ viewer { unreadNotificationCount } }",
                json!({}),
            )
            .await;
        assert_eq!(told["data"]["viewer"]["unreadNotificationCount"], json!(1));
    }
    let mine = opinion(&app, &c.uninvited.1, &id, "建議增加企業座談。").await;
    // A supervisor sees its own opinions only.
    let theirs = opinion(&app, &c.invited.1, &id, "建議簡化流程。").await;
    let by_id = "query($id: ID!) { node(id: $id) { ... on Opinion { body } } }";
    let own_by_id = app
        .gql(Some(&c.uninvited.1), by_id, json!({ "id": mine }))
        .await;
    assert_eq!(
        own_by_id["data"]["node"]["body"], "建議增加企業座談。",
        "{own_by_id}"
    );
    let peek = app
        .gql(Some(&c.uninvited.1), by_id, json!({ "id": theirs }))
        .await;
    assert_eq!(code(&peek), "NOT_FOUND");
    let unit_peek = app
        .gql(Some(&c.handler), by_id, json!({ "id": theirs }))
        .await;
    assert_eq!(code(&unit_peek), "NOT_FOUND", "not the unit's consultation");
    let own = app.gql(Some(&c.uninvited.1), LIST, json!({})).await;
    let listed = &own["data"]["consultations"]["edges"][0]["node"]["opinions"];
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{own}");
    assert_eq!(listed[0]["body"], "建議增加企業座談。");

    let partly = app
        .gql(
            Some(&c.office),
            DECIDE,
            json!({ "i": { "opinionId": mine, "decision": "PARTLY_ADOPTED" } }),
        )
        .await;
    assert_eq!(code(&partly), "VALIDATION");

    // After the closing date, no more opinions.
    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2025-03-06T01:00:00Z")
            .expect("instant")
            .with_timezone(&chrono::Utc),
    );
    let token = app.token_for("sup.a", NEW_PASSWORD).await;
    let closed = app
        .gql(
            Some(&token),
            SUBMIT,
            json!({ "i": { "consultationId": id, "body": "遲到的意見" } }),
        )
        .await;
    assert_eq!(code(&closed), "INVALID_TRANSITION");
}
