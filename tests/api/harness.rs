//! `spawn_app()` and the builders the tests share.

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use sea_orm::{ConnectionTrait, Database};
use serde_json::{Value, json};
use tokio::sync::oneshot;
use watchpost::{
    app::{App, AppState},
    clock::{Clock, ManualClock},
    config::Settings,
    service::{account::create_admin, region::NewRegion},
};

pub const ADMIN_PASSWORD: &str = "Admin-pass-1";
pub const NEW_PASSWORD: &str = "Fresh-pass-2";

pub struct TestApp {
    pub base: String,
    pub clock: Arc<ManualClock>,
    pub state: AppState,
    client: reqwest::Client,
    shutdown: Option<oneshot::Sender<()>>,
    _db: TestDb,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts the server with settings changed by `configure`, on SQLite, or on PostgreSQL when
/// `WATCHPOST_TEST_DATABASE_URL` names a server.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    let db = TestDb::create().await;
    let mut settings = Settings {
        database_url: db.url.clone(),
        ..Settings::default()
    };
    settings.files.folder = db.files.clone();
    settings.mail.folder = db.files.join("mail");
    // Every user of a test comes from 127.0.0.1; the limits have tests of their own.
    settings.limits.requests_per_minute = 100_000;
    settings.limits.sign_ins_per_minute = 100_000;
    settings.limits.nominations_per_hour = 100_000;
    settings.limits.uploads_per_minute = 100_000;
    settings.limits.exports_per_minute = 100_000;
    configure(&mut settings);
    let start = Utc
        .with_ymd_and_hms(2025, 3, 3, 1, 0, 0)
        .single()
        .expect("valid instant");
    let clock = Arc::new(ManualClock::new(start));
    let app = App::build(settings, clock.clone())
        .await
        .expect("app builds");
    let state = app.state.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("free port");
    let addr = listener.local_addr().expect("bound address");
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let _ = app
            .serve(listener, async {
                let _ = rx.await;
            })
            .await;
    });
    TestApp {
        base: format!("http://{addr}"),
        clock,
        state,
        client: reqwest::Client::new(),
        shutdown: Some(tx),
        _db: db,
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// The `/metrics` page as text.
    pub async fn metrics(&self) -> String {
        self.client
            .get(self.url("/metrics"))
            .send()
            .await
            .expect("metrics answered")
            .text()
            .await
            .expect("metrics text")
    }

    /// Posts one GraphQL operation and returns the whole JSON answer.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let resp = self
            .post(token, &json!({ "query": query, "variables": variables }))
            .await;
        resp.json().await.expect("JSON answer")
    }

    pub async fn post(&self, token: Option<&str>, body: &Value) -> reqwest::Response {
        let mut req = self.client.post(self.url("/graphql")).json(body);
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        req.send().await.expect("request sent")
    }

    pub async fn login(&self, username: &str, password: &str) -> Value {
        self.login_from(&self.client, username, password).await
    }

    /// Signs in through `client` (see `client_from`); returns the whole answer.
    pub async fn login_from(
        &self,
        client: &reqwest::Client,
        username: &str,
        password: &str,
    ) -> Value {
        let body = json!({
            "query": "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token account { id username role mustChangePassword } } }",
            "variables": { "u": username, "p": password },
        });
        client
            .post(self.url("/graphql"))
            .json(&body)
            .send()
            .await
            .expect("request sent")
            .json()
            .await
            .expect("JSON answer")
    }

    pub async fn token_for(&self, username: &str, password: &str) -> String {
        let answer = self.login(username, password).await;
        answer["data"]["login"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("login failed: {answer}"))
            .to_owned()
    }

    /// A platform admin made the way `watchpost create-admin` makes one; returns its token.
    pub async fn platform_admin(&self) -> String {
        self.cli_admin("admin", None).await;
        self.token_for("admin", ADMIN_PASSWORD).await
    }

    /// An office account of a new region with this code; returns its token.
    pub async fn office(&self, region_code: &str) -> String {
        let username = format!("office{region_code}");
        self.cli_admin(&username, Some(region_code)).await;
        self.token_for(&username, ADMIN_PASSWORD).await
    }

    async fn cli_admin(&self, username: &str, region_code: Option<&str>) {
        let region = region_code.map(|code| NewRegion {
            code: code.into(),
            name: format!("County {code}"),
            parent_code: None,
            time_zone: None,
            slip_prefix: None,
        });
        create_admin(
            &self.state.db,
            &self.state.vault,
            self.clock.now(),
            username,
            ADMIN_PASSWORD.into(),
            region,
        )
        .await
        .unwrap_or_else(|e| panic!("create_admin: {}", e.message()));
    }

    /// Runs a job for every region as of `now` (RFC 3339), as `watchpost jobs run NAME --now`
    /// does: a chosen clock belongs to the command line, not to `runJob`.
    pub async fn run_job(&self, name: &str, now: &str) -> watchpost::jobs::RunReport {
        let now = chrono::DateTime::parse_from_rfc3339(now)
            .expect("an RFC 3339 instant")
            .with_timezone(&Utc);
        let mut reports = watchpost::jobs::run(&self.state, name, now, None)
            .await
            .unwrap_or_else(|e| panic!("{name}: {}", e.message()));
        assert_eq!(reports.len(), 1, "one region");
        reports.remove(0)
    }

    /// The county's discipline commission (縣紀委監委) and a signed-in member of it.
    pub async fn commission_member(&self, office: &str, username: &str) -> String {
        let commission = self
            .create_unit(office, "縣紀委監委", "DISCIPLINE_COMMISSION")
            .await;
        let (_, token) = self
            .member(office, username, "DISCIPLINE", Some(&commission))
            .await;
        token
    }

    pub async fn create_unit(&self, office: &str, name: &str, kind: &str) -> String {
        let answer = self
            .gql(
                Some(office),
                "mutation($n: String!, $k: UnitKind!) { createUnit(input: {name: $n, kind: $k}) { unit { id } } }",
                json!({ "n": name, "k": kind }),
            )
            .await;
        answer["data"]["createUnit"]["unit"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("createUnit failed: {answer}"))
            .to_owned()
    }

    /// Creates an account through the API and signs it in past the forced password change.
    /// Returns (account id, token).
    pub async fn member(
        &self,
        creator: &str,
        username: &str,
        role: &str,
        unit_id: Option<&str>,
    ) -> (String, String) {
        let answer = self
            .gql(
                Some(creator),
                "mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } temporaryPassword } }",
                json!({ "i": { "username": username, "displayName": username, "role": role, "unitId": unit_id, "phone": "13812345678" } }),
            )
            .await;
        let created = &answer["data"]["createAccount"];
        let id = created["account"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("createAccount failed: {answer}"))
            .to_owned();
        let temporary = created["temporaryPassword"].as_str().expect("password");
        (id, self.first_sign_in(username, temporary).await)
    }

    /// Signs in with a one-time password and replaces it with `NEW_PASSWORD`; returns the token.
    pub async fn first_sign_in(&self, username: &str, temporary: &str) -> String {
        let first = self.token_for(username, temporary).await;
        let changed = self
            .gql(
                Some(&first),
                "mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { token } }",
                json!({ "c": temporary, "n": NEW_PASSWORD }),
            )
            .await;
        changed["data"]["changePassword"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("changePassword failed: {changed}"))
            .to_owned()
    }
}

