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

/// The Rust files of `src/`, without the fake Bot API (it speaks
/// Telegram's vocabulary, tg-spoiler…, not ours).
fn src_files() -> Vec<std::path::PathBuf> {
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
    files.retain(|f| !f.components().any(|c| c.as_os_str() == "fake_api"));
    files
}

/// Every string literal in `src/` that looks like a message key (it starts
/// with the prefix of a key in `locales/en`, like `ev-…` or `hint-…`).
fn keys_used_in_src() -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for f in src_files() {
        let text = std::fs::read_to_string(&f).unwrap();
        for lit in text.split('"').skip(1).step_by(2) {
            // A key, or a key and an attribute ("rep-previous.short").
            let key_like = lit.contains('-')
                && !lit.starts_with('-')
                && !lit.ends_with('-')
                && !lit.starts_with('.')
                && !lit.ends_with('.')
                && lit.matches('.').count() <= 1
                && lit.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == '.'
                });
            if key_like {
                out.insert((lit.to_owned(), f.display().to_string()));
            }
        }
    }
    out
}

#[test]
fn every_message_key_the_code_uses_exists() {
    let ids = locale_ids("en");
    let keys: BTreeSet<&str> = ids.keys().map(String::as_str).collect();
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

/// Message families whose keys the code builds with `format!` (the family
/// is the text before `{}`): a message in one of them counts as used.
const BUILT_WITH_FORMAT: &[&str] = &[
    "bc-status-",
    "dir-region-",
    "ev-kind-",
    "fb-reason-",
    "rep-by-",
    "rep-gap-",
    "sub-",
    "topic-",
    "vocab-",
    "weekday-",
];

/// All of `src/` as one text (the fake Bot API left out).
fn src_text() -> String {
    src_files()
        .into_iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Ids of the messages and terms a message of `lang` refers to.
fn referenced_in_messages(lang: &str) -> BTreeSet<String> {
    fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::MessageReference { id, .. } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::TermReference { id, .. } => {
                out.insert(format!("-{}", id.name));
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    for (_, _, text) in I18n::files().iter().filter(|f| f.0 == lang) {
        let res = parser::parse(*text).unwrap();
        for entry in res.body {
            let (value, attrs) = match entry {
                ast::Entry::Message(m) => (m.value, m.attributes),
                ast::Entry::Term(t) => (Some(t.value), t.attributes),
                _ => continue,
            };
            if let Some(v) = &value {
                pattern(v, &mut out);
            }
            for a in &attrs {
                pattern(&a.value, &mut out);
            }
        }
    }
    out
}

#[test]
fn every_message_is_used() {
    let src = src_text();
    // The list of families stays true: each is still built in the code.
    for family in BUILT_WITH_FORMAT {
        assert!(
            src.contains(&format!("\"{family}{{")),
            "{family}* is no longer built with format! in src/: update BUILT_WITH_FORMAT"
        );
    }
    // Any string literal naming a message ("cancelled" has no hyphen),
    // with or without an attribute, or a reference from another message.
    let used: BTreeSet<String> = src_files()
        .into_iter()
        .flat_map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            text.split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .map(|lit| lit.split('.').next().unwrap_or_default().to_owned())
        .chain(referenced_in_messages("en"))
        .collect();
    let unused: Vec<String> = locale_ids("en")
        .into_keys()
        .filter(|id| !id.contains('.'))
        .filter(|id| !used.contains(id))
        .filter(|id| !BUILT_WITH_FORMAT.iter().any(|f| id.starts_with(f)))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code uses (remove them, or list their family in BUILT_WITH_FORMAT): {unused:#?}"
    );
}

// ---- Button widths ----

/// How wide a button is: alone on its row, two or three on a row.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Layout {
    Full,
    Half,
    Third,
}

impl Layout {
    /// About how many visible characters fit (Telegram cuts the rest).
    fn max(self) -> usize {
        match self {
            Layout::Full => 30,
            Layout::Half => 15,
            Layout::Third => 9,
        }
    }
}

/// Button labels and their layout, read from the code that lays them out
/// (`Screen::grid(…, n)`, `Screen::button`, rows of two). `*` stands for
/// any key part without a dot, so `topic-*` is the values and
/// `topic-*.short` the short forms.
const BUTTONS: &[(&str, Layout)] = &[
    // Alone on a row: directory topics and subtopics, event kinds, the
    // audience choices, and single buttons.
    ("topic-*", Layout::Full),
    ("sub-*", Layout::Full),
    ("ev-kind-*", Layout::Full),
    ("bc-aud-everyone", Layout::Full),
    ("bc-aud-association", Layout::Full),
    ("bc-aud-language", Layout::Full),
    ("bc-aud-topic", Layout::Full),
    ("dir-near-me", Layout::Full),
    ("dir-tell-us", Layout::Full),
    ("rep-custom", Layout::Full),
    ("bc-new", Layout::Full),
    ("bc-history", Layout::Full),
    ("ev-new", Layout::Full),
    ("menu-events", Layout::Full),
    ("menu-my-signups", Layout::Full),
    // Two on a row.
    ("fb-reason-*.short", Layout::Half),
    ("rep-previous.short", Layout::Half),
    ("staff-mark-done", Layout::Half),
    ("fb-done", Layout::Half),
    ("fb-skip", Layout::Half),
    ("dir-prev", Layout::Half),
    ("dir-next", Layout::Half),
    ("nav-back", Layout::Half),
    ("nav-home", Layout::Half),
    ("menu-language", Layout::Half),
    ("menu-help", Layout::Half),
    // Three on a row: the event list's topic filters, the report views.
    ("topic-*.short", Layout::Third),
    ("rep-by-*.short", Layout::Third),
];

/// Visible width: an emoji counts as 2; combining marks (Arabic vowels),
/// variation selectors and direction marks count as 0.
fn visible_width(s: &str) -> usize {
    let chars: Vec<char> = s.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| match *c as u32 {
            0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0xFE00..=0xFE0F => 0,
            0x200B..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0x061C => 0,
            0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF => 2,
            // A symbol shown as an emoji (◀️).
            _ if chars.get(i + 1) == Some(&'\u{FE0F}') => 2,
            _ => 1,
        })
        .sum()
}

fn overflows(label: &str, layout: Layout) -> bool {
    visible_width(label) > layout.max()
}

fn matches_pattern(id: &str, pattern: &str) -> bool {
    match pattern.split_once('*') {
        None => id == pattern,
        Some((pre, post)) => id
            .strip_prefix(pre)
            .and_then(|rest| rest.strip_suffix(post))
            .is_some_and(|mid| !mid.is_empty() && !mid.contains('.')),
    }
}

/// Every label of `BUTTONS` in `lang` that is wider than its layout, with
/// the widest values of its variables (a 4-digit id, every period).
fn too_wide(i18n: &I18n, lang: Lang) -> Vec<String> {
    let ids = locale_ids(lang.code());
    let mut out = vec![];
    for (pattern, layout) in BUTTONS {
        let matching: Vec<&String> = ids
            .keys()
            .filter(|id| matches_pattern(id, pattern))
            .collect();
        assert!(!matching.is_empty(), "{pattern} matches no message");
        for id in matching {
            for span in ["week", "month", "quarter", "year"] {
                let label = i18n.fmt(lang, id, &[("id", 1234.into()), ("span", span.into())]);
                if overflows(&label, *layout) {
                    out.push(format!(
                        "{lang}: {id} = “{label}” is {} wide, {layout:?} holds {}",
                        visible_width(&label),
                        layout.max()
                    ));
                }
            }
        }
    }
    out.dedup();
    out
}

#[test]
fn widths_count_emoji_as_two_and_marks_as_nothing() {
    assert_eq!(visible_width("💼 Work"), 7);
    assert_eq!(visible_width("✅ #1234 done"), 13);
    assert_eq!(visible_width("\u{200F}تمّ"), 2);
    assert_eq!(visible_width("◀️ E mëparshmja"), 15);
    // The rule fails for what does not fit…
    assert!(overflows("💼 Lavoro e certificazioni", Layout::Third));
    assert!(overflows("Informacion i gabuar", Layout::Half));
    assert!(overflows(
        "Recognition of foreign qualifications",
        Layout::Full
    ));
    // …and passes what does.
    assert!(!overflows("Assoc.", Layout::Third));
    assert!(!overflows("S'arrihet lehtë", Layout::Half));
    assert!(matches_pattern("topic-work.short", "topic-*.short"));
    assert!(!matches_pattern("topic-work.short", "topic-*"));
    assert!(!matches_pattern("sub-stp_eni.piedmont", "sub-*"));
}

#[test]
fn every_button_label_fits_its_layout() {
    let i18n = I18n::load().unwrap();
    let problems: Vec<String> = Lang::ALL
        .into_iter()
        .flat_map(|l| too_wide(&i18n, l))
        .collect();
    assert!(
        problems.is_empty(),
        "labels wider than their buttons (shorten them, or give a .short form and use it):\n{}",
        problems.join("\n")
    );
}

/// A key built as `"family-{}.attr"` needs `.attr` on every message of
/// the family (`weekday-{}.on`, `fb-reason-{}.short`…).
#[test]
fn every_attribute_the_code_builds_exists() {
    let ids = locale_ids("en");
    let mut problems = vec![];
    let mut checked = 0;
    for f in src_files() {
        let text = std::fs::read_to_string(f).unwrap();
        for lit in text.split('"').skip(1).step_by(2) {
            let Some((family, rest)) = lit.split_once("{}") else {
                continue;
            };
            let Some(attr) = rest.strip_prefix('.') else {
                continue;
            };
            if !family.ends_with('-') || !attr.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                continue;
            }
            checked += 1;
            for id in ids
                .keys()
                .filter(|id| id.starts_with(family) && !id.contains('.'))
            {
                if !ids.contains_key(&format!("{id}.{attr}")) {
                    problems.push(format!("{id} has no .{attr} (built as \"{lit}\")"));
                }
            }
        }
    }
    assert!(checked >= 3, "found only {checked} built attributes");
    assert!(problems.is_empty(), "{problems:#?}");
}

