//! Where a terminal escape sequence ends, so that cleaning removes it whole rather than leaving
//! its parameters behind as visible garbage (`[2J`, `]0;title`).
//!
//! The grammar is ECMA-48's, as xterm reads it: CSI is `ESC [`, parameter and intermediate
//! bytes 0x20–0x3F, and a final byte 0x40–0x7E; OSC (`ESC ]`) runs to BEL or ST; DCS, SOS, PM
//! and APC (`ESC P`, `X`, `^`, `_`) run to ST, which is `ESC \` or U+009C; any other `ESC` takes
//! intermediates 0x20–0x2F and one final byte 0x30–0x7E (`ESC c`, `ESC ( B`). An ESC inside a
//! string cancels it and starts a sequence of its own, as in a terminal; a sequence with no end
//! runs to the end of the text. An ESC that starts nothing is a sequence of one character.

use std::ops::Range;

/// The kinds of escape sequence, by the character after ESC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sequence {
    /// `ESC [`: Control Sequence Introducer (colours, cursor moves, clearing the screen).
    Csi,
    /// `ESC ]`: Operating System Command (window titles, hyperlinks, the clipboard).
    Osc,
    /// `ESC P`: Device Control String.
    Dcs,
    /// `ESC X`: Start Of String.
    Sos,
    /// `ESC ^`: Privacy Message.
    Pm,
    /// `ESC _`: Application Program Command.
    Apc,
    /// `ESC`, any intermediates 0x20–0x2F, and one final character (`ESC c`, `ESC ( B`).
    Short,
    /// An ESC followed by nothing a sequence can start with: the ESC alone.
    Lone,
}

impl Sequence {
    /// Its name and the character after ESC, for messages; `None` for [`Sequence::Short`] and
    /// [`Sequence::Lone`], which have no one name.
    pub fn name(self) -> Option<(&'static str, char)> {
        Some(match self {
            Sequence::Csi => ("CSI", '['),
            Sequence::Osc => ("OSC", ']'),
            Sequence::Dcs => ("DCS", 'P'),
            Sequence::Sos => ("SOS", 'X'),
            Sequence::Pm => ("PM", '^'),
            Sequence::Apc => ("APC", '_'),
            Sequence::Short | Sequence::Lone => return None,
        })
    }
}

/// The bytes of the sequence whose ESC is at `bytes[at]`, its kind, and whether its final byte
/// or terminator ended it (false when the text or another ESC did). The range ends on a
/// character boundary: every place it can stop is an ASCII byte, the lead byte C2 of U+009C's
/// pair, or the end.
pub(super) fn sequence_at(bytes: &[u8], at: usize) -> (Range<usize>, Sequence, bool) {
    let byte = |k: usize| bytes.get(k).copied();
    let (sequence, end, complete) = match byte(at + 1) {
        Some(b'[') => {
            let mut k = at + 2;
            while matches!(byte(k), Some(0x20..=0x3F)) {
                k += 1;
            }
            match byte(k) {
                Some(0x40..=0x7E) => (Sequence::Csi, k + 1, true),
                // Anything else breaks the sequence off; it is cleaned on its own merits.
                _ => (Sequence::Csi, k, false),
            }
        }
        Some(b']') => string(bytes, at + 2, Sequence::Osc),
        Some(b'P') => string(bytes, at + 2, Sequence::Dcs),
        Some(b'X') => string(bytes, at + 2, Sequence::Sos),
        Some(b'^') => string(bytes, at + 2, Sequence::Pm),
        Some(b'_') => string(bytes, at + 2, Sequence::Apc),
        _ => {
            let mut k = at + 1;
            while matches!(byte(k), Some(0x20..=0x2F)) {
                k += 1;
            }
            match byte(k) {
                Some(0x30..=0x7E) => (Sequence::Short, k + 1, true),
                _ if k > at + 1 => (Sequence::Short, k, false),
                _ => (Sequence::Lone, at + 1, true),
            }
        }
    };
    (at..end, sequence, complete)
}

