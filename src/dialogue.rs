//! The state of each chat's conversation. Every feature owns the steps of its
//! own dialogues; this enum only names which feature a chat is in. It is
//! stored as JSON (see `storage::turn`), so variants may be added freely;
//! a state that no longer parses resets the chat to the main menu.

use serde::{Deserialize, Serialize};

use crate::{
    access::Denied, associations, broadcasts, directory, events, feedback, onboarding, privacy,
    questions,
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
    Questions(questions::Step),
}

/// What a feature's handler decided. Handlers return data; the router alone
/// writes the dialogue state and sends screens.
#[derive(Debug)]
pub enum Flow {
    /// Move to this state and show its screen in place of the pressed
    /// message (or as a new message after a typed one).
    Goto(State),
    /// Move to `state` and show its screen, with `notice` on top; `below`
    /// sends it as a new message under what was just sent (files, a
    /// confirmation) instead of replacing the pressed message.
    Show {
        state: State,
        notice: Option<String>,
        below: bool,
    },
    /// The pressed message becomes `text`, a lasting record of what was done
    /// (an announcement queued, thanks for feedback); `then`'s screen comes
    /// below it as a new message.
    Record { text: String, then: State },
    /// Say this line and stay on the current step (its screen is not drawn
    /// again): a typed value that was not accepted, say.
    Hint(String),
    /// Not allowed (any more): say why and go to the main menu.
    Denied(Denied),
    /// The conversation is over (after /delete): this text replaces the
    /// pressed message and no state is stored, so nothing of the chat is
    /// written back.
    End(String),
    /// The handler answered with something that is not a screen (a file, a
    /// verification result); keep the state as it is.
    Done,
    /// The input does not fit this step: hint (or "expired") and show it again.
    Unexpected,
}

impl Flow {
    /// `state` with a notice on top, replacing the pressed message.
    pub fn notice(state: State, notice: String) -> Flow {
        Flow::Show {
            state,
            notice: Some(notice),
            below: false,
        }
    }

    /// `state` as a new message under what was just sent.
    pub fn below(state: State) -> Flow {
        Flow::Show {
            state,
            notice: None,
            below: true,
        }
    }
}
