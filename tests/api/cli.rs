//! The `watchpost` binary's own commands.

use std::{
    io::Write,
    process::{Command, Stdio},
};

use migration::MigratorTrait;
use sea_orm::EntityTrait;
fn watchpost(dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_watchpost"))
        .args(args)
        .current_dir(dir)
        .env_remove("WATCHPOST_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("written");
    }
    let out = child.wait_with_output().expect("finished");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn empty_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("watchpost-cli-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("dir");
    dir
}

#[test]
fn create_admin_makes_the_database_and_the_office_of_a_new_region() {
    let dir = empty_dir();
    let (ok, out) = watchpost(
        &dir,
        &["create-admin", "--username", "root"],
        Some("Admin-pass-1\n"),
    );
    assert!(ok, "{out}");
    assert!(dir.join("watchpost.db").exists());
    let (ok, out) = watchpost(
        &dir,
        &[
            "create-admin",
            "--username",
            "yy.office",
            "--region",
            "430621",
        ],
        Some("Admin-pass-1\n"),
    );
    assert!(ok && out.contains("Office"), "{out}");
    let (ok, out) = watchpost(
        &dir,
        &["create-admin", "--username", "root"],
        Some("Admin-pass-1\n"),
    );
    assert!(!ok && out.contains("taken"), "{out}");
    let (ok, out) = watchpost(
        &dir,
        &["create-admin", "--username", "weak"],
        Some("password\n"),
    );
    assert!(!ok && out.contains("password"), "{out}");
    let (ok, out) = watchpost(
        &dir,
        &[
            "create-admin",
            "--username",
            "bad.region",
            "--region",
            "99999",
        ],
        Some("Admin-pass-1\n"),
    );
    assert!(!ok && out.contains("six digits"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn migrate_reports_status_and_rolls_back() {
    let dir = empty_dir();
    let (ok, out) = watchpost(&dir, &["migrate", "up"], None);
    assert!(ok, "{out}");
    let newest = migration::Migrator::migrations()
        .last()
        .map(|m| m.name().to_owned())
        .expect("migrations");
    let (ok, out) = watchpost(&dir, &["migrate", "status"], None);
    assert!(ok && out.contains(&format!("Applied\t{newest}")), "{out}");
    let (ok, out) = watchpost(&dir, &["migrate", "down", "--steps", "1"], None);
    assert!(ok, "{out}");
    let (_, out) = watchpost(&dir, &["migrate", "status"], None);
    assert!(out.contains(&format!("Pending\t{newest}")), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn export_schema_check_fails_on_a_stale_file() {
    let dir = empty_dir();
    let (ok, _) = watchpost(&dir, &["export-schema", "--check"], None);
    assert!(!ok, "a missing file is stale");
    let (ok, out) = watchpost(&dir, &["export-schema"], None);
    assert!(ok, "{out}");
    let (ok, out) = watchpost(&dir, &["export-schema", "--check"], None);
    assert!(ok, "{out}");
    std::fs::write(dir.join("schema.graphql"), "type Query { stale: Int }").expect("written");
    let (ok, _) = watchpost(&dir, &["export-schema", "--check"], None);
    assert!(!ok);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn jobs_run_takes_an_explicit_now_and_refuses_unknown_jobs() {
    let dir = empty_dir();
    let (ok, out) = watchpost(
        &dir,
        &[
            "create-admin",
            "--username",
            "yy.office",
            "--region",
            "430621",
        ],
        Some("Admin-pass-1\n"),
    );
    assert!(ok, "{out}");
    let (ok, out) = watchpost(
        &dir,
        &[
            "jobs",
            "run",
            "escalate-overdue",
            "--now",
            "2025-03-17T00:30:00+08:00",
        ],
        None,
    );
    assert!(
        ok && out.contains("escalate-overdue:430621:2025-03-17") && out.contains("succeeded"),
        "{out}"
    );
    let (ok, out) = watchpost(&dir, &["jobs", "run", "make-coffee"], None);
    assert!(!ok && out.contains("no job named"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn audit_verify_checks_the_chains_and_prune_needs_a_retention_of_180_days() {
    let dir = empty_dir();
    let (ok, out) = watchpost(
        &dir,
        &[
            "create-admin",
            "--username",
            "yy.office",
            "--region",
            "430621",
        ],
        Some("Admin-pass-1\n"),
    );
    assert!(ok, "{out}");
    let (ok, out) = watchpost(&dir, &["audit", "verify"], None);
    assert!(ok && out.contains("every link holds"), "{out}");
    let (ok, out) = watchpost(&dir, &["audit", "prune"], None);
    assert!(!ok && out.contains("retention_days"), "{out}");
    std::fs::write(dir.join("short.toml"), "[audit]\nretention_days = 90\n").expect("config");
    let (ok, out) = watchpost(&dir, &["--config", "short.toml", "audit", "prune"], None);
    assert!(!ok && out.contains("at least 180"), "{out}");
    std::fs::write(dir.join("long.toml"), "[audit]\nretention_days = 365\n").expect("config");
    let (ok, out) = watchpost(&dir, &["--config", "long.toml", "audit", "prune"], None);
    assert!(
        ok && out.contains("0 events older than 365 days dropped"),
        "{out}"
    );
}

#[tokio::test]
async fn calendar_load_replaces_a_regions_year_from_a_table_file_and_names_a_bad_line() {
    let dir = empty_dir();
    let (ok, out) = watchpost(
        &dir,
        &[
            "create-admin",
            "--username",
            "yy.office",
            "--region",
            "430621",
        ],
        Some("Admin-pass-1\n"),
    );
    assert!(ok, "{out}");
    std::fs::write(
        dir.join("2027.csv"),
        "日期,类型,说明\n2027-01-01,休,元旦\n2027-02-06,班,春节调休\n2027-02-08,休,春节\n",
    )
    .expect("written");
    let load = [
        "calendar", "load", "--region", "430621", "--year", "2027", "2027.csv",
    ];
    let (ok, out) = watchpost(&dir, &load, None);
    assert!(ok, "{out}");
    assert!(
        out.contains("430621 2027: 2 days off, 1 weekend days worked."),
        "{out}"
    );

    std::fs::write(dir.join("bad.csv"), "2027-01-01,休\n2027-01-02,放假\n").expect("written");
    let (ok, out) = watchpost(
        &dir,
        &[
            "calendar", "load", "--region", "430621", "--year", "2027", "bad.csv",
        ],
        None,
    );
    assert!(!ok && out.contains("line 2"), "{out}");
    let (ok, out) = watchpost(
        &dir,
        &[
            "calendar", "load", "--region", "999999", "--year", "2027", "2027.csv",
        ],
        None,
    );
    assert!(!ok && out.contains("no such region"), "{out}");

    // The bad file changed nothing: the region keeps the table loaded first.
    let url = format!("sqlite://{}?mode=ro", dir.join("watchpost.db").display());
    let db = sea_orm::Database::connect(&url).await.expect("database");
    let days = entities::calendar_day::Entity::find()
        .all(&db)
        .await
        .expect("days");
    let mut loaded: Vec<(String, bool)> = days
        .iter()
        .map(|d| (d.day.to_string(), d.working))
        .collect();
    loaded.sort();
    assert_eq!(
        loaded,
        [
            ("2027-01-01".to_owned(), false),
            ("2027-02-06".to_owned(), true),
            ("2027-02-08".to_owned(), false)
        ]
    );
    drop(db);
    let _ = std::fs::remove_dir_all(dir);
}
