//! The `discorsi` command: parses arguments, sets up logging, runs.

use std::{process::ExitCode, sync::Arc};

use clap::Parser;

use crate::{
    app,
    clock::SystemClock,
    config::{Cli, Command, CommonOpts, Config, LogFormat},
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
        Command::Migrate => {
            let db = app::open_db(&cli.common.database_url).await?;
            db.close().await;
            println!("migrations applied");
            Ok(())
        }
    }
}

fn init_logging(opts: &CommonOpts) {
    let filter = tracing_subscriber::EnvFilter::try_new(&opts.log_level)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match opts.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}
