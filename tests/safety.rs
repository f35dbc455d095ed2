//! Safe with real people's data: no typed or stored value takes the bot
//! down. Each test reproduces a failure found from outside.

mod common;

use std::collections::BTreeMap;

use chrono::Duration;
use common::{Harness, TUser};
use discorsi::{
    clock::Clock,
    directory::model::Topic,
    events::{
        model::{Audience, Event, Kind, Texts},
        store,
    },
    i18n::Lang,
};

const ADMIN: i64 = 800;

fn workshop(h: &Harness) -> Event {
    let start = (h.clock.now() + Duration::days(2)).timestamp();
    Event {
        id: 0,
        kind: Kind::Workshop,
        topic: Topic::Work,
        association_id: None,
        audience: Audience::Everyone,
        starts_at: start,
        ends_at: start + 7200,
        place: "Via Nizza 1, Torino".into(),
        coords: None,
        online_url: String::new(),
        capacity: 10,
        languages: vec!["it".into()],
        texts: BTreeMap::from([(
            "it".into(),
            Texts {
                title: "Laboratorio CV".into(),
                description: "Scrivere il curriculum".into(),
            },
        )]),
        cancelled: false,
        created_by: ADMIN,
    }
}

/// The member opens Workshops, then the first event's card, and signs up.
async fn browse_and_sign_up(h: &Harness, u: &mut TUser) {
    let it = Lang::It;
    u.send("/menu");
    u.expect(&h.t(it, "menu-title")).await;
    u.click(&h.t(it, "menu-events"));
    u.expect("Laboratorio CV").await;
    u.click("1");
    u.expect("Laboratorio CV").await;
}

#[tokio::test]
async fn a_year_out_of_range_is_refused_everywhere_it_can_be_typed() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let en = Lang::En;
    let db = h.db.connect().await;
    let id = store::create(&db, &workshop(&h), h.clock.now())
        .await
        .unwrap();
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    // Reproduced: the bot said "Saved", then panicked, and so did everyone
    // who opened Workshops, after every restart.
    admin.click(&h.t(en, "menu-manage-events"));
    let list = admin.expect(&h.t(en, "ev-manage-title")).await;
    admin.press_data(list.message_id().unwrap(), &format!("ev:org:{id}"));
    admin.expect_button(&h.t(en, "ev-change-time")).await;
    admin.click(&h.t(en, "ev-change-time"));
    admin.expect(&h.t(en, "ev-ask-new-start")).await;
    for typed in [
        "31/12/262142 22:30",
        "1/1/1999 10:00",
        "1/1/2101 10:00",
        "31/12/99999 9:00",
    ] {
        admin.send(typed);
        admin.expect(&h.t(en, "ev-date-unreadable")).await;
    }
    let e = store::get(&db, id).await.unwrap().unwrap();
    assert_eq!(e.starts_at, workshop(&h).starts_at, "nothing was saved");
    let mut member = h.user(801, Some("it"));
    member.onboard(&h.i18n, Lang::It).await;
    browse_and_sign_up(&h, &mut member).await;
}

#[tokio::test]
async fn an_extreme_time_already_stored_never_takes_the_bot_down() {
    let mut h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let id = store::create(&db, &workshop(&h), h.clock.now())
        .await
        .unwrap();
    let mut member = h.user(811, Some("it"));
    member.onboard(&h.i18n, Lang::It).await;
    browse_and_sign_up(&h, &mut member).await;
    member.click(&h.t(Lang::It, "ev-sign-up"));
    member.expect_call("sendDocument").await;
    // The end of chrono's range (31/12/262142), as an older version stored it.
    sqlx::query("UPDATE events SET starts_at = $1, ends_at = $2 WHERE id = $3")
        .bind(8_210_266_876_799_i64 - 7200)
        .bind(8_210_266_876_799_i64)
        .bind(id)
        .execute(db.pool())
        .await
        .unwrap();
    h.stop_bot().await;
    h.start_bot().await;
    let it = Lang::It;
    // Every screen that shows it: the list, the card, my sign-ups, the
    // calendar file, the organiser's screen, the certificate.
    member.send("/menu");
    member.expect(&h.t(it, "menu-title")).await;
    member.click(&h.t(it, "menu-events"));
    member.expect("Laboratorio CV").await;
    member.click("1");
    member.expect("Laboratorio CV").await;
    member.send("/menu");
    member.expect(&h.t(it, "menu-title")).await;
    member.click(&h.t(it, "menu-my-signups"));
    member.expect("Laboratorio CV").await;
    member.send("/certificate");
    member.expect("").await;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, Lang::En).await;
    admin.click(&h.t(Lang::En, "menu-manage-events"));
    let list = admin.expect(&h.t(Lang::En, "ev-manage-title")).await;
    admin.press_data(list.message_id().unwrap(), &format!("ev:org:{id}"));
    admin.expect_button(&h.t(Lang::En, "ev-change-time")).await;
    // The scheduler passes over it too (reminders, feedback prompts).
    h.clock.advance(Duration::hours(1));
    member.send("/help");
    member.expect(&h.t(it, "help-intro")).await;
}

#[tokio::test]
async fn a_year_out_of_range_in_a_schedule_or_a_report_period() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let en = Lang::En;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let mut reader = h.user(821, Some("en"));
    reader.onboard(&h.i18n, en).await;
    // An announcement's schedule. Reproduced: panicked on the confirm screen.
    admin.click(&h.t(en, "bc-new"));
    admin.expect(&h.t(en, "bc-audience-prompt")).await;
    admin.click(&h.t(en, "bc-aud-everyone"));
    admin.expect(&h.t(en, "bc-aud-everyone")).await;
    admin.send("Hello everyone");
    admin.expect("That's the preview above").await;
    admin.click(&h.t(en, "bc-schedule"));
    admin.expect(&h.t(en, "bc-when")).await;
    admin.send("31/12/262142 22:30");
    admin.expect(&h.t(en, "bc-when-unreadable")).await;
    admin.send("1/1/2101 10:00");
    admin.expect(&h.t(en, "bc-when-unreadable")).await;
    // A report's custom period. Reproduced: panicked in feedback/model.rs.
    admin.send("/report");
    admin.expect(&h.t(en, "rep-choose-period")).await;
    admin.click(&h.t(en, "rep-custom"));
    admin.expect(&h.t(en, "rep-custom-prompt")).await;
    admin.send("1/12/262142 - 31/12/262142");
    admin.expect(&h.t(en, "rep-period-unreadable")).await;
    admin.send("1/1/1999 - 31/12/2101");
    admin.expect(&h.t(en, "rep-period-unreadable")).await;
    admin.send("/help");
    admin.expect(&h.t(en, "help-intro")).await;
}
