//! Audits at the top of an operation, in one place so no resolver can forget: every failed
//! mutation, every query refused for lack of sign-in or permission, and a successful mutation
//! whose service wrote no event. Successful mutations are otherwise audited by their services,
//! inside their own transaction. Documents with mutations go through the extension; queries
//! through `audit_refused_query` after they ran (see `Schemas`).

use std::sync::{Arc, atomic::Ordering};

use async_graphql::{
    PathSegment, Response, ServerError, ServerResult, Value,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextResolve, ResolveInfo},
    parser::types::OperationType,
};

use crate::service::{RequestContext, audit::AuditEvent};

pub struct AuditFailures;

impl ExtensionFactory for AuditFailures {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(AuditFailuresExtension)
    }
}

struct AuditFailuresExtension;

/// These keep their own record of failures: `login`'s count towards its delays; `runJob`'s
/// name the job and the time asked for.
const SELF_AUDITED: &[&str] = &["login", "runJob"];

#[async_trait::async_trait]
impl Extension for AuditFailuresExtension {
    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        // Only the operation's own fields are audited; the rest pass straight through.
        if info.path_node.parent.is_some() {
            return next.run(ctx, info).await;
        }
        let mutation = info.parent_type == "Mutation";
        let field = info.name.to_owned();
        let rc = ctx.data_opt::<RequestContext>();
        let audits_before = rc.map(|rc| rc.meta.audits.load(Ordering::Relaxed));
        let result = next.run(ctx, info).await;
        if let (true, Ok(_), Some(rc), Some(before)) = (mutation, &result, rc, audits_before)
            && rc.meta.audits.load(Ordering::Relaxed) == before
        {
            record_unaudited_success(rc, &field).await;
        }
        if let Err(error) = &result {
            let code = code_of(error);
            let denied = is_denial(&code);
            let wanted = (mutation && !SELF_AUDITED.contains(&field.as_str())) || denied;
            if let (true, Some(rc)) = (wanted, ctx.data_opt::<RequestContext>()) {
                let outcome = if denied {
                    "denied".to_owned()
                } else {
                    code.to_lowercase()
                };
                record_failure(rc, &field, &outcome).await;
            }
        }
        result
    }
}

/// For a document without mutations, run without the extension: each root field refused for
/// lack of sign-in or permission, under its field name (the response names it by its alias).
pub async fn audit_refused_query(rc: &RequestContext, query: &str, response: &Response) {
    let refused: Vec<&str> = response
        .errors
        .iter()
        .filter(|e| is_denial(&code_of(e)))
        .filter_map(|e| match e.path.as_slice() {
            [PathSegment::Field(key)] => Some(key.as_str()),
            _ => None,
        })
        .collect();
    if refused.is_empty() {
        return;
    }
    // The document passed the guard and ran, so it parses, and parsing it again is cheap.
    let Ok(document) = async_graphql::parser::parse_query(query) else {
        return;
    };
    let fields = super::root_fields(&document, OperationType::Query);
    for key in refused {
        if let Some((_, field)) = fields.iter().find(|(k, _)| k == key) {
            record_failure(rc, field, "denied").await;
        }
    }
}

fn code_of(error: &ServerError) -> String {
    super::error_code(error).unwrap_or("VALIDATION").to_owned()
}

fn is_denial(code: &str) -> bool {
    matches!(code, "FORBIDDEN" | "UNAUTHENTICATED")
}

async fn record_failure(rc: &RequestContext, field: &str, outcome: &str) {
    if let Err(e) = AuditEvent::new(rc, field)
        .result(outcome)
        .insert(&rc.state.db)
        .await
    {
        tracing::error!(error = ?e, "writing an audit event for a failed operation");
    }
}

/// A mutation that succeeded without its service writing an audit event is still recorded,
/// by name; unless it is registered as audited here, that is a bug worth an error in the log.
async fn record_unaudited_success(rc: &RequestContext, field: &str) {
    if super::audited_by(field) != Some(super::Audited::ApiLayer) {
        tracing::error!(
            mutation = field,
            "a mutation succeeded without an audit event"
        );
    }
    if let Err(e) = AuditEvent::new(rc, field).insert(&rc.state.db).await {
        tracing::error!(error = ?e, "writing an audit event for a mutation");
    }
}
