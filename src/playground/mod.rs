//! `discorsi playground`: the real bot, started by the same path as
//! `discorsi run`, against the built-in fake Bot API, with sample data and a
//! web page that looks like a phone chat. No token, no internet.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context as _;
use axum::{
    Json, Router,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{Html, IntoResponse, Response},
    routing::{get, post},
};
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::{
    app,
    associations::store as assoc,
    clock::SystemClock,
    config::Config,
    directory,
    domain::BotToken,
    events::{
        model::{Audience, Event, Kind, Texts},
        store as events,
    },
    fake_api::{FakeTelegram, FakeUser},
    storage::{Db, users},
};

/// A simulated person in the playground.
#[derive(Clone, Debug)]
pub struct Persona {
    pub key: &'static str,
    pub user: FakeUser,
    pub role: &'static str,
}

pub fn personas() -> Vec<Persona> {
    vec![
        Persona {
            key: "member",
            user: FakeUser::new(101, "Amina", Some("ar")),
            role: "member",
        },
        Persona {
            key: "leader",
            user: FakeUser::new(102, "Fatou", Some("fr")),
            role: "leader",
        },
        Persona {
            key: "staff",
            user: FakeUser::new(103, "Giulia", Some("it")),
            role: "staff",
        },
        Persona {
            key: "admin",
            user: FakeUser::new(104, "Marco", Some("en")),
            role: "admin",
        },
    ]
}

/// Turin, Piazza Castello: the location the "share location" button sends.
pub const SAMPLE_LOCATION: (f64, f64) = (45.0712, 7.6854);

struct Play {
    fake: FakeTelegram,
    personas: Vec<Persona>,
}

/// Loads the sample services, an association with a leader and a member,
/// a staff member, and upcoming workshops (one whose reminder is due within
/// minutes).
/// The sample directory, built into the binary.
pub const SAMPLE_SERVICES: &str = include_str!("../../data/services.csv");

