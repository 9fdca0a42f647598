//! Exits, sanctions and exit candidates.

use chrono::Duration;
use serde_json::json;

use crate::harness::{ADMIN_PASSWORD, NEW_PASSWORD, code, spawn_app};

const ID_A: &str = "430621198001010026";
const ID_B: &str = "430621198001010034";
const EXIT: &str =
    "mutation($i: DecideExitInput!) { decideExit(input: $i) { member { status statusReason } } }";
const SANCTION: &str = "mutation($i: SanctionSupervisorInput!) { sanctionSupervisor(input: $i) { member { status reviews { decision comment } } } }";
const CANDIDATES: &str = "{ exitCandidates { member { name } silentSixMonths unexcusedAbsences } }";

#[tokio::test]
async fn a_member_silent_for_six_months_becomes_an_exit_candidate() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    app.active_supervisor(&office, &leading, "sup.quiet", ID_A)
        .await;
    app.active_supervisor(&office, &leading, "sup.busy", ID_B)
        .await;
    let now = app.gql(Some(&office), CANDIDATES, json!({})).await;
    assert_eq!(now["data"]["exitCandidates"], json!([]));

    app.clock.advance(Duration::days(100));
    let busy = app.token_for("sup.busy", NEW_PASSWORD).await;
    let reported = app
        .gql(
            Some(&busy),
            "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
            json!({ "i": { "kind": "SUGGESTION", "title": "建議", "body": "建議延長辦事大廳午間服務", "area": "GOVERNMENT_SERVICES" } }),
        )
        .await;
    assert!(reported["data"]["submitReport"].is_object(), "{reported}");
    app.clock.advance(Duration::days(84));
    let office = app.token_for("office430621", ADMIN_PASSWORD).await;
    let later = app.gql(Some(&office), CANDIDATES, json!({})).await;
    assert_eq!(
        later["data"]["exitCandidates"],
        json!([{ "member": { "name": "sup.quiet" }, "silentSixMonths": true, "unexcusedAbsences": 0 }])
    );
}

#[tokio::test]
async fn misconduct_disqualifies_and_ends_access_at_once() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (id, supervisor) = app
        .active_supervisor(&office, &leading, "sup.bad", ID_A)
        .await;
    let no_reason = app
        .gql(
            Some(&office),
            EXIT,
            json!({ "i": { "memberId": id, "reason": "MISCONDUCT" } }),
        )
        .await;
    assert_eq!(no_reason["errors"][0]["extensions"]["field"], "comment");
    let by_leading = app
        .gql(
            Some(&leading),
            EXIT,
            json!({ "i": { "memberId": id, "reason": "MISCONDUCT", "comment": "x" } }),
        )
        .await;
    assert_eq!(code(&by_leading), "FORBIDDEN");

    let decided = app
        .gql(Some(&office), EXIT, json!({ "i": { "memberId": id, "reason": "MISCONDUCT", "comment": "以監督員名義謀取私利" } }))
        .await;
    assert_eq!(
        decided["data"]["decideExit"]["member"],
        json!({ "status": "DISQUALIFIED", "statusReason": "以監督員名義謀取私利" })
    );
    assert_eq!(
        code(
            &app.gql(Some(&supervisor), "{ viewer { role } }", json!({}))
                .await
        ),
        "UNAUTHENTICATED"
    );
    let again = app
        .gql(
            Some(&office),
            EXIT,
            json!({ "i": { "memberId": id, "reason": "RESIGNED", "comment": "x" } }),
        )
        .await;
    assert_eq!(code(&again), "INVALID_TRANSITION");
    let published = app
        .gql(
            None,
            r#"{ publishedMembers(regionCode: "430621") { name } }"#,
            json!({}),
        )
        .await;
    assert_eq!(published["data"]["publishedMembers"], json!([]));
}

#[tokio::test]
async fn criticism_is_recorded_and_removal_ends_the_membership() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (id, supervisor) = app
        .active_supervisor(&office, &leading, "sup.warned", ID_A)
        .await;
    let criticised = app
        .gql(
            Some(&office),
            SANCTION,
            json!({ "i": { "memberId": id, "sanction": "CRITICISM", "reason": "未按要求報送" } }),
        )
        .await;
    let member = &criticised["data"]["sanctionSupervisor"]["member"];
    assert_eq!(member["status"], "ACTIVE");
    assert_eq!(
        member["reviews"].as_array().and_then(|r| r.last()).cloned(),
        Some(json!({ "decision": "sanction:criticism", "comment": "未按要求報送" }))
    );
    assert!(
        app.gql(Some(&supervisor), "{ viewer { role } }", json!({}))
            .await["data"]["viewer"]
            .is_object()
    );

    let removed = app
        .gql(
            Some(&office),
            SANCTION,
            json!({ "i": { "memberId": id, "sanction": "REMOVAL", "reason": "屢教不改" } }),
        )
        .await;
    assert_eq!(
        removed["data"]["sanctionSupervisor"]["member"]["status"],
        "REMOVED"
    );
    assert_eq!(
        code(
            &app.gql(Some(&supervisor), "{ viewer { role } }", json!({}))
                .await
        ),
        "UNAUTHENTICATED"
    );
}

#[tokio::test]
async fn another_regions_office_cannot_sanction_or_exit() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let other = app.office("430623").await;
    let (id, _) = app
        .active_supervisor(&office, &leading, "sup.safe", ID_B)
        .await;
    let sanction = app
        .gql(
            Some(&other),
            SANCTION,
            json!({ "i": { "memberId": id, "sanction": "REMOVAL", "reason": "x" } }),
        )
        .await;
    assert_eq!(code(&sanction), "NOT_FOUND");
    let exit = app
        .gql(
            Some(&other),
            EXIT,
            json!({ "i": { "memberId": id, "reason": "INACTIVE", "comment": "x" } }),
        )
        .await;
    assert_eq!(code(&exit), "NOT_FOUND");
    let candidates = app.gql(Some(&other), CANDIDATES, json!({})).await;
    assert_eq!(candidates["data"]["exitCandidates"], json!([]));
}
