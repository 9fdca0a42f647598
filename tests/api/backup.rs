//! `watchpost backup`: a backup taken while the server runs, restored into a fresh server,
//! holds every row of every table and every attachment.

use sea_orm::{ConnectionTrait, Database, DatabaseBackend, Statement};
use serde_json::{Value, json};

use crate::{
    attachments::{PDF, upload},
    harness::{ADMIN_PASSWORD, NEW_PASSWORD, TestApp, spawn_app, spawn_app_with},
};

/// Every table's row count, by name.
async fn row_counts(db: &impl ConnectionTrait) -> Vec<(String, i64)> {
    let backend = db.get_database_backend();
    let list = match backend {
        DatabaseBackend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        _ => {
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        }
    };
    let mut counts = Vec::new();
    for row in db
        .query_all_raw(Statement::from_string(backend, list))
        .await
        .expect("tables")
    {
        let name: String = row.try_get("", "name").expect("name");
        let count = db
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT COUNT(*) AS n FROM \"{name}\""),
            ))
            .await
            .expect("count")
            .and_then(|r| r.try_get::<i64>("", "n").ok())
            .unwrap_or(-1);
        counts.push((name, count));
    }
    counts
}

/// Restores the backup into a new database the way the README says, and returns its URL
/// and, for PostgreSQL, the database to drop afterwards.
async fn restore(app: &TestApp, dest: &std::path::Path) -> (String, Option<(String, String)>) {
    match app.state.db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            let copy = dest.join("restored.db");
            std::fs::copy(dest.join("watchpost.db"), &copy).expect("copied");
            (format!("sqlite://{}?mode=rw", copy.display()), None)
        }
        _ => {
            let admin_url = std::env::var("WATCHPOST_TEST_DATABASE_URL").expect("admin URL");
            let name = format!("watchpost_restore_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(&admin_url).await.expect("admin");
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .expect("created");
            let base = admin_url.rsplit_once('/').map(|(b, _)| b).expect("URL");
            let url = format!("{base}/{name}");
            let out = std::process::Command::new("pg_restore")
                .args(["--no-owner", "--exit-on-error", "--dbname", &url])
                .arg(dest.join("watchpost.dump"))
                .output()
                .expect("pg_restore runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            (url, Some((admin_url, name)))
        }
    }
}

#[tokio::test]
async fn a_backup_restored_into_a_fresh_server_holds_every_record_and_file() {
    let app = spawn_app().await;
    let (office, leading) = app.office_and_leading_group("430621").await;
    let (_, supervisor) = app
        .active_supervisor(&office, &leading, "sup.one", "430621198001010026")
        .await;
    let submitted: Value = upload(
        &app,
        &supervisor,
        "mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id attachments { url } } } }",
        json!({ "kind": "PROBLEM", "title": "現場照片", "body": "附執法文書。", "area": "REGULATORY_ENFORCEMENT" }),
        &[("文書.pdf", PDF)],
    )
    .await
    .json()
    .await
    .expect("json");
    let url = submitted["data"]["submitReport"]["report"]["attachments"][0]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{submitted}"))
        .to_owned();

    let dest = std::env::temp_dir().join(format!(
        "watchpost-backup-{}",
        uuid::Uuid::new_v4().simple()
    ));
    let done = watchpost::backup::run(&app.state, &dest)
        .await
        .unwrap_or_else(|e| panic!("backup: {e:#}"));
    assert_eq!(done.files_copied, 1);
    let again = watchpost::backup::run(&app.state, &dest).await;
    assert!(again.is_err(), "a backup never overwrites another");

    let (restored_url, cleanup) = restore(&app, &dest).await;
    let files = dest.join("files");
    let restored = spawn_app_with(|s| {
        s.database_url = restored_url.clone();
        s.files.folder = files.clone();
    })
    .await;
    assert_eq!(
        row_counts(&restored.state.db).await,
        row_counts(&app.state.db).await,
        "every table holds the same rows"
    );
    let supervisor = restored.token_for("sup.one", NEW_PASSWORD).await;
    restored.token_for("office430621", ADMIN_PASSWORD).await;
    let reports = restored
        .gql(
            Some(&supervisor),
            "{ reports { totalCount edges { node { title } } } }",
            json!({}),
        )
        .await;
    assert_eq!(reports["data"]["reports"]["totalCount"], 1, "{reports}");
    let file = restored
        .client()
        .get(restored.url(&url))
        .bearer_auth(&supervisor)
        .send()
        .await
        .expect("download");
    assert_eq!(file.status(), 200);
    assert_eq!(file.bytes().await.expect("bytes").as_ref(), PDF);
    let verified = watchpost::service::audit::verify(&restored.state.db)
        .await
        .unwrap_or_else(|e| panic!("verify: {}", e.message()));
    assert!(verified.broken.is_none() && verified.events > 0);

    drop(restored);
    if let Some((admin_url, name)) = cleanup {
        let admin = Database::connect(&admin_url).await.expect("admin");
        let _ = admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .await;
    }
    let _ = std::fs::remove_dir_all(&dest);
}
