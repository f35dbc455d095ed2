//! Right to left, checked on the screens people see: the real bot is
//! driven in Arabic through the main screens (menu, directory, events,
//! memberships, help, privacy, a leader's and a staff member's screens, a
//! report), and every line of every message must start right to left.
//! A Telegram client lays each line out in the direction of its first
//! strong character, so that character (after marks, emoji, digits and
//! punctuation) must be a right-to-left letter or an RLM. Values inserted
//! into sentences (Latin names, addresses, dates) are fenced by
//! `i18n::isolate`, so they cannot turn a line around; a line that is only
//! a user's value on its own is allowed either way. The other way round, a
//! French report's line for Arabic speakers must stay left to right.

use std::collections::BTreeMap;

use crate::{
    common::{Harness, TUser, plain},
    feedback::give,
};
use chrono::Duration;
use discorsi::{
    clock::Clock,
    directory,
    domain::Topic,
    events::{
        model::{Audience, Event, Kind, Texts},
        store as events,
    },
    fake_api::buttons_of,
    i18n::{Lang, first_strong_rtl},
    storage::Db,
};

const ADMIN: i64 = 900;
const ADMIN_FR: i64 = 901;
const LEADER: i64 = 950;
const MEMBER: i64 = 501;

/// Values typed by people, which may stand alone on a line in any direction.
const VALUES: &[&str] = &[
    "Torino",
    "Asti",
    "Donne in Rete",
    "Ambulatorio medico di base",
    "ASL Città di Torino",
    "Laboratorio CV",
];

const SERVICES: &str = "id,organisation,topic,subtopic,region,city,address,latitude,longitude,opening_hours,free_of_charge,without_permit,name_it,description_it,name_en
gp-torino,ASL Città di Torino,health,gp,piedmont,Torino,Via Roma 1 (scala B),45.0703,7.6869,Mo-Fr 09:00-12:30,yes,no,Ambulatorio medico di base,Visite del medico di famiglia per adulti,
";

/// The lines of `text` whose first strong character is not in the
/// direction `rtl`, leaving out lines that are only one of `VALUES`.
fn wrong_lines(text: &str, rtl: bool) -> Vec<String> {
    plain(text)
        .lines()
        .filter(|line| first_strong_rtl(line).is_some_and(|r| r != rtl))
        .filter(|line| {
            let bare: String = line
                .chars()
                .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}'))
                .collect();
            let bare = bare.trim_matches(|c: char| !c.is_alphanumeric());
            !VALUES.contains(&bare)
        })
        .map(|l| format!("{l:?}"))
        .collect()
}

/// Every message (sent or edited) to `u` so far breaks no line's direction
/// and carries no isolation mark (Telegram shows FSI/PDI as boxes).
fn check_all(h: &Harness, u: &TUser, rtl: bool) -> usize {
    let texts: Vec<String> = h
        .fake
        .calls()
        .iter()
        .filter(|c| c.ok && c.chat_id == Some(u.id()) && c.message.is_some())
        .map(|c| c.text().to_owned())
        .filter(|t| !t.is_empty())
        // The language picker: each line in its own language, on purpose.
        .filter(|t| !t.contains(&h.t(Lang::En, "language-prompt")))
        .collect();
    let mut wrong = vec![];
    for t in &texts {
        let lines = wrong_lines(t, rtl);
        if !lines.is_empty() {
            wrong.push(format!("in {t:?}:\n  {}", lines.join("\n  ")));
        }
        assert!(
            !t.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
            "isolation mark in {t:?}"
        );
        // Embeddings and overrides typed into a value never get through.
        assert!(
            !t.contains(['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}']),
            "bidi override in {t:?}"
        );
    }
    assert!(
        wrong.is_empty(),
        "user {}: lines in the wrong direction:\n{}",
        u.id(),
        wrong.join("\n")
    );
    texts.len()
}

