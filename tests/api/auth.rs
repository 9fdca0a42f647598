use chrono::Duration;
use serde_json::json;

use crate::harness::{ADMIN_PASSWORD, NEW_PASSWORD, client_from, code, spawn_app};

const VIEWER: &str = "{ viewer { account { username } role } }";

#[tokio::test]
async fn a_login_token_signs_later_requests_in() {
    let app = spawn_app().await;
    let token = app.platform_admin().await;
    let answer = app.gql(Some(&token), VIEWER, json!({})).await;
    assert_eq!(
        answer["data"]["viewer"],
        json!({ "account": { "username": "admin" }, "role": "PLATFORM_ADMIN" })
    );
    let anonymous = app.gql(None, VIEWER, json!({})).await;
    assert_eq!(anonymous["data"]["viewer"], json!(null));
}

#[tokio::test]
async fn usernames_are_matched_in_any_case() {
    let app = spawn_app().await;
    app.platform_admin().await;
    let answer = app.login("  ADMIN ", ADMIN_PASSWORD).await;
    assert!(answer["data"]["login"]["token"].is_string(), "{answer}");
}

#[tokio::test]
async fn an_unknown_user_and_a_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    app.platform_admin().await;
    let wrong_password = app.login("admin", "Wrong-pass-1").await;
    let unknown_user = app.login("nobody", "Wrong-pass-1").await;
    assert_eq!(code(&wrong_password), "UNAUTHENTICATED");
    assert_eq!(
        wrong_password["errors"][0]["message"],
        unknown_user["errors"][0]["message"]
    );
    assert_eq!(
        wrong_password["errors"][0]["extensions"],
        unknown_user["errors"][0]["extensions"]
    );
}

#[tokio::test]
async fn a_session_lapses_after_thirty_idle_minutes() {
    let app = spawn_app().await;
    let token = app.platform_admin().await;
    app.clock.advance(Duration::minutes(29));
    assert!(app.gql(Some(&token), VIEWER, json!({})).await["data"]["viewer"].is_object());
    app.clock.advance(Duration::minutes(30));
    let resp = app.post(Some(&token), &json!({ "query": VIEWER })).await;
    assert_eq!(resp.status(), 401);
    let answer: serde_json::Value = resp.json().await.expect("json");
    assert_eq!(code(&answer), "UNAUTHENTICATED");
}

#[tokio::test]
async fn an_active_session_still_ends_after_eight_hours() {
    let app = spawn_app().await;
    let token = app.platform_admin().await;
    for _ in 0..19 {
        app.clock.advance(Duration::minutes(25));
        let answer = app.gql(Some(&token), VIEWER, json!({})).await;
        assert!(answer["data"]["viewer"].is_object(), "{answer}");
    }
    app.clock.advance(Duration::minutes(25));
    let answer = app.gql(Some(&token), VIEWER, json!({})).await;
    assert_eq!(code(&answer), "UNAUTHENTICATED");
}

#[tokio::test]
async fn failures_from_one_address_delay_its_next_attempts_twice_as_long_each_time() {
    let app = spawn_app().await;
    app.platform_admin().await;
    for _ in 0..5 {
        assert_eq!(
            code(&app.login("admin", "Wrong-pass-1").await),
            "UNAUTHENTICATED"
        );
    }
    // Five failures: a minute's wait, even for the right password.
    assert_eq!(
        code(&app.login("admin", ADMIN_PASSWORD).await),
        "RATE_LIMITED"
    );
    app.clock.advance(Duration::seconds(59));
    assert_eq!(
        code(&app.login("admin", ADMIN_PASSWORD).await),
        "RATE_LIMITED"
    );
    app.clock.advance(Duration::seconds(1));
    assert_eq!(
        code(&app.login("admin", "Wrong-pass-1").await),
        "UNAUTHENTICATED"
    );
    // The sixth: two minutes.
    app.clock.advance(Duration::seconds(119));
    assert_eq!(
        code(&app.login("admin", ADMIN_PASSWORD).await),
        "RATE_LIMITED"
    );
    app.clock.advance(Duration::seconds(1));
    assert!(app.login("admin", ADMIN_PASSWORD).await["data"]["login"].is_object());
    // A success clears the address's count.
    for _ in 0..4 {
        app.login("admin", "Wrong-pass-1").await;
    }
    assert!(app.login("admin", ADMIN_PASSWORD).await["data"]["login"].is_object());
}

