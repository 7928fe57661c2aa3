//! The guided assessment's card: progress, the item in large clear text, and the choices. On a
//! card too short for everything the choices stay, each with its key, and the detail gives way
//! first; whatever is cut ends in an ellipsis.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget};

use crate::action::Action;
use crate::app::App;
use crate::guided::side_order;
use crate::marks::Mark;
use crate::mode::Mode;
use crate::text;

pub struct Card<'a> {
    pub app: &'a App,
}

impl Card<'_> {
    fn block(&self, area: Rect) -> Block<'static> {
        let app = self.app;
        let theme = app.theme();
        // On a small screen the margins go before the card's text does.
        let padding = if area.width < 60 || area.height < 16 {
            Padding::new(1, 1, 0, 0)
        } else {
            Padding::new(2, 2, 1, 0)
        };
        Block::bordered()
            .border_set(app.glyphs().thick)
            .border_style(theme.focused_border)
            .padding(padding)
            .title(Line::styled(" Guided assessment ", theme.focused_border))
            .title_bottom(
                Line::styled(
                    if app.reveal() {
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
    /// line, and a blank when there is room), so that a screen reader reads the item.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        let inner = self.block(area).inner(area);
        if inner.width == 0 || inner.height < 3 {
            return None;
        }
        let title_row = self.lines(inner).map_or(2, |(_, row)| row);
        // The title is centred (this is where ratatui starts a centred line); the line that
        // says every card is answered is not.
        let x = match self.app.guided.current() {
            Some(index) => {
                let title = self.app.deck().item(index).title.to_uppercase();
                (usize::from(inner.width) / 2).saturating_sub(text::width(&title) / 2)
            }
            None => 0,
        };
        Some(Position::new(inner.x + x as u16, inner.y + title_row))
    }
}

/// A card's lines in groups, so that a short card can drop what matters least.
struct Parts {
    progress: Line<'static>,
    title: Line<'static>,
    detail: Vec<Line<'static>>,
    /// Each choice's wrapped lines: a side with its number, or the answer.
    choices: Vec<Vec<Line<'static>>>,
    /// After the choices: the prompt for a side (after a blank), or the roles when revealed.
    tail: Vec<Line<'static>>,
}

impl Parts {
    /// Everything, spaced out as on a card with room to spare.
    fn full(self) -> Vec<Line<'static>> {
        let mut lines = vec![self.progress, Line::raw(""), self.title, Line::raw("")];
        lines.extend(self.detail);
        lines.push(Line::raw(""));
        lines.extend(self.choices.into_iter().flatten());
        lines.extend(self.tail);
        lines
    }

    /// At most `rows` lines. The title and the first line of every choice (with its key) come
    /// first, then the progress, a line of detail, the rest of the choices, the tail and the
    /// rest of the detail; anything cut ends in `ellipsis`, so nothing is cut silently. With the
    /// lines, the title's row (where the cursor goes), known here rather than searched for.
    fn fitted(self, rows: usize, ellipsis: &str) -> (Vec<Line<'static>>, usize) {
        let mut budget = rows;
        let mut take = |want: usize| {
            let got = want.min(budget);
            budget -= got;
            got
        };
        let title = take(1);
        let mut shown: Vec<usize> = self.choices.iter().map(|c| take(c.len().min(1))).collect();
        let progress = take(1);
        let mut detail = take(self.detail.len().min(1));
        // The choices' further lines, one round at a time so that every side gets its share.
        loop {
            let mut grew = false;
            for (count, choice) in shown.iter_mut().zip(&self.choices) {
                if *count < choice.len() && take(1) == 1 {
                    *count += 1;
                    grew = true;
                }
            }
            if !grew {
                break;
            }
        }
        let tail: Vec<Line> = self.tail.into_iter().filter(|l| l.width() > 0).collect();
        let tail_shown = take(tail.len());
        detail += take(self.detail.len() - detail);
        let mut spare = budget;
        // Rows left over space the card out again, the most helpful gaps first.
        let mut gap = |want: bool| {
            let give = want && spare > 0;
            spare -= usize::from(give);
            give.then(|| Line::raw(""))
        };
        let before_choices = gap(true);
        let after_title = gap(title == 1);
        let after_progress = gap(progress == 1);
        let before_tail = gap(tail_shown > 0);
        let title_row = usize::from(progress == 1) + usize::from(after_progress.is_some());
        let mut lines = Vec::new();
        lines.extend((progress == 1).then_some(self.progress));
        lines.extend(after_progress);
        lines.extend((title == 1).then_some(self.title));
        lines.extend(after_title);
        lines.extend(cut(self.detail, detail, ellipsis));
        lines.extend(before_choices);
        for (choice, count) in self.choices.into_iter().zip(shown) {
            lines.extend(cut(choice, count, ellipsis));
        }
        lines.extend(before_tail);
        lines.extend(tail.into_iter().take(tail_shown));
        (lines, title_row)
    }
}

