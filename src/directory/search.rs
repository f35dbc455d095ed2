//! The in-memory directory index: typed search across every language of the
//! data and of the topic vocabulary, and nearest services from a point.
//!
//! Matching folds case and accents (Albanian ë and ç too), Arabic
//! diacritics and letter variants, drops the Arabic article, reads
//! Arabic-Indic digits as digits, tolerates one typo per word through a
//! deletion index, and a short ending after a known word (Albanian definite
//! forms: "strehimin", "mjekut").

use std::{
    collections::{HashMap, HashSet},
    sync::{Arc, OnceLock},
};

use tokio::sync::RwLock;

use super::{
    model::{Region, Service, Subtopic},
    store,
};
use crate::{
    context::Ctx,
    domain::Topic,
    i18n::{I18n, Lang},
};

/// The in-memory index, rebuilt when an import bumps the version.
#[derive(Default)]
pub struct Cache(RwLock<Option<(i64, Arc<Index>)>>);

/// The index of the directory at least as new as the version read with
/// the update (`Ctx::directory_version`): built once per version and
/// shared, so a search costs no query while the directory is unchanged.
pub async fn index(ctx: &Ctx) -> anyhow::Result<Arc<Index>> {
    let seen = ctx.directory_version;
    let app = &ctx.app;
    if let Some((v, idx)) = &*app.directory.0.read().await
        && *v >= seen
    {
        return Ok(idx.clone());
    }
    let mut slot = app.directory.0.write().await;
    if let Some((v, idx)) = &*slot
        && *v >= seen
    {
        return Ok(idx.clone());
    }
    let version = store::version(&app.db).await?;
    let services = store::load_all(&app.db).await?;
    tracing::info!(services = services.len(), version, "directory index built");
    let idx = Arc::new(Index::build(services, &app.i18n));
    *slot = Some((version, idx.clone()));
    Ok(idx)
}

/// Lower-cases, removes accents and Arabic diacritics (harakat, tatweel),
/// unifies Arabic letter variants (أ إ آ ٱ → ا, ؤ → و, ئ → ي, ة → ه,
/// ى → ي, and the Persian-keyboard ک ی), drops the Arabic article (ال, and
/// وال بال كال فال لل), and splits into words. Arabic-Indic digits become
/// ASCII digits.
pub fn words(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut cur = String::new();
    let mut push = |cur: &mut String| {
        if !cur.is_empty() {
            let word = std::mem::take(cur);
            out.push(match without_article(&word) {
                Some(stem) => stem.to_owned(),
                None => word,
            });
        }
    };
    for ch in crate::text::ascii_digits(text)
        .chars()
        .flat_map(char::to_lowercase)
    {
        if is_arabic_mark(ch) {
            // dropped: harakat, tatweel
        } else if let Some(folded) = fold(ch) {
            cur.push_str(folded);
        } else if ch.is_alphanumeric() {
            cur.push(ch);
        } else {
            push(&mut cur);
        }
    }
    push(&mut cur);
    out
}

/// A folded Arabic word without its article: "الطبيب" → "طبيب",
/// "بالمستشفى" → "مستشفى". A word that would be left with fewer than two
/// letters (three after a prefix joined to the article) is no article:
/// "الم" (pain) and "والده" (his father) stay as they are.
fn without_article(word: &str) -> Option<&str> {
    let joined = ["وال", "بال", "كال", "فال", "لل"]
        .into_iter()
        .filter_map(|p| word.strip_prefix(p))
        .find(|rest| rest.chars().count() >= 3);
    joined.or_else(|| {
        word.strip_prefix("ال")
            .filter(|rest| rest.chars().count() >= 2)
    })
}

/// Harakat, superscript alef, tatweel, and the Quranic annotation marks.
fn is_arabic_mark(ch: char) -> bool {
    matches!(
        ch,
        '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'
            | '\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
    )
}

fn fold(ch: char) -> Option<&'static str> {
    Some(match ch {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ç' => "c",
        'ñ' => "n",
        'ē' => "e",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        'ŀ' => "l",
        'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
        'ة' => "ه",
        'ى' => "ي",
        'ؤ' => "و",
        'ئ' => "ي",
        // Persian-keyboard kaf and ya, which some Arabic speakers type.
        'ک' => "ك",
        'ی' => "ي",
        _ => return None,
    })
}

/// Every string made by removing one character (for one-typo matching).
fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|i| {
            chars
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, c)| c)
                .collect()
        })
        .collect()
}

