//! Associations, roles and announcements end to end, through the fake Bot
//! API, on the database chosen by TEST_DATABASE_URL.

use crate::common::{Harness, TUser};
use chrono::Duration;
use discorsi::{broadcasts::store as bstore, clock::Clock, fake_api::Fault, i18n::Lang};

const ADMIN: i64 = 900;

fn link_code(text: &str) -> String {
    let i = text.find("?start=").expect("an invite link") + "?start=".len();
    text[i..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect()
}

/// The admin creates an association and returns its leader invite payload.
async fn create_association(h: &Harness, admin: &mut TUser, name: &str) -> String {
    let en = Lang::En;
    admin.send("/menu");
    admin.expect(&h.t(en, "menu-title")).await;
    admin.click(&h.t(en, "menu-associations"));
    admin.expect("").await;
    admin.click(&h.t(en, "assoc-new"));
    admin.expect(&h.t(en, "assoc-name-prompt")).await;
    admin.send(name);
    admin.expect(&h.t(en, "assoc-description-prompt")).await;
    admin.send("Mutual help for families");
    admin.expect(&h.t(en, "assoc-languages-prompt")).await;
    admin.click(Lang::It.native_name());
    let toggled = admin.expect(&h.t(en, "assoc-languages-prompt")).await;
    assert!(
        toggled
            .buttons()
            .iter()
            .any(|b| b.0 == format!("✅ {}", Lang::It.native_name()))
    );
    admin.click(&h.t(en, "assoc-create"));
    admin.expect(name).await;
    admin.click(&h.t(en, "assoc-leader-invite"));
    let msg = admin.expect("?start=L").await;
    link_code(msg.text())
}

/// The leader creates the member link and returns its payload.
async fn member_link(h: &Harness, leader: &mut TUser, lang: Lang) -> String {
    leader.send("/menu");
    leader.expect(&h.t(lang, "menu-title")).await;
    leader.click(&h.t(lang, "menu-my-association"));
    leader.expect(&h.t(lang, "assoc-no-member-link")).await;
    leader.click(&h.t(lang, "assoc-create-link"));
    let m = leader.expect("?start=M").await;
    link_code(m.text())
}

async fn join(h: &Harness, u: &mut TUser, lang: Lang, payload: &str, name: &str) {
    u.send(&format!("/start {payload}"));
    u.expect(&h.t(lang, "language-prompt")).await;
    u.click(lang.native_name());
    u.expect(&h.t(lang, "privacy-notice")).await;
    u.click(&h.t(lang, "privacy-accept"));
    // The association's name is set off from the sentence's direction.
    u.expect(&h.i18n.fmt(
        lang,
        "invite-joined",
        &[("name", discorsi::i18n::isolate(lang, name).into())],
    ))
    .await;
}

#[tokio::test]
async fn invites_roles_and_leaving() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let (en, it) = (Lang::En, Lang::It);
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let leader_code = create_association(&h, &mut admin, "Donne in cammino").await;

    let mut leader = h.user(901, Some("it"));
    leader.onboard(&h.i18n, it).await;
    leader.send(&format!("/start {leader_code}"));
    leader.expect("Donne in cammino").await;
    // The leader invite is single-use.
    let mut other = h.user(902, Some("it"));
    other.onboard(&h.i18n, it).await;
    other.send(&format!("/start {leader_code}"));
    other.expect(&h.t(it, "deeplink-unknown")).await;

    let member_code = member_link(&h, &mut leader, it).await;
    let mut m1 = h.user(903, Some("fr"));
    join(&h, &mut m1, Lang::Fr, &member_code, "Donne in cammino").await;
    let mut m2 = h.user(904, Some("ar"));
    join(&h, &mut m2, Lang::Ar, &member_code, "Donne in cammino").await;
    // Joining twice says so.
    m2.send(&format!("/start {member_code}"));
    m2.expect(&h.i18n.fmt(
        Lang::Ar,
        "invite-already-member",
        &[(
            "name",
            discorsi::i18n::isolate(Lang::Ar, "Donne in cammino").into(),
        )],
    ))
    .await;

    // Members see their associations and leave with one tap.
    m1.send("/menu");
    m1.expect(&h.t(Lang::Fr, "menu-title")).await;
    m1.click(&h.t(Lang::Fr, "menu-memberships"));
    let list = m1.expect(&h.t(Lang::Fr, "memberships-title")).await;
    assert!(
        list.buttons()
            .iter()
            .any(|b| b.0.contains("Donne in cammino"))
    );
    m1.click(&h.t(Lang::Fr, "memberships-leave"));
    m1.expect(&h.t(Lang::Fr, "memberships-none")).await;

    // Revoking the member link stops new joins.
    leader.send("/menu");
    leader.expect(&h.t(it, "menu-title")).await;
    leader.click(&h.t(it, "menu-my-association"));
    leader.expect("Donne in cammino").await;
    leader.click(&h.t(it, "assoc-revoke-link"));
    leader.expect(&h.t(it, "assoc-no-member-link")).await;
    let mut late = h.user(905, Some("sq"));
    late.onboard(&h.i18n, Lang::Sq).await;
    late.send(&format!("/start {member_code}"));
    late.expect(&h.t(Lang::Sq, "deeplink-unknown")).await;
    late.expect(&h.t(Lang::Sq, "menu-title")).await;

    // The admin grants and revokes staff.
    admin.send("/menu");
    admin.expect(&h.t(en, "menu-title")).await;
    admin.click(&h.t(en, "menu-staff"));
    admin.expect(&h.t(en, "staff-none")).await;
    admin.click(&h.t(en, "staff-add"));
    admin.expect(&h.t(en, "staff-add-prompt")).await;
    admin.send("123456");
    admin.expect(&h.t(en, "staff-add-unknown")[..20]).await;
    admin.send("905");
    admin.expect("User905").await;
    late.send("/menu");
    let menu = late.expect(&h.t(Lang::Sq, "menu-title")).await;
    assert!(
        menu.buttons().iter().any(|b| b.1 == "as:list"),
        "staff sees associations: {:?}",
        menu.buttons()
    );
}

