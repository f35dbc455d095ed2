//! From the intake's queue to a fixed set of workers, which run the router.
//!
//! Each update goes to the worker its chat's id falls on (modulo
//! [`WORKERS`]): a chat's updates are handled one at a time and in order,
//! at most `WORKERS` chats are served at once, and memory does not grow with
//! the number of chats ever seen. The queues hold boxed updates: a queue
//! allocates room for 32 items at a time, which for a whole teloxide
//! `Update` (about 2 KB) is 60 KB per worker, most of it kept after a burst.
//!
//! On shutdown the intake stops taking updates; what it queued is handed
//! out, the workers finish it, and only then does [`run`] return.

use std::{future::Future, ops::ControlFlow, sync::Arc};

use teloxide::{dispatching::UpdateHandler, prelude::*};
use tokio::sync::mpsc;

use crate::intake::Intake;

/// How many chats are served at once (the number of workers).
pub const WORKERS: usize = 64;
/// Updates waiting per worker; the intake's queue holds the rest.
const WORKER_QUEUE: usize = 8;

/// The worker of an update: its chat's (or sender's) id modulo `WORKERS`.
fn worker_of(upd: &Update) -> usize {
    let id = upd
        .chat()
        .map(|c| c.id.0)
        .or_else(|| upd.from().map(|u| u.id.0 as i64))
        .unwrap_or_default();
    // WORKERS is small: the remainder fits.
    usize::try_from(id.rem_euclid(WORKERS as i64)).unwrap_or_default()
}

/// Hands the intake's updates to the workers, each running `handler` with
/// `deps` (plus the update) until `shutdown` completes and what was queued
/// is handled.
pub async fn run(
    mut intake: Intake,
    handler: UpdateHandler<anyhow::Error>,
    deps: DependencyMap,
    shutdown: impl Future<Output = ()>,
) {
    let (handler, deps) = (Arc::new(handler), Arc::new(deps));
    let (queues, workers): (Vec<_>, Vec<_>) = (0..WORKERS)
        .map(|_| {
            let (tx, rx) = mpsc::channel(WORKER_QUEUE);
            (tx, tokio::spawn(work(rx, handler.clone(), deps.clone())))
        })
        .unzip();
    tokio::pin!(shutdown);
    let mut stopping = false;
    loop {
        let upd = tokio::select! {
            upd = intake.next() => upd,
            () = &mut shutdown, if !stopping => {
                tracing::info!("shutting down: finishing updates in flight");
                intake.stop();
                stopping = true;
                continue;
            }
        };
        let Some(upd) = upd else { break };
        let Some(queue) = queues.get(worker_of(&upd)) else {
            continue;
        };
        if queue.send(upd).await.is_err() {
            tracing::error!("an update worker has stopped");
        }
    }
    drop(queues);
    for worker in workers {
        if let Err(e) = worker.await {
            tracing::error!(error = %e, "an update worker failed");
        }
    }
}

/// One worker: the updates of its chats, one at a time. A panic fails only
/// the update that caused it.
async fn work(
    mut queue: mpsc::Receiver<Box<Update>>,
    handler: Arc<UpdateHandler<anyhow::Error>>,
    deps: Arc<DependencyMap>,
) {
    while let Some(upd) = queue.recv().await {
        let mut deps = DependencyMap::clone(&deps);
        deps.insert(*upd);
        let handled = crate::contain::contained(async {
            match handler.dispatch(deps).await {
                ControlFlow::Break(result) => result,
                // Not for the router (filtered out by the intake already).
                ControlFlow::Continue(_) => Ok(()),
            }
        })
        .await;
        if let Err(err) = handled {
            tracing::error!(error = ?err, "update handler failed");
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_chat_always_falls_on_the_same_worker_in_range() {
        let upd = |chat: i64| -> teloxide::types::Update {
            let json = serde_json::json!({
                "update_id": 1,
                "message": {
                    "message_id": 1, "date": 0, "text": "hi",
                    "chat": {"id": chat, "type": "private", "first_name": "A"},
                    "from": {"id": 7, "is_bot": false, "first_name": "A"}
                }
            });
            serde_json::from_str(&json.to_string()).unwrap()
        };
        // A malformed update would parse as an error kind, with no chat.
        assert!(upd(-1).chat().is_some());
        for chat in [0, 1, 63, 64, -1, i64::MIN, i64::MAX, 5_000_000_000] {
            let w = super::worker_of(&upd(chat));
            assert!(w < super::WORKERS, "chat {chat} → {w}");
            assert_eq!(w, super::worker_of(&upd(chat)));
        }
        assert_eq!(super::worker_of(&upd(65)), 1);
        assert_eq!(super::worker_of(&upd(-1)), super::WORKERS - 1);
    }
}