/// The first `count` of `lines`, the last of them ending in `ellipsis` when any were left out.
fn cut(mut lines: Vec<Line<'static>>, count: usize, ellipsis: &str) -> Vec<Line<'static>> {
    let more = lines.len() > count;
    lines.truncate(count);
    if more && let Some(last) = lines.last_mut() {
        last.spans.push(Span::raw(ellipsis.to_string()));
    }
    lines
}

impl Card<'_> {
    /// The lines of the current card inside `inner`, and the row of its title; `None` once
    /// every card is answered.
    fn lines(&self, inner: Rect) -> Option<(Vec<Line<'static>>, u16)> {
        let app = self.app;
        let index = app.guided.current()?;
        let number = (app.guided.position + 1).min(app.guided.order.len());
        let (width, rows) = (usize::from(inner.width), usize::from(inner.height));
        let full = self.parts(index, number, width).full();
        if full.len() <= rows {
            return Some((full, 2));
        }
        // One column less, so that the ellipsis of a cut line fits.
        let ellipsis = app.glyphs().ellipsis;
        let narrower = width.saturating_sub(text::width(ellipsis));
        let (lines, title_row) = self.parts(index, number, narrower).fitted(rows, ellipsis);
        Some((lines, u16::try_from(title_row).unwrap_or(0)))
    }

    /// The card's lines for text wrapped to `width` columns.
    fn parts(&self, index: usize, number: usize, width: usize) -> Parts {
        let app = self.app;
        let theme = app.theme();
        let walk = &app.guided;
        let item = app.deck().item(index);
        let progress = progress_line(number, walk.order.len(), width, app);
        let title = match app.rating_subject() {
            Some(subject) if item.is_difference() => format!(
                "WHICH IS MORE LIKE {}: {}?",
                subject.to_uppercase(),
                item.title.to_uppercase()
            ),
            Some(subject) => format!(
                "DOES {} HAVE THIS: {}?",
                subject.to_uppercase(),
                item.title.to_uppercase()
            ),
            None => item.title.to_uppercase(),
        };
        let title = Line::styled(title, theme.heading).centered();
        let detail = app
            .glyphs()
            .wrap(&item.detail, width)
            .into_iter()
            .map(Line::raw)
            .collect();
        let mark = app.marks().get(index);
        let mut choices = Vec::new();
        let mut tail = Vec::new();
        if item.is_difference() {
            let order = side_order(
                &app.session().assessment,
                index,
                item.sides().len(),
                app.reveal(),
            );
            for (number, &side_index) in order.iter().enumerate() {
                let side = &item.sides()[side_index];
                let chosen = mark == Some(Mark::Lean(side.role));
                let who = if app.reveal() {
                    format!("{}: ", app.deck().roles[side.role].name)
                } else {
                    String::new()
                };
                let key = side_key(app, number + 1).unwrap_or_else(|| "-".into());
                let label = format!("{} {key}  ", if chosen { "[x]" } else { "[ ]" });
                let label_width = text::width(&label);
                let wrapped = app.glyphs().wrap(
                    &format!("{who}{}", side.text),
                    width.saturating_sub(label_width + 1),
                );
                let lines = wrapped.into_iter().enumerate().map(|(n, wrapped)| {
                    let lead = if n == 0 {
                        label.clone()
                    } else {
                        " ".repeat(label_width)
                    };
                    Line::from(vec![Span::styled(lead, theme.key), Span::raw(wrapped)])
                });
                choices.push(lines.collect());
            }
            let none = side_key(app, 0).map_or(String::new(), |key| format!(", {key} for none"));
            tail.push(Line::raw(""));
            tail.push(Line::styled(
                format!("Press the key of the side you lean to{none}."),
                theme.dim,
            ));
        } else {
            let (answer, style) = match (mark, app.rating_subject()) {
                (Some(Mark::Refuse), None) => (
                    "[!] You said you would not do this".to_string(),
                    theme.refused,
                ),
                (Some(_), None) => ("[x] You said you have this".to_string(), theme.mark),
                (None, None) => ("[ ] Not marked as yours".to_string(), theme.dim),
                (Some(Mark::Refuse), Some(who)) => (
                    format!("[!] You said {who} would not do this"),
                    theme.refused,
                ),
                (Some(_), Some(who)) => (format!("[x] You said {who} has this"), theme.mark),
                (None, Some(who)) => (format!("[ ] Not marked for {who}"), theme.dim),
            };
            choices.push(vec![Line::styled(answer, style)]);
            if app.reveal() {
                let roles: Vec<&str> = item
                    .roles()
                    .map(|r| app.deck().roles[r].name.as_str())
                    .collect();
                tail.push(Line::styled(
                    format!("Counts for: {}", roles.join(", ")),
                    theme.dim,
                ));
            }
        }
        Parts {
            progress,
            title,
            detail,
            choices,
            tail,
        }
    }
}

impl Widget for Card<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let walk = &app.guided;
        let total = walk.order.len();
        let number = (walk.position + 1).min(total);
        let block = self.block(area);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let width = usize::from(inner.width);
        if walk.current().is_none() {
            let lines = vec![
                progress_line(number, total, width, app),
                Line::raw(""),
                Line::raw("Every card is answered."),
            ];
            Paragraph::new(lines).render(inner, buf);
            return;
        };
        if let Some((lines, _)) = self.lines(inner) {
            Paragraph::new(lines).render(inner, buf);
        }
    }
}

/// The first key that leans to side `number` (0: no lean), as the user's keymap has it.
fn side_key(app: &App, number: usize) -> Option<String> {
    let number = u8::try_from(number).ok()?;
    app.keymap()
        .label(Mode::Assess, &Action::PickSide(number), app.glyphs().ascii)
}

/// `Card 3 of 40  ████░░░░░░`
fn progress_line(number: usize, total: usize, width: usize, app: &App) -> Line<'static> {
    let label = format!("Card {number} of {total}  ");
    let bar = width.saturating_sub(text::width(&label));
    let filled = (bar * number).checked_div(total).unwrap_or(0);
    let (full, empty) = app.glyphs().bar(filled, bar);
    Line::from(vec![
        Span::styled(label, app.theme().title),
        Span::styled(full, app.theme().mark),
        Span::styled(empty, app.theme().dim),
    ])
}