#[tokio::test]
async fn every_privileged_action_rechecks_the_role() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let en = Lang::En;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let leader_code = create_association(&h, &mut admin, "Assoc A").await;
    let mut leader = h.user(911, Some("en"));
    leader.onboard(&h.i18n, en).await;
    leader.send(&format!("/start {leader_code}"));
    leader.expect("Assoc A").await;
    // One member, so that the leader's announcements have someone to reach.
    let mcode = member_link(&h, &mut leader, en).await;
    let mut joined = h.user(914, Some("en"));
    join(&h, &mut joined, en, &mcode, "Assoc A").await;
    let mut member = h.user(912, Some("en"));
    member.onboard(&h.i18n, en).await;
    let mut staff = h.user(913, Some("en"));
    staff.onboard(&h.i18n, en).await;
    discorsi::associations::store::grant_staff(
        &h.db.connect().await,
        913,
        ADMIN,
        chrono::Utc::now(),
    )
    .await
    .unwrap();

    // (who, forged button pressed on their main menu, expected answer)
    let matrix = [
        ("as:staff", [false, false, false]),
        ("as:list", [false, false, true]),
        ("as:mine", [false, true, false]),
        ("bc:new", [false, true, true]),
        ("menu:inbox", [false, false, true]),
    ];
    let denial = |data: &str| match data {
        "as:staff" => "only-admins",
        "as:list" | "menu:inbox" => "staff-only",
        "as:mine" => "only-leaders",
        _ => "bc-not-allowed",
    };
    for (data, allowed) in matrix {
        for (who, ok) in [&mut member, &mut leader, &mut staff]
            .into_iter()
            .zip(allowed)
        {
            who.send("/menu");
            let menu = who.expect(&h.t(en, "menu-title")).await;
            who.press_data(menu.message_id().unwrap(), data);
            if ok {
                let next = who.expect("").await;
                assert!(
                    !next.text().contains(&h.t(en, denial(data))),
                    "{data} by {}: {}",
                    who.id(),
                    next.text()
                );
            } else {
                who.expect(&h.t(en, denial(data))).await;
            }
        }
    }
    // A staff member whose role is revoked mid-dialogue is refused at the next press.
    staff.send("/menu");
    staff.expect(&h.t(en, "menu-title")).await;
    staff.click(&h.t(en, "menu-associations"));
    staff.expect(&h.t(en, "assoc-list")).await;
    discorsi::associations::store::revoke_staff(&h.db.connect().await, 913)
        .await
        .unwrap();
    staff.click(&h.t(en, "assoc-new"));
    staff.expect(&h.t(en, "staff-only")).await;
    // Staff audiences are refused to a leader even with a forged button.
    leader.send("/menu");
    leader.expect(&h.t(en, "menu-title")).await;
    leader.click(&h.t(en, "bc-new"));
    let compose = leader.expect("Assoc A").await;
    leader.press_data(compose.message_id().unwrap(), "bc:aud:all");
    leader.expect(&h.t(en, "button-expired")).await;
}

