//! A home folder of the test's own for the real binary (HOME and the XDG folders), with the
//! session where rolefit looks for it, and running commands there.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::process::Output;

use rolefit::session::{self, SavedMark};
use serde_json::Value;

use super::process::{rolefit_at_home, status, stderr, stdout};
use super::sessions::{answer, session_of};

pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn session(&self) -> PathBuf {
        self.path("rolefit/director-vs-producer.ron")
    }

    pub fn history(&self) -> PathBuf {
        self.path("rolefit/director-vs-producer.snapshots.ron")
    }

    /// Saves a session holding `answers` where rolefit looks for it.
    pub fn answer(&self, answers: &[(&str, SavedMark)]) {
        let answers: BTreeMap<String, _> = answers
            .iter()
            .map(|(id, mark)| (id.to_string(), answer(mark.clone())))
            .collect();
        fs::create_dir_all(self.session().parent().unwrap()).unwrap();
        session::save(&session_of(answers), &self.session()).unwrap();
    }

    /// Saves a session that has each of `ids`.
    pub fn have(&self, ids: &[&str]) {
        let answers: Vec<(&str, SavedMark)> = ids.iter().map(|id| (*id, SavedMark::Have)).collect();
        self.answer(&answers);
    }

    pub fn run(&self, args: &[&str]) -> Output {
        rolefit_at_home(args, self.dir.path())
    }

    /// Runs `args`, expecting exit 0, and returns what it printed.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert_eq!(status(&output), 0, "{args:?}: {}", stderr(&output));
        stdout(&output)
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).expect("JSON")
    }
}
