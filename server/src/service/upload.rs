//! Files sent in pieces before the change that attaches them (`/uploads`, the tus protocol):
//! a phone on a poor connection resumes where it stopped instead of starting again. Each
//! upload is its uploader's alone; a mutation names finished ones by token and attaches them
//! like files sent with it.

use std::{io::SeekFrom, path::PathBuf};

use chrono::Duration;
use entities::{account::Role, upload};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, sea_query::Expr,
};
use tokio::io::{AsyncSeekExt, AsyncWriteExt};

use super::{RequestContext, attachment::NewFile};
use crate::{
    app::AppState,
    error::{AppError, AppResult},
};

/// Unfinished uploads an account may have at once.
const OPEN_PER_ACCOUNT: u64 = 20;

/// An upload not attached within a day is removed.
fn lifetime() -> Duration {
    Duration::hours(24)
}

/// The roles whose changes carry files.
const UPLOADERS: &[Role] = &[
    Role::Supervisor,
    Role::Liaison,
    Role::UnitHandler,
    Role::Office,
];

fn path_of(state: &AppState, token: &str) -> PathBuf {
    state.settings.files.folder.join("uploads").join(token)
}

/// Begins an upload of `length` bytes. Uploads left from more than a day ago go first, so the
/// folder holds at most a day's unfinished ones.
pub async fn begin(rc: &RequestContext, length: i64, name: &str) -> AppResult<upload::Model> {
    let principal = rc.viewer.require(UPLOADERS)?;
    let limit = rc.state.settings.files.max_bytes as i64;
    if length < 1 || length > limit {
        return Err(AppError::validation(
            "Upload-Length",
            format!("a file has 1 byte to {} MiB", limit / (1024 * 1024)),
        ));
    }
    let file_name = super::attachment::file_name(name)?;
    remove_expired(&rc.state, rc.now()).await?;
    let open = upload::Entity::find()
        .filter(upload::Column::AccountId.eq(principal.account_id))
        .count(&rc.state.db)
        .await?;
    if open >= OPEN_PER_ACCOUNT {
        return Err(AppError::Conflict(format!(
            "at most {OPEN_PER_ACCOUNT} unfinished uploads at once; finish or cancel one first"
        )));
    }
    let token = uuid::Uuid::new_v4().simple().to_string();
    let path = path_of(&rc.state, &token);
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir)
            .await
            .map_err(AppError::internal)?;
    }
    tokio::fs::File::create(&path)
        .await
        .map_err(AppError::internal)?;
    let created = upload::ActiveModel {
        token: Set(token),
        account_id: Set(principal.account_id),
        file_name: Set(file_name),
        length: Set(length),
        received: Set(0),
        created_at: Set(rc.now()),
        ..Default::default()
    };
    Ok(upload::Entity::insert(created)
        .exec_with_returning(&rc.state.db)
        .await?)
}

/// One of the caller's own uploads; anyone else's is not found.
pub async fn find(rc: &RequestContext, token: &str) -> AppResult<upload::Model> {
    let principal = rc.viewer.require(UPLOADERS)?;
    upload::Entity::find()
        .filter(upload::Column::Token.eq(token))
        .filter(upload::Column::AccountId.eq(principal.account_id))
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Writes `bytes` at `offset`, which must be where the upload stands: a piece sent twice, or
/// out of order, is refused (`CONFLICT`) and the client asks where to go on from.
pub async fn append(
    rc: &RequestContext,
    token: &str,
    offset: i64,
    bytes: &[u8],
) -> AppResult<upload::Model> {
    let found = find(rc, token).await?;
    if offset != found.received {
        return Err(AppError::Conflict(format!(
            "the upload stands at {} bytes, not {offset}",
            found.received
        )));
    }
    let end = offset + bytes.len() as i64;
    if end > found.length {
        return Err(AppError::validation(
            "Upload-Offset",
            "more bytes than the upload announced",
        ));
    }
    let mut file = tokio::fs::OpenOptions::new()
        .write(true)
        .open(path_of(&rc.state, token))
        .await
        .map_err(AppError::internal)?;
    file.seek(SeekFrom::Start(offset as u64))
        .await
        .map_err(AppError::internal)?;
    file.write_all(bytes).await.map_err(AppError::internal)?;
    file.sync_data().await.map_err(AppError::internal)?;
    // Only from where it stood: of two pieces sent at once for the same place, one counts.
    let moved = upload::Entity::update_many()
        .col_expr(upload::Column::Received, Expr::value(end))
        .filter(upload::Column::Id.eq(found.id))
        .filter(upload::Column::Received.eq(offset))
        .exec(&rc.state.db)
        .await?;
    if moved.rows_affected == 0 {
        return Err(AppError::Conflict(
            "another piece of this upload arrived first".into(),
        ));
    }
    Ok(upload::Model {
        received: end,
        ..found
    })
}

/// The caller gives up an upload.
pub async fn cancel(rc: &RequestContext, token: &str) -> AppResult<()> {
    let found = find(rc, token).await?;
    forget(&rc.state, &[found]).await
}

/// The caller's finished uploads named by `tokens`, read as files for a change to attach.
/// They stay until `forget`, after the change is made: a change that fails can be tried again.
pub async fn files(
    rc: &RequestContext,
    tokens: &[String],
) -> AppResult<(Vec<upload::Model>, Vec<NewFile>)> {
    let mut uploads = Vec::with_capacity(tokens.len());
    let mut files = Vec::with_capacity(tokens.len());
    for token in tokens {
        let found = find(rc, token).await.map_err(|e| match e {
            AppError::NotFound => AppError::validation("uploads", "no such upload of yours"),
            e => e,
        })?;
        if found.received != found.length {
            return Err(AppError::validation(
                "uploads",
                format!("{} has not finished uploading", found.file_name),
            ));
        }
        let bytes = tokio::fs::read(path_of(&rc.state, token))
            .await
            .map_err(AppError::internal)?;
        files.push(NewFile {
            name: found.file_name.clone(),
            bytes,
        });
        uploads.push(found);
    }
    Ok((uploads, files))
}

/// Removes uploads and their bytes (attached, cancelled or expired).
pub async fn forget(state: &AppState, uploads: &[upload::Model]) -> AppResult<()> {
    if uploads.is_empty() {
        return Ok(());
    }
    upload::Entity::delete_many()
        .filter(upload::Column::Id.is_in(uploads.iter().map(|u| u.id)))
        .exec(&state.db)
        .await?;
    for upload in uploads {
        match tokio::fs::remove_file(path_of(state, &upload.token)).await {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(AppError::internal(e)),
        }
    }
    Ok(())
}

async fn remove_expired(state: &AppState, now: chrono::DateTime<chrono::Utc>) -> AppResult<()> {
    let expired = upload::Entity::find()
        .filter(upload::Column::CreatedAt.lt(now - lifetime()))
        .all(&state.db)
        .await?;
    forget(state, &expired).await
}
