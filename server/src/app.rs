//! The application, built the same way by `main` and by the tests.

use std::{sync::Arc, time::Duration};

use poem::{Server, listener::TcpAcceptor};
use sea_orm::DatabaseConnection;

use crate::{
    clock::SharedClock,
    config::Settings,
    crypto::DataVault,
    db,
    graphql::{self, WatchpostSchema},
    http,
    metrics::Metrics,
};

/// Everything a request or a job needs, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub clock: SharedClock,
    pub settings: Arc<Settings>,
    pub metrics: Arc<Metrics>,
    pub vault: DataVault,
    pub schema: WatchpostSchema,
}

pub struct App {
    pub state: AppState,
}

impl App {
    /// Connects, migrates and builds the schema.
    pub async fn build(settings: Settings, clock: SharedClock) -> anyhow::Result<Self> {
        settings.validate().map_err(anyhow::Error::msg)?;
        let vault = DataVault::from_config(&settings.data_key).map_err(anyhow::Error::msg)?;
        let db = db::connect(&settings.database_url).await?;
        db::migrate_up(&db).await?;
        let schema = graphql::build_schema(&settings);
        Ok(Self {
            state: AppState {
                db,
                clock,
                settings: Arc::new(settings),
                metrics: Arc::new(Metrics::new()),
                vault,
                schema,
            },
        })
    }

    /// Serves until `shutdown` completes, then lets in-flight requests finish.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send,
    ) -> std::io::Result<()> {
        let routes = http::routes(self.state);
        Server::new_with_acceptor(TcpAcceptor::from_tokio(listener)?)
            .run_with_graceful_shutdown(routes, shutdown, Some(Duration::from_secs(30)))
            .await
    }
}
