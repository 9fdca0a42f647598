//! Nominations and the review pipelines, over HTTP.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::{
    attachments::{PDF, upload_as},
    harness::{TestApp, code, spawn_app, spawn_app_with, status_of},
};

const ID_A: &str = "430621198001010026";
const ID_B: &str = "430621198001010034";
const NOMINATION: &str = "query($id: ID!) { node(id: $id) { ... on Member { status statusReason idNumber phone reviews { step decision comment } } } }";

fn point_input(name: &str, credit_code: &str) -> Value {
    json!({
        "kind": "MONITORING_POINT", "category": "PARK_KEY_ENTERPRISE", "recommender": "SOCIETY",
        "name": name, "creditCode": credit_code, "phone": "0730-1234567",
        "declarations": ["LAWFUL_OPERATION", "TAX_COMPLIANCE", "GOOD_REPUTATION"],
    })
}

const SUBMIT: &str = "mutation($i: SubmitNominationInput!) { submitNomination(input: $i) { nomination { id status } receiptCode } }";

#[tokio::test]
async fn a_supervisor_goes_from_nomination_to_approval_with_every_step_recorded() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let answer = app.nominate_supervisor(&office, "王建國", ID_A).await;
    let nomination = &answer["data"]["submitNomination"]["nomination"];
    assert_eq!(nomination["status"], "NOMINATED");
    assert_eq!(nomination["idNumber"], "430621********0026");
    assert_eq!(nomination["phone"], "139****5678");
    assert_eq!(
        answer["data"]["submitNomination"]["receiptCode"],
        Value::Null
    );
    let id = nomination["id"].as_str().expect("id");

    assert_eq!(
        status_of(
            &app.review_nomination(&office, id, "APPROVE", Some("材料齊全"))
                .await
        ),
        "FINAL_REVIEW"
    );
    assert_eq!(
        status_of(&app.review_nomination(&leading, id, "APPROVE", None).await),
        "APPROVED"
    );

    let seen = app
        .gql(Some(&leading), NOMINATION, json!({ "id": id }))
        .await;
    assert_eq!(
        seen["data"]["node"]["reviews"],
        json!([
            { "step": "nominated", "decision": "approve", "comment": "材料齊全" },
            { "step": "final_review", "decision": "approve", "comment": null },
        ])
    );
    let published = app
        .gql(
            None,
            r#"{ publishedMembers(regionCode: "430621") { kind name status } }"#,
            json!({}),
        )
        .await;
    assert_eq!(
        published["data"]["publishedMembers"],
        json!([{ "kind": "SUPERVISOR", "name": "王建國", "status": "APPROVED" }])
    );
}

#[tokio::test]
async fn a_monitoring_point_goes_through_its_reviewer_unit_then_office_then_leading_group() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣工信局", "REVIEWER").await;
    let (_, reviewer) = app
        .member(&office, "gxj.reviewer", "REVIEWER", Some(&unit))
        .await;
    let answer = app
        .gql(
            Some(&office),
            SUBMIT,
            json!({ "i": point_input("華為岳陽分公司", "914403001922038216") }),
        )
        .await;
    let id = answer["data"]["submitNomination"]["nomination"]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let too_early = app.review_nomination(&office, &id, "APPROVE", None).await;
    assert_eq!(code(&too_early), "INVALID_TRANSITION");
    let routed = app
        .gql(
            Some(&office),
            "mutation($n: ID!, $u: ID!) { routeNomination(input: {nominationId: $n, reviewerUnitId: $u}) { nomination { status reviewerUnit { name } } } }",
            json!({ "n": id, "u": unit }),
        )
        .await;
    assert_eq!(
        routed["data"]["routeNomination"]["nomination"],
        json!({ "status": "INITIAL_REVIEW", "reviewerUnit": { "name": "縣工信局" } })
    );
    assert_eq!(
        code(&app.review_nomination(&office, &id, "APPROVE", None).await),
        "FORBIDDEN"
    );
    assert_eq!(
        status_of(
            &app.review_nomination(&reviewer, &id, "APPROVE", Some("條件屬實"))
                .await
        ),
        "SECOND_REVIEW"
    );
    assert_eq!(
        code(&app.review_nomination(&reviewer, &id, "APPROVE", None).await),
        "FORBIDDEN"
    );
    assert_eq!(
        status_of(&app.review_nomination(&office, &id, "APPROVE", None).await),
        "FINAL_REVIEW"
    );
    assert_eq!(
        status_of(&app.review_nomination(&leading, &id, "APPROVE", None).await),
        "APPROVED"
    );
    assert_eq!(
        code(&app.review_nomination(&leading, &id, "APPROVE", None).await),
        "INVALID_TRANSITION"
    );
}

