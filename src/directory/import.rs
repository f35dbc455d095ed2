//! The services CSV that staff edit in a spreadsheet: validation, import and
//! export. A file with any bad row imports nothing.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use opening_hours::OpeningHours;

use super::model::{Region, Service, Subtopic, Texts};
use crate::{domain::Topic, i18n::Lang};

/// Columns before the per-language ones, in export order.
const BASE: &[&str] = &[
    "id",
    "organisation",
    "topic",
    "subtopic",
    "region",
    "city",
    "address",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "opening_hours",
    "languages",
    "free_of_charge",
    "without_permit",
    "source_url",
    "last_verified",
];
const REQUIRED: &[&str] = &[
    "id",
    "organisation",
    "topic",
    "subtopic",
    "region",
    "city",
    "name_it",
];
const TEXT_FIELDS: &[&str] = &["name", "description", "documents"];
pub const MAX_ID_LEN: usize = 48;
const MAX_FIELD: usize = 4000;

pub fn columns() -> Vec<String> {
    let mut cols: Vec<String> = BASE.iter().map(|s| s.to_string()).collect();
    for lang in Lang::ALL {
        for f in TEXT_FIELDS {
            cols.push(format!("{f}_{}", lang.code()));
        }
    }
    cols
}

pub use crate::sheet::RowError;
use crate::sheet::err;

fn parse_bool(s: &str) -> Result<Option<bool>, String> {
    match s.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "yes" | "y" | "true" | "1" | "sì" | "si" | "oui" | "sí" => Ok(Some(true)),
        "no" | "n" | "false" | "0" | "non" => Ok(Some(false)),
        other => Err(format!("{other:?} is not yes or no")),
    }
}

fn check_url(s: &str) -> Result<(), String> {
    match url::Url::parse(s) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => Ok(()),
        _ => Err(format!("{s:?} is not an http(s) address")),
    }
}

