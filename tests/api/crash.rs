//! Crash safety: the real binary is stopped at a failpoint and killed with SIGKILL, then run
//! again. Nothing is lost, nothing is half-written, each referral happens once, and at most
//! the one message in flight is sent again, with the same Message-ID.

use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::Duration,
};

use entities::{assignment, audit_event, job_run, notification, outbox_message, referral};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use watchpost::failpoint::{AFTER_JOB_CLAIM, AFTER_SMTP_ACCEPT, BEFORE_SLIP_COMMIT};

use crate::{
    harness::{ADMIN_PASSWORD, NEW_PASSWORD, TestApp, spawn_app},
    mail::give_everyone_email,
    smtp::SmtpServer,
};

/// The binary on the test's database, with the given failpoint armed.
struct Process {
    child: Child,
    stderr: mpsc::Receiver<String>,
}

impl Process {
    fn start(
        app: &TestApp,
        args: &[&str],
        failpoint: Option<&str>,
        env: &[(&str, String)],
    ) -> Self {
        let settings = &app.state.settings;
        let mut command = Command::new(env!("CARGO_BIN_EXE_watchpost"));
        command
            .args(args)
            .env("WATCHPOST_DATABASE_URL", &settings.database_url)
            .env("WATCHPOST_FILES__FOLDER", &settings.files.folder)
            .env("WATCHPOST_MAIL__FOLDER", &settings.mail.folder)
            .env("WATCHPOST_JOBS__ENABLED", "false")
            .env("WATCHPOST_LIMITS__SIGN_INS_PER_MINUTE", "100000")
            .env("RUST_LOG", "error")
            .env_remove("WATCHPOST_FAILPOINT")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if let Some(name) = failpoint {
            command.env("WATCHPOST_FAILPOINT", name);
        }
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("the binary starts");
        let (tx, stderr) = mpsc::channel();
        let pipe = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Self { child, stderr }
    }

