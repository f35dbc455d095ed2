//! The services directory end to end: CSV import rules, browsing, paging,
//! search in six languages, nearest services, open-now at a fixed clock,
//! reports of wrong information and content gaps.

use crate::common::Harness;
use chrono::{TimeZone, Utc};
use discorsi::{
    directory::{import, store},
    i18n::Lang,
};

const HEADER: &str = "id,organisation,topic,subtopic,region,city,address,latitude,longitude,opening_hours,free_of_charge,without_permit,name_it,description_it,name_en";

fn csv(rows: &[&str]) -> String {
    let mut s = String::from(HEADER);
    for r in rows {
        s.push('\n');
        s.push_str(r);
    }
    s.push('\n');
    s
}

/// A small directory: Turin and Lyon, with opening hours.
fn fixture() -> String {
    let mut rows = vec![
        "gp-torino,ASL Città di Torino,health,gp,piedmont,Torino,Via Roma 1,45.0703,7.6869,Mo-Fr 09:00-12:30,yes,no,Ambulatorio medico di base,Visite del medico di famiglia per adulti,".to_owned(),
        "gp-closed-wed,ASL Città di Torino,health,gp,piedmont,Torino,Via Po 2,45.0690,7.6930,Mo-Tu 09:00-17:00; Th-Fr 09:00-17:00,,,Poliambulatorio Po,Medicina generale,Po clinic".to_owned(),
        "stp-torino,Sermig,health,stp_eni,piedmont,Torino,Piazza Borgo Dora 61,45.0888,7.6830,,yes,yes,Ambulatorio senza documenti,Cure gratuite per chi non ha il permesso di soggiorno,Clinic without papers".to_owned(),
        "shelter-lyon,Alynea,housing,shelter,auvergne_rhone_alpes,Lyon,,45.7640,4.8357,24/7,yes,,Dormitorio di Lione,Accoglienza notturna,Lyon night shelter".to_owned(),
        "cpia-novara,CPIA Novara,work,italian_courses,piedmont,Novara,,45.4469,8.6220,,yes,,Corsi di lingua italiana,Scuola per adulti stranieri,Italian language courses".to_owned(),
    ];
    for i in 1..=12 {
        rows.push(format!(
            "job-{i:02},Agenzia Piemonte Lavoro,work,job_centre,piedmont,Asti,,,,,yes,,Sportello lavoro {i:02},Offerte di lavoro e orientamento,"
        ));
    }
    let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
    csv(&refs)
}

async fn load(h: &Harness, text: &str) {
    let services = import::parse(text.as_bytes()).expect("fixture is valid");
    let db = h.db.connect().await;
    store::upsert_all(&db, &services, Utc::now()).await.unwrap();
}

async fn count(h: &Harness) -> usize {
    store::load_all(&h.db.connect().await).await.unwrap().len()
}

#[tokio::test]
async fn the_sample_data_is_valid_and_covers_every_topic() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/services.csv")).unwrap();
    let services = import::parse(&bytes).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(services.len() >= 40, "{}", services.len());
    for topic in discorsi::domain::Topic::ALL {
        assert!(services.iter().any(|s| s.topic == *topic));
    }
    for region in discorsi::directory::model::Region::ALL {
        assert!(services.iter().any(|s| s.region == *region));
    }
    let piedmont = services
        .iter()
        .filter(|s| s.region == discorsi::directory::model::Region::Piedmont)
        .count();
    assert!(piedmont * 2 > services.len());
    // Nothing is presented as verified, and no phone number is made up.
    assert!(
        services
            .iter()
            .all(|s| s.last_verified.is_none() && s.phone.is_empty())
    );
}

#[tokio::test]
async fn export_then_import_is_lossless() {
    let services = import::parse(fixture().as_bytes()).unwrap();
    let out = import::export(&services).unwrap();
    let again = import::parse(&out).unwrap();
    assert_eq!(again.len(), services.len());
    for (a, b) in services.iter().zip(&again) {
        assert_eq!(
            (a.id.as_str(), &a.texts, a.coords, &a.opening_hours, a.free),
            (b.id.as_str(), &b.texts, b.coords, &b.opening_hours, b.free)
        );
    }
}

