//! Plumbing for typed text: how people write numbers.

/// `text` with Arabic-Indic (٠-٩) and Eastern Arabic-Indic/Persian (۰-۹)
/// digits written as ASCII digits, the Arabic decimal and thousands
/// separators (٫ ٬) as `.` and `,`, and invisible direction marks (which
/// Arabic keyboards and copy-paste leave around numbers) removed. Every
/// other character is kept, so `٢٥/١٢ ١٨:٣٠` reads as `25/12 18:30`.
///
/// Use it wherever a typed number, date or time is parsed.
pub fn ascii_digits(text: &str) -> String {
    text.chars()
        .filter(|c| !is_direction_mark(*c))
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => shift(c, '\u{0660}'),
            '\u{06F0}'..='\u{06F9}' => shift(c, '\u{06F0}'),
            '\u{066B}' => '.',
            '\u{066C}' => ',',
            c => c,
        })
        .collect()
}

/// The ASCII digit for `c`, where `zero` is the zero of `c`'s script.
fn shift(c: char, zero: char) -> char {
    char::from_digit(u32::from(c) - u32::from(zero), 10).unwrap_or(c)
}

/// Marks that set direction and show nothing: LRM, RLM, ALM, the embeddings
/// and overrides, and the isolates.
fn is_direction_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_persian_digits_become_ascii() {
        assert_eq!(ascii_digits("٢٥/١٢ ١٨:٣٠"), "25/12 18:30");
        assert_eq!(ascii_digits("۲۵/۱۲ ۱۸:۳۰"), "25/12 18:30");
        assert_eq!(ascii_digits("٠١٢٣٤٥٦٧٨٩"), "0123456789");
        assert_eq!(ascii_digits("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
        // Mixed scripts, separators, and marks around the number.
        assert_eq!(ascii_digits("2٥/1۲ ١٨٫٣٠"), "25/12 18.30");
        assert_eq!(ascii_digits("\u{200F}٢٠\u{200E}"), "20");
        assert_eq!(ascii_digits("\u{2067}١٠/٢٠٢٦\u{2069}"), "10/2026");
        assert_eq!(ascii_digits("١٬٥٠٠"), "1,500");
        // Everything else is left as it is.
        assert_eq!(ascii_digits("Q3 2026"), "Q3 2026");
        assert_eq!(ascii_digits("غدًا"), "غدًا");
        assert_eq!(ascii_digits(""), "");
        assert_eq!(ascii_digits("😀 ①²"), "😀 ①²");
    }
}