/// The end of a string sequence whose body starts at `bytes[from]`, and whether a terminator
/// ended it. OSC also ends at BEL, which xterm and most terminals accept for it.
fn string(bytes: &[u8], from: usize, sequence: Sequence) -> (Sequence, usize, bool) {
    let mut k = from;
    while let Some(&byte) = bytes.get(k) {
        match byte {
            0x07 if sequence == Sequence::Osc => return (sequence, k + 1, true),
            0x1B if bytes.get(k + 1) == Some(&b'\\') => return (sequence, k + 2, true),
            0x1B => return (sequence, k, false),
            // C2 is only ever a lead byte, so C2 9C is U+009C itself.
            0xC2 if bytes.get(k + 1) == Some(&0x9C) => return (sequence, k + 2, true),
            _ => k += 1,
        }
    }
    (sequence, k, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sequence at the start of `text`: what it covers, its kind, and whether it ended.
    fn first(text: &str) -> (&str, Sequence, bool) {
        let (range, sequence, complete) = sequence_at(text.as_bytes(), 0);
        (&text[range], sequence, complete)
    }

    #[test]
    fn csi_runs_to_its_final_byte() {
        assert_eq!(first("\x1b[2Jrest"), ("\x1b[2J", Sequence::Csi, true));
        assert_eq!(
            first("\x1b[38;5;196mred"),
            ("\x1b[38;5;196m", Sequence::Csi, true)
        );
        assert_eq!(first("\x1b[?1049hx"), ("\x1b[?1049h", Sequence::Csi, true));
        assert_eq!(
            first("\x1b[ q"),
            ("\x1b[ q", Sequence::Csi, true),
            "an intermediate"
        );
        assert_eq!(
            first("\x1b[31"),
            ("\x1b[31", Sequence::Csi, false),
            "cut off by the end"
        );
        assert_eq!(
            first("\x1b[31é"),
            ("\x1b[31", Sequence::Csi, false),
            "broken off"
        );
    }

    #[test]
    fn osc_runs_to_bel_or_st() {
        assert_eq!(
            first("\x1b]0;pwned\x07Hi"),
            ("\x1b]0;pwned\x07", Sequence::Osc, true)
        );
        let link = "\x1b]8;;https://x.example\x1b\\";
        assert_eq!(first(&format!("{link}text")), (link, Sequence::Osc, true));
        assert_eq!(
            first("\x1b]0;t\u{9c}x"),
            ("\x1b]0;t\u{9c}", Sequence::Osc, true)
        );
        assert_eq!(
            first("\x1b]0;no end"),
            ("\x1b]0;no end", Sequence::Osc, false)
        );
        assert_eq!(
            first("\x1b]0;t\x1b[2J"),
            ("\x1b]0;t", Sequence::Osc, false),
            "ESC cancels"
        );
        assert_eq!(
            first("\x1b]0;é中\x07"),
            ("\x1b]0;é中\x07", Sequence::Osc, true)
        );
    }

    #[test]
    fn the_other_strings_run_to_st_and_not_to_bel() {
        assert_eq!(
            first("\x1bPq#0\x1b\\ok"),
            ("\x1bPq#0\x1b\\", Sequence::Dcs, true)
        );
        assert_eq!(
            first("\x1bXa\x07b\x1b\\"),
            ("\x1bXa\x07b\x1b\\", Sequence::Sos, true)
        );
        assert_eq!(
            first("\x1b^pm\x1b\\"),
            ("\x1b^pm\x1b\\", Sequence::Pm, true)
        );
        assert_eq!(first("\x1b_apc"), ("\x1b_apc", Sequence::Apc, false));
    }

    #[test]
    fn short_sequences_take_intermediates_and_one_final() {
        assert_eq!(first("\x1bcx"), ("\x1bc", Sequence::Short, true));
        assert_eq!(first("\x1b(Bx"), ("\x1b(B", Sequence::Short, true));
        assert_eq!(first("\x1b7x"), ("\x1b7", Sequence::Short, true));
        assert_eq!(first("\x1b("), ("\x1b(", Sequence::Short, false));
    }

    #[test]
    fn an_esc_that_starts_nothing_is_alone() {
        assert_eq!(first("\x1b"), ("\x1b", Sequence::Lone, true));
        assert_eq!(first("\x1bé"), ("\x1b", Sequence::Lone, true));
        assert_eq!(first("\x1b\x1b[m"), ("\x1b", Sequence::Lone, true));
        assert_eq!(first("\x1b\x7f"), ("\x1b", Sequence::Lone, true));
    }
}
