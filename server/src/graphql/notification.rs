use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entities::notification;

use super::{
    connection::{Conn, connection, connection_complexity, page_request},
    node, rc,
};
use crate::service;

/// Something the caller must know or act on.
pub struct Notification(pub notification::Model);

#[Object]
impl Notification {
    /// Opaque id.
    async fn id(&self) -> ID {
        node::encode("Notification", self.0.id)
    }
    /// What happened, e.g. `major_report`, `report_feedback`.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    /// Headline.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// Text.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// The object it is about, if the caller may open it.
    async fn target_id(&self) -> Option<ID> {
        match (&self.0.target_type, self.0.target_id) {
            (Some(kind), Some(id)) => Some(node::encode(kind, id)),
            _ => None,
        }
    }
    /// Whether it has been read.
    async fn read(&self) -> bool {
        self.0.read_at.is_some()
    }
    /// When it was sent.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Which notifications to mark read.
#[derive(InputObject)]
pub struct MarkNotificationsReadInput {
    /// These; leave out to mark all of the caller's notifications read.
    pub ids: Option<Vec<ID>>,
}

/// What is left unread.
#[derive(SimpleObject)]
pub struct MarkNotificationsReadPayload {
    /// Unread notifications left.
    pub unread_count: u64,
}

#[derive(Default)]
pub struct NotificationQuery;

#[Object]
impl NotificationQuery {
    /// The caller's notifications, newest first.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] unread_only: bool,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Notification>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let page = service::notification::list(rc, unread_only, page).await?;
        Ok(connection(page.map(Notification), had_cursor, |n| {
            i64::from(n.0.id)
        }))
    }
}

#[derive(Default)]
pub struct NotificationMutation;

#[Object]
impl NotificationMutation {
    /// Marks the caller's notifications read.
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        input: MarkNotificationsReadInput,
    ) -> Result<MarkNotificationsReadPayload> {
        let ids = input
            .ids
            .map(|ids| {
                ids.iter()
                    .map(|id| node::decode_i32(id, "Notification", "ids"))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?;
        let unread_count = service::notification::mark_read(rc(ctx)?, ids).await?;
        Ok(MarkNotificationsReadPayload { unread_count })
    }
}
