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

/// The role of Telegram user `user_id` right now, and the association they
/// lead, if any: admins come from ADMIN_IDS, staff are granted by admins,
/// leaders lead an association. One query, computed afresh for every update.
pub async fn role_of(app: &App, user_id: i64) -> anyhow::Result<(Role, Option<i64>)> {
    let (staff, leads): (i64, Option<i64>) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM staff WHERE user_id = $1),
                (SELECT association_id FROM association_leaders WHERE user_id = $1)",
    )
    .bind(user_id)
    .fetch_one(app.db.pool())
    .await?;
    let role = if app.config.admin_ids.contains(&user_id) {
        Role::Admin
    } else if staff > 0 {
        Role::Staff
    } else if leads.is_some() {
        Role::Leader
    } else {
        Role::Member
    };
    Ok((role, leads))
}
