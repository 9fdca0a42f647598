//! The application, built the same way by `main` and by the tests.

use std::{sync::Arc, time::Duration};

use poem::{Server, listener::TcpAcceptor};

use crate::{
    clock::SharedClock, config::Settings, crypto::DataVault, db, graphql, http,
    listener::SilenceLimit, mail::transport::Mailer, metrics::Metrics,
};

/// Everything a request or a job needs, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: db::Db,
    pub clock: SharedClock,
    pub settings: Arc<Settings>,
    pub metrics: Arc<Metrics>,
    pub vault: DataVault,
    pub schema: graphql::Schemas,
    pub mailer: Arc<Mailer>,
    pub limits: Arc<crate::limits::RateLimits>,
    /// Large documents parsed at once: one per core.
    pub large_parses: Arc<tokio::sync::Semaphore>,
}

pub struct App {
    pub state: AppState,
}

impl App {
    /// Connects, migrates and builds the schema.
    pub async fn build(settings: Settings, clock: SharedClock) -> anyhow::Result<Self> {
        settings.validate().map_err(anyhow::Error::msg)?;
        let vault = settings.vault().map_err(anyhow::Error::msg)?;
        let mut db = db::connect(&settings.database_url).await?;
        db::migrate_up(&db).await?;
        let metrics = Arc::new(Metrics::new());
        let counted = metrics.clone();
        db.set_metric_callback(move |info| counted.count_statement(info.failed));
        let schema = graphql::Schemas::build(&settings);
        let mailer = Arc::new(Mailer::from_settings(&settings.mail)?);
        let limits = Arc::new(crate::limits::RateLimits::new(&settings.limits));
        Ok(Self {
            state: AppState {
                db: db::Db::Pool(db),
                clock,
                settings: Arc::new(settings),
                metrics,
                vault,
                schema,
                mailer,
                limits,
                large_parses: Arc::new(tokio::sync::Semaphore::new(
                    std::thread::available_parallelism().map_or(2, usize::from),
                )),
            },
        })
    }

    /// Starts the job scheduler's wake-up timer and the outbox dispatcher.
    pub async fn start_background(&self) -> anyhow::Result<Background> {
        let timer = crate::jobs::scheduler::start(self.state.clone()).await?;
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let dispatcher = tokio::spawn(crate::mail::dispatch::run_forever(
            self.state.clone(),
            stopped,
        ));
        Ok(Background {
            timer,
            stop,
            dispatcher,
        })
    }

    /// Serves until `shutdown` completes, then lets in-flight requests finish.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send,
    ) -> std::io::Result<()> {
        let silence = Duration::from_secs(self.state.settings.limits.idle_timeout_seconds);
        let routes = http::routes(self.state);
        Server::new_with_acceptor(SilenceLimit::new(
            TcpAcceptor::from_tokio(listener)?,
            silence,
        ))
        .run_with_graceful_shutdown(routes, shutdown, Some(Duration::from_secs(30)))
        .await
    }
}

/// The scheduler and dispatcher running beside the server.
pub struct Background {
    timer: tokio_cron_scheduler::JobScheduler,
    stop: tokio::sync::watch::Sender<bool>,
    dispatcher: tokio::task::JoinHandle<()>,
}

impl Background {
    /// Stops the timer and lets the dispatcher finish the batch it is sending.
    pub async fn stop(mut self) {
        if let Err(e) = self.timer.shutdown().await {
            tracing::warn!(error = %e, "stopping the job timer");
        }
        let _ = self.stop.send(true);
        let _ = self.dispatcher.await;
    }
}
