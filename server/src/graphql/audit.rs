use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entities::audit_event;

use super::{
    connection::{Conn, connection, connection_complexity, page_request},
    node, rc,
};
use crate::service::{self, audit::AuditFilter};

/// One entry of the append-only audit trail.
pub struct AuditEvent(pub audit_event::Model);

#[Object]
impl AuditEvent {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("AuditEvent", self.0.id)
    }
    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
    /// The acting account's global id, if signed in.
    async fn actor_id(&self) -> Option<ID> {
        self.0
            .actor_account_id
            .map(|id| node::encode("Account", id))
    }
    /// The acting username (for failed sign-ins: the name that was tried).
    async fn actor_username(&self) -> Option<&str> {
        self.0.actor_username.as_deref()
    }
    /// The actor's role, in snake case.
    async fn actor_role(&self) -> Option<&str> {
        self.0.actor_role.as_deref()
    }
    /// What was done or tried, usually the mutation's name.
    async fn action(&self) -> &str {
        &self.0.action
    }
    /// Kind of the object acted on.
    async fn target_type(&self) -> Option<&str> {
        self.0.target_type.as_deref()
    }
    /// Global id of the object acted on.
    async fn target_id(&self) -> Option<ID> {
        match (&self.0.target_type, &self.0.target_id) {
            (Some(kind), Some(id)) => Some(node::encode(kind, id)),
            _ => None,
        }
    }
    /// `success`, `failure`, `throttled` (a sign-in delayed), `refused`, or the error code in
    /// lower case.
    async fn result(&self) -> &str {
        &self.0.result
    }
    /// The client's network address.
    async fn client_addr(&self) -> Option<&str> {
        self.0.client_addr.as_deref()
    }
    /// The `x-request-id` of the request.
    async fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }
    /// The object before the change, as JSON.
    async fn before(&self) -> Option<&str> {
        self.0.before_state.as_deref()
    }
    /// The object after the change, as JSON.
    async fn after(&self) -> Option<&str> {
        self.0.after_state.as_deref()
    }
}

/// Narrows the audit trail.
#[derive(InputObject, Default)]
pub struct AuditEventFilterInput {
    /// Only events by this account.
    pub actor_id: Option<ID>,
    /// Only this action, e.g. `createAccount` or `login`.
    pub action: Option<String>,
    /// Only events about this object.
    pub target_id: Option<ID>,
    /// From this instant (inclusive).
    pub from: Option<DateTime<Utc>>,
    /// Before this instant.
    pub to: Option<DateTime<Utc>>,
}

/// What checking the region's audit hash chain found (as `watchpost audit verify`).
#[derive(SimpleObject)]
pub struct AuditVerification {
    /// Events checked.
    pub events: u64,
    /// Every link holds: no event was changed, removed or reordered.
    pub intact: bool,
    /// The first event whose link does not hold (absent when the newest are missing).
    pub broken_event_id: Option<ID>,
    /// Why that link does not hold.
    pub reason: Option<String>,
}

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// Checks the audit hash chain now: the region's (office) or every chain (platform admin).
    async fn audit_verification(&self, ctx: &Context<'_>) -> Result<AuditVerification> {
        let found = service::audit::verify_region(rc(ctx)?).await?;
        Ok(match found.broken {
            None => AuditVerification {
                events: found.events,
                intact: true,
                broken_event_id: None,
                reason: None,
            },
            Some((_, event_id, why)) => AuditVerification {
                events: found.events,
                intact: false,
                broken_event_id: (event_id > 0).then(|| node::encode("AuditEvent", event_id)),
                reason: Some(why),
            },
        })
    }
    /// The audit trail, newest first: the office's region for the office, all for the platform
    /// admin.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn audit_events(
        &self,
        ctx: &Context<'_>,
        filter: Option<AuditEventFilterInput>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<AuditEvent>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let filter = filter.unwrap_or_default();
        let target = filter
            .target_id
            .as_ref()
            .map(node::kind_and_id)
            .transpose()?;
        let filter = AuditFilter {
            actor_account_id: filter
                .actor_id
                .map(|id| node::decode_i32(&id, "Account", "filter.actorId"))
                .transpose()?,
            action: filter.action,
            target_type: target.as_ref().map(|(kind, _)| kind.clone()),
            target_id: target.map(|(_, id)| id.to_string()),
            from: filter.from,
            to: filter.to,
        };
        let page = service::audit::list(rc, filter, page).await?;
        Ok(connection(page.map(AuditEvent), had_cursor, |e| e.0.id))
    }
}
