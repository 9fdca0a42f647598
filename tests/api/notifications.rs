//! In-app notifications and the outbox rows written with them.

use entities::outbox_message;
use sea_orm::EntityTrait;
use serde_json::json;

use crate::harness::{code, spawn_app};

const ID_A: &str = "430621198001010026";
const UNREAD: &str = "{ viewer { unreadNotificationCount } notifications(unreadOnly: true) { edges { node { id kind title targetId } } } }";

#[tokio::test]
async fn a_major_report_tells_the_office_at_once_in_the_app_and_by_email() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let me = app
        .gql(Some(&office), "{ viewer { account { id } } }", json!({}))
        .await;
    let office_id = me["data"]["viewer"]["account"]["id"].clone();
    app.gql(
        Some(&office),
        "mutation($id: ID!) { updateAccount(input: {accountId: $id, email: \"office@yy.gov.cn\"}) { account { email } } }",
        json!({ "id": office_id }),
    )
    .await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let submitted = app
        .gql(
            Some(&supervisor),
            "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
            json!({ "i": { "kind": "PROBLEM", "title": "企業被強制停產", "body": "某局要求企業無理由停產整頓。", "area": "REGULATORY_ENFORCEMENT", "major": true } }),
        )
        .await;
    let report_id = submitted["data"]["submitReport"]["report"]["id"].clone();

    let unread = app.gql(Some(&office), UNREAD, json!({})).await;
    assert_eq!(
        unread["data"]["viewer"]["unreadNotificationCount"],
        json!(1)
    );
    let notice = &unread["data"]["notifications"]["edges"][0]["node"];
    assert_eq!(notice["kind"], "major_report");
    assert_eq!(notice["targetId"], report_id);
    assert!(
        notice["title"]
            .as_str()
            .unwrap_or("")
            .contains("企業被強制停產")
    );

    let outbox = outbox_message::Entity::find()
        .all(&app.state.db)
        .await
        .expect("outbox");
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].to_address, "office@yy.gov.cn");
    // The mail links to the report in the web app.
    let link = format!("/open/{}", report_id.as_str().unwrap_or_default());
    assert!(
        outbox[0].body_text.contains("在平台中打开：http://")
            && outbox[0].body_text.contains(&link),
        "{}",
        outbox[0].body_text
    );
    assert!(
        outbox[0]
            .body_html
            .as_deref()
            .unwrap_or_default()
            .contains("\">在平台中打开</a>")
    );
    assert!(outbox[0].immediate);
    assert_eq!(outbox[0].status, "pending");
    let listed = app
        .gql(
            Some(&office),
            "{ outbox(status: \"pending\") { toAddress immediate status } }",
            json!({}),
        )
        .await;
    assert_eq!(
        listed["data"]["outbox"],
        json!([{ "toAddress": "office@yy.gov.cn", "immediate": true, "status": "pending" }])
    );
    assert_eq!(
        code(
            &app.gql(Some(&supervisor), "{ outbox { toAddress } }", json!({}))
                .await
        ),
        "FORBIDDEN"
    );
    let other_office = app.office("430623").await;
    let theirs = app
        .gql(Some(&other_office), "{ outbox { toAddress } }", json!({}))
        .await;
    assert_eq!(theirs["data"]["outbox"], json!([]));
    let leading_unread = app.gql(Some(&leading), UNREAD, json!({})).await;
    assert_eq!(
        leading_unread["data"]["viewer"]["unreadNotificationCount"],
        json!(0)
    );
}

#[tokio::test]
async fn the_reporter_hears_of_feedback_and_marks_it_read() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let submitted = app
        .gql(
            Some(&supervisor),
            "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
            json!({ "i": { "kind": "SUGGESTION", "title": "延長午間服務", "body": "建議大廳午間不休。", "area": "GOVERNMENT_SERVICES" } }),
        )
        .await;
    let id = submitted["data"]["submitReport"]["report"]["id"].clone();
    for (mutation, input) in [
        ("acceptReport", json!({ "reportId": id })),
        (
            "giveFeedback",
            json!({ "reportId": id, "feedback": "已採納，下月起實行。" }),
        ),
    ] {
        let input_type = if mutation == "giveFeedback" {
            "GiveFeedbackInput"
        } else {
            "ReportIdInput"
        };
        app.gql(
            Some(&office),
            &format!(
                "mutation($i: {input_type}!) {{ {mutation}(input: $i) {{ report {{ status }} }} }}"
            ),
            json!({ "i": input }),
        )
        .await;
    }
    let unread = app.gql(Some(&supervisor), UNREAD, json!({})).await;
    assert_eq!(
        unread["data"]["viewer"]["unreadNotificationCount"],
        json!(1)
    );
    let notice_id = unread["data"]["notifications"]["edges"][0]["node"]["id"].clone();
    assert_eq!(
        unread["data"]["notifications"]["edges"][0]["node"]["kind"],
        "report_feedback"
    );

    let mark =
        "mutation($ids: [ID!]) { markNotificationsRead(input: {ids: $ids}) { unreadCount } }";
    let by_other = app
        .gql(Some(&office), mark, json!({ "ids": [notice_id] }))
        .await;
    assert_eq!(
        by_other["data"]["markNotificationsRead"]["unreadCount"],
        json!(0)
    );
    let still = app.gql(Some(&supervisor), UNREAD, json!({})).await;
    assert_eq!(
        still["data"]["viewer"]["unreadNotificationCount"],
        json!(1),
        "another account cannot mark it read"
    );
    let marked = app
        .gql(Some(&supervisor), mark, json!({ "ids": [notice_id] }))
        .await;
    assert_eq!(
        marked["data"]["markNotificationsRead"]["unreadCount"],
        json!(0)
    );
    let empty = app.gql(Some(&supervisor), mark, json!({ "ids": [] })).await;
    assert_eq!(code(&empty), "VALIDATION");
}