#[tokio::test]
async fn every_bad_row_is_named_and_nothing_is_imported() {
    let h = Harness::start().await;
    load(&h, &fixture()).await;
    let before = count(&h).await;
    let cases: &[(&str, &str, &str)] = &[
        (
            "bad-coords,Org,health,gp,piedmont,Torino,,95.0,7.6,,,,Nome,,",
            "latitude",
            "latitude between",
        ),
        (
            "bad-lon,Org,health,gp,piedmont,Torino,,45.0,abc,,,,Nome,,",
            "longitude",
            "longitude",
        ),
        (
            "bad-topic,Org,food,gp,piedmont,Torino,,,,,,,Nome,,",
            "topic",
            "unknown topic",
        ),
        (
            "bad-sub,Org,housing,gp,piedmont,Torino,,,,,,,Nome,,",
            "subtopic",
            "not a subtopic",
        ),
        (
            "bad-hours,Org,health,gp,piedmont,Torino,,,,Mo-Fr 9 to 5,,,Nome,,",
            "opening_hours",
            "opening_hours syntax",
        ),
        (
            "no-name,Org,health,gp,piedmont,Torino,,,,,,,,,English only",
            "name_it",
            "Italian name",
        ),
        (
            "bad-region,Org,health,gp,lombardy,Milano,,,,,,,Nome,,",
            "region",
            "unknown region",
        ),
    ];
    for (row, column, reason) in cases {
        let text = csv(&["ok-1,Org,health,gp,piedmont,Torino,,,,,,,Buono,,", row]);
        let errors = import::parse(text.as_bytes()).expect_err(row);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].row, 3, "{errors:?}");
        assert_eq!(errors[0].column, *column, "{errors:?}");
        assert!(errors[0].to_string().contains(reason), "{}", errors[0]);
    }
    // Duplicate ids name both rows.
    let text = csv(&[
        "dup,Org,health,gp,piedmont,Torino,,,,,,,A,,",
        "dup,Org,health,gp,piedmont,Torino,,,,,,,B,,",
    ]);
    let errors = import::parse(text.as_bytes()).unwrap_err();
    assert!(
        errors[0]
            .to_string()
            .contains("duplicate id \"dup\" (first on row 2)"),
        "{}",
        errors[0]
    );
    // Not UTF-8 (a Latin-1 "à" on line 3).
    let mut bytes = csv(&["ok,Org,health,gp,piedmont,Torino,,,,,,,A,,"]).into_bytes();
    bytes.extend_from_slice(b"x,Org,health,gp,piedmont,Torino,,,,,,,Citt\xe0,,\n");
    let errors = import::parse(&bytes).unwrap_err();
    assert!(
        errors[0].to_string().contains("not UTF-8") && errors[0].row == 3,
        "{}",
        errors[0]
    );
    // Several bad rows are all reported at once.
    let text = csv(&[
        "a,Org,food,gp,piedmont,Torino,,,,,,,A,,",
        "b,Org,health,gp,piedmont,Torino,,1000,0,,,,B,,",
    ]);
    assert_eq!(import::parse(text.as_bytes()).unwrap_err().len(), 2);

    // Through the command line: precise messages, exit code 1, nothing written.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.csv");
    std::fs::write(
        &file,
        csv(&[
            "new-ok,Org,health,gp,piedmont,Torino,,,,,,,Nuovo,,",
            cases[0].0,
        ]),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_discorsi"))
        .args(["services", "import"])
        .arg(&file)
        .env("DATABASE_URL", &h.db.url)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("row 3, column latitude") && err.contains("nothing was imported"),
        "{err}"
    );
    assert_eq!(count(&h).await, before);
    // A good file through the command line updates by id.
    std::fs::write(
        &file,
        csv(&[
            "gp-torino,ASL,health,gp,piedmont,Torino,,,,,,,Nome nuovo,,",
            "brand-new,Org,health,gp,piedmont,Torino,,,,,,,Nuovo,,",
        ]),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_discorsi"))
        .args(["services", "import"])
        .arg(&file)
        .env("DATABASE_URL", &h.db.url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all = store::load_all(&h.db.connect().await).await.unwrap();
    assert_eq!(all.len(), before + 1);
    assert_eq!(
        all.iter().find(|s| s.id == "gp-torino").unwrap().texts["it"].name,
        "Nome nuovo"
    );
}

#[tokio::test]
async fn browsing_down_to_a_card_and_paging() {
    let h = Harness::start().await;
    load(&h, &fixture()).await;
    // Wednesday 3 March 2027, 10:00 in Rome.
    h.clock
        .set(Utc.with_ymd_and_hms(2027, 3, 3, 9, 0, 0).unwrap());
    let en = Lang::En;
    let mut u = h.user(30, Some("en"));
    u.onboard(&h.i18n, en).await;
    u.click(&h.t(en, "menu-services"));
    u.expect("What kind of help").await;
    u.click(&h.t(en, "topic-health"));
    u.expect("what exactly?").await;
    u.click(&h.t(en, "sub-gp"));
    let area = u.expect("where?").await;
    assert!(area.buttons().iter().any(|b| b.0 == "Torino"));
    u.click("Torino");
    let list = u.expect("2 services").await;
    assert!(
        list.text().contains("Ambulatorio medico di base") && list.text().contains("open now"),
        "{}",
        list.text()
    );
    assert!(
        list.text().contains("Po clinic") && list.text().contains("closed now"),
        "{}",
        list.text()
    );
    u.click("1");
    let card = u.expect("Ambulatorio medico di base").await;
    let text = crate::common::plain(card.text());
    assert!(text.contains("only available in Italian"), "{text}");
    assert!(text.contains("Via Roma 1, Torino"));
    assert!(text.contains("Open now, until 12:30"), "{text}");
    assert!(text.contains("Today: 09:00–12:30"), "{text}");
    assert!(text.contains("Free of charge"));
    assert!(text.contains("residence permit is required"));
    assert!(text.contains("Not checked yet"));
    // Map button sends a venue.
    u.click(&h.t(en, "card-map"));
    let venue = u.expect_call("sendVenue").await;
    assert_eq!(venue.params["latitude"], 45.0703);
    // Back returns to the same list.
    u.click(&h.t(en, "nav-back"));
    u.expect("2 services").await;
    u.click("2");
    let card = u.expect("Po clinic").await;
    // Closed all Wednesday: closed today, opens Thursday.
    let text = crate::common::plain(card.text());
    assert!(text.contains("Closed today"), "{text}");
    assert!(text.contains("opens on Thursday at 09:00"), "{text}");
    assert!(!text.contains("only available in Italian"));

    // Paging: twelve job centres in Asti.
    u.click(&h.t(en, "nav-home"));
    u.expect(&h.t(en, "menu-title")).await;
    u.click(&h.t(en, "menu-services"));
    u.expect("What kind of help").await;
    u.click(&h.t(en, "topic-work"));
    u.expect("what exactly?").await;
    u.click(&h.t(en, "sub-job_centre"));
    u.expect("where?").await;
    u.click("Asti");
    let p1 = u.expect("page 1 of 3").await;
    assert!(
        p1.text().contains("Sportello lavoro 01") && !p1.text().contains("Sportello lavoro 06")
    );
    assert!(!p1.buttons().iter().any(|b| b.0 == h.t(en, "dir-prev")));
    u.click(&h.t(en, "dir-next"));
    let p2 = u.expect("page 2 of 3").await;
    assert!(p2.text().contains("Sportello lavoro 06"));
    u.click(&h.t(en, "dir-next"));
    let p3 = u.expect("page 3 of 3").await;
    assert!(p3.text().contains("Sportello lavoro 12"));
    assert!(!p3.buttons().iter().any(|b| b.0 == h.t(en, "dir-next")));
    u.click(&h.t(en, "dir-prev"));
    u.expect("page 2 of 3").await;
    // A forged page number is stale.
    let (mid, _) = u.find_button(&h.t(en, "dir-prev")).unwrap();
    u.press_data(mid, "dir:p:99");
    u.expect(&h.t(en, "button-expired")).await;
}

#[tokio::test]
async fn searching_in_each_of_the_six_languages() {
    let h = Harness::start().await;
    load(&h, &fixture()).await;
    let queries = [
        (Lang::It, "medico"),
        (Lang::Fr, "médecin"),
        (Lang::Es, "médico"),
        (Lang::Ar, "طبيب"),
        (Lang::Sq, "mjek"),
        (Lang::En, "DOCTOR"),
    ];
    for (i, (lang, q)) in queries.into_iter().enumerate() {
        let mut u = h.user(40 + i as i64, Some(lang.code()));
        u.onboard(&h.i18n, lang).await;
        // Typed straight at the main menu.
        u.send(q);
        let found = u.expect("Ambulatorio medico di base").await;
        assert!(
            !found.text().contains("Sportello lavoro"),
            "{lang}: {}",
            found.text()
        );
        assert!(
            !found.text().contains("Dormitorio"),
            "{lang}: {}",
            found.text()
        );
    }
    let mut u = h.user(50, Some("it"));
    u.onboard(&h.i18n, Lang::It).await;
    // Accents, case and a typo.
    u.send("DORMITORlO");
    u.expect("Dormitorio di Lione").await;
    // These words find services in Piedmont and in Lyon: the region is
    // asked (once) first.
    u.send("senza documenti");
    u.expect(&h.t(Lang::It, "dir-region-ask")).await;
    u.click(&h.t(Lang::It, "dir-region-piedmont"));
    let r = u.expect("Ambulatorio senza documenti").await;
    // The best match comes first, its name in bold.
    assert!(
        r.text().contains("1. Ambulatorio senza documenti"),
        "{}",
        r.text()
    );
    let name = "Ambulatorio senza documenti";
    let at = r.text().find(name).unwrap();
    let offset = r.text()[..at].encode_utf16().count() as u64;
    let entities = r.message.as_ref().unwrap()["entities"].as_array().unwrap();
    assert!(
        entities.iter().any(|e| e["type"] == "bold"
            && e["offset"].as_u64() == Some(offset)
            && e["length"].as_u64() == Some(name.encode_utf16().count() as u64)),
        "{entities:?}"
    );
}

#[tokio::test]
async fn arabic_and_albanian_searches_as_people_type_them() {
    let h = Harness::start().await;
    load(&h, &fixture()).await;
    let ar = Lang::Ar;
    let mut u = h.user(55, Some("ar"));
    u.onboard(&h.i18n, ar).await;
    // With the article, with a hamza-less or maqsura spelling, in Darija.
    for q in ["الطبيب", "المستشفى", "سبيطار", "بالمستشفى"] {
        u.send(q);
        let r = u.expect("Ambulatorio medico di base").await;
        assert!(!r.text().contains("Sportello lavoro"), "{q}: {}", r.text());
        assert!(!r.text().contains("Dormitorio"), "{q}: {}", r.text());
    }
    u.send("الكراء");
    let r = u.expect("Dormitorio di Lione").await;
    assert!(!r.text().contains("Ambulatorio"), "{}", r.text());
    u.send("خدمة");
    let r = u.expect("Sportello lavoro").await;
    assert!(!r.text().contains("Ambulatorio"), "{}", r.text());

    let sq = Lang::Sq;
    let mut a = h.user(56, Some("sq"));
    a.onboard(&h.i18n, sq).await;
    // Without ë, and in the definite forms.
    for q in ["mjeke", "mjekë", "mjeku", "mjekun"] {
        a.send(q);
        let r = a.expect("Ambulatorio medico di base").await;
        assert!(!r.text().contains("Dormitorio"), "{q}: {}", r.text());
    }
    for q in ["strehim", "strehimi", "strehimin"] {
        a.send(q);
        let r = a.expect("Dormitorio di Lione").await;
        assert!(!r.text().contains("Ambulatorio"), "{q}: {}", r.text());
    }
}

#[tokio::test]
async fn distances_use_the_readers_decimal_mark() {
    let h = Harness::start().await;
    load(&h, &fixture()).await;
    for (id, lang, near) in [(57, Lang::It, "0,2 km"), (58, Lang::En, "0.2 km")] {
        let mut u = h.user(id, Some(lang.code()));
        u.onboard(&h.i18n, lang).await;
        // Piazza Castello, Turin: the nearest service is about 200 m away.
        h.fake.send_location(&u.u, 45.0712, 7.6854);
        u.expect(&h.t(lang, "dir-location-thanks")).await;
        let list = u.expect("Ambulatorio medico di base").await;
        let t = list.text().replace(['\u{a0}', '\u{202f}'], " ");
        assert!(
            t.contains(near) || t.contains(&near.replace('2', "1")),
            "{lang}: {t}"
        );
    }
}

#[tokio::test]
async fn odd_searches_get_safe_answers_and_gaps_are_stored() {
    let h = Harness::start().await;
    load(&h, &fixture()).await;
    let ar = Lang::Ar;
    let mut u = h.user(60, Some("ar"));
    u.onboard(&h.i18n, ar).await;
    u.send("😀🙏🏽");
    u.expect(&h.t(ar, "dir-search-unreadable")).await;
    u.send(&"ب".repeat(4000));
    u.expect(&h.t(ar, "hint-too-long")).await;
    let searched = u.send("مرحبا بكم");
    let none = u.expect("مرحبا بكم").await;
    assert!(none.buttons().iter().any(|b| b.0 == h.t(ar, "dir-tell-us")));
    u.click(&h.t(ar, "dir-tell-us"));
    u.expect(&h.t(ar, "dir-gap-prompt")).await;
    u.send("أبحث عن محامٍ");
    u.expect(&h.t(ar, "dir-gap-thanks")).await;
    let gaps = store::open_gaps(&h.db.connect().await, 10).await.unwrap();
    assert_eq!(gaps.len(), 1);
    assert_eq!(
        (
            gaps[0].lang.as_str(),
            gaps[0].query.as_str(),
            gaps[0].text.as_str()
        ),
        ("ar", "مرحبا بكم", "أبحث عن محامٍ")
    );
    // The search is counted with its update (language only, no words), and
    // a redelivery of that update is not counted again.
    h.fake.redeliver(searched);
    u.send("/menu");
    u.expect(&h.t(ar, "menu-title")).await;
    let misses: Vec<(String, String)> = sqlx::query_as("SELECT lang, topic FROM search_misses")
        .fetch_all(h.db.connect().await.pool())
        .await
        .unwrap();
    assert_eq!(misses, [("ar".to_owned(), String::new())]);
}

/// A batch committed again (its answer was lost, the connection broke)
/// does not count its misses twice; a miss counted after its update was
/// recorded is still written.
#[tokio::test]
async fn a_repeated_commit_counts_its_misses_once() {
    use discorsi::storage::writer::{UNRECORDED, Write};
    let h = Harness::start().await;
    let db = h.db.connect().await;
    let turn = Write {
        update_id: Some(7),
        misses: vec![
            (7, "ar".into(), String::new()),
            (7, "ar".into(), "health".into()),
        ],
        now: 100,
        ..Default::default()
    };
    db.write(turn.clone()).await.unwrap();
    db.write(turn).await.unwrap();
    let later = Write {
        misses: vec![(UNRECORDED, "fr".into(), String::new())],
        now: 101,
        ..Default::default()
    };
    db.write(later).await.unwrap();
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT lang, topic FROM search_misses ORDER BY lang, topic")
            .fetch_all(db.pool())
            .await
            .unwrap();
    let rows: Vec<(&str, &str)> = rows.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
    assert_eq!(rows, [("ar", ""), ("ar", "health"), ("fr", "")]);
}

/// On PostgreSQL the group commit keeps a connection of its own; when the
/// server drops it (a restart, an idle socket a firewall forgot), the next
/// commit goes through on a new one instead of failing its update.
#[tokio::test]
async fn a_commit_survives_the_loss_of_the_writers_connection() {
    use discorsi::storage::{Backend, writer::Write};
    let h = Harness::start().await;
    if h.db.connect().await.backend() != Backend::Postgres {
        return;
    }
    // A name no other test's connections have, to find this writer's.
    let name = "discorsi_writer_lost";
    let db = discorsi::app::open_db(&format!("{}&application_name={name}", h.db.url))
        .await
        .unwrap();
    let write = |id: i64| Write {
        update_id: Some(id),
        misses: vec![(id, "sq".into(), String::new())],
        now: 100,
        ..Default::default()
    };
    db.write(write(1)).await.unwrap();
    let killed =
        crate::common::end_session(&db, name, "WITH w0 AS (INSERT INTO search_misses%").await;
    assert_eq!(killed, [true], "the writer's connection was not found");
    db.write(write(2)).await.unwrap();
    let n: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM search_misses")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(n.0, 2);
}

#[tokio::test]
async fn nearest_services_from_a_shared_location() {
    let h = Harness::start().await;
    load(&h, &fixture()).await;
    let fr = Lang::Fr;
    let mut u = h.user(70, Some("fr"));
    u.onboard(&h.i18n, fr).await;
    u.click(&h.t(fr, "menu-services"));
    u.expect("De quelle aide").await;
    u.click(&h.t(fr, "topic-health"));
    u.expect("quoi exactement").await;
    u.click(&h.t(fr, "sub-gp"));
    u.expect("où ?").await;
    u.click(&h.t(fr, "dir-near-me"));
    let ask = u.expect(&h.t(fr, "dir-share-location")).await;
    assert_eq!(
        ask.params["reply_markup"]["keyboard"][0][0]["request_location"],
        true
    );
    // Typing instead of sharing gets the same question again.
    u.send("je ne sais pas");
    u.expect(&h.t(fr, "hint-use-buttons")).await;
    // Piazza Castello, Turin.
    h.fake.send_location(&u.u, 45.0712, 7.6854);
    let thanks = u.expect(&h.t(fr, "dir-location-thanks")).await;
    assert_eq!(thanks.params["reply_markup"]["remove_keyboard"], true);
    let list = u.expect("près de vous").await;
    // French sets units off with a no-break space ("0,2 km").
    let t = list.text().replace(['\u{a0}', '\u{202f}'], " ");
    let first = t.find("Ambulatorio medico di base").unwrap();
    let second = t.find("Poliambulatorio Po").unwrap();
    assert!(first < second, "{t}");
    // The reader's decimal mark: a comma in French.
    assert!(t.contains("0,2 km") || t.contains("0,1 km"), "{t}");
    assert!(!t.contains("Dormitorio"), "only the chosen subtopic: {t}");

    // From Paris, outside every region: still the nearest, with distances.
    u.send("/menu");
    u.expect(&h.t(fr, "menu-title")).await;
    h.fake.send_location(&u.u, 48.8566, 2.3522);
    u.expect(&h.t(fr, "dir-location-thanks")).await;
    let list = u.expect("près de vous").await;
    // French sets units off with a no-break space ("0,2 km").
    let t = list.text().replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        t.find("Dormitorio di Lione").unwrap() < t.find("Ambulatorio medico di base").unwrap(),
        "{t}"
    );
    assert!(
        t.contains("392 km") || t.contains("391 km") || t.contains("393 km"),
        "{t}"
    );
}

