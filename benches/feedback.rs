//! Feedback benchmark, on SQLite and (with BENCH_DATABASE_URL or
//! TEST_DATABASE_URL) PostgreSQL: the /report aggregates over 1,000,000
//! feedback rows (target: under 1 s), and the rendering of each chart
//! (target: under 200 ms).
//!
//!     cargo bench --bench feedback

mod common;

use std::time::Duration;

use chrono::Utc;
use discorsi::{
    access::Scope,
    app,
    feedback::{
        charts,
        model::Period,
        report::{self, Dim},
        store,
    },
    storage::{Backend, Db},
};
use tokio::time::Instant;

const ROWS: i64 = 1_000_000;

fn fill_sql(backend: Backend) -> String {
    let select = "SELECT NULL,
            CASE WHEN i % 4 = 0 THEN 'service' ELSE 'event' END,
            CASE WHEN i % 4 = 0 THEN NULL ELSE i % 500 END,
            CASE WHEN i % 4 = 0 THEN 'svc-' || (i % 300) ELSE NULL END,
            CASE WHEN i % 4 = 0 THEN NULL ELSE i % 20 END,
            CASE i % 3 WHEN 0 THEN 'housing' WHEN 1 THEN 'health' ELSE 'work' END,
            CASE i % 6 WHEN 0 THEN 'it' WHEN 1 THEN 'fr' WHEN 2 THEN 'es' WHEN 3 THEN 'ar' WHEN 4 THEN 'sq' ELSE 'en' END,
            CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + (i * 7) % 5 END,
            CASE WHEN i % 4 = 0 THEN (CASE WHEN i % 3 = 0 THEN -1 ELSE 1 END) ELSE NULL END,
            (i * 13) % 64,
            CASE WHEN i % 50 = 0 THEN 'commento' ELSE NULL END,
            $1 - i * 31, $1 - i * 31";
    let cols = "(author, kind, event_id, service_id, association_id, topic, lang, rating, thumbs, reasons, comment, created_at, updated_at)";
    match backend {
        Backend::Sqlite => format!(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {})
             INSERT INTO feedback {cols} {select} FROM n",
            ROWS - 1
        ),
        Backend::Postgres => format!(
            "INSERT INTO feedback {cols} {select} FROM generate_series(0, {}) AS n(i)",
            ROWS - 1
        ),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

async fn run(label: &str, url: &str) {
    let db: Db = app::open_db(url).await.unwrap();
    let now = Utc::now();
    let t = Instant::now();
    sqlx::query(&fill_sql(db.backend()))
        .bind(now.timestamp())
        .execute(db.pool())
        .await
        .unwrap();
    if db.backend() == Backend::Postgres {
        sqlx::query("ANALYZE feedback")
            .execute(db.pool())
            .await
            .unwrap();
    }
    println!(
        "{label}: inserted {ROWS} feedback rows in {:.1?}",
        t.elapsed()
    );
    let year = Period::last_days(366, now, &chrono_tz::Europe::Rome);
    let month = Period::last_days(30, now, &chrono_tz::Europe::Rome);
    for (name, period, scope) in [
        ("staff, whole year", year, Scope::All),
        ("staff, last 30 days", month, Scope::All),
        ("leader, whole year", year, Scope::Association(7)),
    ] {
        let mut times = vec![];
        let mut chart_data = vec![];
        let mut responses = 0;
        for _ in 0..5 {
            let t = Instant::now();
            let groups = store::groups(&db, period, scope).await.unwrap();
            let total = report::total(&groups);
            for dim in Dim::ALL {
                std::hint::black_box(report::rollup(&groups, dim));
            }
            std::hint::black_box(store::comments(&db, period, scope, 200).await.unwrap());
            times.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(
                store::ratings_over_time(&db, period, scope, 7 * 86400)
                    .await
                    .unwrap(),
            );
            std::hint::black_box(
                discorsi::reports::participation(&db, period.bounds(), scope)
                    .await
                    .unwrap(),
            );
            chart_data.push(t.elapsed());
            responses = total.responses;
        }
        let max = *times.iter().max().unwrap();
        println!(
            "{label}: report ({name}, {responses} responses): median {:.1?}, max {:.1?} (target < 1 s)",
            median(times),
            max
        );
        println!(
            "{label}: chart data ({name}, ratings over time + turnout): median {:.1?}",
            median(chart_data)
        );
    }
    db.close().await;
}

fn charts_bench() {
    let lines = charts::Lines {
        title: "Valutazione media per tema".into(),
        y_label: "Valutazione (1–5)".into(),
        buckets: (1..=13).map(|w| format!("{w:02}/11")).collect(),
        series: ["Casa", "Salute", "Lavoro", "سكن"]
            .iter()
            .enumerate()
            .map(|(k, t)| {
                (
                    t.to_string(),
                    (0..13)
                        .map(|i| (i % 5 != k).then(|| 2.5 + ((i + k) % 5) as f64 * 0.5))
                        .collect(),
                )
            })
            .collect(),
        empty_note: String::new(),
    };
    let dist = charts::Distribution {
        title: "Come sono stati valutati gli incontri".into(),
        y_label: "Risposte".into(),
        stars: Some([12, 30, 140, 420, 380]),
        empty_note: String::new(),
    };
    let turnout = charts::Turnout {
        title: "Iscrizioni e presenze".into(),
        signed_up: "Iscritti".into(),
        attended: "Presenti".into(),
        events: (0..10)
            .map(|i| {
                (
                    format!("0{i}/11 · Laboratorio CV {i}"),
                    20 + i,
                    Some(12 + i),
                )
            })
            .collect(),
        empty_note: String::new(),
    };
    type Render<'a> = Box<dyn Fn() -> Vec<u8> + 'a>;
    let renders: [(&str, Render<'_>); 3] = [
        (
            "rating over time",
            Box::new(|| charts::rating_over_time(&lines).unwrap()),
        ),
        (
            "rating distribution",
            Box::new(|| charts::distribution(&dist).unwrap()),
        ),
        (
            "sign-ups vs attendance",
            Box::new(|| charts::turnout(&turnout).unwrap()),
        ),
    ];
    for (name, render) in renders {
        render(); // fonts load once
        let mut times = vec![];
        let mut size = 0;
        for _ in 0..10 {
            let t = std::time::Instant::now();
            size = render().len();
            times.push(t.elapsed());
        }
        let max = *times.iter().max().unwrap();
        println!(
            "chart {name}: median {:.1?}, max {:.1?}, {} KB PNG (target < 200 ms)",
            median(times),
            max,
            size / 1024
        );
    }
}

#[tokio::main]
async fn main() {
    charts_bench();
    common::on_each_database("fb", |label, url| async move { run(label, &url).await }).await;
}
