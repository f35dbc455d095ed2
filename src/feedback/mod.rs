//! Feedback: the prompt after an event (rating → reasons → comment, each
//! skippable), 👍/👎 on service cards, searches that found nothing, /report
//! for staff and leaders (figures, comments, content gaps, charts, CSV), and
//! the certificate of participation.
//!
//! Buttons: `fb:r:<event>:<1-5|skip>` (global: the prompt arrives whatever
//! the chat is doing), `fb:x:<reason>`, `fb:done`, `fb:skip`; `rep:…` in
//! the report.

pub mod certificate;
pub mod charts;
pub mod model;
pub mod prompts;
pub mod report;
pub mod store;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use teloxide::types::InlineKeyboardButton;

use self::{
    model::{Comment, CommentError, Period, PeriodError, PersonName, Rating, Reason, Span},
    report::{Dim, MIN_GROUP},
    store::{Counts, Scope},
};
use crate::{
    access::Role,
    associations::store as associations,
    context::Ctx,
    dialogue::{Flow, State},
    directory,
    domain::CertificateCode,
    events::store as events,
    i18n::{Lang, ltr},
    telegram::{Screen, button, check_button, escape},
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    /// Reason buttons after a rating or a thumb; `chosen` is a bit set.
    Reasons {
        id: i64,
        about: About,
        chosen: i64,
    },
    /// Waiting for an optional comment on an event.
    Comment {
        id: i64,
        chosen: i64,
    },
    /// Report: choose the period.
    Periods,
    /// Report: waiting for typed dates.
    CustomPeriod,
    Report {
        period: Period,
        view: View,
    },
    /// Certificate: waiting for the name to print.
    CertificateName,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum About {
    Event,
    Service { up: bool, card: Box<State> },
}

impl About {
    fn reasons(&self) -> &'static [Reason] {
        match self {
            About::Event => &Reason::EVENT,
            About::Service { up: true, .. } => &Reason::SERVICE_UP,
            About::Service { up: false, .. } => &Reason::SERVICE_DOWN,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum View {
    By(Dim),
    Comments,
    Gaps,
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Feedback(step))
}

pub fn stars_label(n: i64) -> String {
    "⭐".repeat(n.clamp(1, 5) as usize)
}

fn reason_label(ctx: &Ctx, r: Reason) -> String {
    ctx.t(&format!("fb-reason-{}", r.code()))
}

// ---- giving feedback ----

/// A star (or Skip) pressed on a feedback prompt, from whatever step the
/// chat is in. None for data that is not a prompt button.
pub async fn global_button(ctx: &mut Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    let Some(rest) = data.strip_prefix("fb:r:") else {
        return Ok(None);
    };
    let Some((event_id, value)) = rest.split_once(':') else {
        return Ok(None);
    };
    let Ok(event_id) = event_id.parse::<i64>() else {
        return Ok(None);
    };
    let rating = match value {
        "skip" => None,
        v => match Rating::parse(v) {
            Some(r) => Some(r.get()),
            None => {
                ctx.say(&ctx.t("fb-bad-rating")).await?;
                return Ok(Some(Flow::Done));
            }
        },
    };
    let Some(event) = events::get(ctx.db(), event_id).await? else {
        return Ok(None);
    };
    if !store::was_prompted(ctx.db(), event_id, ctx.user.id).await? {
        ctx.say(&ctx.t("fb-not-attended")).await?;
        return Ok(Some(Flow::Done));
    }
    let subject = store::Subject {
        kind: "event",
        event_id: Some(event.id),
        service_id: None,
        association_id: event.association_id,
        topic: event.topic.code(),
    };
    let started = store::start_event_feedback(
        ctx.db(),
        ctx.user.id,
        &subject,
        ctx.lang().code(),
        rating,
        ctx.now(),
    )
    .await?;
    Ok(Some(match started {
        Some(id) => goto(Step::Reasons {
            id,
            about: About::Event,
            chosen: 0,
        }),
        None => {
            ctx.say(&ctx.t("fb-already")).await?;
            Flow::Done
        }
    }))
}

/// 👍 or 👎 on a service card; then the reasons that go with it.
pub async fn vote(
    ctx: &mut Ctx,
    service_id: &str,
    topic: crate::domain::Topic,
    up: bool,
    card: State,
) -> anyhow::Result<Flow> {
    let subject = store::Subject {
        kind: "service",
        event_id: None,
        service_id: Some(service_id),
        association_id: None,
        topic: topic.code(),
    };
    let id = store::vote_service(
        ctx.db(),
        ctx.user.id,
        &subject,
        ctx.lang().code(),
        up,
        ctx.now(),
    )
    .await?;
    Ok(goto(Step::Reasons {
        id,
        about: About::Service {
            up,
            card: Box::new(card),
        },
        chosen: 0,
    }))
}

fn reasons_screen(ctx: &Ctx, about: &About, chosen: i64) -> Screen {
    let text = match about {
        About::Event => ctx.t("fb-reasons"),
        About::Service { up: true, .. } => ctx.t("fb-service-up"),
        About::Service { up: false, .. } => ctx.t("fb-service-down"),
    };
    let toggles = about
        .reasons()
        .iter()
        .map(|r| {
            check_button(
                chosen & r.bit() != 0,
                &reason_label(ctx, *r),
                format!("fb:x:{}", r.code()),
            )
        })
        .collect();
    Screen::new(text)
        .grid(toggles, 2)
        .row(vec![
            button(ctx.t("fb-done"), "fb:done"),
            button(ctx.t("fb-skip"), "fb:skip"),
        ])
        .row(ctx.nav_row())
}

/// Leaves the reasons of a service vote: back to its card, with thanks.
async fn back_to_card(ctx: &mut Ctx, card: &State) -> anyhow::Result<Flow> {
    Ok(Flow::notice(card.clone(), ctx.t("fb-thanks-short")))
}

async fn finish(ctx: &mut Ctx, id: i64) -> anyhow::Result<Flow> {
    store::drop_if_empty(ctx.db(), ctx.user.id, id).await?;
    ctx.show(&Screen::new(ctx.t("fb-thanks"))).await?;
    ctx.origin = None;
    Ok(Flow::Goto(State::Menu))
}

// ---- reading feedback ----

/// What the user may see in reports, re-checked on every report action.
fn scope(ctx: &Ctx) -> Option<Scope> {
    if ctx.role.at_least(Role::Staff) {
        Some(Scope::All)
    } else {
        ctx.leads.map(Scope::Association)
    }
}

async fn not_allowed(ctx: &Ctx) -> anyhow::Result<Flow> {
    ctx.say(&ctx.t("rep-not-allowed")).await?;
    Ok(Flow::Goto(State::Menu))
}

/// /report.
pub async fn open_report(ctx: &Ctx) -> anyhow::Result<Flow> {
    if scope(ctx).is_none() {
        return not_allowed(ctx).await;
    }
    Ok(goto(Step::Periods))
}

/// Dimensions a scope may browse.
fn dims(scope: Scope) -> &'static [Dim] {
    match scope {
        Scope::All => &Dim::ALL,
        // No per-language breakdown for a leader: their events are small,
        // and they can name who came.
        Scope::Association(_) => &[Dim::Topic, Dim::Event],
    }
}

fn day(ctx: &Ctx, ts: i64) -> String {
    let tz = ctx.app.config.timezone;
    crate::time::local(ts, &tz).format("%d/%m/%Y").to_string()
}

fn period_label(ctx: &Ctx, p: Period) -> String {
    ltr(
        ctx.lang(),
        &format!("{} – {}", day(ctx, p.from), day(ctx, p.to - 1)),
    )
}

/// Names for the keys of each dimension, in the reader's language.
struct Labels {
    events: HashMap<i64, String>,
    services: HashMap<String, String>,
    associations: HashMap<i64, String>,
}

impl Labels {
    async fn load(ctx: &Ctx, groups: &[store::Group]) -> anyhow::Result<Labels> {
        let mut ids: Vec<i64> = groups.iter().filter_map(|g| g.event_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let events_ = events::get_many(ctx.db(), &ids)
            .await?
            .into_iter()
            .map(|e| {
                let (t, _) = e.texts_in(ctx.lang());
                (
                    e.id,
                    format!("{} ({})", t.title, day(ctx, e.starts_at.timestamp())),
                )
            })
            .collect();
        let idx = directory::index(&ctx.app).await?;
        let services = groups
            .iter()
            .filter_map(|g| g.service_id.as_ref())
            .filter_map(|id| {
                idx.get(id)
                    .map(|s| (id.clone(), s.texts_in(ctx.lang()).0.name.clone()))
            })
            .collect();
        let associations = associations::all(ctx.db())
            .await?
            .into_iter()
            .map(|a| (a.id, a.name))
            .collect();
        Ok(Labels {
            events: events_,
            services,
            associations,
        })
    }

    fn label(&self, ctx: &Ctx, dim: Dim, key: &str) -> String {
        match dim {
            Dim::Topic => topic_label(ctx, key),
            Dim::Language => Lang::from_code(key)
                .map(|l| l.native_name().to_owned())
                .unwrap_or_else(|| key.to_owned()),
            Dim::Event => key
                .parse()
                .ok()
                .and_then(|id| self.events.get(&id).cloned())
                .unwrap_or_else(|| format!("#{key}")),
            Dim::Service => self
                .services
                .get(key)
                .cloned()
                .unwrap_or_else(|| key.to_owned()),
            Dim::Association => key
                .parse()
                .ok()
                .and_then(|id| self.associations.get(&id).cloned())
                .unwrap_or_else(|| ctx.t("rep-no-association")),
        }
    }
}

fn topic_label(ctx: &Ctx, code: &str) -> String {
    match directory::model::Topic::from_code(code) {
        Some(t) => directory::topic_label(ctx, t),
        None => ctx.t("rep-topic-none"),
    }
}

/// One group's figures, or "fewer than 5" for a small group.
fn group_text(ctx: &Ctx, label: &str, c: &Counts, shown: bool) -> String {
    let label = escape(&ltr(ctx.lang(), label));
    if !shown {
        // Small itself, or hidden so that a small one can't be worked out.
        let key = if report::shown(c) {
            "rep-group-hidden"
        } else {
            "rep-group-small"
        };
        return ctx.tf(key, &[("label", label.into()), ("min", MIN_GROUP.into())]);
    }
    let mut lines = vec![format!("<b>{label}</b>")];
    let mut head = ctx.tf("rep-responses", &[("count", c.responses.into())]);
    if let Some(avg) = c.average().filter(|_| report::ratings_shown(c)) {
        head.push_str(" · ");
        head.push_str(&ctx.tf(
            "rep-average",
            &[("average", crate::i18n::decimal(ctx.lang(), avg, 1).into())],
        ));
    }
    lines.push(head);
    if report::ratings_shown(c) {
        let dist = (1..=5)
            .zip(c.stars)
            .map(|(s, n)| format!("{s}★ {n}"))
            .collect::<Vec<_>>()
            .join(" · ");
        lines.push(ltr(ctx.lang(), &dist));
    }
    if report::thumbs_shown(c) {
        lines.push(ltr(ctx.lang(), &format!("👍 {} · 👎 {}", c.up, c.down)));
    }
    let top = c.top_reasons();
    if !top.is_empty() {
        let list = top
            .iter()
            .take(3)
            .map(|(r, n)| format!("{} ({n})", reason_label(ctx, *r)))
            .collect::<Vec<_>>()
            .join(", ");
        lines.push(ctx.tf("rep-reasons", &[("reasons", list.into())]));
    }
    lines.join("\n")
}

/// Most groups one report screen lists; the CSV file has them all.
const MAX_LINES: usize = 10;

async fn report_screen(ctx: &Ctx, period: Period, view: View) -> anyhow::Result<Screen> {
    let Some(scope) = scope(ctx) else {
        return Ok(Screen::new(ctx.t("rep-not-allowed")).row(ctx.home_row()));
    };
    let groups = store::groups(ctx.db(), period, scope).await?;
    let total = report::total(&groups);
    let disclosure = report::disclose(&groups);
    let mut text = ctx.tf(
        "rep-header",
        &[("period", period_label(ctx, period).into())],
    );
    text.push('\n');
    text.push_str(&if disclosure.total_shown() {
        ctx.tf("rep-responses", &[("count", total.responses.into())])
    } else if total.responses == 0 {
        ctx.t("rep-empty")
    } else {
        ctx.tf("rep-total-small", &[("min", MIN_GROUP.into())])
    });
    let labels = Labels::load(ctx, &groups).await?;
    let body = match view {
        View::By(dim) => {
            let rows = report::rollup(&groups, dim);
            let mut parts = vec![format!(
                "<b>{}</b>",
                ctx.t(&format!("rep-by-{}", dim.code()))
            )];
            for (key, c) in rows.iter().take(MAX_LINES) {
                let shown = disclosure.shown(dim, key);
                parts.push(group_text(ctx, &labels.label(ctx, dim, key), c, shown));
            }
            if rows.is_empty() {
                parts.push(ctx.t("rep-nothing-here"));
            }
            if rows.len() > MAX_LINES {
                parts.push(ctx.tf(
                    "rep-more",
                    &[("count", ((rows.len() - MAX_LINES) as i64).into())],
                ));
            }
            parts.join("\n\n")
        }
        View::Comments => comments_text(ctx, period, scope, &disclosure, &labels).await?,
        View::Gaps => gaps_text(ctx, period).await?,
    };
    text.push_str("\n\n");
    text.push_str(&body);
    if text.chars().count() > 3900 {
        text = text.chars().take(3890).collect::<String>();
        // Cut at a line end so no HTML tag is left open.
        if let Some(end) = text.rfind("\n\n") {
            text.truncate(end);
        }
        text.push_str("\n…");
    }
    let mark = |on: bool, label: String| if on { format!("• {label}") } else { label };
    let dim_buttons = dims(scope)
        .iter()
        .map(|d| {
            button(
                mark(view == View::By(*d), ctx.t(&format!("rep-by-{}", d.code()))),
                format!("rep:v:{}", d.code()),
            )
        })
        .collect();
    let mut more = vec![button(
        mark(view == View::Comments, ctx.t("rep-comments")),
        "rep:v:comments",
    )];
    if scope == Scope::All {
        more.push(button(
            mark(view == View::Gaps, ctx.t("rep-gaps")),
            "rep:v:gaps",
        ));
    }
    Ok(Screen::new(text)
        .grid(dim_buttons, 3)
        .row(more)
        .row(vec![
            button(ctx.t("rep-charts"), "rep:charts"),
            button(ctx.t("rep-csv"), "rep:csv"),
        ])
        .button(ctx.t("rep-change-period"), "rep:period")
        .row(ctx.nav_row()))
}

async fn comments_text(
    ctx: &Ctx,
    period: Period,
    scope: Scope,
    disclosure: &report::Disclosure,
    labels: &Labels,
) -> anyhow::Result<String> {
    // Only where the subject itself is shown in the report (so it has at
    // least 5 responses): a comment of a hidden (small, or hidden-to-protect)
    // group says nothing, not even that it exists; and no comment carries
    // its author's own stars.
    let all = store::comments(ctx.db(), period, scope, 200).await?;
    let mut parts = vec![format!("<b>{}</b>", ctx.t("rep-comments"))];
    let mut listed = 0;
    for c in &all {
        let shown = match (c.kind.as_str(), c.event_id, &c.service_id) {
            ("event", Some(e), _) => disclosure.shown(Dim::Event, &e.to_string()),
            ("service", _, Some(s)) => disclosure.shown(Dim::Service, s),
            _ => false,
        };
        if !shown {
            continue;
        }
        if listed == MAX_LINES {
            continue;
        }
        listed += 1;
        let about = match (c.event_id, &c.service_id) {
            (Some(e), _) => labels.label(ctx, Dim::Event, &e.to_string()),
            (_, Some(s)) => labels.label(ctx, Dim::Service, s),
            _ => String::new(),
        };
        parts.push(format!(
            "«{}»\n<i>{}</i>",
            escape(&c.text),
            escape(&ltr(ctx.lang(), &about)),
        ));
    }
    if listed == 0 {
        parts.push(ctx.t("rep-no-comments"));
    }
    // Always said, so it tells nothing about any one group.
    parts.push(ctx.tf("rep-comments-rule", &[("min", MIN_GROUP.into())]));
    Ok(parts.join("\n\n"))
}

async fn gaps_text(ctx: &Ctx, period: Period) -> anyhow::Result<String> {
    let rows = store::content_gaps(ctx.db(), period).await?;
    let mut parts = vec![format!("<b>{}</b>", ctx.t("rep-gaps"))];
    for source in ["search", "request", "wrong-info"] {
        let mut by_topic: HashMap<String, i64> = HashMap::new();
        let mut by_lang: HashMap<String, i64> = HashMap::new();
        for (_, topic, lang, n) in rows.iter().filter(|r| r.0 == source) {
            *by_topic.entry(topic.clone()).or_default() += n;
            *by_lang.entry(lang.clone()).or_default() += n;
        }
        let total: i64 = by_topic.values().sum();
        let mut lines = vec![format!(
            "<b>{}</b>: {}",
            ctx.t(&format!("rep-gap-{source}")),
            count_or_small(ctx, total)
        )];
        if total > 0 {
            let fmt = |m: HashMap<String, i64>, label: &dyn Fn(&str) -> String| {
                let mut v: Vec<_> = m.into_iter().collect();
                v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                v.into_iter()
                    .map(|(k, n)| format!("{} {}", escape(&label(&k)), count_or_small(ctx, n)))
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            if source != "request" {
                lines.push(fmt(by_topic, &|k| topic_label(ctx, k)));
            }
            lines.push(fmt(by_lang, &|k| {
                Lang::from_code(k)
                    .map(|l| l.native_name().to_owned())
                    .unwrap_or_else(|| k.to_owned())
            }));
        }
        parts.push(lines.join("\n"));
    }
    Ok(parts.join("\n\n"))
}

fn count_or_small(ctx: &Ctx, n: i64) -> String {
    if n == 0 || n >= MIN_GROUP {
        n.to_string()
    } else {
        ctx.tf("rep-small", &[("min", MIN_GROUP.into())])
    }
}

/// The three charts of a period, as (file name, PNG, caption).
pub async fn charts(
    ctx: &Ctx,
    period: Period,
    scope: Scope,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let tz = ctx.app.config.timezone;
    let days = period.days().max(1);
    let bucket_days = match days {
        0..=14 => 1,
        15..=120 => 7,
        _ => 30,
    };
    let bucket = bucket_days * 86400;
    let n = ((period.to - period.from) + bucket - 1) / bucket;
    let rows = store::ratings_over_time(ctx.db(), period, scope, bucket).await?;
    // A topic's line only where the report shows that topic's stars.
    let groups = store::groups(ctx.db(), period, scope).await?;
    let disclosure = report::disclose(&groups);
    let stars_shown: std::collections::HashSet<String> = report::rollup(&groups, Dim::Topic)
        .into_iter()
        .filter(|(k, c)| disclosure.shown(Dim::Topic, k) && report::ratings_shown(c))
        .map(|(k, _)| k)
        .collect();
    let series: Vec<_> = report::series(&rows, n as usize)
        .into_iter()
        .filter(|(topic, _)| stars_shown.contains(topic))
        .collect();
    let bucket_labels = (0..n)
        .map(|i| {
            crate::time::local(period.from + i * bucket, &tz)
                .format("%d/%m")
                .to_string()
        })
        .collect();
    let lines = charts::Lines {
        title: ctx.t("chart-rating-title"),
        y_label: ctx.t("chart-rating-y"),
        buckets: bucket_labels,
        series: series
            .into_iter()
            .map(|(topic, pts)| (topic_label(ctx, &topic), pts))
            .collect(),
        empty_note: ctx.tf("chart-too-few", &[("min", MIN_GROUP.into())]),
    };
    let events_only: Vec<_> = groups
        .iter()
        .filter(|g| g.kind == "event")
        .cloned()
        .collect();
    let rated = report::total(&events_only);
    let dist = charts::Distribution {
        title: ctx.t("chart-dist-title"),
        y_label: ctx.t("chart-dist-y"),
        stars: (rated.rated() >= MIN_GROUP).then_some(rated.stars),
        empty_note: ctx.tf("chart-too-few", &[("min", MIN_GROUP.into())]),
    };
    let mut part = store::participation(ctx.db(), period, scope).await?;
    part.retain(|p| !p.cancelled);
    // The most recent events, newest on top.
    part.reverse();
    let turnout = charts::Turnout {
        title: ctx.t("chart-turnout-title"),
        signed_up: ctx.t("chart-signed-up"),
        attended: ctx.t("chart-attended"),
        events: part
            .iter()
            .take(charts::MAX_TURNOUT_EVENTS)
            .map(|p| {
                let title = event_title(p, ctx.lang());
                let short: String = title.chars().take(40).collect();
                let ell = if title.chars().count() > 40 {
                    "…"
                } else {
                    ""
                };
                (
                    format!("{} · {short}{ell}", day(ctx, p.starts_at)),
                    p.confirmed,
                    (p.marked > 0).then_some(p.attended),
                )
            })
            .collect(),
        empty_note: ctx.t("chart-no-events"),
    };
    tokio::task::spawn_blocking(move || {
        Ok(vec![
            (
                "rating-over-time.png".to_owned(),
                charts::rating_over_time(&lines)?,
            ),
            (
                "rating-distribution.png".to_owned(),
                charts::distribution(&dist)?,
            ),
            (
                "signups-attendance.png".to_owned(),
                charts::turnout(&turnout)?,
            ),
        ])
    })
    .await?
}

fn event_title(p: &store::Participation, lang: Lang) -> String {
    let texts = serde_json::from_str(&p.texts).unwrap_or_default();
    crate::events::model::texts_in(&texts, lang).0.title
}

/// The three CSV files of a period, as (file name, bytes).
pub async fn csv_files(
    ctx: &Ctx,
    period: Period,
    scope: Scope,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let tz = ctx.app.config.timezone;
    let when = |t: i64| {
        crate::time::local(t, &tz)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };
    let groups = store::groups(ctx.db(), period, scope).await?;
    let labels = Labels::load(ctx, &groups).await?;
    let feedback = report::feedback_csv(&groups, dims(scope), &|d, k| labels.label(ctx, d, k))?;
    let part = store::participation(ctx.db(), period, scope).await?;
    let participation = report::participation_csv(&part, &|p| event_title(p, Lang::It), &when)?;
    let reach = store::reach(ctx.db(), period, scope).await?;
    let audience = |json: &str| {
        use crate::broadcasts::store::Audience;
        match serde_json::from_str::<Audience>(json) {
            Ok(Audience::Association(a)) => format!(
                "association:{}",
                labels
                    .associations
                    .get(&a)
                    .cloned()
                    .unwrap_or_else(|| a.to_string())
            ),
            Ok(Audience::Everyone) => "everyone".into(),
            Ok(Audience::Language(l)) => format!("language:{l}"),
            Ok(Audience::Topic(t)) => format!("topic:{t}"),
            Ok(Audience::EventParticipants(e)) => format!("event:{e}"),
            Err(_) => "unknown".into(),
        }
    };
    let reach = report::reach_csv(&reach, &audience, &when)?;
    let stamp = format!(
        "{}_{}",
        crate::time::local(period.from, &tz).format("%Y%m%d"),
        crate::time::local(period.to - 1, &tz).format("%Y%m%d")
    );
    Ok(vec![
        (format!("feedback_{stamp}.csv"), feedback),
        (format!("participation_{stamp}.csv"), participation),
        (format!("broadcast_reach_{stamp}.csv"), reach),
    ])
}

// ---- certificate ----

/// /certificate and the menu button.
pub async fn open_certificate(ctx: &Ctx) -> anyhow::Result<Flow> {
    if store::attended(ctx.db(), ctx.user.id, ctx.now())
        .await?
        .is_empty()
    {
        ctx.say(&ctx.t("cert-none")).await?;
        return Ok(Flow::Goto(State::Menu));
    }
    Ok(goto(Step::CertificateName))
}

/// The events a certificate of `user_id` lists: attended and ended by `by`.
async fn attended_list(
    app: &crate::runtime::App,
    user_id: i64,
    by: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<Vec<certificate::Attended>> {
    let lang = app.config.certificate_lang;
    let attended = store::attended(&app.db, user_id, by).await?;
    let names: HashMap<i64, String> = associations::all(&app.db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    Ok(events::get_many(&app.db, &attended)
        .await?
        .into_iter()
        .map(|e| certificate::Attended {
            title: e.texts_in(lang).0.title,
            starts_at: e.starts_at.timestamp(),
            ends_at: e.ends_at.timestamp(),
            organiser: e.association_id.and_then(|a| names.get(&a).cloned()),
        })
        .collect())
}

/// The link a certificate's QR code opens: the bot, with the code.
fn verify_link(ctx: &Ctx, code: &CertificateCode) -> String {
    format!(
        "https://t.me/{}?start=V{}",
        ctx.app.bot_username,
        code.as_str()
    )
}

async fn send_certificate(ctx: &Ctx, name: &PersonName) -> anyhow::Result<()> {
    let lang = ctx.app.config.certificate_lang;
    let now = ctx.now();
    let list = attended_list(&ctx.app, ctx.user.id, now).await?;
    if list.is_empty() {
        return ctx.say(&ctx.t("cert-none")).await;
    }
    // The code and what it attests are kept, so anyone can check it later.
    let code = CertificateCode::random();
    let hash = certificate::content_hash(name.as_str(), &list);
    store::issue_certificate(
        ctx.db(),
        code.as_str(),
        ctx.user.id,
        name.as_str(),
        &hash,
        now,
    )
    .await?;
    let check = certificate::Check {
        code: ctx
            .app
            .i18n
            .fmt(lang, "cert-code", &[("code", code.to_string().into())]),
        how: ctx.app.i18n.fmt(
            lang,
            "cert-how-to-check",
            &[
                ("code", code.to_string().into()),
                ("bot", format!("@{}", ctx.app.bot_username).into()),
            ],
        ),
        link: verify_link(ctx, &code),
    };
    let app = ctx.app.clone();
    let name = name.as_str().to_owned();
    let pdf = tokio::task::spawn_blocking(move || {
        certificate::render(
            &app.i18n,
            lang,
            &name,
            &list,
            now,
            &app.config.timezone,
            &check,
        )
    })
    .await??;
    let file = format!("{}.pdf", ctx.app.i18n.t(lang, "cert-file-name"));
    ctx.send_document(pdf, &file, &ctx.t("cert-sent")).await
}

/// `/verify CODE`, or the QR code's link: anyone, member or not, learns
/// whether a certificate is genuine, and what it attests.
pub async fn verify(ctx: &Ctx, typed: Option<&str>) -> anyhow::Result<()> {
    let Some(code) = typed.and_then(CertificateCode::parse) else {
        return ctx.say(&ctx.t("cert-verify-usage")).await;
    };
    let answer = match store::certificate(ctx.db(), code.as_str()).await? {
        None => ctx.tf("cert-verify-invalid", &[("code", code.to_string().into())]),
        Some(store::Issued::Withdrawn) => ctx.tf(
            "cert-verify-withdrawn",
            &[("code", code.to_string().into())],
        ),
        Some(store::Issued::Valid {
            user_id,
            name,
            content,
            issued_at,
        }) => {
            let issued = chrono::DateTime::from_timestamp(issued_at, 0).unwrap_or_default();
            let list = attended_list(&ctx.app, user_id, issued).await?;
            // Attendance corrected since: the certificate no longer holds.
            if certificate::content_hash(&name, &list) != content {
                ctx.tf("cert-verify-invalid", &[("code", code.to_string().into())])
            } else {
                let tz = ctx.app.config.timezone;
                let events: Vec<String> = list
                    .iter()
                    .map(|e| {
                        // Each line starts right-to-left in Arabic, whatever
                        // the title's script.
                        format!(
                            "{}• {} · {}",
                            if ctx.lang().is_rtl() { "\u{200F}" } else { "" },
                            crate::time::local(e.starts_at, &tz).format("%d/%m/%Y"),
                            crate::telegram::escape(&e.title)
                        )
                    })
                    .collect();
                ctx.tf(
                    "cert-verify-valid",
                    &[
                        ("code", code.to_string().into()),
                        ("name", crate::telegram::escape(&name).into()),
                        ("date", day(ctx, issued_at).into()),
                        ("events", events.join("\n").into()),
                        (
                            "hours",
                            certificate::hours(certificate::total_seconds(&list), ctx.lang())
                                .into(),
                        ),
                    ],
                )
            }
        }
    };
    ctx.say(&answer).await
}

// ---- the menu ----

pub async fn menu_rows(ctx: &Ctx) -> anyhow::Result<Vec<Vec<InlineKeyboardButton>>> {
    let mut rows = vec![];
    if scope(ctx).is_some() {
        rows.push(vec![button(ctx.t("menu-report"), "menu:report")]);
    }
    if store::has_attended(ctx.db(), ctx.user.id).await? {
        rows.push(vec![button(ctx.t("menu-certificate"), "menu:certificate")]);
    }
    Ok(rows)
}

pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    Ok(match data {
        "menu:report" => Some(open_report(ctx).await?),
        "menu:certificate" => Some(open_certificate(ctx).await?),
        _ => None,
    })
}

// ---- the dialogue ----

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    Ok(match step {
        Step::Reasons { about, chosen, .. } => reasons_screen(ctx, about, *chosen),
        Step::Comment { .. } => Screen::new(ctx.tf(
            "fb-comment-prompt",
            &[("max", (model::MAX_COMMENT as i64).into())],
        ))
        .button(ctx.t("fb-skip"), "fb:skip")
        .row(ctx.nav_row()),
        Step::Periods => {
            // Calendar periods that have ended only: a period still running
            // would change by one person's answer between two looks.
            let buttons = Span::ALL
                .iter()
                .map(|span| {
                    button(
                        ctx.tf("rep-previous", &[("span", span.code().into())]),
                        format!("rep:cal:{}:1", span.code()),
                    )
                })
                .collect();
            Screen::new(ctx.t("rep-choose-period"))
                .grid(buttons, 2)
                .button(ctx.t("rep-custom"), "rep:custom")
                .row(ctx.nav_row())
        }
        Step::CustomPeriod => Screen::new(ctx.t("rep-custom-prompt")).row(ctx.nav_row()),
        Step::Report { period, view } => report_screen(ctx, *period, *view).await?,
        Step::CertificateName => {
            Screen::new(ctx.tf("cert-ask-name", &[("max", (model::MAX_NAME as i64).into())]))
                .row(ctx.nav_row())
        }
    })
}

pub fn back(step: &Step) -> State {
    match step {
        Step::Reasons {
            about: About::Service { card, .. },
            ..
        } => (**card).clone(),
        Step::Reasons { .. } => State::Menu,
        Step::Comment { id, chosen } => State::Feedback(Step::Reasons {
            id: *id,
            about: About::Event,
            chosen: *chosen,
        }),
        Step::CustomPeriod | Step::Report { .. } => State::Feedback(Step::Periods),
        Step::Periods | Step::CertificateName => State::Menu,
    }
}

pub fn accepts_long_text(step: &Step) -> bool {
    matches!(step, Step::Comment { .. })
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    match (step, data) {
        (Step::Reasons { id, about, chosen }, _) if data.starts_with("fb:x:") => {
            let Some(r) = Reason::from_code(&data[5..]).filter(|r| about.reasons().contains(r))
            else {
                return Ok(Flow::Unexpected);
            };
            Ok(goto(Step::Reasons {
                id: *id,
                about: about.clone(),
                chosen: chosen ^ r.bit(),
            }))
        }
        (Step::Reasons { id, about, chosen }, "fb:done" | "fb:skip") => {
            let chosen = if data == "fb:done" { *chosen } else { 0 };
            if store::mine(ctx.db(), ctx.user.id, *id).await?.is_none() {
                return Ok(Flow::Unexpected);
            }
            store::set_reasons(ctx.db(), ctx.user.id, *id, chosen, ctx.now()).await?;
            match about {
                About::Event => Ok(goto(Step::Comment { id: *id, chosen })),
                About::Service { card, .. } => back_to_card(ctx, card).await,
            }
        }
        (Step::Comment { id, .. }, "fb:skip") => finish(ctx, *id).await,
        (Step::Periods, _) if data.starts_with("rep:cal:") => {
            let chosen = data
                .strip_prefix("rep:cal:")
                .and_then(|rest| rest.split_once(':'))
                .and_then(|(span, back)| {
                    Span::from_code(span).zip(back.parse::<u32>().ok().filter(|b| *b == 1))
                });
            let Some((span, back)) = chosen else {
                return Ok(Flow::Unexpected);
            };
            if scope(ctx).is_none() {
                return not_allowed(ctx).await;
            }
            let period = Period::calendar(span, back, ctx.now(), &ctx.app.config.timezone);
            Ok(goto(Step::Report {
                period,
                view: View::By(Dim::Topic),
            }))
        }
        (Step::Periods, "rep:custom") => Ok(goto(Step::CustomPeriod)),
        (Step::Report { period, .. }, _) if data.starts_with("rep:") => {
            let Some(scope) = scope(ctx) else {
                return not_allowed(ctx).await;
            };
            report_button(ctx, *period, scope, &data[4..]).await
        }
        _ => Ok(Flow::Unexpected),
    }
}

async fn report_button(
    ctx: &mut Ctx,
    period: Period,
    scope: Scope,
    verb: &str,
) -> anyhow::Result<Flow> {
    let view = match verb {
        "period" => return Ok(goto(Step::Periods)),
        "v:comments" => View::Comments,
        "v:gaps" if scope == Scope::All => View::Gaps,
        v => match v.strip_prefix("v:").and_then(Dim::from_code) {
            Some(d) if dims(scope).contains(&d) => View::By(d),
            _ if matches!(v, "charts" | "csv") => {
                let caption = ctx.tf(
                    "rep-files-caption",
                    &[("period", period_label(ctx, period).into())],
                );
                if v == "charts" {
                    for (name, png) in charts(ctx, period, scope).await? {
                        ctx.send_photo(png, &name, &caption).await?;
                    }
                } else {
                    for (name, bytes) in csv_files(ctx, period, scope).await? {
                        ctx.send_document(bytes, &name, &caption).await?;
                    }
                }
                tracing::info!(what = v, "report files sent");
                // The report again below the files, so its buttons are at hand.
                ctx.origin = None;
                let state = ctx.dialogue.get().await?.unwrap_or(State::Menu);
                return Ok(Flow::Goto(state));
            }
            _ => return Ok(Flow::Unexpected),
        },
    };
    Ok(goto(Step::Report { period, view }))
}

pub async fn on_text(ctx: &mut Ctx, step: &Step, text: &str) -> anyhow::Result<Flow> {
    match step {
        Step::Comment { id, .. } => match Comment::parse(text) {
            Ok(c) => {
                if !store::set_comment(ctx.db(), ctx.user.id, *id, c.as_str(), ctx.now()).await? {
                    return Ok(Flow::Unexpected);
                }
                finish(ctx, *id).await
            }
            Err(CommentError::TooLong(n)) => {
                ctx.say(&ctx.tf(
                    "fb-comment-too-long",
                    &[
                        ("count", (n as i64).into()),
                        ("max", (model::MAX_COMMENT as i64).into()),
                    ],
                ))
                .await?;
                Ok(Flow::Done)
            }
            Err(CommentError::Empty) => Ok(Flow::Unexpected),
        },
        Step::CustomPeriod => {
            if scope(ctx).is_none() {
                return not_allowed(ctx).await;
            }
            match Period::parse(text, ctx.now(), &ctx.app.config.timezone) {
                Ok(period) => Ok(goto(Step::Report {
                    period,
                    view: View::By(Dim::Topic),
                })),
                Err(e) => {
                    let key = match e {
                        PeriodError::NotOver => "rep-period-empty",
                        PeriodError::Unreadable => "rep-period-unreadable",
                    };
                    ctx.say(&ctx.t(key)).await?;
                    Ok(Flow::Done)
                }
            }
        }
        Step::CertificateName => match PersonName::parse(text) {
            Some(name) => {
                send_certificate(ctx, &name).await?;
                Ok(Flow::Goto(State::Menu))
            }
            None => {
                ctx.say(&ctx.tf(
                    "cert-name-invalid",
                    &[("max", (model::MAX_NAME as i64).into())],
                ))
                .await?;
                Ok(Flow::Done)
            }
        },
        _ => Ok(Flow::Unexpected),
    }
}