/// A client whose requests leave from `address` (any of 127.0.0.0/8 reaches the server).
pub fn client_from(address: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(address.parse::<std::net::IpAddr>().ok())
        .build()
        .expect("client")
}

/// The first error's `extensions.code`, or "" when the answer has none.
pub fn code(answer: &Value) -> &str {
    answer["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("")
}

/// A database of its own for one test, dropped afterwards.
struct TestDb {
    url: String,
    /// The test's own attachment store.
    files: std::path::PathBuf,
    cleanup: Option<(String, String)>,
}

impl TestDb {
    async fn create() -> Self {
        let name = format!("watchpost_test_{}", uuid::Uuid::new_v4().simple());
        let files = std::env::temp_dir().join(format!("{name}-files"));
        match std::env::var("WATCHPOST_TEST_DATABASE_URL") {
            Ok(admin_url) if admin_url.starts_with("postgres") => {
                let admin = Database::connect(&admin_url)
                    .await
                    .expect("PostgreSQL reachable");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .expect("test database created");
                let base = admin_url
                    .rsplit_once('/')
                    .map(|(base, _)| base)
                    .expect("URL with a database name");
                Self {
                    url: format!("{base}/{name}"),
                    files,
                    cleanup: Some((admin_url, name)),
                }
            }
            _ => {
                let path = std::env::temp_dir().join(format!("{name}.db"));
                Self {
                    url: format!("sqlite://{}?mode=rwc", path.display()),
                    files,
                    cleanup: None,
                }
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.files);
        match self.cleanup.take() {
            Some((admin_url, name)) => {
                // Drop runs inside the test's runtime, which cannot block on itself.
                let _ = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .expect("runtime");
                    rt.block_on(async {
                        if let Ok(admin) = Database::connect(&admin_url).await {
                            let _ = admin
                                .execute_unprepared(&format!(
                                    "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                                ))
                                .await;
                        }
                    });
                })
                .join();
            }
            None => {
                if let Some(path) = self
                    .url
                    .strip_prefix("sqlite://")
                    .and_then(|p| p.split('?').next())
                {
                    for suffix in ["", "-wal", "-shm"] {
                        let _ = std::fs::remove_file(format!("{path}{suffix}"));
                    }
                }
            }
        }
    }
}

pub const SUPERVISOR_FIELDS: &str = "id kind status statusReason name npcOrCppcc idNumber phone";

impl TestApp {
    /// The office enters a supervisor nomination recommended by the county NPC; returns the
    /// whole answer.
    pub async fn nominate_supervisor(&self, office: &str, name: &str, id_number: &str) -> Value {
        self.gql(
            Some(office),
            &format!("mutation($i: SubmitNominationInput!) {{ submitNomination(input: $i) {{ nomination {{ {SUPERVISOR_FIELDS} }} receiptCode }} }}"),
            json!({ "i": {
                "kind": "SUPERVISOR", "category": "ENTERPRISE_REPRESENTATIVE", "recommender": "NPC",
                "name": name, "affiliation": "岳陽某公司", "idNumber": id_number, "phone": "13912345678",
                "declarations": ["NO_DISCIPLINARY_SANCTION", "NO_CRIMINAL_PENALTY", "NOT_ON_DISHONEST_LIST"],
            } }),
        )
        .await
    }

    /// A supervisor nomination's id, entered by the office.
    pub async fn supervisor_nomination(&self, office: &str, name: &str, id_number: &str) -> String {
        let answer = self.nominate_supervisor(office, name, id_number).await;
        answer["data"]["submitNomination"]["nomination"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("submitNomination failed: {answer}"))
            .to_owned()
    }

    pub async fn review_nomination(
        &self,
        token: &str,
        id: &str,
        decision: &str,
        comment: Option<&str>,
    ) -> Value {
        self.gql(
            Some(token),
            "mutation($i: ReviewNominationInput!) { reviewNomination(input: $i) { nomination { status statusReason } } }",
            json!({ "i": { "nominationId": id, "decision": decision, "comment": comment } }),
        )
        .await
    }

    /// The office and a leading-group member of a new region: (office, leading group).
    pub async fn office_and_leading_group(&self, region_code: &str) -> (String, String) {
        let office = self.office(region_code).await;
        let (_, leading) = self
            .member(&office, &format!("lg{region_code}"), "LEADING_GROUP", None)
            .await;
        (office, leading)
    }
}

/// The status a review answer reports.
pub fn status_of(answer: &Value) -> &str {
    answer["data"]["reviewNomination"]["nomination"]["status"]
        .as_str()
        .unwrap_or("")
}

impl TestApp {
    /// A supervisor taken through the whole pipeline: nominated, checked, approved, trained,
    /// certified, signed in past the password change. Returns (member id, token).
    pub async fn active_supervisor(
        &self,
        office: &str,
        leading: &str,
        username: &str,
        id_number: &str,
    ) -> (String, String) {
        self.active_supervisor_named(office, leading, username, username, id_number)
            .await
    }

    /// The same, for a supervisor whose name differs from the account's username.
    pub async fn active_supervisor_named(
        &self,
        office: &str,
        leading: &str,
        username: &str,
        name: &str,
        id_number: &str,
    ) -> (String, String) {
        let id = self.supervisor_nomination(office, name, id_number).await;
        self.review_nomination(office, &id, "APPROVE", None).await;
        self.review_nomination(leading, &id, "APPROVE", None).await;
        self.gql(
            Some(office),
            "mutation($i: RecordTrainingInput!) { recordTraining(input: $i) { attendees { status } } }",
            json!({ "i": { "title": "崗前培訓", "heldOn": self.clock.now().date_naive(), "memberIds": [id] } }),
        )
        .await;
        let issued = self
            .gql(
                Some(office),
                "mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { temporaryPassword } }",
                json!({ "i": { "memberId": id, "certificateNumber": format!("NO-{username}"), "newAccount": { "username": username } } }),
            )
            .await;
        let temporary = issued["data"]["issueCertificate"]["temporaryPassword"]
            .as_str()
            .unwrap_or_else(|| panic!("issueCertificate failed: {issued}"))
            .to_owned();
        (id, self.first_sign_in(username, &temporary).await)
    }
}

impl TestApp {
    /// A problem report by `reporter`, accepted by `office`; returns its id.
    pub async fn accepted_report(&self, office: &str, reporter: &str, report: Value) -> String {
        let submitted = self
            .gql(
                Some(reporter),
                "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }",
                json!({ "i": report }),
            )
            .await;
        let id = submitted["data"]["submitReport"]["report"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("submitReport failed: {submitted}"))
            .to_owned();
        let accepted = self
            .gql(
                Some(office),
                "mutation($id: ID!) { acceptReport(input: {reportId: $id}) { report { id } } }",
                json!({ "id": id }),
            )
            .await;
        assert!(accepted["data"]["acceptReport"].is_object(), "{accepted}");
        id
    }

    /// A slip for one report to `unit`, with an optional deadline; returns its id.
    pub async fn issued_slip(
        &self,
        office: &str,
        report: &str,
        unit: &str,
        deadline: Option<&str>,
    ) -> String {
        let issued = self
            .gql(
                Some(office),
                "mutation($i: IssueAssignmentInput!) { issueAssignment(input: $i) { assignment { id } } }",
                json!({ "i": { "reportIds": [report], "unitId": unit, "mode": "ASSIGN", "requirement": "請核查並按時答覆。", "deadline": deadline } }),
            )
            .await;
        issued["data"]["issueAssignment"]["assignment"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("issueAssignment failed: {issued}"))
            .to_owned()
    }
}
