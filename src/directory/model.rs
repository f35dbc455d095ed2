//! What a service is. Codes (topics, subtopics, regions) are validated enums;
//! texts are per language with Italian required.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use opening_hours::OpeningHours;
use serde::{Deserialize, Serialize};

use crate::{
    domain::{Topic, code_enum},
    i18n::Lang,
};

code_enum!(
    /// What exactly, within a topic.
    Subtopic {
        Gp = "gp",
        StpEni = "stp_eni",
        Emergency = "emergency",
        MentalHealth = "mental_health",
        WomenChildren = "women_children",
        Shelter = "shelter",
        RentHelp = "rent_help",
        TenantsRights = "tenants_rights",
        JobCentre = "job_centre",
        CompetenceCert = "competence_cert",
        ItalianCourses = "italian_courses",
        QualificationRecognition = "qualification_recognition",
    }
);

code_enum!(
    /// The three partner regions.
    Region { Piedmont = "piedmont", AuvergneRhoneAlpes = "auvergne_rhone_alpes", Catalonia = "catalonia" }
);

impl Subtopic {
    pub fn topic(self) -> Topic {
        use Subtopic::*;
        match self {
            Gp | StpEni | Emergency | MentalHealth | WomenChildren => Topic::Health,
            Shelter | RentHelp | TenantsRights => Topic::Housing,
            JobCentre | CompetenceCert | ItalianCourses | QualificationRecognition => Topic::Work,
        }
    }

    /// The message key of this subtopic's label. Care without papers and
    /// language courses are different services in each country (STP/ENI,
    /// PASS/AME, TSI; CPIA, CFA): with a `region`, the label is that
    /// region's (an attribute); without one, it is a neutral label.
    pub fn label_key(self, region: Option<Region>) -> String {
        let key = format!("sub-{}", self.code());
        match (self, region) {
            (Subtopic::StpEni | Subtopic::ItalianCourses, Some(r)) => {
                format!("{key}.{}", r.code())
            }
            _ => key,
        }
    }

    pub fn of(topic: Topic) -> impl Iterator<Item = Subtopic> {
        Subtopic::ALL
            .iter()
            .copied()
            .filter(move |s| s.topic() == topic)
    }
}

impl Region {
    /// Opening hours are evaluated in the service's own time zone.
    pub fn timezone(self) -> chrono_tz::Tz {
        match self {
            Region::Piedmont => chrono_tz::Europe::Rome,
            Region::AuvergneRhoneAlpes => chrono_tz::Europe::Paris,
            Region::Catalonia => chrono_tz::Europe::Madrid,
        }
    }
}

/// Name, description and what to bring, in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Texts {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub documents: String,
}

#[derive(Clone, Debug)]
pub struct Service {
    pub id: String,
    pub organisation: String,
    pub topic: Topic,
    pub subtopic: Subtopic,
    pub region: Region,
    pub city: String,
    pub address: String,
    pub coords: Option<(f64, f64)>,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub opening_hours: String,
    /// Parsed `opening_hours`, when given.
    pub hours: Option<OpeningHours>,
    /// Language codes spoken at the desk.
    pub languages: Vec<String>,
    pub free: Option<bool>,
    pub without_permit: Option<bool>,
    pub source_url: String,
    pub last_verified: Option<NaiveDate>,
    /// Texts by language code; the source language's are always present.
    pub texts: BTreeMap<String, Texts>,
}

impl Service {
    /// The texts in `lang`, or the Italian ones; the flag says it fell back.
    pub fn texts_in(&self, lang: Lang) -> (&Texts, bool) {
        match self.texts.get(lang.code()).filter(|t| !t.name.is_empty()) {
            Some(t) => (t, false),
            None => (self.italian(), lang != Lang::SOURCE),
        }
    }

    /// The Italian texts, which every import requires (empty if a row in the
    /// database lacks them).
    pub fn italian(&self) -> &Texts {
        static NONE: Texts = Texts {
            name: String::new(),
            description: String::new(),
            documents: String::new(),
        };
        self.texts.get(Lang::SOURCE.code()).unwrap_or(&NONE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_labels_only_where_services_differ() {
        assert_eq!(Subtopic::StpEni.label_key(None), "sub-stp_eni");
        assert_eq!(
            Subtopic::StpEni.label_key(Some(Region::AuvergneRhoneAlpes)),
            "sub-stp_eni.auvergne_rhone_alpes"
        );
        assert_eq!(
            Subtopic::ItalianCourses.label_key(Some(Region::Catalonia)),
            "sub-italian_courses.catalonia"
        );
        assert_eq!(Subtopic::Gp.label_key(Some(Region::Piedmont)), "sub-gp");
    }
}