#[tokio::test]
async fn reporting_wrong_information_reaches_staff() {
    let h = Harness::start_with_admins(vec![99]).await;
    load(&h, &fixture()).await;
    let es = Lang::Es;
    let mut u = h.user(80, Some("es"));
    u.onboard(&h.i18n, es).await;
    u.send("senza documenti");
    // Found in Piedmont and in Lyon: the region is asked first.
    u.expect(&h.t(es, "dir-region-ask")).await;
    u.click(&h.t(es, "dir-region-piedmont"));
    u.expect("Ambulatorio senza documenti").await;
    u.click("1");
    u.expect("Sermig").await;
    u.click(&h.t(es, "card-report"));
    u.expect("¿Qué está mal").await;
    u.send(&"x".repeat(1200));
    u.expect("1000").await;
    u.send("El horario ha cambiado");
    u.expect(&h.t(es, "report-thanks")).await;
    u.expect("Ambulatorio senza documenti").await;
    let reports = store::open_reports(&h.db.connect().await, 10)
        .await
        .unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(
        (reports[0].service_id.as_str(), reports[0].text.as_str()),
        ("stp-torino", "El horario ha cambiado")
    );

    // A member cannot open the staff inbox, even with a forged button.
    let (mid, _) = u.find_button(&h.t(es, "card-report")).unwrap();
    u.send("/menu");
    let menu = u.expect(&h.t(es, "menu-title")).await;
    assert!(!menu.text().is_empty() && !menu.buttons().iter().any(|b| b.1 == "menu:inbox"));
    let menu_id = menu.message_id().unwrap();
    u.press_data(menu_id, "menu:inbox");
    u.expect(&h.t(es, "staff-only")).await;
    let _ = mid;

    // The admin sees it and marks it handled.
    let en = Lang::En;
    let mut admin = h.user(99, Some("en"));
    admin.onboard(&h.i18n, en).await;
    admin.click("📥 Reports and gaps (1)");
    let inbox = admin.expect("El horario ha cambiado").await;
    // The service's name in the admin's language.
    assert!(
        inbox.text().contains("Clinic without papers"),
        "{}",
        inbox.text()
    );
    admin.click(&format!("✅ #{} done", reports[0].id));
    admin.expect(&h.t(en, "staff-inbox-empty")).await;
    assert!(
        store::open_reports(&h.db.connect().await, 10)
            .await
            .unwrap()
            .is_empty()
    );

    // The author's data export lists the report; erasure unlinks it.
    let db = h.db.connect().await;
    let data = discorsi::privacy::collect(&db, 80).await.unwrap();
    assert_eq!(
        data["directory_contributions"][0]["text"],
        "El horario ha cambiado"
    );
    discorsi::privacy::erase_all(&db, 80).await.unwrap();
    let data = discorsi::privacy::collect(&db, 80).await.unwrap();
    assert_eq!(data["directory_contributions"], serde_json::json!([]));
}

