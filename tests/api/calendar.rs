//! The office enters its region's holidays and adjusted working weekends.

use serde_json::json;

use crate::harness::{code, spawn_app};

const SET: &str = "mutation($i: SetCalendarDaysInput!) { setCalendarDays(input: $i) { days { date working note } } }";

#[tokio::test]
async fn the_office_enters_a_year_and_entering_it_again_replaces_it() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let spring_festival = json!({ "year": 2025, "days": [
        { "date": "2025-01-26", "working": true, "note": "春節調休" },
        { "date": "2025-01-28", "working": false, "note": "春節" },
        { "date": "2025-01-29", "working": false, "note": "春節" },
    ] });
    let answer = app
        .gql(Some(&office), SET, json!({ "i": spring_festival }))
        .await;
    assert_eq!(
        answer["data"]["setCalendarDays"]["days"]
            .as_array()
            .map(Vec::len),
        Some(3),
        "{answer}"
    );

    let read = app
        .gql(
            Some(&leading),
            "{ calendarDays(year: 2025) { date working } }",
            json!({}),
        )
        .await;
    assert_eq!(
        read["data"]["calendarDays"][0],
        json!({ "date": "2025-01-26", "working": true })
    );

    let replaced = app
        .gql(
            Some(&office),
            SET,
            json!({ "i": { "year": 2025, "days": [{ "date": "2025-10-01", "working": false }] } }),
        )
        .await;
    assert_eq!(
        replaced["data"]["setCalendarDays"]["days"],
        json!([{ "date": "2025-10-01", "working": false, "note": null }])
    );
}

#[tokio::test]
async fn bad_calendars_and_other_roles_are_refused() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let outside = app
        .gql(
            Some(&office),
            SET,
            json!({ "i": { "year": 2025, "days": [{ "date": "2024-12-31", "working": false }] } }),
        )
        .await;
    assert_eq!(outside["errors"][0]["extensions"]["field"], "days");
    let twice = app
        .gql(
            Some(&office),
            SET,
            json!({ "i": { "year": 2025, "days": [{ "date": "2025-05-01", "working": false }, { "date": "2025-05-01", "working": true }] } }),
        )
        .await;
    assert_eq!(twice["errors"][0]["extensions"]["field"], "days");
    let by_leading = app
        .gql(
            Some(&leading),
            SET,
            json!({ "i": { "year": 2025, "days": [] } }),
        )
        .await;
    assert_eq!(code(&by_leading), "FORBIDDEN");
    let other = app.office("430623").await;
    app.gql(
        Some(&office),
        SET,
        json!({ "i": { "year": 2025, "days": [{ "date": "2025-05-01", "working": false }] } }),
    )
    .await;
    let theirs = app
        .gql(
            Some(&other),
            "{ calendarDays(year: 2025) { date } }",
            json!({}),
        )
        .await;
    assert_eq!(theirs["data"]["calendarDays"], json!([]));
}

#[tokio::test]
async fn the_state_council_arrangement_is_offered_to_enter_as_it_is() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let query = "query($y: Int!) { stateCouncilHolidays(year: $y) { date working note } }";
    let published = app.gql(Some(&office), query, json!({ "y": 2025 })).await;
    let days = published["data"]["stateCouncilHolidays"]
        .as_array()
        .cloned()
        .unwrap_or_else(|| panic!("{published}"));
    assert_eq!(days.len(), 33, "{published}");
    assert!(
        days.contains(&json!({ "date": "2025-01-26", "working": true, "note": "春节" })),
        "a 调休 Sunday worked: {published}"
    );
    let entered = app
        .gql(
            Some(&office),
            SET,
            json!({ "i": { "year": 2025, "days": days } }),
        )
        .await;
    assert_eq!(
        entered["data"]["setCalendarDays"]["days"]
            .as_array()
            .map(Vec::len),
        Some(33),
        "{entered}"
    );
    let unpublished = app.gql(Some(&office), query, json!({ "y": 2031 })).await;
    assert_eq!(
        unpublished["data"]["stateCouncilHolidays"],
        json!(null),
        "{unpublished}"
    );
    let anonymous = app.gql(None, query, json!({ "y": 2025 })).await;
    assert_eq!(code(&anonymous), "UNAUTHENTICATED");
}
