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

/// The page's nonce, as the server wrote it into the meta tag Vite left for it.
fn nonce_in(page: &str) -> Option<&str> {
    let start = page.find("property=\"csp-nonce\" nonce=\"")? + 28;
    page[start..].split('"').next()
}

#[tokio::test]
async fn the_web_app_is_served_at_every_page_with_a_policy_that_allows_only_this_server() {
    let app = spawn_app().await;
    let mut nonces = Vec::new();
    for path in ["/", "/slips/QXNzaWdubWVudDox", "/reports?status=SUBMITTED"] {
        let resp = app.client().get(app.url(path)).send().await.expect("sent");
        assert_eq!(resp.status(), 200, "{path}");
        assert_eq!(resp.headers()["content-type"], "text/html; charset=utf-8");
        assert_eq!(resp.headers()["cache-control"], "no-cache");
        let policy = resp.headers()["content-security-policy"]
            .to_str()
            .expect("ascii")
            .to_owned();
        let page = resp.text().await.expect("text");
        assert!(
            page.contains("<div id=\"root\">"),
            "the app itself (built by cargo), not the placeholder: {page}"
        );
        assert!(!page.contains("WATCHPOST_CSP_NONCE"), "{page}");
        let nonce = nonce_in(&page).expect("a nonce in the page").to_owned();
        for directive in [
            "default-src 'self'",
            &format!("script-src 'self' 'nonce-{nonce}';"),
            &format!("style-src 'self' 'nonce-{nonce}';"),
            "object-src 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(policy.contains(directive), "{directive} in {policy}");
        }
        assert!(!policy.contains("unsafe"), "{policy}");
        assert!(
            !policy.contains("http"),
            "nothing from another site: {policy}"
        );
        nonces.push(nonce);
    }
    nonces.sort();
    nonces.dedup();
    assert_eq!(nonces.len(), 3, "a fresh nonce for every page");

    let refused = app.client().post(app.url("/")).send().await.expect("sent");
    assert_eq!(refused.status(), 405);
}

#[tokio::test]
async fn the_apps_scripts_are_embedded_cached_for_good_and_sent_compressed() {
    let app = spawn_app().await;
    let page = app
        .client()
        .get(app.url("/"))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");
    let start = page.find("src=\"/assets/").expect("the entry script") + 5;
    let script = page[start..]
        .split('"')
        .next()
        .expect("its path")
        .to_owned();

    let zipped = app
        .client()
        .get(app.url(&script))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("sent");
    assert_eq!(zipped.status(), 200);
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    assert_eq!(
        zipped.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(zipped.headers()["content-type"], "text/javascript");
    let zipped_length = zipped.bytes().await.expect("bytes").len();

    let plain = app
        .client()
        .get(app.url(&script))
        .header("accept-encoding", "identity")
        .send()
        .await
        .expect("sent");
    assert!(plain.headers().get("content-encoding").is_none());
    let body = plain.text().await.expect("text");
    assert!(body.len() > zipped_length, "gzip saves something");
    assert!(
        !body.contains("://unpkg.com") && !body.contains("://cdn."),
        "nothing loaded from a CDN"
    );

    for missing in ["/assets/nothing-here.js", "/favicon.png"] {
        let resp = app
            .client()
            .get(app.url(missing))
            .send()
            .await
            .expect("sent");
        assert_eq!(resp.status(), 404, "{missing}");
    }
    let icon = app
        .client()
        .get(app.url("/favicon.svg"))
        .send()
        .await
        .expect("sent");
    assert_eq!(icon.status(), 200);
    assert_eq!(icon.headers()["content-type"], "image/svg+xml");
}