/// The fixture and a family doctor in Barcelona, whose score ties with
/// Turin's (and whose id sorts first).
fn with_barcelona() -> String {
    let mut text = fixture();
    text.push_str("bcn-cap-raval,CatSalut,health,gp,catalonia,Barcelona,Carrer de Sant Pau 1,41.3797,2.1700,,yes,,Centro di assistenza primaria Raval,Medico di famiglia e pediatra,Raval primary care centre\n");
    text
}

/// Where `names` appear in `text`, in that order of names.
fn positions(text: &str, names: &[&str]) -> Vec<usize> {
    names
        .iter()
        .map(|n| {
            text.find(n)
                .unwrap_or_else(|| panic!("{n:?} not in {text}"))
        })
        .collect()
}

const TURIN: [&str; 3] = [
    "Ambulatorio medico di base",
    "Poliambulatorio Po",
    "Ambulatorio senza documenti",
];
const BARCELONA: &str = "Centro di assistenza primaria Raval";

async fn region_of(h: &Harness, id: i64) -> Option<String> {
    let db = h.db.connect().await;
    let all = discorsi::privacy::collect(&db, id).await.unwrap();
    all["profile"]["region"].as_str().map(str::to_owned)
}

#[tokio::test]
async fn a_user_in_turin_finds_piedmont_services_before_barcelona() {
    let h = Harness::start().await;
    load(&h, &with_barcelona()).await;
    let sq = Lang::Sq;

    // Without a region, the Barcelona service ties with Turin's and comes
    // first: the ranking below is the region's doing, not the score's.
    let mut skip = h.user(80, Some("sq"));
    skip.onboard(&h.i18n, sq).await;
    skip.send("mjek");
    let ask = skip.expect(&h.t(sq, "dir-region-ask")).await;
    let labels: Vec<String> = ask.buttons().into_iter().map(|b| b.0).collect();
    for key in [
        "dir-region-piedmont",
        "dir-region-auvergne_rhone_alpes",
        "dir-region-catalonia",
        "dir-region-skip",
    ] {
        assert!(labels.contains(&h.t(sq, key)), "{key}: {labels:?}");
    }
    skip.click(&h.t(sq, "dir-region-skip"));
    let list = skip.expect(BARCELONA).await;
    let t = list.text().to_owned();
    let at = positions(&t, &TURIN);
    assert!(t.find(BARCELONA).unwrap() < at[0], "{t}");
    assert_eq!(region_of(&h, 80).await.as_deref(), Some("none"));
    // Skipped is an answer: the question is not asked again.
    skip.send("mjek");
    skip.expect(BARCELONA).await;
    assert_eq!(skip.count(&h.t(sq, "dir-region-ask")), 1);

    // In Turin: "near me" from Piazza Castello tells the region…
    let mut u = h.user(81, Some("sq"));
    u.onboard(&h.i18n, sq).await;
    h.fake.send_location(&u.u, 45.0712, 7.6854);
    u.expect(&h.t(sq, "dir-location-thanks")).await;
    u.expect(&h.t(sq, "dir-results-near")).await;
    assert_eq!(region_of(&h, 81).await.as_deref(), Some("piedmont"));
    // …and a search lists Piedmont first, without asking.
    u.send("/menu");
    u.expect(&h.t(sq, "menu-title")).await;
    u.send("mjek");
    let list = u.expect(BARCELONA).await;
    let t = list.text().to_owned();
    let at = positions(&t, &TURIN);
    assert!(at.iter().all(|p| *p < t.find(BARCELONA).unwrap()), "{t}");
    // Within Piedmont, the order of the score (family doctors first).
    assert!(at[0] < at[2] && at[1] < at[2], "{t}");
    assert_eq!(u.count(&h.t(sq, "dir-region-ask")), 0);
    // Opening a card follows the same order: "1" is the first Turin one.
    let first = TURIN.iter().min_by_key(|n| t.find(*n)).copied().unwrap();
    assert!(t.contains(&format!("1. {first}")), "{t}");
    u.click("1");
    u.expect(&format!("{first}\nASL")).await;
}

