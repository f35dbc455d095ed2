//! Directory benchmark: importing 10,000 services, then search and
//! nearest-service latency over them (in-process), on SQLite and, when
//! BENCH_DATABASE_URL (or TEST_DATABASE_URL) points at a server, PostgreSQL.
//!
//!     cargo bench --bench directory
//!     BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test cargo bench --bench directory

mod common;

use std::time::{Duration, Instant};

use chrono::Utc;
use discorsi::{
    app,
    directory::{import, search::Index, store},
    i18n::I18n,
};

const N: usize = 10_000;
const QUERIES: usize = 2_000;

fn synthetic_csv(n: usize) -> String {
    let subs = [
        ("health", "gp"),
        ("health", "stp_eni"),
        ("health", "emergency"),
        ("health", "mental_health"),
        ("health", "women_children"),
        ("housing", "shelter"),
        ("housing", "rent_help"),
        ("housing", "tenants_rights"),
        ("work", "job_centre"),
        ("work", "competence_cert"),
        ("work", "italian_courses"),
        ("work", "qualification_recognition"),
    ];
    let cities = [
        ("Torino", 45.07, 7.68),
        ("Novara", 45.44, 8.62),
        ("Cuneo", 44.39, 7.55),
        ("Lyon", 45.76, 4.83),
        ("Barcelona", 41.38, 2.17),
    ];
    let words = [
        "sportello",
        "centro",
        "servizio",
        "ambulatorio",
        "ufficio",
        "casa",
        "lavoro",
        "salute",
        "accoglienza",
        "consulenza",
        "orientamento",
        "donne",
        "giovani",
        "famiglie",
        "quartiere",
    ];
    let mut s = String::from(
        "id,organisation,topic,subtopic,region,city,latitude,longitude,opening_hours,name_it,description_it,name_en\n",
    );
    for i in 0..n {
        let (topic, sub) = subs[i % subs.len()];
        let (city, lat, lon) = cities[i % cities.len()];
        let region = match city {
            "Lyon" => "auvergne_rhone_alpes",
            "Barcelona" => "catalonia",
            _ => "piedmont",
        };
        let w = |k: usize| words[(i * 7 + k * 13) % words.len()];
        let dlat = ((i * 37) % 1000) as f64 / 10_000.0;
        let dlon = ((i * 91) % 1000) as f64 / 10_000.0;
        s.push_str(&format!(
            "svc-{i},Org {},{topic},{sub},{region},{city},{:.5},{:.5},Mo-Fr 09:00-17:00,{} {} {i},{} {} {} per tutti,{} service {i}\n",
            i % 300, lat + dlat, lon + dlon, w(0), w(1), w(2), w(3), w(4), w(5)
        ));
    }
    s
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

async fn run(label: &str, url: &str, csv: &str, i18n: &I18n) {
    let db = app::open_db(url).await.expect("database");
    let services = import::parse(csv.as_bytes()).expect("valid synthetic CSV");
    let t = Instant::now();
    store::upsert_all(&db, &services, Utc::now()).await.unwrap();
    let import_time = t.elapsed();
    let t = Instant::now();
    let loaded = store::load_all(&db).await.unwrap();
    let idx = Index::build(loaded, i18n);
    let build_time = t.elapsed();
    let queries = [
        "medico",
        "médecin",
        "طبيب",
        "mjek",
        "vivienda",
        "sportelo lavoro",
        "dentista torino",
        "consulenza famiglie",
        "shelter",
        "italiano corso",
    ];
    let mut search = Vec::with_capacity(QUERIES);
    let mut hits = 0;
    for i in 0..QUERIES {
        let t = Instant::now();
        hits += idx.search(queries[i % queries.len()]).len().min(1);
        search.push(t.elapsed());
    }
    let mut near = Vec::with_capacity(QUERIES);
    for i in 0..QUERIES {
        let (lat, lon) = (44.0 + (i % 50) as f64 / 20.0, 2.0 + (i % 70) as f64 / 10.0);
        let t = Instant::now();
        let r = idx.nearest(lat, lon, |_| true);
        std::hint::black_box(r.first());
        near.push(t.elapsed());
    }
    println!(
        "{label}: import {N} rows {:.0} ms | index build {:.0} ms | search p50 {:.3} ms p99 {:.3} ms ({hits}/{QUERIES} with hits) | nearest p50 {:.3} ms p99 {:.3} ms",
        import_time.as_secs_f64() * 1e3,
        build_time.as_secs_f64() * 1e3,
        percentile(&mut search, 0.5).as_secs_f64() * 1e3,
        percentile(&mut search, 0.99).as_secs_f64() * 1e3,
        percentile(&mut near, 0.5).as_secs_f64() * 1e3,
        percentile(&mut near, 0.99).as_secs_f64() * 1e3,
    );
    db.close().await;
}

#[tokio::main]
async fn main() {
    let i18n = I18n::load().unwrap();
    let csv = synthetic_csv(N);
    common::on_each_database("dir", |label, url| {
        let (csv, i18n) = (&csv, &i18n);
        async move { run(label, &url, csv, i18n).await }
    })
    .await;
}
