//! Cleaning text from a deck, session, config or peer file once, where it is loaded, so that no
//! output path can carry a terminal control, an escape sequence or a bidi trick.
//!
//! Why at the boundary and not in the widgets: television (PR 1125) and syswatch (issue 21)
//! found that ratatui's `Span` path passes ESC through to the terminal, and that text printed
//! outside the TUI (the CLI's tables and JSON, error messages, exported Markdown) never meets a
//! widget at all. A string cleaned when it is loaded is safe on every one of those paths, and a
//! new output cannot forget to escape it.
//!
//! The rule (issue 13):
//! - Line breaks (LF, CR, CR LF, VT, FF, U+0085 NEL, U+2028, U+2029) and tabs become one space
//!   each, so a title stays on its row of the `list` table. CR LF is one line break.
//! - Every other C0 control, DEL and C1 control (U+0080–U+009F) is removed. A C1 control goes
//!   alone, even the one-character CSI U+009B: what follows it is plain text once it is gone.
//! - An escape sequence is removed whole (CSI, OSC, DCS, SOS, PM, APC and two-character `ESC x`,
//!   delimited as ECMA-48 and xterm do: see `escape.rs`); one with no end runs to the end of the
//!   text, and an ESC that starts none goes alone.
//! - The bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 are removed.
//!   The marks U+200E, U+200F and U+061C stay: right-to-left text needs them, and they cannot
//!   reorder a run of text the way an override can.
//! - The zero-width characters U+200B, U+200C, U+2060, U+FEFF and U+180E are removed, and so is
//!   U+200D (ZWJ) unless it joins two emoji: the character after it and the one before it
//!   (past skin tones and VS-16) are Extended_Pictographic, Unicode's own test (see `emoji.rs`).
//!   Persian and some Indic words use ZWNJ and ZWJ between letters; the issue accepts that such a
//!   word then shows its letters joined, or in another form, for the sake of one simple rule.
//! - Everything else passes unchanged: letters of every script, combining marks, wide
//!   characters, emoji, variation selectors.

use std::borrow::Cow;
use std::ops::Range;

use super::emoji::joins_emoji;
use super::escape::sequence_at;
pub use super::finding::{Finding, Kind, Sequence, findings};

/// The text with everything the rule names removed or replaced by a space. Borrowed, with no
/// allocation, when there is nothing to change, which is nearly always. Never longer than
/// `text`, so a cleaned string fits where the original was.
pub fn clean(text: &str) -> Cow<'_, str> {
    // Most texts are printable ASCII: a test the compiler turns into wide comparisons settles
    // them without the byte-by-byte scan (loading the 100,000-item deck: 135 -> 128 ms).
    if text.bytes().all(|byte| (0x20..0x7F).contains(&byte)) {
        return Cow::Borrowed(text);
    }
    let mut offences = offences(text);
    let Some(first) = offences.next() else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, kind) in std::iter::once(first).chain(offences) {
        out.push_str(&text[at..range.start]);
        if kind.becomes_space() {
            out.push(' ');
        }
        at = range.end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// [`clean`] for a string already owned, as serde hands them over: the same string back, not a
/// copy, when there is nothing to change.
pub fn clean_owned(text: String) -> String {
    match clean(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(cleaned) => cleaned,
    }
}

/// Whether [`clean`] would leave `text` as it is.
pub fn is_clean(text: &str) -> bool {
    offences(text).next().is_none()
}

/// The byte range and kind of each thing [`clean`] removes or replaces, in order.
pub(super) fn offences(text: &str) -> Offences<'_> {
    Offences { text, at: 0 }
}

/// The iterator [`offences`] returns: `at` is where its scan resumes.
pub(super) struct Offences<'a> {
    text: &'a str,
    at: usize,
}

impl Iterator for Offences<'_> {
    type Item = (Range<usize>, Kind);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        while let Some(&byte) = bytes.get(i) {
            let found = if byte < 0x80 {
                if (0x20..0x7F).contains(&byte) {
                    i += 1;
                    continue;
                }
                ascii(bytes, i)
            } else {
                let width = match byte {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                // Only four lead bytes start a character the rule names: C2 (U+0080–U+00BF), E1
                // (U+1000–U+1FFF), E2 (U+2000–U+2FFF) and EF (U+F000–U+FFFF). Every other
                // character is skipped on its first byte, so the common case is a byte loop.
                let kind = match byte {
                    0xC2 | 0xE1 | 0xE2 | 0xEF => self.text[i..]
                        .chars()
                        .next()
                        .and_then(|c| non_ascii(self.text, i, c)),
                    _ => None,
                };
                match kind {
                    Some(kind) => (i..i + width, kind),
                    None => {
                        i += width;
                        continue;
                    }
                }
            };
            self.at = found.0.end;
            return Some(found);
        }
        self.at = bytes.len();
        None
    }
}