#[tokio::test]
async fn the_region_is_asked_once_remembered_listed_and_erased() {
    let h = Harness::start().await;
    load(&h, &with_barcelona()).await;
    let it = Lang::It;
    let mut u = h.user(90, Some("it"));
    u.onboard(&h.i18n, it).await;
    // A search within one region does not ask.
    u.send("dormitorio");
    u.expect("Dormitorio di Lione").await;
    assert_eq!(region_of(&h, 90).await, None);
    // One across regions does; a forged answer changes nothing.
    u.send("medico");
    let ask = u.expect(&h.t(it, "dir-region-ask")).await;
    let mid = ask.message.as_ref().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    u.press_data(mid, "dir:r:mars");
    u.expect(&h.t(it, "button-expired")).await;
    assert_eq!(region_of(&h, 90).await, None);
    u.click(&h.t(it, "dir-region-catalonia"));
    let list = u.expect(BARCELONA).await;
    assert!(
        list.text().contains(&format!("1. {BARCELONA}")),
        "{}",
        list.text()
    );
    assert_eq!(region_of(&h, 90).await.as_deref(), Some("catalonia"));
    let asked = u.count(&h.t(it, "dir-region-ask"));
    // Choosing a city elsewhere moves it.
    u.click(&h.t(it, "nav-home"));
    u.expect(&h.t(it, "menu-title")).await;
    u.click(&h.t(it, "menu-services"));
    u.expect(&h.t(it, "dir-topics")).await;
    u.click(&h.t(it, "topic-health"));
    u.expect_button(&h.t(it, "sub-gp")).await;
    u.click(&h.t(it, "sub-gp"));
    u.expect_button("Torino").await;
    u.click("Torino");
    u.expect("Ambulatorio medico di base").await;
    assert_eq!(region_of(&h, 90).await.as_deref(), Some("piedmont"));
    u.send("medico");
    let list = u.expect(BARCELONA).await;
    let t = list.text().to_owned();
    assert!(
        positions(&t, &TURIN)
            .iter()
            .all(|p| *p < t.find(BARCELONA).unwrap()),
        "{t}"
    );
    assert_eq!(u.count(&h.t(it, "dir-region-ask")), asked);
    // /mydata lists it (above); /delete erases it with the profile.
    u.send("/delete");
    u.expect(&h.t(it, "delete-confirm")).await;
    u.click(&h.t(it, "delete-yes"));
    u.expect(&h.t(it, "delete-done")).await;
    assert_eq!(region_of(&h, 90).await, None);
    let db = h.db.connect().await;
    assert!(
        discorsi::storage::users::get(&db, 90)
            .await
            .unwrap()
            .is_none()
    );
}

