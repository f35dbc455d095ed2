//! Our implementation of teloxide's dialogue `Storage`, over the same pool as
//! everything else. A restart resumes every conversation where it stood.

use std::{marker::PhantomData, sync::Arc};

use futures::future::BoxFuture;
use serde::{Serialize, de::DeserializeOwned};
use teloxide::{dispatching::dialogue::Storage, types::ChatId};

use super::Db;
use crate::clock::SharedClock;

pub struct DbStorage<D> {
    db: Db,
    clock: SharedClock,
    _state: PhantomData<fn() -> D>,
}

impl<D> DbStorage<D> {
    pub fn new(db: Db, clock: SharedClock) -> Arc<Self> {
        Arc::new(DbStorage {
            db,
            clock,
            _state: PhantomData,
        })
    }
}

#[derive(Debug)]
pub struct StorageError(anyhow::Error);

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "dialogue storage: {:#}", self.0)
    }
}

impl std::error::Error for StorageError {}

impl<D> Storage<D> for DbStorage<D>
where
    D: Serialize + DeserializeOwned + Send + 'static,
{
    type Error = StorageError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<(), StorageError>>
    where
        D: Send + 'static,
    {
        Box::pin(async move {
            sqlx::query("DELETE FROM dialogues WHERE chat_id = $1")
                .bind(chat_id.0)
                .execute(self.db.pool())
                .await
                .map_err(|e| StorageError(e.into()))?;
            Ok(())
        })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: D,
    ) -> BoxFuture<'static, Result<(), StorageError>>
    where
        D: Send + 'static,
    {
        Box::pin(async move {
            let json = serde_json::to_string(&dialogue).map_err(|e| StorageError(e.into()))?;
            sqlx::query(
                "INSERT INTO dialogues (chat_id, state, updated_at) VALUES ($1, $2, $3)
                 ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            )
            .bind(chat_id.0)
            .bind(json)
            .bind(self.clock.now().timestamp())
            .execute(self.db.pool())
            .await
            .map_err(|e| StorageError(e.into()))?;
            Ok(())
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<Option<D>, StorageError>> {
        Box::pin(async move {
            let row: Option<(String,)> =
                sqlx::query_as("SELECT state FROM dialogues WHERE chat_id = $1")
                    .bind(chat_id.0)
                    .fetch_optional(self.db.pool())
                    .await
                    .map_err(|e| StorageError(e.into()))?;
            Ok(row.and_then(|(json,)| match serde_json::from_str(&json) {
                Ok(state) => Some(state),
                Err(err) => {
                    // A state written by an older version: start again from the
                    // menu rather than leave the user stuck.
                    tracing::warn!(%err, "unreadable dialogue state; resetting");
                    None
                }
            }))
        })
    }
}
