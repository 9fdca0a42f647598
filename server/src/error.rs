//! Errors with a stable code for clients. Internal causes are logged, never sent.
//!
//! `AppError` deliberately has no `Display`: async-graphql converts any `Display` type into an
//! error without a code, and that conversion must not happen by accident through `?`.

use async_graphql::ErrorExtensions;
use sea_orm::{DbErr, SqlErr};

#[derive(Debug)]
pub enum AppError {
    Unauthenticated(&'static str),
    Forbidden(&'static str),
    NotFound,
    Validation {
        field: String,
        message: String,
    },
    InvalidTransition {
        from: String,
        to: String,
    },
    Conflict(String),
    RateLimited(&'static str),
    /// The database connection was lost (a restart, a failover): worth trying again.
    Unavailable(anyhow::Error),
    Internal(anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn internal(cause: impl Into<anyhow::Error>) -> Self {
        Self::Internal(cause.into())
    }

    /// The stable string put in `extensions.code`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated(_) => "UNAUTHENTICATED",
            Self::Forbidden(_) => "FORBIDDEN",
            Self::NotFound => "NOT_FOUND",
            Self::Validation { .. } => "VALIDATION",
            Self::InvalidTransition { .. } => "INVALID_TRANSITION",
            Self::Conflict(_) => "CONFLICT",
            Self::RateLimited(_) => "RATE_LIMITED",
            Self::Unavailable(_) => "UNAVAILABLE",
            Self::Internal(_) => "INTERNAL",
        }
    }

    /// For the command line: the message, and for an internal failure the cause under it
    /// (the operator running a command may read what a client may not).
    pub fn into_report(self) -> anyhow::Error {
        let message = self.message();
        match self {
            Self::Internal(cause) | Self::Unavailable(cause) => cause.context(message),
            _ => anyhow::anyhow!(message),
        }
    }

    pub fn message(&self) -> String {
        match self {
            Self::Unauthenticated(m) | Self::Forbidden(m) | Self::RateLimited(m) => (*m).into(),
            Self::NotFound => "not found".into(),
            Self::Validation { message, .. } => message.clone(),
            Self::InvalidTransition { from, to } => format!("cannot go from {from} to {to}"),
            Self::Conflict(m) => m.clone(),
            Self::Unavailable(_) => "the database is briefly unavailable: try again".into(),
            Self::Internal(_) => "internal error".into(),
        }
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        if let Some(SqlErr::UniqueConstraintViolation(_)) = err.sql_err() {
            return Self::Conflict("a record with these values already exists".into());
        }
        if crate::db::connection_lost(&err) {
            return Self::Unavailable(err.into());
        }
        Self::Internal(err.into())
    }
}

impl From<AppError> for async_graphql::Error {
    fn from(err: AppError) -> Self {
        match &err {
            AppError::Internal(cause) => tracing::error!(error = ?cause, "internal error"),
            AppError::Unavailable(cause) => tracing::warn!(error = ?cause, "database unavailable"),
            _ => {}
        }
        let message = err.message();
        async_graphql::Error::new(message).extend_with(|_, ext| {
            ext.set("code", err.code());
            match &err {
                AppError::Validation { field, .. } => ext.set("field", field.as_str()),
                AppError::InvalidTransition { from, to } => {
                    ext.set("from", from.as_str());
                    ext.set("to", to.as_str());
                }
                _ => {}
            }
        })
    }
}