/// The shortest known word an ending may follow, and the longest ending.
const MIN_STEM: usize = 4;
const MAX_ENDING: usize = 3;

/// What a word in the index points at.
#[derive(Clone, Copy, Debug)]
enum Target {
    Service(u32, f32),
    Subtopic(Subtopic),
    Topic(Topic),
}

pub struct Index {
    pub services: Vec<Service>,
    by_id: HashMap<String, usize>,
    terms: HashMap<String, Vec<Target>>,
    /// deletion variant → terms it comes from
    near: HashMap<String, Vec<String>>,
}

/// A ranked search hit.
#[derive(Clone, Debug)]
pub struct Hit {
    pub index: usize,
    pub score: f32,
}

/// Every locale's words for the topics and subtopics (labels, regional
/// labels and synonyms). The texts are built into the binary, so these are
/// the same for every build of the index: worked out once, rather than
/// parse the languages no one uses at each directory change.
fn vocabulary(i18n: &I18n) -> &'static [(String, Target)] {
    static WORDS: OnceLock<Vec<(String, Target)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words_of = vec![];
        for lang in Lang::ALL {
            let texts = i18n.pass(lang);
            for t in Topic::ALL {
                for key in [format!("topic-{}", t.code()), format!("vocab-{}", t.code())] {
                    for word in words(&texts.t(&key)) {
                        words_of.push((word, Target::Topic(*t)));
                    }
                }
            }
            for s in Subtopic::ALL {
                // The neutral label, every region's label, and the vocabulary.
                let mut keys = vec![s.label_key(None), format!("vocab-{}", s.code())];
                keys.extend(Region::ALL.iter().map(|r| s.label_key(Some(*r))));
                keys.sort();
                keys.dedup();
                for key in keys {
                    for word in words(&texts.t(&key)) {
                        words_of.push((word, Target::Subtopic(*s)));
                    }
                }
            }
        }
        words_of
    })
}

impl Index {
    pub fn build(services: Vec<Service>, i18n: &I18n) -> Index {
        let mut terms: HashMap<String, Vec<Target>> = HashMap::new();
        let n = services.len().max(1) as f32;
        // Per-service term weights: name words weigh more than description.
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut per_service: Vec<HashMap<String, f32>> = Vec::with_capacity(services.len());
        for s in &services {
            let mut w: HashMap<String, f32> = HashMap::new();
            for t in s.texts.values() {
                for word in words(&t.name) {
                    let e = w.entry(word).or_insert(0.0);
                    *e = e.max(3.0);
                }
                for word in words(&t.description) {
                    let e = w.entry(word).or_insert(0.0);
                    *e = e.max(1.0);
                }
            }
            for word in words(&s.organisation).into_iter().chain(words(&s.city)) {
                let e = w.entry(word).or_insert(0.0);
                *e = e.max(1.5);
            }
            for word in w.keys() {
                *df.entry(word.clone()).or_insert(0) += 1;
            }
            per_service.push(w);
        }
        for (i, w) in per_service.into_iter().enumerate() {
            for (word, weight) in w {
                let idf = (1.0 + n / df.get(&word).copied().unwrap_or(1).max(1) as f32).ln();
                terms
                    .entry(word)
                    .or_default()
                    .push(Target::Service(i as u32, weight * idf));
            }
        }
        // The vocabulary of every locale: labels and synonyms of topics and subtopics.
        for (word, target) in vocabulary(i18n) {
            terms.entry(word.clone()).or_default().push(*target);
        }
        let mut near: HashMap<String, Vec<String>> = HashMap::new();
        for term in terms.keys().filter(|t| t.chars().count() >= 4) {
            for d in deletions(term) {
                near.entry(d).or_default().push(term.clone());
            }
        }
        let by_id = services
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        Index {
            services,
            by_id,
            terms,
            near,
        }
    }

    pub fn get(&self, id: &str) -> Option<&Service> {
        self.by_id.get(id).and_then(|i| self.services.get(*i))
    }

