//! Every button of the help desk: the one place that spells their callback
//! data. Buttons that carry a thread's id are honoured only after the
//! thread is read and this person's right to it checked again.

use crate::{directory::model::Region, domain::Topic, i18n::Lang};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Button {
    /// Main menu: ask a question.
    Ask,
    /// Main menu: the inbox of those who answer.
    Inbox,
    /// Who to ask: one of the asker's associations…
    ToAssociation(i64),
    /// …or the project's staff for a topic.
    ToStaff(Topic),
    /// The asker's own threads.
    Mine,
    /// Composing: share my first name with the helpers (a toggle).
    ShareName,
    /// Composing: send the question.
    Send,
    /// The asker opens one of their threads (also on an answer's message).
    See(i64),
    /// The asker replies in a thread (on an answer's message).
    Reply(i64),
    /// The asker closes a thread.
    Close(i64),
    /// The asker says whether the answers helped.
    Rate(i64, bool),
    /// A helper opens a thread (inbox, a notification, a reminder).
    Open(i64),
    Page(u32),
    /// A helper takes a thread ("I'll answer"), or takes it over.
    Claim(i64),
    Answer(i64),
    /// A helper's saved answers for this thread's language.
    Canned(i64),
    /// Sends the photos, documents and voice messages of a thread.
    Files(i64),
    /// A leader passes the thread to staff.
    Escalate(i64),
    /// A helper closes the thread.
    Resolve(i64),
    /// A helper stops the asker from asking again (asks to confirm).
    Block(i64),
    BlockYes(i64),
    /// Staff: the people blocked, and lifting a block.
    Blocks,
    Lift(i64),
    /// Escalating to staff for this topic.
    EscalateTo(Topic),
    /// Use this saved answer as the draft.
    UseCanned(i64),
    DeleteCanned(i64),
    NewCanned,
    /// Send the draft shown.
    SendDraft,
    /// "Ask about this" on a service card (its id)…
    AboutService(String),
    /// …or on an event card.
    AboutEvent(i64),
    /// Main menu: the leaders' network.
    Network,
    NetworkPage(u32),
    /// Open a post (the list, a notice).
    Post(i64),
    NewPost,
    /// Who a new post goes to: one region's leaders, or all (None).
    Audience(Option<Region>),
    ReplyPost(i64),
    /// Staff: pin an answer of this post as good practice.
    Pin(i64),
    /// The message to pin: the post itself (None) or one of its replies.
    PinMessage(Option<i64>),
    PinTopic(Topic),
    /// Members: the good-practice items, by topic.
    Practice,
    PracticeTopic(Topic),
    PracticeItem(i64),
    /// Staff: add a version of an item in another language…
    AddVersion(i64),
    VersionLang(Lang),
    /// …or take it down.
    Unpin(i64),
    /// A helper asks for a machine translation of the thread.
    Translate(i64),
}

