//! Attachments: uploaded with GraphQL multipart requests, typed from their bytes, downloaded
//! with the permission of their record.

use serde_json::{Value, json};

use crate::harness::{TestApp, code, spawn_app, spawn_app_with};

const ID_A: &str = "430621198001010026";
const ID_B: &str = "430621198001010034";
pub const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R',
];

/// Sends one operation whose variable `i.attachments` takes the given files.
pub async fn upload(
    app: &TestApp,
    token: &str,
    query: &str,
    input: Value,
    files: &[(&str, &[u8])],
) -> reqwest::Response {
    upload_as(app, Some(token), query, input, files).await
}

/// The same, signed in or not.
pub async fn upload_as(
    app: &TestApp,
    token: Option<&str>,
    query: &str,
    input: Value,
    files: &[(&str, &[u8])],
) -> reqwest::Response {
    let mut input = input;
    input["attachments"] = json!(vec![Value::Null; files.len()]);
    let operations = json!({ "query": query, "variables": { "i": input } });
    let map: serde_json::Map<String, Value> = (0..files.len())
        .map(|n| {
            (
                n.to_string(),
                json!([format!("variables.i.attachments.{n}")]),
            )
        })
        .collect();
    let mut form = reqwest::multipart::Form::new()
        .text("operations", operations.to_string())
        .text("map", Value::Object(map).to_string());
    for (n, (name, bytes)) in files.iter().enumerate() {
        form = form.part(
            n.to_string(),
            reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string()),
        );
    }
    let mut request = app.client().post(app.url("/graphql")).multipart(form);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.expect("sent")
}

const SUBMIT: &str = "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id attachments { id fileName contentType size url } } } }";

fn report_input() -> Value {
    json!({ "kind": "PROBLEM", "title": "現場照片", "body": "附執法文書。", "area": "REGULATORY_ENFORCEMENT" })
}

async fn download(app: &TestApp, token: Option<&str>, url: &str) -> reqwest::Response {
    let mut req = app.client().get(app.url(url));
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    req.send().await.expect("sent")
}

#[tokio::test]
async fn a_report_carries_files_that_only_those_who_see_the_report_can_download() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "scjg.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let (_, other) = app
        .active_supervisor(&office, &leading, "sup.two", ID_B)
        .await;

    let resp = upload(
        &app,
        &supervisor,
        SUBMIT,
        report_input(),
        &[("執法文書.pdf", PDF)],
    )
    .await;
    let answer: Value = resp.json().await.expect("json");
    let attachment = &answer["data"]["submitReport"]["report"]["attachments"][0];
    assert_eq!(attachment["fileName"], "執法文書.pdf", "{answer}");
    assert_eq!(attachment["contentType"], "application/pdf");
    assert_eq!(attachment["size"], json!(PDF.len()));
    let url = attachment["url"].as_str().expect("url").to_owned();

    let got = download(&app, Some(&office), &url).await;
    assert_eq!(got.status(), 200);
    assert_eq!(got.headers()["content-type"], "application/pdf");
    assert_eq!(got.headers()["x-content-type-options"], "nosniff");
    assert!(
        got.headers()["content-disposition"]
            .to_str()
            .expect("ascii")
            .starts_with("attachment;")
    );
    assert_eq!(got.bytes().await.expect("bytes").as_ref(), PDF);
    // The web app shows it in its page; the permission check is the same.
    let shown = download(&app, Some(&office), &format!("{url}?inline=1")).await;
    assert!(
        shown.headers()["content-disposition"]
            .to_str()
            .expect("ascii")
            .starts_with("inline;")
    );
    assert_eq!(
        download(&app, Some(&other), &format!("{url}?inline=1"))
            .await
            .status(),
        404
    );
    assert_eq!(download(&app, Some(&supervisor), &url).await.status(), 200);
    for token in [&handler, &other] {
        assert_eq!(download(&app, Some(token), &url).await.status(), 404);
    }
    assert_eq!(download(&app, None, &url).await.status(), 401);
    assert_eq!(
        download(&app, Some(&office), "/files/999999")
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn files_of_other_types_are_refused_by_their_bytes_and_nothing_is_written() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    for (name, bytes) in [
        ("renamed.pdf", b"just some text, not a pdf".as_slice()),
        ("tool.exe", b"MZ\x90\x00\x03\x00\x00\x00".as_slice()),
    ] {
        let answer: Value = upload(&app, &supervisor, SUBMIT, report_input(), &[(name, bytes)])
            .await
            .json()
            .await
            .expect("json");
        assert_eq!(code(&answer), "VALIDATION", "{name}: {answer}");
        assert_eq!(answer["errors"][0]["extensions"]["field"], "attachments");
    }
    let count = app
        .gql(Some(&office), "{ reports { totalCount } }", json!({}))
        .await;
    assert_eq!(count["data"]["reports"]["totalCount"], json!(0));
}

