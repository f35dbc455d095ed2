//! Validated values at the edges: whatever passes these constructors is
//! well-formed for the rest of the program.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A Telegram bot token as issued by @BotFather: `<digits>:<35 url-safe chars>`.
#[derive(Clone)]
pub struct BotToken(String);

pub const TOKEN_HELP: &str = "\
Discorsi needs a Telegram bot token. To get one, open Telegram, start a chat with \
@BotFather, send /newbot and follow the two questions (a display name, then a \
username ending in \"bot\"). BotFather answers with a token that looks like \
123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw. Pass it as the TELOXIDE_TOKEN \
environment variable or with --token, and keep it secret: anyone who has it \
controls the bot.";

impl BotToken {
    pub fn parse(raw: &str) -> Result<BotToken, String> {
        let raw = raw.trim();
        let Some((id, secret)) = raw.split_once(':') else {
            return Err("the token has no ':'".into());
        };
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) || id.len() > 20 {
            return Err("the part before ':' must be the bot's numeric id".into());
        }
        if secret.len() < 30
            || !secret
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err("the part after ':' is not a BotFather secret".into());
        }
        Ok(BotToken(raw.to_owned()))
    }

    /// A well-formed token for the built-in fake Bot API (tests, playground).
    pub fn fake() -> BotToken {
        BotToken("1000000001:FAKE_token_for_the_local_fake_Bot_API".into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for BotToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = self.0.split(':').next().unwrap_or_default();
        write!(f, "BotToken({id}:***)")
    }
}

/// Telegram user ids with admin rights, from `ADMIN_IDS="1,2, 3"`.
pub fn parse_admin_ids(raw: &str) -> Result<Vec<i64>, String> {
    raw.split([',', ' ', ';'])
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.trim()
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .ok_or_else(|| format!("{s:?} is not a Telegram user id"))
        })
        .collect()
}

/// The payload of a `/start <payload>` deep link: Telegram allows 1 to 64
/// characters from `A-Z a-z 0-9 _ -`. Anything else is rejected here.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StartPayload(String);

impl StartPayload {
    pub fn parse(raw: &str) -> Option<StartPayload> {
        let raw = raw.trim();
        let ok = (1..=64).contains(&raw.len())
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        ok.then(|| StartPayload(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The code printed on a certificate of participation, by which anyone can
/// check it: 8 characters with no look-alikes (no 0/O, 1/I/L), shown as
/// `K7Q2-M9XD`. Typed codes are read in any case, with or without the dash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificateCode(String);

impl CertificateCode {
    const ALPHABET: &'static [u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    const LEN: usize = 8;

    /// A new random code (31^8 ≈ 8.5 × 10^11 of them).
    pub fn random() -> CertificateCode {
        use rand::Rng;
        let mut r = rand::rng();
        CertificateCode(
            (0..Self::LEN)
                .map(|_| {
                    let i = r.random_range(0..Self::ALPHABET.len());
                    char::from(Self::ALPHABET.get(i).copied().unwrap_or(b'2'))
                })
                .collect(),
        )
    }

    pub fn parse(raw: &str) -> Option<CertificateCode> {
        let code: String = raw
            .trim()
            .chars()
            .filter(|c| *c != '-' && *c != ' ')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let ok = code.len() == Self::LEN && code.bytes().all(|b| Self::ALPHABET.contains(&b));
        ok.then_some(CertificateCode(code))
    }

    /// As stored and as used in links: `K7Q2M9XD`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for CertificateCode {
    /// As printed: `K7Q2-M9XD`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.split_at_checked(Self::LEN / 2) {
            Some((a, b)) => write!(f, "{a}-{b}"),
            None => f.write_str(&self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        assert!(BotToken::parse("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw").is_ok());
        assert!(BotToken::parse(BotToken::fake().expose()).is_ok());
        for bad in [
            "",
            "abc",
            "123:short",
            "abc:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
            "1:AAHdqTcvCH1vGWJxfSeofSAs0K5PAL Dsaw",
        ] {
            assert!(BotToken::parse(bad).is_err(), "{bad}");
        }
        assert!(!format!("{:?}", BotToken::fake()).contains("FAKE"));
    }

    #[test]
    fn admin_ids() {
        assert_eq!(parse_admin_ids("1, 2;3").unwrap(), vec![1, 2, 3]);
        assert_eq!(parse_admin_ids("").unwrap(), Vec::<i64>::new());
        assert!(parse_admin_ids("1,x").is_err());
        assert!(parse_admin_ids("-5").is_err());
    }

    #[test]
    fn start_payloads() {
        assert!(StartPayload::parse("inv_ABC-12").is_some());
        assert!(StartPayload::parse("").is_none());
        assert!(StartPayload::parse("a b").is_none());
        assert!(StartPayload::parse("'; DROP TABLE users; --").is_none());
        assert!(StartPayload::parse(&"x".repeat(65)).is_none());
        assert!(StartPayload::parse("طبيب").is_none());
    }

    #[test]
    fn certificate_codes() {
        let c = CertificateCode::random();
        assert_eq!(CertificateCode::parse(&c.to_string()), Some(c.clone()));
        assert_eq!(CertificateCode::parse(&c.as_str().to_lowercase()), Some(c));
        let k = CertificateCode::parse(" k7q2-m9xd ").unwrap();
        assert_eq!(k.to_string(), "K7Q2-M9XD");
        for bad in [
            "",
            "K7Q2M9X",
            "K7Q2M9XD9",
            "K7Q2M9X0",
            "K7Q2-M9XI",
            "'; --",
            "ك٧ق٢م٩خد",
        ] {
            assert!(CertificateCode::parse(bad).is_none(), "{bad}");
        }
    }
}

/// An enum of short text codes, as stored and as typed in import files.
macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(s: &str) -> Option<$name> {
                let s = s.trim();
                $name::ALL.iter().copied().find(|v| v.code().eq_ignore_ascii_case(s))
            }
        }
    };
}

pub(crate) use code_enum;

code_enum!(
    /// The three areas the project works on: services, events and
    /// reports are filed under one of them.
    Topic { Housing = "housing", Health = "health", Work = "work" }
);

/// A topic printed as its code (`housing`), as stored and exported.
impl fmt::Display for Topic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Topic {
    /// The Fluent key of its name.
    pub fn key(self) -> String {
        format!("topic-{}", self.code())
    }
}
