//! The leaders' network: a leader (or staff) posts a question to all
//! leaders or to one region's, others reply in the thread, and every leader
//! and staff member can read them. Staff pin good answers as good practice,
//! which members browse by topic in their language (the original, with a
//! note, where there is no version).

use super::{
    Step,
    button::Button,
    goto,
    model::{Kind, Part, language_name},
    quoted,
    store::{self, NetworkMessage, Practice},
};
use crate::{
    access::{Denied, Role},
    context::Ctx,
    dialogue::{Flow, State},
    directory::model::Region,
    domain::Topic,
    i18n::Lang,
    telegram::{Screen, button, escape},
};

/// Posts per page of the network.
const PAGE: i64 = 6;
/// New posts one person may write in a day (each one notifies leaders).
const POSTS_PER_DAY: i64 = 5;

/// Whether this person takes part in the network: leaders and staff.
pub fn member_of_network(ctx: &Ctx) -> bool {
    ctx.leads.is_some() || ctx.role.at_least(Role::Staff)
}

fn refused() -> Flow {
    Flow::Denied(Denied::because("net-leaders-only"))
}

pub(super) fn open(ctx: &Ctx) -> Flow {
    if member_of_network(ctx) {
        goto(Step::Network { page: 0 })
    } else {
        refused()
    }
}

/// Opens post `id` (from the list or a notice).
pub(super) async fn open_post(ctx: &Ctx, id: i64) -> anyhow::Result<Flow> {
    if !member_of_network(ctx) {
        return Ok(refused());
    }
    Ok(match store::post(ctx.db(), id).await? {
        Some(_) => goto(Step::Post { id }),
        None => Flow::Denied(Denied::because("net-gone")),
    })
}

/// "Name · Association" (or "· Project staff"), as leaders see a message.
async fn signature(ctx: &Ctx, m: &NetworkMessage) -> anyhow::Result<String> {
    let name = match m.author_id {
        Some(a) => store::helper_name(ctx.db(), a).await?,
        None => return Ok(ctx.t("net-removed-author")),
    };
    let desk = super::notify::signed_by(&ctx.app, ctx.lang(), m.association_id).await?;
    Ok(format!(
        "{} · {}",
        escape(&crate::i18n::isolate(ctx.lang(), &name)),
        desk
    ))
}

fn audience_label(ctx: &Ctx, region: Option<&str>) -> String {
    match region {
        Some(code) => ctx.t(&format!("dir-region-{code}")),
        None => ctx.t("net-all-leaders"),
    }
}

pub(super) async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    if matches!(step, Step::Practice { .. } | Step::PracticeItem { .. }) {
        return practice_screen(ctx, step).await;
    }
    // Checked as it is drawn: a leader who stepped down sees nothing.
    if !member_of_network(ctx) {
        return Ok(Screen::new(ctx.t("net-leaders-only")).row(ctx.home_row()));
    }
    Ok(match step {
        Step::Network { page } => list_screen(ctx, *page).await?,
        Step::Post { id } => post_screen(ctx, *id).await?,
        Step::NewPost => {
            let mut screen = Screen::new(ctx.t("net-audience"))
                .button(ctx.t("net-all-leaders"), Button::Audience(None).data());
            for r in Region::ALL {
                screen = screen.button(
                    ctx.t(&format!("dir-region-{}", r.code())),
                    Button::Audience(Some(*r)).data(),
                );
            }
            screen.row(ctx.nav_row())
        }
        Step::WritePost { region } => Screen::new(ctx.tf(
            "net-write",
            &[("audience", audience_label(ctx, region.as_deref()).into())],
        ))
        .row(ctx.nav_row()),
        Step::ReplyPost { .. } => Screen::new(ctx.t("net-reply-prompt")).row(ctx.nav_row()),
        Step::Pin { id } => {
            if ctx.require(Role::Staff).is_err() {
                return Ok(Screen::new(ctx.t("staff-only")).row(ctx.home_row()));
            }
            let replies = store::replies(ctx.db(), *id).await?;
            let mut screen = Screen::new(ctx.t("net-pin-which"))
                .button(ctx.t("net-pin-post"), Button::PinMessage(None).data());
            for (n, r) in replies.iter().enumerate() {
                let gist: String = crate::telegram::strip_html(&r.body)
                    .chars()
                    .take(30)
                    .collect();
                screen = screen.button(
                    format!("{}. {gist}", n + 1),
                    Button::PinMessage(Some(r.id)).data(),
                );
            }
            screen.row(ctx.nav_row())
        }
        Step::PinTopic { .. } => {
            let mut screen = Screen::new(ctx.t("net-pin-topic"));
            for t in Topic::ALL {
                screen = screen.button(ctx.topic(*t), Button::PinTopic(*t).data());
            }
            screen.row(ctx.nav_row())
        }
        Step::PracticeLang { .. } => {
            let buttons = Lang::ALL
                .into_iter()
                .map(|l| button(l.native_name(), Button::VersionLang(l).data()))
                .collect();
            Screen::new(ctx.t("gp-version-lang"))
                .grid(buttons, 2)
                .row(ctx.nav_row())
        }
        Step::PracticeVersion { lang, .. } => {
            Screen::new(ctx.tf("gp-version-prompt", &[("lang", language_name(lang).into())]))
                .row(ctx.nav_row())
        }
        _ => Screen::new(ctx.t("net-gone")).row(ctx.home_row()),
    })
}

