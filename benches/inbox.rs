//! Help-desk inbox benchmark: 10,000 open questions (spread over 20
//! associations and the three staff topics, a third of them claimed, half
//! of them answered once), then
//! the queries a helper's first inbox page runs (the page and the count),
//! for a leader and for staff, on SQLite and, when BENCH_DATABASE_URL (or
//! TEST_DATABASE_URL) points at a server, PostgreSQL. Prints p50/p99/max.
//!
//!     cargo bench --bench inbox
//!     BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test cargo bench --bench inbox

mod common;

use std::time::{Duration, Instant};

use chrono::Utc;
use discorsi::{
    app,
    questions::store::{self, Desk},
};

const N: i64 = 10_000;
const ASSOCIATIONS: i64 = 20;
const ROUNDS: usize = 2_000;

async fn seed(db: &discorsi::storage::Db) {
    let now = Utc::now().timestamp();
    for a in 1..=ASSOCIATIONS {
        sqlx::query(
            "INSERT INTO associations (id, name, created_by, created_at) VALUES ($1, $2, 1, $3)",
        )
        .bind(a)
        .bind(format!("Association {a}"))
        .bind(now)
        .execute(db.pool())
        .await
        .unwrap();
    }
    for h in 0..50_i64 {
        sqlx::query("INSERT INTO users (id, chat_id, first_name, created_at, last_seen_at) VALUES ($1, $1, $2, $3, $3)")
            .bind(1_000 + h)
            .bind(format!("Helper{h}"))
            .bind(now)
            .execute(db.pool())
            .await
            .unwrap();
    }
    let topics = ["housing", "health", "work"];
    let mut tx = db.begin().await.unwrap();
    for i in 0..N {
        // Two in five go to staff; the rest to one of the associations.
        let to_staff = i % 5 < 2;
        let association = (!to_staff).then_some(1 + (i / 5) % ASSOCIATIONS);
        let claimed = (i % 3 == 0).then_some(1_000 + i % 50);
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO questions (ref, asker_id, asker_lang, draft_key, to_staff, association_id,
                 topic, status, claimed_by, created_at, waiting_since)
             VALUES ($1, $2, 'ar', 1, $3, $4, $5, 'open', $6, $7, $7) RETURNING id",
        )
        .bind(format!("R{i:06}"))
        .bind(100_000 + i)
        .bind(i64::from(to_staff))
        .bind(association)
        .bind(to_staff.then(|| topics[(i % 3) as usize]))
        .bind(claimed)
        .bind(now - N + i)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        // Each with the words it was asked in, and an answer for some.
        for (author, body) in [
            ("asker", "وصلتني رسالة من البلدية بخصوص الإقامة، ماذا أفعل؟"),
            ("helper", "Vieni martedì allo sportello con la lettera."),
        ]
        .into_iter()
        .take(if i % 2 == 0 { 2 } else { 1 })
        {
            sqlx::query(
                "INSERT INTO question_messages (question_id, author, kind, body, created_at)
                 VALUES ($1, $2, 'text', $3, $4)",
            )
            .bind(id)
            .bind(author)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        if i % 1_000 == 999 {
            tx.commit().await.unwrap();
            tx = db.begin().await.unwrap();
        }
    }
    tx.commit().await.unwrap();
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    common::on_each_database("inbox", |backend, url| async move {
        let db = app::open_db(&url).await.unwrap();
        let t = Instant::now();
        seed(&db).await;
        println!("{backend}: {N} open questions seeded in {:.1} s", t.elapsed().as_secs_f64());
        for (who, desk) in [
            (
                "leader",
                Desk {
                    association: Some(7),
                    staff: false,
                },
            ),
            (
                "staff",
                Desk {
                    association: None,
                    staff: true,
                },
            ),
        ] {
            let mut times = Vec::with_capacity(ROUNDS);
            let mut shown = 0;
            for _ in 0..ROUNDS {
                let t = Instant::now();
                let page = store::inbox(&db, desk, 8, 0).await.unwrap();
                let total = store::inbox_count(&db, desk).await.unwrap();
                times.push(t.elapsed());
                shown = page.len();
                assert!(total > 0);
            }
            times.sort();
            println!(
                "{backend}: {who}'s first inbox page ({shown} of the open questions, with the count): p50 {:.2} ms · p99 {:.2} ms · max {:.2} ms over {ROUNDS} rounds",
                pct(&times, 0.5).as_secs_f64() * 1e3,
                pct(&times, 0.99).as_secs_f64() * 1e3,
                times.last().unwrap().as_secs_f64() * 1e3,
            );
        }
        db.close().await;
    })
    .await;
}
