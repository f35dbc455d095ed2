//! The state of each chat's conversation. Every feature owns the steps of its
//! own dialogues; this enum only names which feature a chat is in. It is
//! stored as JSON (see `storage::dialogue`), so variants may be added freely;
//! a state that no longer parses resets the chat to the main menu.

use serde::{Deserialize, Serialize};
use teloxide::dispatching::dialogue::Dialogue;

use crate::{
    associations, broadcasts, directory, events, feedback, onboarding, privacy,
    storage::dialogue::DbStorage,
};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// No conversation yet (or it was reset).
    #[default]
    Start,
    Onboarding(onboarding::Step),
    Menu,
    Help,
    /// Changing the language after onboarding.
    Language,
    Privacy(privacy::Step),
    Directory(directory::Step),
    Associations(associations::Step),
    Broadcasts(broadcasts::Step),
    Events(events::Step),
    Feedback(feedback::Step),
}

pub type Dlg = Dialogue<State, DbStorage<State>>;

/// What a feature's handler decided.
#[derive(Debug)]
pub enum Flow {
    /// Move to this state and show its screen.
    Goto(State),
    /// The handler already answered; keep the state as it is.
    Done,
    /// The input does not fit this step: hint (or "expired") and show it again.
    Unexpected,
}
