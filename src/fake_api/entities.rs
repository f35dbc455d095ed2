//! Telegram's message-formatting parsers ("HTML", "MarkdownV2" and legacy
//! "Markdown") for the fake Bot API server, so that tests fail wherever
//! Telegram would answer "Bad Request: can't parse entities: …".
//!
//! It mirrors TDLib's parsers (which the Bot API runs): their error texts and
//! quirks, e.g. MarkdownV2 reads `__` greedily as underline, so italic
//! underline is `___a_\r__`. It is stricter than Telegram on one point, by
//! project policy: in HTML an `&` that does not start `&lt;`, `&gt;`, `&amp;`,
//! `&quot;` or a numeric reference is an error, in attribute values too
//! (Telegram keeps it literally); the bot must escape it. Approximations: URLs
//! are neither normalised nor validated beyond "not empty, no whitespace",
//! `tg://user?id=` links do not become text_mention, and a MarkdownV2 block
//! quote ends before its final line break.

use std::cmp::Reverse;

const ERR: &str = "can't parse entities: ";

/// One formatting entity, offsets and lengths in UTF-16 code units, as the Bot API reports them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Bot API type: "bold", "italic", "underline", "strikethrough", "spoiler", "code", "pre",
    /// "text_link", "custom_emoji", "blockquote" or "expandable_blockquote".
    pub kind: String,
    pub offset: usize,
    pub length: usize,
    pub url: Option<String>,
    pub language: Option<String>,
    pub custom_emoji_id: Option<String>,
}

/// Length as Telegram counts it: UTF-16 code units.
#[must_use]
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Parses `text` for `parse_mode` ("HTML", "MarkdownV2" or "Markdown", case-insensitive;
/// anything else is plain text) into the plain text and its entities.
///
/// # Errors
///
/// What Telegram puts after "Bad Request: " when it refuses the text, e.g.
/// `can't parse entities: Unsupported start tag "script" at byte offset 0`.
pub fn parse(text: &str, parse_mode: Option<&str>) -> Result<(String, Vec<Entity>), String> {
    match parse_mode.map(str::to_ascii_lowercase).as_deref() {
        Some("html") => parse_html(text),
        Some("markdownv2") => parse_markdown_v2(text),
        Some("markdown") => parse_markdown(text),
        _ => Ok((text.to_owned(), Vec::new())),
    }
}

/// The source as characters with their byte offsets; reading past the end
/// gives `None` (and the text's length as byte offset).
struct Src {
    chars: Vec<(usize, char)>,
    len: usize,
}

impl Src {
    fn new(text: &str) -> Src {
        let chars = text.char_indices().collect();
        Src {
            chars,
            len: text.len(),
        }
    }
    fn at(&self, k: usize) -> Option<char> {
        self.chars.get(k).map(|&(_, c)| c)
    }
    fn is(&self, k: usize, c: char) -> bool {
        self.at(k) == Some(c)
    }
    fn byte(&self, k: usize) -> usize {
        self.chars.get(k).map_or(self.len, |&(b, _)| b)
    }
    fn slice(&self, from: usize, to: usize) -> String {
        (from..to).filter_map(|k| self.at(k)).collect()
    }
    /// The first index from `k` whose character does not satisfy `f`.
    fn skip(&self, mut k: usize, f: impl Fn(char) -> bool) -> usize {
        while self.at(k).is_some_and(&f) {
            k += 1;
        }
        k
    }
}

/// TDLib's `is_space`.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n' | '\u{b}' | '\u{c}')
}

/// The plain text being built, its UTF-16 length, and the entities found so
/// far, each with the order it was opened in (outer before inner).
#[derive(Default)]
struct Out {
    text: String,
    pos: usize,
    entities: Vec<(usize, Entity)>,
    opened: usize,
}

impl Out {
    fn push(&mut self, c: char) {
        self.text.push(c);
        self.pos += c.len_utf16();
    }
    fn ord(&mut self) -> usize {
        self.opened += 1;
        self.opened
    }
    /// Adds an entity over `start..end` unless it is empty (Telegram drops those).
    fn add(&mut self, ord: usize, start: usize, end: usize, kind: &str) -> Option<&mut Entity> {
        let length = end.checked_sub(start).filter(|&l| l > 0)?;
        let (kind, offset) = (kind.to_owned(), start);
        let (url, language, custom_emoji_id) = (None, None, None);
        let entity = Entity {
            kind,
            offset,
            length,
            url,
            language,
            custom_emoji_id,
        };
        self.entities.push((ord, entity));
        self.entities.last_mut().map(|(_, e)| e)
    }
    fn finish(mut self) -> (String, Vec<Entity>) {
        let entities = &mut self.entities;
        entities.sort_by_key(|(ord, e)| (e.offset, Reverse(e.length), *ord));
        (
            self.text,
            self.entities.into_iter().map(|(_, e)| e).collect(),
        )
    }
}