#[tokio::test]
async fn files_over_the_limit_are_refused() {
    let app = spawn_app_with(|s| s.files.max_bytes = 1024).await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let mut big = PDF.to_vec();
    big.resize(4096, b' ');
    let resp = upload(
        &app,
        &supervisor,
        SUBMIT,
        report_input(),
        &[("big.pdf", &big)],
    )
    .await;
    assert_eq!(resp.status(), 413);
    let answer: Value = resp.json().await.expect("json");
    assert_eq!(code(&answer), "PAYLOAD_TOO_LARGE");
}

#[tokio::test]
async fn a_replys_files_reach_the_office_but_not_the_reporter() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣市場監管局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "scjg.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let report = app
        .accepted_report(&office, &supervisor, report_input())
        .await;
    let slip = app.issued_slip(&office, &report, &unit, None).await;
    app.gql(
        Some(&handler),
        "mutation($id: ID!) { signAssignment(input: {assignmentId: $id}) { assignment { id } } }",
        json!({ "id": slip }),
    )
    .await;
    let reply = "mutation($i: ReplyAssignmentInput!) { replyAssignment(input: $i) { assignment { attachments { url contentType } } } }";
    let answer: Value = upload(
        &app,
        &handler,
        reply,
        json!({ "assignmentId": slip, "reply": "整改照片見附件" }),
        &[("整改.png", PNG)],
    )
    .await
    .json()
    .await
    .expect("json");
    let attachment = &answer["data"]["replyAssignment"]["assignment"]["attachments"][0];
    assert_eq!(attachment["contentType"], "image/png", "{answer}");
    let url = attachment["url"].as_str().expect("url").to_owned();
    assert_eq!(download(&app, Some(&office), &url).await.status(), 200);
    assert_eq!(download(&app, Some(&handler), &url).await.status(), 200);
    assert_eq!(download(&app, Some(&supervisor), &url).await.status(), 404);
}

#[tokio::test]
async fn a_consultation_draft_is_downloaded_only_by_those_who_see_the_consultation() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let other = app.create_unit(&office, "縣人社局", "DEPARTMENT").await;
    let (_, handler) = app
        .member(&office, "zjj.handler", "UNIT_HANDLER", Some(&unit))
        .await;
    let (_, other_handler) = app
        .member(&office, "rsj.handler", "UNIT_HANDLER", Some(&other))
        .await;
    let (invited, invited_token) = app
        .active_supervisor(&office, &leading, "sup.one", ID_A)
        .await;
    let (_, uninvited) = app
        .active_supervisor(&office, &leading, "sup.two", ID_B)
        .await;
    let opened = upload(
        &app,
        &handler,
        "mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { consultation { id attachments { fileName contentType url } } } }",
        json!({ "title": "審批改革方案", "body": "見附件。", "closesOn": "2025-03-14", "memberIds": [invited] }),
        &[("方案.pdf", PDF)],
    )
    .await
    .json::<Value>()
    .await
    .expect("json");
    let files = &opened["data"]["openConsultation"]["consultation"]["attachments"];
    assert_eq!(files[0]["fileName"], "方案.pdf", "{opened}");
    assert_eq!(files[0]["contentType"], "application/pdf");
    let url = files[0]["url"].as_str().unwrap_or_default().to_owned();
    for (token, status) in [
        (&handler, 200),
        (&office, 200),
        (&invited_token, 200),
        (&uninvited, 404),
        (&other_handler, 404),
    ] {
        assert_eq!(download(&app, Some(token), &url).await.status(), status);
    }
    let refused = upload(
        &app,
        &handler,
        "mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { consultation { id } } }",
        json!({ "title": "x", "body": "y", "closesOn": "2025-03-14" }),
        &[("run.exe", b"MZ\x90\x00 an executable")],
    )
    .await
    .json::<Value>()
    .await
    .expect("json");
    assert_eq!(code(&refused), "VALIDATION");
}
