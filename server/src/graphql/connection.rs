//! Relay connections: `first` (at most the configured page size), `after`, `totalCount`.

use async_graphql::{
    Context, OutputType, SimpleObject,
    connection::{Connection, Edge, EmptyFields},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};

use crate::{
    error::AppError,
    service::{Page, PageRequest},
};

pub const DEFAULT_PAGE_SIZE: i32 = 20;

#[derive(SimpleObject)]
pub struct ConnectionFields {
    /// How many items match, across all pages.
    pub total_count: u64,
}

pub type Conn<T> = Connection<String, T, ConnectionFields, EmptyFields>;

pub fn page_request(
    first: Option<i32>,
    after: Option<String>,
    max_page_size: u32,
) -> Result<PageRequest, AppError> {
    let first = first.unwrap_or(DEFAULT_PAGE_SIZE);
    if first < 0 || first as u32 > max_page_size {
        return Err(AppError::validation(
            "first",
            format!("first must be between 0 and {max_page_size}"),
        ));
    }
    let after = after
        .map(|cursor| {
            URL_SAFE_NO_PAD
                .decode(&cursor)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .and_then(|s| s.strip_prefix("cursor:").and_then(|n| n.parse().ok()))
                .ok_or_else(|| AppError::validation("after", "not a cursor from this API"))
        })
        .transpose()?;
    Ok(PageRequest {
        first: first as u64,
        after,
    })
}

fn cursor(id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("cursor:{id}"))
}

/// Builds a connection; `id_of` gives each item's key for its cursor.
pub fn connection<T: OutputType>(
    page: Page<T>,
    had_cursor: bool,
    mut id_of: impl FnMut(&T) -> i64,
) -> Conn<T> {
    let mut conn = Connection::with_additional_fields(
        had_cursor,
        page.has_next_page,
        ConnectionFields {
            total_count: page.total_count,
        },
    );
    conn.edges = page
        .items
        .into_iter()
        .map(|item| Edge::new(cursor(id_of(&item)), item))
        .collect();
    conn
}

/// A page costs its items' fields once per 20 items asked for, so a full page of 100 counts
/// five times and nested lists multiply.
pub fn connection_complexity(first: Option<i32>, child_complexity: usize) -> usize {
    let pages = first
        .unwrap_or(DEFAULT_PAGE_SIZE)
        .clamp(DEFAULT_PAGE_SIZE, 100) as usize
        / 20;
    child_complexity * pages + 1
}

/// Whether the query asks for `field` of the connection's items (through `edges` or `nodes`),
/// so the resolver can load it for the whole page at once.
pub fn items_ask_for(ctx: &Context<'_>, field: &str) -> bool {
    let look = ctx.look_ahead();
    look.field("edges").field("node").field(field).exists()
        || look.field("nodes").field(field).exists()
}

/// A connection over an offset-paginated list: each cursor is the count of items up to and
/// including it.
pub fn offset_connection<T: OutputType>(page: Page<T>, had_cursor: bool, offset: i64) -> Conn<T> {
    let mut position = offset;
    connection(page, had_cursor, |_| {
        position += 1;
        position
    })
}
