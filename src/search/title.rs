//! Cheap work before the scorer on a title: whether a term can match it at all, and how much of
//! it the scorer has to read to give the same score.

use super::Term;

/// Whether `term` is a subsequence of `title` as skim compares characters (ASCII letters in
/// either case unless the term has a capital): a byte-wise check, far faster than the scorer at
/// turning a title away. Bytes beyond ASCII never equal an ASCII term's, as in skim, so the check
/// is exact for ASCII terms; other terms are left to the scorer.
pub(super) fn may_be_subsequence(title: &str, term: &Term) -> bool {
    if !term.ascii {
        return true;
    }
    // A byte matches when `byte | mask == value`: the mask folds an ASCII letter's case.
    let fold = |wanted: u8| {
        if !term.case_sensitive && wanted.is_ascii_alphabetic() {
            (0x20, wanted | 0x20)
        } else {
            (0, wanted)
        }
    };
    let mut wanted = term.text.bytes();
    let Some(first) = wanted.next() else {
        return true;
    };
    let (mut mask, mut value) = fold(first);
    for &byte in title.as_bytes() {
        if byte | mask == value {
            match wanted.next() {
                Some(next) => (mask, value) = fold(next),
                None => return true,
            }
        }
    }
    false
}

/// The part of `title` skim has to read to give the same score as for the whole title: from
/// the character before the first place of the term's first character to the last place of its
/// last character. Skim's table starts each row at the first place its character can match, and
/// a place's bonus depends only on the character before it; the table fills column by column,
/// each from the ones before it, and the score is the best place of the last character. Terms
/// that start or end beyond ASCII get the whole title on that side.
pub(super) fn scored_part<'t>(title: &'t str, term: &Term) -> &'t str {
    let bytes = term.text.as_bytes();
    let case_sensitive = term.case_sensitive;
    let start = find(
        title,
        bytes.first(),
        case_sensitive,
        memchr::memchr,
        memchr::memchr2,
    )
    .and_then(|first_place| title[..first_place].char_indices().next_back())
    .map_or(0, |(before, _)| before);
    let end = find(
        title,
        bytes.last(),
        case_sensitive,
        memchr::memrchr,
        memchr::memrchr2,
    )
    .map_or(title.len(), |last_place| last_place + 1);
    // An ASCII byte in UTF-8 text is always a whole character, so both cuts are on boundaries.
    // A title the prefilter let through undecided may not hold the term at all: then skim gets
    // all of it and says so.
    title.get(start..end).unwrap_or(title)
}

/// Where `find_one` (exact) or `find_either` (either ASCII case) finds `byte` in `title`; no
/// place for a byte beyond ASCII, which is part of a longer character.
fn find(
    title: &str,
    byte: Option<&u8>,
    case_sensitive: bool,
    find_one: fn(u8, &[u8]) -> Option<usize>,
    find_either: fn(u8, u8, &[u8]) -> Option<usize>,
) -> Option<usize> {
    let byte = *byte.filter(|byte| byte.is_ascii())?;
    let (lower, upper) = (byte.to_ascii_lowercase(), byte.to_ascii_uppercase());
    if case_sensitive || lower == upper {
        find_one(byte, title.as_bytes())
    } else {
        find_either(lower, upper, title.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;
    use proptest::prelude::*;

    use super::super::terms;
    use super::*;

    #[test]
    fn the_scored_part_runs_from_before_the_first_character_to_the_last() {
        let cut = |title, query| scored_part(title, &terms(query)[0]);
        assert_eq!(cut("Scouting night shots", "in"), "ting n");
        assert_eq!(cut("Scouting NIGHT shots", "in"), "ting N");
        assert_eq!(cut("Scouting NIGHT shots", "Nt"), " NIGHT shot");
        assert_eq!(cut("Scouting night shots", "iN"), "ting night shots");
        assert_eq!(cut("Scouting night shots", "sc"), "Sc");
        assert_eq!(cut("Café crème", "é"), "Café crème");
        assert_eq!(cut("Café crème brûlée", "eb"), "me b");
        assert_eq!(cut("Café", "zz"), "Café", "no place to cut from");
        assert_eq!(
            cut("EÉ_e", "eÉ"),
            "EÉ_e",
            "a capital beyond ASCII leaves skim ignoring case"
        );
    }

    #[test]
    fn subsequences_pass_the_prefilter_and_others_do_not() {
        let passes = |title, query| may_be_subsequence(title, &terms(query)[0]);
        assert!(passes("Scouting night shots", "snt"));
        assert!(!passes("Scouting night shots", "shg"));
        assert!(
            !passes("Scouting night shots", "SNT"),
            "capitals match exactly"
        );
        assert!(
            passes("CAFÉ crème", "caf"),
            "a lower-case term matches either case"
        );
        assert!(!passes("Café", "cafe"), "é is not e, for skim either");
        assert!(
            passes("Café", "é"),
            "terms beyond ASCII are left to the scorer"
        );
        assert!(!passes("a-b", "a_b"), "only letters fold their case");
    }

    /// Titles from a small alphabet with separators, capitals and text beyond ASCII, so that
    /// terms often match in several places.
    fn title() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-eA-E éÉ_.(/-]{0,30}").expect("valid regex")
    }

    fn term() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-eA-EéÉ_.]{1,5}").expect("valid regex")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The cut only saves work: skim scores the part exactly as the whole title. Each
        /// score comes from a new scorer, because fuzzy-matcher 0.3.7 can read table cells an
        /// earlier call left behind (skim-rs/skim#1071): one scorer scored "éé___(_ (-é" for
        /// "éé_" 71 when new and 75 right after scoring "éé___(_". Search gives every block of
        /// items a new scorer for the same reason (tests/search_scorer.rs).
        #[test]
        fn skim_scores_the_part_as_the_whole_title(title in title(), query in term()) {
            let score = |text: &str| SkimMatcherV2::default().smart_case().fuzzy_match(text, &query);
            let term = &terms(&query)[0];
            prop_assert_eq!(score(scored_part(&title, term)), score(&title));
        }

        /// The prefilter turns away exactly the titles skim would not match, for ASCII terms.
        #[test]
        fn the_prefilter_agrees_with_skim(title in title(), query in term()) {
            let matcher = SkimMatcherV2::default().smart_case();
            let term = &terms(&query)[0];
            let passes = may_be_subsequence(&title, term);
            if matcher.fuzzy_match(&title, &query).is_some() {
                prop_assert!(passes);
            } else if query.is_ascii() {
                prop_assert!(!passes);
            }
        }
    }
}
