//! Settings: safe defaults, then an optional TOML file, then `WATCHPOST_*` environment variables
//! (nested keys joined with `__`, e.g. `WATCHPOST_AUTH__IDLE_TIMEOUT_MINUTES`).

use std::{fmt, net::SocketAddr, path::Path, time::Duration};

use figment::{
    Figment,
    providers::{Env, Format, Serialized, Toml},
};
use serde::{Deserialize, Serialize};

/// Used only in development; production refuses to start with them.
const DEVELOPMENT_SECRET_KEY: &str = "watchpost-development-secret-key-not-for-production";
const DEVELOPMENT_DATA_KEY: &str = "ZGV2ZWxvcG1lbnQtb25seS1kYXRhLWtleS0zMmJ5dGU=";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    Development,
    Production,
}

#[derive(Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub profile: Profile,
    pub bind: SocketAddr,
    /// Where people open the web app (`https://yhb.example.gov.cn`), for the links in mail;
    /// `http://` and `bind` when unset.
    pub public_url: Option<String>,
    pub database_url: String,
    /// Keys the session-token hashes; at least 32 characters; required in production.
    pub secret_key: String,
    /// Encrypts ID numbers and phones at rest: 32 bytes, base64; required in production.
    pub data_key: String,
    /// Keys the blind indexes once `data_key` has been rotated (`watchpost rotate-key` says
    /// what to set); unset, `data_key` keys them.
    pub index_key: Option<String>,
    pub membership: MembershipSettings,
    pub assignment: AssignmentSettings,
    pub files: FileSettings,
    pub auth: AuthSettings,
    pub graphql: GraphqlSettings,
    pub log: LogSettings,
    pub mail: MailSettings,
    pub jobs: JobSettings,
    pub audit: AuditSettings,
    pub limits: LimitSettings,
    pub metrics: MetricsSettings,
}

/// Who may read `/metrics`: an address in `allow_from`, or a scraper sending
/// `Authorization: Bearer <bearer_token>` (Prometheus supports both).
#[derive(Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct MetricsSettings {
    pub allow_from: Vec<ipnet::IpNet>,
    pub bearer_token: Option<String>,
}

impl Default for MetricsSettings {
    fn default() -> Self {
        Self {
            allow_from: ["127.0.0.0/8", "::1/128"]
                .iter()
                .filter_map(|net| net.parse().ok())
                .collect(),
            bearer_token: None,
        }
    }
}

impl MetricsSettings {
    /// Whether a request from `address` with this bearer token may read the metrics.
    pub fn admits(&self, address: Option<std::net::IpAddr>, bearer: Option<&str>) -> bool {
        use sha2::{Digest, Sha256};
        let allowed = address.is_some_and(|ip| {
            let ip = ip.to_canonical();
            self.allow_from.iter().any(|net| net.contains(&ip))
        });
        // Digests compared, so the time taken tells nothing of the token.
        let token = match (&self.bearer_token, bearer) {
            (Some(expected), Some(given)) => {
                Sha256::digest(expected.as_bytes()) == Sha256::digest(given.as_bytes())
            }
            _ => false,
        };
        allowed || token
    }
}