    /// Index terms matching `word`: exactly; as a known word of 4+ letters
    /// with up to three more letters after it (a definite or plural ending:
    /// Albanian "strehimin", "mjekut", "shtëpinë"); or within one typo (words
    /// of 4+ letters that are not in the topic vocabulary); with a match
    /// quality.
    fn matches(&self, word: &str) -> Vec<(&str, f32)> {
        let mut out: Vec<(&str, f32)> = vec![];
        let mut seen = HashSet::new();
        if let Some((k, _)) = self.terms.get_key_value(word) {
            seen.insert(k.as_str());
            out.push((k.as_str(), 1.0));
        }
        let len = word.chars().count();
        for (stem_len, (cut, _)) in word.char_indices().enumerate().skip(MIN_STEM) {
            if len - stem_len <= MAX_ENDING
                && let Some((k, _)) = word
                    .get(..cut)
                    .and_then(|stem| self.terms.get_key_value(stem))
                && seen.insert(k.as_str())
            {
                out.push((k.as_str(), 0.85));
            }
        }
        // A word of the topic vocabulary is what the user meant, not a typo:
        // Darija "خدمة" (work) must not also find "صدمة" (trauma).
        let known = self.terms.get(word).is_some_and(|targets| {
            targets
                .iter()
                .any(|t| matches!(t, Target::Topic(_) | Target::Subtopic(_)))
        });
        if len >= 4 && !known {
            // The query word with one letter dropped is a term, or a term
            // with one letter dropped equals the query, or both (substitution).
            let mut candidates: Vec<&str> = vec![];
            for d in deletions(word) {
                if let Some((k, _)) = self.terms.get_key_value(&d)
                    && k.chars().count() >= 3
                {
                    candidates.push(k.as_str());
                }
                if let Some(v) = self.near.get(&d) {
                    candidates.extend(v.iter().map(String::as_str));
                }
            }
            if let Some(v) = self.near.get(word) {
                candidates.extend(v.iter().map(String::as_str));
            }
            for c in candidates {
                if seen.insert(c) {
                    out.push((c, 0.7));
                }
            }
        }
        out
    }

    /// Ranked services for a typed query; `filter` keeps a subset.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let q: Vec<String> = words(query).into_iter().take(12).collect();
        // Per service: the summed score and how many query words matched.
        let mut scores = vec![(0f32, 0u8); self.services.len()];
        for word in &q {
            let mut best = vec![0f32; self.services.len()];
            let mut raise = |i: usize, v: f32| {
                if let Some(b) = best.get_mut(i) {
                    *b = b.max(v);
                }
            };
            for (term, quality) in self.matches(word) {
                for target in self.terms.get(term).into_iter().flatten() {
                    match *target {
                        Target::Service(i, w) => raise(i as usize, w * quality),
                        Target::Subtopic(s) => {
                            for (i, svc) in self.services.iter().enumerate() {
                                if svc.subtopic == s {
                                    raise(i, 4.0 * quality);
                                }
                            }
                        }
                        Target::Topic(t) => {
                            for (i, svc) in self.services.iter().enumerate() {
                                if svc.topic == t {
                                    raise(i, 2.0 * quality);
                                }
                            }
                        }
                    }
                }
            }
            for (score, b) in scores.iter_mut().zip(best) {
                if b > 0.0 {
                    score.0 += b;
                    score.1 = score.1.saturating_add(1);
                }
            }
        }
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .enumerate()
            .filter(|(_, (s, _))| *s > 0.0)
            // Services matching more of the words come first.
            .map(|(i, (s, matched))| Hit {
                index: i,
                score: s * (1.0 + f32::from(matched)),
            })
            .collect();
        let id = |i: usize| self.services.get(i).map(|s| s.id.as_str());
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| id(a.index).cmp(&id(b.index)))
        });
        hits
    }

    /// Services ordered by distance from a point, with the distance in km;
    /// services without coordinates are left out.
    pub fn nearest(
        &self,
        lat: f64,
        lon: f64,
        keep: impl Fn(&Service) -> bool,
    ) -> Vec<(usize, f64)> {
        let mut v: Vec<(usize, f64)> = self
            .services
            .iter()
            .enumerate()
            .filter(|(_, s)| keep(s))
            .filter_map(|(i, s)| s.coords.map(|(a, b)| (i, haversine_km(lat, lon, a, b))))
            .collect();
        v.sort_by(|a, b| a.1.total_cmp(&b.1));
        v
    }
}

pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(
            words("Médecin GÉNÉRALISTE, près d'ici!"),
            vec!["medecin", "generaliste", "pres", "d", "ici"]
        );
        assert_eq!(words("Vivienda"), vec!["vivienda"]);
        assert_eq!(words("طَبِيب"), vec!["طبيب"]);
        assert_eq!(words("أطباء"), words("اطباء"));
        assert!(words("😀🙏").is_empty());
    }

    #[test]
    fn arabic_is_folded_the_way_people_write_it() {
        // The article, and the prepositions joined to it.
        assert_eq!(words("الطبيب"), vec!["طبيب"]);
        assert_eq!(
            words("المستشفى بالمستشفى للسكن"),
            vec!["مستشفي", "مستشفي", "سكن"]
        );
        assert_eq!(words("ٱلطبيب والطبيب"), vec!["طبيب", "طبيب"]);
        // Too short to carry an article: left as typed.
        assert_eq!(words("الم"), vec!["الم"]);
        assert_eq!(words("والده"), vec!["والده"]);
        assert_eq!(words("ال"), vec!["ال"]);
        // Hamza on alef, waw and ya; ta marbuta; alef maqsura.
        assert_eq!(
            words("أ إ آ ٱ ؤ ئ ة ى"),
            vec!["ا", "ا", "ا", "ا", "و", "ي", "ه", "ي"]
        );
        assert_eq!(words("مسؤول"), words("مسوول"));
        assert_eq!(words("مدرسة"), words("مدرسه"));
        // Harakat, tatweel, Quranic marks; Persian-keyboard letters.
        assert_eq!(words("طَبِيـــبٌ"), vec!["طبيب"]);
        assert_eq!(words("کرا\u{06DA}ی"), words("كراي"));
        // Digits of either Arabic script, and invisible direction marks.
        assert_eq!(words("\u{200F}١١٢ ۱۱۲"), vec!["112", "112"]);
    }

    /// The sample directory with the real vocabulary.
    fn sample() -> Index {
        let bytes =
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/services.csv")).unwrap();
        let services = super::super::import::parse(&bytes).unwrap();
        Index::build(services, &I18n::load().unwrap())
    }

    fn found(idx: &Index, query: &str) -> Vec<String> {
        let mut ids: Vec<String> = idx
            .search(query)
            .into_iter()
            .map(|h| idx.services[h.index].id.clone())
            .collect();
        ids.sort();
        ids
    }

    fn topics(idx: &Index, query: &str) -> HashSet<Topic> {
        idx.search(query)
            .into_iter()
            .map(|h| idx.services[h.index].topic)
            .collect()
    }

    #[test]
    fn arabic_searches_with_the_article_and_in_darija() {
        let idx = sample();
        let doctor = found(&idx, "طبيب");
        assert!(!doctor.is_empty());
        // The same services in the same order, with the article.
        let order = |q| {
            idx.search(q)
                .into_iter()
                .map(|h| h.index)
                .collect::<Vec<_>>()
        };
        assert_eq!(order("الطبيب"), order("طبيب"));
        for q in [
            "المستشفى",
            "مستشفي",
            "بالمستشفى",
            "الطَّبِيب",
            "سبيطار",
            "السبيطار",
        ] {
            assert_eq!(found(&idx, q), doctor, "{q}");
        }
        // Moroccan and Algerian words for rent, hospital and work.
        for (q, topic) in [
            ("كراء", Topic::Housing),
            ("الكراء", Topic::Housing),
            ("كرا", Topic::Housing),
            ("سبيطار", Topic::Health),
            ("خدمة", Topic::Work),
            ("الخدمة", Topic::Work),
        ] {
            assert_eq!(topics(&idx, q), HashSet::from([topic]), "{q}");
        }
    }

    #[test]
    fn albanian_without_diacritics_and_in_definite_forms() {
        let idx = sample();
        let doctor = found(&idx, "mjek");
        assert!(!doctor.is_empty());
        for q in [
            "mjekë", "mjeke", "MJEKE", "mjeku", "mjekun", "mjekut", "mjekët", "mjeket",
        ] {
            assert_eq!(found(&idx, q), doctor, "{q}");
        }
        let housing = found(&idx, "strehim");
        assert!(!housing.is_empty());
        for q in ["strehimi", "strehimin", "strehimit", "Strehimi"] {
            assert_eq!(found(&idx, q), housing, "{q}");
        }
        for (q, topic) in [
            ("shtëpinë", Topic::Housing),
            ("shtepia", Topic::Housing),
            ("spitali", Topic::Health),
            ("spitalin", Topic::Health),
            ("qiranë", Topic::Housing),
            ("shendet", Topic::Health),
            ("punën", Topic::Work),
        ] {
            assert_eq!(topics(&idx, q), HashSet::from([topic]), "{q}");
        }
        // An ending is at most three letters after a word of four or more.
        assert!(idx.search("mjekxxxx").is_empty());
    }

    #[test]
    fn distances() {
        // Turin to Lyon is about 235 km as the crow flies.
        let d = haversine_km(45.0703, 7.6869, 45.7640, 4.8357);
        assert!((225.0..245.0).contains(&d), "{d}");
    }
}
