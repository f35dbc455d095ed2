//! Every text a user sees comes from Fluent files in `locales/<lang>/`.
//!
//! The files are embedded at build time (see `build.rs`). Fluent's bidi
//! isolation marks are off: Telegram clients show them as boxes. Every value
//! inserted into a sentence goes through [`isolate`] instead.

use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use serde::{Deserialize, Serialize};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The six languages the bot speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    It,
    Fr,
    Es,
    Ar,
    Sq,
    En,
}

impl Lang {
    /// The language every text has: a service's, an event's or an
    /// announcement's original, and the fallback for the others.
    pub const SOURCE: Lang = Lang::It;

    /// Picker order when the client's language is unknown.
    pub const ALL: [Lang; 6] = [Lang::It, Lang::Fr, Lang::Es, Lang::Ar, Lang::Sq, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Sq => "sq",
            Lang::En => "en",
        }
    }

    /// The language's own name for itself, as shown in the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::It => "🇮🇹 Italiano",
            Lang::Fr => "🇫🇷 Français",
            Lang::Es => "🇪🇸 Español",
            Lang::Ar => "العربية",
            Lang::Sq => "🇦🇱 Shqip",
            Lang::En => "🇬🇧 English",
        }
    }

    /// Parses an exact code ("fr") or a Telegram `language_code` ("fr-FR", "ar_MA").
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::exact(&primary)
    }

    /// The language whose code is exactly `code` (as the bot writes it in
    /// buttons and rows): no case folding, no region suffix.
    pub fn exact(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// All languages, with `first` (if any) at the front.
    pub fn picker_order(first: Option<Lang>) -> Vec<Lang> {
        let mut v: Vec<Lang> = first.into_iter().collect();
        v.extend(Lang::ALL.into_iter().filter(|l| Some(*l) != first));
        v
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Superseded by [`isolate`], which also fences right-to-left values in
/// left-to-right sentences; kept for callers outside the crate.
///
/// Marks a left-to-right fragment (a phone number, an address, a name in
/// Latin script) placed inside right-to-left text, so that the neutral
/// characters around it stay in the right order. A no-op for LTR languages.
pub fn ltr(lang: Lang, value: &str) -> String {
    if lang.is_rtl() {
        format!("\u{200E}{value}\u{200E}\u{200F}")
    } else {
        value.to_owned()
    }
}

/// Left-to-right mark: a zero-width strong left-to-right character.
pub const LRM: char = '\u{200E}';
/// Right-to-left mark: a zero-width strong right-to-left character.
pub const RLM: char = '\u{200F}';

/// The direction a text starts in: that of its first strong character
/// (a letter, or an LRM/RLM), as a Telegram client lays out a line.
/// `None` when it has none (digits, punctuation, emoji only).
pub fn first_strong_rtl(text: &str) -> Option<bool> {
    text.chars().find_map(strong_rtl)
}

/// Whether `c` is a strong right-to-left character (`Some(true)`), a strong
/// left-to-right one (`Some(false)`), or neither (`None`).
pub fn strong_rtl(c: char) -> Option<bool> {
    use unicode_bidi::BidiClass::{AL, L, R};
    match unicode_bidi::bidi_class(c) {
        R | AL => Some(true),
        L => Some(false),
        _ => None,
    }
}

/// Embeddings, overrides and isolates a value could carry: typed into a
/// title or a name they would reorder the rest of the sentence.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `value` (a title, a name, an address, a date…) ready to be inserted
/// into a sentence in `lang`, so that its direction cannot spill over the
/// sentence and the sentence's cannot reorder it.
///
/// Telegram clients show the isolation marks FSI/PDI as boxes, so the value
/// is fenced with the marks every client renders invisibly: the value's own
/// direction (LRM/RLM) on both sides, and the sentence's direction outside
/// them, so that a line which starts with the value still lays out in the
/// reader's direction and the figures after it stay in order. A value
/// without letters (a date, a number) is fenced as left-to-right. A value
/// in the sentence's own direction is left alone in a left-to-right
/// language (nothing can go wrong there). Bidi embeddings and overrides in
/// the value are dropped. Each line of a value of several lines (a
/// description) is fenced on its own, since each is laid out on its own.
pub fn isolate(lang: Lang, value: &str) -> String {
    if value.contains('\n') {
        return value
            .split('\n')
            .map(|line| isolate(lang, line))
            .collect::<Vec<_>>()
            .join("\n");
    }
    let value: String = value.chars().filter(|c| !is_bidi_control(*c)).collect();
    let value_rtl = first_strong_rtl(&value).unwrap_or(false);
    let (outer, inner) = (
        if lang.is_rtl() { RLM } else { LRM },
        if value_rtl { RLM } else { LRM },
    );
    if value_rtl == lang.is_rtl() {
        if lang.is_rtl() {
            format!("{outer}{value}{outer}")
        } else {
            value
        }
    } else {
        format!("{outer}{inner}{value}{inner}{outer}")
    }
}

/// An argument for a message: `("count", 3.into())`.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// `value` with `places` decimals and the decimal mark readers of `lang`
/// expect (a comma in Italian, French, Spanish and Albanian).
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    let s = format!("{value:.places$}");
    match lang {
        Lang::En | Lang::Ar => s,
        _ => s.replace('.', ","),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Messages shown in every language at once to someone who has not chosen
/// one (the language picker's prompt). They are formatted at load, so that
/// showing them does not keep every language's texts in memory.
const EVERY_LANGUAGE: &[&str] = &["language-prompt"];

/// The bot's texts. A language's parsed texts (about half a megabyte each)
/// are kept from the first time someone is answered in it; a deployment
/// whose people speak two languages holds two. Passes over every language
/// (the command menus, the search vocabulary, a notice to everyone) parse
/// the ones not in use for that pass only ([`I18n::pass`]).
pub struct I18n {
    kept: [OnceLock<Bundle>; Lang::ALL.len()],
    every_language: Vec<(Lang, &'static str, String)>,
}

impl I18n {
    /// Checks that every embedded locale file parses. Fails on a syntax
    /// error in any file.
    pub fn load() -> anyhow::Result<I18n> {
        let mut every_language = vec![];
        for lang in Lang::ALL {
            let bundle = parse(lang)?;
            for key in EVERY_LANGUAGE {
                if let Some(text) = format_in(&bundle, lang, key, &[]) {
                    every_language.push((lang, *key, text));
                }
            }
        }
        Ok(I18n {
            kept: Default::default(),
            every_language,
        })
    }

    /// The text of message `key` in `lang`. A missing key is logged and
    /// falls back to English, then to the key itself: never a panic.
    pub fn t(&self, lang: Lang, key: &str) -> String {
        self.fmt(lang, key, &[])
    }

    pub fn fmt(&self, lang: Lang, key: &str, args: &[Arg<'_>]) -> String {
        if self.kept(lang).get().is_none()
            && args.is_empty()
            && let Some((.., text)) = self
                .every_language
                .iter()
                .find(|(l, k, _)| *l == lang && *k == key)
        {
            return text.clone();
        }
        self.fmt_with(self.bundle(lang), lang, key, args)
    }

    /// The texts of `lang` for one pass over every language: the kept ones
    /// when the language is in use, or else parsed for this pass alone and
    /// dropped with the returned value.
    pub fn pass(&self, lang: Lang) -> Texts<'_> {
        let passing = match self.kept(lang).get() {
            Some(_) => None,
            // `load` parsed every file: a file that fails now fails for
            // the pass alone, through the English fallback.
            None => parse(lang)
                .inspect_err(|e| tracing::error!(error = %e, %lang, "parsing texts"))
                .ok(),
        };
        Texts {
            i18n: self,
            lang,
            passing,
        }
    }

    /// Where `lang`'s texts are kept once parsed.
    fn kept(&self, lang: Lang) -> &OnceLock<Bundle> {
        let [it, fr, es, ar, sq, en] = &self.kept;
        match lang {
            Lang::It => it,
            Lang::Fr => fr,
            Lang::Es => es,
            Lang::Ar => ar,
            Lang::Sq => sq,
            Lang::En => en,
        }
    }

    /// The texts of `lang`, which someone is answered in: kept, as
    /// [`I18n::t`] keeps them.
    pub fn for_person(&self, lang: Lang) -> Texts<'_> {
        Texts {
            i18n: self,
            lang,
            passing: None,
        }
    }

    /// `lang`'s texts, parsed and kept at the first call.
    fn bundle(&self, lang: Lang) -> &Bundle {
        self.kept(lang).get_or_init(|| {
            // `load` parsed every embedded file: this cannot fail, and an
            // empty bundle would only show keys.
            parse(lang).unwrap_or_else(|e| {
                tracing::error!(error = %e, %lang, "parsing texts");
                let mut empty = FluentBundle::new_concurrent(vec![]);
                empty.set_use_isolating(false);
                empty
            })
        })
    }

    /// `key` in `bundle` (of `lang`); a missing key is logged and falls back
    /// to English, then to the key itself.
    fn fmt_with(&self, bundle: &Bundle, lang: Lang, key: &str, args: &[Arg<'_>]) -> String {
        format_in(bundle, lang, key, args)
            .or_else(|| {
                tracing::error!(key, %lang, "missing Fluent message");
                format_in(self.bundle(Lang::En), Lang::En, key, args)
            })
            .unwrap_or_else(|| key.to_owned())
    }

    /// The embedded locale files as (language, file, text), for parity checks.
    pub fn files() -> &'static [(&'static str, &'static str, &'static str)] {
        embedded::FILES
    }
}

/// One language's texts during a pass over every language (see
/// [`I18n::pass`]).
pub struct Texts<'a> {
    i18n: &'a I18n,
    lang: Lang,
    passing: Option<Bundle>,
}

impl Texts<'_> {
    pub fn t(&self, key: &str) -> String {
        self.fmt(key, &[])
    }

    pub fn fmt(&self, key: &str, args: &[Arg<'_>]) -> String {
        match &self.passing {
            Some(bundle) => self.i18n.fmt_with(bundle, self.lang, key, args),
            None => self.i18n.fmt(self.lang, key, args),
        }
    }
}

/// Parses the embedded files of `lang` into a bundle.
fn parse(lang: Lang) -> anyhow::Result<Bundle> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse()?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    if lang == Lang::Ar {
        bundle
            .add_function(ARABIC_PLURAL_FN, arabic_plural)
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    }
    for (code, name, text) in embedded::FILES.iter().filter(|f| f.0 == lang.code()) {
        let text = if lang == Lang::Ar {
            route_selectors_through(text, ARABIC_PLURAL_FN)
        } else {
            text.to_string()
        };
        let res = FluentResource::try_new(text).map_err(|(_, errs)| {
            anyhow::anyhow!("locales/{code}/{name}: syntax errors: {errs:?}")
        })?;
        bundle
            .add_resource(res)
            .map_err(|errs| anyhow::anyhow!("locales/{code}/{name}: {errs:?}"))?;
    }
    Ok(bundle)
}

