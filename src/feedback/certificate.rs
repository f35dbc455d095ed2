//! Proof of participation: a one-or-more page A4 PDF listing the events a
//! member was marked present at, with dates, hours and organisers. Built on
//! demand with printpdf and an embedded font, sent, and never stored.
//! Its wording is Italian (services in Piedmont ask for it); the language
//! is a parameter so partner networks can issue it in theirs.

use chrono::{DateTime, TimeZone, Utc};
use printpdf::{
    Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem,
};

use super::charts::{FONT, FONT_BOLD, visual};
use crate::i18n::{I18n, Lang};

/// One attended event as printed.
#[derive(Clone, Debug, PartialEq)]
pub struct Attended {
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub organiser: Option<String>,
}

const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const MARGIN: f32 = 22.0;
/// Characters per line of 11 pt text across the page.
const WRAP: usize = 82;

struct Line {
    text: String,
    size: f32,
    bold: bool,
    indent: f32,
    /// Space above the line, in mm.
    gap: f32,
}

fn line(text: impl Into<String>, size: f32, bold: bool, gap: f32) -> Line {
    Line {
        text: text.into(),
        size,
        bold,
        indent: 0.0,
        gap,
    }
}

/// Hours as "2" or "1,5" (decimal comma in Italian, French, Spanish,
/// Albanian; point in English and Arabic).
fn hours(seconds: i64, lang: Lang) -> String {
    let h = (seconds.max(0) as f64 / 3600.0 * 2.0).round() / 2.0;
    crate::i18n::decimal(lang, h, if h.fract() == 0.0 { 0 } else { 1 })
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out = vec![];
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() || out.is_empty() {
        out.push(cur);
    }
    out
}

/// The certificate's lines, worded in `lang`.
fn lines<Tz: TimeZone>(
    i18n: &I18n,
    lang: Lang,
    name: &str,
    events: &[Attended],
    issued: DateTime<Utc>,
    tz: &Tz,
) -> Vec<Line>
where
    Tz::Offset: std::fmt::Display,
{
    let local = |t: i64| {
        Utc.timestamp_opt(t, 0)
            .single()
            .unwrap_or_default()
            .with_timezone(tz)
    };
    let mut v = vec![
        line(i18n.t(lang, "cert-title"), 22.0, true, 0.0),
        line(i18n.t(lang, "cert-intro"), 12.0, false, 14.0),
        line(visual(name), 18.0, true, 10.0),
        line(
            i18n.fmt(
                lang,
                "cert-attended",
                &[("count", (events.len() as i64).into())],
            ),
            12.0,
            false,
            10.0,
        ),
    ];
    let mut total = 0;
    for e in events {
        let (from, to) = (local(e.starts_at), local(e.ends_at));
        total += e.ends_at - e.starts_at;
        let head = i18n.fmt(
            lang,
            "cert-event",
            &[
                ("date", from.format("%d/%m/%Y").to_string().into()),
                ("from", from.format("%H:%M").to_string().into()),
                ("to", to.format("%H:%M").to_string().into()),
                ("hours", hours(e.ends_at - e.starts_at, lang).into()),
            ],
        );
        v.push(line(format!("• {head}"), 11.0, true, 7.0));
        for (k, part) in wrap(&visual(&e.title), WRAP - 4).into_iter().enumerate() {
            let mut l = line(part, 11.0, false, if k == 0 { 1.5 } else { 0.5 });
            l.indent = 5.0;
            v.push(l);
        }
        let organiser = match &e.organiser {
            Some(a) => i18n.fmt(lang, "cert-organiser", &[("association", visual(a).into())]),
            None => i18n.t(lang, "cert-organiser-network"),
        };
        let mut l = line(organiser, 10.0, false, 0.5);
        l.indent = 5.0;
        v.push(l);
    }
    v.push(line(
        i18n.fmt(lang, "cert-total", &[("hours", hours(total, lang).into())]),
        12.0,
        true,
        10.0,
    ));
    let issued = i18n.fmt(
        lang,
        "cert-issued",
        &[(
            "date",
            issued
                .with_timezone(tz)
                .format("%d/%m/%Y")
                .to_string()
                .into(),
        )],
    );
    for (k, part) in wrap(&issued, 100).into_iter().enumerate() {
        v.push(line(part, 9.0, false, if k == 0 { 14.0 } else { 0.5 }));
    }
    v
}

/// Builds the PDF.
pub fn render<Tz: TimeZone>(
    i18n: &I18n,
    lang: Lang,
    name: &str,
    events: &[Attended],
    issued: DateTime<Utc>,
    tz: &Tz,
) -> anyhow::Result<Vec<u8>>
where
    Tz::Offset: std::fmt::Display,
{
    let mut warnings = vec![];
    let regular = ParsedFont::from_bytes(FONT, 0, &mut warnings)
        .ok_or_else(|| anyhow::anyhow!("embedded font did not parse"))?;
    let bold = ParsedFont::from_bytes(FONT_BOLD, 0, &mut warnings)
        .ok_or_else(|| anyhow::anyhow!("embedded bold font did not parse"))?;
    let mut doc = PdfDocument::new(&i18n.t(lang, "cert-title"));
    let regular = doc.add_font(&regular);
    let bold = doc.add_font(&bold);
    let mut pages = vec![];
    let mut ops = vec![];
    let mut y = PAGE_H - MARGIN - 8.0;
    for l in lines(i18n, lang, name, events, issued, tz) {
        let height = l.size * 0.3528 * 1.25;
        y -= l.gap + height;
        if y < MARGIN {
            pages.push(PdfPage::new(
                Mm(PAGE_W),
                Mm(PAGE_H),
                std::mem::take(&mut ops),
            ));
            y = PAGE_H - MARGIN - height;
        }
        let font = if l.bold { &bold } else { &regular };
        ops.extend([
            Op::StartTextSection,
            Op::SetTextCursor {
                pos: Point::new(Mm(MARGIN + l.indent), Mm(y)),
            },
            Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(l.size),
            },
            Op::ShowText {
                items: vec![TextItem::Text(l.text)],
            },
            Op::EndTextSection,
        ]);
    }
    pages.push(PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), ops));
    let bytes = doc
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut vec![]);
    if bytes.is_empty() {
        anyhow::bail!("the PDF came out empty");
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_use_the_local_decimal_mark() {
        assert_eq!(hours(7200, Lang::It), "2");
        assert_eq!(hours(5400, Lang::It), "1,5");
        assert_eq!(hours(5400, Lang::En), "1.5");
    }

    #[test]
    fn long_titles_wrap_on_words() {
        let w = wrap("uno due tre quattro cinque", 9);
        assert_eq!(w, vec!["uno due", "tre", "quattro", "cinque"]);
        assert_eq!(wrap("", 10), vec![String::new()]);
    }
}
