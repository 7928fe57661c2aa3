//! The guided assessment's card: progress, the item in large clear text, and the choices.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget};

use super::text;
use crate::action::Action;
use crate::app::{App, Mode};
use crate::guided::side_order;
use crate::marks::Mark;

pub struct Card<'a> {
    pub app: &'a App,
}

impl Card<'_> {
    fn block(&self) -> Block<'static> {
        let app = self.app;
        let theme = &app.theme;
        Block::bordered()
            .border_set(app.glyphs.thick)
            .border_style(theme.focused_border)
            .padding(Padding::new(2, 2, 1, 0))
            .title(Line::styled(" Guided assessment ", theme.focused_border))
            .title_bottom(
                Line::styled(
                    if app.reveal {
                        " roles shown "
                    } else {
                        " blind: roles hidden "
                    },
                    theme.dim,
                )
                .right_aligned(),
            )
    }

    /// Where the hardware cursor goes: the first letter of the card's title (below the progress
    /// line and a blank), so that a screen reader reads the item.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        let inner = self.block().inner(area);
        if inner.width == 0 || inner.height < 3 {
            return None;
        }
        // The title is centred (this is where ratatui starts a centred line); the line that
        // says every card is answered is not.
        let x = match self.app.guided.current() {
            Some(index) => {
                let title = self.app.deck.item(index).title.to_uppercase();
                (usize::from(inner.width) / 2).saturating_sub(text::width(&title) / 2)
            }
            None => 0,
        };
        Some(Position::new(inner.x + x as u16, inner.y + 2))
    }
}

impl Widget for Card<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let walk = &app.guided;
        let total = walk.order.len();
        let number = (walk.position + 1).min(total);
        let block = self.block();
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let width = usize::from(inner.width);
        let mut lines = vec![progress_line(number, total, width, app), Line::raw("")];
        let Some(index) = walk.current() else {
            lines.push(Line::raw("Every card is answered."));
            Paragraph::new(lines).render(inner, buf);
            return;
        };
        let item = app.deck.item(index);
        lines.push(Line::styled(item.title.to_uppercase(), theme.heading).centered());
        lines.push(Line::raw(""));
        for line in app.glyphs.wrap(item.detail, width) {
            lines.push(Line::raw(line));
        }
        lines.push(Line::raw(""));
        let mark = app.marks.get(index);
        if item.is_difference() {
            let order = side_order(
                &app.session.assessment,
                index,
                item.sides().len(),
                app.reveal,
            );
            for (number, &side_index) in order.iter().enumerate() {
                let side = &item.sides()[side_index];
                let chosen = mark == Some(Mark::Lean(side.role));
                let who = if app.reveal {
                    format!("{}: ", app.deck.roles[side.role].name)
                } else {
                    String::new()
                };
                let key = side_key(app, number + 1).unwrap_or_else(|| "-".into());
                let label = format!("{} {key}  ", if chosen { "[x]" } else { "[ ]" });
                let label_width = text::width(&label);
                for (n, wrapped) in app
                    .glyphs
                    .wrap(
                        &format!("{who}{}", side.text),
                        width.saturating_sub(label_width + 1),
                    )
                    .into_iter()
                    .enumerate()
                {
                    let lead = if n == 0 {
                        label.clone()
                    } else {
                        " ".repeat(label_width)
                    };
                    lines.push(Line::from(vec![
                        Span::styled(lead, theme.key),
                        Span::raw(wrapped),
                    ]));
                }
            }
            lines.push(Line::raw(""));
            let none = side_key(app, 0).map_or(String::new(), |key| format!(", {key} for none"));
            lines.push(Line::styled(
                format!("Press the key of the side you lean to{none}."),
                theme.dim,
            ));
        } else {
            let answer = match mark {
                Some(_) => "[x] You said you have this",
                None => "[ ] Not marked as yours",
            };
            lines.push(Line::styled(
                answer,
                if mark.is_some() {
                    theme.mark
                } else {
                    theme.dim
                },
            ));
            if app.reveal {
                let roles: Vec<&str> = item
                    .roles()
                    .map(|r| app.deck.roles[r].name.as_str())
                    .collect();
                lines.push(Line::styled(
                    format!("Counts for: {}", roles.join(", ")),
                    theme.dim,
                ));
            }
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

/// The first key that leans to side `number` (0: no lean), as the user's keymap has it.
fn side_key(app: &App, number: usize) -> Option<String> {
    let number = u8::try_from(number).ok()?;
    app.keymap
        .label(Mode::Assess, &Action::PickSide(number), app.glyphs.ascii)
}

/// `Card 3 of 40  ████░░░░░░`
fn progress_line(number: usize, total: usize, width: usize, app: &App) -> Line<'static> {
    let label = format!("Card {number} of {total}  ");
    let bar = width.saturating_sub(text::width(&label));
    let filled = (bar * number).checked_div(total).unwrap_or(0);
    let (full, empty) = app.glyphs.bar(filled, bar);
    Line::from(vec![
        Span::styled(label, app.theme.title),
        Span::styled(full, app.theme.mark),
        Span::styled(empty, app.theme.dim),
    ])
}
