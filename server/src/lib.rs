//! Watchpost: the back end of a county's business-environment supervision programme.

pub mod app;
pub mod auth;
pub mod backup;
pub mod cli;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod demo_scale;
pub mod domain;
pub mod error;
pub mod export;
pub mod failpoint;
pub mod graphql;
pub mod http;
pub mod jobs;
pub mod limits;
pub mod listener;
pub mod mail;
pub mod metrics;
pub mod service;
