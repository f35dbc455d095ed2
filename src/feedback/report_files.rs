//! The report's files: three charts (PNG) and three CSV files of a period,
//! with the same small-group rule as the screens.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::{
    charts,
    model::{Kind, Period},
    report::{self, Dim, MIN_GROUP},
    report_view::{Labels, day, dims, topic_label},
    store,
};
use crate::{
    access::Scope,
    context::Ctx,
    events::{model::Event, store as events},
    i18n::Lang,
    reports::{self, Audience},
};

/// The three charts of a period, as (file name, PNG).
pub(super) async fn charts(
    ctx: &Ctx,
    period: Period,
    scope: Scope,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let days = period.days().max(1);
    let bucket_days = match days {
        0..=14 => 1,
        15..=120 => 7,
        _ => 30,
    };
    let bucket = bucket_days * 86400;
    let n = ((period.to - period.from).num_seconds() + bucket - 1) / bucket;
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
            ctx.local(period.from + chrono::Duration::seconds(i * bucket))
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
        .filter(|g| g.kind == Kind::Event)
        .cloned()
        .collect();
    let rated = report::total(&events_only);
    let dist = charts::Distribution {
        title: ctx.t("chart-dist-title"),
        y_label: ctx.t("chart-dist-y"),
        stars: (rated.rated() >= MIN_GROUP).then_some(rated.stars),
        empty_note: ctx.tf("chart-too-few", &[("min", MIN_GROUP.into())]),
    };
    let mut part = participation(ctx, period, scope).await?;
    part.retain(|(e, _)| !e.cancelled);
    // The most recent events, newest on top.
    part.reverse();
    let turnout = charts::Turnout {
        title: ctx.t("chart-turnout-title"),
        signed_up: ctx.t("chart-signed-up"),
        attended: ctx.t("chart-attended"),
        events: part
            .iter()
            .take(charts::MAX_TURNOUT_EVENTS)
            .map(|(e, p)| {
                let title = e.texts_in(ctx.lang()).0.title;
                let short: String = title.chars().take(40).collect();
                let ell = if title.chars().count() > 40 {
                    "…"
                } else {
                    ""
                };
                (
                    format!(
                        "{} · {}",
                        day(ctx, e.starts_at),
                        crate::i18n::isolate(ctx.lang(), &format!("{short}{ell}"))
                    ),
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

/// Events starting in `period` with their sign-up figures, by start: the
/// figures from `reports`, the events themselves from the events feature.
async fn participation(
    ctx: &Ctx,
    period: Period,
    scope: Scope,
) -> anyhow::Result<Vec<(Event, reports::Participation)>> {
    let figures = reports::participation(ctx.db(), period.bounds(), scope).await?;
    let ids: Vec<i64> = figures.iter().map(|p| p.event_id).collect();
    let mut by_id: HashMap<i64, Event> = events::get_many(ctx.db(), &ids)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    Ok(figures
        .into_iter()
        .filter_map(|p| by_id.remove(&p.event_id).map(|e| (e, p)))
        .collect())
}

/// The three CSV files of a period, as (file name, bytes).
pub(super) async fn csv_files(
    ctx: &Ctx,
    period: Period,
    scope: Scope,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let when = |t: DateTime<Utc>| ctx.local(t).format("%Y-%m-%d %H:%M").to_string();
    let groups = store::groups(ctx.db(), period, scope).await?;
    let labels = Labels::load(ctx, &groups).await?;
    let feedback = report::feedback_csv(&groups, dims(scope), &|d, k| labels.label(ctx, d, k))?;
    let part = participation(ctx, period, scope).await?;
    // Titles in the source language, whoever downloads the file.
    let participation =
        report::participation_csv(&part, &|e| e.texts_in(Lang::SOURCE).0.title, &when)?;
    let reach = reports::reach(ctx.db(), period.bounds(), scope).await?;
    let audience = |a: &Audience| match a {
        Audience::Association(a) => format!(
            "association:{}",
            labels
                .associations
                .get(a)
                .cloned()
                .unwrap_or_else(|| a.to_string())
        ),
        Audience::Everyone => "everyone".into(),
        Audience::Language(l) => format!("language:{l}"),
        Audience::Topic(t) => format!("topic:{t}"),
        Audience::EventParticipants(e) => format!("event:{e}"),
        Audience::Unknown => "unknown".into(),
    };
    let reach = report::reach_csv(&reach, &audience, &when)?;
    let stamp = format!(
        "{}_{}",
        ctx.local(period.from).format("%Y%m%d"),
        ctx.local(period.to - chrono::Duration::seconds(1))
            .format("%Y%m%d")
    );
    Ok(vec![
        (format!("feedback_{stamp}.csv"), feedback),
        (format!("participation_{stamp}.csv"), participation),
        (format!("broadcast_reach_{stamp}.csv"), reach),
    ])
}
