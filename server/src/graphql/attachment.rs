use async_graphql::{Context, ID, Result, SimpleObject, Upload};
use std::io::Read;

use super::node;
use crate::{error::AppError, service::attachment::NewFile};

/// A file attached to a report or a reply; download it from `url` with the same bearer token.
#[derive(SimpleObject)]
pub struct Attachment {
    /// Opaque id.
    pub id: ID,
    /// The file's name as uploaded.
    pub file_name: String,
    /// Type detected from the bytes.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
    /// Where to download it: `/files/{id}`.
    pub url: String,
}

impl From<entities::attachment::Model> for Attachment {
    fn from(m: entities::attachment::Model) -> Self {
        Self {
            id: node::encode("Attachment", m.id),
            file_name: m.file_name,
            content_type: m.content_type,
            size: m.size,
            url: format!("/files/{}", m.id),
        }
    }
}

/// Reads uploaded files (GraphQL multipart requests) into memory; the request body limit
/// already bounds their size.
pub async fn read_uploads(ctx: &Context<'_>, uploads: Option<Vec<Upload>>) -> Result<Vec<NewFile>> {
    let mut files = Vec::new();
    for upload in uploads.unwrap_or_default() {
        let value = upload.value(ctx).map_err(|_| {
            AppError::validation("attachments", "an upload is missing from the request")
        })?;
        let name = value.filename.clone();
        let bytes = tokio::task::spawn_blocking(move || {
            let mut bytes = Vec::new();
            value.into_read().read_to_end(&mut bytes).map(|_| bytes)
        })
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
        files.push(NewFile { name, bytes });
    }
    Ok(files)
}
