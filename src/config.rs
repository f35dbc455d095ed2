//! Command line and configuration. Every option has an environment variable.

use std::{net::SocketAddr, time::Duration};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::domain::{BotToken, TOKEN_HELP, parse_admin_ids};

#[derive(Parser, Debug)]
#[command(
    name = "discorsi",
    version,
    about = "Telegram bot for migrant associations: services, workshops, announcements, feedback.",
    long_about = "Telegram bot for migrant associations: services directory, workshops, \
                  announcements and feedback, in six languages. Without a subcommand it runs the bot."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub common: CommonOpts,

    #[command(flatten)]
    pub bot: BotOpts,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the bot (the default): long polling, or a webhook with --webhook.
    Run,
    /// Apply the database migrations and exit.
    Migrate,
    /// Check a running bot (for Docker's HEALTHCHECK): the database answers
    /// and the bot reached Telegram recently. Exits 0 if healthy, 1 if not.
    Health {
        /// Longest time since the bot's last contact with Telegram, in seconds.
        #[arg(long, default_value_t = 180)]
        max_age: u64,
    },
    /// Try the bot without Telegram: the real bot, a built-in fake Bot API,
    /// sample data, and a chat page at http://127.0.0.1:PORT.
    Playground {
        /// Port of the chat page (it listens on 127.0.0.1 only).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Keep the playground's data in this SQLite file between runs
        /// (never DATABASE_URL: the playground must not touch real data).
        #[arg(long, value_name = "FILE")]
        persist: Option<std::path::PathBuf>,
    },
    /// Manage events (CSV import).
    Events {
        #[command(subcommand)]
        action: EventsCommand,
    },
    /// Manage the services directory (CSV import and export).
    Services {
        #[command(subcommand)]
        action: ServicesCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum EventsCommand {
    /// Check a CSV file of events and add them all, or none if any row is bad.
    /// Times are local (TIMEZONE), written like 2027-03-25 18:30.
    Import {
        /// The CSV file (UTF-8, with a header row).
        file: std::path::PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum ServicesCommand {
    /// Check a CSV file and load it: every row is validated, and nothing is
    /// written unless all are valid. Services are added or updated by id.
    Import {
        /// The CSV file (UTF-8, with a header row; see data/services.csv).
        file: std::path::PathBuf,
    },
    /// Write every service as CSV, in the format `import` reads.
    Export {
        /// Output file; standard output when omitted.
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
    },
}

#[derive(Args, Debug, Clone)]
pub struct CommonOpts {
    /// Database: sqlite://FILE (created if missing) or postgres://USER@HOST/DB.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://discorsi.db",
        global = true
    )]
    pub database_url: String,

    /// Log filter, e.g. "info" or "discorsi=debug,sqlx=warn".
    #[arg(long, env = "LOG_LEVEL", default_value = "info", global = true)]
    pub log_level: String,

    /// Log format.
    #[arg(
        long,
        env = "LOG_FORMAT",
        value_enum,
        default_value = "text",
        global = true
    )]
    pub log_format: LogFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Args, Debug, Clone)]
pub struct BotOpts {
    /// The bot's token from @BotFather.
    #[arg(long, env = "TELOXIDE_TOKEN", hide_env_values = true, global = true)]
    pub token: Option<String>,

    /// Bot API server URL (a local Bot API server, or a test server).
    #[arg(long, env = "TELOXIDE_API_URL", global = true)]
    pub api_url: Option<url::Url>,

    /// Comma-separated Telegram user ids with admin rights.
    #[arg(long, env = "ADMIN_IDS", default_value = "", global = true)]
    pub admin_ids: String,

    /// Time zone for dates shown to users and typed by them.
    #[arg(long, env = "TIMEZONE", default_value = "Europe/Rome", global = true)]
    pub timezone: String,

    /// Serve a webhook at this public HTTPS URL instead of long polling.
    #[arg(long, env = "WEBHOOK_URL", global = true)]
    pub webhook: Option<url::Url>,

