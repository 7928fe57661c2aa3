//! Small centred dialogs over the explorer: confirming a reset, typing the report's path, what
//! to do about a session file another program replaced, and the what-if's answers on quitting.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use crate::action::{Action, Conflict, ConflictCause};
use crate::app::{App, ModeState};
use crate::mode::Mode;
use crate::style::theme::Theme;
use crate::text;

/// The dialog's box for `mode`: up to 70 columns wide, six rows tall (eight for the replaced
/// session file, which says more), centred.
pub fn area(size: Size, mode: Mode) -> Rect {
    let width = size.width.saturating_sub(4).min(70);
    let rows = if mode == Mode::Replaced { 8 } else { 6 };
    let height = rows.min(size.height);
    Rect::new(
        (size.width - width) / 2,
        (size.height - height) / 2,
        width,
        height,
    )
}

pub struct Prompt<'a> {
    pub app: &'a App,
}

impl Prompt<'_> {
    /// The path visible in the box and the cursor column within it.
    fn visible_path(&self, room: usize) -> (String, usize) {
        let ellipsis = self.app.glyphs().ellipsis;
        match self.app.mode_state() {
            ModeState::Export(prompt) => text::visible_input(&prompt.path, room, ellipsis),
            ModeState::SnapshotName(name) => text::visible_input(name, room, ellipsis),
            _ => (String::new(), 0),
        }
    }

    /// Where the terminal cursor goes: after the path while it is typed, at the question when
    /// asking to reset.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        if area.width < 3 || area.height < 4 {
            return None;
        }
        if matches!(
            self.app.mode(),
            Mode::ConfirmReset | Mode::Replaced | Mode::QuitWhatIf
        ) {
            return Some(Position::new(area.x + 1, area.y + 1));
        }
        if !matches!(self.app.mode(), Mode::Export | Mode::SnapshotName) {
            return None;
        }
        let room = usize::from(area.width - 2);
        let (_, cursor) = self.visible_path(room);
        Some(Position::new(
            area.x + 1 + cursor.min(room - 1) as u16,
            area.y + 2,
        ))
    }
}

impl Widget for Prompt<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.theme();
        let key = |action: Action| {
            app.keymap()
                .label(app.mode(), &action, app.glyphs().ascii)
                .unwrap_or_else(|| "(no key)".into())
        };
        let (title, lines) = match app.mode() {
            Mode::ConfirmReset => (
                " Reset? ",
                vec![
                    Line::raw("Clear every mark and lean and start the assessment over?"),
                    Line::styled(
                        "The current session file is kept as a timestamped backup.",
                        theme.dim,
                    ),
                    Line::from(vec![
                        Span::styled(key(Action::ConfirmReset), theme.key),
                        Span::raw(" reset   "),
                        Span::styled(key(Action::CancelReset), theme.key),
                        Span::raw(" keep everything"),
                    ]),
                ],
            ),
            Mode::Export => {
                let room = usize::from(area.width.saturating_sub(2));
                let (path, _) = self.visible_path(room);
                let keys = format!(
                    "Report path: .html, .json or Markdown ({} writes, {} cancels):",
                    key(Action::SubmitExport),
                    key(Action::CancelExport)
                );
                (
                    " Write the report ",
                    vec![Line::raw(keys), Line::styled(path, theme.title)],
                )
            }
            Mode::SnapshotName => {
                let room = usize::from(area.width.saturating_sub(2));
                let (name, _) = self.visible_path(room);
                let keys = format!(
                    "Name ({} saves; empty: today's date; {} cancels):",
                    key(Action::SubmitSnapshot),
                    key(Action::CancelSnapshot)
                );
                (
                    " Save a snapshot ",
                    vec![Line::raw(keys), Line::styled(name, theme.title)],
                )
            }
            Mode::Replaced => {
                let ModeState::Replaced { conflict, .. } = app.mode_state() else {
                    return;
                };
                replaced(conflict, theme, &key)
            }
            Mode::QuitWhatIf => {
                let pending = app.pending_count();
                let answers = if pending == 1 { "answer" } else { "answers" };
                (
                    " Quit? ",
                    vec![
                        Line::raw(format!(
                            "The what-if changes {pending} {answers}. Keep them before quitting?"
                        )),
                        Line::styled(
                            "Kept answers are saved; dropped ones leave the session as it was.",
                            theme.dim,
                        ),
                        Line::from(vec![
                            Span::styled(key(Action::KeepAndQuit), theme.key),
                            Span::raw(" keep   "),
                            Span::styled(key(Action::DropAndQuit), theme.key),
                            Span::raw(" drop   "),
                            Span::styled(key(Action::CancelQuit), theme.key),
                            Span::raw(" back"),
                        ]),
                    ],
                )
            }
            _ => return,
        };
        Clear.render(area, buf);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::bordered()
                    .border_set(app.glyphs().double)
                    .border_style(theme.focused_border)
                    .title(Line::styled(title, theme.focused_border)),
            )
            .render(area, buf);
    }
}

/// The question about a session file found replaced: what is there, where the answers are, and
/// the two choices, with the keys the keymap gives them.
fn replaced(
    conflict: &Conflict,
    theme: &Theme,
    key: &dyn Fn(Action) -> String,
) -> (&'static str, Vec<Line<'static>>) {
    let (title, what) = match conflict.cause {
        ConflictCause::Replaced => (
            " The session file was replaced ",
            "Another program put a different file where this session is saved. rolefit did \
             not overwrite it.",
        ),
        ConflictCause::Removed => (
            " The session file was removed ",
            "The session file is gone; rolefit has not written it again.",
        ),
        ConflictCause::InUse => (
            " The session is open elsewhere ",
            "Another rolefit has this session open (its lock file was removed under this one).",
        ),
    };
    let safe = match &conflict.rescue {
        Ok(copy) => format!("Your answers are safe in {}.", copy.display()),
        Err(_) => "No other file could take your answers: they are only here.".to_string(),
    };
    let lines = vec![
        Line::raw(what),
        Line::styled(safe, theme.dim),
        Line::from(vec![
            Span::styled(key(Action::OverwriteSession), theme.key),
            Span::raw(" overwrite it with your answers   "),
            Span::styled(key(Action::KeepOtherSession), theme.key),
            Span::raw(" keep the other file (stop saving to it)"),
        ]),
    ];
    (title, lines)
}
