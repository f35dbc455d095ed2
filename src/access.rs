//! Who may do what. The role is computed afresh for every update, so every
//! privileged action re-checks it; nothing trusts a button's payload.
//! Leading an association is checked separately, against the association.

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

/// The role of Telegram user `user_id` right now: admins come from
/// ADMIN_IDS, staff are granted by admins, leaders lead an association.
pub async fn role_of(app: &App, user_id: i64) -> anyhow::Result<Role> {
    if app.config.admin_ids.contains(&user_id) {
        return Ok(Role::Admin);
    }
    let (staff, leader): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM staff WHERE user_id = $1),
                (SELECT COUNT(*) FROM association_leaders WHERE user_id = $1)",
    )
    .bind(user_id)
    .fetch_one(app.db.pool())
    .await?;
    Ok(if staff > 0 {
        Role::Staff
    } else if leader > 0 {
        Role::Leader
    } else {
        Role::Member
    })
}
