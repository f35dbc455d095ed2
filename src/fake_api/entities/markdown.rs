//! Telegram's "MarkdownV2" and legacy "Markdown" parse modes, as TDLib
//! parses them.

use super::*;

fn reserved(c: char) -> String {
    format!("{ERR}Character '{c}' is reserved and must be escaped with the preceding '\\'")
}

fn escapable(c: char) -> bool {
    (1..=126).contains(&u32::from(c))
}

/// An open MarkdownV2 entity: Bot API kind, pre language, where its content
/// starts (UTF-16 and byte offset in the output), its source byte offset and
/// its opening order.
struct MdOpen {
    kind: &'static str,
    language: Option<String>,
    start: usize,
    text_byte: usize,
    src_byte: usize,
    ord: usize,
}

/// Whether the reserved character at `k` closes an entity of this kind.
fn md2_ends(kind: &str, src: &Src, k: usize) -> bool {
    let (c, next_is) = (src.at(k), |c| src.is(k + 1, c));
    match kind {
        "bold" => c == Some('*'),
        "italic" => c == Some('_') && !next_is('_'),
        "underline" => c == Some('_') && next_is('_'),
        "strikethrough" => c == Some('~'),
        "spoiler" => c == Some('|') && next_is('|'),
        "code" => c == Some('`'),
        "pre" => (0..3).all(|j| src.is(k + j, '`')),
        _ => c == Some(']'),
    }
}

/// The entity name in "Can't find end of … entity".
fn md2_name(kind: &str) -> String {
    match kind {
        "text_link" => "TextUrl".to_owned(),
        "custom_emoji" => "CustomEmoji".to_owned(),
        _ => {
            kind.get(..1).unwrap_or_default().to_ascii_uppercase()
                + kind.get(1..).unwrap_or_default()
        }
    }
}

/// After the opening backticks, at `k`: the optional language (a word followed by whitespace) and
/// one skipped line break; returns the language and where the content starts.
fn pre_header(src: &Src, mut k: usize) -> (Option<String>, usize) {
    let end = src.skip(k, |c| !is_space(c) && c != '`');
    let mut language = None;
    if end != k && src.at(end).is_some_and(|c| c != '`') {
        language = Some(src.slice(k, end));
        k = end;
    }
    match (src.at(k), src.at(k + 1)) {
        (Some(a @ ('\n' | '\r')), Some(b @ ('\n' | '\r'))) if a != b => k += 2,
        (Some('\n' | '\r'), _) => k += 1,
        _ => {}
    }
    (language, k)
}

pub(super) fn parse_markdown_v2(text: &str) -> Result<(String, Vec<Entity>), String> {
    let src = Src::new(text);
    let mut out = Out::default();
    let mut open: Vec<MdOpen> = Vec::new();
    // The open block quote: start, opening order, expandable.
    let mut quote: Option<(usize, usize, bool)> = None;
    let close_quote = |out: &mut Out, (start, ord, expandable): (usize, usize, bool), end| {
        let kind = if expandable {
            "expandable_blockquote"
        } else {
            "blockquote"
        };
        out.add(ord, start, end, kind);
    };
    let mut k = 0;
    while let Some(c) = src.at(k) {
        let top = open.last().map(|o| o.kind);
        let in_code = matches!(top, Some("code" | "pre"));
        if !in_code && (k == 0 || src.is(k - 1, '\n')) {
            let expandable = c == '*' && src.is(k + 1, '*') && src.is(k + 2, '>');
            if c == '>' || expandable {
                if quote.is_none() {
                    quote = Some((out.pos, out.ord(), expandable));
                }
                k += if expandable { 3 } else { 1 };
                continue;
            }
            if let Some(q) = quote.take() {
                let end = out.pos.saturating_sub(1); // before the line break
                close_quote(&mut out, q, end);
            }
        }
        // "||" ending the last line of an expandable block quote.
        if c == '|'
            && src.is(k + 1, '|')
            && (src.at(k + 2).is_none() || src.is(k + 2, '\n'))
            && !in_code
            && top != Some("spoiler")
            && let Some(q) = quote.take_if(|q| q.2)
        {
            let end = out.pos;
            close_quote(&mut out, q, end);
            k += 2;
            continue;
        }
        if c == '\\'
            && let Some(next) = src.at(k + 1).filter(|&n| escapable(n))
        {
            out.push(next);
            k += 2;
            continue;
        }
        if !(if in_code { "`" } else { "_*[]()~`>#+-=|{}.!" }).contains(c) {
            out.push(c);
            k += 1;
        } else if top.is_some_and(|kind| md2_ends(kind, &src, k)) {
            k = md2_close(&src, k, &mut out, &mut open)?;
        } else {
            k = md2_open(&src, k, c, &mut out, &mut open)?;
        }
    }
    if let Some(o) = open.last() {
        let (name, at) = (md2_name(o.kind), o.src_byte);
        return Err(format!(
            "{ERR}Can't find end of {name} entity at byte offset {at}"
        ));
    }
    if let Some(q) = quote.take() {
        let end = out.pos;
        close_quote(&mut out, q, end);
    }
    Ok(out.finish())
}