/// `key` (a message, or `message.attribute`) formatted in `bundle`, or
/// `None` when it has no such message.
fn format_in(bundle: &Bundle, lang: Lang, key: &str, args: &[Arg<'_>]) -> Option<String> {
    let (id, attr) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let msg = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    let mut errors = vec![];
    let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(key, %lang, ?errors, "Fluent formatting errors");
    }
    Some(out.into_owned())
}

/// intl_pluralrules 7.0.2 (used by fluent-bundle) implements Arabic's
/// "few" and "many" as n in 3..=10 and 11..=99, where CLDR says n % 100:
/// 103 must be "few" and 111 "many". Arabic selectors are therefore routed
/// through this function, which applies CLDR's rules and returns the
/// category's name (non-numbers pass through unchanged).
const ARABIC_PLURAL_FN: &str = "CLDR_PLURAL_AR";

fn arabic_plural<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::Number(n)) => FluentValue::from(arabic_category(n.value)),
        Some(other) => other.clone(),
        None => FluentValue::Error,
    }
}

/// CLDR plural category of `n` in Arabic.
pub fn arabic_category(n: f64) -> &'static str {
    if n.fract() != 0.0 || n < 0.0 {
        return "other";
    }
    let n = n as u64;
    match (n, n % 100) {
        (0, _) => "zero",
        (1, _) => "one",
        (2, _) => "two",
        (_, 3..=10) => "few",
        (_, 11..=99) => "many",
        _ => "other",
    }
}