impl Button {
    pub fn data(&self) -> String {
        match self {
            Button::Ask => "menu:ask".into(),
            Button::Inbox => "menu:questions".into(),
            Button::ToAssociation(id) => format!("q:to:a:{id}"),
            Button::ToStaff(t) => format!("q:to:s:{}", t.code()),
            Button::Mine => "q:mine".into(),
            Button::ShareName => "q:share".into(),
            Button::Send => "q:send".into(),
            Button::See(id) => format!("q:see:{id}"),
            Button::Reply(id) => format!("q:re:{id}"),
            Button::Close(id) => format!("q:x:{id}"),
            Button::Rate(id, yes) => format!("q:h:{id}:{}", if *yes { "y" } else { "n" }),
            Button::Open(id) => format!("q:open:{id}"),
            Button::Page(p) => format!("q:pg:{p}"),
            Button::Claim(id) => format!("q:claim:{id}"),
            Button::Answer(id) => format!("q:ans:{id}"),
            Button::Canned(id) => format!("q:canned:{id}"),
            Button::Files(id) => format!("q:files:{id}"),
            Button::Escalate(id) => format!("q:esc:{id}"),
            Button::Resolve(id) => format!("q:done:{id}"),
            Button::Block(id) => format!("q:block:{id}"),
            Button::BlockYes(id) => format!("q:blockyes:{id}"),
            Button::Blocks => "q:blocks".into(),
            Button::Lift(id) => format!("q:lift:{id}"),
            Button::EscalateTo(t) => format!("q:et:{}", t.code()),
            Button::UseCanned(id) => format!("q:use:{id}"),
            Button::DeleteCanned(id) => format!("q:del:{id}"),
            Button::NewCanned => "q:newc".into(),
            Button::SendDraft => "q:draft".into(),
            Button::AboutService(id) => format!("q:ab:s:{id}"),
            Button::AboutEvent(id) => format!("q:ab:e:{id}"),
            Button::Network => "menu:network".into(),
            Button::NetworkPage(p) => format!("q:np:{p}"),
            Button::Post(id) => format!("q:post:{id}"),
            Button::NewPost => "q:newpost".into(),
            Button::Audience(Some(r)) => format!("q:aud:{}", r.code()),
            Button::Audience(None) => "q:aud:all".into(),
            Button::ReplyPost(id) => format!("q:pr:{id}"),
            Button::Pin(id) => format!("q:pin:{id}"),
            Button::PinMessage(Some(id)) => format!("q:pm:{id}"),
            Button::PinMessage(None) => "q:pm:post".into(),
            Button::PinTopic(t) => format!("q:pt:{}", t.code()),
            Button::Practice => "q:gp".into(),
            Button::PracticeTopic(t) => format!("q:gpt:{}", t.code()),
            Button::PracticeItem(id) => format!("q:gpi:{id}"),
            Button::AddVersion(id) => format!("q:gpv:{id}"),
            Button::VersionLang(l) => format!("q:gpl:{}", l.code()),
            Button::Unpin(id) => format!("q:unpin:{id}"),
            Button::Translate(id) => format!("q:tr:{id}"),
        }
    }

