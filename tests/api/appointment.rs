//! Training, certificates and plaques: members become active and get their accounts.

use serde_json::{Value, json};

use crate::harness::{TestApp, code, spawn_app};

const ID_A: &str = "430621198001010026";
const ID_B: &str = "430621198001010034";

async fn approved_supervisor(
    app: &TestApp,
    office: &str,
    leading: &str,
    name: &str,
    id_number: &str,
) -> String {
    let id = app.supervisor_nomination(office, name, id_number).await;
    app.review_nomination(office, &id, "APPROVE", None).await;
    app.review_nomination(leading, &id, "APPROVE", None).await;
    id
}

async fn train(app: &TestApp, office: &str, ids: &[&str]) -> Value {
    app.gql(
        Some(office),
        "mutation($i: RecordTrainingInput!) { recordTraining(input: $i) { trainingSession { title heldOn } attendees { name status } } }",
        json!({ "i": { "title": "監督員崗前培訓", "heldOn": "2025-03-01", "place": "縣政府三樓", "memberIds": ids } }),
    )
    .await
}

const CERTIFICATE: &str = "mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { member { status certificateNumber termStartsOn termEndsOn } account { username role } temporaryPassword } }";

const SESSIONS: &str =
    "{ trainingSessions { totalCount nodes { title heldOn place attendees { name status } } } }";

#[tokio::test]
async fn training_sessions_are_listed_with_who_attended_for_the_county_only() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let wang = approved_supervisor(&app, &office, &leading, "王建國", ID_A).await;
    let li = approved_supervisor(&app, &office, &leading, "李衛東", ID_B).await;
    train(&app, &office, &[&wang, &li]).await;
    // A second session, for the one who missed part of the first.
    let again = app
        .gql(
            Some(&office),
            "mutation($i: RecordTrainingInput!) { recordTraining(input: $i) { attendees { name } } }",
            json!({ "i": { "title": "補訓", "heldOn": "2025-03-02", "memberIds": [li] } }),
        )
        .await;
    assert!(again["errors"].is_null(), "{again}");

    let expected = json!({ "totalCount": 2, "nodes": [
        { "title": "補訓", "heldOn": "2025-03-02", "place": null,
          "attendees": [{ "name": "李衛東", "status": "TRAINED" }] },
        { "title": "監督員崗前培訓", "heldOn": "2025-03-01", "place": "縣政府三樓",
          "attendees": [{ "name": "王建國", "status": "TRAINED" }, { "name": "李衛東", "status": "TRAINED" }] },
    ] });
    for token in [&office, &leading] {
        let listed = app.gql(Some(token), SESSIONS, json!({})).await;
        assert_eq!(listed["data"]["trainingSessions"], expected, "{listed}");
    }

    // Another county's office sees none of them; a unit's handler may not ask.
    let other = app.office("430602").await;
    let elsewhere = app.gql(Some(&other), SESSIONS, json!({})).await;
    assert_eq!(
        elsewhere["data"]["trainingSessions"],
        json!({ "totalCount": 0, "nodes": [] })
    );
    let unit = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "handler.sj", "UNIT_HANDLER", Some(&unit))
        .await;
    let refused = app.gql(Some(&handler), SESSIONS, json!({})).await;
    assert_eq!(code(&refused), "FORBIDDEN", "{refused}");
}

