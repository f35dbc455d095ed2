//! The fake Bot API answers in Telegram's shapes: a real teloxide client
//! talks to it over HTTP and gets typed results and typed errors.

use std::time::Duration;

use crate::common::{Harness, WAIT};

use discorsi::{
    config::Webhook,
    domain::BotToken,
    fake_api::{FakeTelegram, FakeUser, Fault},
};
use teloxide::{
    ApiError, RequestError,
    prelude::*,
    types::{InputFile, MediaKind, MessageKind},
};

/// A webhook secret of the length the bot requires (32 or more).
const SECRET: &str = "s3cret-token-of-thirty-two-chars-x";

async fn client() -> (FakeTelegram, Bot) {
    let fake = FakeTelegram::start().await.unwrap();
    let bot = Bot::new(BotToken::fake().expose()).set_api_url(fake.api_url());
    (fake, bot)
}

fn media(m: &Message) -> &MediaKind {
    match &m.kind {
        MessageKind::Common(c) => &c.media_kind,
        other => panic!("not a common message: {other:?}"),
    }
}

#[tokio::test]
async fn methods_answer_in_telegram_shapes() {
    let (fake, bot) = client().await;
    let me = bot.get_me().await.unwrap();
    assert_eq!(me.username(), discorsi::fake_api::BOT_USERNAME);
    let chat = ChatId(77);
    let m = bot.send_message(chat, "ciao").await.unwrap();
    assert_eq!(m.text(), Some("ciao"));
    let e = bot.edit_message_text(chat, m.id, "ciao!").await.unwrap();
    assert_eq!(e.text(), Some("ciao!"));
    // Telegram refuses an edit that changes nothing.
    let same = bot
        .edit_message_text(chat, m.id, "ciao!")
        .await
        .unwrap_err();
    assert!(
        matches!(same, RequestError::Api(ApiError::MessageNotModified)),
        "{same:?}"
    );
    let v = bot
        .send_venue(chat, 45.07, 7.68, "Ufficio", "Via Roma 1, Torino")
        .await
        .unwrap();
    assert!(matches!(media(&v), MediaKind::Venue(x) if x.venue.title == "Ufficio"));
    let l = bot.send_location(chat, 45.07, 7.68).await.unwrap();
    assert!(matches!(media(&l), MediaKind::Location(_)));
    let d = bot
        .send_document(
            chat,
            InputFile::memory(b"a,b\n1,2\n".to_vec()).file_name("x.csv"),
        )
        .caption("csv")
        .await
        .unwrap();
    let MediaKind::Document(doc) = media(&d) else {
        panic!("not a document")
    };
    assert_eq!(
        fake.upload(&doc.document.file.id.0).unwrap().bytes,
        b"a,b\n1,2\n"
    );
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x03\x20\0\0\x02\x58".to_vec();
    let p = bot
        .send_photo(chat, InputFile::memory(png).file_name("c.png"))
        .await
        .unwrap();
    let MediaKind::Photo(ph) = media(&p) else {
        panic!("not a photo")
    };
    assert_eq!((ph.photo[0].width, ph.photo[0].height), (800, 600));
    assert!(bot.delete_message(chat, m.id).await.is_ok());
    assert!(bot.delete_message(chat, m.id).await.is_err());
    assert!(fake.unknown_methods().is_empty());
}

#[tokio::test]
async fn injected_faults_arrive_as_typed_errors() {
    let (fake, bot) = client().await;
    let chat = ChatId(5);
    fake.fail(
        Some("sendMessage"),
        Fault::TooManyRequests { retry_after: 7 },
        Some(1),
    );
    let e = bot.send_message(chat, "x").await.unwrap_err();
    assert!(
        matches!(e, RequestError::RetryAfter(s) if s.seconds() == 7),
        "{e:?}"
    );
    fake.fail(None, Fault::Blocked, Some(1));
    let e = bot.send_message(chat, "x").await.unwrap_err();
    assert!(
        matches!(e, RequestError::Api(ApiError::BotBlocked)),
        "{e:?}"
    );
    fake.fail(Some("sendMessage"), Fault::Server(502), Some(1));
    assert!(bot.send_message(chat, "x").await.is_err());
    fake.fail(
        Some("sendMessage"),
        Fault::BadRequest("chat not found".into()),
        Some(1),
    );
    let e = bot.send_message(chat, "x").await.unwrap_err();
    assert!(
        matches!(e, RequestError::Api(ApiError::ChatNotFound)),
        "{e:?}"
    );
    // Faults are used up; the next call goes through.
    assert!(bot.send_message(chat, "x").await.is_ok());
    // A blocked user stays blocked until unblocked.
    let u = FakeUser::new(9, "A", None);
    fake.block(&u);
    assert!(bot.send_message(ChatId(9), "x").await.is_err());
    assert!(bot.send_message(ChatId(9), "x").await.is_err());
    fake.unblock(&u);
    assert!(bot.send_message(ChatId(9), "x").await.is_ok());
}

