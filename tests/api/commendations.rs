//! Commendations (通報表揚): published by the office, told to the unit, readable by anyone.

use serde_json::json;

use crate::harness::{code, spawn_app};

const COMMEND: &str = "mutation($i: CommendUnitInput!) { commendUnit(input: $i) { commendation { unitName reason quarter } } }";
const PUBLISHED: &str =
    "query($r: String!) { publishedCommendations(regionCode: $r) { unitName reason quarter } }";

#[tokio::test]
async fn the_office_commends_a_unit_publicly_and_the_unit_is_told() {
    let app = spawn_app().await;
    let (office, _) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "scjg.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let other_office = app.office("430602").await;

    let refused = [
        (
            &handler,
            json!({ "unitId": unit, "reason": "辦結及時" }),
            "FORBIDDEN",
        ),
        (
            &office,
            json!({ "unitId": unit, "reason": "  " }),
            "VALIDATION",
        ),
        (
            &office,
            json!({ "unitId": unit, "reason": "辦結及時", "quarter": "2025Q5" }),
            "VALIDATION",
        ),
        (
            &other_office,
            json!({ "unitId": unit, "reason": "辦結及時" }),
            "VALIDATION",
        ),
    ];
    for (token, input, expected) in refused {
        let answer = app.gql(Some(token), COMMEND, json!({ "i": input })).await;
        assert_eq!(code(&answer), expected, "{answer}");
    }

    let commended = app
        .gql(
            Some(&office),
            COMMEND,
            json!({ "i": { "unitId": unit, "reason": "交辦問題全部按期辦結，企業評價滿意。", "quarter": "2025q1" } }),
        )
        .await;
    assert_eq!(
        commended["data"]["commendUnit"]["commendation"],
        json!({ "unitName": "縣市場監管局", "reason": "交辦問題全部按期辦結，企業評價滿意。", "quarter": "2025Q1" })
    );
    let public = app.gql(None, PUBLISHED, json!({ "r": "430621" })).await;
    assert_eq!(
        public["data"]["publishedCommendations"][0]["unitName"], "縣市場監管局",
        "{public}"
    );
    let elsewhere = app.gql(None, PUBLISHED, json!({ "r": "430602" })).await;
    assert_eq!(elsewhere["data"]["publishedCommendations"], json!([]));
    let told = app
        .gql(
            Some(&handler),
            "{ notifications { edges { node { kind title } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        told["data"]["notifications"]["edges"][0]["node"]["kind"], "unit_commended",
        "{told}"
    );
}
