//! Inquiries and document requests from supervisors to units.

use chrono::Duration;
use serde_json::json;

use crate::harness::{ADMIN_PASSWORD, NEW_PASSWORD, code, spawn_app};

const ID_A: &str = "430621198001010026";
const ASK: &str =
    "mutation($i: AskInquiryInput!) { askInquiry(input: $i) { inquiry { id deadline overdue } } }";
const VIEW: &str = "query($id: ID!) { node(id: $id) { ... on Inquiry { subject answer overdue asker { name } unit { name } } } }";

#[tokio::test]
async fn a_unit_answers_an_inquiry_without_learning_who_asked_and_late_answers_stay_late() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app
        .create_unit(&office, "縣行政審批服務局", "DEPARTMENT")
        .await;
    let other_unit = app.create_unit(&office, "縣稅務局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "xzsp.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, other_handler) = app
        .member(&office, "sw.handler", "UNIT_HANDLER", Some(&other_unit))
        .await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.asker", ID_A)
        .await;

    let asked = app
        .gql(Some(&supervisor), ASK, json!({ "i": { "kind": "INQUIRY", "unitId": unit, "subject": "審批時限", "question": "為何超過承諾時限?" } }))
        .await;
    let inquiry = &asked["data"]["askInquiry"]["inquiry"];
    // Asked Monday 2025-03-03: ten working days later is 2025-03-17.
    assert_eq!(inquiry["deadline"], "2025-03-17");
    let id = inquiry["id"].as_str().expect("id").to_owned();
    let late_one = app
        .gql(Some(&supervisor), ASK, json!({ "i": { "kind": "DOCUMENT_REQUEST", "unitId": unit, "subject": "查閱文件", "question": "請提供審批流程文件。" } }))
        .await;
    let late_id = late_one["data"]["askInquiry"]["inquiry"]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let by_unit = app.gql(Some(&handler), VIEW, json!({ "id": id })).await;
    assert_eq!(by_unit["data"]["node"]["asker"], json!(null));
    assert!(!by_unit.to_string().contains("sup.asker"));
    assert_eq!(
        code(
            &app.gql(Some(&other_handler), VIEW, json!({ "id": id }))
                .await
        ),
        "NOT_FOUND"
    );
    let by_office = app.gql(Some(&office), VIEW, json!({ "id": id })).await;
    assert_eq!(by_office["data"]["node"]["asker"]["name"], "sup.asker");

    let answer = "mutation($id: ID!) { answerInquiry(input: {inquiryId: $id, answer: \"已整改\"}) { inquiry { answer overdue } } }";
    assert_eq!(
        code(
            &app.gql(Some(&supervisor), answer, json!({ "id": id }))
                .await
        ),
        "FORBIDDEN"
    );
    let answered = app.gql(Some(&handler), answer, json!({ "id": id })).await;
    assert_eq!(
        answered["data"]["answerInquiry"]["inquiry"],
        json!({ "answer": "已整改", "overdue": false })
    );
    assert_eq!(
        code(&app.gql(Some(&handler), answer, json!({ "id": id })).await),
        "INVALID_TRANSITION"
    );

    app.clock.advance(Duration::days(20));
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let open = app
        .gql(
            Some(&office),
            "{ inquiries(answered: false) { edges { node { subject overdue } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        open["data"]["inquiries"]["edges"],
        json!([{ "node": { "subject": "查閱文件", "overdue": true } }])
    );
    let handler = app.token_for("xzsp.handler", NEW_PASSWORD).await;
    let late = app
        .gql(Some(&handler), answer, json!({ "id": late_id }))
        .await;
    assert_eq!(
        late["data"]["answerInquiry"]["inquiry"]["overdue"],
        json!(true)
    );
    let supervisor = app.token_for("sup.asker", NEW_PASSWORD).await;
    let told = app
        .gql(
            Some(&supervisor),
            "{ notifications { edges { node { kind } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        told["data"]["notifications"]["edges"][0]["node"]["kind"],
        "inquiry_answered"
    );
}
