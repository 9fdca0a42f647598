//! Satisfaction surveys (滿意度測評): one changeable response per respondent and unit, results
//! that never name a respondent and withhold small counts, the reminder before closing, and
//! who sees which unit's results.

use serde_json::{Value, json};

use crate::{
    harness::{NEW_PASSWORD, TestApp, code, spawn_app},
    mail::at,
};

const OPEN: &str = "mutation($i: OpenSurveyInput!) { openSurvey(input: $i) { survey { id } } }";
const RATE: &str = "mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { responses { level comment unit { name } } } }";
const RESULTS: &str = "query($id: ID!) { surveyResults(surveyId: $id) { unit { name } responses distribution { level count } score satisfiedPercent comments } }";

struct County {
    office: String,
    market: String,
    tax: String,
    market_handler: String,
    tax_handler: String,
    supervisors: Vec<(String, String)>,
}

async fn county(app: &TestApp) -> County {
    let (office, leading) = app.office_and_leading_group("430621").await;
    let market = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let tax = app.create_unit(&office, "縣稅務局", "DEPARTMENT").await;
    let (_, market_handler) = app
        .member(&office, "scj.handler", "UNIT_HANDLER", Some(&market))
        .await;
    let (_, tax_handler) = app
        .member(&office, "swj.handler", "UNIT_HANDLER", Some(&tax))
        .await;
    let mut supervisors = Vec::new();
    for (name, id) in [
        ("sup.a", "430621198001010034"),
        ("sup.b", "430621198102020047"),
        ("sup.c", "43062119820303005X"),
    ] {
        supervisors.push(app.active_supervisor(&office, &leading, name, id).await);
    }
    County {
        office,
        market,
        tax,
        market_handler,
        tax_handler,
        supervisors,
    }
}

async fn open(app: &TestApp, c: &County) -> String {
    let opened = app
        .gql(
            Some(&c.office),
            OPEN,
            json!({ "i": { "title": "2025年第一季度营商环境满意度测评", "period": "2025年第一季度",
                           "unitIds": [c.market, c.tax], "closesOn": "2025-03-14" } }),
        )
        .await;
    opened["data"]["openSurvey"]["survey"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{opened}"))
        .to_owned()
}

async fn rate(app: &TestApp, token: &str, survey: &str, ratings: Value) -> Value {
    app.gql(
        Some(token),
        RATE,
        json!({ "i": { "surveyId": survey, "ratings": ratings } }),
    )
    .await
}

fn by_unit<'a>(results: &'a Value, unit: &str) -> &'a Value {
    results["data"]["surveyResults"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["unit"]["name"] == unit)
        .unwrap_or_else(|| panic!("no {unit} in {results}"))
}

