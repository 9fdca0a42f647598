//! Schema migrations, one change per file. A migration that has landed is never edited.

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_create_regions;
mod m20261126_000002_create_units;
mod m20261126_000003_create_accounts;
mod m20261126_000004_create_sessions;
mod m20261126_000005_create_audit_events;
mod m20261126_000006_create_login_throttles;
mod m20261126_000007_create_members;
mod m20261126_000008_create_member_reviews;
mod m20261126_000009_create_training_sessions;
mod m20261126_000010_create_training_attendances;
mod m20261126_000011_create_calendar_days;
mod m20261126_000012_create_violation_categories;
mod m20261126_000013_create_reports;
mod m20261126_000014_create_notifications;
mod m20261126_000015_create_outbox_messages;
mod m20261126_000016_create_assignments;
mod m20261126_000017_create_assignment_reports;
mod m20261126_000018_create_slip_sequences;
mod m20261126_000019_create_referrals;
mod m20261126_000020_create_unmasking_requests;
mod m20261126_000021_create_inquiries;
mod m20261126_000022_create_attachments;
mod m20261126_000023_create_job_runs;
mod m20261127_000024_add_outbox_html;
mod m20261127_000025_add_job_run_schedule;
mod m20261127_000026_index_open_assignments;
mod m20261127_000027_create_consultations;
mod m20261127_000028_create_consultation_invitees;
mod m20261127_000029_create_opinions;
mod m20261127_000030_create_commendations;
mod m20261128_000031_create_meetings;
mod m20261128_000032_create_meeting_invitations;
mod m20261128_000033_add_outbox_attachment;
mod m20261128_000034_create_surveys;
mod m20261128_000035_create_survey_units;
mod m20261128_000036_create_survey_responses;
mod m20261129_000037_chain_audit_events;
mod m20261130_000038_index_member_accounts;
mod m20261201_000039_key_login_throttles_by_address;
mod m20261207_000040_create_uploads;
mod m20261207_000041_add_report_draft_key;
mod m20261207_000042_attachments_without_uploader;
mod m20261208_000043_add_referral_inquiry;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_create_regions::Migration),
            Box::new(m20261126_000002_create_units::Migration),
            Box::new(m20261126_000003_create_accounts::Migration),
            Box::new(m20261126_000004_create_sessions::Migration),
            Box::new(m20261126_000005_create_audit_events::Migration),
            Box::new(m20261126_000006_create_login_throttles::Migration),
            Box::new(m20261126_000007_create_members::Migration),
            Box::new(m20261126_000008_create_member_reviews::Migration),
            Box::new(m20261126_000009_create_training_sessions::Migration),
            Box::new(m20261126_000010_create_training_attendances::Migration),
            Box::new(m20261126_000011_create_calendar_days::Migration),
            Box::new(m20261126_000012_create_violation_categories::Migration),
            Box::new(m20261126_000013_create_reports::Migration),
            Box::new(m20261126_000014_create_notifications::Migration),
            Box::new(m20261126_000015_create_outbox_messages::Migration),
            Box::new(m20261126_000016_create_assignments::Migration),
            Box::new(m20261126_000017_create_assignment_reports::Migration),
            Box::new(m20261126_000018_create_slip_sequences::Migration),
            Box::new(m20261126_000019_create_referrals::Migration),
            Box::new(m20261126_000020_create_unmasking_requests::Migration),
            Box::new(m20261126_000021_create_inquiries::Migration),
            Box::new(m20261126_000022_create_attachments::Migration),
            Box::new(m20261126_000023_create_job_runs::Migration),
            Box::new(m20261127_000024_add_outbox_html::Migration),
            Box::new(m20261127_000025_add_job_run_schedule::Migration),
            Box::new(m20261127_000026_index_open_assignments::Migration),
            Box::new(m20261127_000027_create_consultations::Migration),
            Box::new(m20261127_000028_create_consultation_invitees::Migration),
            Box::new(m20261127_000029_create_opinions::Migration),
            Box::new(m20261127_000030_create_commendations::Migration),
            Box::new(m20261128_000031_create_meetings::Migration),
            Box::new(m20261128_000032_create_meeting_invitations::Migration),
            Box::new(m20261128_000033_add_outbox_attachment::Migration),
            Box::new(m20261128_000034_create_surveys::Migration),
            Box::new(m20261128_000035_create_survey_units::Migration),
            Box::new(m20261128_000036_create_survey_responses::Migration),
            Box::new(m20261129_000037_chain_audit_events::Migration),
            Box::new(m20261130_000038_index_member_accounts::Migration),
            Box::new(m20261201_000039_key_login_throttles_by_address::Migration),
            Box::new(m20261207_000040_create_uploads::Migration),
            Box::new(m20261207_000041_add_report_draft_key::Migration),
            Box::new(m20261207_000042_attachments_without_uploader::Migration),
            Box::new(m20261208_000043_add_referral_inquiry::Migration),
        ]
    }
}
