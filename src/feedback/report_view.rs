//! /report for staff and leaders: the period, then figures along one
//! dimension, comments or content gaps; its charts and CSV files are drawn
//! in `report_files`. What the user may see is re-checked on every screen
//! and every button (`ctx.scope()`).

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::{
    Step, View,
    button::Button,
    give::reason_label,
    goto,
    model::{Kind, Period, PeriodError, Span},
    report::{self, Dim, MIN_GROUP},
    report_files,
    store::{self, Counts},
};
use crate::{
    access::{Denied, Scope},
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    events::store as events,
    i18n::{Lang, isolate},
    reports::{self, GapSource},
    telegram::{Screen, button, escape},
};

const NOT_ALLOWED: Denied = Denied::because("rep-not-allowed");

/// /report.
pub async fn open_report(ctx: &Ctx) -> anyhow::Result<Flow> {
    if ctx.scope().is_none() {
        return Ok(Flow::Denied(NOT_ALLOWED));
    }
    Ok(goto(Step::Periods))
}

/// Dimensions a scope may browse.
pub(super) fn dims(scope: Scope) -> &'static [Dim] {
    match scope {
        Scope::All => &Dim::ALL,
        // No per-language breakdown for a leader: their events are small,
        // and they can name who came.
        Scope::Association(_) => &[Dim::Topic, Dim::Event],
    }
}

/// A day as the report shows it, in the configured time zone.
pub(super) fn day(ctx: &Ctx, t: DateTime<Utc>) -> String {
    ctx.local(t).format("%d/%m/%Y").to_string()
}

pub(super) fn period_label(ctx: &Ctx, p: Period) -> String {
    isolate(
        ctx.lang(),
        &format!(
            "{} – {}",
            day(ctx, p.from),
            day(ctx, p.to - chrono::Duration::seconds(1))
        ),
    )
}

/// Names for the keys of each dimension, in the reader's language.
pub(super) struct Labels {
    events: HashMap<i64, String>,
    services: HashMap<String, String>,
    pub(super) associations: HashMap<i64, String>,
}

