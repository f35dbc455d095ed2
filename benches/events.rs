//! Events benchmark, on SQLite and (with BENCH_DATABASE_URL) PostgreSQL:
//! one reminder-scheduler query over 100,000 pending reminders, and 1,000
//! concurrent sign-ups for one event (checking nobody is oversubscribed).
//!
//!     cargo bench --bench events

mod common;

use std::collections::BTreeMap;

use chrono::Utc;
use discorsi::{
    app,
    domain::Topic,
    events::{
        model::{Audience, Event, Kind, Texts},
        store::{self, SignUp},
    },
};
use tokio::time::Instant;

fn event(start: i64, capacity: i64) -> Event {
    Event {
        id: 0,
        kind: Kind::Workshop,
        topic: Topic::Health,
        association_id: None,
        audience: Audience::Everyone,
        starts_at: discorsi::time::utc(start),
        ends_at: discorsi::time::utc(start + 3600),
        place: "Torino".into(),
        coords: None,
        online_url: String::new(),
        capacity,
        languages: vec![],
        texts: BTreeMap::from([(
            "it".into(),
            Texts {
                title: "Bench".into(),
                description: String::new(),
            },
        )]),
        cancelled: false,
        created_by: 1,
    }
}

async fn run(label: &str, url: &str) {
    let db = app::open_db(url).await.unwrap();
    let now = Utc::now();
    // 1,000 events over the next months, 100 reminders each, mostly in the future.
    let mut ids = vec![];
    for i in 0..1000 {
        ids.push(
            store::create(&db, &event(now.timestamp() + 3600 * (i + 2), 500), now)
                .await
                .unwrap(),
        );
    }
    let mut inserted = 0;
    for (n, id) in ids.iter().enumerate() {
        let rows: Vec<String> = (0..100)
            .map(|u| {
                // A few are due now; the rest later.
                let due = if n == 0 && u < 20 {
                    now.timestamp() - 60
                } else {
                    now.timestamp() + 3600 * (n as i64 + 1)
                };
                format!("({id}, {}, 120, {due})", 10_000 + u)
            })
            .collect();
        sqlx::query(&format!(
            "INSERT INTO reminders (event_id, user_id, offset_minutes, due_at) VALUES {}",
            rows.join(",")
        ))
        .execute(db.pool())
        .await
        .unwrap();
        inserted += 100;
    }
    let mut times = vec![];
    for _ in 0..300 {
        let t = Instant::now();
        let due = store::due_reminders(&db, now, 200).await.unwrap();
        times.push(t.elapsed());
        assert_eq!(due.len(), 20);
    }
    times.sort();
    let pct = |p: f64| times[((times.len() - 1) as f64 * p) as usize].as_secs_f64() * 1e3;
    println!(
        "{label}: scheduler pass over {inserted} pending reminders: p50 {:.3} ms, p99 {:.3} ms",
        pct(0.5),
        pct(0.99)
    );

    let id = store::create(&db, &event(now.timestamp() + 86_400, 100), now)
        .await
        .unwrap();
    let t = Instant::now();
    let mut tasks = vec![];
    for u in 0..1000 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            store::sign_up(&db, id, 50_000 + u, &[1440, 120], now)
                .await
                .unwrap()
        }));
    }
    let mut confirmed = 0;
    let mut waitlist = 0;
    for task in tasks {
        match task.await.unwrap() {
            SignUp::Confirmed => confirmed += 1,
            SignUp::Waitlist(_) => waitlist += 1,
            other => panic!("{other:?}"),
        }
    }
    let elapsed = t.elapsed();
    let stored = store::confirmed_count(&db, id).await.unwrap();
    println!(
        "{label}: 1000 concurrent sign-ups for 100 seats in {:.0} ms: {confirmed} confirmed ({stored} stored), {waitlist} waitlisted, oversubscribed: {}",
        elapsed.as_secs_f64() * 1e3,
        if stored > 100 { "YES" } else { "no" }
    );
    db.close().await;
}

#[tokio::main]
async fn main() {
    common::on_each_database("ev", |label, url| async move { run(label, &url).await }).await;
}