#[tokio::test]
async fn compose_preview_versions_muting_and_report() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let (en, it, fr, ar) = (Lang::En, Lang::It, Lang::Fr, Lang::Ar);
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let code = create_association(&h, &mut admin, "Casa comune").await;
    let mut leader = h.user(921, Some("it"));
    leader.onboard(&h.i18n, it).await;
    leader.send(&format!("/start {code}"));
    leader.expect("Casa comune").await;
    let mcode = member_link(&h, &mut leader, it).await;
    let mut m_fr = h.user(922, Some("fr"));
    join(&h, &mut m_fr, fr, &mcode, "Casa comune").await;
    let mut m_ar = h.user(923, Some("ar"));
    join(&h, &mut m_ar, ar, &mcode, "Casa comune").await;
    let mut m_muted = h.user(924, Some("it"));
    join(&h, &mut m_muted, it, &mcode, "Casa comune").await;
    m_muted.send("/menu");
    m_muted.expect(&h.t(it, "menu-title")).await;
    m_muted.click(&h.t(it, "menu-memberships"));
    m_muted.expect(&h.t(it, "memberships-title")).await;
    m_muted.click(
        &h.i18n
            .fmt(it, "memberships-mute", &[("name", "Casa comune".into())]),
    );
    let muted = m_muted.expect(&h.t(it, "memberships-title")).await;
    assert!(
        muted
            .buttons()
            .iter()
            .any(|b| b.1.starts_with("as:unmute:"))
    );

    leader.send("/menu");
    leader.expect(&h.t(it, "menu-title")).await;
    leader.click(&h.t(it, "bc-new"));
    leader.expect("Casa comune").await;
    // Bad input first: a sticker, then an empty photo caption, then too long.
    h.fake.send_sticker(&leader.u);
    leader.expect(&h.t(it, "bc-unsupported")).await;
    h.fake.send_photo_with_caption(&leader.u, "");
    leader.expect(&h.t(it, "bc-empty")).await;
    leader.send(&"a".repeat(4200));
    leader.expect("4200").await;
    leader.send("Riunione sabato alle 10 in sede");
    leader.expect(&h.t(it, "bc-preview-original")).await;
    let preview = leader.expect("Riunione sabato").await;
    assert_eq!(preview.method, "sendMessage");
    leader.expect("Qui sopra c'è l'anteprima").await;
    leader.click(&h.t(it, "bc-add-version"));
    leader.expect(&h.t(it, "bc-version-lang")).await;
    leader.click(fr.native_name());
    leader.send("Réunion samedi à 10 h au local");
    leader.expect("Réunion samedi").await;
    let control = leader.expect("Qui sopra c'è l'anteprima").await;
    assert!(
        control.text().contains(fr.native_name()),
        "{}",
        control.text()
    );
    leader.click(&h.t(it, "bc-send-now"));
    // Two members: the muted one is left out, and so is the leader, who
    // has the preview.
    leader
        .expect(&h.i18n.fmt(it, "bc-confirm-now", &[("count", 2.into())]))
        .await;
    let confirmed = h.fake.next_seq();
    leader.click(&h.t(it, "bc-confirm"));
    leader.expect(&h.t(it, "bc-queued")).await;
    // Pressing Confirm again does not send twice.
    let (mid, data) = (
        leader.fake.bot_messages(921).last().unwrap()["message_id"]
            .as_i64()
            .unwrap(),
        "bc:confirm",
    );
    leader.press_data(mid, data);
    leader.expect(&h.t(it, "button-expired")).await;

    m_fr.expect("Réunion samedi à 10 h au local").await;
    m_ar.expect("Riunione sabato alle 10 in sede").await;
    // The report may come before or after the "expired" answer.
    let report = h
        .fake
        .wait_call(confirmed, crate::common::WAIT, |c| {
            c.ok && c.chat_id == Some(921) && c.text().contains("Avviso inviato")
        })
        .await
        .unwrap();
    assert!(report.text().contains("Consegnati: 2"), "{}", report.text());
    assert!(
        report.text().contains("🇫🇷 Français: ✅ 1"),
        "{}",
        report.text()
    );
    // (Language names are set off with direction marks.)
    assert!(
        report
            .text()
            .replace(['\u{200e}', '\u{200f}'], "")
            .contains("العربية: ✅ 1"),
        "{}",
        report.text()
    );
    let to = |chat: i64, needle: &str| {
        h.fake
            .calls()
            .iter()
            .filter(|c| c.ok && c.chat_id == Some(chat) && c.text().contains(needle))
            .count()
    };
    assert_eq!(to(924, "Riunione"), 0, "muted member got it");
    // The leader saw it in the two previews (before and after the French
    // version) and got no copy of their own.
    assert_eq!(to(921, "Riunione"), 2, "the leader gets only the previews");
    assert_eq!(to(922, "Réunion"), 1);
    assert_eq!(to(923, "Riunione"), 1);

    // History lists it with its figures.
    leader.send("/menu");
    leader.expect(&h.t(it, "menu-title")).await;
    leader.click(&h.t(it, "bc-history"));
    let hist = leader.expect("Riunione sabato").await;
    assert!(hist.text().contains("✅ 2"), "{}", hist.text());
}