#[tokio::test]
async fn a_trained_supervisor_gets_a_certificate_a_term_and_an_account() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let id = approved_supervisor(&app, &office, &leading, "王建國", ID_A).await;

    let early = app
        .gql(Some(&office), CERTIFICATE, json!({ "i": { "memberId": id, "certificateNumber": "YY-001", "newAccount": { "username": "wang.jg" } } }))
        .await;
    assert_eq!(code(&early), "INVALID_TRANSITION");

    let trained = train(&app, &office, &[&id]).await;
    assert_eq!(
        trained["data"]["recordTraining"]["attendees"],
        json!([{ "name": "王建國", "status": "TRAINED" }])
    );

    let issued = app
        .gql(Some(&office), CERTIFICATE, json!({ "i": { "memberId": id, "certificateNumber": "YY-001", "newAccount": { "username": "wang.jg", "email": "wjg@example.cn" } } }))
        .await;
    let payload = &issued["data"]["issueCertificate"];
    assert_eq!(
        payload["member"],
        json!({ "status": "ACTIVE", "certificateNumber": "YY-001", "termStartsOn": "2025-03-03", "termEndsOn": "2027-03-02" })
    );
    assert_eq!(
        payload["account"],
        json!({ "username": "wang.jg", "role": "SUPERVISOR" })
    );

    // The new supervisor signs in, changes the one-time password and sees their membership.
    let temporary = payload["temporaryPassword"].as_str().expect("password");
    let token = app.first_sign_in("wang.jg", temporary).await;
    let mine = app
        .gql(
            Some(&token),
            "{ supervisors { edges { node { name phone } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        mine["data"]["supervisors"]["edges"],
        json!([{ "node": { "name": "王建國", "phone": "139****5678" } }])
    );
}

#[tokio::test]
async fn a_new_account_is_reached_where_the_nomination_said_and_the_member_keeps_it_current() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let nominated = app
        .gql(
            Some(&office),
            "mutation($i: SubmitNominationInput!) { submitNomination(input: $i) { nomination { id } } }",
            json!({ "i": {
                "kind": "SUPERVISOR", "category": "ENTERPRISE_REPRESENTATIVE", "recommender": "NPC",
                "name": "周海燕", "idNumber": ID_A, "phone": "13912345678", "email": "zhouhy@example.cn",
                "declarations": ["NO_DISCIPLINARY_SANCTION", "NO_CRIMINAL_PENALTY", "NOT_ON_DISHONEST_LIST"],
            } }),
        )
        .await;
    let id = nominated["data"]["submitNomination"]["nomination"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{nominated}"))
        .to_owned();
    app.review_nomination(&office, &id, "APPROVE", None).await;
    app.review_nomination(&leading, &id, "APPROVE", None).await;
    train(&app, &office, &[&id]).await;
    let issued = app
        .gql(
            Some(&office),
            "mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { account { email phone } temporaryPassword } }",
            json!({ "i": { "memberId": id, "certificateNumber": "YY-009", "newAccount": { "username": "zhou.hy" } } }),
        )
        .await;
    let payload = &issued["data"]["issueCertificate"];
    assert_eq!(
        payload["account"],
        json!({ "email": "zhouhy@example.cn", "phone": "139****5678" }),
        "{issued}"
    );

    // The supervisor moves to another address and number.
    let temporary = payload["temporaryPassword"].as_str().expect("password");
    let token = app.first_sign_in("zhou.hy", temporary).await;
    const CONTACT: &str = "mutation($i: UpdateOwnContactInput!) { updateOwnContact(input: $i) { account { email phone } } }";
    let refused = app
        .gql(
            Some(&token),
            CONTACT,
            json!({ "i": { "email": "not an address" } }),
        )
        .await;
    assert_eq!(code(&refused), "VALIDATION");
    assert_eq!(refused["errors"][0]["extensions"]["field"], "email");
    let changed = app
        .gql(
            Some(&token),
            CONTACT,
            json!({ "i": { "email": "zhouhy@work.cn", "phone": "13700001111" } }),
        )
        .await;
    assert_eq!(
        changed["data"]["updateOwnContact"]["account"],
        json!({ "email": "zhouhy@work.cn", "phone": "13700001111" }),
        "{changed}"
    );
    // The office's roster shows it, the phone masked; the change is in the trail.
    let roster = app
        .gql(
            Some(&office),
            "query($id: ID!) { node(id: $id) { ... on Member { email phone } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        roster["data"]["node"],
        json!({ "email": "zhouhy@work.cn", "phone": "137****1111" })
    );
    let trail = app
        .gql(
            Some(&office),
            "{ auditEvents(filter: {action: \"updateOwnContact\"}) { nodes { targetType } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        trail["data"]["auditEvents"]["nodes"],
        // Newest first: the account, its membership, and the refused attempt before them.
        json!([{ "targetType": "Account" }, { "targetType": "Member" }, { "targetType": null }]),
        "{trail}"
    );
}

