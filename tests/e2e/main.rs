//! The end-to-end tests, in one binary: the real application against the
//! fake Bot API over HTTP, on a fresh SQLite file or PostgreSQL schema per
//! test (TEST_DATABASE_URL). One binary links once, which on two cores is
//! most of the build time of `cargo test`. (`tests/logs.rs` stays apart:
//! it installs a process-wide log subscriber to read what is logged.)

#[path = "../common/mod.rs"]
mod common;

mod broadcasts;
mod cli;
mod delivery;
mod directory;
mod events;
mod fake_api;
mod feedback;
mod foundation;
mod inputs;
mod locales;
mod playground;
mod questions;
mod rtl;
mod safety;
