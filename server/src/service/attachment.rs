//! Attachments: stored once per content (SHA-256), typed from their bytes, and served with
//! exactly the permission of the record they belong to.

use std::path::PathBuf;

use entities::{account::Role, attachment};
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use sha2::{Digest, Sha256};

use super::RequestContext;
use crate::{
    app::AppState,
    crypto::hex,
    domain,
    error::{AppError, AppResult},
};

/// A file as received.
pub struct NewFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A file checked and written to the store, waiting to be attached.
pub struct StoredFile {
    sha256: String,
    size: i64,
    content_type: String,
    name: String,
}

/// Images, audio, video, PDF and office documents, judged by their bytes.
pub fn allowed_type(bytes: &[u8]) -> Option<&'static str> {
    let kind = infer::get(bytes)?;
    let allowed = matches!(
        kind.matcher_type(),
        infer::MatcherType::Image
            | infer::MatcherType::Audio
            | infer::MatcherType::Video
            | infer::MatcherType::Doc
    ) || kind.mime_type() == "application/pdf";
    allowed.then_some(kind.mime_type())
}

/// Checks each file and writes it to the store (once per content). Done before any
/// transaction opens; a file stored for a change that then fails is only an unreferenced
/// copy.
pub async fn store(state: &AppState, files: Vec<NewFile>) -> AppResult<Vec<StoredFile>> {
    let limit = state.settings.files.max_bytes;
    let total: usize = files.iter().map(|f| f.bytes.len()).sum();
    if total > limit {
        return Err(AppError::validation(
            "attachments",
            format!(
                "attachments may total at most {} MiB",
                limit / (1024 * 1024)
            ),
        ));
    }
    let mut stored = Vec::with_capacity(files.len());
    for file in files {
        let name = file_name(&file.name)?;
        let content_type = allowed_type(&file.bytes).ok_or_else(|| {
            AppError::validation(
                "attachments",
                format!("{name}: only images, audio, video, PDF and office documents are accepted"),
            )
        })?;
        let sha256 = hex(&Sha256::digest(&file.bytes));
        let path = path_of(state, &sha256);
        if tokio::fs::metadata(&path).await.is_err() {
            if let Some(dir) = path.parent() {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(AppError::internal)?;
            }
            // Write then rename, so a reader never sees half a file.
            let partial = path.with_extension(format!("partial-{}", uuid::Uuid::new_v4().simple()));
            tokio::fs::write(&partial, &file.bytes)
                .await
                .map_err(AppError::internal)?;
            tokio::fs::rename(&partial, &path)
                .await
                .map_err(AppError::internal)?;
        }
        stored.push(StoredFile {
            sha256,
            size: file.bytes.len() as i64,
            content_type: content_type.to_owned(),
            name,
        });
    }
    Ok(stored)
}

/// A file's name as kept: no path separators, at most 255 characters, none that hide or
/// reorder text.
pub fn file_name(given: &str) -> AppResult<String> {
    let name: String = given
        .chars()
        .filter(|c| !matches!(c, '/' | '\\'))
        .take(255)
        .collect();
    if let Some(hidden) = name.chars().find(|c| domain::text::deceptive(*c)) {
        return Err(AppError::validation(
            "attachments",
            format!(
                "a file name may not hold control or direction characters (U+{:04X})",
                u32::from(hidden)
            ),
        ));
    }
    Ok(if name.is_empty() {
        "attachment".into()
    } else {
        name
    })
}

fn path_of(state: &AppState, sha256: &str) -> PathBuf {
    state.settings.files.folder.join(&sha256[..2]).join(sha256)
}

/// Records stored files as belonging to a report, an assignment or a consultation, in the
/// caller's transaction.
pub async fn attach(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: i32,
    owner_type: &str,
    owner_id: i32,
    files: Vec<StoredFile>,
) -> AppResult<()> {
    let uploaded_by = rc.viewer.as_principal().map(|p| p.account_id);
    for file in files {
        attachment::Entity::insert(attachment::ActiveModel {
            region_id: Set(region_id),
            owner_type: Set(owner_type.to_owned()),
            owner_id: Set(owner_id),
            sha256: Set(file.sha256),
            size: Set(file.size),
            content_type: Set(file.content_type),
            file_name: Set(file.name),
            uploaded_by: Set(uploaded_by),
            created_at: Set(rc.now()),
            ..Default::default()
        })
        .exec_without_returning(conn)
        .await?;
    }
    Ok(())
}

/// An attachment and its bytes, if the caller may see the record it belongs to. A reply's
/// files are the unit's working material: reporters do not get them.
pub async fn open(rc: &RequestContext, id: i32) -> AppResult<(attachment::Model, Vec<u8>)> {
    let principal = rc.viewer.principal()?;
    let found = attachment::Entity::find_by_id(id)
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    match found.owner_type.as_str() {
        "Report" => {
            super::report::get(rc, found.owner_id).await?;
        }
        "Assignment" if !matches!(principal.role, Role::Supervisor | Role::Liaison) => {
            super::assignment::get(rc, found.owner_id).await?;
        }
        "Consultation" => {
            super::consultation::get(rc, found.owner_id).await?;
        }
        // A nomination's documents: for those who review it, not for the member later on.
        "Member" if !matches!(principal.role, Role::Supervisor | Role::Liaison) => {
            super::membership::get(rc, found.owner_id).await?;
        }
        _ => return Err(AppError::NotFound),
    }
    let bytes = tokio::fs::read(path_of(&rc.state, &found.sha256))
        .await
        .map_err(AppError::internal)?;
    Ok((found, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_bytes() {
        assert_eq!(allowed_type(b"%PDF-1.7\n..."), Some("application/pdf"));
        assert_eq!(
            allowed_type(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]),
            Some("image/png")
        );
        assert_eq!(allowed_type(b"MZ\x90\x00 an executable"), None);
        assert_eq!(
            allowed_type(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            None
        );
        assert_eq!(allowed_type(b"plain text pretending to be a pdf"), None);
    }
}