#[tokio::test]
async fn get_updates_long_polls_with_offsets() {
    let (fake, bot) = client().await;
    let u = FakeUser::new(3, "B", Some("sq"));
    // Long polling: an update sent while the request waits is returned.
    let poll = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(5).await.unwrap() }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    let id1 = fake.send_text(&u, "/start");
    let got = poll.await.unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].id.0, id1);
    let id2 = fake.send_location(&u, 45.0, 7.6);
    // Without a higher offset, both are still there.
    assert_eq!(bot.get_updates().await.unwrap().len(), 2);
    // An offset confirms and forgets everything before it.
    let got = bot.get_updates().offset(id2 as i32).await.unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(fake.confirmed_offset(), i64::from(id2));
    let got = bot
        .get_updates()
        .offset(id2 as i32 + 1)
        .timeout(0)
        .await
        .unwrap();
    assert!(got.is_empty());
    // Button presses carry the message they were pressed on.
    let m = bot.send_message(ChatId(3), "scegli").await.unwrap();
    fake.press(&u, i64::from(m.id.0), "x:1");
    let got = bot.get_updates().offset(id2 as i32 + 1).await.unwrap();
    let teloxide::types::UpdateKind::CallbackQuery(q) = &got[0].kind else {
        panic!()
    };
    assert_eq!(q.data.as_deref(), Some("x:1"));
    assert_eq!(q.message.as_ref().unwrap().id(), m.id);
}

#[tokio::test]
async fn webhook_mode_checks_the_secret_token() {
    let mut h = Harness::start().await;
    h.stop_bot().await;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let listen = listener.local_addr().unwrap();
    drop(listener);
    let mut config = h.config();
    config.webhook = Some(Webhook {
        url: format!("http://{listen}/telegram").parse().unwrap(),
        listen,
        secret: SECRET.into(),
    });
    let since = h.fake.next_seq();
    let (stop, rx) = tokio::sync::oneshot::channel::<()>();
    let run = tokio::spawn(discorsi::app::run(config, h.clock.clone(), async move {
        let _ = rx.await;
    }));
    let set = h
        .fake
        .wait_call(since, WAIT, |c| c.method == "setWebhook")
        .await
        .unwrap();
    assert_eq!(set.params["secret_token"], SECRET);
    assert_eq!(
        set.params["allowed_updates"],
        serde_json::json!(["message", "callback_query"])
    );
    let update = serde_json::json!({
        "update_id": 1,
        "message": {"message_id": 1, "date": 0, "chat": {"id": 61, "type": "private", "first_name": "W"},
                    "from": {"id": 61, "is_bot": false, "first_name": "W", "language_code": "it"},
                    "text": "/start"}
    });
    let http = reqwest::Client::new();
    let url = format!("http://{listen}/telegram");
    // The listener binds right after setWebhook: retry until it accepts.
    let deadline = tokio::time::Instant::now() + WAIT;
    let refused = loop {
        match http.post(&url).json(&update).send().await {
            Ok(r) => break r,
            Err(e) if e.is_connect() && tokio::time::Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(20)).await
            }
            Err(e) => panic!("webhook unreachable: {e}"),
        }
    };
    assert_eq!(refused.status(), 401);
    let accepted = http
        .post(&url)
        .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
        .json(&update)
        .send()
        .await
        .unwrap();
    assert!(accepted.status().is_success());
    let reply = h
        .fake
        .wait_call(since, WAIT, |c| {
            c.method == "sendMessage" && c.chat_id == Some(61)
        })
        .await
        .unwrap();
    assert!(
        reply
            .text()
            .contains(&h.t(discorsi::i18n::Lang::It, "language-prompt"))
    );
    // Exactly one reply: the refused request was not processed.
    let replies = h
        .fake
        .calls()
        .iter()
        .filter(|c| c.method == "sendMessage" && c.chat_id == Some(61))
        .count();
    assert_eq!(replies, 1);
    let _ = stop.send(());
    tokio::time::timeout(WAIT, run)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
}