impl fmt::Debug for MetricsSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MetricsSettings")
            .field("allow_from", &self.allow_from)
            .field(
                "bearer_token",
                &self.bearer_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailTransport {
    /// `.eml` files in `mail.folder`: the embedded default.
    File,
    Smtp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmtpSecurity {
    /// Plain connection upgraded with STARTTLS (port 587); refuses a server without it.
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a relay on the same host.
    Plain,
}

#[derive(Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct MailSettings {
    pub transport: MailTransport,
    /// Sender, e.g. `优化办 <noreply@example.gov.cn>`; its domain also names Message-IDs.
    pub from: String,
    pub folder: std::path::PathBuf,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_security: SmtpSecurity,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    /// Pooled SMTP connections, which is also how many messages are sent at once.
    pub pool_size: u32,
    /// Kept short: a pooled connection the server closed is not reconnected by lettre.
    pub pool_idle_seconds: u64,
    /// Around every send, not just the connect: a stalled server must not hang the dispatcher.
    pub send_timeout_ms: u64,
    pub max_attempts: i32,
    pub retry_base_seconds: u64,
    pub retry_max_seconds: u64,
    /// Routine mail goes out only between these local times on the region's working days.
    pub working_hours_start: chrono::NaiveTime,
    pub working_hours_end: chrono::NaiveTime,
    /// Rows one dispatcher claims at a time.
    pub batch_size: u64,
    pub poll_interval_ms: u64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct JobSettings {
    /// Run the scheduler and the outbox dispatcher inside `serve`.
    pub enabled: bool,
    /// Local time the daily jobs run at.
    pub daily_at: chrono::NaiveTime,
    /// How long a claimed run holds before another replica may take it over.
    pub lease_seconds: i64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct LimitSettings {
    /// GraphQL requests per minute, per client address and per session.
    pub requests_per_minute: u32,
    /// `login` attempts per minute per client address.
    pub sign_ins_per_minute: u32,
    /// Anonymous nominations per hour per client address.
    pub nominations_per_hour: u32,
    /// Requests with files per minute per client address.
    pub uploads_per_minute: u32,
    /// Conclusion-report downloads (each recomputes a quarter) per minute, per client address
    /// and per session, on top of the request allowance.
    pub exports_per_minute: u32,
    /// Files in one request.
    pub max_upload_files: usize,
    /// The whole request body must arrive within this.
    pub body_read_timeout_ms: u64,
    /// A connection that sends nothing for this long is closed, also mid-request; keep it
    /// above `graphql.request_timeout_ms`.
    pub idle_timeout_seconds: u64,
}

impl Default for LimitSettings {
    fn default() -> Self {
        Self {
            requests_per_minute: 600,
            sign_ins_per_minute: 10,
            nominations_per_hour: 10,
            uploads_per_minute: 30,
            exports_per_minute: 6,
            max_upload_files: 10,
            body_read_timeout_ms: 15_000,
            idle_timeout_seconds: 30,
        }
    }
}

/// Audit events are kept at least this long; a shorter retention is refused.
pub const MIN_AUDIT_RETENTION_DAYS: u32 = 180;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditSettings {
    /// `watchpost audit prune` drops events older than this; unset keeps them for ever.
    /// At least 180 (the database refuses to delete younger events in any case).
    pub retention_days: Option<u32>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct AuthSettings {
    pub idle_timeout_minutes: u32,
    pub absolute_timeout_hours: u32,
    /// Failed sign-ins for one username from one address before the next must wait.
    pub max_failed_logins: u32,
    /// Failures are forgotten after this long without a new one.
    pub failed_login_window_minutes: u32,
    /// The first wait; it doubles with each further failure.
    pub first_delay_seconds: u32,
    /// The longest wait.
    #[serde(alias = "lockout_minutes")]
    pub max_delay_minutes: u32,
}

impl AuthSettings {
    pub fn sign_in_policy(&self) -> crate::domain::sign_in::Policy {
        use chrono::Duration;
        crate::domain::sign_in::Policy {
            free: self.max_failed_logins,
            first_delay: Duration::seconds(i64::from(self.first_delay_seconds)),
            max_delay: Duration::minutes(i64::from(self.max_delay_minutes)),
            forget_after: Duration::minutes(i64::from(self.failed_login_window_minutes)),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct MembershipSettings {
    pub supervisor_quota: u32,
    pub monitoring_point_quota: u32,
    pub term_years: u32,
    pub max_age: u32,
    /// Anonymous nominations accepted per client address per hour.
    pub anonymous_nominations_per_hour: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct AssignmentSettings {
    /// Working days from issue to the default deadline.
    pub default_working_days: u32,
    /// Slip number pattern with `{prefix}`, `{year}` and `{seq}`.
    pub number_pattern: String,
    /// Working days a unit has to answer an inquiry or document request.
    pub inquiry_working_days: u32,
    /// Working days past the deadline after which an overdue slip is referred to the
    /// discipline commission.
    pub grace_working_days: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct FileSettings {
    /// Where attachments are stored, by SHA-256.
    pub folder: std::path::PathBuf,
    /// The most one request may upload, in bytes.
    pub max_bytes: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct GraphqlSettings {
    pub max_depth: usize,
    pub max_complexity: usize,
    /// Directives allowed on one field.
    pub max_directives: usize,
    /// The deepest nesting of brackets in a request's JSON and in its document, and of
    /// selection sets with fragments spread; checked before anything parses them.
    pub max_nesting: usize,
    /// Field selections in one operation with its fragments expanded (counted without
    /// expanding), so validation's work stays bounded.
    pub max_selections: u64,
    pub max_page_size: u32,
    pub max_body_bytes: usize,
    pub request_timeout_ms: u64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct LogSettings {
    /// `text` for people, `json` for log collectors.
    pub format: String,
    /// A tracing filter such as `info,watchpost=debug`; `RUST_LOG` wins when set.
    pub filter: String,
}

impl Settings {
    /// The web app's address without a trailing slash, for links in mail.
    pub fn app_url(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.bind),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            profile: Profile::Development,
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            public_url: None,
            database_url: "sqlite://watchpost.db?mode=rwc".into(),
            secret_key: DEVELOPMENT_SECRET_KEY.into(),
            data_key: DEVELOPMENT_DATA_KEY.into(),
            index_key: None,
            membership: MembershipSettings::default(),
            assignment: AssignmentSettings::default(),
            files: FileSettings::default(),
            auth: AuthSettings::default(),
            graphql: GraphqlSettings::default(),
            log: LogSettings::default(),
            mail: MailSettings::default(),
            jobs: JobSettings::default(),
            audit: AuditSettings::default(),
            limits: LimitSettings::default(),
            metrics: MetricsSettings::default(),
        }
    }
}

impl Default for AuthSettings {
    fn default() -> Self {
        Self {
            idle_timeout_minutes: 30,
            absolute_timeout_hours: 8,
            max_failed_logins: 5,
            failed_login_window_minutes: 60,
            first_delay_seconds: 60,
            max_delay_minutes: 15,
        }
    }
}

impl Default for MembershipSettings {
    fn default() -> Self {
        Self {
            supervisor_quota: 10,
            monitoring_point_quota: 15,
            term_years: 2,
            max_age: 60,
            anonymous_nominations_per_hour: 5,
        }
    }
}

impl Default for AssignmentSettings {
    fn default() -> Self {
        Self {
            default_working_days: 10,
            number_pattern: "{prefix}〔{year}〕{seq}号".into(),
            inquiry_working_days: 10,
            grace_working_days: 5,
        }
    }
}

impl Default for FileSettings {
    fn default() -> Self {
        Self {
            folder: "files".into(),
            max_bytes: 50 * 1024 * 1024,
        }
    }
}

impl Default for GraphqlSettings {
    fn default() -> Self {
        Self {
            max_depth: 10,
            max_complexity: 500,
            max_directives: 5,
            max_nesting: 32,
            max_selections: 5_000,
            max_page_size: 100,
            max_body_bytes: 1024 * 1024,
            request_timeout_ms: 10_000,
        }
    }
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            transport: MailTransport::File,
            from: "营商环境监督平台 <noreply@watchpost.localhost>".into(),
            folder: "mail".into(),
            smtp_host: "127.0.0.1".into(),
            smtp_port: 587,
            smtp_security: SmtpSecurity::Starttls,
            smtp_username: None,
            smtp_password: None,
            pool_size: 20,
            pool_idle_seconds: 30,
            send_timeout_ms: 30_000,
            max_attempts: 8,
            retry_base_seconds: 60,
            retry_max_seconds: 3600,
            working_hours_start: chrono::NaiveTime::from_hms_opt(8, 30, 0).unwrap_or_default(),
            working_hours_end: chrono::NaiveTime::from_hms_opt(17, 30, 0).unwrap_or_default(),
            batch_size: 50,
            poll_interval_ms: 1000,
        }
    }
}

impl fmt::Debug for MailSettings {
    // By hand so the SMTP password never reaches a log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MailSettings")
            .field("transport", &self.transport)
            .field("from", &self.from)
            .field("folder", &self.folder)
            .field("smtp_host", &self.smtp_host)
            .field("smtp_port", &self.smtp_port)
            .field("smtp_security", &self.smtp_security)
            .field("smtp_username", &self.smtp_username)
            .field(
                "smtp_password",
                &self.smtp_password.as_ref().map(|_| "<redacted>"),
            )
            .field("pool_size", &self.pool_size)
            .field("send_timeout_ms", &self.send_timeout_ms)
            .field("max_attempts", &self.max_attempts)
            .finish_non_exhaustive()
    }
}

impl Default for JobSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            daily_at: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            lease_seconds: 600,
        }
    }
}

impl Default for LogSettings {
    fn default() -> Self {
        Self {
            format: "text".into(),
            filter: "info".into(),
        }
    }
}

impl fmt::Debug for Settings {
    // Written by hand so the secret key and database password never reach a log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("profile", &self.profile)
            .field("bind", &self.bind)
            .field("public_url", &self.public_url)
            .field("database_url", &redact_url(&self.database_url))
            .field("secret_key", &"<redacted>")
            .field("data_key", &"<redacted>")
            .field("index_key", &self.index_key.as_ref().map(|_| "<redacted>"))
            .field("membership", &self.membership)
            .field("assignment", &self.assignment)
            .field("files", &self.files)
            .field("auth", &self.auth)
            .field("graphql", &self.graphql)
            .field("log", &self.log)
            .field("mail", &self.mail)
            .field("jobs", &self.jobs)
            .field("limits", &self.limits)
            .field("metrics", &self.metrics)
            .finish()
    }
}

impl Settings {
    /// Defaults, then the TOML file if given, then the environment.
    pub fn load(config_file: Option<&Path>) -> Result<Self, Box<figment::Error>> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(path) = config_file {
            figment = figment.merge(Toml::file_exact(path));
        }
        figment
            .merge(Env::prefixed("WATCHPOST_").split("__"))
            .extract()
            .map_err(Box::new)
    }

    /// Refuses settings that would be unsafe for the chosen profile.
    /// The vault the keys describe.
    pub fn vault(&self) -> Result<crate::crypto::DataVault, String> {
        crate::crypto::DataVault::from_config(&self.data_key, self.index_key.as_deref())
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.profile == Profile::Production {
            if self.secret_key == DEVELOPMENT_SECRET_KEY || self.secret_key.len() < 32 {
                return Err("production needs `secret_key` (WATCHPOST_SECRET_KEY) of at least 32 characters, not the development default".into());
            }
            if self.data_key == DEVELOPMENT_DATA_KEY {
                return Err("production needs its own `data_key` (WATCHPOST_DATA_KEY): 32 random bytes, base64".into());
            }
        }
        let l = &self.limits;
        if [
            l.requests_per_minute,
            l.sign_ins_per_minute,
            l.nominations_per_hour,
            l.uploads_per_minute,
            l.exports_per_minute,
        ]
        .contains(&0)
            || l.max_upload_files == 0
            || l.body_read_timeout_ms == 0
            || l.idle_timeout_seconds == 0
        {
            return Err("every `limits` setting must be above zero".into());
        }
        if self
            .audit
            .retention_days
            .is_some_and(|days| days < MIN_AUDIT_RETENTION_DAYS)
        {
            return Err(format!(
                "`audit.retention_days` must be at least {MIN_AUDIT_RETENTION_DAYS}"
            ));
        }
        self.vault()?;
        if self.secret_key.len() < 32 {
            return Err("`secret_key` must be at least 32 characters".into());
        }
        if self.mail.from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(
                "`mail.from` must be an address such as `优化办 <noreply@example.gov.cn>`".into(),
            );
        }
        if self.mail.working_hours_start >= self.mail.working_hours_end {
            return Err(
                "`mail.working_hours_start` must come before `mail.working_hours_end`".into(),
            );
        }
        if self.mail.pool_size == 0 || self.mail.max_attempts < 1 || self.mail.batch_size == 0 {
            return Err(
                "`mail.pool_size`, `mail.max_attempts` and `mail.batch_size` must be positive"
                    .into(),
            );
        }
        if self
            .metrics
            .bearer_token
            .as_ref()
            .is_some_and(|token| token.len() < 32)
        {
            return Err("`metrics.bearer_token` must be at least 32 characters".into());
        }
        if self.graphql.max_page_size == 0 {
            return Err("`graphql.max_page_size` must be positive".into());
        }
        Ok(())
    }

    pub fn is_production(&self) -> bool {
        self.profile == Profile::Production
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_millis(self.graphql.request_timeout_ms)
    }
}

/// Hides the password part of a database URL.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme_end + 3],
                    &credentials[..colon],
                    &url[at..]
                ),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_in_mail_use_the_public_url_or_the_bind_address() {
        let mut settings = Settings::default();
        assert_eq!(settings.app_url(), "http://127.0.0.1:8080");
        settings.public_url = Some("https://yhb.example.gov.cn/".into());
        assert_eq!(settings.app_url(), "https://yhb.example.gov.cn");
    }

    #[test]
    fn database_passwords_are_redacted() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db:5432/watchpost"),
            "postgres://app:***@db:5432/watchpost"
        );
        assert_eq!(redact_url("sqlite://watchpost.db"), "sqlite://watchpost.db");
    }

    #[test]
    fn production_refuses_the_development_secret() {
        let mut settings = Settings {
            profile: Profile::Production,
            ..Settings::default()
        };
        assert!(settings.validate().is_err());
        settings.secret_key = "x".repeat(40);
        assert!(
            settings.validate().is_err(),
            "still the development data key"
        );
        settings.data_key = "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=".into();
        assert!(settings.validate().is_ok());
    }
}
