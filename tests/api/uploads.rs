//! Files sent in pieces to `/uploads` (the tus protocol) and attached by a mutation: resumed
//! from where the server stands, each upload its uploader's alone.

use base64::Engine;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    attachments::PDF,
    harness::{NEW_PASSWORD, TestApp, code, spawn_app},
};

const ID_A: &str = "430621198001010026";
const ID_B: &str = "430621198001010034";

fn tus(app: &TestApp, method: Method, path: &str, token: &str) -> reqwest::RequestBuilder {
    app.client()
        .request(method, app.url(path))
        .bearer_auth(token)
        .header("Tus-Resumable", "1.0.0")
}

/// Begins an upload of `length` bytes named `name`; its address.
async fn begin(app: &TestApp, token: &str, length: usize, name: &str) -> reqwest::Response {
    let metadata = format!(
        "filename {},filetype {}",
        base64::engine::general_purpose::STANDARD.encode(name),
        base64::engine::general_purpose::STANDARD.encode("application/pdf"),
    );
    tus(app, Method::POST, "/uploads", token)
        .header("Upload-Length", length.to_string())
        .header("Upload-Metadata", metadata)
        .send()
        .await
        .expect("sent")
}

async fn location(app: &TestApp, token: &str, length: usize, name: &str) -> String {
    let created = begin(app, token, length, name).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    assert_eq!(created.headers()["tus-resumable"], "1.0.0");
    created.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned()
}

async fn piece(
    app: &TestApp,
    token: &str,
    at: &str,
    offset: usize,
    bytes: &[u8],
) -> reqwest::Response {
    tus(app, Method::PATCH, at, token)
        .header("Content-Type", "application/offset+octet-stream")
        .header("Upload-Offset", offset.to_string())
        .body(bytes.to_vec())
        .send()
        .await
        .expect("sent")
}

async fn offset(app: &TestApp, token: &str, at: &str) -> reqwest::Response {
    tus(app, Method::HEAD, at, token)
        .send()
        .await
        .expect("sent")
}

const SUBMIT: &str = "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id attachments { fileName contentType size url } } } }";

fn report_with(uploads: &[&str]) -> Value {
    json!({ "i": { "kind": "PROBLEM", "title": "現場照片", "body": "附執法文書。", "area": "REGULATORY_ENFORCEMENT", "uploads": uploads } })
}

fn token_of(at: &str) -> &str {
    at.trim_start_matches("/uploads/")
}

#[tokio::test]
async fn a_file_sent_in_pieces_resumes_where_the_server_stands_and_is_attached_to_a_report() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;

    let options = app
        .client()
        .request(Method::OPTIONS, app.url("/uploads"))
        .send()
        .await
        .expect("sent");
    assert_eq!(options.status(), StatusCode::NO_CONTENT);
    assert_eq!(options.headers()["tus-version"], "1.0.0");

    let at = location(&app, &supervisor, PDF.len(), "執法文書.pdf").await;
    let first = piece(&app, &supervisor, &at, 0, &PDF[..20]).await;
    assert_eq!(first.status(), StatusCode::NO_CONTENT);
    assert_eq!(first.headers()["upload-offset"], "20");
    // The connection dropped after the first piece: the phone sends the second one again from
    // where it thinks it is, is told where the server stands, and goes on from there.
    let again = piece(&app, &supervisor, &at, 0, &PDF[..20]).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let stands = offset(&app, &supervisor, &at).await;
    assert_eq!(stands.status(), StatusCode::OK);
    assert_eq!(stands.headers()["upload-offset"], "20");
    assert_eq!(stands.headers()["upload-length"], PDF.len().to_string());
    assert_eq!(stands.headers()["cache-control"], "no-store");

    // Not finished: nothing can attach it yet.
    let early = app
        .gql(Some(&supervisor), SUBMIT, report_with(&[token_of(&at)]))
        .await;
    assert_eq!(code(&early), "VALIDATION", "{early}");

    let rest = piece(&app, &supervisor, &at, 20, &PDF[20..]).await;
    assert_eq!(rest.headers()["upload-offset"], PDF.len().to_string());
    let submitted = app
        .gql(Some(&supervisor), SUBMIT, report_with(&[token_of(&at)]))
        .await;
    let attachment = &submitted["data"]["submitReport"]["report"]["attachments"][0];
    assert_eq!(attachment["fileName"], "執法文書.pdf", "{submitted}");
    assert_eq!(attachment["contentType"], "application/pdf");
    let url = attachment["url"].as_str().expect("url");
    let downloaded = app
        .client()
        .get(app.url(url))
        .bearer_auth(&office)
        .send()
        .await
        .expect("sent");
    assert_eq!(downloaded.bytes().await.expect("bytes").as_ref(), PDF);

    // Attached, the upload is done with: it cannot be attached twice.
    assert_eq!(
        offset(&app, &supervisor, &at).await.status(),
        StatusCode::NOT_FOUND
    );
    let twice = app
        .gql(Some(&supervisor), SUBMIT, report_with(&[token_of(&at)]))
        .await;
    assert_eq!(code(&twice), "VALIDATION");
}

