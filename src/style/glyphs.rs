//! Every symbol the screen draws that is not words: borders, gauge cells, the focus marker, the
//! lean arrow, separators and the ellipsis; in Unicode, or in plain ASCII (`--ascii`) for fonts
//! and terminals that lack box drawing and arrows.

use ratatui::symbols::border;

use crate::text;

/// Plain borders, for panes that are not focused.
const ASCII_PLAIN: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// Heavy borders (the focused pane, the card, the result) and dialogs: `=` instead of `-`.
const ASCII_HEAVY: border::Set<'static> = border::Set {
    horizontal_top: "=",
    horizontal_bottom: "=",
    ..ASCII_PLAIN
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glyphs {
    /// Whether everything drawn is ASCII; key names are spelt out too (`Up`, not `↑`).
    pub ascii: bool,
    pub plain: border::Set<'static>,
    pub thick: border::Set<'static>,
    pub double: border::Set<'static>,
    /// A filled and an empty cell of a gauge.
    pub filled: &'static str,
    pub empty: &'static str,
    /// Ends text cut short.
    pub ellipsis: &'static str,
    /// Before the focused pane's title (with its space).
    pub focus: &'static str,
    /// Before the role a difference leans to: `→Pro`.
    pub lean: &'static str,
    /// Between a figure now and what it would be in a what-if: `42%→55%`.
    pub becomes: &'static str,
    /// Between the parts of a title: ` · `.
    pub separator: &'static str,
}

impl Glyphs {
    pub fn new(ascii: bool) -> Glyphs {
        if ascii {
            Glyphs {
                ascii,
                plain: ASCII_PLAIN,
                thick: ASCII_HEAVY,
                double: ASCII_HEAVY,
                filled: "#",
                empty: "-",
                ellipsis: "...",
                focus: "> ",
                lean: ">",
                becomes: "->",
                separator: " - ",
            }
        } else {
            Glyphs {
                ascii,
                plain: border::PLAIN,
                thick: border::THICK,
                double: border::DOUBLE,
                filled: "█",
                empty: "░",
                ellipsis: "…",
                focus: "▶ ",
                lean: "→",
                becomes: "→",
                separator: " · ",
            }
        }
    }

    /// `text` cut to `max` columns with this set's ellipsis.
    pub fn truncate(&self, text: &str, max: usize) -> String {
        text::truncate(text, max, self.ellipsis)
    }

    /// `text` wrapped to `max` columns; over-long words end in this set's ellipsis.
    pub fn wrap(&self, text: &str, max: usize) -> Vec<String> {
        text::wrap(text, max, self.ellipsis)
    }

    /// A gauge of `width` cells with `filled` of them filled, as (filled, empty) strings.
    pub fn bar(&self, filled: usize, width: usize) -> (String, String) {
        let filled = filled.min(width);
        (
            self.filled.repeat(filled),
            self.empty.repeat(width - filled),
        )
    }
}

impl Default for Glyphs {
    fn default() -> Glyphs {
        Glyphs::new(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_set_is_ascii() {
        let glyphs = Glyphs::new(true);
        let border_text = |set: border::Set| {
            [
                set.top_left,
                set.top_right,
                set.bottom_left,
                set.bottom_right,
                set.vertical_left,
                set.vertical_right,
                set.horizontal_top,
                set.horizontal_bottom,
            ]
            .concat()
        };
        let all = [
            border_text(glyphs.plain),
            border_text(glyphs.thick),
            border_text(glyphs.double),
            glyphs.filled.into(),
            glyphs.empty.into(),
            glyphs.ellipsis.into(),
            glyphs.focus.into(),
            glyphs.lean.into(),
            glyphs.separator.into(),
        ]
        .concat();
        assert!(all.is_ascii(), "{all}");
    }

    #[test]
    fn focus_stays_visible_without_colour_in_both_sets() {
        for ascii in [false, true] {
            let glyphs = Glyphs::new(ascii);
            assert_ne!(glyphs.thick, glyphs.plain, "the focused border differs");
            assert!(!glyphs.focus.trim().is_empty());
        }
    }
}