#[tokio::test]
async fn scheduled_send_waits_for_its_time() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let en = Lang::En;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let mut reader = h.user(931, Some("es"));
    reader.onboard(&h.i18n, Lang::Es).await;
    admin.send("/menu");
    admin.expect(&h.t(en, "menu-title")).await;
    admin.click(&h.t(en, "bc-new"));
    admin.expect(&h.t(en, "bc-audience-prompt")).await;
    admin.click(&h.t(en, "bc-aud-language"));
    admin.expect(&h.t(en, "bc-pick-language")).await;
    admin.click(Lang::Es.native_name());
    admin.expect("Español").await;
    admin.send("<b>Taller</b> de vivienda el lunes");
    admin.expect(&h.t(en, "bc-preview-original")).await;
    admin.expect("That's the preview above").await;
    admin.click(&h.t(en, "bc-schedule"));
    admin.expect(&h.t(en, "bc-when")).await;
    admin.send("01/01/2020 10:00");
    admin.expect(&h.t(en, "bc-when-past")).await;
    admin.send("someday");
    admin.expect(&h.t(en, "bc-when-unreadable")).await;
    admin.send("2/3 18:30");
    admin.expect("02/03/2027 18:30").await;
    admin.click(&h.t(en, "bc-confirm"));
    admin.expect("Scheduled for").await;
    // The clock has not reached it: nothing goes out.
    admin.send("/help");
    admin.expect(&h.t(en, "help-intro")).await;
    assert_eq!(
        h.fake
            .calls()
            .iter()
            .filter(|c| c.chat_id == Some(931) && c.text().contains("Taller"))
            .count(),
        0
    );
    h.clock.advance(Duration::days(1) + Duration::hours(9));
    reader.expect("de vivienda el lunes").await;
}