impl Labels {
    pub(super) async fn load(ctx: &Ctx, groups: &[store::Group]) -> anyhow::Result<Labels> {
        let mut ids: Vec<i64> = groups.iter().filter_map(|g| g.event_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let events_ = events::get_many(ctx.db(), &ids)
            .await?
            .into_iter()
            .map(|e| {
                let (t, _) = e.texts_in(ctx.lang());
                (e.id, format!("{} ({})", t.title, day(ctx, e.starts_at)))
            })
            .collect();
        let mut services: Vec<String> =
            groups.iter().filter_map(|g| g.service_id.clone()).collect();
        services.sort_unstable();
        services.dedup();
        Ok(Labels {
            events: events_,
            services: reports::service_names(ctx.db(), &services, ctx.lang()).await?,
            associations: reports::association_names(ctx.db()).await?,
        })
    }

    pub(super) fn label(&self, ctx: &Ctx, dim: Dim, key: &str) -> String {
        match dim {
            Dim::Topic => topic_label(ctx, key),
            Dim::Language => lang_label(key),
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

pub(super) fn topic_label(ctx: &Ctx, code: &str) -> String {
    match Topic::from_code(code) {
        Some(t) => ctx.topic(t),
        None => ctx.t("rep-topic-none"),
    }
}

fn lang_label(code: &str) -> String {
    Lang::from_code(code)
        .map(|l| l.native_name().to_owned())
        .unwrap_or_else(|| code.to_owned())
}

/// One group's figures, or "fewer than 5" for a small group.
fn group_text(ctx: &Ctx, label: &str, c: &Counts, shown: bool) -> String {
    let label = escape(&isolate(ctx.lang(), label));
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
        lines.push(isolate(ctx.lang(), &dist));
    }
    if report::thumbs_shown(c) {
        lines.push(isolate(ctx.lang(), &format!("👍 {} · 👎 {}", c.up, c.down)));
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

pub(super) fn periods_screen(ctx: &Ctx) -> Screen {
    // Calendar periods that have ended only: a period still running would
    // change by one person's answer between two looks.
    let buttons = Span::ALL
        .iter()
        .map(|span| {
            button(
                ctx.tf("rep-previous.short", &[("span", span.code().into())]),
                Button::Calendar {
                    span: *span,
                    back: 1,
                }
                .data(),
            )
        })
        .collect();
    Screen::new(ctx.t("rep-choose-period"))
        .grid(buttons, 2)
        .button(ctx.t("rep-custom"), Button::Custom.data())
        .row(ctx.nav_row())
}

pub(super) fn custom_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("rep-custom-prompt")).row(ctx.nav_row())
}

pub(super) async fn report_screen(ctx: &Ctx, period: Period, view: View) -> anyhow::Result<Screen> {
    let Some(scope) = ctx.scope() else {
        return Ok(Screen::new(ctx.t("rep-not-allowed")).row(ctx.home_row()));
    };
    // The view is re-checked as it is drawn: someone whose role shrank
    // (staff to leader) since choosing it gets the first view they may see.
    let view = match view {
        View::By(dim) if !dims(scope).contains(&dim) => View::By(Dim::Topic),
        View::Gaps if scope != Scope::All => View::By(Dim::Topic),
        v => v,
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
        View::Questions => questions_text(ctx, period, scope).await?,
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
                mark(
                    view == View::By(*d),
                    ctx.t(&format!("rep-by-{}.short", d.code())),
                ),
                Button::View(View::By(*d)).data(),
            )
        })
        .collect();
    let mut more = vec![
        button(
            mark(view == View::Comments, ctx.t("rep-comments")),
            Button::View(View::Comments).data(),
        ),
        button(
            mark(view == View::Questions, ctx.t("rep-questions")),
            Button::View(View::Questions).data(),
        ),
    ];
    if scope == Scope::All {
        more.push(button(
            mark(view == View::Gaps, ctx.t("rep-gaps")),
            Button::View(View::Gaps).data(),
        ));
    }
    Ok(Screen::new(text)
        .grid(dim_buttons, 3)
        .row(more)
        .row(vec![
            button(ctx.t("rep-charts"), Button::Charts.data()),
            button(ctx.t("rep-csv"), Button::Csv.data()),
        ])
        .button(ctx.t("rep-change-period"), Button::Period.data())
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
        let shown = match (c.kind, c.event_id, &c.service_id) {
            (Kind::Event, Some(e), _) => disclosure.shown(Dim::Event, &e.to_string()),
            (Kind::Service, _, Some(s)) => disclosure.shown(Dim::Service, s),
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
            escape(&isolate(ctx.lang(), &c.text)),
            escape(&isolate(ctx.lang(), &about)),
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
    let rows = reports::content_gaps(ctx.db(), period.bounds()).await?;
    let mut parts = vec![format!("<b>{}</b>", ctx.t("rep-gaps"))];
    for source in GapSource::ALL {
        let mut by_topic: HashMap<String, i64> = HashMap::new();
        let mut by_lang: HashMap<String, i64> = HashMap::new();
        for g in rows.iter().filter(|g| g.source == source) {
            *by_topic.entry(g.topic.clone()).or_default() += g.count;
            *by_lang.entry(g.lang.clone()).or_default() += g.count;
        }
        let total: i64 = by_topic.values().sum();
        let mut lines = vec![format!(
            "<b>{}</b>: {}",
            ctx.t(&format!("rep-gap-{}", source.code())),
            count_or_small(ctx, total)
        )];
        if total > 0 {
            let fmt = |m: HashMap<String, i64>, label: &dyn Fn(&str) -> String| {
                let mut v: Vec<_> = m.into_iter().collect();
                v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                v.into_iter()
                    .map(|(k, n)| {
                        format!(
                            "{} {}",
                            escape(&isolate(ctx.lang(), &label(&k))),
                            count_or_small(ctx, n)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            if source != GapSource::Request {
                lines.push(fmt(by_topic, &|k| topic_label(ctx, k)));
            }
            lines.push(fmt(by_lang, &lang_label));
        }
        parts.push(lines.join("\n"));
    }
    Ok(parts.join("\n\n"))
}

/// The help desk's figures, per association and per topic.
async fn questions_text(ctx: &Ctx, period: Period, scope: Scope) -> anyhow::Result<String> {
    let rows = reports::questions(ctx.db(), period.bounds(), scope).await?;
    let names = reports::association_names(ctx.db()).await?;
    let mut parts = vec![format!("<b>{}</b>", ctx.t("rep-questions"))];
    let small = ctx.tf("rep-small", &[("min", MIN_GROUP.into())]);
    for f in super::desk_report::desk_figures(&rows) {
        let desk = match &f.desk {
            reports::DeskKey::Association(a) => escape(&isolate(
                ctx.lang(),
                names.get(a).map(String::as_str).unwrap_or("?"),
            )),
            reports::DeskKey::Topic(t) => match Topic::from_code(t) {
                Some(t) => ctx.tf("rep-q-staff", &[("topic", ctx.topic(t).into())]),
                None => escape(t),
            },
        };
        let Some(asked) = f.asked else {
            parts.push(format!("<b>{desk}</b>\n{small}"));
            continue;
        };
        let mut lines = vec![
            format!("<b>{desk}</b>"),
            ctx.tf("rep-q-asked", &[("count", asked.into())]),
        ];
        lines.push(match f.median_minutes {
            Some(m) if m < 120 => ctx.tf("rep-q-median-minutes", &[("n", m.into())]),
            Some(m) => ctx.tf("rep-q-median-hours", &[("n", ((m + 30) / 60).into())]),
            None => format!("{} {small}", ctx.t("rep-q-median")),
        });
        if let Some(p) = f.within_48h {
            lines.push(ctx.tf("rep-q-within", &[("percent", p.into())]));
        }
        // Staff only: ratings come in after the period, so a leader who
        // looked before and after a closing could tell how one person rated.
        if scope == Scope::All {
            lines.push(match f.helpful {
                Some(p) => ctx.tf("rep-q-helpful", &[("percent", p.into())]),
                None => format!("{} {small}", ctx.t("rep-q-helpful-label")),
            });
        }
        parts.push(lines.join("\n"));
    }
    if parts.len() == 1 {
        parts.push(ctx.t("rep-nothing-here"));
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

pub(super) async fn on_button(ctx: &mut Ctx, step: &Step, pressed: Button) -> anyhow::Result<Flow> {
    match (step, pressed) {
        (Step::Periods, Button::Calendar { span, back }) => {
            if back != 1 {
                return Ok(Flow::Unexpected);
            }
            if ctx.scope().is_none() {
                return Ok(Flow::Denied(NOT_ALLOWED));
            }
            let period = Period::calendar(span, back, ctx.now(), &ctx.app.config.timezone);
            Ok(goto(Step::Report {
                period,
                view: View::By(Dim::Topic),
            }))
        }
        (Step::Periods, Button::Custom) => Ok(goto(Step::CustomPeriod)),
        (
            Step::Report { period, .. },
            Button::Period | Button::View(_) | Button::Charts | Button::Csv,
        ) => {
            let Some(scope) = ctx.scope() else {
                return Ok(Flow::Denied(NOT_ALLOWED));
            };
            report_button(ctx, step, *period, scope, pressed).await
        }
        _ => Ok(Flow::Unexpected),
    }
}

async fn report_button(
    ctx: &mut Ctx,
    step: &Step,
    period: Period,
    scope: Scope,
    pressed: Button,
) -> anyhow::Result<Flow> {
    let view = match pressed {
        Button::Period => return Ok(goto(Step::Periods)),
        Button::View(View::Comments) => View::Comments,
        Button::View(View::Questions) => View::Questions,
        Button::View(View::Gaps) if scope == Scope::All => View::Gaps,
        Button::View(View::By(d)) if dims(scope).contains(&d) => View::By(d),
        Button::Charts | Button::Csv => {
            let caption = ctx.tf(
                "rep-files-caption",
                &[("period", period_label(ctx, period).into())],
            );
            let what = if pressed == Button::Charts {
                for (name, png) in report_files::charts(ctx, period, scope).await? {
                    ctx.send_photo(png, &name, &caption).await?;
                }
                "charts"
            } else {
                for (name, bytes) in report_files::csv_files(ctx, period, scope).await? {
                    ctx.send_document(bytes, &name, &caption).await?;
                }
                "csv"
            };
            tracing::info!(what, "report files sent");
            // The report again below the files, so its buttons are at hand.
            return Ok(Flow::below(State::Feedback(step.clone())));
        }
        _ => return Ok(Flow::Unexpected),
    };
    Ok(goto(Step::Report { period, view }))
}

pub(super) fn on_custom_period(ctx: &Ctx, text: &str) -> anyhow::Result<Flow> {
    if ctx.scope().is_none() {
        return Ok(Flow::Denied(NOT_ALLOWED));
    }
    Ok(
        match Period::parse(text, ctx.now(), &ctx.app.config.timezone) {
            Ok(period) => goto(Step::Report {
                period,
                view: View::By(Dim::Topic),
            }),
            Err(e) => Flow::Hint(ctx.t(match e {
                PeriodError::NotOver => "rep-period-empty",
                PeriodError::Unreadable => "rep-period-unreadable",
            })),
        },
    )
}