// ---- Direction of Arabic lines ----

const RLM: char = '\u{200F}';

fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
        && !c.is_ascii_digit()
        && !matches!(c as u32, 0x0660..=0x0669 | 0x06F0..=0x06F9 | 0x060C | 0x061B | 0x061F | 0x066B | 0x066C)
}

/// How an Arabic line begins, judged by its first strong character:
/// neutral characters (spaces, digits, punctuation, emoji) and HTML tags
/// are skipped; a placeable's direction is unknown.
#[derive(Debug, PartialEq)]
enum LineStart {
    /// An RLM, or an Arabic letter before anything else strong.
    RightToLeft,
    /// A Latin letter or a placeable before any Arabic letter, and no RLM.
    NeedsRlm(String),
    /// Nothing strong yet.
    Undecided,
}

/// Walks `p`, pushing onto `lines` how each finished line begins, and
/// returns how its last line begins. `state` is how the line the pattern
/// begins in has begun (a select's variants continue the line they are in).
///
/// A whole line that is one placeable and nothing else (a description, a
/// link, lines the code builds) takes the direction of its own content, so
/// it is not judged; `whole_lines` is false inside a select's variants.
fn walk_lines(
    p: &ast::Pattern<&str>,
    mut state: LineStart,
    lines: &mut Vec<LineStart>,
    whole_lines: bool,
) -> LineStart {
    let mut in_tag = false;
    // Whether the current line has text, and how many placeables.
    let mut text_seen = false;
    let mut placeables = 0;
    let judged = |state: LineStart, text_seen: bool, placeables: usize| {
        let lone = whole_lines && !text_seen && placeables == 1;
        if lone && state == LineStart::NeedsRlm("a placeable".to_owned()) {
            LineStart::Undecided
        } else {
            state
        }
    };
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                for c in value.chars() {
                    if c == '\n' {
                        let done = std::mem::replace(&mut state, LineStart::Undecided);
                        lines.push(judged(done, text_seen, placeables));
                        in_tag = false;
                        text_seen = false;
                        placeables = 0;
                        continue;
                    }
                    if !c.is_whitespace() {
                        text_seen = true;
                    }
                    if state != LineStart::Undecided {
                        continue;
                    }
                    if in_tag {
                        in_tag = c != '>';
                    } else if c == '<' {
                        in_tag = true;
                    } else if c == RLM || is_arabic_letter(c) {
                        state = LineStart::RightToLeft;
                    } else if c.is_alphabetic() {
                        state = LineStart::NeedsRlm(format!("the letter {c:?}"));
                    }
                }
            }
            ast::PatternElement::Placeable { expression } => {
                placeables += 1;
                if state != LineStart::Undecided {
                    continue;
                }
                state = match expression {
                    ast::Expression::Select { variants, .. } => {
                        text_seen = true;
                        // Each variant continues this line; one that needs
                        // a mark is enough.
                        let mut worst = LineStart::Undecided;
                        for v in variants {
                            let mut inner = vec![];
                            let end = walk_lines(&v.value, LineStart::Undecided, &mut inner, false);
                            for l in inner.into_iter().chain([end]) {
                                if matches!(l, LineStart::NeedsRlm(_)) {
                                    worst = l;
                                } else if l == LineStart::RightToLeft
                                    && worst == LineStart::Undecided
                                {
                                    worst = LineStart::RightToLeft;
                                }
                            }
                        }
                        worst
                    }
                    _ => LineStart::NeedsRlm("a placeable".to_owned()),
                };
            }
        }
    }
    judged(state, text_seen, placeables)
}