#[tokio::test]
async fn telegram_errors_and_a_restart_lose_nothing() {
    let mut h = Harness::start_with_admins(vec![ADMIN]).await;
    let en = Lang::En;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let mut people = vec![];
    for i in 0..4 {
        let mut u = h.user(940 + i, Some("en"));
        u.onboard(&h.i18n, en).await;
        people.push(u);
    }
    let db = h.db.connect().await;
    // 403 for one, a 502 and a 429 once each, then every send fails until restart.
    h.fake.block(&people[0].u);
    h.fake
        .fail(Some("sendMessage"), Fault::Server(502), Some(1));
    h.fake.fail(
        Some("sendMessage"),
        Fault::TooManyRequests { retry_after: 1 },
        Some(1),
    );
    let id = bstore::create_draft(
        &db,
        ADMIN,
        ADMIN,
        &bstore::Audience::Everyone,
        "Avviso importante",
        None,
        h.clock.now(),
    )
    .await
    .unwrap();
    assert!(bstore::start(&db, id, h.clock.now()).await.unwrap());
    assert!(
        !bstore::start(&db, id, h.clock.now()).await.unwrap(),
        "queued once"
    );
    // Let the first pass meet the faults, then break everything and restart.
    let deadline = tokio::time::Instant::now() + crate::common::WAIT;
    loop {
        let f = bstore::figures(&db, id).await.unwrap();
        if f.contains_key("unreachable") || tokio::time::Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    h.fake.fail(Some("sendMessage"), Fault::Server(503), None);
    h.stop_bot().await;
    h.fake.clear_faults();
    h.start_bot().await;
    // Backoffs are measured on the injected clock: move it on.
    for _ in 0..10 {
        h.clock.advance(Duration::seconds(70));
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        if !bstore::figures(&db, id)
            .await
            .unwrap()
            .contains_key("pending")
        {
            break;
        }
    }
    let f = bstore::figures(&db, id).await.unwrap();
    assert_eq!(
        f.get("unreachable").and_then(|m| m.get("en")),
        Some(&1),
        "{f:?}"
    );
    assert!(
        !f.contains_key("pending") && !f.contains_key("failed"),
        "{f:?}"
    );
    for p in &people[1..] {
        assert_eq!(
            h.fake
                .calls()
                .iter()
                .filter(|c| c.ok && c.chat_id == Some(p.id()) && c.text() == "Avviso importante")
                .count(),
            1,
            "exactly once to {}",
            p.id()
        );
    }
    assert!(
        discorsi::storage::users::is_unreachable(&db, 940)
            .await
            .unwrap()
    );
    // The admin gets the final report (and is not among the recipients).
    let report = admin.expect("Announcement sent").await;
    assert!(
        report.text().contains("Delivered: 3") && report.text().contains("Unreachable: 1"),
        "{}",
        report.text()
    );
}

/// An association with a leader (Italian) and `members` members (French),
/// the leader at the composer. Returns the leader and the members.
async fn leader_at_composer(
    h: &Harness,
    name: &str,
    first_id: i64,
    members: i64,
) -> (TUser, Vec<TUser>) {
    let (en, it, fr) = (Lang::En, Lang::It, Lang::Fr);
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let code = create_association(h, &mut admin, name).await;
    let mut leader = h.user(first_id, Some("it"));
    leader.onboard(&h.i18n, it).await;
    leader.send(&format!("/start {code}"));
    leader.expect(name).await;
    let mcode = member_link(h, &mut leader, it).await;
    let mut out = vec![];
    for i in 1..=members {
        let mut m = h.user(first_id + i, Some("fr"));
        join(h, &mut m, fr, &mcode, name).await;
        out.push(m);
    }
    leader.send("/menu");
    leader.expect(&h.t(it, "menu-title")).await;
    leader.click(&h.t(it, "bc-new"));
    leader.expect(name).await;
    (leader, out)
}

/// Messages `chat` received (accepted by the fake) whose text is exactly `text`.
fn received(h: &Harness, chat: i64, text: &str) -> Vec<discorsi::fake_api::Call> {
    h.fake
        .calls()
        .into_iter()
        .filter(|c| c.ok && c.chat_id == Some(chat) && c.text() == text)
        .collect()
}

#[tokio::test]
async fn typed_text_reaches_members_exactly_as_typed() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let it = Lang::It;
    let (mut leader, members) = leader_at_composer(&h, "Porta aperta", 940, 3).await;
    // Reproduced: plain text with '<' and '&' went out unescaped and Telegram
    // refused it ("can't parse entities") for almost every member.
    let typed = "<script>alert(1)</script> a<b && c>d &amp; 5 > 3";
    leader.send(typed);
    leader.expect(&h.t(it, "bc-preview-original")).await;
    let preview = leader.expect("alert(1)").await;
    assert_eq!(preview.text(), typed, "the preview shows the text as typed");
    leader.expect("Qui sopra c'è l'anteprima").await;
    leader.click(&h.t(it, "bc-send-now"));
    leader
        .expect(&h.i18n.fmt(it, "bc-confirm-now", &[("count", 3.into())]))
        .await;
    leader.click(&h.t(it, "bc-confirm"));
    let report = leader.expect("Avviso inviato").await;
    assert!(report.text().contains("Consegnati: 3"), "{}", report.text());
    for m in &members {
        assert_eq!(received(&h, m.id(), typed).len(), 1, "member {}", m.id());
    }
    assert_eq!(h.fake.rate_limited(), 0);

    // Formatting applied in Telegram arrives as it was: bold, a link and a
    // spoiler, with a '<' beside them.
    leader.send("/menu");
    leader.expect(&h.t(it, "menu-title")).await;
    leader.click(&h.t(it, "bc-new"));
    leader.expect("Porta aperta").await;
    let text = "Sabato <3 festa! Info qui, segreto";
    let entities = serde_json::json!([
        {"type": "bold", "offset": 0, "length": 6},
        {"type": "text_link", "offset": 17, "length": 8, "url": "https://example.org/festa?a=1&b=2"},
        {"type": "spoiler", "offset": 27, "length": 7}
    ]);
    h.fake.send_formatted(&leader.u, text, entities);
    let preview = leader.expect("Sabato <3 festa").await;
    let ents = &preview.message.as_ref().unwrap()["entities"];
    let kinds: Vec<&str> = ents
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["type"].as_str())
        .collect();
    assert_eq!(kinds, ["bold", "text_link", "spoiler"], "{ents}");
    assert_eq!(ents[1]["url"], "https://example.org/festa?a=1&b=2");
    assert_eq!(ents[1]["offset"], 17);

    // A translation with a '<' and a link Telegram detected (an entity, but
    // no formatting: teloxide's html_text() returned it raw), and a photo
    // caption with a '&', are escaped too.
    leader.expect("Qui sopra c'è l'anteprima").await;
    leader.click(&h.t(it, "bc-add-version"));
    leader.expect(&h.t(it, "bc-version-lang")).await;
    leader.click(Lang::Fr.native_name());
    let version = "Samedi <3 fête & musique: https://example.org";
    h.fake.send_formatted(
        &leader.u,
        version,
        serde_json::json!([{"type": "url", "offset": 26, "length": 19}]),
    );
    let shown = leader.expect("Samedi <3").await;
    assert_eq!(shown.text(), version);
    leader.expect("Qui sopra c'è l'anteprima").await;
    leader.click(&h.t(it, "bc-send-now"));
    leader
        .expect(&h.i18n.fmt(it, "bc-confirm-now", &[("count", 3.into())]))
        .await;
    leader.click(&h.t(it, "bc-confirm"));
    leader.expect("Avviso inviato").await;
    for m in &members {
        assert_eq!(received(&h, m.id(), version).len(), 1, "member {}", m.id());
    }

    leader.send("/menu");
    leader.expect(&h.t(it, "menu-title")).await;
    leader.click(&h.t(it, "bc-new"));
    leader.expect("Porta aperta").await;
    let caption = "Volantino: pane & <latte>";
    h.fake.send_photo_with_caption(&leader.u, caption);
    let photo = leader.expect("Volantino").await;
    assert_eq!(photo.method, "sendPhoto");
    assert_eq!(photo.text(), caption);
}

