//! A 64-bit set of the letters and digits a text contains, ignoring case: a cheap test that rules
//! out most texts before the fuzzy scorer runs.

/// Bits 0-25 are `a`-`z`, 26-35 are `0`-`9`, bit 36 stands for every other character.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CharSet(u64);

const OTHER: u64 = 1 << 36;

impl CharSet {
    pub fn of(text: &str) -> CharSet {
        // Bytes, not chars: every byte of a multi-byte character is >= 128 and maps to OTHER,
        // which is what the character itself maps to.
        CharSet(
            text.bytes()
                .fold(0, |bits, b| bits | BYTE_BITS[usize::from(b)]),
        )
    }

    pub fn union(self, other: CharSet) -> CharSet {
        CharSet(self.0 | other.0)
    }

    /// Whether every character of `self` may be in a text whose set is `other`. Never false when
    /// the text does contain them all (so it is safe as a filter), sometimes true when it does not.
    pub fn within(self, other: CharSet) -> bool {
        self.0 & !other.0 == 0
    }
}

/// The bit of every byte value, computed at compile time.
const BYTE_BITS: [u64; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let lower = (b as u8).to_ascii_lowercase();
        if lower.is_ascii_lowercase() {
            table[b] = 1 << (lower - b'a');
        } else if lower.is_ascii_digit() {
            table[b] = 1 << (26 + lower - b'0');
        }
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_is_within_a_text_that_has_its_letters_in_any_case() {
        let title = CharSet::of("Scouting filming Locations");
        assert!(CharSet::of("scout").within(title));
        assert!(CharSet::of("LOC").within(title));
        assert!(!CharSet::of("bud").within(title));
    }

    #[test]
    fn other_characters_share_one_bit_so_the_test_stays_safe() {
        let text = CharSet::of("café crème");
        assert!(CharSet::of("é").within(text));
        assert!(
            CharSet::of("ü").within(text),
            "a false positive, never a false negative"
        );
        assert!(!CharSet::of("é").within(CharSet::of("cafe")));
    }
}
