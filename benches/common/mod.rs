//! What the benchmarks share: one run on a fresh SQLite file, then one on a
//! fresh PostgreSQL schema when BENCH_DATABASE_URL (or TEST_DATABASE_URL)
//! points at a server.

use std::future::Future;

use discorsi::storage::{Db, with_search_path};

pub async fn on_each_database<F, Fut>(tag: &str, mut run: F)
where
    F: FnMut(&'static str, String) -> Fut,
    Fut: Future<Output = ()>,
{
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!(
        "sqlite://{}",
        dir.path().join(format!("{tag}.db")).display()
    );
    run("sqlite", sqlite).await;
    match std::env::var("BENCH_DATABASE_URL").or_else(|_| std::env::var("TEST_DATABASE_URL")) {
        Ok(base) if !base.is_empty() => {
            let db = Db::connect(&base).await.unwrap();
            let schema = format!("bench_{tag}_{}", std::process::id());
            sqlx::query(&format!("CREATE SCHEMA {schema}"))
                .execute(db.pool())
                .await
                .unwrap();
            run("postgres", with_search_path(&base, &schema)).await;
            sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
                .execute(db.pool())
                .await
                .unwrap();
        }
        _ => println!("postgres: skipped (set BENCH_DATABASE_URL)"),
    }
}