pub async fn seed(db: &Db, people: &[Persona]) -> anyhow::Result<()> {
    let now = Utc::now();
    let services = directory::import::parse(SAMPLE_SERVICES.as_bytes())
        .map_err(|e| anyhow::anyhow!("sample services: {e:?}"))?;
    directory::store::upsert_all(db, &services, now).await?;
    for p in people {
        let u = users::touch(
            db,
            p.user.id,
            p.user.id,
            &p.user.first_name,
            p.user.language_code.as_deref(),
            now,
        )
        .await?;
        // The member meets the bot for the first time: language, notice, menu,
        // and the region question at her first search across regions. The
        // others have used the bot in Turin already.
        if p.role != "member" {
            users::set_lang(db, u.id, u.lang()).await?;
            users::accept_privacy(db, u.id, now).await?;
            users::set_region(db, u.id, Some(directory::model::Region::Piedmont.code())).await?;
        }
    }
    let admin = people
        .iter()
        .find(|p| p.role == "admin")
        .map(|p| p.user.id)
        .unwrap_or(0);
    let id = assoc::create(
        db,
        "Donne in Rete Torino",
        "Mutual help among migrant women",
        &["it".into(), "fr".into(), "ar".into()],
        admin,
        now,
    )
    .await?;
    for p in people {
        match p.role {
            "leader" => {
                let code =
                    assoc::create_invite(db, id, assoc::InviteKind::Leader, admin, now, None)
                        .await?;
                assoc::redeem(db, assoc::InviteKind::Leader, &code, p.user.id, now).await?;
            }
            "member" => {
                assoc::join(db, id, p.user.id, now).await?;
                // A few more members without a chat of their own here.
                for (uid, name, lang) in [
                    (201, "Nadia", "ar"),
                    (202, "Ilir", "sq"),
                    (203, "Rosa", "es"),
                ] {
                    users::touch(db, uid, uid, name, Some(lang), now).await?;
                    users::set_lang(
                        db,
                        uid,
                        crate::i18n::Lang::from_code(lang).unwrap_or(crate::i18n::Lang::It),
                    )
                    .await?;
                    users::accept_privacy(db, uid, now).await?;
                    assoc::join(db, id, uid, now).await?;
                }
            }
            "staff" => assoc::grant_staff(db, p.user.id, admin, now).await?,
            _ => {}
        }
    }
    let workshop = |mins: i64,
                    hours: i64,
                    title_it: &str,
                    title_fr: &str,
                    capacity: i64,
                    kind: Kind,
                    topic| Event {
        id: 0,
        kind,
        topic,
        association_id: Some(id),
        audience: Audience::Everyone,
        starts_at: now + chrono::Duration::minutes(mins),
        ends_at: now + chrono::Duration::minutes(mins) + chrono::Duration::hours(hours),
        place: "Via Bologna 51, Torino".into(),
        coords: Some((45.0865, 7.6951)),
        online_url: String::new(),
        capacity,
        languages: vec!["it".into(), "fr".into(), "ar".into()],
        texts: [
            (
                "it".to_owned(),
                Texts {
                    title: title_it.into(),
                    description: "Laboratorio del progetto D.I.S.CO.R.S.I.".into(),
                },
            ),
            (
                "fr".to_owned(),
                Texts {
                    title: title_fr.into(),
                    description: "Atelier du projet D.I.S.CO.R.S.I.".into(),
                },
            ),
        ]
        .into(),
        cancelled: false,
        created_by: admin,
    };
    use crate::domain::Topic;
    // Starts in a little over two hours: its 2-hour reminder arrives within minutes.
    let soon = events::create(
        db,
        &workshop(
            123,
            2,
            "Casa: diritti degli inquilini",
            "Logement : droits des locataires",
            20,
            Kind::Workshop,
            Topic::Housing,
        ),
        now,
    )
    .await?;
    events::create(
        db,
        &workshop(
            60 * 26,
            2,
            "Salute: come iscriversi al medico di base",
            "Santé : choisir un médecin traitant",
            2,
            Kind::Workshop,
            Topic::Health,
        ),
        now,
    )
    .await?;
    events::create(
        db,
        &workshop(
            60 * 72,
            3,
            "Incontro con i centri per l'impiego",
            "Rencontre avec les agences pour l'emploi",
            15,
            Kind::Training,
            Topic::Work,
        ),
        now,
    )
    .await?;
    if let Some(member) = people.iter().find(|p| p.role == "member") {
        events::sign_up(db, soon, member.user.id, &[1440, 120], now).await?;
    }
    let role = |r: &str| people.iter().find(|p| p.role == r).map(|p| p.user.id);
    if let (Some(member), Some(leader), Some(staff)) =
        (role("member"), role("leader"), role("staff"))
    {
        seed_questions(db, id, member, leader, staff, now).await?;
    }
    // Two past workshops with attendance and feedback, for /report and the
    // certificate. Created ahead (sign-ups close at the start), then moved.
    let member = people
        .iter()
        .find(|p| p.role == "member")
        .map(|p| p.user.id);
    let past = [
        (
            "Lavoro: scrivere il curriculum",
            "Emploi : écrire son CV",
            Topic::Work,
            14,
            [5, 4, 4, 5, 3, 4, 5, 2],
        ),
        (
            "Casa: il contratto d'affitto",
            "Logement : le bail",
            Topic::Housing,
            7,
            [4, 3, 5, 4, 4, 2, 3, 5],
        ),
    ];
    for (title_it, title_fr, topic, days_ago, ratings) in past {
        let e = workshop(60, 2, title_it, title_fr, 20, Kind::Workshop, topic);
        let eid = events::create(db, &e, now).await?;
        let people: Vec<i64> = member.into_iter().chain(300..310).collect();
        for uid in &people {
            events::sign_up(db, eid, *uid, &[], now).await?;
        }
        // Eight of the eleven came.
        for uid in people.iter().take(9).skip(1).chain(member.iter()) {
            events::toggle_attended(db, eid, *uid).await?;
        }
        let start = (now - chrono::Duration::days(days_ago)).timestamp();
        sqlx::query("UPDATE events SET starts_at = $1, ends_at = $2 WHERE id = $3")
            .bind(start)
            .bind(start + 2 * 3600)
            .bind(eid)
            .execute(db.pool())
            .await?;
        let langs = ["ar", "fr", "ar", "sq", "es", "ar", "fr", "it"];
        for (k, (rating, lang)) in ratings.into_iter().zip(langs.iter().cycle()).enumerate() {
            let subject = crate::feedback::store::Subject {
                kind: crate::feedback::model::Kind::Event,
                event_id: Some(eid),
                service_id: None,
                association_id: Some(id),
                topic: topic.code(),
            };
            let uid = 300 + k as i64;
            let Some(f) = crate::feedback::store::start_event_feedback(
                db,
                uid,
                &subject,
                lang,
                Some(rating),
                now,
            )
            .await?
            else {
                continue;
            };
            use crate::feedback::model::Reason;
            let reasons = match rating {
                5 => Reason::Useful.bit() | Reason::Clear.bit(),
                4 => Reason::Useful.bit(),
                3 => Reason::TooFast.bit(),
                _ => Reason::Language.bit() | Reason::Timing.bit(),
            };
            crate::feedback::store::set_reasons(db, uid, f, reasons, now).await?;
            if k == 0 {
                let comment = "Molto utile, vorrei un secondo incontro.";
                crate::feedback::store::set_comment(db, uid, f, comment, now).await?;
            }
        }
        // Given in the hours after the workshop, as real answers would be.
        sqlx::query("UPDATE feedback SET created_at = $1 + id % 7 * 3600 WHERE event_id = $2")
            .bind(start + 3 * 3600)
            .bind(eid)
            .execute(db.pool())
            .await?;
    }
    Ok(())
}

