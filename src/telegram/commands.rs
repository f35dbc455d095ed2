//! Slash commands: parsing, and the per-language command menu.

use teloxide::{
    prelude::*,
    types::{BotCommand, BotCommandScope, Recipient},
};

use crate::i18n::{I18n, Lang, Texts};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Start(Option<String>),
    Menu,
    Language,
    Help,
    MyData,
    Delete,
    Cancel,
    Report,
    Certificate,
    /// Check a certificate's code (anyone may).
    Verify(Option<String>),
    Unknown(String),
}

/// The commands shown in the client's menu, with their description keys.
pub const MENU: &[(&str, &str)] = &[
    ("start", "cmd-start"),
    ("menu", "cmd-menu"),
    ("language", "cmd-language"),
    ("help", "cmd-help"),
    ("mydata", "cmd-mydata"),
    ("delete", "cmd-delete"),
    ("certificate", "cmd-certificate"),
    ("cancel", "cmd-cancel"),
];

/// Parses `/cmd[@bot] [args]`. Returns None for text that is not a command,
/// or a command addressed to another bot.
pub fn parse(text: &str, bot_username: &str) -> Option<Command> {
    let rest = text.strip_prefix('/')?;
    let (head, args) = match rest.split_once(char::is_whitespace) {
        Some((h, a)) => (h, a.trim()),
        None => (rest, ""),
    };
    let (name, target) = match head.split_once('@') {
        Some((n, t)) => (n, Some(t)),
        None => (head, None),
    };
    if target.is_some_and(|t| !t.eq_ignore_ascii_case(bot_username)) {
        return None;
    }
    let name = name.to_ascii_lowercase();
    Some(match name.as_str() {
        "start" => Command::Start((!args.is_empty()).then(|| args.to_owned())),
        "menu" => Command::Menu,
        "language" | "lang" | "lingua" | "langue" | "idioma" => Command::Language,
        "help" => Command::Help,
        "mydata" => Command::MyData,
        "delete" => Command::Delete,
        "cancel" | "stop" => Command::Cancel,
        "report" => Command::Report,
        "certificate" | "attestato" => Command::Certificate,
        "verify" | "verifica" | "verifier" | "verificar" => {
            Command::Verify((!args.is_empty()).then(|| args.chars().take(32).collect()))
        }
        _ => Command::Unknown(name.chars().take(32).collect()),
    })
}

fn commands_in(texts: &Texts<'_>) -> Vec<BotCommand> {
    MENU.iter()
        .map(|(cmd, key)| BotCommand::new(*cmd, texts.t(key)))
        .collect()
}

/// Registers the command menu once per language (and English as default).
pub async fn register(bot: &Bot, i18n: &I18n) -> Result<(), teloxide::RequestError> {
    // Each language's texts parsed once, for this pass only.
    let menus = Lang::ALL.map(|lang| (lang, commands_in(&i18n.pass(lang))));
    if let Some((_, english)) = menus.iter().find(|(lang, _)| *lang == Lang::En) {
        bot.set_my_commands(english.clone()).await?;
    }
    for (lang, commands) in menus {
        bot.set_my_commands(commands)
            .language_code(lang.code())
            .await?;
    }
    Ok(())
}

/// Drops one chat's own command menu: it shows the menu of its client's
/// language again.
pub async fn reset_for_chat(bot: &Bot, chat: ChatId) -> Result<(), teloxide::RequestError> {
    bot.delete_my_commands()
        .scope(BotCommandScope::Chat {
            chat_id: Recipient::Id(chat),
        })
        .await?;
    Ok(())
}

/// Shows one chat the command menu in the language its user chose.
pub async fn register_for_chat(
    bot: &Bot,
    i18n: &I18n,
    chat: ChatId,
    lang: Lang,
) -> Result<(), teloxide::RequestError> {
    // The person is answered in `lang`: its texts are kept anyway.
    bot.set_my_commands(commands_in(&i18n.for_person(lang)))
        .scope(BotCommandScope::Chat {
            chat_id: Recipient::Id(chat),
        })
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands() {
        assert_eq!(parse("/start", "b"), Some(Command::Start(None)));
        assert_eq!(
            parse("/start inv_X1", "b"),
            Some(Command::Start(Some("inv_X1".into())))
        );
        assert_eq!(parse("/HELP@B", "b"), Some(Command::Help));
        assert_eq!(parse("/help@other_bot", "b"), None);
        assert_eq!(parse("hello", "b"), None);
        assert_eq!(
            parse("/frobnicate now", "b"),
            Some(Command::Unknown("frobnicate".into()))
        );
        assert_eq!(parse("/", "b"), Some(Command::Unknown(String::new())));
    }
}
