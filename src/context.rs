//! `Ctx`: everything a handler needs about the update it is answering — the
//! user, their language and role, the chat, and the message to edit — plus
//! the few ways of answering (show a screen, say a line, send a file).

use std::sync::Arc;

use chrono::{DateTime, Utc};
use teloxide::{
    payloads::EditMessageText,
    prelude::*,
    types::{InputFile, MessageId, ParseMode},
};

use crate::{
    access::Role,
    i18n::{Arg, Lang},
    runtime::App,
    storage::{Db, users::User},
    telegram::{self, Screen, button, nav},
};

pub struct Ctx {
    pub app: Arc<App>,
    pub bot: Bot,
    pub user: User,
    pub role: Role,
    /// The association this user leads, as of this update.
    pub leads: Option<i64>,
    pub chat: ChatId,
    /// The services directory's version, read with the update.
    pub directory_version: i64,
    /// What this update still has to write (committed by the router).
    pub turn: crate::storage::turn::Turn,
    /// The dialogue state as stored: the router writes a new one only when
    /// it differs.
    pub stored: crate::dialogue::State,
    /// The message whose button was pressed: screens replace it in place.
    pub origin: Option<MessageId>,
}

impl Ctx {
    pub fn lang(&self) -> Lang {
        self.user.lang()
    }

    pub fn t(&self, key: &str) -> String {
        self.app.i18n.t(self.lang(), key)
    }

    pub fn tf(&self, key: &str, args: &[Arg<'_>]) -> String {
        self.app.i18n.fmt(self.lang(), key, args)
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.app.clock.now()
    }

    /// `t` in the deployment's time zone, for display.
    pub fn local(&self, t: DateTime<Utc>) -> DateTime<chrono_tz::Tz> {
        t.with_timezone(&self.app.config.timezone)
    }

    /// The name of `topic` in the user's language.
    pub fn topic(&self, topic: crate::domain::Topic) -> String {
        self.t(&topic.key())
    }

    pub fn db(&self) -> &Db {
        &self.app.db
    }

    /// The Back and Home buttons every step carries.
    pub fn nav_row(&self) -> Vec<teloxide::types::InlineKeyboardButton> {
        crate::telegram::reading_order(
            self.lang(),
            vec![
                button(self.t("nav-back"), nav::BACK),
                button(self.t("nav-home"), nav::HOME),
            ],
        )
    }

    pub fn home_row(&self) -> Vec<teloxide::types::InlineKeyboardButton> {
        vec![button(self.t("nav-home"), nav::HOME)]
    }

    /// Shows `screen`: replaces the message whose button was pressed, or
    /// sends a new message when the update was a typed message. Each request
    /// takes its one place in the send budget (a new message takes it in
    /// [`Ctx::send`]).
    pub async fn show(&self, screen: &Screen) -> anyhow::Result<()> {
        if let Some(id) = self.origin.filter(|_| screen.reply_keyboard.is_none()) {
            self.app.budget.reply().await;
            let mut edit = EditMessageText::new(self.chat, id, &screen.text);
            edit.parse_mode = Some(ParseMode::Html);
            edit.reply_markup = screen.keyboard();
            let req = telegram::unread(&self.bot, edit);
            match telegram::send_retrying(&self.app.budget, &req).await {
                Ok(_) => return Ok(()),
                Err(e) if telegram::is_harmless_edit_error(&e) => return Ok(()),
                Err(e) if telegram::is_unreachable(&e) => return self.unreachable(e).await,
                // Too old to edit, deleted…: fall back to a new message.
                Err(e) => tracing::debug!(error = %e, "edit failed; sending a new message"),
            }
        }
        self.send(screen).await
    }

    /// Sends `screen` as a new message.
    pub async fn send(&self, screen: &Screen) -> anyhow::Result<()> {
        self.app.budget.reply().await;
        let mut send = telegram::html_message(self.chat, &screen.text);
        send.reply_markup = match &screen.reply_keyboard {
            Some(kb) => Some(kb.clone().into()),
            None => screen.keyboard().map(Into::into),
        };
        let req = telegram::unread(&self.bot, send);
        let res = telegram::send_retrying(&self.app.budget, &req).await;
        self.deliver(res.map(|_| ()), "sendMessage").await
    }

    /// Says `text` and takes away a reply keyboard shown before.
    pub async fn say_removing_keyboard(&self, text: &str) -> anyhow::Result<()> {
        self.app.budget.reply().await;
        let mut send = telegram::html_message(self.chat, text);
        send.reply_markup = Some(teloxide::types::KeyboardRemove::new().into());
        let req = telegram::unread(&self.bot, send);
        let res = telegram::send_retrying(&self.app.budget, &req).await;
        self.deliver(res.map(|_| ()), "sendMessage").await
    }

    /// Sends a map pin with a name and address.
    pub async fn send_venue(
        &self,
        lat: f64,
        lon: f64,
        title: &str,
        address: &str,
    ) -> anyhow::Result<()> {
        self.app.budget.reply().await;
        let req = self.bot.send_venue(self.chat, lat, lon, title, address);
        let res = telegram::send_retrying(&self.app.budget, &req).await;
        self.deliver(res.map(|_| ()), "sendVenue").await
    }

    /// A 403 marks the user unreachable; other errors get context.
    async fn deliver(
        &self,
        res: Result<(), teloxide::RequestError>,
        what: &'static str,
    ) -> anyhow::Result<()> {
        match res {
            Ok(()) => Ok(()),
            Err(e) if telegram::is_unreachable(&e) => self.unreachable(e).await,
            Err(e) => Err(anyhow::Error::new(e).context(what)),
        }
    }

    /// Sends one line of text without buttons.
    pub async fn say(&self, text: &str) -> anyhow::Result<()> {
        self.send(&Screen::new(text)).await
    }

    /// Sends a file as a document.
    pub async fn send_document(
        &self,
        bytes: Vec<u8>,
        file_name: &str,
        caption: &str,
    ) -> anyhow::Result<()> {
        self.send_file(false, bytes, file_name, caption).await
    }

    /// Sends an image (a chart) as a photo.
    pub async fn send_photo(
        &self,
        bytes: Vec<u8>,
        file_name: &str,
        caption: &str,
    ) -> anyhow::Result<()> {
        self.send_file(true, bytes, file_name, caption).await
    }

    async fn send_file(
        &self,
        photo: bool,
        bytes: Vec<u8>,
        file_name: &str,
        caption: &str,
    ) -> anyhow::Result<()> {
        self.app.budget.reply().await;
        let file = InputFile::memory(bytes).file_name(file_name.to_owned());
        let (res, what) = if photo {
            let req = self
                .bot
                .send_photo(self.chat, file)
                .caption(caption)
                .parse_mode(ParseMode::Html);
            (
                telegram::send_retrying(&self.app.budget, &req)
                    .await
                    .map(|_| ()),
                "sendPhoto",
            )
        } else {
            let req = self
                .bot
                .send_document(self.chat, file)
                .caption(caption)
                .parse_mode(ParseMode::Html);
            (
                telegram::send_retrying(&self.app.budget, &req)
                    .await
                    .map(|_| ()),
                "sendDocument",
            )
        };
        self.deliver(res, what).await
    }

    async fn unreachable(&self, err: teloxide::RequestError) -> anyhow::Result<()> {
        tracing::info!(error = %err, "chat unreachable; marking it");
        crate::storage::users::mark_unreachable(self.db(), self.chat.0, self.now()).await
    }
}
