//! Charts as PNG images for the chat: big type and thick lines so they stay
//! readable on a small phone screen. Drawn with plotters on an in-memory
//! bitmap with an embedded font (no system fonts needed), then encoded with
//! `png`. Labels come in already translated; Arabic is shaped and put in
//! visual order first, since the rasteriser does neither.

use std::sync::Once;

use anyhow::anyhow;
use plotters::{coord::Shift, prelude::*, style::FontStyle};

/// A photo in a chat is shown about this wide on a phone, in CSS pixels.
pub const SHOWN_WIDTH: u32 = 390;
/// Drawn at twice the width it is seen at, so text stays sharp on
/// high-density screens; every size below is in image pixels.
pub const WIDTH: u32 = 2 * SHOWN_WIDTH;
pub const HEIGHT: u32 = 600;
/// The smallest text seen: 12 CSS px at `SHOWN_WIDTH`, and still about 12
/// where a client shows the photo a little narrower.
pub const MIN_SEEN_PX: u32 = 12;

/// Titles of the charts (bold).
const TITLE: u32 = 30;
/// Axis labels, axis names, legends.
const LABEL: u32 = 30;
/// The note of an empty chart, event labels and the figures beside the
/// turnout bars, where a line is long or a row tight.
const SMALL: u32 = 26;
/// Height of one event's row in the turnout chart (label and two bars).
const TURNOUT_ROW: u32 = 100;

pub static FONT: &[u8] = include_bytes!("../../data/fonts/DejaVuSans.ttf");
pub static FONT_BOLD: &[u8] = include_bytes!("../../data/fonts/DejaVuSans-Bold.ttf");

const FAMILY: &str = "sans-serif";
const COLORS: [RGBColor; 6] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(230, 159, 0),
];

fn fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let a = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT);
        let b = plotters::style::register_font(FAMILY, FontStyle::Bold, FONT_BOLD);
        if a.is_err() || b.is_err() {
            tracing::error!("embedded chart font did not load");
        }
    });
}

fn err<E: std::fmt::Debug>(e: E) -> anyhow::Error {
    anyhow!("chart drawing failed: {e:?}")
}

/// Text as the rasteriser must get it: Arabic letters joined and in visual
/// order; anything else unchanged.
///
/// The text lays out in the direction of its first strong character, as a
/// Telegram line does, so the marks `i18n::isolate` puts around a value
/// decide it: in a French chart, "12/05 · ‎‏ورشة‏‎" stays left to right
/// with only the Arabic title reversed, and an Arabic chart's label starts
/// at the right. The marks themselves are then dropped (the font has no
/// glyph for them).
pub fn visual(text: &str) -> String {
    // Emoji (topic icons, flags) are not in the embedded font.
    let text: String = text
        .chars()
        .filter(|c| !(*c >= '\u{1F000}' || matches!(c, '\u{FE0F}' | '\u{200D}')))
        .collect();
    let text = text.trim_matches(|c: char| c.is_whitespace());
    if !text.chars().any(is_arabic) {
        return without_marks(text).trim().to_owned();
    }
    let shaped = ar_reshaper::reshape_line(text);
    let bidi = unicode_bidi::BidiInfo::new(&shaped, None);
    let out = bidi
        .paragraphs
        .iter()
        .map(|p| bidi.reorder_line(p, p.range.clone()).into_owned())
        .collect::<Vec<_>>()
        .join("");
    without_marks(&out).trim().to_owned()
}