/// Care without papers is a different service in each country: the list
/// of subtopics shows a neutral label, a city's results the local one.
#[tokio::test]
async fn subtopic_labels_follow_the_services_region() {
    let h = Harness::start().await;
    let mut text = fixture();
    text.push_str("stp-lyon,Hospices Civils de Lyon,health,stp_eni,auvergne_rhone_alpes,Lyon,5 Place d'Arsonval,45.7430,4.8810,,yes,yes,PASS dell'Ospedale Herriot,Cure per chi non ha copertura,PASS Herriot hospital\n");
    load(&h, &text).await;
    let en = Lang::En;
    let mut u = h.user(95, Some("en"));
    u.onboard(&h.i18n, en).await;
    // Before any region is known the list is neutral; choosing Lyon makes
    // the user's region Auvergne-Rhône-Alpes, whose name the list then uses.
    for (listed, city, label) in [
        ("sub-stp_eni", "Lyon", "sub-stp_eni.auvergne_rhone_alpes"),
        (
            "sub-stp_eni.auvergne_rhone_alpes",
            "Torino",
            "sub-stp_eni.piedmont",
        ),
    ] {
        u.send("/menu");
        u.expect(&h.t(en, "menu-title")).await;
        u.click(&h.t(en, "menu-services"));
        u.expect("What kind of help").await;
        u.click(&h.t(en, "topic-health"));
        let subs = u.expect("what exactly?").await;
        assert!(
            subs.buttons().iter().any(|b| b.0 == h.t(en, listed)),
            "{:?}",
            subs.buttons()
        );
        u.click(&h.t(en, listed));
        let area = u.expect("where?").await;
        assert!(crate::common::plain(area.text()).contains(&h.t(en, listed)));
        u.click(city);
        let list = u.expect(&h.t(en, label)).await;
        assert!(!list.text().contains(&h.t(en, "sub-stp_eni.catalonia")));
    }
    assert_eq!(
        h.t(en, "sub-stp_eni.auvergne_rhone_alpes"),
        "Care without papers (PASS/AME)"
    );
}
