//! Proof of participation: a one-or-more page A4 PDF listing the events a
//! member was marked present at (and that have ended), with dates, hours and
//! organisers, and a verification code with a QR code that opens the bot's
//! check. Built on demand with printpdf and an embedded font, sent, and
//! never stored.
//! Its wording is Italian (services in Piedmont ask for it); the language
//! is a parameter so partner networks can issue it in theirs.

use chrono::{DateTime, TimeZone, Utc};
use printpdf::{
    Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt,
    Rect, TextItem,
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

/// One printed line; Arabic in it is shaped and put in visual order here,
/// once per line (after wrapping), whatever its source.
fn line(text: impl Into<String>, size: f32, bold: bool, gap: f32) -> Line {
    Line {
        text: visual(&text.into()),
        size,
        bold,
        indent: 0.0,
        gap,
    }
}

/// What makes a certificate checkable: its code, the words telling how to
/// check it, and the link the QR code opens.
pub struct Check {
    pub code: String,
    pub how: String,
    pub link: String,
}

/// Total hours of `events`, as printed and as checked.
pub fn total_seconds(events: &[Attended]) -> i64 {
    events
        .iter()
        .map(|e| (e.ends_at - e.starts_at).max(0))
        .sum()
}

/// The hash that ties a code to what its certificate says: the name, each
/// event and the hours.
pub fn content_hash(name: &str, events: &[Attended]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    // Times, not titles: the check still holds if CERTIFICATE_LANG changes.
    for e in events {
        h.update(format!("\n{}|{}", e.starts_at, e.ends_at).as_bytes());
    }
    h.update(format!("\n{}", total_seconds(events)).as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Hours as "2" or "1,5" (decimal comma in Italian, French, Spanish,
/// Albanian; point in English and Arabic).
pub fn hours(seconds: i64, lang: Lang) -> String {
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
    check: &Check,
) -> Vec<Line>
where
    Tz::Offset: std::fmt::Display,
{
    let local = |t: i64| crate::time::local(t, tz);
    let mut v = vec![
        line(i18n.t(lang, "cert-title"), 22.0, true, 0.0),
        line(i18n.t(lang, "cert-intro"), 12.0, false, 14.0),
        line(name, 18.0, true, 10.0),
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
        for (k, part) in wrap(&e.title, WRAP - 4).into_iter().enumerate() {
            let mut l = line(part, 11.0, false, if k == 0 { 1.5 } else { 0.5 });
            l.indent = 5.0;
            v.push(l);
        }
        let organiser = match &e.organiser {
            Some(a) => i18n.fmt(
                lang,
                "cert-organiser",
                &[("association", crate::i18n::isolate(lang, a).into())],
            ),
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
    v.push(line(check.code.clone(), 12.0, true, 8.0));
    for (k, part) in wrap(&check.how, 100).into_iter().enumerate() {
        v.push(line(part, 9.0, false, if k == 0 { 1.5 } else { 0.5 }));
    }
    v
}

/// Side of the QR code, in mm.
const QR_MM: f32 = 28.0;

/// The QR code of `link` as filled squares, its top-left corner at (x, top).
fn qr_ops(link: &str, x: f32, top: f32) -> anyhow::Result<Vec<Op>> {
    let qr = qrcode::QrCode::new(link.as_bytes())?;
    let width = qr.width();
    let cell = QR_MM / width as f32;
    let mut ops = vec![];
    for (i, color) in qr.to_colors().into_iter().enumerate() {
        if color != qrcode::Color::Dark {
            continue;
        }
        let (col, row) = ((i % width) as f32, (i / width) as f32);
        let mut r = Rect::from_xywh(
            Mm(x + col * cell).into(),
            Mm(top - (row + 1.0) * cell).into(),
            Mm(cell).into(),
            Mm(cell).into(),
        );
        r.mode = Some(PaintMode::Fill);
        ops.push(Op::DrawRectangle { rectangle: r });
    }
    Ok(ops)
}

/// Builds the PDF.
pub fn render<Tz: TimeZone>(
    i18n: &I18n,
    lang: Lang,
    name: &str,
    events: &[Attended],
    issued: DateTime<Utc>,
    tz: &Tz,
    check: &Check,
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
    for l in lines(i18n, lang, name, events, issued, tz, check) {
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
    // The QR code under the text, on a new page if this one is full.
    if y - 6.0 - QR_MM < MARGIN {
        pages.push(PdfPage::new(
            Mm(PAGE_W),
            Mm(PAGE_H),
            std::mem::take(&mut ops),
        ));
        y = PAGE_H - MARGIN;
    }
    ops.extend(qr_ops(&check.link, MARGIN, y - 6.0)?);
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