/// The help desk as a visitor finds it: the member's question answered by
/// her association's leader (she can reply, close and rate), another
/// member's question waiting in the leader's inbox, and a thread of the
/// leaders' network with an answer staff pinned as good practice.
async fn seed_questions(
    db: &Db,
    association: i64,
    member: i64,
    leader: i64,
    staff: i64,
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<()> {
    use crate::questions::{
        model::{Kind, Part, To},
        store as q,
    };
    let text = |s: &str| Part {
        kind: Kind::Text,
        body: crate::telegram::escape(s),
        file: None,
    };
    let ago = |h: i64| now - chrono::Duration::hours(h);
    let ask = |asker: i64, lang: &'static str, key: i64| q::NewQuestion {
        asker,
        lang,
        name: None,
        draft_key: key,
        to: To::Association(association),
        about: "",
    };
    let (answered, _) = q::create(
        db,
        &ask(member, "ar", 1),
        &[text("أين أستطيع أن أتعلم الإيطالية مجانًا في تورينو؟")],
        ago(26),
    )
    .await?;
    q::claim(db, answered, leader, false, ago(5)).await?;
    let _ = q::answer(
        db,
        answered,
        leader,
        &text("Le CPIA de via Bologna propose des cours gratuits, le matin ou le soir. Viens avec ton titre de séjour ou ton passeport : on peut t'accompagner le mardi."),
        None,
        ago(5),
    )
    .await?;
    q::create(
        db,
        &ask(201, "ar", 2),
        &[text(
            "وصلتني رسالة من الكويستورا بخصوص تجديد الإقامة ولا أفهمها. ماذا أفعل؟",
        )],
        ago(3),
    )
    .await?;
    let (post, _) = q::add_post(
        db,
        leader,
        Some(association),
        Some("auvergne_rhone_alpes"),
        "fr",
        &crate::telegram::escape(
            "Comment les associations de Lyon aident-elles leurs membres à obtenir l'AME ?",
        ),
        None,
        ago(48),
    )
    .await?;
    q::add_reply(
        db,
        post,
        staff,
        None,
        "it",
        &crate::telegram::escape("A Lione la PASS dell'ospedale Édouard-Herriot aiuta con la domanda di AME: serve un'attestazione di domicilio, anche da un'associazione."),
        None,
        ago(30),
    )
    .await?;
    if let Some(reply) = q::replies(db, post).await?.first() {
        q::pin(db, crate::domain::Topic::Health, reply, staff, ago(29)).await?;
    }
    Ok(())
}

/// Runs the playground until Ctrl-C.
pub async fn run(port: u16, database_url: Option<String>) -> anyhow::Result<()> {
    let tmp = tempfile::tempdir()?;
    let url = database_url
        .unwrap_or_else(|| format!("sqlite://{}", tmp.path().join("playground.db").display()));
    let fake = FakeTelegram::start().await?;
    let people = personas();
    let db = app::open_db(&url).await?;
    if let Some(real) = real_people(&db).await? {
        db.close().await;
        anyhow::bail!(
            "this database holds {real} real Telegram user(s): the playground only runs on its own data (a new --persist FILE)"
        );
    }
    if crate::directory::store::version(&db).await? == 0 {
        seed(&db, &people).await?;
    }
    db.close().await;

    let mut config = Config::for_token(BotToken::fake(), &url);
    config.api_url = Some(fake.api_url());
    config.admin_ids = people
        .iter()
        .filter(|p| p.role == "admin")
        .map(|p| p.user.id)
        .collect();
    config.poll_timeout = Duration::from_secs(10);
    let bot = tokio::spawn(app::run(
        config,
        Arc::new(SystemClock),
        app::shutdown_signal(),
    ));

    let play = Arc::new(Play {
        fake,
        personas: people,
    });
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let addr = listener.local_addr()?;
    println!("Discorsi playground: open http://{addr} in a browser.");
    println!("It listens on 127.0.0.1 only; nothing leaves this machine. Ctrl-C stops it.");
    tokio::select! {
        r = axum::serve(listener, router(play, addr.port())) => r?,
        r = bot => r??,
    }
    Ok(())
}

