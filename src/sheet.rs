//! CSV files that staff edit in a spreadsheet: reading them, with every
//! problem named by row and column. Used by the services and events imports.

use std::fmt;

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
            .unwrap_or("")
    }

    /// (column, value) pairs.
    pub fn values(&self) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.headers
            .iter()
            .map(String::as_str)
            .zip(self.record.iter())
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
