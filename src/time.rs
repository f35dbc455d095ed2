//! Time helpers shared by features: storage is unix seconds in UTC.

use chrono::{DateTime, Utc};

/// Unix seconds as an RFC 3339 UTC string, for exports.
pub fn iso(ts: i64) -> String {
    DateTime::<Utc>::from_timestamp(ts, 0)
        .map(|t| t.to_rfc3339())
        .unwrap_or_default()
}
