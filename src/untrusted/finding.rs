//! Describing what cleaning removes or replaces, with its place, so that `rolefit check` can warn
//! about each one ("title of `x`: a bidi override (U+202E) at character 5").

use std::fmt;

pub use super::escape::Sequence;
use super::text::offences;

/// Each thing [`clean`](super::text::clean) removes or replaces in `text`, in order, with its place, for `rolefit
/// check`'s warnings. Empty exactly when `clean` borrows.
pub fn findings(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut at = 0;
    let mut column = 1;
    for (range, kind) in offences(text) {
        column += text[at..range.start].chars().count();
        let chars = text[range.clone()].chars().count();
        found.push(Finding {
            column,
            chars,
            kind,
        });
        column += chars;
        at = range.end;
    }
    found
}

/// One thing [`clean`](super::text::clean) removes or replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    /// Where it starts: a 1-based count of characters (not bytes) in the text.
    pub column: usize,
    /// How many characters it covers: 1, or more for CR LF and escape sequences.
    pub chars: usize,
    pub kind: Kind,
}

impl fmt::Display for Finding {
    /// `a bidi override (U+202E) at character 5`, to follow "title of `x`: ".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at character {}", self.kind, self.column)
    }
}

/// What a [`Finding`] is, and so whether it became a space or went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// LF, CR, VT, FF, NEL, U+2028 or U+2029: replaced by a space.
    LineBreak(char),
    /// CR followed by LF: replaced by one space.
    CrLf,
    /// A tab: replaced by a space.
    Tab,
    /// Any other C0 control, DEL, or a C1 control: removed.
    Control(char),
    /// An escape sequence, or an ESC that starts none: removed whole.
    Escape {
        sequence: Sequence,
        /// False when the text, or another ESC, ended it before its final byte or terminator.
        complete: bool,
    },
    /// A bidi embedding, override, isolate or pop (U+202A–U+202E, U+2066–U+2069): removed.
    Bidi(char),
    /// U+200B, U+200C, U+2060, U+FEFF, U+180E, or a ZWJ that joins no emoji: removed.
    ZeroWidth(char),
}

impl Kind {
    /// Whether cleaning puts a space in its place (a line break or a tab) rather than nothing.
    pub fn becomes_space(self) -> bool {
        matches!(self, Kind::LineBreak(_) | Kind::CrLf | Kind::Tab)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = |c: char| format!("U+{:04X}", u32::from(c));
        match *self {
            Kind::LineBreak(c) => write!(f, "a line break ({})", code(c)),
            Kind::CrLf => write!(f, "a line break (U+000D U+000A)"),
            Kind::Tab => write!(f, "a tab (U+0009)"),
            Kind::Control(c) => write!(f, "a control character ({})", code(c)),
            Kind::Escape {
                sequence: Sequence::Lone,
                ..
            } => write!(f, "an escape character (U+001B)"),
            Kind::Escape { sequence, complete } => {
                let what = if complete {
                    "an escape sequence"
                } else {
                    "an unterminated escape sequence"
                };
                match sequence.name() {
                    Some((name, after)) => write!(f, "{what} ({name}: U+001B {after} …)"),
                    None => write!(f, "{what} (U+001B …)"),
                }
            }
            Kind::Bidi(c) => {
                let what = match c {
                    '\u{202A}' | '\u{202B}' => "embedding",
                    '\u{202D}' | '\u{202E}' => "override",
                    '\u{2066}'..='\u{2068}' => "isolate",
                    _ => "pop",
                };
                write!(f, "a bidi {what} ({})", code(c))
            }
            Kind::ZeroWidth('\u{200D}') => {
                write!(f, "a zero-width joiner outside an emoji (U+200D)")
            }
            Kind::ZeroWidth(c) => write!(f, "a zero-width character ({})", code(c)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_name_each_character_and_its_place() {
        assert_eq!(
            findings("ab\u{202E}c")
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["a bidi override (U+202E) at character 3"]
        );
        let osc = Kind::Escape {
            sequence: Sequence::Osc,
            complete: true,
        };
        let csi = Kind::Escape {
            sequence: Sequence::Csi,
            complete: true,
        };
        assert_eq!(
            findings("\u{1b}]0;pwned\u{7}\u{1b}[2JHello"),
            [
                Finding {
                    column: 1,
                    chars: 10,
                    kind: osc
                },
                Finding {
                    column: 11,
                    chars: 4,
                    kind: csi
                },
            ]
        );
        // Columns count characters, not bytes.
        assert_eq!(
            findings("中文\r\nx")[0],
            Finding {
                column: 3,
                chars: 2,
                kind: Kind::CrLf
            }
        );
    }

    #[test]
    fn kinds_read_as_a_person_would_say_them() {
        let said = |text: &str| findings(text)[0].kind.to_string();
        assert_eq!(said("\u{7}"), "a control character (U+0007)");
        assert_eq!(said("\n"), "a line break (U+000A)");
        assert_eq!(said("\u{2028}"), "a line break (U+2028)");
        assert_eq!(said("\t"), "a tab (U+0009)");
        assert_eq!(said("\x1b[2J"), "an escape sequence (CSI: U+001B [ …)");
        assert_eq!(
            said("\x1b]0;t"),
            "an unterminated escape sequence (OSC: U+001B ] …)"
        );
        assert_eq!(said("\x1bc"), "an escape sequence (U+001B …)");
        assert_eq!(said("\x1b"), "an escape character (U+001B)");
        assert_eq!(said("\u{2067}"), "a bidi isolate (U+2067)");
        assert_eq!(said("\u{202C}"), "a bidi pop (U+202C)");
        assert_eq!(said("\u{200B}"), "a zero-width character (U+200B)");
        assert_eq!(
            said("a\u{200D}"),
            "a zero-width joiner outside an emoji (U+200D)"
        );
    }
}
