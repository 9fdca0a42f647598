//! Database entities, one file per table. No business logic lives here.

pub mod account;
pub mod assignment;
pub mod assignment_report;
pub mod attachment;
pub mod audit_event;
pub mod calendar_day;
pub mod consultation;
pub mod consultation_invitee;
pub mod inquiry;
pub mod job_run;
pub mod login_throttle;
pub mod member;
pub mod member_review;
pub mod notification;
pub mod opinion;
pub mod outbox_message;
pub mod referral;
pub mod region;
pub mod report;
pub mod session;
pub mod slip_sequence;
pub mod training_attendance;
pub mod training_session;
pub mod unit;
pub mod unmasking_request;
pub mod violation_category;