/// What the ASCII control `bytes[i]` starts.
fn ascii(bytes: &[u8], i: usize) -> (Range<usize>, Kind) {
    let byte = bytes[i];
    match byte {
        b'\t' => (i..i + 1, Kind::Tab),
        b'\r' if bytes.get(i + 1) == Some(&b'\n') => (i..i + 2, Kind::CrLf),
        b'\n' | b'\r' | 0x0B | 0x0C => (i..i + 1, Kind::LineBreak(char::from(byte))),
        0x1B => {
            let (range, sequence, complete) = sequence_at(bytes, i);
            (range, Kind::Escape { sequence, complete })
        }
        _ => (i..i + 1, Kind::Control(char::from(byte))),
    }
}

/// The kind of the non-ASCII character `c` at byte `i`, when the rule names it.
fn non_ascii(text: &str, i: usize, c: char) -> Option<Kind> {
    Some(match c {
        '\u{85}' | '\u{2028}' | '\u{2029}' => Kind::LineBreak(c),
        '\u{80}'..='\u{9F}' => Kind::Control(c),
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Kind::Bidi(c),
        '\u{200B}' | '\u{200C}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}' => Kind::ZeroWidth(c),
        '\u{200D}' if !joins_emoji(&text[..i], &text[i + c.len_utf8()..]) => Kind::ZeroWidth(c),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whether `c` may never appear in cleaned text, written out apart from the code above.
    fn banned(c: char) -> bool {
        let n = u32::from(c);
        n < 0x20
            || (0x7F..=0x9F).contains(&n)
            || (0x202A..=0x202E).contains(&n)
            || (0x2066..=0x2069).contains(&n)
            || [0x200B, 0x200C, 0x2060, 0xFEFF, 0x180E, 0x2028, 0x2029].contains(&n)
    }

    #[test]
    fn the_issues_example_leaves_only_hello() {
        assert_eq!(clean("\u{1b}]0;pwned\u{7}\u{1b}[2JHello"), "Hello");
    }

    #[test]
    fn escape_sequences_go_whole() {
        for (dirty, wanted) in [
            ("\x1b[31mred\x1b[0m", "red"),
            (
                "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\",
                "link",
            ),
            ("\x1b]52;c;aGk=\x07copied", "copied"),
            ("\x1bPq#0;2;0;0;0\x1b\\ok", "ok"),
            ("a\x1b]0;runs to the end", "a"),
            ("\x1b(Bplain\x1bc", "plain"),
            ("end\x1b", "end"),
            ("\x1bé", "é"),
        ] {
            assert_eq!(clean(dirty), wanted, "{dirty:?}");
        }
    }

    #[test]
    fn line_breaks_and_tabs_become_one_space_each() {
        let dirty = "a\tb\nc\r\nd\re\u{b}f\u{c}g\u{85}h\u{2028}i\u{2029}j";
        assert_eq!(clean(dirty), "a b c d e f g h i j");
        assert_eq!(clean("two\n\nbreaks"), "two  breaks");
    }

    #[test]
    fn other_controls_go_and_c1_goes_alone() {
        assert_eq!(clean("a\0b\x07c\x7fd\u{80}e\u{9f}f\x08g"), "abcdefg");
        assert_eq!(clean("\u{9b}31mred"), "31mred");
    }

    #[test]
    fn bidi_controls_and_zero_width_characters_go() {
        // The Trojan Source trick (CVE-2021-42574): an override and isolates inside a word.
        assert_eq!(
            clean("access\u{202E}\u{2066}level\u{2069}\u{2066}"),
            "accesslevel"
        );
        let all: String = ('\u{202A}'..='\u{202E}')
            .chain('\u{2066}'..='\u{2069}')
            .collect();
        assert_eq!(clean(&format!("x{all}y")), "xy");
        assert_eq!(
            clean("a\u{200B}b\u{200C}c\u{2060}d\u{FEFF}e\u{180E}f"),
            "abcdef"
        );
        assert_eq!(
            clean("\u{200E}שלום\u{200F}"),
            "\u{200E}שלום\u{200F}",
            "marks stay"
        );
    }

    #[test]
    fn a_zwj_stays_inside_emoji_only() {
        for emoji in [
            "👩\u{200D}💻",
            "👨\u{200D}👩\u{200D}👧",
            "🏳\u{FE0F}\u{200D}🌈",
            "👩\u{1F3FD}\u{200D}💻",
            "❤\u{FE0F}\u{200D}🔥",
        ] {
            assert!(matches!(clean(emoji), Cow::Borrowed(_)), "{emoji}");
        }
        assert_eq!(clean("a\u{200D}b"), "ab");
        assert_eq!(clean("👩\u{200D}b"), "👩b");
        assert_eq!(clean("\u{200D}💻"), "💻");
        assert_eq!(
            clean("👩\u{200D}\u{200D}💻"),
            "👩💻",
            "a doubled joiner joins nothing"
        );
    }

    #[test]
    fn printable_text_of_every_script_comes_back_borrowed() {
        let text = "Régie — 導演 · مخرج · निर्देशक · 감독 · e\u{301} · 🎬 · ｗｉｄｅ · ~!@#$%^&*()";
        assert!(matches!(clean(text), Cow::Borrowed(t) if t == text));
        assert!(is_clean(text) && findings(text).is_empty());
    }

    #[test]
    fn an_owned_clean_string_comes_back_without_a_copy() {
        let text = String::from("clean");
        let address = text.as_ptr();
        let cleaned = clean_owned(text);
        assert_eq!(cleaned.as_ptr(), address);
        assert_eq!(clean_owned("a\nb".to_string()), "a b");
    }

    /// Characters that exercise every branch, and now and then any character at all.
    fn tricky_text() -> impl Strategy<Value = String> {
        let tricky = prop::sample::select(vec![
            'a',
            ' ',
            'é',
            '中',
            '\u{301}',
            '[',
            ']',
            '\\',
            ';',
            '0',
            'm',
            'P',
            'X',
            '^',
            '_',
            '(',
            'B',
            '\x1b',
            '\x07',
            '\n',
            '\r',
            '\t',
            '\0',
            '\x7f',
            '\u{85}',
            '\u{9b}',
            '\u{9c}',
            '\u{200b}',
            '\u{200d}',
            '\u{fe0f}',
            '\u{1f3fd}',
            '👩',
            '💻',
            '❤',
            '\u{202e}',
            '\u{2066}',
            '\u{feff}',
            '\u{2028}',
            '\u{180e}',
        ]);
        let chars = prop_oneof![4 => tricky, 1 => any::<char>()];
        prop::collection::vec(chars, 0..40).prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn cleaned_text_holds_nothing_the_rule_names(text in tricky_text()) {
            let cleaned = clean(&text);
            let chars: Vec<char> = cleaned.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                prop_assert!(!banned(c), "{:?} in {:?}", c, cleaned);
                if c == '\u{200D}' {
                    let before: String = chars[..i].iter().collect();
                    let after: String = chars[i + 1..].iter().collect();
                    prop_assert!(joins_emoji(&before, &after), "{:?}", cleaned);
                }
            }
        }

        #[test]
        fn cleaned_text_is_never_longer(text in tricky_text()) {
            prop_assert!(clean(&text).len() <= text.len());
        }

        #[test]
        fn cleaning_twice_changes_nothing_more(text in tricky_text()) {
            let once = clean(&text).into_owned();
            prop_assert!(matches!(clean(&once), Cow::Borrowed(_)), "{:?} -> {:?}", text, once);
        }

        #[test]
        fn findings_are_empty_exactly_when_clean_borrows(text in tricky_text()) {
            let cleaned = clean(&text);
            prop_assert_eq!(findings(&text).is_empty(), matches!(cleaned, Cow::Borrowed(_)));
            prop_assert_eq!(is_clean(&text), matches!(cleaned, Cow::Borrowed(_)));
            if let Cow::Borrowed(same) = cleaned {
                prop_assert_eq!(same, text.as_str());
            }
        }

        #[test]
        fn findings_account_for_every_character_clean_drops(text in tricky_text()) {
            let found = findings(&text);
            let chars: Vec<char> = text.chars().collect();
            let dropped: usize = found.iter().map(|f| f.chars).sum();
            let spaces = found.iter().filter(|f| f.kind.becomes_space()).count();
            prop_assert_eq!(clean(&text).chars().count(), chars.len() - dropped + spaces);
            for finding in &found {
                let first = chars[finding.column - 1];
                let expected = match finding.kind {
                    Kind::LineBreak(c) | Kind::Control(c) | Kind::Bidi(c) | Kind::ZeroWidth(c) => c,
                    Kind::CrLf => '\r',
                    Kind::Tab => '\t',
                    Kind::Escape { .. } => '\x1b',
                };
                prop_assert_eq!(first, expected, "{:?}", finding);
            }
        }

        #[test]
        fn without_esc_or_zwj_clean_is_a_map_of_single_characters(text in tricky_text()) {
            let text = text.replace(['\x1b', '\u{200d}'], "");
            let model: String = text
                .replace("\r\n", "\n")
                .chars()
                .filter_map(|c| match c {
                    '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\u{85}' | '\u{2028}' | '\u{2029}' => Some(' '),
                    c if banned(c) => None,
                    c => Some(c),
                })
                .collect();
            prop_assert_eq!(clean(&text), model);
        }

        #[test]
        fn text_with_nothing_to_clean_comes_back_borrowed(
            text in prop::collection::vec(
                any::<char>().prop_filter("clean", |&c| !banned(c) && c != '\u{200D}'),
                0..40,
            ).prop_map(|chars| chars.into_iter().collect::<String>())
        ) {
            prop_assert!(matches!(clean(&text), Cow::Borrowed(same) if same == text));
        }
    }
}
