//! The footer: key hints for the current mode, generated from the keymap, or a status message.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::action::Action;
use crate::app::App;
use crate::mode::Mode;
use crate::text;

/// Hints that stay when the footer is too narrow for all: how to get help and how to leave.
const ESSENTIAL: [&str; 2] = ["help", "quit"];
const GAP: &str = "  ";

/// Which hints fit in `width` columns: the essential ones first, then the others in table order.
fn fitting(hints: &[(String, &'static str)], width: usize) -> Vec<bool> {
    let essential = |word: &str| ESSENTIAL.contains(&word);
    let order = (0..hints.len())
        .filter(|&i| essential(hints[i].1))
        .chain((0..hints.len()).filter(|&i| !essential(hints[i].1)));
    let mut shown = vec![false; hints.len()];
    let mut used = 0;
    for index in order {
        let (keys, word) = &hints[index];
        let gap = if used == 0 { 0 } else { GAP.len() };
        let need = gap + text::width(keys) + 1 + text::width(word);
        if used + need <= width {
            shown[index] = true;
            used += need;
        }
    }
    shown
}

/// The hints of the current mode. A card of the guided assessment offers only the answers it
/// takes: on a difference, the keys of the sides it has (`1/2 side`); on a duty or skill, y, n
/// and x.
fn hints(app: &App) -> Vec<(String, &'static str)> {
    let ascii = app.glyphs().ascii;
    let card = app
        .guided()
        .current()
        .filter(|_| app.mode() == Mode::Assess);
    let Some(item) = card else {
        return app.keymap().hints(app.mode(), ascii);
    };
    let sides = app.deck().item(item).sides().len();
    app.keymap()
        .hints_for(Mode::Assess, ascii, |action| match action {
            Action::PickSide(0) => sides > 0,
            Action::PickSide(n) => usize::from(*n) <= sides,
            Action::AnswerHave | Action::AnswerNotHave | Action::AnswerRefuse => sides == 0,
            _ => true,
        })
}

pub struct Footer<'a> {
    pub app: &'a App,
}

impl Widget for Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.theme();
        let width = usize::from(area.width);
        if let Some(status) = &app.status {
            Line::styled(app.glyphs().truncate(status, width), theme.title).render(area, buf);
            return;
        }
        let hints = hints(app);
        let shown = fitting(&hints, width);
        let mut spans: Vec<Span> = Vec::new();
        for ((keys, word), _) in hints.into_iter().zip(shown).filter(|(_, shown)| *shown) {
            if !spans.is_empty() {
                spans.push(Span::raw(GAP));
            }
            spans.push(Span::styled(keys, theme.key));
            spans.push(Span::raw(format!(" {word}")));
        }
        Line::from(spans).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint(keys: &str, word: &'static str) -> (String, &'static str) {
        (keys.to_string(), word)
    }

    #[test]
    fn help_and_quit_stay_when_the_others_do_not_fit() {
        let hints = [
            hint("↑/↓", "move"),
            hint("Tab", "pane"),
            hint("?", "help"),
            hint("q", "quit"),
        ];
        assert_eq!(fitting(&hints, 100), vec![true, true, true, true]);
        // "? help  q quit" takes 14 columns; "↑/↓ move" needs 10 more with its gap.
        assert_eq!(fitting(&hints, 20), vec![false, false, true, true]);
        assert_eq!(fitting(&hints, 24), vec![true, false, true, true]);
        assert_eq!(fitting(&hints, 3), vec![false; 4]);
    }
}