async fn list_screen(ctx: &Ctx, page: u32) -> anyhow::Result<Screen> {
    let (posts, total) = store::posts(ctx.db(), PAGE, i64::from(page) * PAGE).await?;
    let mut text = ctx.t("net-title");
    if total == 0 {
        text.push_str("\n\n");
        text.push_str(&ctx.t("net-empty"));
    }
    let mut buttons = vec![];
    for (n, p) in posts.iter().enumerate() {
        let line = ctx.tf(
            "net-line",
            &[
                ("n", ((n + 1) as i64).into()),
                ("audience", audience_label(ctx, p.region.as_deref()).into()),
                (
                    "from",
                    super::notify::signed_by(&ctx.app, ctx.lang(), p.association_id)
                        .await?
                        .into(),
                ),
                ("replies", p.replies.into()),
            ],
        );
        text.push_str("\n\n");
        text.push_str(&line);
        text.push('\n');
        text.push_str(&if p.body.is_empty() {
            ctx.t("net-removed")
        } else {
            quoted(ctx, &p.body, 160)
        });
        buttons.push(button(format!("{}", n + 1), Button::Post(p.id).data()));
    }
    let mut screen = Screen::new(text).grid(buttons, 6);
    let pages = (total + PAGE - 1) / PAGE;
    let mut paging = vec![];
    if page > 0 {
        paging.push(button(
            ctx.t("dir-prev"),
            Button::NetworkPage(page - 1).data(),
        ));
    }
    if i64::from(page) + 1 < pages {
        paging.push(button(
            ctx.t("dir-next"),
            Button::NetworkPage(page + 1).data(),
        ));
    }
    screen = screen.row(crate::telegram::reading_order(ctx.lang(), paging));
    Ok(screen
        .button(ctx.t("net-new"), Button::NewPost.data())
        .row(ctx.nav_row()))
}

async fn post_screen(ctx: &Ctx, id: i64) -> anyhow::Result<Screen> {
    let Some(p) = store::post(ctx.db(), id).await? else {
        return Ok(Screen::new(ctx.t("net-gone")).row(ctx.nav_row()));
    };
    let mut text = format!(
        "{}\n<b>{}</b>\n{}",
        ctx.tf(
            "net-post-head",
            &[("audience", audience_label(ctx, p.region.as_deref()).into())]
        ),
        signature(ctx, &p).await?,
        if p.body.is_empty() {
            ctx.t("net-removed")
        } else {
            quoted(ctx, &p.body, 1500)
        }
    );
    let replies = store::replies(ctx.db(), id).await?;
    let mut used = text.chars().count();
    for (n, r) in replies
        .iter()
        .enumerate()
        .rev()
        .take(8)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let line = format!(
            "\n\n{}. <b>{}</b>\n{}",
            n + 1,
            signature(ctx, r).await?,
            quoted(ctx, &r.body, 400)
        );
        used += line.chars().count();
        if used > 3500 {
            break;
        }
        text.push_str(&line);
    }
    if replies.is_empty() {
        text.push_str("\n\n");
        text.push_str(&ctx.t("net-no-replies"));
    }
    let mut screen = Screen::new(text).button(ctx.t("net-reply"), Button::ReplyPost(id).data());
    if ctx.role.at_least(Role::Staff) {
        screen = screen.button(ctx.t("net-pin"), Button::Pin(id).data());
    }
    Ok(screen.row(ctx.nav_row()))
}