#[tokio::test]
async fn failures_from_other_addresses_never_keep_the_owner_out() {
    let app = spawn_app().await;
    app.platform_admin().await;
    // Someone guesses from two addresses, again and again.
    for address in ["127.0.0.2", "127.0.0.3"] {
        let attacker = client_from(address);
        for _ in 0..12 {
            app.login_from(&attacker, "admin", "Wrong-pass-1").await;
        }
        assert_eq!(
            code(&app.login_from(&attacker, "admin", ADMIN_PASSWORD).await),
            "RATE_LIMITED",
            "the guessing address waits"
        );
    }
    // The owner, from their own address, signs in at once.
    assert!(app.login("admin", ADMIN_PASSWORD).await["data"]["login"].is_object());
}

#[tokio::test]
async fn failures_are_forgotten_after_a_quiet_hour() {
    let app = spawn_app().await;
    app.platform_admin().await;
    for _ in 0..4 {
        app.login("admin", "Wrong-pass-1").await;
    }
    app.clock.advance(Duration::minutes(60));
    for _ in 0..4 {
        app.login("admin", "Wrong-pass-1").await;
    }
    assert!(app.login("admin", ADMIN_PASSWORD).await["data"]["login"].is_object());
}

#[tokio::test]
async fn an_unknown_username_is_delayed_like_a_real_one() {
    let app = spawn_app().await;
    for _ in 0..5 {
        assert_eq!(
            code(&app.login("ghost", "Wrong-pass-1").await),
            "UNAUTHENTICATED"
        );
    }
    assert_eq!(
        code(&app.login("ghost", "Wrong-pass-1").await),
        "RATE_LIMITED"
    );
}

#[tokio::test]
async fn aliases_in_one_request_count_against_the_delay() {
    let app = spawn_app().await;
    app.platform_admin().await;
    let aliased: String = (0..7)
        .map(|i| format!("a{i}: login(input: {{username: \"admin\", password: \"Wrong-pass-{i}\"}}) {{ token }} "))
        .collect();
    let answer = app
        .gql(None, &format!("mutation {{ {aliased} }}"), json!({}))
        .await;
    let codes: Vec<&str> = answer["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["extensions"]["code"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "UNAUTHENTICATED").count(),
        5,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|c| **c == "RATE_LIMITED").count(),
        2,
        "{codes:?}"
    );
    assert_eq!(
        code(&app.login("admin", ADMIN_PASSWORD).await),
        "RATE_LIMITED"
    );
}

#[tokio::test]
async fn parallel_sign_ins_are_judged_by_their_passwords_alone() {
    let app = spawn_app().await;
    app.platform_admin().await;
    let (client, url) = (app.client().clone(), app.url("/graphql"));
    let attempts = |password: &'static str| {
        let (client, url) = (&client, &url);
        (0..10).map(move |_| {
            let (client, url) = (client.clone(), url.clone());
            tokio::spawn(async move {
                let body = json!({
                    "query": "mutation($p: String!) { login(input: {username: \"admin\", password: $p}) { token } }",
                    "variables": { "p": password },
                });
                let resp = client.post(url).json(&body).send().await.expect("sent");
                code(&resp.json::<serde_json::Value>().await.expect("json")).to_owned()
            })
        })
    };
    // Ten correct at once: ten sessions (the attempt used to be counted before the check).
    let correct: Vec<_> = attempts(ADMIN_PASSWORD).collect();
    for task in correct {
        assert_eq!(task.await.expect("task"), "", "signed in");
    }
    // Ten wrong at once: each is checked or, once five have failed, delayed; then the
    // address waits.
    let mut checked = 0;
    for task in attempts("Wrong-pass-1").collect::<Vec<_>>() {
        match task.await.expect("task").as_str() {
            "UNAUTHENTICATED" => checked += 1,
            other => assert_eq!(other, "RATE_LIMITED"),
        }
    }
    assert!(checked >= 5, "{checked}");
    assert_eq!(
        code(&app.login("admin", ADMIN_PASSWORD).await),
        "RATE_LIMITED"
    );
}

#[tokio::test]
async fn logout_ends_the_session_at_once() {
    let app = spawn_app().await;
    let token = app.platform_admin().await;
    let answer = app
        .gql(Some(&token), "mutation { logout { ok } }", json!({}))
        .await;
    assert_eq!(answer["data"]["logout"]["ok"], json!(true));
    let after = app.gql(Some(&token), VIEWER, json!({})).await;
    assert_eq!(code(&after), "UNAUTHENTICATED");
}

