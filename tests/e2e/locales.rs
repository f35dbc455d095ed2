//! Every message, attribute and variable exists in all six locales, and
//! plurals follow CLDR (Arabic depends on n % 100).

use std::collections::{BTreeMap, BTreeSet};

use discorsi::i18n::{I18n, Lang};
use fluent_syntax::{ast, parser};

type Ids = BTreeMap<String, BTreeSet<String>>;

fn collect_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => collect_inline(i, out),
    }
}

fn collect_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
        }
        _ => {}
    }
}

fn locale_ids(lang: &str) -> Ids {
    let mut ids = Ids::new();
    for (code, name, text) in I18n::files().iter().filter(|f| f.0 == lang) {
        let res = parser::parse(*text).unwrap_or_else(|(_, e)| panic!("{code}/{name}: {e:?}"));
        for entry in res.body {
            let (id, value, attrs) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(v) = &value {
                collect_vars(v, &mut vars);
            }
            for a in &attrs {
                collect_vars(&a.value, &mut vars);
                ids.insert(format!("{id}.{}", a.id.name), BTreeSet::new());
            }
            assert!(
                ids.insert(id.clone(), vars).is_none(),
                "{code}/{name}: {id} defined twice"
            );
        }
    }
    ids
}

#[test]
fn every_key_and_variable_exists_in_every_locale() {
    let all: BTreeMap<Lang, Ids> = Lang::ALL
        .into_iter()
        .map(|l| (l, locale_ids(l.code())))
        .collect();
    let reference = &all[&Lang::En];
    assert!(reference.len() > 30, "English locale looks empty");
    let mut problems = vec![];
    for (lang, ids) in &all {
        for (id, vars) in reference {
            match ids.get(id) {
                None => problems.push(format!("{lang}: missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{lang}: {id} uses {v:?}, English uses {vars:?}"))
                }
                _ => {}
            }
        }
        for id in ids.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not in English"));
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn locale_folders_are_the_six_languages() {
    let dirs: BTreeSet<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let expected: BTreeSet<String> = Lang::ALL.iter().map(|l| l.code().to_owned()).collect();
    assert_eq!(dirs, expected);
}

#[test]
fn every_message_formats_without_errors() {
    let i18n = I18n::load().unwrap();
    for lang in Lang::ALL {
        for id in locale_ids(lang.code())
            .keys()
            .filter(|k| !k.contains('.') && !k.starts_with('-'))
        {
            let s = i18n.fmt(lang, id, &[("count", 3.into())]);
            assert!(!s.is_empty() && s != *id, "{lang}: {id} did not format");
        }
    }
}

fn records(i18n: &I18n, lang: Lang, n: i64) -> String {
    i18n.fmt(lang, "mydata-caption", &[("count", n.into())])
}

#[test]
fn arabic_plurals_follow_cldr() {
    let i = I18n::load().unwrap();
    let ar = |n| records(&i, Lang::Ar, n);
    assert!(ar(0).contains("لا يوجد أي سجل"), "{}", ar(0));
    assert!(ar(1).contains("سجل واحد"));
    assert!(ar(2).contains("سجلان"));
    // few: n % 100 in 3..=10
    for n in [3, 10, 103, 1003] {
        assert!(ar(n).ends_with(&format!("{n} سجلات.")), "{n}: {}", ar(n));
    }
    // many: n % 100 in 11..=99
    for n in [11, 99, 111] {
        assert!(ar(n).ends_with(&format!("{n} سجلًا.")), "{n}: {}", ar(n));
    }
    // other: 100, 101, 102…
    for n in [100, 102] {
        assert!(ar(n).ends_with(&format!("{n} سجل.")), "{n}: {}", ar(n));
    }
}

#[test]
fn plurals_in_the_other_languages() {
    let i = I18n::load().unwrap();
    assert!(records(&i, Lang::En, 1).contains("one record"));
    assert!(records(&i, Lang::En, 0).contains("0 records"));
    assert!(records(&i, Lang::It, 1).contains("un elemento"));
    assert!(records(&i, Lang::It, 2).contains("2 elementi"));
    // French: 0 and 1 are singular.
    assert!(records(&i, Lang::Fr, 0).contains("0 élément."));
    assert!(records(&i, Lang::Fr, 1).contains("1 élément."));
    assert!(records(&i, Lang::Fr, 2).contains("2 éléments"));
    assert!(records(&i, Lang::Es, 1).contains("un registro"));
    assert!(records(&i, Lang::Es, 5).contains("5 registros"));
    assert!(records(&i, Lang::Sq, 1).contains("një regjistrim"));
    assert!(records(&i, Lang::Sq, 7).contains("7 regjistrime"));
}

#[test]
fn no_bidi_isolation_marks_anywhere() {
    let i = I18n::load().unwrap();
    for lang in Lang::ALL {
        for id in locale_ids(lang.code()).keys().filter(|k| !k.contains('.')) {
            let s = i.fmt(lang, id, &[("count", 3.into())]);
            assert!(!s.contains(['\u{2068}', '\u{2069}']), "{lang}/{id}");
        }
    }
    // Left-to-right data inside Arabic text is marked explicitly.
    assert_eq!(
        discorsi::i18n::ltr(Lang::Ar, "Via Roma 1"),
        "\u{200E}Via Roma 1\u{200E}\u{200F}"
    );
    assert_eq!(discorsi::i18n::ltr(Lang::It, "Via Roma 1"), "Via Roma 1");
}

/// Every string literal in `src/` that looks like a message key (it starts
/// with the prefix of a key in `locales/en`, like `ev-…` or `hint-…`).
fn keys_used_in_src() -> BTreeSet<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = vec![];
    walk(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    let mut out = BTreeSet::new();
    for f in files {
        // The fake Bot API speaks Telegram's vocabulary (tg-spoiler…), not ours.
        if f.components().any(|c| c.as_os_str() == "fake_api") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        for lit in text.split('"').skip(1).step_by(2) {
            let key_like = lit.contains('-')
                && !lit.starts_with('-')
                && !lit.ends_with('-')
                && lit
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if key_like {
                out.insert((lit.to_owned(), f.display().to_string()));
            }
        }
    }
    out
}

#[test]
fn every_message_key_the_code_uses_exists() {
    let en = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en"))
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let keys: BTreeSet<&str> = en
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim()))
        .filter(|k| !k.is_empty() && !k.starts_with('#') && !k.contains(' '))
        .collect();
    let prefixes: BTreeSet<&str> = keys
        .iter()
        .filter_map(|k| k.split_once('-').map(|(p, _)| p))
        .collect();
    let missing: Vec<String> = keys_used_in_src()
        .into_iter()
        .filter(|(lit, _)| {
            lit.split_once('-')
                .is_some_and(|(p, _)| prefixes.contains(p))
                && !keys.contains(lit.as_str())
        })
        .map(|(lit, file)| format!("{lit} ({file})"))
        .collect();
    assert!(
        missing.is_empty(),
        "keys used but missing in locales/en: {missing:#?}"
    );
}
