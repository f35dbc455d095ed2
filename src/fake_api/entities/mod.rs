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
        Some("html") => html::parse_html(text),
        Some("markdownv2") => markdown::parse_markdown_v2(text),
        Some("markdown") => markdown::parse_markdown(text),
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

mod html;
mod markdown;

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
