//! Telegram's "HTML" parse mode, as TDLib parses it.

use super::*;

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

pub(super) fn parse_html(text: &str) -> Result<(String, Vec<Entity>), String> {
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
