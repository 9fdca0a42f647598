//! The `watchpost` command line.

use std::{
    io::{BufRead, IsTerminal},
    path::{Path, PathBuf},
    process::ExitCode,
    sync::Arc,
};

use clap::{Args, Parser, Subcommand};
use migration::{Migrator, MigratorTrait};

use crate::{
    app::App,
    clock::{Clock, SystemClock},
    config::{Profile, Settings, redact_url},
    db,
    error::AppError,
    graphql,
    service::{self, region::NewRegion},
};

#[derive(Parser)]
#[command(
    name = "watchpost",
    version,
    about = "Business-environment supervision programme server"
)]
pub struct Cli {
    /// TOML configuration file.
    #[arg(long, global = true, env = "WATCHPOST_CONFIG")]
    config: Option<PathBuf>,
    /// Database URL (sqlite://… or postgres://…); overrides the configuration.
    #[arg(long, global = true)]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs the server.
    Serve {
        /// Address to listen on.
        #[arg(long)]
        bind: Option<std::net::SocketAddr>,
        /// `production` turns off GraphiQL, introspection and suggestions and needs secrets.
        #[arg(long, value_enum)]
        profile: Option<Profile>,
    },
    /// Applies or rolls back database migrations.
    Migrate {
        #[command(subcommand)]
        action: MigrateAction,
    },
    /// Writes the GraphQL schema (SDL).
    ExportSchema(ExportSchema),
    /// Creates a platform admin, or with --region an office account of that region; reads the
    /// password from standard input.
    CreateAdmin {
        #[arg(long)]
        username: String,
        /// GB/T 2260 code of the region; created if not present.
        #[arg(long)]
        region: Option<String>,
        /// Name for a region created here; defaults to its code.
        #[arg(long)]
        region_name: Option<String>,
    },
    /// Runs scheduled jobs by hand.
    Jobs {
        #[command(subcommand)]
        action: JobsAction,
    },
    /// Copies the database and the attachment store into a new folder, while the server
    /// runs (SQLite: VACUUM INTO; PostgreSQL: pg_dump, custom format).
    Backup {
        /// A folder that does not exist yet or is empty.
        path: PathBuf,
    },
    /// Re-encrypts ID numbers and phones under a new data key. Stop every server first.
    RotateKey {
        /// The new key: 32 random bytes, base64 (`openssl rand -base64 32`).
        #[arg(long, env = "WATCHPOST_NEW_DATA_KEY", hide_env_values = true)]
        new_key: String,
    },
    /// Checks or prunes the audit trail.
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
    /// Loads a region's working-day calendar.
    Calendar {
        #[command(subcommand)]
        action: CalendarAction,
    },
    /// Fills the database with a demo county (岳阳县, 430621) and prints how to sign in.
    Demo {
        /// The password every demo account gets.
        #[arg(long, default_value = "Watchpost-demo-1")]
        password: String,
        /// Add the demo even though the database already has data.
        #[arg(long, conflicts_with = "scale")]
        force: bool,
        /// Instead of the demo county, write N counties of benchmark-scale data in bulk
        /// (about 10,000 reports and 9,000 slips each) into an empty database.
        #[arg(long, value_name = "N")]
        scale: Option<u32>,
        /// Seed of the benchmark-scale data: the same seed and `--as-of` give the same rows.
        #[arg(long, default_value_t = 1, requires = "scale")]
        seed: u64,
        /// The day the benchmark-scale data ends (default: today in Asia/Shanghai).
        #[arg(long, requires = "scale")]
        as_of: Option<chrono::NaiveDate>,
    },
}