#[tokio::test]
async fn an_upload_is_its_uploaders_alone() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let (_, other) = app
        .active_supervisor(&office, &leading, "sup.two", ID_B)
        .await;
    let at = location(&app, &supervisor, PDF.len(), "a.pdf").await;
    piece(&app, &supervisor, &at, 0, PDF).await;

    assert_eq!(
        offset(&app, &other, &at).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        piece(&app, &other, &at, 0, PDF).await.status(),
        StatusCode::NOT_FOUND
    );
    let taken = app
        .gql(Some(&other), SUBMIT, report_with(&[token_of(&at)]))
        .await;
    assert_eq!(code(&taken), "VALIDATION");
    let deleted = tus(&app, Method::DELETE, &at, &other)
        .send()
        .await
        .expect("sent");
    assert_eq!(deleted.status(), StatusCode::NOT_FOUND);

    // Nobody signed in uploads; the uploader may give it up.
    let anonymous = app
        .client()
        .post(app.url("/uploads"))
        .header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", "10")
        .send()
        .await
        .expect("sent");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let cancelled = tus(&app, Method::DELETE, &at, &supervisor)
        .send()
        .await
        .expect("sent");
    assert_eq!(cancelled.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        offset(&app, &supervisor, &at).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn uploads_outside_the_protocol_or_the_limits_are_refused() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;

    let too_big = begin(&app, &supervisor, 51 * 1024 * 1024, "big.mp4").await;
    assert_eq!(too_big.status(), StatusCode::BAD_REQUEST);
    let unversioned = app
        .client()
        .post(app.url("/uploads"))
        .bearer_auth(&supervisor)
        .header("Upload-Length", "10")
        .send()
        .await
        .expect("sent");
    assert_eq!(unversioned.status(), StatusCode::PRECONDITION_FAILED);
    assert_eq!(unversioned.headers()["tus-version"], "1.0.0");

    let at = location(&app, &supervisor, 10, "ten.bin").await;
    let beyond = piece(&app, &supervisor, &at, 0, &[0u8; 11]).await;
    assert_eq!(beyond.status(), StatusCode::BAD_REQUEST);
    let untyped = tus(&app, Method::PATCH, &at, &supervisor)
        .header("Upload-Offset", "0")
        .body(vec![0u8; 10])
        .send()
        .await
        .expect("sent");
    assert_eq!(untyped.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    // A finished upload that is no file the server keeps is refused when attached.
    piece(&app, &supervisor, &at, 0, &[0u8; 10]).await;
    let refused = app
        .gql(Some(&supervisor), SUBMIT, report_with(&[token_of(&at)]))
        .await;
    assert_eq!(code(&refused), "VALIDATION", "{refused}");

    // A unit's handler and the commission upload for their own changes; the leading group
    // and the public do not.
    let leading_group = begin(&app, &leading, 10, "x.pdf").await;
    assert_eq!(leading_group.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_cookie_signed_upload_needs_the_csrf_header() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    app.active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let signed_in = app
        .client()
        .post(app.url("/graphql"))
        .header("X-Watchpost-CSRF", "1")
        .json(&json!({
            "query": "mutation($p: String!) { login(input: {username: \"sup.one\", password: $p}) { account { id } } }",
            "variables": { "p": NEW_PASSWORD },
        }))
        .send()
        .await
        .expect("sent");
    let cookie = signed_in
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("watchpost_session="))
        .and_then(|v| v.split(';').next())
        .expect("a session cookie")
        .to_owned();
    let begin_with = |csrf: bool| {
        let mut request = app
            .client()
            .post(app.url("/uploads"))
            .header("cookie", &cookie)
            .header("Tus-Resumable", "1.0.0")
            .header("Upload-Length", "10");
        if csrf {
            request = request.header("X-Watchpost-CSRF", "1");
        }
        request.send()
    };
    assert_eq!(
        begin_with(false).await.expect("sent").status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        begin_with(true).await.expect("sent").status(),
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_draft_sent_again_after_its_answer_was_lost_makes_one_report() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let (_, other) = app
        .active_supervisor(&office, &leading, "sup.two", ID_B)
        .await;
    let at = location(&app, &supervisor, PDF.len(), "a.pdf").await;
    piece(&app, &supervisor, &at, 0, PDF).await;
    let mut draft = report_with(&[token_of(&at)]);
    draft["i"]["draftKey"] = json!("4b1e9c2a-7d3f-4e8a-9c51-2f6d8a0b7e13");

    let first = app.gql(Some(&supervisor), SUBMIT, draft.clone()).await;
    let made = &first["data"]["submitReport"]["report"];
    assert_eq!(made["attachments"][0]["fileName"], "a.pdf", "{first}");
    // The phone never saw the answer and sends the draft again: the same report, once.
    let again = app.gql(Some(&supervisor), SUBMIT, draft.clone()).await;
    assert_eq!(again["data"]["submitReport"]["report"], *made, "{again}");
    let reports = app
        .gql(Some(&office), "{ reports { totalCount } }", json!({}))
        .await;
    assert_eq!(reports["data"]["reports"]["totalCount"], json!(1));

    // Another member's key is its own.
    let mut theirs = report_with(&[]);
    theirs["i"]["draftKey"] = draft["i"]["draftKey"].clone();
    let other_report = app.gql(Some(&other), SUBMIT, theirs).await;
    assert_ne!(
        other_report["data"]["submitReport"]["report"]["id"],
        made["id"]
    );
    let mut odd = report_with(&[]);
    odd["i"]["draftKey"] = json!("not a key!");
    assert_eq!(
        code(&app.gql(Some(&supervisor), SUBMIT, odd).await),
        "VALIDATION"
    );
}
