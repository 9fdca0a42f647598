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

pub use loaders::loaders_for;

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
