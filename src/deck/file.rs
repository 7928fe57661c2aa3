//! The deck as written in RON, before validation: field names and optionality are the file format.

use std::collections::BTreeMap;

use serde::Deserialize;

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
    pub sides: BTreeMap<String, String>,
    #[serde(default = "default_weight")]
    pub weight: i64,
}

fn default_weight() -> i64 {
    1
}