    /// Waits (off the runtime) until the process reports the failpoint, then kills it.
    async fn kill_at(mut self, failpoint: &str) {
        let wanted = format!("failpoint {failpoint} reached");
        let (process, reached) = tokio::task::spawn_blocking(move || {
            let deadline = std::time::Instant::now() + Duration::from_secs(60);
            let mut seen = Vec::new();
            while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
                match self.stderr.recv_timeout(left) {
                    Ok(line) if line.contains(&wanted) => return (self, true),
                    Ok(line) => seen.push(line),
                    Err(_) => break,
                }
            }
            eprintln!("{}", seen.join("\n"));
            (self, false)
        })
        .await
        .expect("joined");
        self = process;
        assert!(reached, "the process reached {failpoint}");
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }

    fn kill_at_exit(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Waits for a process that should end by itself.
    async fn finish(mut self) {
        let status = tokio::task::spawn_blocking(move || self.child.wait())
            .await
            .expect("joined")
            .expect("ended");
        assert!(status.success(), "{status}");
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// `watchpost serve` on the test's database; returns it and its base URL once healthy.
async fn serve(app: &TestApp, failpoint: Option<&str>) -> (Process, String) {
    let port = free_port();
    let bind = format!("127.0.0.1:{port}");
    let process = Process::start(app, &["serve", "--bind", &bind], failpoint, &[]);
    let base = format!("http://{bind}");
    for _ in 0..100 {
        if reqwest::get(format!("{base}/healthz")).await.is_ok() {
            return (process, base);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not come up");
}

async fn gql(base: &str, token: Option<&str>, query: &str, variables: Value) -> Value {
    let mut request = reqwest::Client::new()
        .post(format!("{base}/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json")
}

const ISSUE: &str =
    "mutation($i: IssueAssignmentInput!) { issueAssignment(input: $i) { assignment { number } } }";

#[tokio::test]
async fn a_slip_killed_before_its_commit_leaves_no_trace_and_no_gap_in_the_numbers() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let unit = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", "430621198001010026")
        .await;
    let report = app
        .accepted_report(
            &office,
            &supervisor,
            json!({ "kind": "PROBLEM", "title": "施工許可久拖", "body": "三個月未辦結。", "area": "GOVERNMENT_SERVICES" }),
        )
        .await;
    let input = json!({ "i": { "reportIds": [report], "unitId": unit, "mode": "ASSIGN", "requirement": "請核查。" } });
    let db = &app.state.db;
    let events_before = audit_event::Entity::find().count(db).await.expect("count");

    let (server, base) = serve(&app, Some(BEFORE_SLIP_COMMIT)).await;
    let login = gql(&base, None, "mutation($p: String!) { login(input: {username: \"office430621\", password: $p}) { token } }", json!({ "p": ADMIN_PASSWORD })).await;
    let token = login["data"]["login"]["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let hanging = {
        let (base, token, input) = (base.clone(), token.clone(), input.clone());
        tokio::spawn(async move { gql(&base, Some(&token), ISSUE, input).await })
    };
    server.kill_at(BEFORE_SLIP_COMMIT).await;
    let _ = hanging.await;

    assert_eq!(
        assignment::Entity::find().count(db).await.expect("count"),
        0
    );
    let issued_notices = notification::Entity::find()
        .filter(notification::Column::Kind.eq("assignment_issued"))
        .count(db)
        .await
        .expect("count");
    assert_eq!(issued_notices, 0, "no notice of a slip that never was");
    let sign_in_events = 1; // the login on the killed server committed before the failpoint
    assert_eq!(
        audit_event::Entity::find().count(db).await.expect("count"),
        events_before + sign_in_events
    );

    let (server, base) = serve(&app, None).await;
    let issued = gql(&base, Some(&token), ISSUE, input).await;
    let number = issued["data"]["issueAssignment"]["assignment"]["number"]
        .as_str()
        .unwrap_or_else(|| panic!("{issued}"))
        .to_owned();
    assert!(
        number.ends_with("〕1号"),
        "the first number again: {number}"
    );
    server.kill_at_exit();
}

#[tokio::test]
async fn a_job_killed_after_its_claim_refers_each_overdue_slip_exactly_once() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    app.create_unit(&office, "縣紀委監委", "DISCIPLINE_COMMISSION")
        .await;
    let unit = app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", "430621198001010026")
        .await;
    let report = app
        .accepted_report(
            &office,
            &supervisor,
            json!({ "kind": "PROBLEM", "title": "施工許可久拖", "body": "三個月未辦結。", "area": "GOVERNMENT_SERVICES" }),
        )
        .await;
    app.issued_slip(&office, &report, &unit, Some("2025-03-07"))
        .await;
    let db = &app.state.db;
    let run = [
        "jobs",
        "run",
        "escalate-overdue",
        "--now",
        "2025-03-20T01:00:00Z",
    ];

    Process::start(&app, &run, Some(AFTER_JOB_CLAIM), &[])
        .kill_at(AFTER_JOB_CLAIM)
        .await;
    let claimed = job_run::Entity::find().all(db).await.expect("runs");
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].status, "running", "claimed, then killed");
    assert_eq!(referral::Entity::find().count(db).await.expect("count"), 0);

    for _ in 0..2 {
        Process::start(&app, &run, None, &[]).finish().await;
        assert_eq!(
            referral::Entity::find().count(db).await.expect("count"),
            1,
            "exactly one referral for the episode"
        );
    }
    let overdue_notices = notification::Entity::find()
        .filter(notification::Column::Kind.eq("assignment_overdue"))
        .count(db)
        .await
        .expect("count");
    assert!(
        overdue_notices > 0,
        "the unit and the office were told, once per episode"
    );
}

#[tokio::test]
async fn a_dispatcher_killed_after_the_smtp_server_accepted_sends_only_that_message_again() {
    let smtp = SmtpServer::start();
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    app.create_unit(&office, "縣住建局", "DEPARTMENT").await;
    app.active_supervisor(&office, &leading, "sup.one", "430621198001010026")
        .await;
    give_everyone_email(&app).await;
    let supervisor_token = app.token_for("sup.one", NEW_PASSWORD).await;
    for title in ["甲", "乙", "丙"] {
        let answer = app
            .gql(
                Some(&supervisor_token),
                "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
                json!({ "i": { "kind": "PROBLEM", "title": title, "body": "企業反映強制停產。", "area": "REGULATORY_ENFORCEMENT", "major": true } }),
            )
            .await;
        assert!(answer["errors"].is_null(), "{answer}");
    }
    let db = &app.state.db;
    let rows = outbox_message::Entity::find()
        .count(db)
        .await
        .expect("count");
    assert!(rows >= 3, "{rows}");
    let smtp_env = [
        ("WATCHPOST_MAIL__TRANSPORT", "smtp".to_owned()),
        ("WATCHPOST_MAIL__SMTP_HOST", "127.0.0.1".to_owned()),
        ("WATCHPOST_MAIL__SMTP_PORT", smtp.port.to_string()),
        ("WATCHPOST_MAIL__SMTP_SECURITY", "plain".to_owned()),
        // One send at a time: exactly one message is in flight when the process dies.
        ("WATCHPOST_MAIL__POOL_SIZE", "1".to_owned()),
    ];
    // Monday 10:00 in the county: within working hours.
    let first = [
        "jobs",
        "run",
        "outbox-dispatch",
        "--now",
        "2025-03-03T02:00:00Z",
    ];
    Process::start(&app, &first, Some(AFTER_SMTP_ACCEPT), &smtp_env)
        .kill_at(AFTER_SMTP_ACCEPT)
        .await;
    let delivered = smtp.received();
    assert_eq!(
        delivered.len(),
        1,
        "one message got through before the kill"
    );
    let in_flight = delivered[0]
        .header("Message-ID")
        .expect("Message-ID")
        .to_owned();
    let sent = outbox_message::Entity::find()
        .filter(outbox_message::Column::Status.eq("sent"))
        .count(db)
        .await
        .expect("count");
    assert_eq!(
        sent, 0,
        "its row was not marked sent; the rest of the batch waits under its lease"
    );

    // A dispatcher whose clock says ten minutes later must still wait for the lease, which
    // runs by the database's clock.
    let later = [
        "jobs",
        "run",
        "outbox-dispatch",
        "--now",
        "2025-03-03T02:10:00Z",
    ];
    Process::start(&app, &later, None, &smtp_env).finish().await;
    assert_eq!(smtp.received().len(), 1, "nothing taken over early");
    // Once the lease has lapsed, everything goes, the one in flight again.
    outbox_message::Entity::update_many()
        .col_expr(
            outbox_message::Column::NextAttemptAt,
            sea_orm::sea_query::Expr::value(watchpost::db::now(db).await.expect("time")),
        )
        .filter(outbox_message::Column::Status.eq("sending"))
        .exec(db)
        .await
        .expect("lease lapsed");
    Process::start(&app, &later, None, &smtp_env).finish().await;
    let delivered = smtp.received();
    assert_eq!(
        delivered.len() as u64,
        rows + 1,
        "every row once, one of them twice"
    );
    let mut ids: Vec<String> = delivered
        .iter()
        .filter_map(|m| m.header("Message-ID").map(str::to_owned))
        .collect();
    assert_eq!(ids.iter().filter(|id| **id == in_flight).count(), 2);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len() as u64, rows, "no other message twice");
    let unsent = outbox_message::Entity::find()
        .filter(outbox_message::Column::Status.ne("sent"))
        .count(db)
        .await
        .expect("count");
    assert_eq!(unsent, 0, "nothing lost");
}
