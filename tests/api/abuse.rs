//! Abuse limits, each with its own test: request rates per client address and per session,
//! sign-in, anonymous nominations, uploads (rate and count), slow bodies and stalled
//! connections.

use std::{
    io::{Read, Write},
    net::TcpStream,
    time::Duration,
};

use serde_json::{Value, json};

use crate::{
    attachments::{PDF, upload},
    harness::{NEW_PASSWORD, TestApp, client_from, code, spawn_app_with},
};

async fn answer(resp: reqwest::Response) -> (u16, Option<u64>, Value) {
    let status = resp.status().as_u16();
    let retry = resp
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    (status, retry, resp.json().await.unwrap_or(Value::Null))
}

const LOGIN: &str =
    r#"mutation { login(input: {username: "nobody", password: "Wrong-pass-1"}) { token } }"#;

#[tokio::test]
async fn sign_in_attempts_are_limited_per_address_and_told_when_to_retry() {
    let app = spawn_app_with(|s| s.limits.sign_ins_per_minute = 3).await;
    for _ in 0..3 {
        let (status, _, body) = answer(app.post(None, &json!({ "query": LOGIN })).await).await;
        assert_eq!((status, code(&body)), (200, "UNAUTHENTICATED"), "{body}");
    }
    let (status, retry, body) = answer(app.post(None, &json!({ "query": LOGIN })).await).await;
    assert_eq!((status, code(&body)), (429, "RATE_LIMITED"), "{body}");
    assert!(retry.is_some_and(|s| (1..=20).contains(&s)), "{retry:?}");
    // A sign-in inside a fragment is a sign-in all the same.
    for hidden in [
        r#"mutation { ...SignIn } fragment SignIn on Mutation { login(input: {username: "nobody", password: "Wrong-pass-1"}) { token } }"#,
        r#"mutation { ... on Mutation { login(input: {username: "nobody", password: "Wrong-pass-1"}) { token } } }"#,
    ] {
        let (status, _, body) = answer(app.post(None, &json!({ "query": hidden })).await).await;
        assert_eq!((status, code(&body)), (429, "RATE_LIMITED"), "{body}");
    }
    // Other requests from the same address still pass.
    let (status, _, _) = answer(
        app.post(None, &json!({ "query": "{ viewer { role } }" }))
            .await,
    )
    .await;
    assert_eq!(status, 200);
}

async fn viewer_from(app: &TestApp, address: &str, token: &str) -> (u16, Value) {
    let resp = client_from(address)
        .post(app.url("/graphql"))
        .bearer_auth(token)
        .json(&json!({ "query": "{ viewer { username } }" }))
        .send()
        .await
        .expect("sent");
    let (status, _, body) = answer(resp).await;
    (status, body)
}

#[tokio::test]
async fn requests_are_limited_per_address_and_per_session() {
    let app = spawn_app_with(|s| s.limits.requests_per_minute = 30).await;
    let token = app.platform_admin().await;
    // One session spread over addresses: each address has room, the session runs out.
    let mut refused_at = None;
    for n in 0..60 {
        let address = format!("127.0.0.{}", 2 + n % 4);
        let (status, body) = viewer_from(&app, &address, &token).await;
        if status == 429 {
            assert_eq!(code(&body), "RATE_LIMITED");
            refused_at = Some(n);
            break;
        }
        assert_eq!(status, 200, "{body}");
    }
    // 30 at once; a slow machine may see an allowance or two come back meanwhile.
    let refused_at = refused_at.expect("the session was limited");
    assert!((30..40).contains(&refused_at), "{refused_at}");
    // One address, many anonymous requests: the address runs out.
    let client = client_from("127.0.0.9");
    let mut statuses = Vec::new();
    for _ in 0..40 {
        let resp = client
            .post(app.url("/graphql"))
            .json(&json!({ "query": "{ viewer { role } }" }))
            .send()
            .await
            .expect("sent");
        statuses.push(resp.status().as_u16());
    }
    assert!(statuses[..30].iter().all(|s| *s == 200), "{statuses:?}");
    assert!(statuses.contains(&429), "{statuses:?}");
}

#[tokio::test]
async fn anonymous_nominations_are_limited_per_address() {
    let app = spawn_app_with(|s| s.limits.nominations_per_hour = 2).await;
    let nominate = json!({ "query": "mutation { submitNomination(input: {regionCode: \"999999\", kind: SUPERVISOR, category: ENTERPRISE, recommender: SELF, name: \"x\"}) { receiptCode } }" });
    for _ in 0..2 {
        let (status, _, body) = answer(app.post(None, &nominate).await).await;
        assert_ne!(code(&body), "RATE_LIMITED", "{body}");
        assert_eq!(status, 200);
    }
    let (status, retry, body) = answer(app.post(None, &nominate).await).await;
    assert_eq!((status, code(&body)), (429, "RATE_LIMITED"), "{body}");
    assert!(
        retry.is_some_and(|s| s > 60),
        "an hourly allowance refills slowly: {retry:?}"
    );
}

