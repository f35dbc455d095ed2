//! A panic in one unit of work (one update, one scheduler pass) must never
//! take down the chat's worker, a background task or the process: it
//! becomes an error for that unit alone, which the caller logs.

use std::{future::Future, panic::AssertUnwindSafe};

use futures::FutureExt as _;

/// Runs `work`; a panic inside it comes back as an error with its message.
pub async fn contained<T>(work: impl Future<Output = anyhow::Result<T>>) -> anyhow::Result<T> {
    match AssertUnwindSafe(work).catch_unwind().await {
        Ok(result) => result,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(anyhow::anyhow!("panicked: {what}"))
        }
    }
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_panic_becomes_an_error_and_work_goes_on() {
        let year: i64 = 262_142;
        let r: anyhow::Result<()> = super::contained(async move {
            assert!(year <= 2100, "a value no one foresaw: {year}");
            Ok(())
        })
        .await;
        assert_eq!(
            r.unwrap_err().to_string(),
            "panicked: a value no one foresaw: 262142"
        );
        let ok = super::contained(async { Ok(7) }).await.unwrap();
        assert_eq!(ok, 7);
    }
}