/// Parses and validates a whole file. Either every row is valid, or the
/// errors of every bad row are returned.
pub fn parse(bytes: &[u8]) -> Result<Vec<Service>, Vec<RowError>> {
    let sheet = crate::sheet::read(bytes, &columns(), REQUIRED)?;
    let mut errors = sheet.malformed();
    let mut services = vec![];
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (row, record) in sheet.rows() {
        let get = |col: &str| record.get(col);
        let before = errors.len();
        for (column, value) in record.values() {
            if value.chars().count() > MAX_FIELD {
                errors.push(err(
                    row,
                    column,
                    format!("longer than {MAX_FIELD} characters"),
                ));
            }
        }
        let id = get("id").to_owned();
        if id.is_empty() {
            errors.push(err(row, "id", "is empty"));
        } else if id.len() > MAX_ID_LEN
            || !id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            errors.push(err(
                row,
                "id",
                format!("{id:?} must be up to {MAX_ID_LEN} letters, digits, '-' or '_'"),
            ));
        } else if let Some(first) = seen.get(&id) {
            errors.push(err(
                row,
                "id",
                format!("duplicate id {id:?} (first on row {first})"),
            ));
        } else {
            seen.insert(id.clone(), row);
        }
        let organisation = get("organisation").to_owned();
        if organisation.is_empty() {
            errors.push(err(row, "organisation", "is empty"));
        }
        let topic = Topic::from_code(get("topic"));
        if topic.is_none() {
            errors.push(err(
                row,
                "topic",
                format!(
                    "unknown topic {:?} (use housing, health or work)",
                    get("topic")
                ),
            ));
        }
        let subtopic = Subtopic::from_code(get("subtopic"));
        match (topic, subtopic) {
            (_, None) => errors.push(err(
                row,
                "subtopic",
                format!("unknown subtopic {:?}", get("subtopic")),
            )),
            (Some(t), Some(s)) if s.topic() != t => errors.push(err(
                row,
                "subtopic",
                format!("{:?} is not a subtopic of {:?}", s.code(), t.code()),
            )),
            _ => {}
        }
        let region = Region::from_code(get("region"));
        if region.is_none() {
            errors.push(err(
                row,
                "region",
                format!(
                    "unknown region {:?} (use piedmont, auvergne_rhone_alpes or catalonia)",
                    get("region")
                ),
            ));
        }
        let city = get("city").to_owned();
        if city.is_empty() {
            errors.push(err(row, "city", "is empty"));
        }
        let coords = match (get("latitude"), get("longitude")) {
            ("", "") => None,
            (lat, lon) => {
                let lat_ok = lat
                    .parse::<f64>()
                    .ok()
                    .filter(|v| (-90.0..=90.0).contains(v));
                let lon_ok = lon
                    .parse::<f64>()
                    .ok()
                    .filter(|v| (-180.0..=180.0).contains(v));
                if lat_ok.is_none() {
                    errors.push(err(
                        row,
                        "latitude",
                        format!("{lat:?} is not a latitude between -90 and 90"),
                    ));
                }
                if lon_ok.is_none() {
                    errors.push(err(
                        row,
                        "longitude",
                        format!("{lon:?} is not a longitude between -180 and 180"),
                    ));
                }
                lat_ok.zip(lon_ok)
            }
        };
        let opening_hours = get("opening_hours").to_owned();
        let hours = if opening_hours.is_empty() {
            None
        } else {
            match opening_hours.parse::<OpeningHours>() {
                Ok(h) => Some(h),
                Err(e) => {
                    let why = e.to_string();
                    let why = why.lines().next().unwrap_or("syntax error").to_owned();
                    errors.push(err(
                        row,
                        "opening_hours",
                        format!(
                            "{opening_hours:?} is not OpenStreetMap opening_hours syntax ({why})"
                        ),
                    ));
                    None
                }
            }
        };
        let languages: Vec<String> = get("languages")
            .split([',', ';', ' '])
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty())
            .collect();
        if let Some(bad) = languages
            .iter()
            .find(|l| !(2..=3).contains(&l.len()) || !l.bytes().all(|b| b.is_ascii_lowercase()))
        {
            errors.push(err(
                row,
                "languages",
                format!("{bad:?} is not a language code such as it, fr, ar"),
            ));
        }
        let free = parse_bool(get("free_of_charge"))
            .map_err(|e| errors.push(err(row, "free_of_charge", e)))
            .ok()
            .flatten();
        let without_permit = parse_bool(get("without_permit"))
            .map_err(|e| errors.push(err(row, "without_permit", e)))
            .ok()
            .flatten();
        for col in ["website", "source_url"] {
            let v = get(col);
            if !v.is_empty()
                && let Err(e) = check_url(v)
            {
                errors.push(err(row, col, e));
            }
        }
        let email = get("email").to_owned();
        if !email.is_empty() && (!email.contains('@') || email.contains(char::is_whitespace)) {
            errors.push(err(
                row,
                "email",
                format!("{email:?} is not an e-mail address"),
            ));
        }
        let last_verified = match get("last_verified") {
            "" => None,
            d => match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                Ok(d)
                    if (crate::time::MIN_YEAR..=crate::time::MAX_YEAR)
                        .contains(&chrono::Datelike::year(&d)) =>
                {
                    Some(d)
                }
                _ => {
                    errors.push(err(
                        row,
                        "last_verified",
                        format!("{d:?} is not a date like 2027-03-01"),
                    ));
                    None
                }
            },
        };
        let mut texts = BTreeMap::new();
        for lang in Lang::ALL {
            let t = Texts {
                name: get(&format!("name_{}", lang.code())).to_owned(),
                description: get(&format!("description_{}", lang.code())).to_owned(),
                documents: get(&format!("documents_{}", lang.code())).to_owned(),
            };
            if t != Texts::default() {
                if t.name.is_empty() && lang != Lang::SOURCE {
                    errors.push(err(
                        row,
                        &format!("name_{}", lang.code()),
                        "is empty but other texts in this language are not",
                    ));
                }
                texts.insert(lang.code().to_owned(), t);
            }
        }
        if texts
            .get(Lang::SOURCE.code())
            .is_none_or(|t| t.name.is_empty())
        {
            errors.push(err(row, "name_it", "the Italian name is required"));
        }
        if errors.len() > before {
            continue;
        }
        let (Some(topic), Some(subtopic), Some(region)) = (topic, subtopic, region) else {
            continue;
        };
        services.push(Service {
            id,
            organisation,
            topic,
            subtopic,
            region,
            city,
            address: get("address").to_owned(),
            coords,
            phone: get("phone").to_owned(),
            email,
            website: get("website").to_owned(),
            opening_hours,
            hours,
            languages,
            free,
            without_permit,
            source_url: get("source_url").to_owned(),
            last_verified,
            texts,
        });
    }
    if errors.is_empty() {
        Ok(services)
    } else {
        Err(errors)
    }
}

fn yes_no(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

/// Writes services in the import format, so that export → import is a no-op.
pub fn export(services: &[Service]) -> anyhow::Result<Vec<u8>> {
    let mut w = crate::sheet::Writer::new();
    w.row(columns())?;
    for s in services {
        let mut rec: Vec<String> = vec![
            s.id.clone(),
            s.organisation.clone(),
            s.topic.code().into(),
            s.subtopic.code().into(),
            s.region.code().into(),
            s.city.clone(),
            s.address.clone(),
            s.coords.map(|c| c.0.to_string()).unwrap_or_default(),
            s.coords.map(|c| c.1.to_string()).unwrap_or_default(),
            s.phone.clone(),
            s.email.clone(),
            s.website.clone(),
            s.opening_hours.clone(),
            s.languages.join(","),
            yes_no(s.free).into(),
            yes_no(s.without_permit).into(),
            s.source_url.clone(),
            s.last_verified.map(|d| d.to_string()).unwrap_or_default(),
        ];
        for lang in Lang::ALL {
            let t = s.texts.get(lang.code()).cloned().unwrap_or_default();
            rec.extend([t.name, t.description, t.documents]);
        }
        w.row(rec)?;
    }
    w.finish()
}
