//! One pane's list: a mark glyph, the title (matches highlighted) and role tags per row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::app::App;
use crate::deck::{ItemIndex, Pane};
use crate::layout::GLYPH_WIDTH;
use crate::text;

/// Titles keep at least this many columns before role tags are dropped.
const MIN_TITLE_WIDTH: usize = 10;

pub struct PaneList<'a> {
    pub app: &'a App,
    pub pane: Pane,
}

impl Widget for PaneList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let view = app.pane(self.pane);
        let focused = app.focus == self.pane;
        let theme = app.theme();
        let title_room = usize::from(area.width.saturating_sub(2));
        let block = Block::bordered()
            .title(pane_title(app, self.pane, focused, title_room))
            .border_set(if focused {
                app.glyphs().thick
            } else {
                app.glyphs().plain
            })
            .border_style(if focused {
                theme.focused_border
            } else {
                theme.border
            });
        let block = match view.rows.len() {
            0 => block,
            rows => block.title_bottom(
                Line::from(format!(" {}/{rows} ", view.selected + 1)).right_aligned(),
            ),
        };
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        if view.rows.is_empty() {
            let message = if app.is_filtered() {
                "no matches"
            } else if app.only_marked {
                "nothing marked yet"
            } else {
                "no items"
            };
            Line::styled(
                app.glyphs().truncate(message, inner.width.into()),
                theme.dim,
            )
            .centered()
            .render(Rect { height: 1, ..inner }, buf);
            return;
        }
        let visible = view.rows.iter().skip(view.offset).take(inner.height.into());
        for (line, &item) in visible.enumerate() {
            let y = inner.y + line as u16;
            let row = Rect::new(inner.x, y, inner.width, 1);
            render_row(app, item, row, buf);
            if focused && view.offset + line == view.selected {
                buf.set_style(row, theme.selected);
            }
        }
    }
}

/// `▶ Duties 3/15 marked · 7 matches`: the arrow marks focus without relying on colour. Cut to
/// `room` columns with an ellipsis.
fn pane_title(app: &App, pane: Pane, focused: bool, room: usize) -> Line<'static> {
    let (marked, total) = app.marked_count(pane);
    let sep = app.glyphs().separator;
    let mut title = format!(
        "{}{} {marked}/{total} marked",
        if focused { app.glyphs().focus } else { " " },
        pane.title()
    );
    if app.is_filtered() {
        let matches = app.pane(pane).rows.len();
        title.push_str(&format!(
            "{sep}{matches} {}",
            plural(matches, "match", "matches")
        ));
    }
    let refused = app.refused_count(pane);
    if refused > 0 {
        title.push_str(&format!("{sep}{refused} refused"));
    }
    if app.only_marked {
        title.push_str(&format!("{sep}marked only"));
    }
    title.push(' ');
    let style = if focused {
        app.theme().focused_border
    } else {
        app.theme().title
    };
    Line::styled(app.glyphs().truncate(&title, room), style)
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

fn render_row(app: &App, item_index: ItemIndex, row: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let item = app.deck().item(item_index);
    let width = usize::from(row.width);
    let marked = app.marks().is_marked(item_index);
    let refused = app.marks().is_refused(item_index);
    // `[!]` in Unicode and ASCII alike: it reads as "not this" without colour.
    let (glyph, glyph_style) = match (marked, refused) {
        (true, _) => ("[x] ", theme.mark),
        (_, true) => ("[!] ", theme.refused),
        _ => ("[ ] ", theme.dim),
    };
    // An answer the what-if changes is in braces, `{x}`: pending, and plain without colour.
    let pending;
    let glyph = if app.is_pending(item_index) {
        pending = glyph.replacen('[', "{", 1).replacen(']', "}", 1);
        pending.as_str()
    } else {
        glyph
    };
    let tags = match app.marks().lean(item_index) {
        Some(role) => format!("{}{}", app.glyphs().lean, app.deck().roles[role].tag),
        None => app.deck().role_tags(item),
    };
    let glyph_width = usize::from(GLYPH_WIDTH).min(width);
    let room = width - glyph_width;
    let show_tags = room > MIN_TITLE_WIDTH + text::width(&tags);
    let title_room = if show_tags {
        room - text::width(&tags) - 1
    } else {
        room
    };
    let positions = if app.is_filtered() {
        app.searcher.title_positions(&item.title, app.query.text())
    } else {
        Vec::new()
    };
    let mut spans = vec![Span::styled(
        app.glyphs().truncate(glyph, glyph_width),
        glyph_style,
    )];
    spans.extend(text::spans(
        &item.title,
        title_room,
        ratatui::style::Style::new(),
        &positions,
        theme.matched,
        app.glyphs().ellipsis,
    ));
    Line::from(spans).render(row, buf);
    if show_tags {
        let tag_style = if app.marks().lean(item_index).is_some() {
            theme.mark
        } else {
            theme.tag
        };
        // A span, not a styled line: a line's style would cover the whole row.
        Line::from(Span::styled(tags, tag_style))
            .right_aligned()
            .render(row, buf);
    }
}