fn md2_open(
    src: &Src,
    k: usize,
    c: char,
    out: &mut Out,
    open: &mut Vec<MdOpen>,
) -> Result<usize, String> {
    let mut language = None;
    let (kind, next) = match c {
        '_' if src.is(k + 1, '_') => ("underline", k + 2),
        '_' => ("italic", k + 1),
        '*' => ("bold", k + 1),
        '~' => ("strikethrough", k + 1),
        '|' if src.is(k + 1, '|') => ("spoiler", k + 2),
        '[' => ("text_link", k + 1),
        '`' if src.is(k + 1, '`') && src.is(k + 2, '`') => {
            let (lang, next) = pre_header(src, k + 3);
            language = lang;
            ("pre", next)
        }
        '`' => ("code", k + 1),
        '!' if src.is(k + 1, '[') => ("custom_emoji", k + 2),
        _ => return Err(reserved(c)),
    };
    let (start, text_byte, src_byte, ord) = (out.pos, out.text.len(), src.byte(k), out.ord());
    open.push(MdOpen {
        kind,
        language,
        start,
        text_byte,
        src_byte,
        ord,
    });
    Ok(next)
}

/// Reads the "(…)" URL of `kind` whose content starts at `k`; ')' and '\' are escaped in it.
fn md2_url(src: &Src, kind: &str, k: usize) -> Result<(String, usize), String> {
    let mut url = String::new();
    let mut i = k;
    while let Some(c) = src.at(i).filter(|&c| c != ')') {
        if c == '\\'
            && let Some(next) = src.at(i + 1).filter(|&n| escapable(n))
        {
            url.push(next);
            i += 2;
        } else {
            url.push(c);
            i += 1;
        }
    }
    if src.at(i).is_none() {
        let what = if kind == "text_link" {
            "a URL"
        } else {
            "a custom emoji URL"
        };
        let at = src.byte(k);
        return Err(format!("{ERR}Can't find end of {what} at byte offset {at}"));
    }
    Ok((url, i + 1))
}

/// The id of a `tg://emoji?id=123` URL.
fn emoji_id(url: &str) -> Result<String, String> {
    let id = url
        .get(..11)
        .filter(|scheme| scheme.eq_ignore_ascii_case("tg://emoji?"))
        .and_then(|_| url.get(11..))
        .and_then(|query| query.split('&').find_map(|kv| kv.strip_prefix("id=")))
        .filter(|id| id.parse::<i64>().is_ok_and(|n| n > 0));
    id.map(str::to_owned)
        .ok_or_else(|| format!("{ERR}Custom emoji URL must have an emoji identifier"))
}

fn md2_close(src: &Src, k: usize, out: &mut Out, open: &mut Vec<MdOpen>) -> Result<usize, String> {
    let Some(o) = open.pop() else {
        return Ok(k + 1);
    };
    let (mut url, mut emoji) = (None, None);
    let next = match o.kind {
        "text_link" | "custom_emoji" => {
            let (link, next) = if src.is(k + 1, '(') {
                md2_url(src, o.kind, k + 2)?
            } else if o.kind == "text_link" {
                (
                    out.text.get(o.text_byte..).unwrap_or_default().to_owned(),
                    k + 1,
                )
            } else {
                return Err(format!(
                    "{ERR}Custom emoji entity must contain a tg://emoji URL"
                ));
            };
            if o.kind == "custom_emoji" {
                emoji = Some(emoji_id(&link)?);
            } else if link_ok(&link) {
                url = Some(link);
            } else {
                return Ok(next);
            }
            next
        }
        "underline" | "spoiler" => k + 2,
        "pre" => k + 3,
        _ => k + 1,
    };
    let end = out.pos;
    if let Some(e) = out.add(o.ord, o.start, end, o.kind) {
        (e.url, e.language, e.custom_emoji_id) = (url, o.language, emoji);
    }
    Ok(next)
}

// ---- legacy Markdown ----

pub(super) fn parse_markdown(text: &str) -> Result<(String, Vec<Entity>), String> {
    let src = Src::new(text);
    let mut out = Out::default();
    let mut k = 0;
    while let Some(c) = src.at(k) {
        if c == '\\'
            && let Some(next @ ('_' | '*' | '`' | '[')) = src.at(k + 1)
        {
            out.push(next);
            k += 2;
            continue;
        }
        if !matches!(c, '_' | '*' | '`' | '[') {
            out.push(c);
            k += 1;
            continue;
        }
        let begin = src.byte(k);
        let close = if c == '[' { ']' } else { c };
        let pre = c == '`' && src.is(k + 1, '`') && src.is(k + 2, '`');
        let (language, mut i) = if pre {
            pre_header(&src, k + 3)
        } else {
            (None, k + 1)
        };
        let (start, text_byte, ord) = (out.pos, out.text.len(), out.ord());
        // The content is literal up to the closing character.
        loop {
            match src.at(i) {
                None => {
                    let what = "Can't find end of the entity starting at byte offset";
                    return Err(format!("{ERR}{what} {begin}"));
                }
                Some(ch) if ch == close && (!pre || (src.is(i + 1, '`') && src.is(i + 2, '`'))) => {
                    break;
                }
                Some(ch) => {
                    out.push(ch);
                    i += 1;
                }
            }
        }
        let end = out.pos;
        // Like Telegram, an empty "[]" leaves a following "(…)" as plain text.
        let mut url = None;
        if c == '[' && end > start {
            let link = if src.is(i + 1, '(') {
                let from = i + 2;
                i = src.skip(from, |ch| ch != ')');
                src.slice(from, i)
            } else {
                out.text.get(text_byte..).unwrap_or_default().to_owned()
            };
            url = Some(link).filter(|l| link_ok(l));
        }
        let kind = match c {
            '[' if url.is_none() => "",
            '[' => "text_link",
            '`' if pre => "pre",
            '`' => "code",
            '*' => "bold",
            _ => "italic",
        };
        if !kind.is_empty()
            && let Some(e) = out.add(ord, start, end, kind)
        {
            (e.url, e.language) = (url, language);
        }
        k = i + if pre { 3 } else { 1 };
    }
    Ok(out.finish())
}
