//! Discorsi: a Telegram bot for migrant associations.
//!
//! Features live in their own modules (`onboarding`, `menu`, `privacy`, …);
//! shared plumbing (`storage`, `i18n`, `telegram`, `fake_api`) sits below
//! them. See ARCHITECTURE.md for the map.

// No input may panic the bot: outside tests, values are checked, not assumed.
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod access;
pub mod app;
pub mod associations;
pub mod broadcasts;
pub mod cli;
pub mod clock;
pub mod config;
pub mod contain;
pub mod context;
pub mod dialogue;
pub mod directory;
pub mod dispatch;
pub mod domain;
pub mod events;
#[allow(
    clippy::indexing_slicing,
    clippy::expect_used,
    reason = "a test double that serves only tests and the local playground: it indexes JSON it built itself (serde_json returns Null for a missing key)"
)]
pub mod fake_api;
pub mod feedback;
pub mod i18n;
pub mod intake;
pub mod memory;
pub mod menu;
pub mod onboarding;
pub mod playground;
pub mod privacy;
pub mod questions;
pub mod reports;
pub mod router;
pub mod runtime;
pub mod sheet;
pub mod storage;
pub mod telegram;
pub mod text;
pub mod time;
pub mod wake;
