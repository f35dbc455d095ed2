//! Every step of every dialogue that reads typed text gets the inputs a
//! careless or hostile person sends: extreme numbers, dates at and past the
//! edges, 4,096+ characters, right-to-left and zero-width text, emoji,
//! markup. Each must get an answer that is not an error, leave the dialogue
//! usable, and never take the bot down.

use crate::common::Harness;
use chrono::Duration;
use discorsi::{
    associations, broadcasts,
    broadcasts::store::Audience as To,
    clock::Clock,
    dialogue::State,
    directory,
    events::{self, Draft, Field},
    feedback,
    i18n::Lang,
};

const ADMIN: i64 = 500;

fn corpus() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        " ",
        "0",
        "-1",
        "99999999999999999999999999999",
        "-9223372036854775808",
        "1e308",
        "NaN",
        "31/12/262142 22:30",
        "31/12/2100 23:59",
        "1/1/2000 00:00",
        "29/02/2027 10:00",
        "25:61",
        "1/1/99999999999 10:00",
        "1/12/262142 - 31/12/262142",
        "01/01/1970 - 31/12/2100",
        "مرحبا بالعالم ١٢/٣ ١٨:٣٠",
        "٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩",
        "٣١/١٢/٢٦٢١٤٢ ٢٢:٣٠",
        "Q٥ ۲۰۲۶",
        "\u{200B}\u{200D}\u{FEFF}\u{2060}",
        "\u{202E}evil\u{202C}",
        "<b>bold</b> & <script>",
        "'; DROP TABLE users; --",
        "🇮🇹👨‍👩‍👧😀",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("a".repeat(4097));
    v.push("😀".repeat(3000));
    v.push("ع".repeat(5000));
    v
}

#[tokio::test]
async fn every_text_step_survives_hostile_input() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    // Telegram's own limits are tested elsewhere; here, speed.
    h.fake.set_flood_rules(None);
    let db = h.db.connect().await;
    let now = h.clock.now();
    let en = Lang::En;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let mut reader = h.user(501, Some("en"));
    reader.onboard(&h.i18n, en).await;
    let assoc = associations::store::create(&db, "Prova", "", &[], ADMIN, now)
        .await
        .unwrap();
    let mut e = crate::common::workshop(&h, Duration::days(3), ADMIN);
    e.association_id = Some(assoc);
    let event = events::store::create(&db, &e, now).await.unwrap();
    let draft_id =
        broadcasts::store::create_draft(&db, ADMIN, ADMIN, &To::Everyone, "Bozza", None, now)
            .await
            .unwrap();
    let started = Draft {
        starts_at: Some((now + Duration::days(5)).timestamp()),
        ..Draft::default()
    };
    let states: Vec<State> = vec![
        State::Menu,
        State::Directory(directory::Step::Topics),
        State::Directory(directory::Step::Gap {
            query: "casa".into(),
        }),
        State::Directory(directory::Step::Report {
            id: "to-casa-1".into(),
            back: Box::new(directory::Step::Topics),
        }),
        State::Directory(directory::Step::AwaitLocation { sub: None }),
        State::Associations(associations::Step::AddStaff),
        State::Associations(associations::Step::NewName),
        State::Associations(associations::Step::NewDescription {
            name: "Nuova".into(),
        }),
        State::Broadcasts(broadcasts::Step::Compose {
            audience: To::Everyone,
        }),
        State::Broadcasts(broadcasts::Step::TranslationText {
            id: draft_id,
            lang: "fr".into(),
        }),
        State::Broadcasts(broadcasts::Step::Schedule { id: draft_id }),
        State::Events(events::Step::EditTime { id: event }),
        State::Events(events::Step::EditPlace { id: event }),
        State::Feedback(feedback::Step::CustomPeriod),
        State::Feedback(feedback::Step::CertificateName),
    ]
    .into_iter()
    .chain(
        [
            Field::Title,
            Field::Description,
            Field::Start,
            Field::End,
            Field::Place,
            Field::Capacity,
        ]
        .into_iter()
        .map(|field| {
            State::Events(events::Step::New {
                draft: started.clone(),
                field,
            })
        }),
    )
    .collect();
    let generic = crate::common::plain(&h.t(en, "error-generic"));
    for state in &states {
        for input in corpus() {
            let json = serde_json::to_string(state).unwrap();
            sqlx::query(
                "INSERT INTO dialogues (chat_id, state, updated_at) VALUES ($1, $2, 0)
                 ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state",
            )
            .bind(ADMIN)
            .bind(&json)
            .execute(db.pool())
            .await
            .unwrap();
            let since = h.fake.next_seq();
            admin.send(&input);
            let answer = h
                .fake
                .wait_call(since, crate::common::WAIT, |c| {
                    c.chat_id == Some(ADMIN) && c.message.is_some()
                })
                .await
                .unwrap_or_else(|_| {
                    panic!(
                        "no answer in {json} to {:?}",
                        input.chars().take(40).collect::<String>()
                    )
                });
            assert!(
                !crate::common::plain(answer.text()).contains(&generic),
                "an error in {json} for {:?}",
                input.chars().take(40).collect::<String>()
            );
            // Nothing stored is out of range or over its limit.
            let (bad_events,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM events WHERE starts_at < 946684800 OR starts_at > 4133980799
                 OR ends_at < 946684800 OR ends_at > 4133980799",
            )
            .fetch_one(db.pool())
            .await
            .unwrap();
            assert_eq!(
                bad_events, 0,
                "{json} stored an out-of-range time for {input:?}"
            );
        }
    }
    // Every answer was a real one, and the bot is still there for everyone.
    reader.send("/help");
    reader.expect(&h.t(en, "help-intro")).await;
    let (long,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM associations WHERE LENGTH(name) > 80 OR LENGTH(description) > 500",
    )
    .fetch_one(db.pool())
    .await
    .unwrap();
    assert_eq!(long, 0);
    let _ = h.clock.now();
}