#[tokio::test]
async fn changing_the_password_ends_every_other_session() {
    let app = spawn_app().await;
    let first = app.platform_admin().await;
    let second = app.token_for("admin", ADMIN_PASSWORD).await;
    let answer = app
        .gql(
            Some(&first),
            "mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { token } }",
            json!({ "c": ADMIN_PASSWORD, "n": NEW_PASSWORD }),
        )
        .await;
    let fresh = answer["data"]["changePassword"]["token"]
        .as_str()
        .expect("token");
    assert_eq!(
        code(&app.gql(Some(&first), VIEWER, json!({})).await),
        "UNAUTHENTICATED"
    );
    assert_eq!(
        code(&app.gql(Some(&second), VIEWER, json!({})).await),
        "UNAUTHENTICATED"
    );
    assert!(app.gql(Some(fresh), VIEWER, json!({})).await["data"]["viewer"].is_object());
    assert_eq!(
        code(&app.login("admin", ADMIN_PASSWORD).await),
        "UNAUTHENTICATED"
    );
    assert!(app.login("admin", NEW_PASSWORD).await["data"]["login"].is_object());
}

#[tokio::test]
async fn weak_new_passwords_and_wrong_current_ones_are_refused() {
    let app = spawn_app().await;
    let token = app.platform_admin().await;
    let change = "mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { token } }";
    let weak = app
        .gql(
            Some(&token),
            change,
            json!({ "c": ADMIN_PASSWORD, "n": "password" }),
        )
        .await;
    assert_eq!(code(&weak), "VALIDATION");
    assert_eq!(weak["errors"][0]["extensions"]["field"], "newPassword");
    let wrong = app
        .gql(
            Some(&token),
            change,
            json!({ "c": "Not-mine-9", "n": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(code(&wrong), "VALIDATION");
    assert_eq!(wrong["errors"][0]["extensions"]["field"], "currentPassword");
}

#[tokio::test]
async fn an_account_made_by_someone_else_must_change_its_password_first() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let created = app
        .gql(
            Some(&office),
            r#"mutation { createAccount(input: {username: "lg.wang", displayName: "王", role: LEADING_GROUP}) { temporaryPassword } }"#,
            json!({}),
        )
        .await;
    let temporary = created["data"]["createAccount"]["temporaryPassword"]
        .as_str()
        .expect("password");
    let login = app.login("lg.wang", temporary).await;
    assert_eq!(
        login["data"]["login"]["account"]["mustChangePassword"],
        json!(true)
    );
    let token = login["data"]["login"]["token"].as_str().expect("token");
    let units = app
        .gql(Some(token), "{ units { totalCount } }", json!({}))
        .await;
    assert_eq!(code(&units), "FORBIDDEN");
    assert!(app.gql(Some(token), VIEWER, json!({})).await["data"]["viewer"].is_object());
    let changed = app
        .gql(
            Some(token),
            "mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { token account { mustChangePassword } } }",
            json!({ "c": temporary, "n": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(
        changed["data"]["changePassword"]["account"]["mustChangePassword"],
        json!(false)
    );
    let fresh = changed["data"]["changePassword"]["token"]
        .as_str()
        .expect("token");
    let units = app
        .gql(Some(fresh), "{ units { totalCount } }", json!({}))
        .await;
    assert_eq!(units["data"]["units"]["totalCount"], json!(0));
}

#[tokio::test]
async fn deactivating_an_account_ends_its_sessions_and_its_logins() {
    let app = spawn_app().await;
    let office = app.office("430621").await;
    let (id, token) = app.member(&office, "lg.li", "LEADING_GROUP", None).await;
    let answer = app
        .gql(
            Some(&office),
            "mutation($id: ID!) { deactivateAccount(input: {accountId: $id}) { account { active } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        answer["data"]["deactivateAccount"]["account"]["active"],
        json!(false)
    );
    assert_eq!(
        code(&app.gql(Some(&token), VIEWER, json!({})).await),
        "UNAUTHENTICATED"
    );
    assert_eq!(
        code(&app.login("lg.li", NEW_PASSWORD).await),
        "UNAUTHENTICATED"
    );
}

#[tokio::test]
async fn an_unknown_token_or_a_malformed_header_is_refused() {
    let app = spawn_app().await;
    let answer = app.gql(Some("made-up-token"), VIEWER, json!({})).await;
    assert_eq!(code(&answer), "UNAUTHENTICATED");
    let resp = app
        .client()
        .post(app.url("/graphql"))
        .header("authorization", "Basic YWRtaW46YWRtaW4=")
        .json(&json!({ "query": VIEWER }))
        .send()
        .await
        .expect("sent");
    assert_eq!(resp.status(), 401);
}
