//! Cheap work before the scorer on a title: whether a term can match it at all, and how much of
//! it the scorer has to read to give the same score.

use super::Term;

/// Whether `term` can be a subsequence of `title`: a byte-wise check for ASCII text, which
/// rejects most titles far faster than the scorer does. Other text is left to the scorer.
pub(super) fn may_be_subsequence(title: &str, term: &Term) -> bool {
    if !term.ascii {
        return true;
    }
    let mut wanted = term.text.bytes().peekable();
    for byte in title.bytes() {
        if !byte.is_ascii() {
            return true;
        }
        let Some(&next) = wanted.peek() else {
            break;
        };
        let equal = if term.case_sensitive {
            byte == next
        } else {
            byte.eq_ignore_ascii_case(&next)
        };
        if equal {
            wanted.next();
        }
    }
    wanted.peek().is_none()
}

/// `title` up to the last place the term's last character occurs: skim scores that the same as
/// the whole title (its table fills column by column, each column from the ones before it, and
/// the score is the best match of the last character), and reads less. Terms ending in a
/// character other than ASCII get the whole title.
pub(super) fn scored_part<'t>(title: &'t str, term: &Term) -> &'t str {
    let Some(&last) = term.text.as_bytes().last().filter(|last| last.is_ascii()) else {
        return title;
    };
    let found = if term.case_sensitive {
        memchr::memrchr(last, title.as_bytes())
    } else {
        memchr::memrchr2(
            last.to_ascii_lowercase(),
            last.to_ascii_uppercase(),
            title.as_bytes(),
        )
    };
    // An ASCII byte in UTF-8 text is always a whole character, so the cut is on a boundary.
    found.and_then(|end| title.get(..=end)).unwrap_or(title)
}

#[cfg(test)]
mod tests {
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;
    use proptest::prelude::*;

    use super::super::terms;
    use super::*;

    #[test]
    fn the_scored_part_ends_at_the_last_place_of_the_last_character() {
        let cut = |title, query| scored_part(title, &terms(query)[0]);
        assert_eq!(cut("Scouting night shots", "in"), "Scouting n");
        assert_eq!(cut("Scouting NIGHT shots", "in"), "Scouting N");
        assert_eq!(cut("Scouting NIGHT shots", "iN"), "Scouting N");
        assert_eq!(cut("Scouting night shots", "iN"), "Scouting night shots");
        assert_eq!(cut("Café crème", "é"), "Café crème");
        assert_eq!(cut("Café crème brûlée", "cr"), "Café crème br");
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
            passes("Café", "zzz"),
            "text beyond ASCII is left to the scorer"
        );
    }

    /// Titles from a small alphabet with separators, capitals and text beyond ASCII, so that
    /// terms often match in several places.
    fn title() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-eA-E é_.(/-]{0,30}").expect("valid regex")
    }

    fn term() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-eA-Eé_.]{1,5}").expect("valid regex")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The cut only saves work: skim scores the part exactly as the whole title.
        #[test]
        fn skim_scores_the_part_as_the_whole_title(title in title(), query in term()) {
            let matcher = SkimMatcherV2::default().smart_case();
            let term = &terms(&query)[0];
            prop_assert_eq!(
                matcher.fuzzy_match(scored_part(&title, term), &query),
                matcher.fuzzy_match(&title, &query)
            );
        }

        /// The prefilter never turns away a title skim would match.
        #[test]
        fn the_prefilter_keeps_every_title_skim_matches(title in title(), query in term()) {
            let matcher = SkimMatcherV2::default().smart_case();
            if matcher.fuzzy_match(&title, &query).is_some() {
                prop_assert!(may_be_subsequence(&title, &terms(&query)[0]));
            }
        }
    }
}