/// Puts the admin's dialogue at `state`, sends `input`, and returns the
/// plain text of the answer.
async fn answer_at(
    h: &Harness,
    admin: &mut crate::common::TUser,
    state: &State,
    input: &str,
) -> String {
    let db = h.db.connect().await;
    sqlx::query(
        "INSERT INTO dialogues (chat_id, state, updated_at) VALUES ($1, $2, 0)
         ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state",
    )
    .bind(ADMIN)
    .bind(serde_json::to_string(state).unwrap())
    .execute(db.pool())
    .await
    .unwrap();
    let since = h.fake.next_seq();
    admin.send(input);
    let answer = h
        .fake
        .wait_call(since, crate::common::WAIT, |c| {
            c.chat_id == Some(ADMIN) && c.message.is_some()
        })
        .await
        .unwrap_or_else(|_| panic!("no answer in {state:?} to {input:?}"));
    crate::common::plain(answer.text())
}

#[tokio::test]
async fn arabic_indic_and_persian_digits_read_as_ascii_ones_at_every_typed_number() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    h.fake.set_flood_rules(None);
    let db = h.db.connect().await;
    let now = h.clock.now();
    let ar = Lang::Ar;
    let mut admin = h.user(ADMIN, Some("ar"));
    admin.onboard(&h.i18n, ar).await;
    let e = crate::common::workshop(&h, Duration::days(3), ADMIN);
    let event = events::store::create(&db, &e, now).await.unwrap();
    let draft_id =
        broadcasts::store::create_draft(&db, ADMIN, ADMIN, &To::Everyone, "مسودة", None, now)
            .await
            .unwrap();
    let started = Draft {
        starts_at: Some((now + Duration::days(5)).timestamp()),
        ..Draft::default()
    };
    let new = |field| {
        State::Events(events::Step::New {
            draft: started.clone(),
            field,
        })
    };
    // The same input in ASCII, Arabic-Indic and Persian digits: the same answer.
    let cases: Vec<(State, [&str; 3])> = vec![
        (
            new(Field::Start),
            ["25/12 18:30", "٢٥/١٢ ١٨:٣٠", "۲۵/۱۲ ۱۸:۳۰"],
        ),
        (
            new(Field::Start),
            ["32/12 18:30", "٣٢/١٢ ١٨:٣٠", "۳۲/۱۲ ۱۸:۳۰"],
        ),
        (
            new(Field::Start),
            ["1/1/2020 10:00", "١/١/٢٠٢٠ ١٠:٠٠", "۱/۱/۲۰۲۰ ۱۰:۰۰"],
        ),
        (new(Field::End), ["20.00", "٢٠٫٠٠", "۲۰.۰۰"]),
        (new(Field::Capacity), ["20", "٢٠", "۲۰"]),
        (new(Field::Capacity), ["0", "٠", "۰"]),
        (
            State::Broadcasts(broadcasts::Step::Schedule { id: draft_id }),
            ["24/12/2027 09:15", "٢٤/١٢/٢٠٢٧ ٠٩:١٥", "۲۴/۱۲/۲۰۲۷ ۰۹:۱۵"],
        ),
        (
            State::Broadcasts(broadcasts::Step::Schedule { id: draft_id }),
            ["1/1/2020 10:00", "١/١/٢٠٢٠ ١٠:٠٠", "۱/۱/۲۰۲۰ ۱۰:۰۰"],
        ),
        (
            State::Feedback(feedback::Step::CustomPeriod),
            ["10/2026", "١٠/٢٠٢٦", "۱۰/۲۰۲۶"],
        ),
        (
            State::Feedback(feedback::Step::CustomPeriod),
            ["Q3 2026", "Q٣ ٢٠٢٦", "q۳ ۲۰۲۶"],
        ),
        (
            State::Feedback(feedback::Step::CustomPeriod),
            ["2026", "٢٠٢٦", "۲۰۲۶"],
        ),
        (
            State::Feedback(feedback::Step::CustomPeriod),
            ["13/2026", "١٣/٢٠٢٦", "۱۳/۲۰۲۶"],
        ),
        (
            State::Events(events::Step::EditTime { id: event }),
            ["1/1/2020 10:00", "١/١/٢٠٢٠ ١٠:٠٠", "۱/۱/۲۰۲۰ ۱۰:۰۰"],
        ),
    ];
    for (state, inputs) in &cases {
        let [ascii, arabic, persian] = inputs.map(|i| i.to_owned());
        let want = answer_at(&h, &mut admin, state, &ascii).await;
        assert_eq!(
            answer_at(&h, &mut admin, state, &arabic).await,
            want,
            "{arabic}"
        );
        assert_eq!(
            answer_at(&h, &mut admin, state, &persian).await,
            want,
            "{persian}"
        );
    }
    // A new start typed in Arabic-Indic digits moves the event.
    let before = events::store::get(&db, event)
        .await
        .unwrap()
        .unwrap()
        .starts_at;
    let answer = answer_at(
        &h,
        &mut admin,
        &State::Events(events::Step::EditTime { id: event }),
        "٢٠/١٢/٢٠٢٧ ١٧:٠٠",
    )
    .await;
    assert_eq!(answer, crate::common::plain(&h.t(ar, "ev-updated")));
    let after = events::store::get(&db, event)
        .await
        .unwrap()
        .unwrap()
        .starts_at;
    assert_ne!(before, after);
    assert_eq!(
        after
            .with_timezone(&chrono_tz::Europe::Rome)
            .format("%d/%m/%Y %H:%M")
            .to_string(),
        "20/12/2027 17:00"
    );
}