    pub fn parse(data: &str) -> Option<Button> {
        match data {
            "menu:network" => return Some(Button::Network),
            "menu:ask" => return Some(Button::Ask),
            "menu:questions" => return Some(Button::Inbox),
            _ => {}
        }
        let rest = data.strip_prefix("q:")?;
        let (verb, arg) = rest.split_once(':').unwrap_or((rest, ""));
        let id = || arg.parse::<i64>().ok().filter(|n| *n > 0);
        Some(match verb {
            "to" => match arg.split_once(':')? {
                ("a", n) => Button::ToAssociation(n.parse().ok().filter(|n| *n > 0)?),
                ("s", t) => Button::ToStaff(Topic::from_code(t)?),
                _ => return None,
            },
            "mine" if arg.is_empty() => Button::Mine,
            "share" if arg.is_empty() => Button::ShareName,
            "send" if arg.is_empty() => Button::Send,
            "see" => Button::See(id()?),
            "re" => Button::Reply(id()?),
            "x" => Button::Close(id()?),
            "h" => {
                let (n, yes) = arg.split_once(':')?;
                let yes = match yes {
                    "y" => true,
                    "n" => false,
                    _ => return None,
                };
                Button::Rate(n.parse().ok().filter(|n| *n > 0)?, yes)
            }
            "open" => Button::Open(id()?),
            "pg" => Button::Page(arg.parse().ok()?),
            "claim" => Button::Claim(id()?),
            "ans" => Button::Answer(id()?),
            "canned" => Button::Canned(id()?),
            "files" => Button::Files(id()?),
            "esc" => Button::Escalate(id()?),
            "done" => Button::Resolve(id()?),
            "block" => Button::Block(id()?),
            "blockyes" => Button::BlockYes(id()?),
            "blocks" if arg.is_empty() => Button::Blocks,
            "lift" => Button::Lift(id()?),
            "et" => Button::EscalateTo(Topic::from_code(arg)?),
            "use" => Button::UseCanned(id()?),
            "del" => Button::DeleteCanned(id()?),
            "newc" if arg.is_empty() => Button::NewCanned,
            "draft" if arg.is_empty() => Button::SendDraft,
            "np" => Button::NetworkPage(arg.parse().ok()?),
            "post" => Button::Post(id()?),
            "newpost" if arg.is_empty() => Button::NewPost,
            "aud" if arg == "all" => Button::Audience(None),
            "aud" => Button::Audience(Some(Region::from_code(arg)?)),
            "pr" => Button::ReplyPost(id()?),
            "pin" => Button::Pin(id()?),
            "pm" if arg == "post" => Button::PinMessage(None),
            "pm" => Button::PinMessage(Some(id()?)),
            "pt" => Button::PinTopic(Topic::from_code(arg)?),
            "gp" if arg.is_empty() => Button::Practice,
            "gpt" => Button::PracticeTopic(Topic::from_code(arg)?),
            "gpi" => Button::PracticeItem(id()?),
            "gpv" => Button::AddVersion(id()?),
            "gpl" => Button::VersionLang(Lang::exact(arg)?),
            "unpin" => Button::Unpin(id()?),
            "tr" => Button::Translate(id()?),
            "ab" => match arg.split_once(':')? {
                ("s", id) if !id.is_empty() && id.len() <= 48 => {
                    Button::AboutService(id.to_owned())
                }
                ("e", n) => Button::AboutEvent(n.parse().ok().filter(|n| *n > 0)?),
                _ => return None,
            },
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_round_trips_within_64_bytes() {
        let big = i64::MAX;
        let mut all = vec![
            Button::Ask,
            Button::Inbox,
            Button::ToAssociation(big),
            Button::Mine,
            Button::ShareName,
            Button::Send,
            Button::See(big),
            Button::Reply(big),
            Button::Close(big),
            Button::Rate(big, true),
            Button::Rate(big, false),
            Button::Open(big),
            Button::Page(u32::MAX),
            Button::Claim(big),
            Button::Answer(big),
            Button::Canned(big),
            Button::Files(big),
            Button::Escalate(big),
            Button::Resolve(big),
            Button::Block(big),
            Button::BlockYes(big),
            Button::Blocks,
            Button::Lift(big),
            Button::UseCanned(big),
            Button::DeleteCanned(big),
            Button::NewCanned,
            Button::SendDraft,
            Button::AboutService("x".repeat(48)),
            Button::AboutEvent(big),
            Button::Network,
            Button::NetworkPage(u32::MAX),
            Button::Post(big),
            Button::NewPost,
            Button::Audience(None),
            Button::ReplyPost(big),
            Button::Pin(big),
            Button::PinMessage(None),
            Button::PinMessage(Some(big)),
            Button::Practice,
            Button::PracticeItem(big),
            Button::AddVersion(big),
            Button::Unpin(big),
            Button::Translate(big),
        ];
        for r in Region::ALL {
            all.push(Button::Audience(Some(*r)));
        }
        for l in Lang::ALL {
            all.push(Button::VersionLang(l));
        }
        for t in Topic::ALL {
            all.push(Button::ToStaff(*t));
            all.push(Button::EscalateTo(*t));
            all.push(Button::PinTopic(*t));
            all.push(Button::PracticeTopic(*t));
        }
        for b in all {
            let data = b.data();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Button::parse(&data), Some(b), "{data}");
        }
    }

    #[test]
    fn forged_data_is_not_a_button() {
        for bad in [
            "q:",
            "q:see:",
            "q:see:0",
            "q:see:-4",
            "q:see:x",
            "q:h:3",
            "q:h:3:maybe",
            "q:to:a:",
            "q:to:s:food",
            "q:mine:1",
            "q:et:",
            "q:pg:-1",
            "q:open:99999999999999999999",
            "menu:ask:1",
        ] {
            assert_eq!(Button::parse(bad), None, "{bad}");
        }
    }
}