/// What TDLib's `check_link` at least requires.
fn link_ok(url: &str) -> bool {
    !url.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

// ---------------------------------------------------------------- HTML

/// An open tag: lower-case name, its argument (href, class, emoji id,
/// "expandable"), where its content starts and its opening order.
struct Tag {
    name: String,
    arg: String,
    start: usize,
    ord: usize,
}

fn html_kind(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "b" | "strong" => "bold",
        "i" | "em" => "italic",
        "u" | "ins" => "underline",
        "s" | "strike" | "del" => "strikethrough",
        "span" | "tg-spoiler" => "spoiler",
        "a" => "text_link",
        "tg-emoji" => "custom_emoji",
        "code" => "code",
        "pre" => "pre",
        "blockquote" => "blockquote",
        _ => return None,
    })
}

fn parse_html(text: &str) -> Result<(String, Vec<Entity>), String> {
    let src = Src::new(text);
    let mut out = Out::default();
    let mut open: Vec<Tag> = Vec::new();
    let mut k = 0;
    while let Some(c) = src.at(k) {
        k = match c {
            '&' => {
                let (ch, next) = html_entity(&src, k)?;
                out.push(ch);
                next
            }
            '<' if src.is(k + 1, '/') => html_end_tag(&src, k, &mut out, &mut open)?,
            '<' => {
                let (tag, next) = html_start_tag(&src, k, &mut out)?;
                open.push(tag);
                next
            }
            _ => {
                out.push(c);
                k + 1
            }
        };
    }
    if let Some(tag) = open.last() {
        let name = &tag.name;
        return Err(format!(
            "{ERR}Can't find end tag corresponding to start tag \"{name}\""
        ));
    }
    // A language only counts on a <code> that fills a <pre>.
    for (_, e) in &mut out.entities {
        if e.kind == "code" {
            e.language = None;
        }
    }
    Ok(out.finish())
}

/// Decodes the character reference at `k` (an '&'); returns it and the index after it.
fn html_entity(src: &Src, k: usize) -> Result<(char, usize), String> {
    let at = src.byte(k);
    let reserved =
        || format!("{ERR}Character '&' is reserved; use &amp; instead at byte offset {at}");
    let semi = (k + 1..k + 12)
        .find(|&j| src.is(j, ';'))
        .ok_or_else(reserved)?;
    let name = src.slice(k + 1, semi);
    let ch = match name.as_str() {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        _ => numeric_reference(&name),
    };
    ch.map(|c| (c, semi + 1)).ok_or_else(reserved)
}

/// "#65" or "#x41" to its character, if that is a valid non-NUL scalar value.
fn numeric_reference(name: &str) -> Option<char> {
    let num = name.strip_prefix('#')?;
    let (digits, radix) = num
        .strip_prefix(['x', 'X'])
        .map_or((num, 10), |hex| (hex, 16));
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let code = u32::from_str_radix(digits, radix).ok()?;
    char::from_u32(code).filter(|&c| c != '\0')
}