#[tokio::test]
async fn a_refused_send_says_why_in_the_preview_and_the_report() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let it = Lang::It;
    let (mut leader, members) = leader_at_composer(&h, "Ponte", 960, 2).await;
    // Telegram refuses the photo for good: the preview says why.
    h.fake.fail(
        Some("sendPhoto"),
        Fault::BadRequest("wrong file identifier/HTTP URL specified".into()),
        Some(1),
    );
    h.fake.send_photo_with_caption(&leader.u, "Orari nuovi");
    let reason = h.t(it, "bc-why-media");
    leader
        .expect(&h.i18n.fmt(
            it,
            "bc-preview-refused",
            &[("reason", reason.clone().into())],
        ))
        .await;
    leader.expect("Qui sopra c'è l'anteprima").await;
    leader.click(&h.t(it, "bc-send-now"));
    leader
        .expect(&h.i18n.fmt(it, "bc-confirm-now", &[("count", 2.into())]))
        .await;
    // Every member's copy is refused: the report counts them and says why.
    h.fake.fail(
        Some("sendPhoto"),
        Fault::BadRequest("wrong file identifier/HTTP URL specified".into()),
        None,
    );
    leader.click(&h.t(it, "bc-confirm"));
    let report = leader.expect("Avviso inviato").await;
    h.fake.clear_faults();
    let why = h.i18n.fmt(
        it,
        "bc-report-refused",
        &[("count", 2.into()), ("reason", reason.into())],
    );
    assert!(
        crate::common::plain(report.text()).contains(&crate::common::plain(&why)),
        "{}",
        report.text()
    );
    assert_eq!(members.len(), 2);
}