#[tokio::test]
async fn uploads_are_limited_in_number_per_request_and_in_rate() {
    let app = spawn_app_with(|s| {
        s.limits.max_upload_files = 2;
        s.limits.uploads_per_minute = 2;
    })
    .await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    app.active_supervisor(&office, &leading, "sup.one", "430621198001010026")
        .await;
    let supervisor = app.token_for("sup.one", NEW_PASSWORD).await;
    let query = "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }";
    let input = json!({ "kind": "PROBLEM", "title": "照片", "body": "附件。", "area": "REGULATORY_ENFORCEMENT" });
    let three = [("a.pdf", PDF), ("b.pdf", PDF), ("c.pdf", PDF)];
    let (status, _, body) =
        answer(upload(&app, &supervisor, query, input.clone(), &three).await).await;
    assert_eq!((status, code(&body)), (413, "PAYLOAD_TOO_LARGE"), "{body}");
    let (status, _, body) =
        answer(upload(&app, &supervisor, query, input.clone(), &three[..2]).await).await;
    assert_eq!(status, 200, "{body}");
    let (status, retry, body) =
        answer(upload(&app, &supervisor, query, input, &three[..1]).await).await;
    assert_eq!((status, code(&body)), (429, "RATE_LIMITED"), "{body}");
    assert!(retry.is_some());
}

#[tokio::test]
async fn downloads_and_exports_are_limited_per_address_and_per_session() {
    let app = spawn_app_with(|s| {
        s.limits.requests_per_minute = 6;
        s.limits.exports_per_minute = 2;
    })
    .await;
    let office = app.office("430621").await;
    let get = |path: &str, from: &str, token: Option<&str>| {
        let request = client_from(from).get(app.url(path));
        let request = match token {
            Some(t) => request.bearer_auth(t),
            None => request,
        };
        async move {
            let resp = request.send().await.expect("sent");
            let status = resp.status().as_u16();
            let retry = resp.headers().contains_key("retry-after");
            (status, retry)
        }
    };
    // Anonymous downloads from one address run out of the address's allowance.
    let mut files = Vec::new();
    for _ in 0..8 {
        files.push(get("/files/1", "127.0.0.20", None).await);
    }
    assert!(files[..5].iter().all(|(s, _)| *s == 401), "{files:?}");
    assert!(files.contains(&(429, true)), "{files:?}");
    // An export recomputes a quarter: two a minute, from one session over several addresses.
    let export = "/exports/conclusion-report/2025Q1-units.csv";
    let mut exports = Vec::new();
    for n in 0..4 {
        exports.push(get(export, &format!("127.0.0.{}", 30 + n), Some(&office)).await);
    }
    assert_eq!(
        exports.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
        vec![200, 200, 429, 429],
        "{exports:?}"
    );
}

fn raw(app: &TestApp) -> TcpStream {
    let address = app.base.trim_start_matches("http://");
    let stream = TcpStream::connect(address).expect("connected");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream
}

#[tokio::test]
async fn a_body_that_comes_too_slowly_is_cut_off() {
    let app = spawn_app_with(|s| s.limits.body_read_timeout_ms = 300).await;
    let mut stream = raw(&app);
    let reply = tokio::task::spawn_blocking(move || {
        stream
            .write_all(b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\"")
            .expect("sent");
        let mut reply = vec![0; 512];
        let n = stream.read(&mut reply).unwrap_or(0);
        String::from_utf8_lossy(&reply[..n]).into_owned()
    })
    .await
    .expect("joined");
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply}");
    assert!(reply.contains("TIMEOUT"), "{reply}");
}

#[tokio::test]
async fn a_connection_that_stalls_mid_request_is_closed() {
    let app = spawn_app_with(|s| s.limits.idle_timeout_seconds = 1).await;
    let mut stream = raw(&app);
    let closed = tokio::task::spawn_blocking(move || {
        stream
            .write_all(b"POST /graphql HTTP/1.1\r\nHost: x\r\n")
            .expect("sent");
        let started = std::time::Instant::now();
        let mut buffer = [0; 64];
        // The server closes the connection: the read ends without a reply.
        let n = stream.read(&mut buffer).unwrap_or(0);
        (n, started.elapsed())
    })
    .await
    .expect("joined");
    assert_eq!(closed.0, 0, "no reply, just closed");
    assert!(
        closed.1 < Duration::from_secs(9),
        "closed by the server: {:?}",
        closed.1
    );
}

#[test]
fn every_limit_must_be_above_zero() {
    let mut settings = watchpost::config::Settings::default();
    assert!(settings.validate().is_ok());
    settings.limits.sign_ins_per_minute = 0;
    assert!(settings.validate().is_err());
}
