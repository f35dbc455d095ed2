//! What the benchmarks share: one run on a fresh SQLite file, then one on a
//! fresh PostgreSQL schema when BENCH_DATABASE_URL (or TEST_DATABASE_URL)
//! points at a server.

use std::future::Future;

use discorsi::storage::{Db, with_search_path};

#[allow(
    dead_code,
    reason = "the throughput bench runs its bots side by side instead"
)]
pub async fn on_each_database<F, Fut>(tag: &str, mut run: F)
where
    F: FnMut(&'static str, String) -> Fut,
    Fut: Future<Output = ()>,
{
    let dbs = Databases::new(tag).await;
    for (label, url) in dbs.urls.clone() {
        run(label, url).await;
    }
    dbs.clean().await;
}

/// A fresh SQLite file, and a fresh PostgreSQL schema when a server is set,
/// as labelled URLs; [`Databases::clean`] drops the schema.
pub struct Databases {
    _dir: tempfile::TempDir,
    pub urls: Vec<(&'static str, String)>,
    postgres: Option<(Db, String)>,
}

impl Databases {
    pub async fn new(tag: &str) -> Databases {
        let dir = tempfile::tempdir().unwrap();
        let sqlite = format!(
            "sqlite://{}",
            dir.path().join(format!("{tag}.db")).display()
        );
        let mut urls = vec![("sqlite", sqlite)];
        let mut postgres = None;
        match std::env::var("BENCH_DATABASE_URL").or_else(|_| std::env::var("TEST_DATABASE_URL")) {
            Ok(base) if !base.is_empty() => {
                let db = Db::connect(&base).await.unwrap();
                let schema = format!("bench_{tag}_{}", std::process::id());
                sqlx::query(&format!("CREATE SCHEMA {schema}"))
                    .execute(db.pool())
                    .await
                    .unwrap();
                urls.push(("postgres", with_search_path(&base, &schema)));
                postgres = Some((db, schema));
            }
            _ => println!("postgres: skipped (set BENCH_DATABASE_URL)"),
        }
        Databases {
            _dir: dir,
            urls,
            postgres,
        }
    }

    pub async fn clean(self) {
        if let Some((db, schema)) = self.postgres {
            sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
                .execute(db.pool())
                .await
                .unwrap();
        }
    }
}
