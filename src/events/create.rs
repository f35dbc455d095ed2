//! The creation wizard: one field per step, a preview as participants will
//! see the card, then the event is stored and its organiser screen opens.

use serde::{Deserialize, Serialize};

use super::{
    Step,
    browse::card,
    button::Button,
    goto,
    model::{Audience, Event, Kind, MAX_CAPACITY, Texts},
    not_your_event, store,
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    i18n::Lang,
    telegram::{Screen, button, check_button},
    time::{WhenError, parse_when, utc},
};

const MAX_TITLE: usize = 120;
const MAX_DESCRIPTION: usize = 1500;

/// The event being written. It is part of the stored dialogue state, so its
/// times stay unix seconds: the JSON of a wizard left half-way keeps
/// parsing across versions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: Option<Kind>,
    pub topic: Option<Topic>,
    pub title: String,
    pub description: String,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub place: String,
    pub online_url: String,
    pub capacity: Option<i64>,
    pub languages: Vec<String>,
    pub audience: Option<Audience>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Kind,
    Topic,
    Title,
    Description,
    Start,
    End,
    Place,
    Capacity,
    Languages,
    Audience,
    Preview,
}

impl Field {
    const ORDER: [Field; 11] = [
        Field::Kind,
        Field::Topic,
        Field::Title,
        Field::Description,
        Field::Start,
        Field::End,
        Field::Place,
        Field::Capacity,
        Field::Languages,
        Field::Audience,
        Field::Preview,
    ];

    fn next(self) -> Field {
        let i = Field::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        Field::ORDER.get(i + 1).copied().unwrap_or(Field::Preview)
    }

    pub(super) fn prev(self) -> Option<Field> {
        let i = Field::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        i.checked_sub(1).and_then(|i| Field::ORDER.get(i).copied())
    }
}

fn at(draft: Draft, field: Field) -> Flow {
    goto(Step::New { draft, field })
}

/// The hint for a typed date that was not accepted.
pub(super) fn date_hint(ctx: &Ctx, err: WhenError) -> Flow {
    let key = match err {
        WhenError::InThePast => "ev-date-past",
        WhenError::Unreadable => "ev-date-unreadable",
    };
    Flow::Hint(ctx.t(key))
}

pub(super) async fn render(ctx: &Ctx, d: &Draft, field: Field) -> anyhow::Result<Screen> {
    let nav = ctx.nav_row();
    Ok(match field {
        Field::Kind => Screen::new(ctx.t("ev-ask-kind"))
            .grid(
                Kind::ALL
                    .iter()
                    .map(|k| {
                        button(
                            ctx.t(&format!("ev-kind-{}", k.code())),
                            Button::Kind(*k).data(),
                        )
                    })
                    .collect(),
                1,
            )
            .row(nav),
        Field::Topic => Screen::new(ctx.t("ev-ask-topic"))
            .grid(
                Topic::ALL
                    .iter()
                    .map(|t| button(ctx.topic(*t), Button::EventTopic(*t).data()))
                    .collect(),
                1,
            )
            .row(nav),
        Field::Title => {
            Screen::new(ctx.tf("ev-ask-title", &[("max", (MAX_TITLE as i64).into())])).row(nav)
        }
        Field::Description => Screen::new(ctx.t("ev-ask-description"))
            .button(ctx.t("assoc-skip"), Button::SkipDescription.data())
            .row(nav),
        Field::Start => Screen::new(ctx.t("ev-ask-start")).row(nav),
        Field::End => Screen::new(ctx.t("ev-ask-end")).row(nav),
        Field::Place => Screen::new(ctx.t("ev-ask-place")).row(nav),
        Field::Capacity => {
            Screen::new(ctx.tf("ev-ask-capacity", &[("max", MAX_CAPACITY.into())])).row(nav)
        }
        Field::Languages => {
            let buttons = Lang::ALL
                .iter()
                .map(|l| {
                    check_button(
                        d.languages.iter().any(|c| c == l.code()),
                        l.native_name(),
                        Button::Language(*l).data(),
                    )
                })
                .collect();
            Screen::new(ctx.t("ev-ask-languages"))
                .grid(buttons, 2)
                .button(ctx.t("ev-next"), Button::LanguagesDone.data())
                .row(nav)
        }
        Field::Audience => {
            let mut s = Screen::new(ctx.t("ev-ask-audience")).button(
                ctx.t("ev-aud-everyone"),
                Button::Audience(Audience::Everyone).data(),
            );
            if ctx.leads.is_some() {
                s = s.button(
                    ctx.t("ev-aud-members"),
                    Button::Audience(Audience::Members).data(),
                );
            }
            s.button(
                ctx.t("ev-aud-leaders"),
                Button::Audience(Audience::Leaders).data(),
            )
            .row(nav)
        }
        Field::Preview => {
            let e = draft_event(ctx, d);
            let preview = card(ctx, &e).await?;
            Screen::new(format!("{}\n\n{}", ctx.t("ev-preview"), preview.text))
                .button(ctx.t("ev-create"), Button::Create.data())
                .row(nav)
        }
    })
}