    /// Address the webhook server listens on.
    #[arg(
        long,
        env = "WEBHOOK_LISTEN",
        default_value = "0.0.0.0:8443",
        global = true
    )]
    pub webhook_listen: SocketAddr,

    /// Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token: at least 32
    /// of A-Z, a-z, 0-9, '_' and '-' (random if unset).
    #[arg(long, env = "WEBHOOK_SECRET", hide_env_values = true, global = true)]
    pub webhook_secret: Option<String>,

    /// Messages per second the bot may send overall (Telegram allows about 30).
    #[arg(long, env = "BROADCAST_RATE", default_value_t = 30.0, global = true)]
    pub broadcast_rate: f64,

    /// Minutes before an event when reminders go out, comma-separated.
    #[arg(
        long,
        env = "REMINDER_OFFSETS",
        default_value = "1440,120",
        global = true
    )]
    pub reminder_offsets: String,

    /// Language of the certificate of participation (it, fr, es, ar, sq, en).
    #[arg(long, env = "CERTIFICATE_LANG", default_value = "it", global = true)]
    pub certificate_lang: String,

    /// Seconds before a background send is given up and retried.
    #[arg(long, env = "SEND_TIMEOUT", default_value_t = 10, global = true)]
    pub send_timeout: u64,

    /// Long-polling timeout in seconds.
    #[arg(long, env = "POLL_TIMEOUT", default_value_t = 25, global = true)]
    pub poll_timeout: u64,

    /// Per-person flood control: updates one person may send at once…
    #[arg(long, env = "FLOOD_BURST", default_value_t = 10.0, global = true)]
    pub flood_burst: f64,

    /// …and then per second; more are dropped (with a hint once a minute).
    #[arg(long, env = "FLOOD_RATE", default_value_t = 2.0, global = true)]
    pub flood_rate: f64,

    /// Days a closed question (its messages, the asker's name) is kept
    /// before the hourly clean-up deletes it.
    #[arg(
        long,
        env = "QUESTION_RETENTION_DAYS",
        default_value_t = 90,
        global = true
    )]
    pub question_retention_days: i64,

    /// Hours a question may wait for an answer before its helpers are
    /// reminded (then once a day).
    #[arg(
        long,
        env = "QUESTION_REMIND_HOURS",
        default_value_t = 24,
        global = true
    )]
    pub question_remind_hours: i64,

    /// A LibreTranslate-compatible server (https://…): helpers may then ask
    /// for a machine translation of a question. Off when unset.
    #[arg(long, env = "TRANSLATE_URL", global = true)]
    pub translate_url: Option<url::Url>,

    /// The translation server's API key, if it needs one.
    #[arg(long, env = "TRANSLATE_API_KEY", hide_env_values = true, global = true)]
    pub translate_api_key: Option<String>,
}

/// The validated configuration the bot runs with.
#[derive(Clone, Debug)]
pub struct Config {
    pub token: BotToken,
    pub api_url: Option<url::Url>,
    pub database_url: String,
    pub admin_ids: Vec<i64>,
    pub timezone: chrono_tz::Tz,
    pub webhook: Option<Webhook>,
    pub poll_timeout: Duration,
    /// Overall messages per second (broadcasts, reminders and replies).
    pub send_rate: f64,
    pub send_timeout: Duration,
    /// Minutes before an event when reminders go out.
    pub reminder_offsets: Vec<i64>,
    /// Language the certificate of participation is written in.
    pub certificate_lang: crate::i18n::Lang,
    /// Per-person flood control: updates at once, then updates per second.
    pub flood_burst: f64,
    pub flood_rate: f64,
    /// Days a closed question is kept.
    pub question_retention_days: i64,
    /// Hours before helpers are reminded of an unanswered question.
    pub question_remind_hours: i64,
    /// The optional LibreTranslate-compatible server, and its key.
    pub translate: Option<Translate>,
}

