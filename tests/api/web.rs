//! The web app's session: an HttpOnly, SameSite=Strict cookie, accepted by the API and the
//! downloads, with a required header against cross-site requests.

use serde_json::{Value, json};

use crate::harness::{ADMIN_PASSWORD, spawn_app};

const CSRF: &str = "x-watchpost-csrf";

fn session_cookie(resp: &reqwest::Response) -> Option<String> {
    resp.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("watchpost_session="))
        .map(str::to_owned)
}

#[tokio::test]
async fn a_browser_session_is_an_httponly_cookie_that_needs_the_csrf_header_to_change_anything() {
    let app = spawn_app().await;
    app.office("430621").await;
    let sign_in = json!({
        "query": "mutation($p: String!) { login(input: {username: \"office430621\", password: $p}) { account { username } } }",
        "variables": { "p": ADMIN_PASSWORD },
    });
    let post = |cookie: Option<&str>, csrf: bool, body: Value| {
        let mut request = app.client().post(app.url("/graphql")).json(&body);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        if csrf {
            request = request.header(CSRF, "1");
        }
        request.send()
    };

    // A bearer client gets no cookie; the web app does.
    let plain = post(None, false, sign_in.clone()).await.expect("sent");
    assert_eq!(session_cookie(&plain), None);
    let signed_in = post(None, true, sign_in.clone()).await.expect("sent");
    let set = session_cookie(&signed_in).expect("a session cookie");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict") && set.contains("Path=/"),
        "{set}"
    );
    assert!(
        !set.contains("Secure"),
        "served over plain HTTP here: {set}"
    );
    let cookie = set.split(';').next().expect("name=value").to_owned();

    // With the cookie and the header, the web app is signed in.
    let viewer = json!({ "query": "{ viewer { account { username } } }" });
    let answer: Value = post(Some(&cookie), true, viewer.clone())
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(
        answer["data"]["viewer"]["account"]["username"], "office430621",
        "{answer}"
    );

    // A page on another site can post a form or a multipart body with the cookie, but not
    // the header: refused before anything runs.
    let create =
        r#"mutation { createUnit(input: {name: "偽造單位", kind: DEPARTMENT}) { unit { id } } }"#;
    let json_post = post(Some(&cookie), false, json!({ "query": create }))
        .await
        .expect("sent");
    assert_eq!(json_post.status(), 403);
    let form = reqwest::multipart::Form::new()
        .text("operations", json!({ "query": create }).to_string())
        .text("map", "{}");
    let multipart = app
        .client()
        .post(app.url("/graphql"))
        .header("cookie", &cookie)
        .multipart(form)
        .send()
        .await
        .expect("sent");
    assert_eq!(multipart.status(), 403);
    let html_form = app
        .client()
        .post(app.url("/graphql"))
        .header("cookie", &cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("query={create}"))
        .send()
        .await
        .expect("sent");
    assert!(
        html_form.status().is_client_error(),
        "{}",
        html_form.status()
    );
    let units: Value = post(
        Some(&cookie),
        true,
        json!({ "query": "{ units(first: 10) { totalCount } }" }),
    )
    .await
    .expect("sent")
    .json()
    .await
    .expect("json");
    assert_eq!(
        units["data"]["units"]["totalCount"], 0,
        "nothing was created: {units}"
    );

    // A plain link downloads with the cookie alone.
    let export = |cookie: String| {
        app.client()
            .get(app.url("/exports/conclusion-report/2025Q1.html"))
            .header("cookie", cookie)
            .send()
    };
    assert_eq!(export(cookie.clone()).await.expect("sent").status(), 200);

    // Signing out ends the session and clears the cookie; the stale cookie is then nobody's.
    let out = post(
        Some(&cookie),
        true,
        json!({ "query": "mutation { logout { ok } }" }),
    )
    .await
    .expect("sent");
    let cleared = session_cookie(&out).expect("cleared");
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    let after: Value = post(Some(&cookie), true, viewer)
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(after["data"]["viewer"], Value::Null, "{after}");
    assert_eq!(export(cookie.clone()).await.expect("sent").status(), 401);
    // Signing in again over a stale cookie works.
    let again = post(Some(&cookie), true, sign_in.clone())
        .await
        .expect("sent");
    assert!(session_cookie(&again).is_some());
}

#[tokio::test]
async fn a_password_change_renews_the_cookie_and_tls_makes_it_secure() {
    let app = spawn_app().await;
    let (_, token) = app
        .member(&app.office("430621").await, "web.user", "OFFICE", None)
        .await;
    let change = json!({
        "query": "mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { token } }",
        "variables": { "c": crate::harness::NEW_PASSWORD, "n": "Another-pass-3" },
    });
    // Behind a proxy that ends TLS, the cookie is only ever sent back over TLS.
    let changed = app
        .client()
        .post(app.url("/graphql"))
        .bearer_auth(&token)
        .header(CSRF, "1")
        .header("x-forwarded-proto", "https")
        .json(&change)
        .send()
        .await
        .expect("sent");
    let set = session_cookie(&changed).expect("a fresh session cookie");
    assert!(set.ends_with("; Secure"), "{set}");
    let fresh = set.split(';').next().expect("name=value").to_owned();
    let viewer: Value = app
        .client()
        .post(app.url("/graphql"))
        .header("cookie", fresh)
        .header(CSRF, "1")
        .json(&json!({ "query": "{ viewer { account { username } } }" }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(
        viewer["data"]["viewer"]["account"]["username"], "web.user",
        "{viewer}"
    );
}
