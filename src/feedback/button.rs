//! Every button of feedback, typed: the one place that spells callback data.
//! The strings are today's, so buttons already in people's chats (a prompt
//! sent yesterday) keep working.
//!
//! - `fb:r:<event>:<1-5|skip>`: a prompt's stars or Skip (global: it arrives
//!   whatever the chat is doing);
//! - `fb:x:<reason>`, `fb:done`, `fb:skip`: giving feedback;
//! - `rep:…`: the report;
//! - `menu:report`, `menu:certificate`: the main menu's entries.

use super::{
    View,
    model::{Rating, Reason, Span},
    report::Dim,
};

/// What a prompt's button answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Stars(Rating),
    Skip,
    /// A value that is neither 1–5 nor skip (a forged button): answered
    /// with a hint, as before.
    Invalid,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    /// A prompt's star or Skip.
    Rate {
        event: i64,
        answer: Answer,
    },
    /// Toggles a reason.
    Reason(Reason),
    /// Reasons chosen.
    Done,
    /// Skips the reasons or the comment.
    Skip,
    /// A calendar period that ended, `back` periods ago.
    Calendar {
        span: Span,
        back: u32,
    },
    /// Typed dates.
    Custom,
    /// Back to the periods from a report.
    Period,
    /// Another view of the report.
    View(View),
    Charts,
    Csv,
    MenuReport,
    MenuCertificate,
}

impl Button {
    pub fn data(&self) -> String {
        match self {
            Button::Rate { event, answer } => {
                let value = match answer {
                    Answer::Stars(r) => r.get().to_string(),
                    Answer::Skip => "skip".into(),
                    Answer::Invalid => "0".into(),
                };
                format!("fb:r:{event}:{value}")
            }
            Button::Reason(r) => format!("fb:x:{}", r.code()),
            Button::Done => "fb:done".into(),
            Button::Skip => "fb:skip".into(),
            Button::Calendar { span, back } => format!("rep:cal:{}:{back}", span.code()),
            Button::Custom => "rep:custom".into(),
            Button::Period => "rep:period".into(),
            Button::View(View::By(d)) => format!("rep:v:{}", d.code()),
            Button::View(View::Comments) => "rep:v:comments".into(),
            Button::View(View::Gaps) => "rep:v:gaps".into(),
            Button::View(View::Questions) => "rep:v:questions".into(),
            Button::Charts => "rep:charts".into(),
            Button::Csv => "rep:csv".into(),
            Button::MenuReport => "menu:report".into(),
            Button::MenuCertificate => "menu:certificate".into(),
        }
    }

    /// None for data that is not one of feedback's buttons.
    pub fn parse(data: &str) -> Option<Button> {
        if let Some(rest) = data.strip_prefix("fb:r:") {
            let (event, value) = rest.split_once(':')?;
            let event = event.parse().ok()?;
            let answer = match value {
                "skip" => Answer::Skip,
                v => Rating::parse(v).map_or(Answer::Invalid, Answer::Stars),
            };
            return Some(Button::Rate { event, answer });
        }
        if let Some(code) = data.strip_prefix("fb:x:") {
            return Reason::from_code(code).map(Button::Reason);
        }
        if let Some(rest) = data.strip_prefix("rep:cal:") {
            let (span, back) = rest.split_once(':')?;
            return Some(Button::Calendar {
                span: Span::from_code(span)?,
                back: back.parse().ok()?,
            });
        }
        if let Some(view) = data.strip_prefix("rep:v:") {
            return Some(Button::View(match view {
                "comments" => View::Comments,
                "gaps" => View::Gaps,
                "questions" => View::Questions,
                d => View::By(Dim::from_code(d)?),
            }));
        }
        Some(match data {
            "fb:done" => Button::Done,
            "fb:skip" => Button::Skip,
            "rep:custom" => Button::Custom,
            "rep:period" => Button::Period,
            "rep:charts" => Button::Charts,
            "rep:csv" => Button::Csv,
            "menu:report" => Button::MenuReport,
            "menu:certificate" => Button::MenuCertificate,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_round_trips_within_64_bytes() {
        let mut all = vec![
            Button::Rate {
                event: i64::MAX,
                answer: Answer::Skip,
            },
            Button::Rate {
                event: 7,
                answer: Answer::Invalid,
            },
            Button::Done,
            Button::Skip,
            Button::Custom,
            Button::Period,
            Button::View(View::Comments),
            Button::View(View::Gaps),
            Button::View(View::Questions),
            Button::Charts,
            Button::Csv,
            Button::MenuReport,
            Button::MenuCertificate,
        ];
        for n in 1..=5 {
            let r = Rating::parse(&n.to_string()).unwrap();
            all.push(Button::Rate {
                event: i64::MAX,
                answer: Answer::Stars(r),
            });
        }
        all.extend(Reason::ALL.map(Button::Reason));
        all.extend(Dim::ALL.map(|d| Button::View(View::By(d))));
        all.extend(Span::ALL.map(|span| Button::Calendar {
            span,
            back: u32::MAX,
        }));
        for b in all {
            let data = b.data();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Button::parse(&data), Some(b), "{data}");
        }
    }

    #[test]
    fn todays_strings_still_parse() {
        assert_eq!(
            Button::parse("fb:r:12:skip"),
            Some(Button::Rate {
                event: 12,
                answer: Answer::Skip
            })
        );
        assert_eq!(
            Button::parse("fb:r:12:9"),
            Some(Button::Rate {
                event: 12,
                answer: Answer::Invalid
            })
        );
        assert_eq!(Button::parse("fb:r:nonsense:5"), None);
        assert_eq!(Button::parse("ev:cantcome:1"), None);
        assert_eq!(Button::parse("fb:x:nope"), None);
        assert_eq!(Button::parse("rep:v:nope"), None);
    }
}