fn is_parse_error(e: &RequestError) -> bool {
    matches!(e, RequestError::Api(ApiError::CantParseEntities(d)) if d.contains("can't parse entities"))
}

#[tokio::test]
async fn formatting_is_parsed_as_telegram_does() {
    use teloxide::types::ParseMode;
    let (fake, bot) = client().await;
    let chat = ChatId(78);
    // What Telegram refuses in HTML: a bare '<' or '&', unknown and
    // unbalanced tags.
    for bad in [
        "a<b",
        "<script>alert(1)</script>",
        "fish & chips",
        "<b>bold",
        "<b>x</i>",
        "</b>",
        "<span>x</span>",
    ] {
        let e = bot
            .send_message(chat, bad)
            .parse_mode(ParseMode::Html)
            .await
            .unwrap_err();
        assert!(is_parse_error(&e), "{bad:?}: {e:?}");
    }
    // The same texts escaped, and real formatting, are accepted; the message
    // holds the plain text and entities with UTF-16 offsets.
    let m = bot
        .send_message(
            chat,
            "😀 <b>a&lt;b</b> &amp; <a href=\"https://x.org/?a=1&amp;b=2\">link</a>",
        )
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    assert_eq!(m.text(), Some("😀 a<b & link"));
    let ents = m.entities().unwrap();
    assert_eq!((ents[0].offset, ents[0].length), (3, 3), "{ents:?}");
    assert!(
        matches!(&ents[1].kind, teloxide::types::MessageEntityKind::TextLink { url } if url.as_str() == "https://x.org/?a=1&b=2"),
        "{ents:?}"
    );
    // MarkdownV2: reserved characters must be escaped.
    let e = bot
        .send_message(chat, "Fine.")
        .parse_mode(ParseMode::MarkdownV2)
        .await
        .unwrap_err();
    assert!(is_parse_error(&e), "{e:?}");
    let m = bot
        .send_message(chat, "*Fine*\\.")
        .parse_mode(ParseMode::MarkdownV2)
        .await
        .unwrap();
    assert_eq!(m.text(), Some("Fine."));
    // Without a parse mode, anything goes.
    let m = bot.send_message(chat, "a<b & c").await.unwrap();
    assert_eq!(m.text(), Some("a<b & c"));
    // Nothing refused was delivered.
    assert_eq!(fake.bot_messages(78).len(), 3);
}

#[tokio::test]
async fn lengths_and_button_data_are_limited_as_telegram_does() {
    use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, ParseMode};
    let (_fake, bot) = client().await;
    let chat = ChatId(79);
    // 4096 characters pass (counted after parsing: tags do not count)...
    let ok = format!("<b>{}</b>", "é".repeat(4096));
    bot.send_message(chat, ok)
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    // ...4097 do not, and an emoji counts twice (UTF-16).
    let e = bot.send_message(chat, "a".repeat(4097)).await.unwrap_err();
    assert!(
        matches!(e, RequestError::Api(ApiError::MessageIsTooLong)),
        "{e:?}"
    );
    let e = bot
        .send_message(chat, format!("{}😀", "a".repeat(4095)))
        .await
        .unwrap_err();
    assert!(
        matches!(e, RequestError::Api(ApiError::MessageIsTooLong)),
        "{e:?}"
    );
    let e = bot.send_message(chat, " \n ").await.unwrap_err();
    assert!(
        matches!(e, RequestError::Api(ApiError::MessageTextIsEmpty)),
        "{e:?}"
    );
    let e = bot
        .send_message(chat, "<b></b>")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap_err();
    assert!(
        matches!(e, RequestError::Api(ApiError::MessageTextIsEmpty)),
        "{e:?}"
    );
    let photo = InputFile::memory(vec![0u8; 10]).file_name("p.png");
    let e = bot
        .send_photo(chat, photo)
        .caption("c".repeat(1025))
        .await
        .unwrap_err();
    assert!(format!("{e}").contains("caption is too long"), "{e:?}");
    let long = "x".repeat(65);
    let kb = InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback("Go", long)]]);
    let e = bot
        .send_message(chat, "hi")
        .reply_markup(kb)
        .await
        .unwrap_err();
    assert!(
        matches!(e, RequestError::Api(ApiError::ButtonDataInvalid)),
        "{e:?}"
    );
}

