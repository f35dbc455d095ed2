//! Start-up and shutdown: the same path serves `discorsi run`, the tests and
//! the playground. Only the configuration, the clock and the shutdown signal
//! differ.

use std::{future::Future, sync::Arc, time::Duration};

use anyhow::Context as _;
use teloxide::prelude::*;

use crate::{
    clock::SharedClock,
    config::Config,
    i18n::I18n,
    intake::{self, Gate},
    router,
    runtime::App,
    storage::{Db, updates},
    telegram::commands,
};

/// Builds the Telegram client for `config`, pointed at its API URL.
pub fn make_bot(config: &Config) -> anyhow::Result<Bot> {
    let client = teloxide::net::default_reqwest_settings()
        .timeout(config.poll_timeout + Duration::from_secs(15))
        // After a burst, idle connections beyond what the workers use are
        // closed, so their buffers do not stay resident.
        .pool_max_idle_per_host(64)
        .pool_idle_timeout(Duration::from_secs(30))
        .build()
        .context("building the HTTP client")?;
    let mut bot = Bot::with_client(config.token.expose(), client);
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    Ok(bot)
}

/// Opens the database and applies the migrations.
pub async fn open_db(url: &str) -> anyhow::Result<Db> {
    let db = Db::connect(url).await?;
    db.migrate().await?;
    Ok(db)
}

/// Runs the bot until `shutdown` completes, then stops gracefully: updates in
/// flight finish and the polling offset is confirmed.
pub async fn run(
    config: Config,
    clock: SharedClock,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let db = open_db(&config.database_url).await?;
    let i18n = Arc::new(I18n::load()?);
    let bot = make_bot(&config)?;
    let me = bot.get_me().await.context(
        "cannot reach the Telegram Bot API (getMe failed): check the token and the network",
    )?;
    let bot_username = me.username().to_owned();
    tracing::info!(bot = %bot_username, backend = ?db.backend(), "connected to Telegram");

    if let Err(e) = commands::register(&bot, &i18n).await {
        tracing::warn!(error = %e, "could not register the command menus");
    }

    let app = Arc::new(App {
        db: db.clone(),
        i18n,
        config: Arc::new(config.clone()),
        clock: clock.clone(),
        bot_username,
        directory: Default::default(),
        budget: crate::telegram::budget::Budget::new(config.send_rate),
        wake: Default::default(),
        trim: Arc::new(crate::memory::Trim::with_db(db.clone())),
    });
    let housekeeping = tokio::spawn(housekeeping(app.clone()));
    let (stop_sender, sender_stop) = tokio::sync::watch::channel(false);
    let reminders = tokio::spawn(crate::events::reminders::run(
        app.clone(),
        bot.clone(),
        sender_stop.clone(),
    ));
    let prompts = tokio::spawn(crate::feedback::prompts::run(
        app.clone(),
        bot.clone(),
        sender_stop.clone(),
    ));
    let questions = tokio::spawn(crate::questions::notify::run(
        app.clone(),
        bot.clone(),
        sender_stop.clone(),
    ));
    let sender = tokio::spawn(crate::broadcasts::sender::run(
        app.clone(),
        bot.clone(),
        sender_stop,
    ));

    // Updates come in through the intake (polling or webhook, flood gate,
    // bounded queue); a start failure (a busy port) stops everything above.
    let gate = Arc::new(Gate::new(
        config.flood_burst,
        config.flood_rate,
        intake::flood_hint(app.clone(), bot.clone()),
    ));
    let listener = match &config.webhook {
        Some(hook) => {
            tracing::info!(url = %hook.url, listen = %hook.listen, "serving a webhook");
            intake::webhook(app.clone(), bot.clone(), gate, hook).await
        }
        None => {
            tracing::info!("long polling for updates");
            intake::polling(app.clone(), bot.clone(), gate).await
        }
    };

    // What start-up allocated and freed goes back once it is quiet.
    app.trim.soon();

    match listener {
        // A fixed set of workers, each serving the chats whose id falls on
        // it (see `dispatch`), until the shutdown signal, then the updates
        // in flight finish.
        Ok(intake) => {
            let deps = dptree::deps![app.clone(), bot.clone()];
            crate::dispatch::run(intake, router::schema(), deps, shutdown).await;
            tracing::info!("updates in flight finished");
        }
        Err(e) => {
            housekeeping.abort();
            let _ = stop_sender.send(true);
            let _ = reminders.await;
            let _ = prompts.await;
            let _ = questions.await;
            let _ = sender.await;
            db.close().await;
            return Err(e);
        }
    }
    housekeeping.abort();
    // The sender finishes the messages in flight, then stops.
    let _ = stop_sender.send(true);
    let _ = reminders.await;
    let _ = prompts.await;
    let _ = questions.await;
    if tokio::time::timeout(config.send_timeout + Duration::from_secs(2), sender)
        .await
        .is_err()
    {
        tracing::warn!("broadcast sender did not stop in time");
    }
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Periodic clean-up that must never disturb the bot.
async fn housekeeping(app: Arc<App>) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        match updates::prune(&app.db, app.clock.now()).await {
            Ok(n) if n > 0 => tracing::debug!(pruned = n, "old update ids pruned"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "pruning update ids failed"),
        }
    }
}

/// Completes on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
