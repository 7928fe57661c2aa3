//! Temporary files a killed save left beside the session: removed at the next start, but only
//! rolefit's own, by their name, and only once no save can still be writing them.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::own_files::{TEMPORARY_PREFIX, TEMPORARY_SUFFIX};

/// How old a temporary file must be before it is taken for a leftover. A save writes its
/// temporary file within moments; another rolefit saving a report or another deck's session in
/// the same folder right now must never lose its file.
pub const STALE_AFTER: Duration = Duration::from_secs(5 * 60);

/// Removes from `dir` every regular file named as rolefit names a save in progress
/// (`.rolefit-` and up to 16 letters or digits, then `.tmp`, as `tempfile` makes them) that was
/// last written more than [`STALE_AFTER`] before `now`; returns the files removed. Links,
/// folders and every other name are left alone, and so is anything it cannot read.
pub fn remove_stale_temporaries(dir: &Path, now: SystemTime) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let is_ours = entry.file_name().to_str().is_some_and(is_temporary_name);
        // Not followed: a link named like a temporary file is not one.
        let is_stale = entry.metadata().is_ok_and(|metadata| {
            metadata.is_file()
                && metadata.modified().is_ok_and(|written| {
                    now.duration_since(written)
                        .is_ok_and(|age| age > STALE_AFTER)
                })
        });
        if is_ours && is_stale && fs::remove_file(entry.path()).is_ok() {
            removed.push(entry.path());
        }
    }
    removed
}

fn is_temporary_name(name: &str) -> bool {
    let Some(random) = name
        .strip_prefix(TEMPORARY_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMPORARY_SUFFIX))
    else {
        return false;
    };
    (1..=16).contains(&random.len()) && random.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_rolefit_gives_its_temporary_files_count() {
        for ours in [".rolefit-a1B2c3.tmp", ".rolefit-x.tmp"] {
            assert!(is_temporary_name(ours), "{ours}");
        }
        for other in [
            ".rolefit-.tmp",
            ".rolefit-abc.tmp.ron",
            "rolefit-abc123.tmp",
            ".rolefit-abc/1.tmp",
            ".rolefit-abc-12.tmp",
            ".rolefit-0123456789abcdefg.tmp",
            "s.ron",
        ] {
            assert!(!is_temporary_name(other), "{other}");
        }
    }
}
