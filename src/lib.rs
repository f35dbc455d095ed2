//! Discorsi: a Telegram bot for migrant associations.
//!
//! Features live in their own modules (`onboarding`, `menu`, `privacy`, …);
//! shared plumbing (`storage`, `i18n`, `telegram`, `fake_api`) sits below
//! them. See ARCHITECTURE.md for the map.

pub mod access;
pub mod app;
pub mod associations;
pub mod broadcasts;
pub mod cli;
pub mod clock;
pub mod config;
pub mod context;
pub mod dialogue;
pub mod directory;
pub mod domain;
pub mod events;
pub mod fake_api;
pub mod feedback;
pub mod i18n;
pub mod intake;
pub mod menu;
pub mod onboarding;
pub mod playground;
pub mod privacy;
pub mod router;
pub mod sheet;
pub mod storage;
pub mod telegram;
pub mod time;
