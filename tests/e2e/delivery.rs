//! Delivery under Telegram's real limits, through the strict fake Bot API:
//! replies refused with 429 arrive anyway, one person flooding does not
//! stall anyone else, the webhook sheds load instead of piling it up, and
//! the bot records its contact with Telegram for `discorsi health`.

use std::time::Duration;

use crate::common::{Harness, WAIT};
use discorsi::{config::Webhook, fake_api::Fault, i18n::Lang};

#[tokio::test]
async fn a_reply_refused_with_429_is_sent_again() {
    let h = Harness::start().await;
    let mut u = h.user(501, Some("en"));
    u.onboard(&h.i18n, Lang::En).await;
    h.fake.fail(
        Some("sendMessage"),
        Fault::TooManyRequests { retry_after: 1 },
        Some(2),
    );
    u.send("/help");
    u.expect(&h.t(Lang::En, "help-intro")).await;
    let refused = h
        .fake
        .calls()
        .iter()
        .filter(|c| {
            c.chat_id == Some(501) && c.error.as_deref().is_some_and(|e| e.contains("Too Many"))
        })
        .count();
    assert_eq!(refused, 2, "the reply was refused twice, then delivered");
}

#[tokio::test]
async fn forty_people_writing_at_once_all_get_an_answer() {
    // Reproduced: with 40 users writing at once, 12 got no answer (their
    // replies met 429 and were dropped). The fake allows 30 a second.
    let h = Harness::start().await;
    let users: Vec<_> = (0..40).map(|i| h.user(600 + i, Some("fr"))).collect();
    for u in &users {
        h.fake.send_text(&u.u, "/start");
    }
    let prompt = crate::common::plain(&h.t(Lang::Fr, "language-prompt"));
    let all = h
        .fake
        .wait_until(WAIT, |f| {
            users.iter().all(|u| {
                f.calls().iter().any(|c| {
                    c.ok && c.chat_id == Some(u.id())
                        && crate::common::plain(c.text()).contains(&prompt)
                })
            })
        })
        .await;
    assert!(
        all,
        "someone got no answer; 429s: {}",
        h.fake.rate_limited()
    );
}

#[tokio::test]
async fn one_person_flooding_does_not_stall_anyone_else() {
    let mut h = Harness::start().await;
    h.stop_bot().await;
    h.real_flood_gate = true;
    h.start_bot().await;
    let mut flooder = h.user(701, Some("it"));
    flooder.onboard(&h.i18n, Lang::It).await;
    // Reproduced: 1,500 messages from one account delayed a new user's
    // /start by a minute (the dispatcher's per-chat queue filled and blocked
    // every chat).
    let mut last = 0;
    for i in 0..1500 {
        last = h.fake.send_text(&flooder.u, &format!("casa {i}"));
    }
    let mut quiet = h.user(702, Some("es"));
    quiet.send("/start");
    quiet.expect(&h.t(Lang::Es, "language-prompt")).await;
    // Every update was taken off Telegram's queue, most of them dropped.
    assert!(
        h.fake
            .wait_until(WAIT, |f| f.confirmed_offset() > i64::from(last))
            .await,
        "the flood was not drained"
    );
    flooder.expect(&h.t(Lang::It, "hint-flood")).await;
    let replies = h
        .fake
        .calls()
        .iter()
        .filter(|c| c.ok && c.chat_id == Some(701) && c.method == "sendMessage")
        .count();
    assert!(replies < 100, "{replies} replies to 1,500 flooded messages");
    // The hint comes at most once a minute.
    assert_eq!(flooder.count(&h.t(Lang::It, "hint-flood")), 1);
}

/// A webhook configuration on a free local port.
fn webhook(secret: &str) -> Webhook {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let listen = listener.local_addr().unwrap();
    drop(listener);
    Webhook {
        url: format!("http://{listen}/telegram").parse().unwrap(),
        listen,
        secret: secret.into(),
    }
}

fn start_update(update_id: u32, user: i64) -> serde_json::Value {
    serde_json::json!({
        "update_id": update_id,
        "message": {"message_id": 1, "date": 0,
                    "chat": {"id": user, "type": "private", "first_name": "W"},
                    "from": {"id": user, "is_bot": false, "first_name": "W", "language_code": "it"},
                    "text": "/start"}
    })
}