/// The event a draft describes (not yet stored).
fn draft_event(ctx: &Ctx, d: &Draft) -> Event {
    Event {
        id: 0,
        kind: d.kind.unwrap_or(Kind::Other),
        topic: d.topic.unwrap_or(Topic::Work),
        association_id: ctx.leads,
        audience: d.audience.unwrap_or(Audience::Everyone),
        starts_at: utc(d.starts_at.unwrap_or_default()),
        ends_at: utc(d.ends_at.unwrap_or_default()),
        place: d.place.clone(),
        coords: None,
        online_url: d.online_url.clone(),
        capacity: d.capacity.unwrap_or(1),
        languages: d.languages.clone(),
        texts: [(
            ctx.lang().code().to_owned(),
            Texts {
                title: d.title.clone(),
                description: d.description.clone(),
            },
        )]
        .into(),
        cancelled: false,
        created_by: ctx.user.id,
    }
}

pub(super) async fn on_button(
    ctx: &mut Ctx,
    draft: &Draft,
    field: Field,
    b: Button,
) -> anyhow::Result<Flow> {
    if ctx.scope().is_none() {
        return Ok(not_your_event());
    }
    let mut d = draft.clone();
    match (field, b) {
        (Field::Kind, Button::Kind(k)) => d.kind = Some(k),
        (Field::Topic, Button::EventTopic(t)) => d.topic = Some(t),
        (Field::Description, Button::SkipDescription) => d.description.clear(),
        (Field::Languages, Button::Language(l)) => {
            crate::telegram::toggle(&mut d.languages, l.code());
            return Ok(at(d, field));
        }
        (Field::Languages, Button::LanguagesDone) => {}
        (Field::Audience, Button::Audience(Audience::Members)) if ctx.leads.is_none() => {
            return Ok(Flow::Unexpected);
        }
        (Field::Audience, Button::Audience(a)) => d.audience = Some(a),
        (Field::Preview, Button::Create) => return create(ctx, d).await,
        _ => return Ok(Flow::Unexpected),
    }
    Ok(at(d, field.next()))
}

async fn create(ctx: &mut Ctx, d: Draft) -> anyhow::Result<Flow> {
    let e = draft_event(ctx, &d);
    if e.starts_at <= ctx.now() {
        ctx.say(&ctx.t("ev-date-past")).await?;
        return Ok(at(d, Field::Start));
    }
    let id = store::create(ctx.db(), &e, ctx.now()).await?;
    tracing::info!(event = id, "event created");
    ctx.say(&ctx.t("ev-created")).await?;
    // Its organiser screen, under the confirmation.
    Ok(Flow::below(State::Events(Step::Organise { id })))
}

pub(super) async fn on_text(
    ctx: &mut Ctx,
    draft: &Draft,
    field: Field,
    text: &str,
) -> anyhow::Result<Flow> {
    if ctx.scope().is_none() {
        return Ok(not_your_event());
    }
    let tz = ctx.app.config.timezone;
    let now = ctx.now();
    let mut d = draft.clone();
    match field {
        Field::Title => {
            if text.is_empty() || text.chars().count() > MAX_TITLE {
                return Ok(Flow::Hint(
                    ctx.tf("ev-title-invalid", &[("max", (MAX_TITLE as i64).into())]),
                ));
            }
            d.title = text.to_owned();
        }
        Field::Description => {
            if text.chars().count() > MAX_DESCRIPTION {
                return Ok(Flow::Hint(ctx.tf(
                    "assoc-description-invalid",
                    &[("max", (MAX_DESCRIPTION as i64).into())],
                )));
            }
            d.description = text.to_owned();
        }
        Field::Start => match parse_when(text, &tz, now) {
            Ok(t) => d.starts_at = Some(t.timestamp()),
            Err(err) => return Ok(date_hint(ctx, err)),
        },
        Field::End => {
            let start = d.starts_at.unwrap_or_default();
            // A bare time means the same day as the start.
            let end = if !text.contains(['/', '-']) {
                let day = ctx.local(utc(start)).format("%d/%m/%Y");
                parse_when(&format!("{day} {text}"), &tz, now)
            } else {
                parse_when(text, &tz, now)
            };
            match end {
                Ok(t) if t.timestamp() <= start => {
                    return Ok(Flow::Hint(ctx.t("ev-end-before-start")));
                }
                Ok(t) if t.timestamp() - start > 14 * 86_400 => {
                    return Ok(Flow::Hint(ctx.t("ev-too-long")));
                }
                Ok(t) => d.ends_at = Some(t.timestamp()),
                Err(WhenError::InThePast) => return Ok(Flow::Hint(ctx.t("ev-end-before-start"))),
                Err(err) => return Ok(date_hint(ctx, err)),
            }
        }
        Field::Place => {
            if text.is_empty() || text.chars().count() > 300 {
                return Ok(Flow::Unexpected);
            }
            match url::Url::parse(text) {
                Ok(u) if matches!(u.scheme(), "http" | "https") => {
                    d.online_url = text.to_owned();
                    d.place.clear();
                }
                _ => {
                    d.place = text.to_owned();
                    d.online_url.clear();
                }
            }
        }
        Field::Capacity => match crate::text::ascii_digits(text).trim().parse::<i64>() {
            Ok(n) if (1..=MAX_CAPACITY).contains(&n) => d.capacity = Some(n),
            _ => {
                return Ok(Flow::Hint(
                    ctx.tf("ev-capacity-invalid", &[("max", MAX_CAPACITY.into())]),
                ));
            }
        },
        Field::Kind | Field::Topic | Field::Languages | Field::Audience | Field::Preview => {
            return Ok(Flow::Unexpected);
        }
    }
    Ok(at(d, field.next()))
}
