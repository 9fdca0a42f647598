//! A member's own home: its membership, its quarter against the notice's quotas, and what
//! waits for its answer; nobody else reads the last.

use serde_json::{Value, json};

use crate::{
    harness::{NEW_PASSWORD, TestApp, code, spawn_app},
    mail::at,
};

const ID_A: &str = "430621198001010026";
const ID_B: &str = "430621198001010034";

const HOME: &str = "{ viewer { member { name status certificateNumber termEndsOn
    compliance(quarter: \"2025Q1\") { problemReports valuableSuggestions problemQuotaMet suggestionQuotaMet status }
    awaiting { reportsToRate invitations consultations surveys } } } }";

async fn ok(app: &TestApp, token: &str, query: &str, variables: Value) -> Value {
    let answer = app.gql(Some(token), query, variables).await;
    assert!(answer["errors"].is_null(), "{query}: {answer}");
    answer["data"].clone()
}

#[tokio::test]
async fn a_member_sees_its_quarter_against_the_quotas_and_what_waits_for_its_answer() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let (a_id, a) = app
        .active_supervisor(&office, &leading, "sup.a", ID_A)
        .await;
    let home = ok(&app, &a, HOME, json!({})).await;
    assert_eq!(
        home["viewer"]["member"],
        json!({
            "name": "sup.a", "status": "ACTIVE", "certificateNumber": "NO-sup.a", "termEndsOn": "2027-03-02",
            "compliance": { "problemReports": 0, "valuableSuggestions": 0, "problemQuotaMet": false, "suggestionQuotaMet": false, "status": "SHORT" },
            "awaiting": { "reportsToRate": 0, "invitations": 0, "consultations": 0, "surveys": 0 },
        })
    );

    // A problem reported, accepted and fed back; a meeting, a consultation and a survey.
    let report = ok(
        &app,
        &a,
        "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
        json!({ "i": { "kind": "PROBLEM", "title": "窗口推諉", "body": "具體情況。", "area": "GOVERNMENT_SERVICES" } }),
    )
    .await["submitReport"]["report"]["id"]
        .clone();
    ok(
        &app,
        &office,
        "mutation($r: ID!) { acceptReport(input: {reportId: $r}) { report { id } } }",
        json!({ "r": report }),
    )
    .await;
    ok(&app, &office, "mutation($r: ID!) { giveFeedback(input: {reportId: $r, feedback: \"已督促整改。\"}) { report { id } } }", json!({ "r": report })).await;
    let meeting = ok(
        &app,
        &office,
        "mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { meeting { id } } }",
        json!({ "i": { "kind": "SYMPOSIUM", "topic": "座談會", "place": "縣工商聯", "startsAt": "2025-03-10T02:00:00Z",
                       "endsAt": "2025-03-10T04:00:00Z", "memberIds": [a_id] } }),
    )
    .await["createMeeting"]["meeting"]["id"]
        .clone();
    ok(
        &app,
        &office,
        "mutation($m: ID!) { announceMeeting(input: {meetingId: $m}) { meeting { id } } }",
        json!({ "m": meeting }),
    )
    .await;
    let consultation = ok(
        &app,
        &office,
        "mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { consultation { id } } }",
        json!({ "i": { "title": "政策徵求意見", "body": "草案全文。", "closesOn": "2025-03-20" } }),
    )
    .await["openConsultation"]["consultation"]["id"]
        .clone();
    let survey = ok(
        &app,
        &office,
        "mutation($i: OpenSurveyInput!) { openSurvey(input: $i) { survey { id } } }",
        json!({ "i": { "title": "一季度測評", "period": "2025年第一季度", "unitIds": [unit], "closesOn": "2025-03-14" } }),
    )
    .await["openSurvey"]["survey"]["id"]
        .clone();

    let home = ok(&app, &a, HOME, json!({})).await;
    let member = &home["viewer"]["member"];
    assert_eq!(member["compliance"]["problemReports"], json!(1));
    assert_eq!(member["compliance"]["problemQuotaMet"], json!(true));
    assert_eq!(
        member["awaiting"],
        json!({ "reportsToRate": 1, "invitations": 1, "consultations": 1, "surveys": 1 })
    );

    // Each answered, it waits no more.
    ok(&app, &a, "mutation($r: ID!) { rateHandling(input: {reportId: $r, rating: SATISFIED}) { report { id } } }", json!({ "r": report })).await;
    let invitation = ok(
        &app,
        &a,
        "query($m: ID!) { node(id: $m) { ... on Meeting { invitations { id } } } }",
        json!({ "m": meeting }),
    )
    .await["node"]["invitations"][0]["id"]
        .clone();
    ok(&app, &a, "mutation($i: ID!) { respondInvitation(input: {invitationId: $i, response: ACCEPT}) { invitation { status } } }", json!({ "i": invitation })).await;
    ok(&app, &a, "mutation($c: ID!) { submitOpinion(input: {consultationId: $c, body: \"建議簡化流程。\"}) { opinion { id } } }", json!({ "c": consultation })).await;
    ok(&app, &a, "mutation($s: ID!, $u: ID!) { submitSurveyResponse(input: {surveyId: $s, ratings: [{unitId: $u, level: SATISFIED}]}) { responses { level } } }", json!({ "s": survey, "u": unit })).await;
    let home = ok(&app, &a, HOME, json!({})).await;
    assert_eq!(
        home["viewer"]["member"]["awaiting"],
        json!({ "reportsToRate": 0, "invitations": 0, "consultations": 0, "surveys": 0 })
    );

    // Open until the end of the closing day in the county's time (the survey closes on the
    // 14th, the consultation on the 20th).
    let open = "{ consultations { edges { node { open } } } surveys { edges { node { open } } } }";
    let still = |answer: Value| {
        (
            answer["consultations"]["edges"][0]["node"]["open"].clone(),
            answer["surveys"]["edges"][0]["node"]["open"].clone(),
        )
    };
    app.clock.set(at("2025-03-14T15:59:00Z"));
    let a = app.token_for("sup.a", NEW_PASSWORD).await;
    assert_eq!(
        still(ok(&app, &a, open, json!({})).await),
        (json!(true), json!(true))
    );
    app.clock.set(at("2025-03-14T16:00:00Z"));
    assert_eq!(
        still(ok(&app, &a, open, json!({})).await),
        (json!(true), json!(false))
    );
}