#[tokio::test]
async fn the_webhook_sheds_load_and_loses_nothing() {
    const SECRET: &str = "a-webhook-secret-of-40-characters-long-x";
    let mut h = Harness::start().await;
    h.stop_bot().await;
    let hook = webhook(SECRET);
    let url = hook.url.to_string();
    let mut config = h.config();
    config.webhook = Some(hook.clone());
    let since = h.fake.next_seq();
    let (stop, rx) = tokio::sync::oneshot::channel::<()>();
    let run = tokio::spawn(discorsi::app::run(config, h.clock.clone(), async move {
        let _ = rx.await;
    }));
    h.fake
        .wait_call(since, WAIT, |c| c.method == "setWebhook")
        .await
        .unwrap();
    let http = reqwest::Client::new();
    // A body over the limit is refused before it is parsed.
    let huge = "x".repeat(300 * 1024);
    let r = http
        .post(&url)
        .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    // A wrong secret of the right length is refused too.
    let r = http
        .post(&url)
        .header("X-Telegram-Bot-Api-Secret-Token", SECRET.replace('x', "y"))
        .json(&start_update(1, 80))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    // 150 people at once. An update answered 503 is delivered again later,
    // as Telegram does; in the end everyone is answered exactly once.
    let mut waiting: Vec<u32> = (0..150).collect();
    let mut shed = 0;
    let deadline = tokio::time::Instant::now() + WAIT;
    while !waiting.is_empty() && tokio::time::Instant::now() < deadline {
        let posts = waiting.iter().map(|i| {
            let http = http.clone();
            let url = url.clone();
            let body = start_update(100 + i, 8_000 + i64::from(*i));
            async move {
                let r = http
                    .post(&url)
                    .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                    .json(&body)
                    .send()
                    .await;
                r.map(|r| r.status().as_u16()).unwrap_or(0)
            }
        });
        let statuses = futures::future::join_all(posts).await;
        let before = waiting.len();
        waiting = waiting
            .into_iter()
            .zip(statuses)
            .filter(|(_, s)| *s != 200)
            .map(|(i, s)| {
                assert!(s == 503 || s == 0, "unexpected status {s}");
                i
            })
            .collect();
        shed += waiting.len();
        if waiting.len() == before {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    assert!(
        waiting.is_empty(),
        "{} updates never accepted",
        waiting.len()
    );
    let prompt = crate::common::plain(&h.t(Lang::It, "language-prompt"));
    let answered = h
        .fake
        .wait_until(WAIT, |f| {
            let calls = f.calls();
            (0..150).all(|i| {
                calls
                    .iter()
                    .filter(|c| {
                        c.ok && c.chat_id == Some(8_000 + i)
                            && crate::common::plain(c.text()).contains(&prompt)
                    })
                    .count()
                    == 1
            })
        })
        .await;
    assert!(
        answered,
        "not everyone was answered exactly once (shed {shed})"
    );
    println!("webhook: {shed} posts answered 503 and delivered again");
    let _ = stop.send(());
    tokio::time::timeout(WAIT, run)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn a_busy_webhook_port_fails_the_start() {
    let mut h = Harness::start().await;
    h.stop_bot().await;
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let mut hook = webhook("a-webhook-secret-of-40-characters-long-x");
    hook.listen = taken.local_addr().unwrap();
    let mut config = h.config();
    config.webhook = Some(hook);
    let result = tokio::time::timeout(
        WAIT,
        discorsi::app::run(config, h.clock.clone(), std::future::pending()),
    )
    .await
    .expect("returns at once");
    let err = result.expect_err("a busy port is an error");
    assert!(format!("{err:#}").contains("cannot listen"), "{err:#}");
}

#[tokio::test]
async fn the_running_bot_records_its_contact_with_telegram() {
    let h = Harness::start().await;
    let db = h.db.connect().await;
    let mut last = None;
    for _ in 0..100 {
        last = discorsi::storage::heartbeat::last(&db).await.unwrap();
        if last.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Recorded with the injected clock, at the first successful getUpdates.
    assert_eq!(last, Some(discorsi::clock::Clock::now(h.clock.as_ref())));
}

/// A reply takes one place in the bot's send budget: the answer to a typed
/// message took two (one in `show`, one in `send`), which halved how fast
/// the bot could answer under load and left background sends less room.
#[tokio::test]
async fn a_reply_takes_one_place_in_the_send_budget() {
    let mut h = Harness::start().await;
    h.stop_bot().await;
    let mut config = h.config();
    // One message every five seconds: a reply counted twice would wait
    // that long for its second place.
    config.send_rate = 0.2;
    h.start_bot_with(config).await;
    let mut u = h.user(502, Some("en"));
    let sent = std::time::Instant::now();
    u.send("/start");
    u.expect(&h.t(Lang::En, "language-prompt")).await;
    let took = sent.elapsed();
    assert!(took < Duration::from_secs(4), "the reply waited {took:?}");
    h.stop_bot().await;
}
