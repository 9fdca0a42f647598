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
pub mod guard;
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

use std::collections::HashSet;

use async_graphql::{
    Context, EmptySubscription, MergedObject, Response, Schema,
    parser::types::{
        DocumentOperations, ExecutableDocument, OperationType, Selection, SelectionSet,
    },
};

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
    appointment::AppointmentQuery,
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
    ("updateOwnContact", Audited::Service),
    ("updateUnit", Audited::Service),
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
    ("setViolationCategoryActive", Audited::Service),
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
    ("investigateReferral", Audited::Service),
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

/// The schema built twice. Documents that may hold a mutation run with the audit extension;
/// the rest run without it, because any extension wraps every field resolved (a registry
/// lookup and a boxed future per field), and their refused fields are audited from the
/// response instead.
#[derive(Clone)]
pub struct Schemas {
    audited: WatchpostSchema,
    plain: WatchpostSchema,
}

impl Schemas {
    pub fn build(settings: &Settings) -> Self {
        Self {
            audited: build_schema(settings, true),
            plain: build_schema(settings, false),
        }
    }

    pub async fn execute(&self, request: async_graphql::Request, rc: &RequestContext) -> Response {
        if may_hold_mutation(&request.query) {
            return self.audited.execute(request).await;
        }
        let query = request.query.clone();
        let response = self.plain.execute(request).await;
        extension::audit_refused_query(rc, &query, &response).await;
        response
    }
}

/// The schema with its limits. It holds no per-request data, so `export-schema` needs no
/// database.
fn build_schema(settings: &Settings, audited: bool) -> WatchpostSchema {
    let mut builder = Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        EmptySubscription,
    )
    .limit_depth(settings.graphql.max_depth)
    .limit_complexity(settings.graphql.max_complexity)
    .limit_directives(settings.graphql.max_directives);
    if audited {
        builder = builder.extension(extension::AuditFailures);
    }
    if settings.is_production() {
        builder = builder.disable_introspection().disable_suggestions();
    }
    builder.finish()
}

/// The SDL as exported to `schema.graphql`.
pub fn sdl() -> String {
    build_schema(&Settings::default(), false).sdl()
}

/// Whether the document may hold a mutation: one needs the keyword, so most documents are
/// told apart without being parsed.
pub fn may_hold_mutation(query: &str) -> bool {
    query.contains("mutation")
}

/// The root fields the document's operations of type `ty` select, through fragments too, as
/// (response key, field name).
pub fn root_fields(document: &ExecutableDocument, ty: OperationType) -> Vec<(String, String)> {
    let operations: Vec<_> = match &document.operations {
        DocumentOperations::Single(op) => vec![op],
        DocumentOperations::Multiple(ops) => ops.values().collect(),
    };
    let mut found = Vec::new();
    let mut spread = HashSet::new();
    for op in operations.into_iter().filter(|op| op.node.ty == ty) {
        collect_fields(
            document,
            &op.node.selection_set.node,
            &mut spread,
            &mut found,
        );
    }
    found
}

fn collect_fields<'a>(
    document: &'a ExecutableDocument,
    set: &'a SelectionSet,
    spread: &mut HashSet<&'a str>,
    found: &mut Vec<(String, String)>,
) {
    for item in &set.items {
        match &item.node {
            Selection::Field(field) => found.push((
                field.node.response_key().node.to_string(),
                field.node.name.node.to_string(),
            )),
            Selection::InlineFragment(inline) => {
                collect_fields(document, &inline.node.selection_set.node, spread, found);
            }
            Selection::FragmentSpread(named) => {
                let name = named.node.fragment_name.node.as_str();
                // Each fragment once: a cycle is the validator's to refuse.
                if spread.insert(name)
                    && let Some(fragment) = document.fragments.get(&named.node.fragment_name.node)
                {
                    collect_fields(document, &fragment.node.selection_set.node, spread, found);
                }
            }
        }
    }
}

/// An error's `extensions.code`, if it has one.
pub fn error_code(error: &async_graphql::ServerError) -> Option<&str> {
    match error.extensions.as_ref()?.get("code")? {
        async_graphql::Value::String(code) => Some(code),
        _ => None,
    }
}

/// The request's context; set by the HTTP layer on every request.
fn rc<'a>(ctx: &Context<'a>) -> Result<&'a RequestContext, AppError> {
    ctx.data::<RequestContext>()
        .map_err(|_| AppError::internal(anyhow::anyhow!("request context missing")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_fields_follow_fragments_and_name_aliased_fields() {
        let document = "mutation M { a: login(input: {}) { token } ...F ... on Mutation { logout } } \
                        fragment F on Mutation { changePassword { token } ...F } \
                        query Q { viewer { id } }";
        let document = async_graphql::parser::parse_query(document).expect("parses");
        let named = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(key, name)| (key.to_string(), name.to_string()))
                .collect()
        };
        assert_eq!(
            root_fields(&document, OperationType::Mutation),
            named(&[
                ("a", "login"),
                ("changePassword", "changePassword"),
                ("logout", "logout")
            ])
        );
        assert_eq!(
            root_fields(&document, OperationType::Query),
            named(&[("viewer", "viewer")])
        );
    }
}