#[tokio::test]
async fn flood_control_uses_telegrams_windows() {
    use discorsi::fake_api::FloodRules;
    let (fake, bot) = client().await;
    let retry = |e: RequestError| match e {
        RequestError::RetryAfter(s) => s.duration(),
        other => panic!("expected 429, got {other:?}"),
    };
    // One private chat: a short burst, then about one a second.
    let burst = FloodRules::default().chat_burst as usize;
    for _ in 0..burst {
        bot.send_message(ChatId(80), "x").await.unwrap();
    }
    let wait = retry(bot.send_message(ChatId(80), "x").await.unwrap_err());
    assert_eq!(wait, Duration::from_secs(1));
    // A group: 20 a minute.
    fake.set_flood_rules(Some(FloodRules::default()));
    for _ in 0..20 {
        bot.send_message(ChatId(-100), "x").await.unwrap();
    }
    let wait = retry(bot.send_message(ChatId(-100), "x").await.unwrap_err());
    assert!(wait > Duration::from_secs(50), "{wait:?}");
    // All chats together: 30 in any one-second window.
    fake.set_flood_rules(Some(FloodRules::default()));
    for c in 0..30 {
        bot.send_message(ChatId(1_000 + c), "x").await.unwrap();
    }
    let wait = retry(bot.send_message(ChatId(2_000), "x").await.unwrap_err());
    assert_eq!(wait, Duration::from_secs(1));
    assert!(fake.rate_limited() >= 3);
    // Off for a load test.
    fake.set_flood_rules(None);
    for c in 0..100 {
        bot.send_message(ChatId(3_000 + c), "x").await.unwrap();
    }
}

/// Telegram takes a form body as well as JSON and multipart (aiogram sends
/// forms): numbers and markups in it are read as JSON, texts stay texts
/// even when they look like numbers. A query string does nothing: a GET
/// needs no Origin, so any web page could send one to the playground.
#[tokio::test]
async fn form_bodies_are_read_as_telegram_does_and_query_strings_are_not() {
    let (fake, _) = client().await;
    let base = format!("{}bot{}", fake.api_url(), BotToken::fake().expose());
    let http = reqwest::Client::new();
    let form = |body: String| {
        http.post(format!("{base}/sendMessage"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body)
    };
    let markup = r#"{"inline_keyboard":[[{"text":"Sì","callback_data":"yes"}]]}"#;
    let body = format!(
        "chat_id=77&text=0042&reply_markup={}",
        url::form_urlencoded::byte_serialize(markup.as_bytes()).collect::<String>()
    );
    let sent: serde_json::Value = form(body).send().await.unwrap().json().await.unwrap();
    assert_eq!(sent["ok"], true, "{sent}");
    assert_eq!(sent["result"]["text"], "0042");
    let call = fake.calls().pop().unwrap();
    assert_eq!(call.chat_id, Some(77));
    assert_eq!(call.buttons(), vec![("Sì".to_owned(), "yes".to_owned())]);
    let got = http
        .get(format!("{base}/sendMessage?chat_id=78&text=ciao"))
        .send()
        .await
        .unwrap();
    assert_eq!(got.status(), 400);
    assert!(fake.bot_messages(78).is_empty());
    // A form posted from a page elsewhere is refused before it is read.
    let cross_site = form("chat_id=79&text=ciao".into())
        .header("Origin", "http://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    assert!(fake.bot_messages(79).is_empty());
    // Limits apply to a form as to JSON.
    let long = form(format!("chat_id=77&text={}", "a".repeat(4097)))
        .send()
        .await
        .unwrap();
    assert_eq!(long.status(), 400);
}

/// A long load test forgets what it no longer needs: the record empties,
/// and what comes after is recorded and awaited as before.
#[tokio::test]
async fn forgetting_the_history_keeps_the_server_working() {
    let (fake, bot) = client().await;
    bot.send_message(ChatId(90), "uno").await.unwrap();
    assert_eq!(fake.calls().len(), 1);
    fake.forget_history();
    assert!(fake.calls().is_empty());
    assert!(fake.bot_messages(90).is_empty());
    let since = fake.next_seq();
    let m = bot.send_message(ChatId(90), "due").await.unwrap();
    let call = fake.wait_chat(90, since, WAIT).await.unwrap();
    assert_eq!(call.text(), "due");
    assert_eq!(call.message_id(), Some(i64::from(m.id.0)));
    // Message ids go on: the new message is not the first again.
    assert_eq!(m.id.0, 2);
}