/// The callback data of the row holding the button labelled `label`, in
/// the order sent (Telegram lays it out left to right).
fn row_of(u: &TUser, label: &str) -> Vec<String> {
    let messages = u.fake.bot_messages(u.id());
    let m = messages
        .iter()
        .rev()
        .find(|m| buttons_of(m).iter().any(|(l, _)| l == label))
        .unwrap_or_else(|| panic!("no button {label:?}"));
    let rows = m["reply_markup"]["inline_keyboard"].as_array().unwrap();
    rows.iter()
        .filter_map(|r| r.as_array())
        .find(|r| r.iter().any(|b| b["text"] == label))
        .unwrap()
        .iter()
        .map(|b| b["callback_data"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// An event in a few days with an Italian title and an Arabic one that
/// mixes scripts and figures.
fn event(h: &Harness, starts_in: Duration, association: Option<i64>) -> Event {
    let start = (h.clock.now() + starts_in).timestamp();
    Event {
        id: 0,
        kind: Kind::Workshop,
        topic: Topic::Work,
        association_id: association,
        audience: Audience::Everyone,
        starts_at: discorsi::time::utc(start),
        ends_at: discorsi::time::utc(start + 2 * 3600),
        place: "Via Nizza 1 (cortile), Torino".into(),
        coords: None,
        online_url: String::new(),
        capacity: 12,
        languages: vec!["it".into(), "ar".into()],
        texts: BTreeMap::from([
            (
                "it".into(),
                Texts {
                    title: "Laboratorio CV".into(),
                    description: "Scrivere il curriculum.\nPortate un documento.".into(),
                },
            ),
            (
                "ar".into(),
                Texts {
                    title: "ورشة CV (2027)".into(),
                    description: "كتابة السيرة الذاتية.\nEuropass 2027".into(),
                },
            ),
        ]),
        cancelled: false,
        created_by: ADMIN,
    }
}

/// The world every screen is drawn from: a service, an association with a
/// leader and a member, an upcoming event, a past one with feedback in
/// Arabic and French, a report of wrong information and a content gap.
async fn world(h: &Harness) -> (Db, i64) {
    let db = h.db.connect().await;
    let now = h.clock.now();
    let services = directory::import::parse(SERVICES.as_bytes()).unwrap();
    directory::store::upsert_all(&db, &services, now)
        .await
        .unwrap();
    let assoc = discorsi::associations::store::create(
        &db,
        "Donne in Rete",
        // Typed with a right-to-left override, which would reverse the line.
        "Sportello \u{202E}(lun-ven)\u{202C}",
        &["it".into(), "ar".into(), "fr".into()],
        ADMIN,
        now,
    )
    .await
    .unwrap();
    crate::common::make_leader(&db, LEADER, assoc).await;
    discorsi::associations::store::join(&db, assoc, MEMBER, now)
        .await
        .unwrap();
    events::create(&db, &event(h, Duration::days(3), Some(assoc)), now)
        .await
        .unwrap();
    // Created ahead (sign-ups close when an event starts), then moved back.
    let past = event(h, Duration::days(-3), Some(assoc));
    let past_id = events::create(&db, &event(h, Duration::days(1), Some(assoc)), now)
        .await
        .unwrap();
    for u in 100..112 {
        events::sign_up(&db, past_id, u, &[], now).await.unwrap();
    }
    sqlx::query("UPDATE events SET starts_at = $1, ends_at = $2 WHERE id = $3")
        .bind(past.starts_at.timestamp())
        .bind(past.ends_at.timestamp())
        .bind(past_id)
        .execute(db.pool())
        .await
        .unwrap();
    let answered = h.clock.now() - Duration::days(1);
    let comment = Some("Utile, grazie (3 ore)");
    give(&db, &past, past_id, 100..106, ("ar", 4, comment), answered).await;
    give(&db, &past, past_id, 106..112, ("fr", 4, comment), answered).await;
    directory::store::add_report(&db, "gp-torino", MEMBER, "ar", "الهاتف 011 123 خطأ", now)
        .await
        .unwrap();
    directory::store::add_gap(&db, MEMBER, "ar", "سكن", "Lyon (2 notti)", now)
        .await
        .unwrap();
    (db, assoc)
}

#[tokio::test]
async fn every_screen_in_arabic_reads_right_to_left() {
    let h = Harness::start_with_admins(vec![ADMIN, ADMIN_FR]).await;
    let _ = world(&h).await;
    let ar = Lang::Ar;
    let t = |k: &str| h.t(ar, k);

    // A member: menu, directory down to a card, events, memberships, help,
    // privacy.
    let mut u = h.user(MEMBER, Some("ar"));
    u.onboard(&h.i18n, ar).await;
    // Back and Home: Back on the right where an Arabic reader starts.
    u.click(&t("menu-services"));
    u.expect_button(&t("topic-health")).await;
    assert_eq!(
        row_of(&u, &t("nav-back")),
        ["nav:home", "nav:back"],
        "Back must be on the right of an Arabic row"
    );
    u.click(&t("topic-health"));
    u.expect_button(&t("sub-gp")).await;
    u.click(&t("sub-gp"));
    u.expect_button("Torino").await;
    u.click("Torino");
    u.expect_button("1").await;
    u.click("1");
    u.expect("Via Roma 1").await;
    u.click(&t("nav-home"));
    u.expect(&t("menu-title")).await;
    u.send("طبيب");
    u.expect("Ambulatorio").await;
    u.click(&t("nav-home"));
    u.expect(&t("menu-title")).await;
    u.click(&t("menu-events"));
    u.expect_button("1").await;
    u.click("1");
    u.expect("ورشة CV").await;
    u.click(&t("nav-home"));
    u.expect(&t("menu-title")).await;
    u.click(&t("menu-memberships"));
    u.expect(&t("memberships-title")).await;
    u.click(&t("nav-home"));
    u.expect(&t("menu-title")).await;
    u.send("/help");
    u.expect(&t("help-intro")).await;
    u.send("/menu");
    u.expect(&t("menu-title")).await;
    u.click(&t("menu-privacy"));
    u.expect_button(&t("privacy-download")).await;
    assert!(check_all(&h, &u, true) >= 14);

    // A leader: their association, its announcements, their report.
    let mut leader = h.user(LEADER, Some("ar"));
    leader.onboard(&h.i18n, ar).await;
    leader.click(&t("menu-my-association"));
    leader.expect("Donne in Rete").await;
    leader.click(&t("nav-home"));
    leader.expect(&t("menu-title")).await;
    leader.click(&t("menu-report"));
    leader.expect(&t("rep-choose-period")).await;
    leader.click(
        &h.i18n
            .fmt(ar, "rep-previous.short", &[("span", "week".into())]),
    );
    leader.expect(&t("rep-by-topic")).await;
    leader.click(&t("rep-by-event.short"));
    leader.expect("ورشة CV").await;
    check_all(&h, &leader, true);

    // Staff: the staff list, an association, the inbox, the whole report.
    let mut staff = h.user(ADMIN, Some("ar"));
    staff.onboard(&h.i18n, ar).await;
    staff.click(&t("menu-associations"));
    staff.expect_button("Donne in Rete").await;
    staff.click("Donne in Rete");
    staff.expect("Sportello").await;
    staff.click(&t("nav-home"));
    staff.expect(&t("menu-title")).await;
    staff.click(&h.i18n.fmt(ar, "menu-staff-inbox", &[("count", 2.into())]));
    staff.expect("Lyon").await;
    staff.click(&t("nav-home"));
    staff.expect(&t("menu-title")).await;
    staff.send("/report");
    staff.expect(&t("rep-choose-period")).await;
    staff.click(
        &h.i18n
            .fmt(ar, "rep-previous.short", &[("span", "week".into())]),
    );
    staff.expect(&t("rep-by-topic")).await;
    for (button, view) in [
        ("rep-by-event.short", "rep-by-event"),
        ("rep-by-language.short", "rep-by-language"),
        ("rep-comments", "rep-comments"),
    ] {
        staff.click(&t(button));
        staff.expect(&t(view)).await;
    }
    check_all(&h, &staff, true);
}

#[tokio::test]
async fn previous_and_next_read_from_the_right_in_arabic() {
    let h = Harness::start().await;
    let db = h.db.connect().await;
    let now = h.clock.now();
    for i in 0..12 {
        let mut e = event(&h, Duration::days(2 + i), None);
        e.texts.remove("ar");
        events::create(&db, &e, now).await.unwrap();
    }
    let ar = Lang::Ar;
    let mut u = h.user(MEMBER, Some("ar"));
    u.onboard(&h.i18n, ar).await;
    u.click(&h.t(ar, "menu-events"));
    u.expect_button(&h.t(ar, "dir-next")).await;
    u.click(&h.t(ar, "dir-next"));
    u.expect_button(&h.t(ar, "dir-prev")).await;
    let row = row_of(&u, &h.t(ar, "dir-prev"));
    assert_eq!(row.len(), 2, "{row:?}");
    // Next at the left, Previous at the right; the arrows point outwards.
    assert!(row[0].ends_with('2') && row[1].ends_with('0'), "{row:?}");
    assert!(h.t(ar, "dir-prev").contains('▶'));
    assert!(h.t(ar, "dir-next").contains('◀'));
    assert!(h.t(ar, "nav-back").contains('➡'));
    // Left to right everywhere else: Previous first, pointing left.
    for lang in [Lang::It, Lang::Fr, Lang::Es, Lang::Sq, Lang::En] {
        assert!(h.t(lang, "dir-prev").contains('◀'), "{lang}");
        assert!(h.t(lang, "dir-next").contains('▶'), "{lang}");
        assert!(h.t(lang, "nav-back").contains('⬅'), "{lang}");
    }
    let mut it = h.user(MEMBER + 1, Some("it"));
    it.onboard(&h.i18n, Lang::It).await;
    it.click(&h.t(Lang::It, "menu-events"));
    it.expect_button(&h.t(Lang::It, "dir-next")).await;
    it.click(&h.t(Lang::It, "dir-next"));
    it.expect_button(&h.t(Lang::It, "dir-prev")).await;
    let row = row_of(&it, &h.t(Lang::It, "dir-prev"));
    assert!(row[0].ends_with('0') && row[1].ends_with('2'), "{row:?}");
    assert_eq!(
        row_of(&it, &h.t(Lang::It, "nav-back")),
        ["nav:back", "nav:home"]
    );
    check_all(&h, &u, true);
    check_all(&h, &it, false);
}

#[tokio::test]
async fn a_french_report_keeps_its_arabic_lines_left_to_right() {
    let h = Harness::start_with_admins(vec![ADMIN, ADMIN_FR]).await;
    let _ = world(&h).await;
    let fr = Lang::Fr;
    let mut staff = h.user(ADMIN_FR, Some("fr"));
    staff.onboard(&h.i18n, fr).await;
    staff.send("/report");
    staff.expect(&h.t(fr, "rep-choose-period")).await;
    staff.click(
        &h.i18n
            .fmt(fr, "rep-previous.short", &[("span", "week".into())]),
    );
    staff.expect(&h.t(fr, "rep-by-topic")).await;
    staff.click(&h.t(fr, "rep-by-language.short"));
    let r = staff.expect(&h.t(fr, "rep-by-language")).await;
    // The line for Arabic speakers is there, and starts left to right.
    let line = plain(r.text())
        .lines()
        .find(|l| l.contains("العربية"))
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no line for Arabic in {:?}", r.text()));
    assert_eq!(first_strong_rtl(&line), Some(false), "{line:?}");
    check_all(&h, &staff, false);
}

/// Every line of every Arabic text, as written in `locales/ar/`, starts
/// right to left once its placeables are left out: the screens above are
/// the main ones, this covers the rest. A placeable at the start of a line
/// is a number (no direction) or a value `isolate` fences with an RLM.
#[test]
fn every_arabic_locale_line_starts_right_to_left() {
    // File names are ASCII on purpose (see their translator comments).
    const ASCII: &[&str] = &["cert-file-name"];
    let mut wrong = vec![];
    let mut checked = 0;
    for (code, file, text) in discorsi::i18n::I18n::files() {
        if *code != "ar" {
            continue;
        }
        let mut key = String::new();
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let body = if !line.starts_with(' ') {
                let Some((k, v)) = line.split_once('=') else {
                    continue;
                };
                key = k.trim().to_owned();
                v
            } else if let Some(attr) = trimmed.strip_prefix('.') {
                attr.split_once('=').map_or("", |(_, v)| v)
            } else {
                // A variant's text follows its [key].
                trimmed
                    .trim_start_matches('*')
                    .strip_prefix('[')
                    .and_then(|v| v.split_once(']'))
                    .map_or(trimmed, |(_, v)| v)
            };
            // Terms (`-brand`) are names put into sentences, not lines.
            if ASCII.contains(&key.as_str()) || key.starts_with('-') {
                continue;
            }
            // Leave out placeables (a select's opening runs to the line's end) and tags.
            let mut bare = String::new();
            let (mut depth, mut tag) = (0, false);
            for c in body.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth = (depth - 1).max(0),
                    '<' if depth == 0 => tag = true,
                    '>' if tag => tag = false,
                    c if depth == 0 && !tag => bare.push(c),
                    _ => {}
                }
            }
            checked += 1;
            if first_strong_rtl(&bare) == Some(false) {
                wrong.push(format!("locales/ar/{file}:{}: {line}", n + 1));
            }
        }
    }
    assert!(checked > 300, "only {checked} lines read");
    assert!(
        wrong.is_empty(),
        "Arabic lines that start left to right:\n{}",
        wrong.join("\n")
    );
}