#[tokio::test]
async fn nobody_else_reads_what_waits_for_a_member_and_a_unit_sees_no_members_figures() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "zjj.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (a_id, _) = app
        .active_supervisor(&office, &leading, "sup.a", ID_A)
        .await;
    let (_, b) = app
        .active_supervisor(&office, &leading, "sup.b", ID_B)
        .await;
    let figures = "query($m: ID!) { node(id: $m) { ... on Member { compliance(quarter: \"2025Q1\") { problemReports } } } }";
    let waiting =
        "query($m: ID!) { node(id: $m) { ... on Member { awaiting { reportsToRate } } } }";

    // The office reads a member's figures, not what waits for its answer.
    let seen = ok(&app, &office, figures, json!({ "m": a_id })).await;
    assert_eq!(seen["node"]["compliance"]["problemReports"], json!(0));
    assert_eq!(
        code(&app.gql(Some(&office), waiting, json!({ "m": a_id })).await),
        "FORBIDDEN"
    );
    // Another supervisor and a unit find no such member.
    for token in [&b, &handler] {
        assert_eq!(
            code(&app.gql(Some(token), figures, json!({ "m": a_id })).await),
            "NOT_FOUND"
        );
    }
    // Only members have a membership.
    let viewer = ok(&app, &handler, "{ viewer { member { id } } }", json!({})).await;
    assert_eq!(viewer["viewer"]["member"], Value::Null);
}
