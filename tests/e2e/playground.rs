//! `discorsi playground` end to end over HTTP (the browser test comes with
//! the playground issue): the page, the personas with their sample data, a
//! conversation, buttons, the location button and a downloaded file.

use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

async fn wait_for(http: &reqwest::Client, base: &str, who: &str, needle: &str) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let v: Value = http
            .get(format!("{base}/api/messages/{who}"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let hit = v["messages"].as_array().unwrap().iter().rev().find(|m| {
            m["text"]
                .as_str()
                .or(m["caption"].as_str())
                .unwrap_or_default()
                .contains(needle)
                || m["document"]["file_name"]
                    .as_str()
                    .unwrap_or_default()
                    .contains(needle)
        });
        if let Some(m) = hit {
            return m.clone();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{who} never saw {needle:?}: {v:#}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn button(m: &Value, label: &str) -> String {
    m["reply_markup"]["inline_keyboard"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r.as_array().unwrap())
        .find(|b| b["text"].as_str().unwrap_or_default().contains(label))
        .unwrap_or_else(|| panic!("no button {label:?} in {m:#}"))["callback_data"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn the_playground_runs_the_whole_bot_locally() {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_discorsi"))
        .args(["playground", "--port", "0"])
        .env("LOG_LEVEL", "warn")
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = tokio::time::timeout(Duration::from_secs(30), lines.next_line())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let base = first
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .expect("address")
        .to_owned();
    let second = lines.next_line().await.unwrap().unwrap();
    assert!(second.contains("127.0.0.1 only"), "{second}");
    let http = reqwest::Client::new();

    let page = http.get(&base).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Discorsi") && page.contains("dir=\"auto\""));
    let people: Value = http
        .get(format!("{base}/api/personas"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(people.as_array().unwrap().len(), 4);

    // The member meets the bot for the first time.
    http.post(format!("{base}/api/send/member"))
        .json(&json!({"text": "/start"}))
        .send()
        .await
        .unwrap();
    wait_for(&http, &base, "member", "اختر لغتك").await;
    // The admin (onboarded by the sample data) opens the directory.
    http.post(format!("{base}/api/send/admin"))
        .json(&json!({"text": "/menu"}))
        .send()
        .await
        .unwrap();
    let menu = wait_for(&http, &base, "admin", "Main menu").await;
    let data = button(&menu, "Find a service");
    http.post(format!("{base}/api/press/admin"))
        .json(&json!({"message_id": menu["message_id"], "data": data}))
        .send()
        .await
        .unwrap();
    let topics = wait_for(&http, &base, "admin", "What kind of help").await;
    assert!(
        topics["reply_markup"]["inline_keyboard"]
            .as_array()
            .unwrap()
            .len()
            >= 3
    );

    // Typing searches the sample directory; the location button gives nearest services.
    http.post(format!("{base}/api/send/leader"))
        .json(&json!({"text": "médecin"}))
        .send()
        .await
        .unwrap();
    wait_for(&http, &base, "leader", "Résultats pour").await;
    http.post(format!("{base}/api/location/leader"))
        .send()
        .await
        .unwrap();
    wait_for(&http, &base, "leader", "près de vous").await;

    // The help desk: another member's question waits for the leader.
    http.post(format!("{base}/api/send/leader"))
        .json(&json!({"text": "/menu"}))
        .send()
        .await
        .unwrap();
    let menu = wait_for(&http, &base, "leader", "Menu principal").await;
    let data = button(&menu, "💬");
    assert!(data.starts_with("menu:"), "{data}");
    http.post(format!("{base}/api/press/leader"))
        .json(&json!({"message_id": menu["message_id"], "data": data}))
        .send()
        .await
        .unwrap();
    wait_for(&http, &base, "leader", "الكويستورا").await;

    // A downloaded file: the staff member's data export.
    http.post(format!("{base}/api/send/staff"))
        .json(&json!({"text": "/mydata"}))
        .send()
        .await
        .unwrap();
    let doc = wait_for(&http, &base, "staff", ".json").await;
    let file = doc["document"]["file_id"].as_str().unwrap();
    let body: Value = http
        .get(format!("{base}/api/file/{file}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["data"]["profile"]["first_name"], "Giulia");
    assert_eq!(
        http.get(format!("{base}/api/file/nope"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    // Only requests addressed to this machine by name: not a rebound DNS
    // name, not a cross-site POST from a page elsewhere.
    let port = base.rsplit(':').next().unwrap();
    let rebound = http
        .get(format!("{base}/api/personas"))
        .header("Host", format!("evil.example:{port}"))
        .send()
        .await
        .unwrap();
    assert_eq!(rebound.status(), 403);
    let cross_site = http
        .post(format!("{base}/api/send/member"))
        .header("Origin", "http://evil.example")
        .json(&json!({"text": "/start"}))
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    let local = http
        .get(format!("http://localhost:{port}/api/personas"))
        .send()
        .await
        .unwrap();
    assert_eq!(local.status(), 200);
    child.kill().await.unwrap();
}

#[tokio::test]
async fn the_playground_refuses_a_database_with_real_people() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("real.db");
    let url = format!("sqlite://{}", file.display());
    let db = discorsi::app::open_db(&url).await.unwrap();
    discorsi::storage::users::touch(
        &db,
        123_456_789,
        123_456_789,
        "Amina",
        Some("ar"),
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    db.close().await;
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_discorsi"))
        .args(["playground", "--port", "0", "--persist"])
        .arg(&file)
        // Never read, even when set.
        .env("DATABASE_URL", "sqlite:///nonexistent/dir/x.db")
        .output()
        .await
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("real Telegram user"), "{err}");
}
