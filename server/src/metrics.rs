//! Prometheus metrics for `/metrics`.

use std::{collections::HashSet, sync::Mutex};

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry,
    TextEncoder,
};

/// Operation names come from clients; past this many distinct ones the rest count as `other`
/// so a client cannot grow the metrics without bound.
const MAX_OPERATION_LABELS: usize = 200;

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    pool: IntGaugeVec,
    job_runs: IntCounterVec,
    job_effects: IntCounterVec,
    job_duration: HistogramVec,
    emails: IntCounterVec,
    outbox_depth: IntGauge,
    db_statements: IntCounterVec,
    seen_operations: Mutex<HashSet<String>>,
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new(
                "watchpost_graphql_requests_total",
                "GraphQL requests by operation name and outcome",
            ),
            &["operation", "outcome"],
        )
        .unwrap_or_else(|e| unreachable!("static metric definition: {e}"));
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "watchpost_http_request_duration_seconds",
                "HTTP request latency by route",
            )
            .buckets(vec![
                0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            ]),
            &["route"],
        )
        .unwrap_or_else(|e| unreachable!("static metric definition: {e}"));
        let pool = IntGaugeVec::new(
            Opts::new(
                "watchpost_db_pool_connections",
                "Database pool connections by state",
            ),
            &["state"],
        )
        .unwrap_or_else(|e| unreachable!("static metric definition: {e}"));
        let job_runs = IntCounterVec::new(
            Opts::new("watchpost_job_runs_total", "Job runs by job and outcome"),
            &["job", "status"],
        )
        .unwrap_or_else(|e| unreachable!("static metric definition: {e}"));
        let job_effects = IntCounterVec::new(
            Opts::new(
                "watchpost_job_effects_total",
                "Notices, referrals and emails written by jobs",
            ),
            &["job"],
        )
        .unwrap_or_else(|e| unreachable!("static metric definition: {e}"));
        let job_duration = HistogramVec::new(
            HistogramOpts::new("watchpost_job_duration_seconds", "Job run duration")
                .buckets(vec![0.01, 0.05, 0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0]),
            &["job"],
        )
        .unwrap_or_else(|e| unreachable!("static metric definition: {e}"));
        let emails = IntCounterVec::new(
            Opts::new(
                "watchpost_outbox_sends_total",
                "Email delivery attempts by outcome (sent, pending = will retry, failed)",
            ),
            &["outcome"],
        )
        .unwrap_or_else(|e| unreachable!("static metric definition: {e}"));
        let outbox_depth = IntGauge::new(
            "watchpost_outbox_depth",
            "Emails waiting or being sent, as of the last dispatch",
        )
        .unwrap_or_else(|e| unreachable!("static metric definition: {e}"));
        let db_statements = IntCounterVec::new(
            Opts::new(
                "watchpost_db_statements_total",
                "SQL statements sent to the database, by outcome",
            ),
            &["outcome"],
        )
        .unwrap_or_else(|e| unreachable!("static metric definition: {e}"));
        for collector in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(pool.clone()),
            Box::new(job_runs.clone()),
            Box::new(job_effects.clone()),
            Box::new(job_duration.clone()),
            Box::new(emails.clone()),
            Box::new(outbox_depth.clone()),
            Box::new(db_statements.clone()),
        ] {
            registry
                .register(collector)
                .unwrap_or_else(|e| unreachable!("metrics registered once: {e}"));
        }
        Self {
            registry,
            requests,
            latency,
            pool,
            job_runs,
            job_effects,
            job_duration,
            emails,
            outbox_depth,
            db_statements,
            seen_operations: Mutex::new(HashSet::new()),
        }
    }

    pub fn observe_job(&self, job: &str, status: &str, effects: i32, seconds: f64) {
        self.job_runs.with_label_values(&[job, status]).inc();
        self.job_effects
            .with_label_values(&[job])
            .inc_by(u64::try_from(effects).unwrap_or(0));
        self.job_duration.with_label_values(&[job]).observe(seconds);
    }

    /// Called by the database driver for every statement; tests count statements with it.
    pub fn count_statement(&self, failed: bool) {
        self.db_statements
            .with_label_values(&[if failed { "error" } else { "ok" }])
            .inc();
    }

    pub fn count_email(&self, outcome: &str) {
        self.emails.with_label_values(&[outcome]).inc();
    }

    pub fn set_outbox_depth(&self, waiting: u64) {
        self.outbox_depth
            .set(i64::try_from(waiting).unwrap_or(i64::MAX));
    }

    pub fn count_request(&self, operation: Option<&str>, outcome: &str) {
        let label = self.operation_label(operation);
        self.requests.with_label_values(&[&label, outcome]).inc();
    }

    pub fn observe_latency(&self, route: &str, seconds: f64) {
        self.latency.with_label_values(&[route]).observe(seconds);
    }

    fn operation_label(&self, operation: Option<&str>) -> String {
        let Some(name) = operation else {
            return "anonymous".into();
        };
        let well_formed = !name.is_empty()
            && name.len() <= 64
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !well_formed {
            return "other".into();
        }
        let mut seen = self
            .seen_operations
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if seen.contains(name) || seen.len() < MAX_OPERATION_LABELS {
            seen.insert(name.to_owned());
            name.to_owned()
        } else {
            "other".into()
        }
    }

    /// Renders the text exposition format, with the pool gauges read just now.
    pub fn render(&self, pool_size: u32, pool_idle: u32) -> String {
        self.pool
            .with_label_values(&["idle"])
            .set(i64::from(pool_idle));
        self.pool
            .with_label_values(&["in_use"])
            .set(i64::from(pool_size.saturating_sub(pool_idle)));
        let mut buffer = Vec::new();
        if let Err(e) = TextEncoder::new().encode(&self.registry.gather(), &mut buffer) {
            tracing::error!(error = %e, "encoding metrics");
        }
        String::from_utf8_lossy(&buffer).into_owned()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