/// The text of a good-practice item in `lang`: its version, or the
/// original with a note saying so.
fn practice_text(ctx: &Ctx, p: &Practice) -> (String, bool) {
    match p.versions.get(ctx.lang().code()) {
        Some(v) => (v.clone(), false),
        None if p.lang == ctx.lang().code() => (p.body.clone(), false),
        None => (p.body.clone(), true),
    }
}

async fn practice_screen(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    match step {
        Step::Practice { topic: None } => {
            let mut screen = Screen::new(ctx.t("gp-title"));
            for t in Topic::ALL {
                screen = screen.button(ctx.topic(*t), Button::PracticeTopic(*t).data());
            }
            Ok(screen.row(ctx.nav_row()))
        }
        Step::Practice { topic: Some(t) } => {
            let items = store::practices(ctx.db(), *t).await?;
            if items.is_empty() {
                return Ok(
                    Screen::new(ctx.tf("gp-empty", &[("topic", ctx.topic(*t).into())]))
                        .row(ctx.nav_row()),
                );
            }
            let mut screen = Screen::new(ctx.tf("gp-list", &[("topic", ctx.topic(*t).into())]));
            for p in &items {
                let label: String = crate::telegram::strip_html(&practice_text(ctx, p).0)
                    .chars()
                    .take(40)
                    .collect();
                screen = screen.button(label, Button::PracticeItem(p.id).data());
            }
            Ok(screen.row(ctx.nav_row()))
        }
        Step::PracticeItem { id, .. } => {
            let Some(p) = store::practice_one(ctx.db(), *id).await? else {
                return Ok(Screen::new(ctx.t("net-gone")).row(ctx.nav_row()));
            };
            let (body, original) = practice_text(ctx, &p);
            let mut text = format!(
                "<b>{}</b> · {}\n\n{}",
                ctx.topic(p.topic),
                super::notify::signed_by(&ctx.app, ctx.lang(), p.association_id).await?,
                body
            );
            if original {
                let lang = language_name(&p.lang);
                text.push_str("\n\n");
                text.push_str(&ctx.tf("gp-original", &[("lang", lang.into())]));
            }
            let mut screen = Screen::new(text);
            if ctx.role.at_least(Role::Staff) {
                screen = screen.row(vec![
                    button(ctx.t("gp-add-version"), Button::AddVersion(p.id).data()),
                    button(ctx.t("gp-unpin"), Button::Unpin(p.id).data()),
                ]);
            }
            Ok(screen
                .button(ctx.t("menu-ask"), Button::Ask.data())
                .row(ctx.nav_row()))
        }
        _ => Ok(Screen::new(ctx.t("net-gone")).row(ctx.home_row())),
    }
}

pub(super) async fn on_button(ctx: &mut Ctx, step: &Step, b: Button) -> anyhow::Result<Flow> {
    // Good practice is for everyone; the rest for the network's members.
    match (step, &b) {
        (_, Button::PracticeTopic(t)) => return Ok(goto(Step::Practice { topic: Some(*t) })),
        (_, Button::PracticeItem(id)) => {
            let topic = match step {
                Step::Practice { topic } => *topic,
                _ => None,
            };
            return Ok(goto(Step::PracticeItem { id: *id, topic }));
        }
        (Step::PracticeItem { .. }, Button::Ask) => return super::ask::start(ctx, None).await,
        _ => {}
    }
    let staff = ctx.require(Role::Staff);
    match (step, b.clone()) {
        (Step::PracticeItem { id, .. }, Button::AddVersion(x)) if *id == x => {
            return Ok(match staff {
                Ok(()) => goto(Step::PracticeLang { id: x }),
                Err(d) => Flow::Denied(d),
            });
        }
        (Step::PracticeItem { id, .. }, Button::Unpin(x)) if *id == x => {
            if let Err(d) = staff {
                return Ok(Flow::Denied(d));
            }
            let topic = store::practice_one(ctx.db(), x).await?.map(|p| p.topic);
            store::unpin(ctx.db(), x).await?;
            return Ok(Flow::notice(
                State::Questions(Step::Practice { topic }),
                ctx.t("gp-unpinned"),
            ));
        }
        (Step::PracticeLang { id }, Button::VersionLang(l)) => {
            return Ok(match staff {
                Ok(()) => goto(Step::PracticeVersion {
                    id: *id,
                    lang: l.code().to_owned(),
                }),
                Err(d) => Flow::Denied(d),
            });
        }
        _ => {}
    }
    if !member_of_network(ctx) {
        return Ok(refused());
    }
    Ok(match (step, b) {
        (Step::Network { .. }, Button::NetworkPage(p)) => goto(Step::Network { page: p }),
        (Step::Network { .. }, Button::Post(id)) => open_post(ctx, id).await?,
        (Step::Network { .. }, Button::NewPost) => goto(Step::NewPost),
        (Step::NewPost, Button::Audience(r)) => goto(Step::WritePost {
            region: r.map(|r| r.code().to_owned()),
        }),
        (Step::Post { id }, Button::ReplyPost(x)) if *id == x => goto(Step::ReplyPost { id: x }),
        (Step::Post { id }, Button::Pin(x)) if *id == x => match staff {
            Ok(()) => goto(Step::Pin { id: x }),
            Err(d) => Flow::Denied(d),
        },
        (Step::Pin { id }, Button::PinMessage(reply)) => match staff {
            Ok(()) => goto(Step::PinTopic { id: *id, reply }),
            Err(d) => Flow::Denied(d),
        },
        (Step::PinTopic { id, reply }, Button::PinTopic(topic)) => {
            if let Err(d) = staff {
                return Ok(Flow::Denied(d));
            }
            let message = match reply {
                Some(r) => store::reply_one(ctx.db(), *r)
                    .await?
                    .filter(|m| m.post_id == *id),
                None => store::post(ctx.db(), *id).await?,
            };
            match message.filter(|m| !m.body.is_empty()) {
                Some(m) => {
                    let item = store::pin(ctx.db(), topic, &m, ctx.user.id, ctx.now()).await?;
                    tracing::info!(item, "good practice pinned");
                    Flow::notice(
                        State::Questions(Step::Post { id: *id }),
                        ctx.t("net-pinned"),
                    )
                }
                None => Flow::Unexpected,
            }
        }
        _ => Flow::Unexpected,
    })
}