#[derive(Clone, Debug)]
pub struct Translate {
    pub url: url::Url,
    pub api_key: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Webhook {
    pub url: url::Url,
    pub listen: SocketAddr,
    /// Telegram sends it with every update; compared in constant time.
    pub secret: String,
}

/// The shortest webhook secret accepted.
pub const MIN_SECRET: usize = 32;

fn webhook_secret(given: Option<&str>) -> Result<String, ConfigError> {
    use rand::Rng;
    match given.filter(|s| !s.is_empty()) {
        None => Ok(rand::rng()
            .sample_iter(rand::distr::Alphanumeric)
            .take(48)
            .map(char::from)
            .collect()),
        Some(s) if s.chars().count() < MIN_SECRET => Err(ConfigError(format!(
            "WEBHOOK_SECRET must be at least {MIN_SECRET} characters long (it has {}); or leave it unset for a random one",
            s.chars().count()
        ))),
        Some(s)
            if s.len() > 256
                || !s
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
        {
            Err(ConfigError(
                "WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, '_' and '-', at most 256 of them"
                    .into(),
            ))
        }
        Some(s) => Ok(s.to_owned()),
    }
}

/// A configuration error with a message meant for the operator.
#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    pub fn from_opts(common: &CommonOpts, bot: &BotOpts) -> Result<Config, ConfigError> {
        let token = match bot.token.as_deref() {
            None | Some("") => {
                return Err(ConfigError(format!(
                    "No bot token was given.\n\n{TOKEN_HELP}"
                )));
            }
            Some(raw) => BotToken::parse(raw).map_err(|why| {
                ConfigError(format!(
                    "The bot token is malformed: {why}.\n\n{TOKEN_HELP}"
                ))
            })?,
        };
        let mut config = Config::for_token(token, &common.database_url);
        config.api_url = bot.api_url.clone();
        config.admin_ids =
            parse_admin_ids(&bot.admin_ids).map_err(|e| ConfigError(format!("ADMIN_IDS: {e}")))?;
        config.timezone = bot.timezone.parse().map_err(|_| {
            ConfigError(format!(
                "TIMEZONE: {:?} is not an IANA time zone such as Europe/Rome",
                bot.timezone
            ))
        })?;
        if let Some(url) = &bot.webhook {
            if url.scheme() != "https" && url.host_str() != Some("127.0.0.1") {
                return Err(ConfigError(format!(
                    "WEBHOOK_URL must be an https:// URL, got {url}"
                )));
            }
            config.webhook = Some(Webhook {
                url: url.clone(),
                listen: bot.webhook_listen,
                secret: webhook_secret(bot.webhook_secret.as_deref())?,
            });
        }
        config.poll_timeout = Duration::from_secs(bot.poll_timeout.clamp(1, 50));
        if !(bot.broadcast_rate > 0.0 && bot.broadcast_rate <= 100_000.0) {
            return Err(ConfigError(format!(
                "BROADCAST_RATE must be between 0 and 100000 messages per second, got {}",
                bot.broadcast_rate
            )));
        }
        config.send_rate = bot.broadcast_rate;
        let mut offsets = Vec::new();
        for part in bot
            .reminder_offsets
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            match part.parse::<i64>() {
                Ok(m) if (1..=43_200).contains(&m) => offsets.push(m),
                _ => {
                    return Err(ConfigError(format!(
                        "REMINDER_OFFSETS: {part:?} is not a number of minutes between 1 and 43200"
                    )));
                }
            }
        }
        offsets.sort_unstable_by(|a, b| b.cmp(a));
        offsets.dedup();
        config.reminder_offsets = offsets;
        config.certificate_lang = crate::i18n::Lang::from_code(bot.certificate_lang.trim())
            .ok_or_else(|| {
                ConfigError(format!(
                    "CERTIFICATE_LANG: {:?} is not one of it, fr, es, ar, sq, en",
                    bot.certificate_lang
                ))
            })?;
        config.send_timeout = Duration::from_secs(bot.send_timeout.clamp(1, 120));
        for (name, value) in [
            ("FLOOD_BURST", bot.flood_burst),
            ("FLOOD_RATE", bot.flood_rate),
        ] {
            if !(1.0..=100_000.0).contains(&value) {
                return Err(ConfigError(format!(
                    "{name} must be between 1 and 100000, got {value}"
                )));
            }
        }
        config.flood_burst = bot.flood_burst;
        config.flood_rate = bot.flood_rate;
        if !(1..=3650).contains(&bot.question_retention_days) {
            return Err(ConfigError(format!(
                "QUESTION_RETENTION_DAYS must be between 1 and 3650, got {}",
                bot.question_retention_days
            )));
        }
        config.question_retention_days = bot.question_retention_days;
        if !(1..=720).contains(&bot.question_remind_hours) {
            return Err(ConfigError(format!(
                "QUESTION_REMIND_HOURS must be between 1 and 720, got {}",
                bot.question_remind_hours
            )));
        }
        config.question_remind_hours = bot.question_remind_hours;
        if let Some(url) = &bot.translate_url {
            let local = matches!(url.host_str(), Some("127.0.0.1" | "localhost"));
            if url.scheme() != "https" && !local {
                return Err(ConfigError(format!(
                    "TRANSLATE_URL must be an https:// URL (or a server on this machine), got {url}"
                )));
            }
            config.translate = Some(Translate {
                url: url.clone(),
                api_key: bot.translate_api_key.clone().filter(|k| !k.is_empty()),
            });
        }
        Ok(config)
    }

    /// Defaults for everything but the token and the database.
    pub fn for_token(token: BotToken, database_url: &str) -> Config {
        Config {
            token,
            api_url: None,
            database_url: database_url.to_owned(),
            admin_ids: vec![],
            timezone: chrono_tz::Europe::Rome,
            webhook: None,
            poll_timeout: Duration::from_secs(25),
            send_rate: 30.0,
            send_timeout: Duration::from_secs(10),
            reminder_offsets: vec![1440, 120],
            certificate_lang: crate::i18n::Lang::It,
            flood_burst: 10.0,
            flood_rate: 2.0,
            question_retention_days: 90,
            question_remind_hours: 24,
            translate: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Cli {
        Cli::try_parse_from(std::iter::once("discorsi").chain(args.iter().copied())).unwrap()
    }

    #[test]
    fn missing_token_explains_botfather() {
        let cli = parse(&["run", "--database-url", "sqlite://x.db"]);
        let mut bot = cli.bot.clone();
        bot.token = None;
        let err = Config::from_opts(&cli.common, &bot).unwrap_err();
        assert!(err.0.contains("@BotFather"), "{err}");
    }

    #[test]
    fn malformed_token_is_an_error_not_a_panic() {
        let cli = parse(&["--token", "nope"]);
        let err = Config::from_opts(&cli.common, &cli.bot).unwrap_err();
        assert!(err.0.contains("malformed"));
    }

    #[test]
    fn options_are_validated() {
        let cli = parse(&[
            "--token",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
            "--admin-ids",
            "7,8",
            "--timezone",
            "Europe/Madrid",
        ]);
        let c = Config::from_opts(&cli.common, &cli.bot).unwrap();
        assert_eq!(c.admin_ids, vec![7, 8]);
        assert_eq!(c.timezone, chrono_tz::Europe::Madrid);
        let cli = parse(&[
            "--token",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
            "--timezone",
            "Mars/Base",
        ]);
        assert!(Config::from_opts(&cli.common, &cli.bot).is_err());
    }

    #[test]
    fn flood_limits_are_options_within_bounds() {
        let token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        let cli = parse(&["--token", token]);
        let c = Config::from_opts(&cli.common, &cli.bot).unwrap();
        assert_eq!((c.flood_burst, c.flood_rate), (10.0, 2.0));
        let cli = parse(&["--token", token, "--flood-burst", "50", "--flood-rate", "5"]);
        let c = Config::from_opts(&cli.common, &cli.bot).unwrap();
        assert_eq!((c.flood_burst, c.flood_rate), (50.0, 5.0));
        for bad in ["0", "-3", "NaN", "1e9"] {
            let arg = format!("--flood-rate={bad}");
            let cli = parse(&["--token", token, &arg]);
            assert!(Config::from_opts(&cli.common, &cli.bot).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_send_rate_is_bounded() {
        let token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        let rate = |v: &str| {
            let arg = format!("--broadcast-rate={v}");
            let cli = parse(&["--token", token, &arg]);
            Config::from_opts(&cli.common, &cli.bot).map(|c| c.send_rate)
        };
        assert_eq!(rate("0.5").unwrap(), 0.5);
        // A local benchmark sets it above anything the bot can reach.
        assert_eq!(rate("100000").unwrap(), 100_000.0);
        for bad in ["0", "-1", "100001", "NaN", "inf"] {
            assert!(rate(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn help_desk_options_are_checked() {
        let token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        let c = Config::from_opts(
            &parse(&["--token", token]).common,
            &parse(&["--token", token]).bot,
        )
        .unwrap();
        assert_eq!(
            (c.question_retention_days, c.question_remind_hours),
            (90, 24)
        );
        assert!(c.translate.is_none(), "no translation unless configured");
        let ok = parse(&[
            "--token",
            token,
            "--question-retention-days",
            "30",
            "--translate-url",
            "https://translate.example.org/",
        ]);
        let c = Config::from_opts(&ok.common, &ok.bot).unwrap();
        assert_eq!(c.question_retention_days, 30);
        assert_eq!(
            c.translate.unwrap().url.as_str(),
            "https://translate.example.org/"
        );
        for bad in [
            vec!["--question-retention-days", "0"],
            vec!["--question-remind-hours", "100000"],
            vec!["--translate-url", "http://translate.example.org/"],
        ] {
            let mut args = vec!["--token", token];
            args.extend(bad.iter().copied());
            let cli = parse(&args);
            assert!(Config::from_opts(&cli.common, &cli.bot).is_err(), "{bad:?}");
        }
    }
}
