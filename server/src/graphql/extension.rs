//! Audits at the top of an operation, in one place so no resolver can forget: every failed
//! mutation, every query refused for lack of sign-in or permission, and a successful mutation
//! whose service wrote no event. Successful mutations are otherwise audited by their services,
//! inside their own transaction.

use std::sync::{Arc, atomic::Ordering};

use async_graphql::{
    ServerResult, Value,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextResolve, ResolveInfo},
};

use crate::service::{RequestContext, audit::AuditEvent};

pub struct AuditFailures;

impl ExtensionFactory for AuditFailures {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(AuditFailuresExtension)
    }
}

struct AuditFailuresExtension;

/// `login` keeps its own record: its failures count towards the lockout.
const SELF_AUDITED: &[&str] = &["login"];

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
            let code = error
                .extensions
                .as_ref()
                .and_then(|ext| ext.get("code"))
                .and_then(|v| match v {
                    Value::String(s) => Some(s.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| "VALIDATION".into());
            let denied = matches!(code.as_str(), "FORBIDDEN" | "UNAUTHENTICATED");
            let wanted = (mutation && !SELF_AUDITED.contains(&field.as_str())) || denied;
            if let (true, Some(rc)) = (wanted, ctx.data_opt::<RequestContext>()) {
                let outcome = if denied {
                    "denied".to_owned()
                } else {
                    code.to_lowercase()
                };
                if let Err(e) = AuditEvent::new(rc, &field)
                    .result(&outcome)
                    .insert(&rc.state.db)
                    .await
                {
                    tracing::error!(error = ?e, "writing an audit event for a failed operation");
                }
            }
        }
        result
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