#[tokio::test]
async fn certificate_numbers_are_unique_in_the_region() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let a = approved_supervisor(&app, &office, &leading, "甲", ID_A).await;
    let b = approved_supervisor(&app, &office, &leading, "乙", ID_B).await;
    train(&app, &office, &[&a, &b]).await;
    app.gql(Some(&office), CERTIFICATE, json!({ "i": { "memberId": a, "certificateNumber": "YY-001", "newAccount": { "username": "jia.one" } } }))
        .await;
    let again = app
        .gql(Some(&office), CERTIFICATE, json!({ "i": { "memberId": b, "certificateNumber": "YY-001", "newAccount": { "username": "yi.two" } } }))
        .await;
    assert_eq!(code(&again), "CONFLICT");
    let both = app
        .gql(Some(&office), CERTIFICATE, json!({ "i": { "memberId": b, "certificateNumber": "YY-002", "newAccount": { "username": "yi.two" }, "accountId": "QWNjb3VudDox" } }))
        .await;
    assert_eq!(code(&both), "VALIDATION");
}

#[tokio::test]
async fn a_point_gets_its_plaque_and_an_existing_liaison_account() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣工商聯", "REVIEWER").await;
    let (_, reviewer) = app
        .member(&office, "gsl.reviewer", "REVIEWER", Some(&unit))
        .await;
    let (liaison_id, liaison) = app.member(&office, "liaison.hw", "LIAISON", None).await;
    let submitted = app
        .gql(
            Some(&office),
            "mutation($i: SubmitNominationInput!) { submitNomination(input: $i) { nomination { id } } }",
            json!({ "i": {
                "kind": "MONITORING_POINT", "category": "INDUSTRY_ASSOCIATION", "recommender": "SOCIETY",
                "name": "岳陽縣個體勞動者協會", "creditCode": "91330100716105852F",
                "declarations": ["LAWFUL_OPERATION", "TAX_COMPLIANCE", "GOOD_REPUTATION"],
            } }),
        )
        .await;
    let id = submitted["data"]["submitNomination"]["nomination"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    app.gql(
        Some(&office),
        "mutation($n: ID!, $u: ID!) { routeNomination(input: {nominationId: $n, reviewerUnitId: $u}) { nomination { id } } }",
        json!({ "n": id, "u": unit }),
    )
    .await;
    app.review_nomination(&reviewer, &id, "APPROVE", None).await;
    app.review_nomination(&office, &id, "APPROVE", None).await;
    app.review_nomination(&leading, &id, "APPROVE", None).await;

    let plaque = "mutation($i: AwardPlaqueInput!) { awardPlaque(input: $i) { member { status plaqueNumber termEndsOn account { username } } temporaryPassword } }";
    let awarded = app
        .gql(Some(&office), plaque, json!({ "i": { "memberId": id, "plaqueNumber": "監測點-01", "termStartsOn": "2025-07-01", "liaisonAccountId": liaison_id } }))
        .await;
    assert_eq!(
        awarded["data"]["awardPlaque"],
        json!({ "member": { "status": "ACTIVE", "plaqueNumber": "監測點-01", "termEndsOn": "2027-06-30", "account": { "username": "liaison.hw" } }, "temporaryPassword": null })
    );
    let mine = app
        .gql(
            Some(&liaison),
            "{ monitoringPoints { edges { node { name } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        mine["data"]["monitoringPoints"]["edges"],
        json!([{ "node": { "name": "岳陽縣個體勞動者協會" } }])
    );
}

#[tokio::test]
async fn only_the_office_trains_and_appoints() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let id = approved_supervisor(&app, &office, &leading, "甲", ID_A).await;
    assert_eq!(code(&train(&app, &leading, &[&id]).await), "FORBIDDEN");
    let other_office = app.office("430623").await;
    assert_eq!(code(&train(&app, &other_office, &[&id]).await), "NOT_FOUND");
    let unapproved = app.supervisor_nomination(&office, "乙", ID_B).await;
    assert_eq!(
        code(&train(&app, &office, &[&unapproved]).await),
        "INVALID_TRANSITION"
    );
}
