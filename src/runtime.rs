//! `App`: what every handler and background task can reach. It sits below
//! the features, so a feature depends on it without depending on start-up
//! (`app`), which knows every feature.

use std::sync::Arc;

use crate::{clock::SharedClock, config::Config, i18n::I18n, storage::Db};

/// What every handler can reach.
pub struct App {
    pub db: Db,
    pub i18n: Arc<I18n>,
    pub config: Arc<Config>,
    pub clock: SharedClock,
    /// Without the '@'; used to recognise `/cmd@bot` and build deep links.
    pub bot_username: String,
    /// The services directory's in-memory index.
    pub directory: crate::directory::Cache,
    /// The one message budget shared by replies and background senders.
    pub budget: crate::telegram::budget::Budget,
    /// Wakes the background senders after an update (see `wake`).
    pub wake: crate::wake::Wake,
    /// Returns memory after a burst of updates (see `memory`).
    pub trim: Arc<crate::memory::Trim>,
}
