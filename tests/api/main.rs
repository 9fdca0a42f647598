//! End-to-end tests: each starts the real server on a free port against a fresh database and
//! talks GraphQL over HTTP, as a client would.

mod abuse;
mod accounts;
mod appointment;
mod assignments;
mod attachments;
mod audit;
mod auth;
mod backup;
mod calendar;
mod cli;
mod commendations;
mod consultations;
mod crash;
mod demo;
mod exit;
mod figures;
mod harness;
mod hostile;
mod http;
mod inquiries;
mod jobs;
mod keys;
mod limits;
mod mail;
mod meetings;
mod membership;
mod notifications;
mod permissions;
mod production;
mod referrals;
mod reports;
mod schedule;
mod smtp;
mod statements;
mod surveys;