fn html_start_tag(src: &Src, k: usize, out: &mut Out) -> Result<(Tag, usize), String> {
    let begin = src.byte(k);
    if !src.at(k + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
        return Err(format!("{ERR}Unexpected start tag at byte offset {begin}"));
    }
    let mut i = src.skip(k + 1, |c| !is_space(c) && c != '>');
    let name = src.slice(k + 1, i).to_ascii_lowercase();
    let unclosed = || format!("{ERR}Unclosed start tag at byte offset {begin}");
    if src.at(i).is_none() {
        return Err(unclosed());
    }
    if html_kind(&name).is_none() {
        return Err(format!(
            "{ERR}Unsupported start tag \"{name}\" at byte offset {begin}"
        ));
    }
    let in_tag = format!("the tag \"{name}\" at byte offset {begin}");
    let mut arg = String::new();
    loop {
        i = src.skip(i, is_space);
        match src.at(i) {
            None => return Err(unclosed()),
            Some('>') => break,
            Some(_) => {}
        }
        let attr_start = i;
        i = src.skip(i, |c| !is_space(c) && c != '=' && c != '>');
        let attr = src.slice(attr_start, i).to_ascii_lowercase();
        if attr.is_empty() {
            return Err(format!("{ERR}Empty attribute name in {in_tag}"));
        }
        i = src.skip(i, is_space);
        if !src.is(i, '=') {
            if name == "blockquote" && attr == "expandable" {
                arg = attr;
                continue;
            }
            let what = "Expected equal sign in declaration of an attribute of";
            return Err(format!("{ERR}{what} {in_tag}"));
        }
        i = src.skip(i + 1, is_space);
        let value = match src.at(i) {
            None => return Err(unclosed()),
            Some(quote @ ('"' | '\'')) => {
                let mut value = String::new();
                i += 1;
                while let Some(c) = src.at(i).filter(|&c| c != quote) {
                    if c == '&' {
                        let (ch, next) = html_entity(src, i)?;
                        value.push(ch);
                        i = next;
                    } else {
                        value.push(c);
                        i += 1;
                    }
                }
                i += 1; // the closing quote, if any (if not, the tag is unclosed)
                value
            }
            Some(_) => {
                // An unquoted name token: letters, digits, '.' and '-', case-insensitive.
                let token = i;
                i = src.skip(i, |c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
                if src.at(i).is_some_and(|c| !is_space(c) && c != '>') {
                    let at = src.byte(token);
                    return Err(format!(
                        "{ERR}Unexpected end of name token at byte offset {at}"
                    ));
                }
                src.slice(token, i).to_ascii_lowercase()
            }
        };
        match (name.as_str(), attr.as_str()) {
            ("a", "href") | ("tg-emoji", "emoji-id") | ("span", "class") => arg = value,
            ("blockquote", "expandable") => arg = attr,
            ("code", "class") => {
                if let Some(language) = value.strip_prefix("language-") {
                    arg = language.to_owned();
                }
            }
            _ => {}
        }
    }
    if name == "span" && arg != "tg-spoiler" {
        let must = "Tag \"span\" must have class \"tg-spoiler\"";
        return Err(format!("{ERR}{must} at byte offset {begin}"));
    }
    if name == "tg-emoji" && !arg.parse::<i64>().is_ok_and(|id| id != 0) {
        return Err(format!("{ERR}Invalid custom emoji identifier specified"));
    }
    let tag = Tag {
        name,
        arg,
        start: out.pos,
        ord: out.ord(),
    };
    Ok((tag, i + 1))
}

fn html_end_tag(src: &Src, k: usize, out: &mut Out, open: &mut Vec<Tag>) -> Result<usize, String> {
    let begin = src.byte(k);
    let Some(tag) = open.pop() else {
        return Err(format!("{ERR}Unexpected end tag at byte offset {begin}"));
    };
    let mut i = src.skip(k + 2, |c| !is_space(c) && c != '>');
    let found = src.slice(k + 2, i);
    i = src.skip(i, is_space);
    if !src.is(i, '>') {
        return Err(format!("{ERR}Unclosed end tag at byte offset {begin}"));
    }
    // Like Telegram, a bare "</>" closes whatever is open.
    if !found.is_empty() && found.to_ascii_lowercase() != tag.name {
        let expected = &tag.name;
        return Err(format!(
            "{ERR}Unmatched end tag at byte offset {begin}, expected \"</{expected}>\", found \"</{found}>\""
        ));
    }
    let (name, arg, start, ord) = (tag.name, tag.arg, tag.start, tag.ord);
    let end = out.pos;
    // <pre><code class="language-x">…</code></pre> is one pre entity with language x.
    let mut language = None;
    if name == "pre"
        && let Some((_, code)) = out.entities.last()
        && code.kind == "code"
        && code.offset == start
        && code.offset + code.length == end
        && code.language.is_some()
    {
        language = out.entities.pop().and_then(|(_, code)| code.language);
    }
    let kind = match (name.as_str(), arg.is_empty()) {
        ("blockquote", false) => "expandable_blockquote",
        ("a", _) if !link_ok(&arg) => return Ok(i + 1),
        _ => html_kind(&name).unwrap_or_default(),
    };
    if let Some(e) = out.add(ord, start, end, kind) {
        match name.as_str() {
            "a" => e.url = Some(arg),
            "tg-emoji" => e.custom_emoji_id = Some(arg),
            "code" => e.language = Some(arg).filter(|l| !l.is_empty()),
            _ => e.language = language,
        }
    }
    Ok(i + 1)
}

// ---------------------------------------------------------------- MarkdownV2

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

fn parse_markdown_v2(text: &str) -> Result<(String, Vec<Entity>), String> {
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

// ---------------------------------------------------------------- Markdown (legacy)

fn parse_markdown(text: &str) -> Result<(String, Vec<Entity>), String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The result as "text|kind offset length [url|language|emoji id],…" or "ERR message".
    fn show(text: &str, mode: &str) -> String {
        match parse(text, Some(mode)) {
            Err(m) => m
                .strip_prefix(ERR)
                .map_or(format!("NO PREFIX {m}"), |m| format!("ERR {m}")),
            Ok((plain, entities)) => {
                let shown: Vec<String> = entities
                    .iter()
                    .map(|e| {
                        let extra = [&e.url, &e.language, &e.custom_emoji_id];
                        let extra: String = extra
                            .into_iter()
                            .flatten()
                            .map(|x| format!(" {x}"))
                            .collect();
                        format!("{} {} {}{extra}", e.kind, e.offset, e.length)
                    })
                    .collect();
                format!("{plain}|{}", shown.join(","))
            }
        }
    }

    /// Checks a table of "input → expected" lines, where ⏎ stands for '\n' and ␍ for '\r'.
    fn run(mode: &str, table: &str) {
        for line in table.lines().filter(|l| !l.trim().is_empty()) {
            let line = line.replace('⏎', "\n").replace('␍', "\r");
            let (text, want) = line.split_once(" → ").expect("input → expected");
            assert_eq!(show(text, mode), want, "{mode}: {text:?}");
        }
    }

    #[test]
    fn plain_text_and_modes() {
        let plain = |t: &str| Ok((t.to_owned(), vec![]));
        assert_eq!(parse("a<b & *c* 😀", None), plain("a<b & *c* 😀"));
        assert_eq!(parse("a.b", Some("bogus")), plain("a.b"));
        let bold = Entity {
            kind: "bold".into(),
            offset: 2,
            length: 1,
            url: None,
            language: None,
            custom_emoji_id: None,
        };
        let want = Ok(("😀x".to_owned(), vec![bold]));
        assert_eq!(parse("😀<b>x</b>", Some("html")), want);
        assert_eq!(parse("😀*x*", Some("MARKDOWNV2")), want);
        assert_eq!(utf16_len("😀a"), 3);
    }

    #[test]
    fn html_text_and_character_references() {
        run(
            "HTML",
            r#"
a<b → ERR Unclosed start tag at byte offset 1
a < b → ERR Unexpected start tag at byte offset 2
<3 → ERR Unexpected start tag at byte offset 0
<script>alert(1)</script> → ERR Unsupported start tag "script" at byte offset 0
é<b/>x</b> → ERR Unsupported start tag "b/" at byte offset 2
a > b⏎"c" 'd' é → a > b⏎"c" 'd' é|
a & b → ERR Character '&' is reserved; use &amp; instead at byte offset 2
a&nbsp;b → ERR Character '&' is reserved; use &amp; instead at byte offset 1
&foo; → ERR Character '&' is reserved; use &amp; instead at byte offset 0
x&#0; → ERR Character '&' is reserved; use &amp; instead at byte offset 1
&#xD800; → ERR Character '&' is reserved; use &amp; instead at byte offset 0
&#x; → ERR Character '&' is reserved; use &amp; instead at byte offset 0
<a href="/?a&b">y</a> → ERR Character '&' is reserved; use &amp; instead at byte offset 12
a &amp; b → a & b|
&lt;b&gt; &quot; → <b> "|
&#x1F600;&#65; → 😀A|
"#,
        );
    }

    #[test]
    fn html_nesting_offsets_and_balance() {
        run(
            "HTML",
            r#"
<b><i>x</i></b> → x|bold 0 1,italic 0 1
a<b>bc<i>d</i></b>e → abcde|bold 1 3,italic 3 1
😀<b>x</b> → 😀x|bold 2 1
<b>😀</b>é → 😀é|bold 0 2
<b></b>x → x|
<b>x</b > → x|bold 0 1
<b>x</> → x|bold 0 1
<b>x</i> → ERR Unmatched end tag at byte offset 4, expected "</b>", found "</i>"
<strong>x</b> → ERR Unmatched end tag at byte offset 9, expected "</strong>", found "</b>"
x</b> → ERR Unexpected end tag at byte offset 1
<b>x → ERR Can't find end tag corresponding to start tag "b"
<b>x</b → ERR Unclosed end tag at byte offset 4
"#,
        );
    }

    #[test]
    fn html_tags_and_attributes() {
        run(
            "HTML",
            r#"
<b>1</b><strong>2</strong><i>3</i><em>4</em> → 1234|bold 0 1,bold 1 1,italic 2 1,italic 3 1
<u>1</u><ins>2</ins><tg-spoiler>3</tg-spoiler> → 123|underline 0 1,underline 1 1,spoiler 2 1
<s>1</s><strike>2</strike><del>3</del> → 123|strikethrough 0 1,strikethrough 1 1,strikethrough 2 1
<code>1</code><pre>2</pre><blockquote>3</blockquote> → 123|code 0 1,pre 1 1,blockquote 2 1
<B>x</b><Strong>y</STRONG> → xy|bold 0 1,bold 1 1
<b class="y" id=z>x</b> → x|bold 0 1
<b foo>x</b> → ERR Expected equal sign in declaration of an attribute of the tag "b" at byte offset 0
<b =x>x</b> → ERR Empty attribute name in the tag "b" at byte offset 0
<b id="x>x</b> → ERR Unclosed start tag at byte offset 0
<a href='http://x'>y</a> → y|text_link 0 1 http://x
<a HREF = "http://x?a=1&amp;b=2">y</a> → y|text_link 0 1 http://x?a=1&b=2
<a href=x.org>y</a> → y|text_link 0 1 x.org
<a>y</a> → y|
<a href=http://x>y</a> → ERR Unexpected end of name token at byte offset 8
<pre><code class="language-rust">fn</code></pre> → fn|pre 0 2 rust
<code class="language-rust">fn</code> → fn|code 0 2
<pre>a<code class="language-r">b</code></pre> → ab|pre 0 2,code 1 1
<span class="tg-spoiler">s</span> → s|spoiler 0 1
<span>s</span> → ERR Tag "span" must have class "tg-spoiler" at byte offset 0
<tg-emoji emoji-id="536832417">👍</tg-emoji> → 👍|custom_emoji 0 2 536832417
<tg-emoji>👍</tg-emoji> → ERR Invalid custom emoji identifier specified
<blockquote expandable>q</blockquote> → q|expandable_blockquote 0 1
"#,
        );
    }

    #[test]
    fn md2_reserved_characters() {
        let must = "is reserved and must be escaped with the preceding '\\'";
        for c in "]()>#+-={}.!|".chars() {
            let want = format!("ERR Character '{c}' {must}");
            assert_eq!(show(&format!("a{c}b"), "MarkdownV2"), want);
        }
        run(
            "MarkdownV2",
            r#"
a\.b\-c\!\\ → a.b-c!\|
plain, text; 😀 \ → plain, text; 😀 \|
"#,
        );
    }

    #[test]
    fn md2_entities() {
        run(
            "MarkdownV2",
            r#"
*bold* → bold|bold 0 4
_i_ __u__ ~s~ ||s|| → i u s s|italic 0 1,underline 2 1,strikethrough 4 1,spoiler 6 1
*a _b_ c* → a b c|bold 0 5,italic 2 1
😀*x* → 😀x|bold 2 1
** → |
[t](http://x) → t|text_link 0 1 http://x
[t](http://x/\)y) → t|text_link 0 1 http://x/)y
[*b*](http://x) → b|text_link 0 1 http://x,bold 0 1
![👍](tg://emoji?id=123) → 👍|custom_emoji 0 2 123
![👍](http://x) → ERR Custom emoji URL must have an emoji identifier
[t](http://x → ERR Can't find end of a URL at byte offset 4
`a.b` `a\`b` → a.b a`b|code 0 3,code 4 3
```rust⏎fn x``` → fn x|pre 0 4 rust
```⏎x.y``` → x.y|pre 0 3
*a → ERR Can't find end of Bold entity at byte offset 0
x __a → ERR Can't find end of Underline entity at byte offset 2
```a → ERR Can't find end of Pre entity at byte offset 0
[a → ERR Can't find end of TextUrl entity at byte offset 0
||a → ERR Can't find end of Spoiler entity at byte offset 0
___a___ → ERR Can't find end of Italic entity at byte offset 6
___a_␍__ → a␍|underline 0 2,italic 0 1
>a⏎>b⏎c → a⏎b⏎c|blockquote 0 3
x⏎>*q* → x⏎q|blockquote 2 1,bold 2 1
\>a → >a|
**>a⏎>b||⏎c → a⏎b⏎c|expandable_blockquote 0 3
"#,
        );
    }

    #[test]
    fn markdown_legacy() {
        run(
            "Markdown",
            r#"
*b* _i_ `c` [t](http://x) a.b! → b i c t a.b!|bold 0 1,italic 2 1,code 4 1,text_link 6 1 http://x
```py⏎x_y``` → x_y|pre 0 3 py
\*a → *a|
😀*x* → 😀x|bold 2 1
[](x) → (x)|
x *a → ERR Can't find end of the entity starting at byte offset 2
"#,
        );
    }
}
