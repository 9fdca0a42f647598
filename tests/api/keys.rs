//! `watchpost rotate-key`: sealed values move to the new key, blind indexes keep working, and
//! the old key alone no longer opens anything.

use serde_json::{Value, json};
use watchpost::{
    auth::Viewer,
    service::{RequestContext, RequestMeta, keys},
};

use crate::harness::{ADMIN_PASSWORD, TestApp, code, spawn_app, spawn_app_with};

const OLD_KEY: &str = "ZGV2ZWxvcG1lbnQtb25seS1kYXRhLWtleS0zMmJ5dGU=";
const NEW_KEY: &str = "bmV3LWRhdGEta2V5LWZvci10aGUtcm90YXRpb24tdGU=";
const REVEAL: &str = "mutation($id: ID!) { revealSensitive(input: {memberId: $id}) { idNumber } }";
const STATUS: &str = "query($r: String!) { nominationStatus(receiptCode: $r) { status } }";

async fn same_database(app: &TestApp, data_key: &str, index_key: Option<&str>) -> TestApp {
    let url = app.state.settings.database_url.clone();
    let files = app.state.settings.files.folder.clone();
    spawn_app_with(|s| {
        s.database_url = url;
        s.files.folder = files;
        s.data_key = data_key.into();
        s.index_key = index_key.map(str::to_owned);
    })
    .await
}

#[tokio::test]
async fn rotating_the_data_key_reseals_everything_and_keeps_receipts_findable() {
    let app = spawn_app().await;
    assert_eq!(
        app.state.settings.data_key, OLD_KEY,
        "tests start on the development key"
    );
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (member, _) = app
        .active_supervisor(&office, &leading, "sup.one", "430621198001010026")
        .await;
    let nominated = app
        .gql(
            None,
            "mutation($i: SubmitNominationInput!) { submitNomination(input: $i) { receiptCode } }",
            json!({ "i": { "kind": "MONITORING_POINT", "category": "INDIVIDUAL_BUSINESS", "recommender": "SELF_NOMINATED",
                           "regionCode": "430621", "name": "某個體戶", "creditCode": "91350100M000100Y43", "phone": "0730-1234567",
                           "declarations": ["LAWFUL_OPERATION", "TAX_COMPLIANCE", "GOOD_REPUTATION"] } }),
        )
        .await;
    let receipt = nominated["data"]["submitNomination"]["receiptCode"]
        .as_str()
        .unwrap_or_else(|| panic!("{nominated}"))
        .to_owned();

    let new = watchpost::crypto::DataVault::from_config(NEW_KEY, Some(OLD_KEY)).expect("vault");
    let rc = RequestContext {
        state: app.state.clone(),
        viewer: Viewer::anonymous(),
        meta: RequestMeta {
            request_id: "rotate-key".into(),
            client_addr: None,
            ..Default::default()
        },
    };
    let rotated = keys::rotate(&rc, &new)
        .await
        .unwrap_or_else(|e| panic!("rotate: {}", e.message()));
    assert!(
        rotated.members >= 2,
        "the supervisor and the nominated point"
    );

    let rotated_app = same_database(&app, NEW_KEY, Some(OLD_KEY)).await;
    let office = rotated_app.token_for("office430621", ADMIN_PASSWORD).await;
    let shown = rotated_app
        .gql(Some(&office), REVEAL, json!({ "id": member }))
        .await;
    assert_eq!(
        shown["data"]["revealSensitive"]["idNumber"], "430621198001010026",
        "{shown}"
    );
    let status = rotated_app.gql(None, STATUS, json!({ "r": receipt })).await;
    assert_eq!(
        status["data"]["nominationStatus"]["status"], "NOMINATED",
        "{status}"
    );

    // The old key alone opens nothing any more.
    let stale = same_database(&app, OLD_KEY, None).await;
    let office = stale.token_for("office430621", ADMIN_PASSWORD).await;
    let refused: Value = stale
        .gql(Some(&office), REVEAL, json!({ "id": member }))
        .await;
    assert_eq!(code(&refused), "INTERNAL", "{refused}");
}