/// Rewrites every `{ $var ->` selector in an FTL source as `{ FUNC($var) ->`.
fn route_selectors_through(src: &str, func: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let trimmed = rest.trim_start();
        if let Some(after_dollar) = trimmed.strip_prefix('$') {
            let name_len = after_dollar
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(after_dollar.len());
            let after_name = &after_dollar[name_len..];
            if after_name.trim_start().starts_with("->") {
                out.push_str(&format!(" {func}(${}) ", &after_dollar[..name_len]));
                rest = after_name.trim_start();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn arabic_categories_follow_cldr() {
        let cases = [
            (0, "zero"),
            (1, "one"),
            (2, "two"),
            (3, "few"),
            (10, "few"),
            (11, "many"),
            (99, "many"),
            (100, "other"),
            (102, "other"),
            (103, "few"),
            (111, "many"),
            (1003, "few"),
        ];
        for (n, cat) in cases {
            assert_eq!(super::arabic_category(n as f64), cat, "{n}");
        }
        assert_eq!(super::arabic_category(1.5), "other");
    }

    #[test]
    fn selectors_are_rewritten_and_placeables_kept() {
        let src = "a = { $count ->\n  [one] x\n *[other] { $count } y\n}\nb = { $name }";
        let out = super::route_selectors_through(src, "F");
        assert!(out.contains("{ F($count) ->"), "{out}");
        assert!(out.contains("{ $count } y"), "{out}");
        assert!(out.contains("{ $name }"), "{out}");
    }

    use super::*;

    #[test]
    fn language_codes_from_telegram_clients() {
        assert_eq!(Lang::from_code("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("AR"), Some(Lang::Ar));
        assert_eq!(Lang::from_code("sq_AL"), Some(Lang::Sq));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn picker_puts_client_language_first() {
        let order = Lang::picker_order(Some(Lang::Ar));
        assert_eq!(order[0], Lang::Ar);
        assert_eq!(order.len(), 6);
        assert_eq!(Lang::picker_order(None), Lang::ALL.to_vec());
    }

    #[test]
    fn no_isolation_marks_in_output() {
        let i = I18n::load().unwrap();
        for lang in Lang::ALL {
            let s = i.fmt(lang, "mydata-caption", &[("count", 3.into())]);
            assert!(
                !s.contains('\u{2068}') && !s.contains('\u{2069}'),
                "{lang}: {s}"
            );
        }
    }

    #[test]
    fn a_language_is_kept_once_someone_is_answered_in_it() {
        let i = I18n::load().unwrap();
        let kept = |i: &I18n| {
            Lang::ALL
                .into_iter()
                .filter(|l| i.kept(*l).get().is_some())
                .collect::<Vec<_>>()
        };
        assert_eq!(kept(&i), []);
        // The picker's prompt in every language keeps none of them, and
        // says what the parsed texts say.
        let prompts: Vec<String> = Lang::ALL
            .iter()
            .map(|l| i.t(*l, "language-prompt"))
            .collect();
        assert_eq!(kept(&i), []);
        // A pass over every language keeps none either.
        let passed: Vec<String> = Lang::ALL
            .iter()
            .map(|l| i.pass(*l).fmt("mydata-caption", &[("count", 3.into())]))
            .collect();
        assert_eq!(kept(&i), []);
        assert_ne!(passed[0], passed[3]);
        // Answering someone in Arabic keeps Arabic, and nothing else.
        let menu = i.t(Lang::Ar, "menu-title");
        assert_eq!(kept(&i), [Lang::Ar]);
        assert!(menu.chars().any(|c| strong_rtl(c) == Some(true)), "{menu}");
        for (n, l) in Lang::ALL.iter().enumerate() {
            assert_eq!(i.t(*l, "language-prompt"), prompts[n], "{l}");
            assert_eq!(
                i.pass(*l).fmt("mydata-caption", &[("count", 3.into())]),
                passed[n],
                "{l}"
            );
        }
        assert_eq!(kept(&i), [Lang::Ar]);
        // Every language kept now says what its passing texts said.
        for (n, l) in Lang::ALL.iter().enumerate() {
            assert_eq!(
                i.fmt(*l, "mydata-caption", &[("count", 3.into())]),
                passed[n],
                "{l}"
            );
            assert_eq!(i.t(*l, "language-prompt"), prompts[n], "{l}");
        }
        assert_eq!(kept(&i), Lang::ALL);
        let i = I18n::load().unwrap();
        // A missing key falls back to English, which is then kept.
        assert_eq!(
            i.pass(Lang::Fr).t("no-such-key-anywhere"),
            "no-such-key-anywhere"
        );
        assert_eq!(kept(&i), [Lang::En]);
    }

    #[test]
    fn missing_key_falls_back_without_panic() {
        let i = I18n::load().unwrap();
        assert_eq!(
            i.t(Lang::It, "no-such-key-anywhere"),
            "no-such-key-anywhere"
        );
    }

    #[test]
    fn isolate_fences_values_of_the_other_direction() {
        // A Latin name in Arabic: the sentence's RLM outside, LRM inside.
        assert_eq!(
            isolate(Lang::Ar, "Via Roma 1"),
            "\u{200F}\u{200E}Via Roma 1\u{200E}\u{200F}"
        );
        // An Arabic language name in a French report line: the line still
        // starts left to right, and the figures after it stay in order.
        assert_eq!(
            isolate(Lang::Fr, "العربية"),
            "\u{200E}\u{200F}العربية\u{200F}\u{200E}"
        );
        // Same direction: Arabic in Arabic gets the RLM a line may need,
        // Latin in a left-to-right language is left alone.
        assert_eq!(isolate(Lang::Ar, "مركز"), "\u{200F}مركز\u{200F}");
        assert_eq!(isolate(Lang::It, "Centro (TO)"), "Centro (TO)");
        // No letters: a date is a left-to-right run.
        assert_eq!(
            isolate(Lang::Ar, "25/12 18:30"),
            "\u{200F}\u{200E}25/12 18:30\u{200E}\u{200F}"
        );
        assert_eq!(isolate(Lang::En, "25/12 18:30"), "25/12 18:30");
        // The first strong letter decides, not the first character.
        assert_eq!(first_strong_rtl(&isolate(Lang::Fr, "12 مركز")), Some(false));
        assert_eq!(first_strong_rtl(&isolate(Lang::Ar, "(Roma)")), Some(true));
        // Edge cases: empty, only marks, only emoji.
        assert_eq!(isolate(Lang::It, ""), "");
        assert_eq!(isolate(Lang::Ar, ""), "\u{200F}\u{200E}\u{200E}\u{200F}");
        assert_eq!(isolate(Lang::Sq, "😀"), "😀");
        // Each line of a description on its own.
        assert_eq!(
            isolate(Lang::Ar, "Uno\nاثنان"),
            "\u{200F}\u{200E}Uno\u{200E}\u{200F}\n\u{200F}اثنان\u{200F}"
        );
        assert_eq!(isolate(Lang::Fr, "a\n\nb"), "a\n\nb");
    }

    #[test]
    fn isolate_drops_embeddings_and_overrides_from_values() {
        // A title typed with RLO…PDF would reverse the rest of the line.
        let typed = "\u{202E}evil\u{202C} \u{2067}x\u{2069}";
        let out = isolate(Lang::Fr, typed);
        assert_eq!(out, "evil x");
        let out = isolate(Lang::Ar, typed);
        assert!(!out.chars().any(is_bidi_control), "{out:?}");
        assert!(out.starts_with('\u{200F}'));
    }
}
