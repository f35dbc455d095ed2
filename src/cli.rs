//! The `discorsi` command: parses arguments, sets up logging, runs.

use std::{process::ExitCode, sync::Arc};

use anyhow::Context as _;
use clap::Parser;

use crate::{
    app,
    clock::SystemClock,
    config::{Cli, Command, CommonOpts, Config, EventsCommand, LogFormat, ServicesCommand},
    directory::{import, store},
    storage::Db,
};

pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli.common);
    match execute(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn execute(cli: Cli) -> anyhow::Result<()> {
    match cli.command.unwrap_or(Command::Run) {
        Command::Run => {
            let config = match Config::from_opts(&cli.common, &cli.bot) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("{e}");
                    std::process::exit(2);
                }
            };
            app::run(config, Arc::new(SystemClock), app::shutdown_signal()).await
        }
        Command::Events {
            action: EventsCommand::Import { file },
        } => {
            let tz: chrono_tz::Tz = cli
                .bot
                .timezone
                .parse()
                .map_err(|_| anyhow::anyhow!("TIMEZONE is not an IANA time zone"))?;
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let now = chrono::Utc::now();
            let db = app::open_db(&cli.common.database_url).await?;
            let result = match crate::events::import::parse(&bytes, tz, now.timestamp(), 0) {
                Ok(events) => {
                    crate::events::store::create_all(&db, &events, now).await?;
                    println!("imported {} events from {}", events.len(), file.display());
                    Ok(())
                }
                Err(errors) => {
                    for e in &errors {
                        eprintln!("{}: {e}", file.display());
                    }
                    Err(anyhow::anyhow!(
                        "{} problem(s) found; nothing was imported",
                        errors.len()
                    ))
                }
            };
            db.close().await;
            result
        }
        Command::Services { action } => {
            let db = app::open_db(&cli.common.database_url).await?;
            let result = services(&db, action).await;
            db.close().await;
            result
        }
        Command::Playground { port, persist } => {
            let url = persist.map(|file| format!("sqlite://{}", file.display()));
            crate::playground::run(port, url).await
        }
        Command::Health { max_age } => health(&cli.common.database_url, max_age).await,
        Command::Migrate => {
            let db = app::open_db(&cli.common.database_url).await?;
            db.close().await;
            println!("migrations applied");
            Ok(())
        }
    }
}

/// Healthy when the database answers and the running bot reached Telegram
/// within `max_age` seconds. Reads only; never migrates.
async fn health(database_url: &str, max_age: u64) -> anyhow::Result<()> {
    let db = Db::connect(database_url).await?;
    let last = crate::storage::heartbeat::last(&db).await;
    db.close().await;
    let last = last.context("the database does not answer, or the bot never ran on it")?;
    let Some(last) = last else {
        anyhow::bail!("the bot has not reached Telegram yet");
    };
    let age = (chrono::Utc::now() - last).num_seconds();
    if age > i64::try_from(max_age).unwrap_or(i64::MAX) {
        anyhow::bail!("the bot last reached Telegram {age} s ago (more than {max_age} s)");
    }
    println!("healthy: the bot reached Telegram {age} s ago");
    Ok(())
}

async fn services(db: &Db, action: ServicesCommand) -> anyhow::Result<()> {
    match action {
        ServicesCommand::Import { file } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            match import::parse(&bytes) {
                Ok(services) => {
                    store::upsert_all(db, &services, chrono::Utc::now()).await?;
                    println!(
                        "imported {} services from {}",
                        services.len(),
                        file.display()
                    );
                    Ok(())
                }
                Err(errors) => {
                    for e in &errors {
                        eprintln!("{}: {e}", file.display());
                    }
                    anyhow::bail!("{} problem(s) found; nothing was imported", errors.len())
                }
            }
        }
        ServicesCommand::Export { output } => {
            let csv = import::export(&store::load_all(db).await?)?;
            match output {
                Some(path) => std::fs::write(&path, csv)
                    .with_context(|| format!("cannot write {}", path.display()))?,
                None => std::io::Write::write_all(&mut std::io::stdout(), &csv)?,
            }
            Ok(())
        }
    }
}

fn init_logging(opts: &CommonOpts) {
    use tracing_subscriber::{filter::Targets, prelude::*};
    // "info", or per module: "discorsi=debug,sqlx=warn".
    let filter: Targets = opts
        .log_level
        .parse()
        .unwrap_or_else(|_| Targets::new().with_default(tracing::Level::INFO));
    // The builder's own ceiling would otherwise be INFO, and a "debug"
    // asked for here would show nothing.
    let builder = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(std::io::stderr);
    let _ = match opts.log_format {
        LogFormat::Json => builder.json().finish().with(filter).try_init(),
        LogFormat::Text => builder.finish().with(filter).try_init(),
    };
}
