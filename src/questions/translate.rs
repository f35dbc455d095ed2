//! The optional machine translation of a question for a helper who does
//! not read its language, through a LibreTranslate-compatible server
//! (`TRANSLATE_URL`). Off unless configured; only a helper's press sends
//! anything there, and only the asker's words, never who they are.

use std::time::Duration;

use serde::Deserialize;
use serde_json::json;

use crate::config::Translate;

/// How long a translation may take before the helper is told it failed.
const TIMEOUT: Duration = Duration::from_secs(15);

#[derive(Deserialize)]
struct Answer {
    #[serde(rename = "translatedText")]
    translated: String,
}

/// `text` (plain) from language `source` into `target` (codes such as "ar").
pub async fn translate(
    service: &Translate,
    text: &str,
    source: &str,
    target: &str,
) -> anyhow::Result<String> {
    let client = reqwest::Client::builder().timeout(TIMEOUT).build()?;
    let url = service.url.join("translate")?;
    let body = match &service.api_key {
        Some(key) => {
            json!({"q": text, "source": source, "target": target, "format": "text", "api_key": key})
        }
        None => json!({"q": text, "source": source, "target": target, "format": "text"}),
    };
    let res = client.post(url).json(&body).send().await?;
    let status = res.status();
    if !status.is_success() {
        anyhow::bail!("translation server answered {status}");
    }
    Ok(res.json::<Answer>().await?.translated)
}
