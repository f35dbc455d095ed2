//! /mydata and /delete. Every feature that stores personal data registers a
//! [`Section`] in [`SECTIONS`]: how to export it and how to erase it. The
//! export and the erasure walk the same list, so nothing is forgotten.

pub mod button;

use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use sqlx::AnyConnection;

use self::button::Button;
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    storage::users,
    telegram::Screen,
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    Overview,
    ConfirmErase,
}

/// One kind of personal data, owned by one feature.
pub struct Section {
    pub name: &'static str,
    pub export: for<'c> fn(&'c mut AnyConnection, i64) -> BoxFuture<'c, anyhow::Result<Value>>,
    /// Runs inside the erasure transaction. Sections are erased in list
    /// order, so a section that refers to another comes before it.
    pub erase: for<'c> fn(&'c mut AnyConnection, i64) -> BoxFuture<'c, anyhow::Result<()>>,
}

pub static SECTIONS: &[Section] = &[
    Section {
        name: "conversation",
        export: |c, id| Box::pin(export_dialogue(c, id)),
        erase: |c, id| Box::pin(erase_dialogue(c, id)),
    },
    Section {
        name: "directory_contributions",
        export: |c, id| Box::pin(crate::directory::store::export_contributions(c, id)),
        erase: |c, id| Box::pin(crate::directory::store::unlink_contributions(c, id)),
    },
    Section {
        name: "events",
        export: |c, id| Box::pin(crate::events::store::export(c, id)),
        erase: |c, id| Box::pin(crate::events::store::erase(c, id)),
    },
    Section {
        name: "events_organised",
        export: |c, id| Box::pin(crate::events::store::export_organised(c, id)),
        erase: |c, id| Box::pin(crate::events::store::erase_organised(c, id)),
    },
    Section {
        name: "reminders",
        export: |c, id| Box::pin(crate::events::store::export_reminders(c, id)),
        erase: |c, id| Box::pin(crate::events::store::erase_reminders(c, id)),
    },
    Section {
        name: "invites_created",
        export: |c, id| Box::pin(crate::associations::store::export_invites(c, id)),
        erase: |c, id| Box::pin(crate::associations::store::erase_invites(c, id)),
    },
    Section {
        name: "associations",
        export: |c, id| Box::pin(crate::associations::store::export(c, id)),
        erase: |c, id| Box::pin(crate::associations::store::erase(c, id)),
    },
    Section {
        name: "announcements",
        export: |c, id| Box::pin(crate::broadcasts::store::export(c, id)),
        erase: |c, id| Box::pin(crate::broadcasts::store::erase(c, id)),
    },
    Section {
        name: "announcements_received",
        export: |c, id| Box::pin(crate::broadcasts::store::export_deliveries(c, id)),
        erase: |c, id| Box::pin(crate::broadcasts::store::erase_deliveries(c, id)),
    },
    Section {
        name: "feedback_prompts",
        export: |c, id| Box::pin(crate::feedback::store::export_prompts(c, id)),
        erase: |c, id| Box::pin(crate::feedback::store::erase_prompts(c, id)),
    },
    Section {
        name: "certificates",
        export: |c, id| Box::pin(crate::feedback::store::export_certificates(c, id)),
        erase: |c, id| Box::pin(crate::feedback::store::withdraw_certificates(c, id)),
    },
    Section {
        name: "feedback",
        export: |c, id| Box::pin(crate::feedback::store::export(c, id)),
        erase: |c, id| Box::pin(crate::feedback::store::erase(c, id)),
    },
    Section {
        name: "questions",
        export: |c, id| Box::pin(crate::questions::store::export(c, id)),
        erase: |c, id| Box::pin(crate::questions::store::erase(c, id)),
    },
    Section {
        name: "leaders_network",
        export: |c, id| Box::pin(crate::questions::store::export_network(c, id)),
        erase: |c, id| Box::pin(crate::questions::store::erase_network(c, id)),
    },
    Section {
        name: "profile",
        export: |c, id| Box::pin(users::export(c, id)),
        erase: |c, id| Box::pin(users::erase(c, id)),
    },
];