#[tokio::test]
async fn a_reviewer_unit_sees_only_the_nominations_routed_to_it() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let gxj = app.create_unit(&office, "縣工信局", "REVIEWER").await;
    let gsl = app.create_unit(&office, "縣工商聯", "REVIEWER").await;
    let (_, reviewer_gsl) = app
        .member(&office, "gsl.reviewer", "REVIEWER", Some(&gsl))
        .await;
    let answer = app
        .gql(
            Some(&office),
            SUBMIT,
            json!({ "i": point_input("騰訊岳陽", "9144030071526726XG") }),
        )
        .await;
    let id = answer["data"]["submitNomination"]["nomination"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    app.gql(
        Some(&office),
        "mutation($n: ID!, $u: ID!) { routeNomination(input: {nominationId: $n, reviewerUnitId: $u}) { nomination { id } } }",
        json!({ "n": id, "u": gxj }),
    )
    .await;
    let list = app
        .gql(
            Some(&reviewer_gsl),
            "{ nominations { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(list["data"]["nominations"]["totalCount"], json!(0));
    assert_eq!(
        code(
            &app.review_nomination(&reviewer_gsl, &id, "APPROVE", None)
                .await
        ),
        "NOT_FOUND"
    );
    assert_eq!(
        code(
            &app.gql(Some(&reviewer_gsl), NOMINATION, json!({ "id": id }))
                .await
        ),
        "NOT_FOUND"
    );
}

#[tokio::test]
async fn roles_outside_a_step_are_refused_and_reasons_are_required() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, supervisor) = app.member(&office, "sup.account", "SUPERVISOR", None).await;
    let id = app.supervisor_nomination(&office, "李四", ID_A).await;

    assert_eq!(
        code(&app.review_nomination(&leading, &id, "APPROVE", None).await),
        "FORBIDDEN"
    );
    assert_eq!(
        code(&app.review_nomination(&handler, &id, "APPROVE", None).await),
        "NOT_FOUND"
    );
    assert_eq!(
        code(
            &app.review_nomination(&supervisor, &id, "APPROVE", None)
                .await
        ),
        "NOT_FOUND"
    );
    let no_reason = app.review_nomination(&office, &id, "REJECT", None).await;
    assert_eq!(code(&no_reason), "VALIDATION");
    assert_eq!(no_reason["errors"][0]["extensions"]["field"], "comment");
    app.review_nomination(&office, &id, "APPROVE", None).await;
    assert_eq!(
        code(&app.review_nomination(&office, &id, "APPROVE", None).await),
        "FORBIDDEN"
    );
    let submit_by_handler = app
        .gql(
            Some(&handler),
            SUBMIT,
            json!({ "i": point_input("x公司", "91350100M000100Y43") }),
        )
        .await;
    assert_eq!(code(&submit_by_handler), "FORBIDDEN");
}

