//! The GraphQL API: thin resolvers over the services.

mod account;
mod appointment;
mod assignment;
mod attachment;
mod audit;
mod calendar;
mod commendation;
mod connection;
mod consultation;
mod exit;
mod extension;
mod figures;
mod inquiry;
mod job;
mod loaders;
mod meeting;
mod membership;
mod node;
mod notification;
mod referral;
mod region;
mod report;
mod session;
mod survey;
mod unit;

use async_graphql::{Context, EmptySubscription, MergedObject, Schema};

pub use loaders::LazyLoaders;

use crate::{config::Settings, error::AppError, service::RequestContext};

#[derive(MergedObject, Default)]
#[graphql(name = "Query")]
pub struct QueryRoot(
    node::NodeQuery,
    session::SessionQuery,
    region::RegionQuery,
    unit::UnitQuery,
    account::AccountQuery,
    audit::AuditQuery,
    membership::MembershipQuery,
    exit::ExitQuery,
    calendar::CalendarQuery,
    report::ReportQuery,
    notification::NotificationQuery,
    assignment::AssignmentQuery,
    referral::ReferralQuery,
    inquiry::InquiryQuery,
    consultation::ConsultationQuery,
    meeting::MeetingQuery,
    survey::SurveyQuery,
    figures::FiguresQuery,
    commendation::CommendationQuery,
    job::JobQuery,
);

#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationRoot(
    session::SessionMutation,
    region::RegionMutation,
    unit::UnitMutation,
    account::AccountMutation,
    membership::MembershipMutation,
    appointment::AppointmentMutation,
    exit::ExitMutation,
    calendar::CalendarMutation,
    report::ReportMutation,
    notification::NotificationMutation,
    assignment::AssignmentMutation,
    referral::ReferralMutation,
    inquiry::InquiryMutation,
    consultation::ConsultationMutation,
    meeting::MeetingMutation,
    survey::SurveyMutation,
    commendation::CommendationMutation,
    job::JobMutation,
);

/// How a mutation's success is recorded in the audit trail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audited {
    /// Its service writes the event, with before and after, in the change's transaction.
    Service,
    /// Nothing worth a before and after (marking notifications read): the API layer records
    /// that it succeeded.
    ApiLayer,
}

/// Every mutation and how it is audited. A test fails for a mutation of the schema missing
/// here, so a new one cannot forget its audit; at run time a `Service` mutation that wrote
/// nothing is logged as an error and recorded by the API layer.
pub const MUTATION_AUDITS: &[(&str, Audited)] = &[
    ("login", Audited::Service),
    ("logout", Audited::Service),
    ("changePassword", Audited::Service),
    ("createRegion", Audited::Service),
    ("createUnit", Audited::Service),
    ("createAccount", Audited::Service),
    ("updateAccount", Audited::Service),
    ("deactivateAccount", Audited::Service),
    ("submitNomination", Audited::Service),
    ("routeNomination", Audited::Service),
    ("reviewNomination", Audited::Service),
    ("resubmitNomination", Audited::Service),
    ("revealSensitive", Audited::Service),
    ("recordTraining", Audited::Service),
    ("issueCertificate", Audited::Service),
    ("awardPlaque", Audited::Service),
    ("decideExit", Audited::Service),
    ("sanctionSupervisor", Audited::Service),
    ("setCalendarDays", Audited::Service),
    ("submitReport", Audited::Service),
    ("acceptReport", Audited::Service),
    ("rejectReport", Audited::Service),
    ("mergeReport", Audited::Service),
    ("markSuggestionValuable", Audited::Service),
    ("giveFeedback", Audited::Service),
    ("reopenReport", Audited::Service),
    ("closeReport", Audited::Service),
    ("rateHandling", Audited::Service),
    ("addViolationCategory", Audited::Service),
    ("markNotificationsRead", Audited::ApiLayer),
    ("issueAssignment", Audited::Service),
    ("signAssignment", Audited::Service),
    ("replyAssignment", Audited::Service),
    ("handBackAssignment", Audited::Service),
    ("verifyAssignment", Audited::Service),
    ("returnAssignment", Audited::Service),
    ("reassignAssignment", Audited::Service),
    ("requestExtension", Audited::Service),
    ("decideExtension", Audited::Service),
    ("createReferral", Audited::Service),
    ("acceptReferral", Audited::Service),
    ("concludeReferral", Audited::Service),
    ("returnReferral", Audited::Service),
    ("requestUnmasking", Audited::Service),
    ("decideUnmasking", Audited::Service),
    ("askInquiry", Audited::Service),
    ("answerInquiry", Audited::Service),
    ("openConsultation", Audited::Service),
    ("submitOpinion", Audited::Service),
    ("decideOpinion", Audited::Service),
    ("createMeeting", Audited::Service),
    ("changeMeeting", Audited::Service),
    ("inviteToMeeting", Audited::Service),
    ("announceMeeting", Audited::Service),
    ("cancelMeeting", Audited::Service),
    ("respondInvitation", Audited::Service),
    ("applyToActivity", Audited::Service),
    ("decideApplication", Audited::Service),
    ("recordAttendance", Audited::Service),
    ("closeMeeting", Audited::Service),
    ("openSurvey", Audited::Service),
    ("submitSurveyResponse", Audited::Service),
    ("commendUnit", Audited::Service),
    ("runJob", Audited::Service),
];

pub fn audited_by(mutation: &str) -> Option<Audited> {
    MUTATION_AUDITS
        .iter()
        .find(|(name, _)| *name == mutation)
        .map(|(_, how)| *how)
}

pub type WatchpostSchema = Schema<QueryRoot, MutationRoot, EmptySubscription>;

/// The schema with its limits. It holds no per-request data, so `export-schema` needs no
/// database.
pub fn build_schema(settings: &Settings) -> WatchpostSchema {
    let mut builder = Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        EmptySubscription,
    )
    .limit_depth(settings.graphql.max_depth)
    .limit_complexity(settings.graphql.max_complexity)
    .limit_directives(settings.graphql.max_directives)
    .extension(extension::AuditFailures);
    if settings.is_production() {
        builder = builder.disable_introspection().disable_suggestions();
    }
    builder.finish()
}

/// The SDL as exported to `schema.graphql`.
pub fn sdl() -> String {
    build_schema(&Settings::default()).sdl()
}

/// The request's context; set by the HTTP layer on every request.
fn rc<'a>(ctx: &Context<'a>) -> Result<&'a RequestContext, AppError> {
    ctx.data::<RequestContext>()
        .map_err(|_| AppError::internal(anyhow::anyhow!("request context missing")))
}
