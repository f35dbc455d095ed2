//! Logs hold no personal data: at info level and above, no message text,
//! name or location reaches them, whatever people send and whatever fails.

mod common;

use std::sync::{Arc, Mutex};

use common::Harness;
use discorsi::{fake_api::Fault, i18n::Lang};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn no_text_names_or_places_in_the_logs() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_env_filter("info")
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .init();
    let h = Harness::start().await;
    let name = "Zeynep Kaya";
    let mut u = h.user_named(9_001, name, Some("it"));
    u.onboard(&h.i18n, Lang::It).await;
    u.send("abito in Via Segreta 17, il mio numero è 3339876543");
    u.expect("").await;
    h.fake.send_location(&u.u, 45.123_456, 7.654_321);
    u.expect("").await;
    h.fake.send_sticker(&u.u);
    u.expect("").await;
    // Failures on the way: a refused send, a blocked user, a panic-free error.
    h.fake.fail(
        Some("sendMessage"),
        Fault::BadRequest("message is too long".into()),
        Some(1),
    );
    u.send("Via Segreta 17 di nuovo");
    u.expect(&h.t(Lang::It, "error-generic")).await;
    h.fake.block(&u.u);
    u.send("ciao da Zeynep");
    h.fake
        .wait_until(common::WAIT, |f| {
            f.calls().iter().any(|c| {
                c.chat_id == Some(9_001)
                    && c.error.as_deref().is_some_and(|e| e.contains("blocked"))
            })
        })
        .await;
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("handler failed"),
        "the failure is logged:\n{logs}"
    );
    for secret in [
        "Zeynep",
        "Kaya",
        "Via Segreta",
        "3339876543",
        "45.12",
        "7.65",
        "9001",
    ] {
        assert!(!logs.contains(secret), "{secret:?} in the logs:\n{logs}");
    }
}
