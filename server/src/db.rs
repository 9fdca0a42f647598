//! Connecting to SQLite or PostgreSQL, bringing the schema up to date, and `Db`: the
//! database as the application uses it.

use std::{future::Future, pin::Pin, sync::Arc, time::Duration};

use migration::{Migrator, MigratorTrait};
use sea_orm::{
    AccessMode, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction,
    DbBackend, DbErr, ExecResult, IsolationLevel, QueryResult, RuntimeErr, SqliteTransactionMode,
    Statement, TransactionError, TransactionOptions, TransactionTrait,
};

/// The pool, or one open transaction that everything runs inside: `watchpost demo` writes
/// through the same services as the API, each with its own transaction, and `Within` makes
/// those savepoints of one transaction, so a demo that fails leaves nothing behind.
///
/// On SQLite every transaction begins `IMMEDIATE`: it takes the write lock at once (waiting
/// up to the busy timeout for another process to finish), where a deferred one that reads
/// first and writes later fails at once if another process wrote in between.
#[derive(Clone)]
pub enum Db {
    Pool(DatabaseConnection),
    Within(Arc<DatabaseTransaction>),
}

impl Db {
    /// The pool behind it (`None` inside a transaction).
    pub fn pool(&self) -> Option<&DatabaseConnection> {
        match self {
            Self::Pool(pool) => Some(pool),
            Self::Within(_) => None,
        }
    }

    pub async fn ping(&self) -> Result<(), DbErr> {
        match self {
            Self::Pool(pool) => pool.ping().await,
            Self::Within(txn) => txn.execute_unprepared("SELECT 1").await.map(|_| ()),
        }
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for Db {
    fn get_database_backend(&self) -> DbBackend {
        match self {
            Self::Pool(pool) => pool.get_database_backend(),
            Self::Within(txn) => txn.get_database_backend(),
        }
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        match self {
            Self::Pool(pool) => pool.execute_raw(stmt).await,
            Self::Within(txn) => txn.execute_raw(stmt).await,
        }
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        match self {
            Self::Pool(pool) => pool.execute_unprepared(sql).await,
            Self::Within(txn) => txn.execute_unprepared(sql).await,
        }
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        match self {
            Self::Pool(pool) => pool.query_one_raw(stmt).await,
            Self::Within(txn) => txn.query_one_raw(stmt).await,
        }
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        match self {
            Self::Pool(pool) => pool.query_all_raw(stmt).await,
            Self::Within(txn) => txn.query_all_raw(stmt).await,
        }
    }
}

#[async_trait::async_trait]
impl TransactionTrait for Db {
    type Transaction = DatabaseTransaction;

    async fn begin(&self) -> Result<DatabaseTransaction, DbErr> {
        self.begin_with_options(TransactionOptions::default()).await
    }

    async fn begin_with_config(
        &self,
        isolation_level: Option<IsolationLevel>,
        access_mode: Option<AccessMode>,
    ) -> Result<DatabaseTransaction, DbErr> {
        self.begin_with_options(TransactionOptions {
            isolation_level,
            access_mode,
            sqlite_transaction_mode: None,
        })
        .await
    }

    async fn begin_with_options(
        &self,
        mut options: TransactionOptions,
    ) -> Result<DatabaseTransaction, DbErr> {
        match self {
            Self::Pool(pool) => {
                if pool.get_database_backend() == DbBackend::Sqlite {
                    options.sqlite_transaction_mode = Some(SqliteTransactionMode::Immediate);
                }
                pool.begin_with_options(options).await
            }
            Self::Within(txn) => txn.begin_with_options(options).await,
        }
    }

    async fn transaction<F, T, E>(&self, callback: F) -> Result<T, TransactionError<E>>
    where
        F: for<'c> FnOnce(
                &'c DatabaseTransaction,
            ) -> Pin<Box<dyn Future<Output = Result<T, E>> + Send + 'c>>
            + Send,
        T: Send,
        E: std::fmt::Display + std::fmt::Debug + Send,
    {
        self.transaction_with_config(callback, None, None).await
    }

    async fn transaction_with_config<F, T, E>(
        &self,
        callback: F,
        isolation_level: Option<IsolationLevel>,
        access_mode: Option<AccessMode>,
    ) -> Result<T, TransactionError<E>>
    where
        F: for<'c> FnOnce(
                &'c DatabaseTransaction,
            ) -> Pin<Box<dyn Future<Output = Result<T, E>> + Send + 'c>>
            + Send,
        T: Send,
        E: std::fmt::Display + std::fmt::Debug + Send,
    {
        let txn = self
            .begin_with_config(isolation_level, access_mode)
            .await
            .map_err(TransactionError::Connection)?;
        match callback(&txn).await {
            Ok(done) => {
                txn.commit().await.map_err(TransactionError::Connection)?;
                Ok(done)
            }
            Err(e) => {
                txn.rollback().await.map_err(TransactionError::Connection)?;
                Err(TransactionError::Transaction(e))
            }
        }
    }
}

pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    if url.starts_with("sqlite:") {
        // One connection: SQLite has a single writer, and one connection means no
        // "database is locked" surprises when a read transaction turns into a write.
        options.max_connections(1).map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    } else {
        options.max_connections(20).min_connections(1);
    }
    Database::connect(options).await
}

pub async fn migrate_up(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// The database's clock: leases are judged by it, so replicas whose own clocks disagree (or a
/// `jobs run --now` in the future) still agree on when a lease has lapsed.
pub async fn now(conn: &impl ConnectionTrait) -> Result<chrono::DateTime<chrono::Utc>, DbErr> {
    let backend = conn.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => "SELECT clock_timestamp() AS now",
        _ => "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now",
    };
    let row = conn
        .query_one_raw(Statement::from_string(backend, sql))
        .await?
        .ok_or_else(|| DbErr::Custom("the database told no time".into()))?;
    match backend {
        DbBackend::Postgres => row.try_get("", "now"),
        _ => {
            let text: String = row.try_get("", "now")?;
            chrono::DateTime::parse_from_rfc3339(&text)
                .map(|at| at.with_timezone(&chrono::Utc))
                .map_err(|e| DbErr::Custom(format!("the database's time {text:?}: {e}")))
        }
    }
}

/// Connections in use and idle, for `/metrics`.
pub fn pool_use(db: &Db) -> (u32, u32) {
    let Some(db) = db.pool() else {
        return (0, 0);
    };
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
        DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
        _ => (0, 0),
    }
}

/// Whether `err` says the connection, not the statement, failed: a dropped or refused
/// connection, a server shutting down (SQLSTATE classes 08 and 57P0x), an exhausted pool. A
/// read that failed so may be run again on a fresh connection.
pub fn connection_lost(err: &DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => {
            match e.as_ref() {
                Sqlx::Io(_)
                | Sqlx::Tls(_)
                | Sqlx::Protocol(_)
                | Sqlx::PoolTimedOut
                | Sqlx::PoolClosed
                | Sqlx::WorkerCrashed => true,
                Sqlx::Database(db) => db
                    .code()
                    .is_some_and(|code| code.starts_with("08") || code.starts_with("57P0")),
                _ => false,
            }
        }
        _ => false,
    }
}