#[tokio::test]
async fn another_regions_office_and_leading_group_cannot_touch_a_nomination() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let (other_office, other_leading) = app.office_and_leading_group("430623").await;
    let id = app.supervisor_nomination(&office, "張三", ID_A).await;
    assert_eq!(
        code(
            &app.review_nomination(&other_office, &id, "APPROVE", None)
                .await
        ),
        "NOT_FOUND"
    );
    app.review_nomination(&office, &id, "APPROVE", None).await;
    assert_eq!(
        code(
            &app.review_nomination(&other_leading, &id, "APPROVE", None)
                .await
        ),
        "NOT_FOUND"
    );
    let list = app
        .gql(
            Some(&other_office),
            "{ nominations { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(list["data"]["nominations"]["totalCount"], json!(0));
    let reveal = app
        .gql(
            Some(&other_office),
            "mutation($id: ID!) { revealSensitive(input: {memberId: $id}) { idNumber } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(code(&reveal), "NOT_FOUND");
}

#[tokio::test]
async fn an_anonymous_self_nomination_gets_a_receipt_that_tells_only_the_stage() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let mut input = point_input("某個體戶", "91350100M000100Y43");
    input["recommender"] = json!("SELF_NOMINATED");
    input["category"] = json!("INDIVIDUAL_BUSINESS");
    input["regionCode"] = json!("430621");
    let answer = app.gql(None, SUBMIT, json!({ "i": input })).await;
    let receipt = answer["data"]["submitNomination"]["receiptCode"]
        .as_str()
        .expect("receipt")
        .to_owned();
    assert!(receipt.len() >= 40, "unguessable receipt");
    assert_eq!(
        answer["data"]["submitNomination"]["nomination"],
        Value::Null
    );

    let status = "query($r: String!) { nominationStatus(receiptCode: $r) { status reason } }";
    let seen = app.gql(None, status, json!({ "r": receipt })).await;
    assert_eq!(
        seen["data"]["nominationStatus"],
        json!({ "status": "NOMINATED", "reason": null })
    );

    let list = app
        .gql(
            Some(&office),
            "{ nominations { edges { node { id } } } }",
            json!({}),
        )
        .await;
    let id = list["data"]["nominations"]["edges"][0]["node"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    app.review_nomination(&office, &id, "REJECT", Some("不在本縣經營"))
        .await;
    let seen = app.gql(None, status, json!({ "r": receipt })).await;
    assert_eq!(
        seen["data"]["nominationStatus"],
        json!({ "status": "REJECTED", "reason": "不在本縣經營" })
    );
    let guessed = app.gql(None, status, json!({ "r": "guess" })).await;
    assert_eq!(code(&guessed), "NOT_FOUND");

    let mut by_body = point_input("冒名推薦", "914403001922038216");
    by_body["regionCode"] = json!("430621");
    assert_eq!(
        code(&app.gql(None, SUBMIT, json!({ "i": by_body })).await),
        "VALIDATION"
    );
}

#[tokio::test]
async fn a_self_nomination_carries_documents_that_only_its_reviewers_download() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let mut input = point_input("某個體戶", "91350100M000100Y43");
    input["recommender"] = json!("SELF_NOMINATED");
    input["category"] = json!("INDIVIDUAL_BUSINESS");
    input["regionCode"] = json!("430621");
    let sent: Value = upload_as(&app, None, SUBMIT, input, &[("營業執照.pdf", PDF)])
        .await
        .json()
        .await
        .expect("json");
    assert!(
        sent["data"]["submitNomination"]["receiptCode"].is_string(),
        "{sent}"
    );

    let listed = app
        .gql(
            Some(&office),
            "{ nominations { edges { node { attachments { fileName contentType url } } } } }",
            json!({}),
        )
        .await;
    let document = &listed["data"]["nominations"]["edges"][0]["node"]["attachments"][0];
    assert_eq!(document["fileName"], "營業執照.pdf", "{listed}");
    let url = document["url"].as_str().expect("url").to_owned();
    let fetch = |token: Option<String>| {
        let mut request = app.client().get(app.url(&url));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    let got = fetch(Some(office.clone())).await.expect("sent");
    assert_eq!(got.status(), 200);
    assert_eq!(got.bytes().await.expect("bytes").as_ref(), PDF);
    assert_eq!(fetch(Some(leading)).await.expect("sent").status(), 200);
    assert_eq!(fetch(None).await.expect("sent").status(), 401);
    let elsewhere = app.office("430623").await;
    assert_eq!(fetch(Some(elsewhere)).await.expect("sent").status(), 404);
}

#[tokio::test]
async fn the_public_sees_which_counties_run_the_programme() {
    let app = spawn_app().await;
    app.office("430621").await;
    app.office("430623").await;
    let answer = app
        .gql(None, "{ publishedRegions { code } }", json!({}))
        .await;
    assert_eq!(
        answer["data"]["publishedRegions"],
        json!([{ "code": "430621" }, { "code": "430623" }])
    );
}

#[tokio::test]
async fn anonymous_nominations_are_rate_limited_per_address() {
    let app = spawn_app_with(|s| s.membership.anonymous_nominations_per_hour = 2).await;
    app.office("430621").await;
    let codes = [
        "91350100M000100Y43",
        "914403001922038216",
        "9144030071526726XG",
    ];
    let mut answers = Vec::new();
    for (i, credit_code) in codes.iter().enumerate() {
        let mut input = point_input(&format!("店{i}"), credit_code);
        input["recommender"] = json!("SELF_NOMINATED");
        input["regionCode"] = json!("430621");
        answers.push(app.gql(None, SUBMIT, json!({ "i": input })).await);
    }
    assert!(answers[1]["data"]["submitNomination"]["receiptCode"].is_string());
    assert_eq!(code(&answers[2]), "RATE_LIMITED");
}

#[tokio::test]
async fn nominations_with_bad_numbers_or_missing_material_are_refused() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let bad_id = app
        .nominate_supervisor(&office, "錯號", "430621198001010027")
        .await;
    assert_eq!(bad_id["errors"][0]["extensions"]["field"], "idNumber");
    let bad_code = app
        .gql(
            Some(&office),
            SUBMIT,
            json!({ "i": point_input("錯碼公司", "91350100M000100Y44") }),
        )
        .await;
    assert_eq!(bad_code["errors"][0]["extensions"]["field"], "creditCode");
    let mut no_code = point_input("無碼公司", "x");
    no_code
        .as_object_mut()
        .expect("object")
        .remove("creditCode");
    let answer = app
        .gql(Some(&office), SUBMIT, json!({ "i": no_code }))
        .await;
    assert_eq!(answer["errors"][0]["extensions"]["field"], "creditCode");
    let mut wrong_category = point_input("錯類", "91350100M000100Y43");
    wrong_category["category"] = json!("SOCIAL_REPRESENTATIVE");
    let answer = app
        .gql(Some(&office), SUBMIT, json!({ "i": wrong_category }))
        .await;
    assert_eq!(answer["errors"][0]["extensions"]["field"], "category");
    let count = app
        .gql(Some(&office), "{ nominations { totalCount } }", json!({}))
        .await;
    assert_eq!(count["data"]["nominations"]["totalCount"], json!(0));
}

