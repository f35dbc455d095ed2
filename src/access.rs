//! Who may do what. The role is computed afresh for every update, so every
//! privileged action re-checks it; nothing trusts a button's payload.
//! Leading an association is checked separately, against the association.
//! Every feature asks here: `Ctx::require`, `Ctx::scope`, `Ctx::can_see`.
//! This module reads the role tables (`staff`, `association_leaders`,
//! `memberships`) and nothing else.

use crate::{context::Ctx, runtime::App, storage::Db};

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
    Ok((role(app, user_id, staff > 0, leads), leads))
}

/// The role of `user_id`, from whether they are staff and what they lead
/// (read with the update itself; see `storage::turn`).
pub fn role(app: &App, user_id: i64, staff: bool, leads: Option<i64>) -> Role {
    if app.config.admin_ids.contains(&user_id) {
        Role::Admin
    } else if staff {
        Role::Staff
    } else if leads.is_some() {
        Role::Leader
    } else {
        Role::Member
    }
}

/// What a person with a given role may see in reports and manage in events
/// and announcements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Staff and admins: everything.
    All,
    /// A leader: what belongs to the association they lead now.
    Association(i64),
}

impl Scope {
    /// Whether something of `association` (None: the project's own) falls
    /// in this scope.
    pub fn covers(self, association: Option<i64>) -> bool {
        match self {
            Scope::All => true,
            Scope::Association(a) => association == Some(a),
        }
    }
}

/// Why an action or a screen was refused: the text the person is told.
/// The router says it and goes back to the main menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Denied(&'static str);

impl Denied {
    /// Refused for lack of `role` (for `Role::Leader`: leading an association).
    pub fn role(role: Role) -> Denied {
        Denied(match role {
            Role::Admin => "only-admins",
            Role::Staff => "staff-only",
            Role::Leader | Role::Member => "only-leaders",
        })
    }

    /// Refused with the feature's own explanation (its Fluent key).
    pub const fn because(key: &'static str) -> Denied {
        Denied(key)
    }

    /// The Fluent key of the explanation.
    pub fn key(self) -> &'static str {
        self.0
    }
}

/// Who an item (an event, say) is open to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenTo {
    Everyone,
    /// Leaders of any association.
    Leaders,
    /// Members of this association.
    MembersOf(i64),
}

impl Ctx {
    /// Ok if the user has `role` now. `Role::Leader` means leading an
    /// association now (staff who lead none do not pass); the other roles
    /// are "at least".
    pub fn require(&self, role: Role) -> Result<(), Denied> {
        let ok = match role {
            Role::Leader => self.leads.is_some(),
            r => self.role.at_least(r),
        };
        if ok { Ok(()) } else { Err(Denied::role(role)) }
    }

    /// What this user may see in reports and manage: staff everything, a
    /// leader their association, others nothing.
    pub fn scope(&self) -> Option<Scope> {
        if self.role.at_least(Role::Staff) {
            Some(Scope::All)
        } else {
            self.leads.map(Scope::Association)
        }
    }

    /// Whether the user may manage something of `association` now.
    pub fn manages(&self, association: Option<i64>) -> bool {
        self.scope().is_some_and(|s| s.covers(association))
    }

    /// Whether the user may see an item made by `owner` and open to
    /// `open_to`: staff and its author always; otherwise by its audience.
    /// The one visibility rule for every screen that shows such an item.
    pub async fn can_see(&self, owner: i64, open_to: OpenTo) -> anyhow::Result<bool> {
        if self.role.at_least(Role::Staff) || owner == self.user.id {
            return Ok(true);
        }
        Ok(match open_to {
            OpenTo::Everyone => true,
            OpenTo::Leaders => self.leads.is_some(),
            OpenTo::MembersOf(a) => member_of(self.db(), self.user.id, a).await?,
        })
    }
}

/// Whether `user_id` is a member of association `association`.
pub async fn member_of(db: &Db, user_id: i64, association: i64) -> anyhow::Result<bool> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT 1 FROM memberships WHERE user_id = $1 AND association_id = $2")
            .bind(user_id)
            .bind(association)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.is_some())
}
