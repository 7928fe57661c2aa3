//! The deck as written in RON, before validation: field names and optionality are the file format.

use std::fmt;

use serde::Deserialize;
use serde::de::{MapAccess, Visitor};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "deck")]
pub(crate) struct DeckFile {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub source: String,
    pub roles: Vec<RoleFile>,
    #[serde(default)]
    pub duties: Vec<TraitFile>,
    #[serde(default)]
    pub skills: Vec<TraitFile>,
    #[serde(default)]
    pub differences: Vec<DifferenceFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "role")]
pub(crate) struct RoleFile {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub summary: String,
    /// A short label for list rows; derived from the name when empty.
    #[serde(default)]
    pub tag: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "duty or skill")]
pub(crate) struct TraitFile {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub detail: String,
    pub roles: Vec<String>,
    /// Signed so that a negative weight is reported as out of range rather than as a type error.
    #[serde(default = "default_weight")]
    pub weight: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "difference")]
pub(crate) struct DifferenceFile {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub detail: String,
    pub sides: Sides,
    #[serde(default = "default_weight")]
    pub weight: i64,
}

fn default_weight() -> i64 {
    1
}

/// A difference's `{role: text}` map in file order, keeping repeated roles so validation can
/// report them (a plain map would silently keep the last one).
#[derive(Debug, Default)]
pub(crate) struct Sides(pub Vec<(String, String)>);

impl<'de> Deserialize<'de> for Sides {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SidesVisitor;
        impl<'de> Visitor<'de> for SidesVisitor {
            type Value = Sides;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map from role id to text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Sides, A::Error> {
                let mut sides = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    sides.push(entry);
                }
                Ok(Sides(sides))
            }
        }
        deserializer.deserialize_map(SidesVisitor)
    }
}