#[tokio::test]
async fn results_never_name_respondents_and_withhold_what_fewer_than_three_gave() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let survey = open(&app, &c).await;
    let s = &c.supervisors;

    for (who, level, comment) in [
        (0, "VERY_SATISFIED", "窗口服务热情"),
        (1, "SATISFIED", "办事效率高"),
        (2, "DISSATISFIED", "检查过于频繁"),
    ] {
        let rated = rate(
            &app,
            &s[who].1,
            &survey,
            json!([{ "unitId": c.market, "level": level, "comment": comment }]),
        )
        .await;
        assert!(rated["data"]["submitSurveyResponse"].is_object(), "{rated}");
    }
    // One supervisor rates the tax bureau, then changes its market rating: still one response.
    rate(
        &app,
        &s[0].1,
        &survey,
        json!([{ "unitId": c.tax, "level": "VERY_SATISFIED", "comment": "退税快" }]),
    )
    .await;
    let changed = rate(
        &app,
        &s[0].1,
        &survey,
        json!([{ "unitId": c.market, "level": "FAIRLY_SATISFIED", "comment": "窗口服务尚可" }]),
    )
    .await;
    assert_eq!(
        changed["data"]["submitSurveyResponse"]["responses"],
        json!([{ "level": "FAIRLY_SATISFIED", "comment": "窗口服务尚可", "unit": { "name": "縣市場監管局" } }])
    );
    let twice = rate(
        &app,
        &s[1].1,
        &survey,
        json!([{ "unitId": c.tax, "level": "SATISFIED" }, { "unitId": c.tax, "level": "DISSATISFIED" }]),
    )
    .await;
    assert_eq!(code(&twice), "VALIDATION");

    let results = app
        .gql(Some(&c.office), RESULTS, json!({ "id": survey }))
        .await;
    // Market: FAIRLY (50) + SATISFIED (75) + DISSATISFIED (25) = 150 / 3.
    assert_eq!(
        by_unit(&results, "縣市場監管局"),
        &json!({
            "unit": { "name": "縣市場監管局" }, "responses": 3,
            "distribution": [
                { "level": "VERY_SATISFIED", "count": 0 }, { "level": "SATISFIED", "count": 1 },
                { "level": "FAIRLY_SATISFIED", "count": 1 }, { "level": "DISSATISFIED", "count": 1 },
                { "level": "VERY_DISSATISFIED", "count": 0 },
            ],
            "score": 50.0, "satisfiedPercent": 66.7,
            "comments": ["办事效率高", "检查过于频繁", "窗口服务尚可"],
        })
    );
    assert_eq!(
        by_unit(&results, "縣稅務局"),
        &json!({ "unit": { "name": "縣稅務局" }, "responses": 1, "distribution": null,
                 "score": null, "satisfiedPercent": null, "comments": null }),
        "one response shows only that there is one"
    );
    let text = results.to_string();
    for name in ["sup.a", "sup.b", "sup.c"] {
        assert!(!text.contains(name), "no respondent named: {text}");
    }

    // A unit sees its own results only; a supervisor none; another region not the survey.
    let market = app
        .gql(Some(&c.market_handler), RESULTS, json!({ "id": survey }))
        .await;
    assert_eq!(
        market["data"]["surveyResults"].as_array().map(Vec::len),
        Some(1)
    );
    assert_eq!(by_unit(&market, "縣市場監管局")["responses"], 3);
    let tax = app
        .gql(Some(&c.tax_handler), RESULTS, json!({ "id": survey }))
        .await;
    assert!(!tax.to_string().contains("检查过于频繁"), "{tax}");
    assert_eq!(by_unit(&tax, "縣稅務局")["comments"], Value::Null);
    let supervisor = app
        .gql(Some(&s[1].1), RESULTS, json!({ "id": survey }))
        .await;
    assert_eq!(code(&supervisor), "FORBIDDEN");
    let stranger = app.office("430602").await;
    let foreign = app
        .gql(Some(&stranger), RESULTS, json!({ "id": survey }))
        .await;
    assert_eq!(code(&foreign), "NOT_FOUND");
    let handler_rates = rate(
        &app,
        &c.market_handler,
        &survey,
        json!([{ "unitId": c.market, "level": "VERY_SATISFIED" }]),
    )
    .await;
    assert_eq!(
        code(&handler_rates),
        "FORBIDDEN",
        "a unit does not rate itself"
    );
    let mine = app
        .gql(Some(&s[0].1), "query($id: ID!) { node(id: $id) { ... on Survey { myResponses { level unit { name } } } } }", json!({ "id": survey }))
        .await;
    assert_eq!(
        mine["data"]["node"]["myResponses"],
        json!([{ "level": "FAIRLY_SATISFIED", "unit": { "name": "縣市場監管局" } },
               { "level": "VERY_SATISFIED", "unit": { "name": "縣稅務局" } }])
    );

    // After the closing date nothing changes.
    app.clock.set(at("2025-03-15T01:00:00Z"));
    let late_token = app.token_for("sup.b", NEW_PASSWORD).await;
    let late = rate(
        &app,
        &late_token,
        &survey,
        json!([{ "unitId": c.tax, "level": "SATISFIED" }]),
    )
    .await;
    assert_eq!(code(&late), "INVALID_TRANSITION");
}

#[tokio::test]
async fn those_who_have_not_rated_every_unit_are_reminded_three_days_before_closing() {
    let app = spawn_app().await;
    let c = county(&app).await;
    let survey = open(&app, &c).await;
    let s = &c.supervisors;
    rate(&app, &s[0].1, &survey, json!([{ "unitId": c.market, "level": "SATISFIED" }, { "unitId": c.tax, "level": "SATISFIED" }])).await;
    rate(
        &app,
        &s[1].1,
        &survey,
        json!([{ "unitId": c.market, "level": "SATISFIED" }]),
    )
    .await;
    for (now, expected) in [
        ("2025-03-10T01:00:00Z", 0),
        ("2025-03-11T01:00:00Z", 2),
        ("2025-03-12T01:00:00Z", 0),
    ] {
        let run = app.run_job("survey-reminder", now).await;
        assert_eq!(run.status, "succeeded");
        assert_eq!(run.effects, expected, "{now}");
    }
    for (who, reminded) in [(0, false), (1, true), (2, true)] {
        let seen = app
            .gql(
                Some(&s[who].1),
                "{ notifications { edges { node { kind } } } }",
                json!({}),
            )
            .await;
        assert_eq!(
            seen.to_string().contains("survey_reminder"),
            reminded,
            "supervisor {who}: {seen}"
        );
    }
}
