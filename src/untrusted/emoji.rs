//! Telling emoji apart, so that a zero-width joiner inside an emoji (👩‍💻) survives cleaning
//! while one anywhere else is removed.

/// Whether a ZWJ between `before` and `after` joins two emoji, as in 👩‍💻 or 👨‍👩‍👧: the
/// character after it is Extended_Pictographic, and so is the one before once any emoji
/// modifiers (skin tones, U+1F3FB–U+1F3FF) and VS-16 (U+FE0F) are skipped. This is the emoji
/// rule of Unicode's grapheme clusters (UAX #29, GB11), so a ZWJ kept here is one a terminal
/// draws inside a single emoji. The test looks only at characters that cleaning keeps, so
/// cleaned text passes it again, and cleaning is idempotent.
pub(super) fn joins_emoji(before: &str, after: &str) -> bool {
    let next = after.chars().next();
    let previous = before
        .chars()
        .rev()
        .find(|&c| !matches!(c, '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}'));
    matches!((previous, next), (Some(p), Some(n)) if is_pictographic(p) && is_pictographic(n))
}

/// Whether `c` is Extended_Pictographic. The property covers the code points reserved for
/// future emoji too, so the table does not need to grow with each Unicode release.
pub(super) fn is_pictographic(c: char) -> bool {
    let c = u32::from(c);
    if c < 0xA9 {
        return false;
    }
    PICTOGRAPHIC
        .binary_search_by(|&(low, high)| {
            if high < c {
                std::cmp::Ordering::Less
            } else if low > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Extended_Pictographic=Yes as inclusive ranges in order, from Unicode 16.0's emoji-data.txt.
#[rustfmt::skip]
const PICTOGRAPHIC: &[(u32, u32)] = &[
    (0xA9, 0xA9), (0xAE, 0xAE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122),
    (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328),
    (0x2388, 0x2388), (0x23CF, 0x23CF), (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2),
    (0x25AA, 0x25AB), (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2605),
    (0x2607, 0x2612), (0x2614, 0x2685), (0x2690, 0x2705), (0x2708, 0x2712), (0x2714, 0x2714),
    (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721), (0x2728, 0x2728), (0x2733, 0x2734),
    (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755),
    (0x2757, 0x2757), (0x2763, 0x2767), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0),
    (0x27BF, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50),
    (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3297), (0x3299, 0x3299),
    (0x1F000, 0x1F0FF), (0x1F10D, 0x1F10F), (0x1F12F, 0x1F12F), (0x1F16C, 0x1F171),
    (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1AD, 0x1F1E5),
    (0x1F201, 0x1F20F), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A),
    (0x1F23C, 0x1F23F), (0x1F249, 0x1F3FA), (0x1F400, 0x1F53D), (0x1F546, 0x1F64F),
    (0x1F680, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D5, 0x1F7FF), (0x1F80C, 0x1F80F),
    (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8FF),
    (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1FAFF), (0x1FC00, 0x1FFFD),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_disjoint_so_binary_search_holds() {
        assert!(PICTOGRAPHIC.iter().all(|&(low, high)| low <= high));
        assert!(PICTOGRAPHIC.windows(2).all(|w| w[0].1 < w[1].0));
    }

    #[test]
    fn emoji_are_pictographic_and_letters_modifiers_and_flags_are_not() {
        for c in ['©', '❤', '♀', '➡', '👩', '💻', '🏳', '🔥', '🧑', '🦰', '🫠']
        {
            assert!(is_pictographic(c), "{c}");
        }
        // Skin tones and regional indicators are emoji components, not pictographs.
        for c in [
            'a',
            'é',
            '中',
            '\u{200D}',
            '\u{FE0F}',
            '\u{1F3FD}',
            '\u{1F1E6}',
            '#',
        ] {
            assert!(!is_pictographic(c), "{c:?}");
        }
    }

    #[test]
    fn a_joiner_joins_only_emoji_on_both_sides() {
        assert!(joins_emoji("👩", "💻"));
        assert!(joins_emoji("👩\u{1F3FD}", "💻"), "after a skin tone");
        assert!(joins_emoji("🏳\u{FE0F}", "🌈"), "after VS-16");
        assert!(!joins_emoji("a", "b"));
        assert!(!joins_emoji("👩", "b"));
        assert!(!joins_emoji("a", "💻"));
        assert!(!joins_emoji("", "💻"), "at the start");
        assert!(!joins_emoji("👩", ""), "at the end");
        assert!(
            !joins_emoji("\u{1F3FD}", "💻"),
            "a skin tone alone is no emoji"
        );
    }
}