/// Messages that are not Telegram text: search words, an ASCII file name,
/// and a certificate line the PDF lays out right to left itself
/// (`charts::visual`), where a mark would print as a box.
fn not_telegram_text(id: &str) -> bool {
    id.starts_with("vocab-") || id == "cert-file-name" || id == "cert-event"
}

#[test]
fn arabic_lines_that_start_left_to_right_begin_with_an_rlm() {
    let mut problems = vec![];
    for (_, name, text) in I18n::files().iter().filter(|f| f.0 == "ar") {
        let res = parser::parse(*text).unwrap();
        for entry in res.body {
            let (id, value, attrs) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                _ => continue,
            };
            if not_telegram_text(&id) {
                continue;
            }
            let patterns = value.iter().map(|v| (id.clone(), v)).chain(
                attrs
                    .iter()
                    .map(|a| (format!("{id}.{}", a.id.name), &a.value)),
            );
            for (key, p) in patterns {
                let mut lines = vec![];
                let last = walk_lines(p, LineStart::Undecided, &mut lines, true);
                lines.push(last);
                for (n, l) in lines.iter().enumerate() {
                    if let LineStart::NeedsRlm(why) = l {
                        problems.push(format!(
                            "ar/{name}: {key}, line {}: starts with {why}",
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "Arabic lines without an RLM:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_direction_rule_sees_placeables_latin_and_marks() {
    let check = |src: &str| {
        let res = parser::parse(src).unwrap();
        let Some(ast::Entry::Message(m)) = res.body.into_iter().next() else {
            panic!("no message in {src}");
        };
        let mut lines = vec![];
        let last = walk_lines(
            m.value.as_ref().unwrap(),
            LineStart::Undecided,
            &mut lines,
            true,
        );
        lines.push(last);
        lines
            .into_iter()
            .all(|l| !matches!(l, LineStart::NeedsRlm(_)))
    };
    assert!(check("a = 🔴 مغلق الآن\n"));
    assert!(check("a = <b>عنوان</b>\n"));
    assert!(check("a = \u{200F}{ $x } مثال\n"));
    assert!(!check("a = { $x } مثال\n"));
    assert!(!check("a = Discorsi مثال\n"));
    assert!(!check("a =\n    سطر أول\n    { $x } سطر ثان\n"));
    // A line that is only a placeable takes its content's direction.
    assert!(check("a =\n    سطر أول\n    { $link }\n"));
    assert!(!check("a =\n    سطر أول\n    👥 { $link }\n"));
    assert!(!check(
        "a = { $n ->\n        [one] واحد\n       *[other] { $n } كثير\n    }\n"
    ));
    assert!(check(
        "a = \u{200F}{ $n ->\n        [one] واحد\n       *[other] { $n } كثير\n    }\n"
    ));
}

/// A weekday inside a sentence uses its .on form; the bare form starts an
/// event's date.
#[test]
fn weekdays_read_right_inside_a_sentence() {
    let i = I18n::load().unwrap();
    let closed = |lang: Lang| {
        let day = i.t(lang, "weekday-1.on");
        i.fmt(
            lang,
            "card-closed-opens",
            &[("day", day.into()), ("time", "09:00".into())],
        )
    };
    let expect = [
        (Lang::Sq, "hapet të hënën në 09:00"),
        (Lang::En, "opens on Monday at 09:00"),
        (Lang::It, "apre lunedì alle 09:00"),
        (Lang::Fr, "ouvre lundi à 09:00"),
        (Lang::Es, "abre el lunes a las 09:00"),
        (Lang::Ar, "يفتح يوم الاثنين الساعة 09:00"),
    ];
    for (lang, want) in expect {
        assert!(closed(lang).contains(want), "{lang}: {}", closed(lang));
    }
    assert_eq!(i.t(Lang::Sq, "weekday-7"), "e diel");
    assert_eq!(i.t(Lang::Sq, "weekday-7.on"), "të dielën");
}

/// "Everyone" is a button with an emoji, and a plain word in a sentence.
#[test]
fn everyone_has_a_button_and_an_in_sentence_form() {
    let i = I18n::load().unwrap();
    for lang in Lang::ALL {
        let button = i.t(lang, "bc-aud-everyone");
        let word = i.t(lang, "bc-aud-everyone-inline");
        assert!(button.starts_with('🌍'), "{lang}: {button}");
        assert!(!word.contains('🌍') && !word.is_empty(), "{lang}: {word}");
        let prompt = i.fmt(
            lang,
            "bc-compose-prompt",
            &[
                ("audience", word.clone().into()),
                ("count", 3.into()),
                ("max", 4096.into()),
            ],
        );
        assert!(
            prompt.contains(&format!("<b>{word}</b>")),
            "{lang}: {prompt}"
        );
    }
    assert_eq!(i.t(Lang::Sq, "bc-aud-everyone-inline"), "të gjithë");
}