/// `text` without direction marks and other invisible bidi controls.
fn without_marks(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn draw(
    width: u32,
    height: u32,
    paint: impl FnOnce(&DrawingArea<BitMapBackend<'_>, Shift>) -> anyhow::Result<()>,
) -> anyhow::Result<Vec<u8>> {
    fonts();
    let mut rgb = vec![255u8; (width * height * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        paint(&root)?;
        root.present().map_err(err)?;
    }
    let mut out = Vec::with_capacity(64 * 1024);
    {
        let mut enc = png::Encoder::new(&mut out, width, height);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        let mut w = enc.write_header()?;
        w.write_image_data(&rgb)?;
    }
    Ok(out)
}

fn font(size: u32) -> TextStyle<'static> {
    (FAMILY, size).into_font().color(&BLACK)
}

/// A note in the middle of an empty chart ("fewer than 5 responses").
fn empty(
    root: &DrawingArea<BitMapBackend<'_>, Shift>,
    title: &str,
    note: &str,
) -> anyhow::Result<()> {
    let (_, h) = root.dim_in_pixel();
    let title_style = (FAMILY, TITLE)
        .into_font()
        .style(FontStyle::Bold)
        .color(&BLACK);
    root.draw(&Text::new(visual(title), (24, 24), title_style))
        .map_err(err)?;
    root.draw(&Text::new(visual(note), (24, h as i32 / 2), font(SMALL)))
        .map_err(err)?;
    Ok(())
}

/// One line per series over time buckets; `None` points (small groups) are
/// left out, breaking the line.
pub struct Lines {
    pub title: String,
    pub y_label: String,
    /// Label under each bucket (a date).
    pub buckets: Vec<String>,
    pub series: Vec<(String, Vec<Option<f64>>)>,
    /// Shown instead of the plot when no series has a point.
    pub empty_note: String,
}

pub fn rating_over_time(c: &Lines) -> anyhow::Result<Vec<u8>> {
    draw(WIDTH, HEIGHT, |root| {
        let visible: Vec<_> = c
            .series
            .iter()
            .filter(|(_, pts)| pts.iter().any(Option::is_some))
            .take(COLORS.len())
            .collect();
        if visible.is_empty() || c.buckets.is_empty() {
            return empty(root, &c.title, &c.empty_note);
        }
        let n = c.buckets.len();
        let title_style = (FAMILY, TITLE).into_font().style(FontStyle::Bold);
        let mut chart = ChartBuilder::on(root)
            .caption(visual(&c.title), title_style)
            .margin(18)
            .x_label_area_size(60)
            .y_label_area_size(84)
            .build_cartesian_2d(-0.3f64..(n as f64 - 0.7), 1f64..5.2f64)
            .map_err(err)?;
        let buckets = c.buckets.clone();
        chart
            .configure_mesh()
            .x_labels(n.min(6))
            .x_label_formatter(&|x| {
                let i = x.round();
                if (x - i).abs() < 0.01 && i >= 0.0 {
                    buckets.get(i as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .y_labels(5)
            .y_label_formatter(&|y| format!("{y:.0}"))
            .y_desc(visual(&c.y_label))
            .label_style(font(LABEL))
            .axis_desc_style(font(LABEL))
            .light_line_style(WHITE)
            .draw()
            .map_err(err)?;
        for (k, (name, pts)) in visible.iter().enumerate() {
            let Some(color) = COLORS.get(k).copied() else {
                break;
            };
            let points: Vec<(f64, f64)> = pts
                .iter()
                .enumerate()
                .filter_map(|(i, p)| p.map(|v| (i as f64, v)))
                .collect();
            // Lines only between neighbouring buckets that both have data.
            let mut segments: Vec<Vec<(f64, f64)>> = vec![];
            for p in &points {
                match segments.last_mut() {
                    Some(s) if s.last().is_some_and(|l| p.0 - l.0 < 1.5) => s.push(*p),
                    _ => segments.push(vec![*p]),
                }
            }
            for s in segments.iter().filter(|s| s.len() > 1) {
                chart
                    .draw_series(LineSeries::new(s.clone(), color.stroke_width(4)))
                    .map_err(err)?;
            }
            chart
                .draw_series(points.iter().map(|p| Circle::new(*p, 7, color.filled())))
                .map_err(err)?
                .label(visual(name))
                .legend(move |(x, y)| {
                    Rectangle::new([(x - 3, y - 8), (x + 22, y + 8)], color.filled())
                });
        }
        chart
            .configure_series_labels()
            .legend_area_size(40)
            .margin(10)
            .label_font(font(LABEL))
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .position(SeriesLabelPosition::LowerRight)
            .draw()
            .map_err(err)?;
        Ok(())
    })
}

/// Bars for the number of 1★ … 5★ ratings.
pub struct Distribution {
    pub title: String,
    pub y_label: String,
    /// None when the group is too small to show.
    pub stars: Option<[i64; 5]>,
    pub empty_note: String,
}

pub fn distribution(c: &Distribution) -> anyhow::Result<Vec<u8>> {
    draw(WIDTH, HEIGHT, |root| {
        let Some(stars) = c.stars else {
            return empty(root, &c.title, &c.empty_note);
        };
        let max = stars.iter().copied().max().unwrap_or(0).max(1) as u32;
        let title_style = (FAMILY, TITLE).into_font().style(FontStyle::Bold);
        let mut chart = ChartBuilder::on(root)
            .caption(visual(&c.title), title_style)
            .margin(18)
            .x_label_area_size(60)
            .y_label_area_size(84)
            .build_cartesian_2d((1u32..5u32).into_segmented(), 0u32..(max + max / 8 + 1))
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_label_formatter(&|v| match v {
                SegmentValue::CenterOf(s) => format!("{s} ★"),
                _ => String::new(),
            })
            .y_desc(visual(&c.y_label))
            .label_style(font(LABEL))
            .axis_desc_style(font(LABEL))
            .light_line_style(WHITE)
            .draw()
            .map_err(err)?;
        chart
            .draw_series(
                Histogram::vertical(&chart)
                    .style(COLORS[0].filled())
                    .margin(16)
                    .data((1u32..=5).zip(stars.iter().map(|n| *n as u32))),
            )
            .map_err(err)?;
        chart
            .draw_series((1u32..=5).zip(stars.iter()).map(|(s, n)| {
                let v = *n as u32;
                Text::new(
                    v.to_string(),
                    (SegmentValue::CenterOf(s), v + max / 40 + 1),
                    font(LABEL).pos(plotters::style::text_anchor::Pos::new(
                        plotters::style::text_anchor::HPos::Center,
                        plotters::style::text_anchor::VPos::Bottom,
                    )),
                )
            }))
            .map_err(err)?;
        Ok(())
    })
}

/// Sign-ups against attendance, one pair of bars per event.
pub struct Turnout {
    pub title: String,
    pub signed_up: String,
    pub attended: String,
    /// (event label, signed up, attended — None when not marked).
    pub events: Vec<(String, i64, Option<i64>)>,
    pub empty_note: String,
}

/// Most events one turnout chart shows.
pub const MAX_TURNOUT_EVENTS: usize = 10;

pub fn turnout_height(events: usize) -> u32 {
    (170 + TURNOUT_ROW * events.clamp(1, MAX_TURNOUT_EVENTS) as u32).max(HEIGHT / 2)
}

pub fn turnout(c: &Turnout) -> anyhow::Result<Vec<u8>> {
    let rows: Vec<_> = c.events.iter().take(MAX_TURNOUT_EVENTS).collect();
    draw(WIDTH, turnout_height(rows.len()), |root| {
        if rows.is_empty() {
            return empty(root, &c.title, &c.empty_note);
        }
        let n = rows.len() as f64;
        let max = rows
            .iter()
            .map(|r| r.1.max(r.2.unwrap_or(0)))
            .max()
            .unwrap_or(0)
            .max(1) as f64;
        let title_style = (FAMILY, TITLE).into_font().style(FontStyle::Bold);
        let mut chart = ChartBuilder::on(root)
            .caption(visual(&c.title), title_style)
            .margin(18)
            .margin_bottom(60)
            .x_label_area_size(44)
            .y_label_area_size(8)
            .build_cartesian_2d(0f64..max * 1.15, 0f64..n)
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(0)
            .x_labels(6)
            .x_label_formatter(&|x| format!("{x:.0}"))
            .label_style(font(SMALL))
            .light_line_style(WHITE)
            .draw()
            .map_err(err)?;
        for (i, (label, signed, attended)) in rows.iter().enumerate() {
            // Top row first.
            let top = n - i as f64;
            chart
                .draw_series([Text::new(
                    visual(label),
                    (max * 0.01, top - 0.06),
                    font(SMALL),
                )])
                .map_err(err)?;
            let bars = [
                (*signed as f64, top - 0.60, top - 0.38, COLORS[0]),
                (
                    attended.unwrap_or(0) as f64,
                    top - 0.90,
                    top - 0.68,
                    COLORS[2],
                ),
            ];
            for (v, y0, y1, color) in bars {
                chart
                    .draw_series([Rectangle::new([(0.0, y0), (v, y1)], color.filled())])
                    .map_err(err)?;
                let shown = if color == COLORS[2] && attended.is_none() {
                    "–".to_owned()
                } else {
                    format!("{v:.0}")
                };
                chart
                    .draw_series([Text::new(shown, (v + max * 0.01, y1), font(SMALL))])
                    .map_err(err)?;
            }
        }
        // Legend, drawn by hand in one row under the axis.
        let (_, h) = root.dim_in_pixel();
        let legend = [
            (c.signed_up.as_str(), COLORS[0]),
            (c.attended.as_str(), COLORS[2]),
        ];
        for (k, (name, color)) in legend.iter().enumerate() {
            let y = h as i32 - 30;
            let x = 24 + 360 * k as i32;
            root.draw(&Rectangle::new(
                [(x, y - 10), (x + 28, y + 10)],
                color.filled(),
            ))
            .map_err(err)?;
            root.draw(&Text::new(visual(name), (x + 38, y - 14), font(LABEL)))
                .map_err(err)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes the whole image (so it is a valid PNG) and gives its size.
    fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .ok()?;
        let mut buf = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut buf).ok()?;
        Some((info.width, info.height))
    }

    #[test]
    fn arabic_is_joined_and_reversed_for_drawing() {
        assert_eq!(visual("Housing 12"), "Housing 12");
        assert_eq!(visual("🏠 Casa"), "Casa");
        assert_eq!(visual("🇫🇷 Français"), "Français");
        let v = visual("سكن");
        assert_ne!(v, "سكن");
        // Presentation forms, last letter first.
        assert!(v.chars().all(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)));
    }

    /// Every size, seen at the width of a phone's photo, is at least
    /// `MIN_SEEN_PX` CSS pixels.
    #[test]
    fn text_is_readable_at_the_width_it_is_seen_at() {
        for px in [TITLE, LABEL, SMALL] {
            assert!(
                px * SHOWN_WIDTH >= MIN_SEEN_PX * WIDTH,
                "{px} image px is {} CSS px",
                f64::from(px * SHOWN_WIDTH) / f64::from(WIDTH)
            );
        }
        // A client showing the photo 10% narrower still shows ≥ 11 px.
        const { assert!(SMALL * SHOWN_WIDTH * 9 / 10 >= 11 * WIDTH) };
    }

    /// Titles and notes of every locale fit across the image.
    #[test]
    fn every_locales_titles_and_notes_fit_the_width() {
        fonts();
        let i18n = crate::i18n::I18n::load().unwrap();
        let mut rgb = vec![255u8; (WIDTH * 10 * 3) as usize];
        let root = BitMapBackend::with_buffer(&mut rgb, (WIDTH, 10)).into_drawing_area();
        let bold = (FAMILY, TITLE)
            .into_font()
            .style(FontStyle::Bold)
            .color(&BLACK);
        for lang in crate::i18n::Lang::ALL {
            let texts = [
                (i18n.t(lang, "chart-rating-title"), bold.clone()),
                (i18n.t(lang, "chart-dist-title"), bold.clone()),
                (i18n.t(lang, "chart-turnout-title"), bold.clone()),
                (
                    i18n.fmt(lang, "chart-too-few", &[("min", 5.into())]),
                    font(SMALL),
                ),
                (i18n.t(lang, "chart-no-events"), font(SMALL)),
            ];
            for (text, style) in texts {
                let (w, _) = root.estimate_text_size(&visual(&text), &style).unwrap();
                assert!(w + 2 * 24 <= WIDTH, "{lang}: {text:?} is {w} px wide");
            }
        }
    }

    #[test]
    fn a_line_lays_out_in_the_direction_its_marks_give() {
        use crate::i18n::{Lang, isolate};
        let title = "ورشة";
        let shaped = visual(title);
        // In a French chart the date stays first and the title is reversed
        // on its own; no mark reaches the font.
        let fr = visual(&format!("12/05 · {}", isolate(Lang::Fr, title)));
        assert_eq!(fr, format!("12/05 · {shaped}"));
        // In an Arabic chart the line reads from the right: date last.
        let ar = visual(&format!("12/05 · {}", isolate(Lang::Ar, title)));
        assert_eq!(ar, format!("{shaped} · 12/05"));
        // Without marks, an Arabic title alone reads from the right too.
        assert_eq!(visual(&format!("{title} 12")), format!("12 {shaped}"));
        // Latin text with marks only loses the marks.
        assert_eq!(visual(&isolate(Lang::Ar, "Corso")), "Corso");
        assert_eq!(visual("\u{200E}\u{200F}"), "");
    }

    #[test]
    fn charts_are_pngs_of_the_stated_size() {
        let png = distribution(&Distribution {
            title: "Ratings".into(),
            y_label: "Responses".into(),
            stars: Some([1, 0, 3, 9, 12]),
            empty_note: String::new(),
        })
        .unwrap();
        assert_eq!(png_size(&png), Some((WIDTH, HEIGHT)));
        let t = turnout(&Turnout {
            title: "Turnout".into(),
            signed_up: "Signed up".into(),
            attended: "Came".into(),
            events: vec![("A".into(), 10, Some(7)), ("ورشة".into(), 4, None)],
            empty_note: String::new(),
        })
        .unwrap();
        assert_eq!(png_size(&t), Some((WIDTH, turnout_height(2))));
    }
}
