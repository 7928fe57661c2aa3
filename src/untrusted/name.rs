//! File names made from untrusted ids, so that no id can steer a path out of its folder, hide
//! the file, or make a name too long for the file system.
//!
//! A deck id names the deck's session file (`<id>.ron`) and its report (`<id>-report.md`), and
//! a deck comes from a stranger: `../../../../tmp/x`, `/etc/passwd` or a 300-character id must
//! still give one plain name inside the intended folder.

use std::path::{Component, Path, PathBuf};

/// The longest id deck validation accepts, in characters. Longer ids are refused rather than
/// cut, so two decks never share an id by accident.
pub const MAX_ID_CHARS: usize = 128;

/// The longest stem [`file_stem`] returns, in bytes. With a suffix such as
/// `.ron.bak-20261128T013000Z-2` the name stays far below the 255 bytes file systems allow.
pub const MAX_STEM_BYTES: usize = 100;

/// `id` as the stem of a file name: letters and digits (of any script), `-`, `_` and `.` are
/// kept, anything else becomes `_`. The stem is never empty (`_`), never starts with a dot (the
/// first one becomes `_`, so it is never hidden nor `.` or `..`), is never a name Windows keeps
/// for a device (`con` becomes `_con`), and is at most [`MAX_STEM_BYTES`] bytes: a longer one is
/// cut on a character boundary and ends in `-` and 8 hex digits of a hash of the whole id, so
/// long ids that share a beginning still get names of their own. Ids that are safe already, as
/// `director-vs-producer`, come back unchanged, as session files have always been named.
pub fn file_stem(id: &str) -> String {
    let mut stem: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    if stem.is_empty() || is_reserved_on_windows(&stem) {
        stem.insert(0, '_');
    }
    if stem.len() > MAX_STEM_BYTES {
        let suffix = format!("-{:08x}", fnv1a(id.as_bytes()));
        let mut cut = MAX_STEM_BYTES - suffix.len();
        while !stem.is_char_boundary(cut) {
            cut -= 1;
        }
        stem.truncate(cut);
        stem.push_str(&suffix);
    }
    stem
}

/// `dir.join(name)` when `name` is one plain path component: not empty, no separator (`/` or
/// `\`, on every system), no NUL, not `.` or `..`, not absolute, and on Windows no `:` (a drive
/// or an alternate data stream). Otherwise `None`, so an untrusted name can never reach outside
/// `dir`.
pub fn join_within(dir: &Path, name: &str) -> Option<PathBuf> {
    if name.contains(['/', '\\', '\0']) || (cfg!(windows) && name.contains(':')) {
        return None;
    }
    let mut components = Path::new(name).components();
    match (components.next(), components.next()) {
        (Some(Component::Normal(part)), None) if part == name => Some(dir.join(name)),
        _ => None,
    }
}

/// Whether Windows reads `stem` (or the part of it before the first dot) as a device: `CON`,
/// `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9` (also with ¹, ² or ³), in any case.
/// Session files copied between systems should open on each.
fn is_reserved_on_windows(stem: &str) -> bool {
    let base = stem.split('.').next().unwrap_or(stem).to_ascii_uppercase();
    let numbered = match (base.get(..3), base.get(3..)) {
        (Some("COM" | "LPT"), Some(number)) => {
            let mut chars = number.chars();
            matches!(
                (chars.next(), chars.next()),
                (Some('0'..='9' | '¹' | '²' | '³'), None)
            )
        }
        _ => false,
    };
    numbered || matches!(base.as_str(), "CON" | "PRN" | "AUX" | "NUL")
}