/// The playground's people all have ids below this; Telegram's are far above.
const PLAYGROUND_IDS: i64 = 1_000_000;

/// How many people in `db` are not the playground's own, if any.
async fn real_people(db: &crate::storage::Db) -> anyhow::Result<Option<i64>> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE id >= $1")
        .bind(PLAYGROUND_IDS)
        .fetch_one(db.pool())
        .await?;
    Ok((n > 0).then_some(n))
}

fn router(play: Arc<Play>, port: u16) -> Router {
    Router::new()
        .route("/", get(|| async { Html(include_str!("page.html")) }))
        .route("/api/personas", get(personas_json))
        .route("/api/messages/{key}", get(messages))
        .route("/api/send/{key}", post(send))
        .route("/api/press/{key}", post(press))
        .route("/api/location/{key}", post(location))
        .route("/api/file/{id}", get(file))
        .with_state(play)
        .layer(axum::middleware::from_fn(move |req, next| {
            crate::fake_api::local_only(port, req, next)
        }))
}

fn persona<'a>(play: &'a Play, key: &str) -> Result<&'a Persona, StatusCode> {
    play.personas
        .iter()
        .find(|p| p.key == key)
        .ok_or(StatusCode::NOT_FOUND)
}

async fn personas_json(State(play): State<Arc<Play>>) -> Json<Value> {
    Json(json!(play.personas.iter().map(|p| json!({
        "key": p.key, "name": p.user.first_name, "role": p.role, "lang": p.user.language_code
    })).collect::<Vec<_>>()))
}

async fn messages(
    State(play): State<Arc<Play>>,
    Path(key): Path<String>,
) -> Result<Json<Value>, StatusCode> {
    let p = persona(&play, &key)?;
    Ok(Json(json!({
        "messages": play.fake.chat_messages(p.user.id),
        "keyboard": play.fake.reply_keyboard(p.user.id),
        "bot_id": crate::fake_api::BOT_ID,
    })))
}

#[derive(Deserialize)]
struct SendBody {
    text: String,
}

async fn send(
    State(play): State<Arc<Play>>,
    Path(key): Path<String>,
    Json(b): Json<SendBody>,
) -> Result<StatusCode, StatusCode> {
    let p = persona(&play, &key)?;
    if b.text.trim().is_empty() {
        return Err(StatusCode::BAD_REQUEST);
    }
    play.fake.send_text(&p.user, &b.text);
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
struct PressBody {
    message_id: i64,
    data: String,
}

async fn press(
    State(play): State<Arc<Play>>,
    Path(key): Path<String>,
    Json(b): Json<PressBody>,
) -> Result<StatusCode, StatusCode> {
    let p = persona(&play, &key)?;
    play.fake.press(&p.user, b.message_id, &b.data);
    Ok(StatusCode::NO_CONTENT)
}

async fn location(
    State(play): State<Arc<Play>>,
    Path(key): Path<String>,
) -> Result<StatusCode, StatusCode> {
    let p = persona(&play, &key)?;
    play.fake
        .send_location(&p.user, SAMPLE_LOCATION.0, SAMPLE_LOCATION.1);
    Ok(StatusCode::NO_CONTENT)
}

async fn file(State(play): State<Arc<Play>>, Path(id): Path<String>) -> Response {
    match play.fake.upload(&id) {
        None => StatusCode::NOT_FOUND.into_response(),
        Some(up) => {
            let ctype = match up.file_name.rsplit('.').next() {
                Some("png") => "image/png",
                Some("pdf") => "application/pdf",
                Some("ics") => "text/calendar; charset=utf-8",
                Some("csv") => "text/csv; charset=utf-8",
                Some("json") => "application/json",
                _ => "application/octet-stream",
            };
            let disposition = format!("inline; filename=\"{}\"", up.file_name.replace('"', ""));
            (
                [
                    (header::CONTENT_TYPE, ctype.to_owned()),
                    (header::CONTENT_DISPOSITION, disposition),
                ],
                up.bytes,
            )
                .into_response()
        }
    }
}