async fn export_dialogue(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let row: Option<(String,)> = sqlx::query_as("SELECT state FROM dialogues WHERE chat_id = $1")
        .bind(user_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row
        .map(|(s,)| serde_json::from_str(&s).unwrap_or(Value::String(s)))
        .unwrap_or(Value::Null))
}

async fn erase_dialogue(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM dialogues WHERE chat_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Everything stored about `user_id`, section by section.
pub async fn collect(db: &crate::storage::Db, user_id: i64) -> anyhow::Result<Map<String, Value>> {
    let mut conn = db.pool().acquire().await?;
    let mut out = Map::new();
    for s in SECTIONS {
        out.insert(s.name.to_owned(), (s.export)(&mut conn, user_id).await?);
    }
    Ok(out)
}

/// Erases everything stored about `user_id`, all or nothing.
pub async fn erase_all(db: &crate::storage::Db, user_id: i64) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    for s in SECTIONS {
        (s.erase)(&mut tx, user_id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// How many records an export holds: list items count one each.
fn record_count(sections: &Map<String, Value>) -> i64 {
    sections
        .values()
        .map(|v| match v {
            Value::Null => 0,
            Value::Array(a) => a.len() as i64,
            _ => 1,
        })
        .sum()
}

pub async fn send_export(ctx: &Ctx) -> anyhow::Result<()> {
    let sections = collect(ctx.db(), ctx.user.id).await?;
    let count = record_count(&sections);
    let doc = json!({
        "exported_at": ctx.now().to_rfc3339(),
        "telegram_id": ctx.user.id,
        "data": sections,
    });
    let bytes = serde_json::to_vec_pretty(&doc)?;
    let caption = ctx.tf("mydata-caption", &[("count", count.into())]);
    ctx.send_document(bytes, "discorsi-my-data.json", &caption)
        .await
}

pub fn render(ctx: &Ctx, step: &Step) -> Screen {
    match step {
        Step::Overview => Screen::new(ctx.t("privacy-menu"))
            .button(ctx.t("privacy-download"), Button::Export.data())
            .button(ctx.t("privacy-delete"), Button::Erase.data())
            .row(ctx.nav_row()),
        Step::ConfirmErase => Screen::new(ctx.t("delete-confirm"))
            .button(ctx.t("delete-yes"), Button::EraseYes.data())
            .button(ctx.t("delete-no"), Button::EraseNo.data())
            .row(ctx.nav_row()),
    }
}

pub fn back(step: &Step) -> State {
    match step {
        Step::ConfirmErase => State::Privacy(Step::Overview),
        Step::Overview => State::Menu,
    }
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(pressed) = Button::parse(data) else {
        return Ok(Flow::Unexpected);
    };
    match (step, pressed) {
        (Step::Overview, Button::Export) => {
            send_export(ctx).await?;
            Ok(Flow::Done)
        }
        (Step::Overview, Button::Erase) => Ok(Flow::Goto(State::Privacy(Step::ConfirmErase))),
        (Step::ConfirmErase, Button::EraseYes) => {
            // Places on upcoming events go to the waitlist first (and those
            // promoted are told), then everything is erased at once.
            crate::events::release_places(ctx).await?;
            crate::questions::notify::on_leaving(ctx).await?;
            erase_all(ctx.db(), ctx.user.id).await?;
            tracing::info!("a user erased their data");
            // The farewell is written in the language they used until now;
            // `End` stores no state, which would write back the
            // conversation just erased.
            Ok(Flow::End(ctx.t("delete-done")))
        }
        (Step::ConfirmErase, Button::EraseNo) => Ok(Flow::Goto(State::Menu)),
        (Step::Overview, Button::EraseYes | Button::EraseNo)
        | (Step::ConfirmErase, Button::Export | Button::Erase) => Ok(Flow::Unexpected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_records() {
        let mut m = Map::new();
        m.insert("a".into(), Value::Null);
        m.insert("b".into(), json!([1, 2, 3]));
        m.insert("c".into(), json!({"x": 1}));
        assert_eq!(record_count(&m), 4);
    }
}