/// 32-bit FNV-1a: small, stable across releases and platforms (file names must not change
/// between versions), and plenty to tell apart the ids of one user's decks.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whether `stem` is one safe name within the bound: the promise of [`file_stem`].
    fn is_safe(stem: &str) -> bool {
        !stem.is_empty()
            && stem.len() <= MAX_STEM_BYTES
            && !stem.starts_with('.')
            && stem
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && join_within(Path::new("/data"), stem).is_some()
    }

    #[test]
    fn safe_ids_keep_the_names_sessions_have_today() {
        for id in ["director-vs-producer", "régie_2026", "导演.v2", "a.b-c_d"] {
            assert_eq!(file_stem(id), id);
        }
    }

    #[test]
    fn hostile_ids_become_one_plain_name() {
        for (id, stem) in [
            ("../../x", "_._.._x"),
            ("../../../../tmp/x", "_._.._.._.._tmp_x"),
            ("/etc/passwd", "_etc_passwd"),
            (".", "_"),
            ("..", "_."),
            (".hidden", "_hidden"),
            ("", "_"),
            ("a\0b", "a_b"),
            ("a/b", "a_b"),
            ("a\\b", "a_b"),
            ("C:\\x", "C__x"),
            ("two words\n", "two_words_"),
            ("\u{202E}txt.exe", "_txt.exe"),
            ("con", "_con"),
            ("Com1.deck", "_Com1.deck"),
            ("lpt²", "_lpt²"),
            ("console", "console"),
            ("com10", "com10"),
        ] {
            assert_eq!(file_stem(id), stem, "{id:?}");
            assert!(is_safe(stem), "{stem:?}");
        }
    }

    #[test]
    fn a_long_id_is_cut_within_the_bound_and_marked_with_its_hash() {
        let id = "x".repeat(300);
        let stem = file_stem(&id);
        assert_eq!(stem.len(), MAX_STEM_BYTES);
        assert_eq!(
            stem,
            format!("{}-{:08x}", "x".repeat(91), fnv1a(id.as_bytes()))
        );
        // Two-byte characters: the cut falls back to a character boundary.
        let wide = file_stem(&"é".repeat(300));
        assert!(
            wide.len() <= MAX_STEM_BYTES && wide.starts_with("éé"),
            "{wide}"
        );
        assert!(is_safe(&wide));
        let at_the_bound = "y".repeat(MAX_STEM_BYTES);
        assert_eq!(
            file_stem(&at_the_bound),
            at_the_bound,
            "not cut when it fits"
        );
    }

    #[test]
    fn the_hash_is_fnv1a_so_names_stay_the_same_across_versions() {
        // Published FNV-1a 32-bit test vectors.
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968);
    }

    #[test]
    fn join_within_takes_only_one_plain_component() {
        let dir = Path::new("/data/rolefit");
        assert_eq!(join_within(dir, "deck.ron"), Some(dir.join("deck.ron")));
        assert_eq!(join_within(dir, "..."), Some(dir.join("...")));
        for name in [
            "",
            ".",
            "..",
            "a/b",
            "/etc/passwd",
            "../x",
            "a\\b",
            "x/",
            "./x",
            "a\0",
        ] {
            assert_eq!(join_within(dir, name), None, "{name:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn every_id_gives_one_safe_name(id in any::<String>()) {
            let stem = file_stem(&id);
            prop_assert!(is_safe(&stem), "{:?} -> {:?}", id, stem);
            prop_assert_eq!(file_stem(&id), stem, "the same id, the same name");
        }

        #[test]
        fn hostile_looking_ids_give_one_safe_name(id in "[./\\\\a\0 ]{0,20}|[a-zé]{90,200}") {
            prop_assert!(is_safe(&file_stem(&id)), "{:?}", id);
        }

        #[test]
        fn long_ids_that_share_a_beginning_get_distinct_names(
            prefix in "[a-z0-9-]{100,150}",
            first in "[a-z]{1,8}",
            second in "[a-z]{1,8}",
        ) {
            prop_assume!(first != second);
            let (a, b) = (format!("{prefix}{first}"), format!("{prefix}{second}"));
            prop_assert_ne!(file_stem(&a), file_stem(&b));
        }

        #[test]
        fn a_joined_name_stays_in_its_folder(name in any::<String>()) {
            let dir = Path::new("/data/rolefit");
            if let Some(path) = join_within(dir, &name) {
                prop_assert_eq!(path.parent(), Some(dir));
                prop_assert_eq!(path.file_name().and_then(|n| n.to_str()), Some(name.as_str()));
            }
        }
    }
}