/// Typed text: a new post, a reply, or a version of a good-practice item.
pub(super) async fn on_part(ctx: &mut Ctx, step: &Step, part: Part) -> anyhow::Result<Flow> {
    if part.kind != Kind::Text {
        return Ok(Flow::Hint(ctx.t("q-hint-text-only")));
    }
    if let Some(hint) = super::desk::too_long_for_helpers(ctx, &part) {
        return Ok(Flow::Hint(hint));
    }
    if let Step::PracticeVersion { id, lang } = step {
        if let Err(d) = ctx.require(Role::Staff) {
            return Ok(Flow::Denied(d));
        }
        store::set_practice_version(ctx.db(), *id, lang, &part.body).await?;
        return Ok(Flow::notice(
            State::Questions(Step::PracticeItem {
                id: *id,
                topic: None,
            }),
            ctx.t("gp-version-saved"),
        ));
    }
    if !member_of_network(ctx) {
        return Ok(refused());
    }
    let lang = ctx.lang().code();
    match step {
        Step::WritePost { region } => {
            let since = ctx.now() - chrono::Duration::days(1);
            if store::posts_since(ctx.db(), ctx.user.id, since).await? >= POSTS_PER_DAY {
                return Ok(Flow::Hint(
                    ctx.tf("net-slow-down", &[("max", POSTS_PER_DAY.into())]),
                ));
            }
            let (id, new) = store::add_post(
                ctx.db(),
                ctx.user.id,
                ctx.leads,
                region.as_deref(),
                lang,
                &part.body,
                Some(ctx.turn.update_id()),
                ctx.now(),
            )
            .await?;
            // Handled again after a crash: posted and told already.
            if new {
                tracing::info!(post = id, "leaders' network post");
                super::notify::posted(ctx, id, region.clone(), &part.body).await?;
            }
            Ok(Flow::Show {
                state: State::Questions(Step::Post { id }),
                notice: Some(ctx.t("net-posted")),
                below: true,
            })
        }
        Step::ReplyPost { id } => {
            let added = store::add_reply(
                ctx.db(),
                *id,
                ctx.user.id,
                ctx.leads,
                lang,
                &part.body,
                Some(ctx.turn.update_id()),
                ctx.now(),
            )
            .await?;
            match added {
                None => return Ok(Flow::Denied(Denied::because("net-gone"))),
                Some(true) => {
                    if let Some(p) = store::post(ctx.db(), *id).await? {
                        super::notify::replied(ctx, &p);
                    }
                }
                // Handled again after a crash: stored and told already.
                Some(false) => {}
            }
            Ok(Flow::Show {
                state: State::Questions(Step::Post { id: *id }),
                notice: Some(ctx.t("net-replied")),
                below: true,
            })
        }
        _ => Ok(Flow::Unexpected),
    }
}