#[tokio::test]
async fn the_same_person_cannot_be_nominated_twice_while_one_is_open() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    app.supervisor_nomination(&office, "王五", ID_A).await;
    let again = app.nominate_supervisor(&office, "王五", ID_A).await;
    assert_eq!(code(&again), "CONFLICT");
    let id = app.supervisor_nomination(&office, "趙六", ID_B).await;
    app.review_nomination(&office, &id, "REJECT", Some("不符合條件"))
        .await;
    assert!(
        app.nominate_supervisor(&office, "趙六", ID_B).await["data"]["submitNomination"]
            .is_object()
    );
}

#[tokio::test]
async fn the_age_limit_is_checked_on_the_approval_date_in_the_regions_time_zone() {
    // The test clock stands at 2025-03-03 09:00 in Asia/Shanghai.
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let turns_61_tomorrow = app
        .supervisor_nomination(&office, "明天六十一", "430621196403040018")
        .await;
    let turned_61_today = app
        .supervisor_nomination(&office, "今天六十一", "430621196403030012")
        .await;
    for id in [&turns_61_tomorrow, &turned_61_today] {
        app.review_nomination(&office, id, "APPROVE", None).await;
    }
    // The leading group sees the conditions before it decides.
    assert_eq!(
        eligibility_of(&app, &leading, &turns_61_tomorrow).await,
        json!([
            { "rule": "ID_NUMBER", "met": true },
            { "rule": "AGE", "met": true },
            { "rule": "DECLARATIONS", "met": true },
        ])
    );
    assert_eq!(
        eligibility_of(&app, &leading, &turned_61_today).await[1],
        json!({ "rule": "AGE", "met": false })
    );
    assert_eq!(
        status_of(
            &app.review_nomination(&leading, &turns_61_tomorrow, "APPROVE", None)
                .await
        ),
        "APPROVED"
    );
    let refused = app
        .review_nomination(&leading, &turned_61_today, "APPROVE", None)
        .await;
    assert_eq!(code(&refused), "VALIDATION");
    assert_eq!(refused["errors"][0]["extensions"]["field"], "age");
}