#[derive(Subcommand)]
enum CalendarAction {
    /// Replaces a year's holidays and 调休 working days of a region with a table file, one
    /// day a line: `2027-01-01,休,元旦` (休 a day off, 班 a weekend day worked).
    Load {
        /// GB/T 2260 code of the region.
        #[arg(long)]
        region: String,
        /// The year the table is for; every day must fall in it.
        #[arg(long)]
        year: i32,
        /// The table (UTF-8 text or CSV).
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum JobsAction {
    /// Runs one job for every region as of `--now` (default: the current time).
    Run {
        /// A job name: quarterly-reminder, due-soon, escalate-overdue, terms-and-exits,
        /// survey-reminder, joint-meeting-check, meeting-notices or outbox-dispatch.
        name: String,
        /// The instant the job takes as now, RFC 3339 (e.g. 2025-03-14T09:00:00+08:00).
        #[arg(long)]
        now: Option<chrono::DateTime<chrono::FixedOffset>>,
    },
}

#[derive(Subcommand)]
enum AuditAction {
    /// Checks every region's hash chain; names the first broken link and exits non-zero.
    Verify,
    /// Drops events older than `audit.retention_days` (at least 180).
    Prune,
}

#[derive(Subcommand)]
enum MigrateAction {
    /// Applies all pending migrations.
    Up,
    /// Rolls back the last N migrations.
    Down {
        #[arg(long, default_value_t = 1)]
        steps: u32,
    },
    /// Lists migrations and whether each is applied.
    Status,
}

#[derive(Args)]
struct ExportSchema {
    /// Where to write the SDL.
    #[arg(long, default_value = "schema.graphql")]
    output: PathBuf,
    /// Only compare: exit non-zero when the file differs from the code.
    #[arg(long)]
    check: bool,
}

pub async fn run(cli: Cli) -> ExitCode {
    match dispatch(cli).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Command::ExportSchema(args) = &cli.command {
        return export_schema(args);
    }
    let mut settings = Settings::load(cli.config.as_deref())?;
    if let Some(url) = cli.database_url {
        settings.database_url = url;
    }
    init_tracing(&settings);
    match cli.command {
        Command::Serve { bind, profile } => {
            if let Some(bind) = bind {
                settings.bind = bind;
            }
            if let Some(profile) = profile {
                settings.profile = profile;
            }
            serve(settings).await?;
        }
        Command::Migrate { action } => {
            let conn = db::connect(&settings.database_url).await?;
            match action {
                MigrateAction::Up => Migrator::up(&conn, None).await?,
                MigrateAction::Down { steps } => Migrator::down(&conn, Some(steps)).await?,
                MigrateAction::Status => {
                    for m in Migrator::get_migration_with_status(&conn).await? {
                        println!("{:?}\t{}", m.status(), m.name());
                    }
                }
            }
        }
        Command::ExportSchema(_) => unreachable!("handled above"),
        Command::Jobs {
            action: JobsAction::Run { name, now },
        } => {
            let app = App::build(settings, Arc::new(SystemClock)).await?;
            let now = now.map_or_else(|| SystemClock.now(), |t| t.with_timezone(&chrono::Utc));
            let reports = crate::jobs::run(&app.state, &name, now, None)
                .await
                .map_err(AppError::into_report)?;
            for report in &reports {
                println!(
                    "{}\t{}\t{} effects",
                    report.run_key, report.status, report.effects
                );
            }
            if reports.iter().any(|r| r.status == "failed") {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Backup { path } => {
            let app = App::build(settings, Arc::new(SystemClock)).await?;
            let done = crate::backup::run(&app.state, &path).await?;
            println!(
                "database: {}\nfiles: {} ({} copied)",
                done.database.display(),
                done.files.display(),
                done.files_copied
            );
        }
        Command::Calendar {
            action: CalendarAction::Load { region, year, file },
        } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let entries = crate::domain::holidays::parse_table(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?
                .into_iter()
                .map(|d| service::calendar::CalendarEntry {
                    day: d.day,
                    working: d.working,
                    note: d.note,
                })
                .collect();
            let app = App::build(settings, Arc::new(SystemClock)).await?;
            let rc = service::RequestContext {
                state: app.state.clone(),
                viewer: crate::auth::Viewer::anonymous(),
                meta: service::RequestMeta {
                    request_id: "calendar-load".into(),
                    client_addr: None,
                    ..Default::default()
                },
            };
            let (holidays, worked) = service::calendar::load_year(&rc, &region, year, entries)
                .await
                .map_err(AppError::into_report)?;
            println!("{region} {year}: {holidays} days off, {worked} weekend days worked.");
        }
        Command::RotateKey { new_key } => {
            let index_key = settings
                .index_key
                .clone()
                .unwrap_or_else(|| settings.data_key.clone());
            let new = crate::crypto::DataVault::from_config(&new_key, Some(&index_key))
                .map_err(anyhow::Error::msg)?;
            let app = App::build(settings, Arc::new(SystemClock)).await?;
            let rc = service::RequestContext {
                state: app.state.clone(),
                viewer: crate::auth::Viewer::anonymous(),
                meta: service::RequestMeta {
                    request_id: "rotate-key".into(),
                    client_addr: None,
                    ..Default::default()
                },
            };
            let rotated = service::keys::rotate(&rc, &new)
                .await
                .map_err(AppError::into_report)?;
            println!(
                "{} members and {} accounts re-sealed under the new key.",
                rotated.members, rotated.accounts
            );
            println!(
                "Now set `data_key` to the new key and, unless it is already set, `index_key` to \
                 the data key used until now; then start the servers."
            );
        }
        Command::Audit { action } => {
            let conn = db::connect(&settings.database_url).await?;
            match action {
                AuditAction::Verify => {
                    let found = service::audit::verify(&conn)
                        .await
                        .map_err(AppError::into_report)?;
                    println!("{} chains, {} events checked", found.chains, found.events);
                    if let Some((chain, event, why)) = found.broken {
                        println!("BROKEN: chain {chain}, event {event}: {why}");
                        return Ok(ExitCode::FAILURE);
                    }
                    println!("every link holds");
                }
                AuditAction::Prune => {
                    settings.validate().map_err(anyhow::Error::msg)?;
                    let Some(days) = settings.audit.retention_days else {
                        anyhow::bail!("set `audit.retention_days` (at least 180) to prune");
                    };
                    let dropped = service::audit::prune(&conn, days, SystemClock.now())
                        .await
                        .map_err(AppError::into_report)?;
                    println!("{dropped} events older than {days} days dropped");
                }
            }
        }
        Command::Demo {
            password,
            scale: Some(counties),
            seed,
            as_of,
            ..
        } => {
            settings.validate().map_err(anyhow::Error::msg)?;
            let conn = db::connect(&settings.database_url).await?;
            db::migrate_up(&conn).await?;
            let as_of = as_of.unwrap_or_else(|| {
                SystemClock
                    .now()
                    .with_timezone(&chrono_tz::Asia::Shanghai)
                    .date_naive()
            });
            let started = std::time::Instant::now();
            let options = crate::demo_scale::ScaleOptions {
                counties,
                seed,
                as_of,
                password: password.clone(),
            };
            let written = crate::demo_scale::run(&conn, &options)
                .await
                .map_err(AppError::into_report)?;
            println!(
                "{counties} counties (seed {seed}, up to {as_of}) in {:.1} s: {written:#?}",
                started.elapsed().as_secs_f64()
            );
            println!(
                "Sign in with password {password:?} as admin, or c430101.office, c430101.lg, \
                 c430101.jw, c430101.u00 (a unit), c430101.s000 (a supervisor), \
                 c430101.p000 (a point's liaison); other counties likewise."
            );
        }
        Command::Demo {
            password, force, ..
        } => {
            let app = App::build(settings, Arc::new(SystemClock)).await?;
            let logins = crate::demo::run(&app.state, &password, force)
                .await
                .map_err(AppError::into_report)?;
            println!(
                "Demo county 岳阳县 (430621) is ready. Sign in with password {password:?} as:"
            );
            for login in logins {
                println!("  {:<14} {:?}", login.username, login.role);
            }
            println!("Then run `watchpost serve` and open http://127.0.0.1:8080/ in a browser");
        }
        Command::CreateAdmin {
            username,
            region,
            region_name,
        } => {
            let password = read_password()?;
            settings.validate().map_err(anyhow::Error::msg)?;
            let vault = settings.vault().map_err(anyhow::Error::msg)?;
            let conn = db::connect(&settings.database_url).await?;
            db::migrate_up(&conn).await?;
            let region = region.map(|code| NewRegion {
                name: region_name.unwrap_or_else(|| code.clone()),
                code,
                parent_code: None,
                time_zone: None,
                slip_prefix: None,
            });
            let created = service::account::create_admin(
                &conn,
                &vault,
                SystemClock.now(),
                &username,
                password,
                region,
            )
            .await
            .map_err(AppError::into_report)?;
            println!("created {:?} account {}", created.role, created.username);
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let bind = settings.bind;
    let production = settings.is_production();
    tracing::info!(database = %redact_url(&settings.database_url), "starting");
    let app = App::build(settings, Arc::new(SystemClock)).await?;
    let listener = tokio::net::TcpListener::bind(bind).await?;
    let addr = listener.local_addr()?;
    if production {
        println!(
            "Watchpost listening: the web app at http://{addr}/, the API at http://{addr}/graphql"
        );
    } else {
        println!(
            "Watchpost listening: the web app at http://{addr}/, the API at http://{addr}/graphql (GraphiQL in a browser)"
        );
    }
    let background = if app.state.settings.jobs.enabled {
        Some(app.start_background().await?)
    } else {
        None
    };
    tracing::info!(%addr, ready_ms = started.elapsed().as_millis() as u64, "ready");
    app.serve(listener, shutdown_signal()).await?;
    if let Some(background) = background {
        background.stop().await;
    }
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "listening for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "listening for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

fn export_schema(args: &ExportSchema) -> anyhow::Result<ExitCode> {
    let sdl = graphql::sdl();
    if args.check {
        let current = std::fs::read_to_string(&args.output).unwrap_or_default();
        if current == sdl {
            println!("{} is up to date", args.output.display());
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!(
            "{} is stale: run `watchpost export-schema` and commit it",
            args.output.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    write(&args.output, &sdl)?;
    println!("wrote {}", args.output.display());
    Ok(ExitCode::SUCCESS)
}

fn write(path: &Path, contents: &str) -> std::io::Result<()> {
    std::fs::write(path, contents)
}

/// One line from standard input; typed without echo only when it is a terminal is not
/// attempted: pipe the password in (`printf '%s' "$PW" | watchpost create-admin …`).
fn read_password() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("password: ");
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line)?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.is_empty() {
        anyhow::bail!("no password on standard input");
    }
    Ok(password)
}

fn init_tracing(settings: &Settings) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&settings.log.filter));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if settings.log.format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
