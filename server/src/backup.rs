//! `watchpost backup PATH`: a consistent copy of the database and the attachment store, taken
//! while the server runs. SQLite is copied with `VACUUM INTO`; PostgreSQL with `pg_dump` in
//! its custom format (restore with `pg_restore`, as the README describes).

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use sea_orm::{ConnectionTrait, DatabaseBackend};

use crate::app::AppState;

/// What a backup wrote.
pub struct Backup {
    /// `watchpost.db` (SQLite) or `watchpost.dump` (PostgreSQL).
    pub database: PathBuf,
    pub files: PathBuf,
    pub files_copied: u64,
}

/// Writes the backup into `dest`, which must not exist or be empty.
pub async fn run(state: &AppState, dest: &Path) -> anyhow::Result<Backup> {
    if dest.exists() && dest.read_dir()?.next().is_some() {
        bail!("{} is not empty; back up into a new folder", dest.display());
    }
    tokio::fs::create_dir_all(dest).await?;
    let database = match state.db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            let path = dest.join("watchpost.db");
            let quoted = path.to_string_lossy().replace('\'', "''");
            state
                .db
                .execute_unprepared(&format!("VACUUM INTO '{quoted}'"))
                .await
                .context("copying the SQLite database")?;
            path
        }
        _ => {
            let path = dest.join("watchpost.dump");
            let out = tokio::process::Command::new("pg_dump")
                .arg("--format=custom")
                .arg("--no-owner")
                .arg("--file")
                .arg(&path)
                .arg(&state.settings.database_url)
                .output()
                .await
                .context("running pg_dump (install the PostgreSQL client tools)")?;
            if !out.status.success() {
                bail!(
                    "pg_dump failed: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
            }
            path
        }
    };
    let files = dest.join("files");
    let files_copied = copy_tree(&state.settings.files.folder, &files).await?;
    Ok(Backup {
        database,
        files,
        files_copied,
    })
}

/// Copies a folder's files (the content-addressed store is two levels deep); a missing
/// source is an empty store.
async fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<u64> {
    tokio::fs::create_dir_all(to).await?;
    if !from.exists() {
        return Ok(0);
    }
    let mut copied = 0;
    let mut pending = vec![(from.to_path_buf(), to.to_path_buf())];
    while let Some((source, target)) = pending.pop() {
        let mut entries = tokio::fs::read_dir(&source).await?;
        while let Some(entry) = entries.next_entry().await? {
            let kind = entry.file_type().await?;
            let destination = target.join(entry.file_name());
            if kind.is_dir() {
                tokio::fs::create_dir_all(&destination).await?;
                pending.push((entry.path(), destination));
            } else if kind.is_file() && !is_partial(&entry.path()) {
                tokio::fs::copy(entry.path(), &destination).await?;
                copied += 1;
            }
        }
    }
    Ok(copied)
}

/// A file the store is still writing (it writes, then renames).
fn is_partial(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.to_string_lossy().starts_with("partial-"))
}
