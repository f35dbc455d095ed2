//! Who may do what. The role is computed afresh for every update, so every
//! privileged action re-checks it; nothing trusts a button's payload.

use crate::app::App;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Leader,
    Staff,
    Admin,
}

impl Role {
    pub fn at_least(self, other: Role) -> bool {
        self >= other
    }
}

/// The role of Telegram user `user_id` right now.
pub async fn role_of(app: &App, user_id: i64) -> anyhow::Result<Role> {
    if app.config.admin_ids.contains(&user_id) {
        return Ok(Role::Admin);
    }
    Ok(Role::Member)
}