async fn eligibility_of(app: &TestApp, token: &str, id: &str) -> Value {
    let answer = app
        .gql(
            Some(token),
            "query($id: ID!) { node(id: $id) { ... on Member { eligibility { rule met } } } }",
            json!({ "id": id }),
        )
        .await;
    answer["data"]["node"]["eligibility"].clone()
}

#[tokio::test]
async fn every_declaration_is_required_at_approval() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let answer = app
        .gql(
            Some(&office),
            SUBMIT,
            json!({ "i": {
                "kind": "SUPERVISOR", "category": "SOCIAL_REPRESENTATIVE", "recommender": "CPPCC",
                "name": "未聲明", "idNumber": ID_A, "phone": "13912345678",
                "declarations": ["NO_DISCIPLINARY_SANCTION", "NO_CRIMINAL_PENALTY"],
            } }),
        )
        .await;
    let id = answer["data"]["submitNomination"]["nomination"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    app.review_nomination(&office, &id, "APPROVE", None).await;
    let refused = app.review_nomination(&leading, &id, "APPROVE", None).await;
    assert_eq!(refused["errors"][0]["extensions"]["field"], "declarations");
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("not_on_dishonest_list")
    );
}

#[tokio::test]
async fn going_beyond_the_quota_needs_an_override_with_a_reason_and_is_audited() {
    let app = spawn_app_with(|s| s.membership.supervisor_quota = 1).await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let first = app.supervisor_nomination(&office, "第一", ID_A).await;
    let second = app.supervisor_nomination(&office, "第二", ID_B).await;
    for id in [&first, &second] {
        app.review_nomination(&office, id, "APPROVE", None).await;
    }
    assert_eq!(
        status_of(
            &app.review_nomination(&leading, &first, "APPROVE", None)
                .await
        ),
        "APPROVED"
    );
    assert_eq!(
        code(
            &app.review_nomination(&leading, &second, "APPROVE", None)
                .await
        ),
        "CONFLICT"
    );
    const PLACES: &str = "{ membershipPlaces { kind quota filled } }";
    assert_eq!(
        app.gql(Some(&leading), PLACES, json!({})).await["data"]["membershipPlaces"],
        json!([
            { "kind": "SUPERVISOR", "quota": 1, "filled": 1 },
            { "kind": "MONITORING_POINT", "quota": 15, "filled": 0 },
        ])
    );
    assert_eq!(
        code(&app.gql(None, PLACES, json!({})).await),
        "UNAUTHENTICATED"
    );
    let approve = "mutation($i: ReviewNominationInput!) { reviewNomination(input: $i) { nomination { status quotaOverrideReason } } }";
    let no_reason = app
        .gql(Some(&leading), approve, json!({ "i": { "nominationId": second, "decision": "APPROVE", "overrideQuota": true } }))
        .await;
    assert_eq!(
        no_reason["errors"][0]["extensions"]["field"],
        "overrideReason"
    );
    let overridden = app
        .gql(
            Some(&leading),
            approve,
            json!({ "i": { "nominationId": second, "decision": "APPROVE", "overrideQuota": true, "overrideReason": "人大代表，領導小組會議同意" } }),
        )
        .await;
    assert_eq!(
        overridden["data"]["reviewNomination"]["nomination"],
        json!({ "status": "APPROVED", "quotaOverrideReason": "人大代表，領導小組會議同意" })
    );
    let audit = app
        .gql(
            Some(&office),
            "{ auditEvents(filter: {action: \"reviewNomination\"}) { edges { node { after } } } }",
            json!({}),
        )
        .await;
    let afters: Vec<String> = audit["data"]["auditEvents"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["after"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(
        afters.iter().any(|a| a.contains("領導小組會議同意")),
        "{afters:?}"
    );
}

#[tokio::test]
async fn id_numbers_and_phones_are_sealed_at_rest_masked_in_answers_and_revealed_with_an_audit() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let id = app.supervisor_nomination(&office, "保密", ID_A).await;

    let rows = app
        .state
        .db
        .query_all_raw(Statement::from_string(
            app.state.db.get_database_backend(),
            "SELECT * FROM members",
        ))
        .await
        .expect("rows");
    assert_eq!(rows.len(), 1);
    let raw = format!("{:?}", rows[0]);
    assert!(
        !raw.contains("198001010026") && !raw.contains("13912345678"),
        "plaintext at rest: {raw}"
    );

    let seen = app
        .gql(Some(&leading), NOMINATION, json!({ "id": id }))
        .await;
    assert_eq!(seen["data"]["node"]["idNumber"], "430621********0026");
    let reveal =
        "mutation($id: ID!) { revealSensitive(input: {memberId: $id}) { idNumber phone } }";
    assert_eq!(
        code(&app.gql(Some(&leading), reveal, json!({ "id": id })).await),
        "FORBIDDEN"
    );
    let revealed = app.gql(Some(&office), reveal, json!({ "id": id })).await;
    assert_eq!(
        revealed["data"]["revealSensitive"],
        json!({ "idNumber": ID_A, "phone": "13912345678" })
    );
    let audit = app
        .gql(Some(&office), "{ auditEvents(filter: {action: \"revealSensitive\"}) { edges { node { result actorUsername } } } }", json!({}))
        .await;
    assert_eq!(
        audit["data"]["auditEvents"]["edges"],
        json!([
            { "node": { "result": "success", "actorUsername": "office430621" } },
            { "node": { "result": "denied", "actorUsername": "lg430621" } },
        ])
    );
}

#[tokio::test]
async fn a_returned_nomination_comes_back_once_resubmitted() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let id = app.supervisor_nomination(&office, "補材料", ID_A).await;
    app.review_nomination(&office, &id, "APPROVE", None).await;
    let returned = app
        .review_nomination(&leading, &id, "RETURN", Some("請補充推薦函"))
        .await;
    assert_eq!(
        returned["data"]["reviewNomination"]["nomination"],
        json!({ "status": "RETURNED", "statusReason": "請補充推薦函" })
    );
    let resubmitted = app
        .gql(Some(&office), "mutation($id: ID!) { resubmitNomination(input: {nominationId: $id, comment: \"已補充\"}) { nomination { status } } }", json!({ "id": id }))
        .await;
    assert_eq!(
        resubmitted["data"]["resubmitNomination"]["nomination"]["status"],
        "NOMINATED"
    );
}

#[tokio::test]
async fn npc_deputies_and_cppcc_members_are_listed_first() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    app.supervisor_nomination(&office, "普通", ID_A).await;
    let answer = app
        .gql(
            Some(&office),
            SUBMIT,
            json!({ "i": {
                "kind": "SUPERVISOR", "category": "OVERSIGHT_REPRESENTATIVE", "recommender": "NPC",
                "name": "人大代表", "npcOrCppcc": true, "idNumber": ID_B, "phone": "13912345679",
            } }),
        )
        .await;
    assert!(answer["data"]["submitNomination"].is_object(), "{answer}");
    let list = app
        .gql(
            Some(&office),
            "{ nominations { edges { node { name npcOrCppcc } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        list["data"]["nominations"]["edges"],
        json!([
            { "node": { "name": "人大代表", "npcOrCppcc": true } },
            { "node": { "name": "普通", "npcOrCppcc": false } },
        ])
    );
}
