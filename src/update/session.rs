//! The session's actions: the guided assessment, the result, reset and the report.

use std::path::PathBuf;

use super::{answered, refresh_rows};
use crate::action::Action;
use crate::app::{App, Effect, Selection};
use crate::deck::ItemKind;
use crate::guided::side_order;
use crate::marks::Mark;
use crate::mode::Mode;

/// Where the report goes unless the user types another path: beside the session file (whose
/// path is absolute from the start, see `commands::session_file`), or in the current directory
/// when there is none; a relative path typed in the prompt is taken from the same folder.
pub fn default_report_path(app: &App) -> PathBuf {
    let name = format!("{}-report.md", app.deck.id);
    match &app.session_path {
        Some(session) => session.with_file_name(name),
        None => PathBuf::from(name),
    }
}

pub fn update(app: &mut App, action: Action) {
    match action {
        Action::StartAssessment => {
            if app.guided.is_finished() {
                app.guided.position = 0;
            }
            app.mode = Mode::Assess;
        }
        Action::AnswerHave => answer_trait(app, Some(Mark::Have)),
        Action::AnswerNotHave => answer_trait(app, None),
        Action::PickSide(number) => pick_side(app, number),
        Action::SkipCard => next_card(app),
        Action::PreviousCard => {
            app.guided.back();
            app.effects.push(Effect::SaveSession);
        }
        Action::LeaveAssessment | Action::CloseResult | Action::CancelReset => {
            app.mode = Mode::Browse;
        }
        Action::ShowResult => {
            app.result_scroll = 0;
            app.mode = Mode::Result;
        }
        Action::AskReset => app.mode = Mode::ConfirmReset,
        Action::ConfirmReset => {
            app.mode = Mode::Browse;
            app.effects.push(Effect::ResetSession);
        }
        Action::Reset => {
            app.reset();
            refresh_rows(app, Selection::Keep);
            app.effects.push(Effect::SaveSession);
        }
        Action::StartExport => {
            app.report_to_replace = None;
            app.prompt.clear();
            for c in default_report_path(app).display().to_string().chars() {
                app.prompt.insert(c);
            }
            app.mode = Mode::Export;
        }
        Action::SubmitExport => {
            let path = app.prompt.text().trim();
            if path.is_empty() {
                app.status = Some("Type a path for the report, or Esc".to_string());
                return;
            }
            app.effects.push(Effect::WriteReport(PathBuf::from(path)));
            app.mode = Mode::Browse;
        }
        Action::CancelExport => app.mode = Mode::Browse,
        _ => {}
    }
}

/// `y` / `n` on a duty or skill card; on a difference card, a hint to pick a side.
fn answer_trait(app: &mut App, mark: Option<Mark>) {
    let Some(item) = app.guided.current() else {
        return;
    };
    if app.deck.item(item).is_difference() {
        app.status = Some("A difference: press the number of the side you lean to, or 0".into());
        return;
    }
    app.marks.set(item, mark);
    answered(app, item);
    next_card(app);
}

/// `1`..`9` on a difference card leans to that side; `0` clears the lean.
fn pick_side(app: &mut App, number: u8) {
    let Some(item) = app.guided.current() else {
        return;
    };
    let ItemKind::Difference { sides } = &app.deck.item(item).kind else {
        app.status = Some("Press y if you have this, n if not, s to skip".into());
        return;
    };
    let order = side_order(&app.session.assessment, item, sides.len(), app.reveal);
    let mark = match usize::from(number) {
        0 => None,
        n => match order.get(n - 1).map(|&i| &sides[i]) {
            Some(side) => Some(Mark::Lean(side.role)),
            None => {
                app.status = Some(format!(
                    "There are {} sides: 1 to {}",
                    sides.len(),
                    sides.len()
                ));
                return;
            }
        },
    };
    app.marks.set(item, mark);
    answered(app, item);
    next_card(app);
}

/// Moves to the next card; after the last one the result is shown.
fn next_card(app: &mut App) {
    app.guided.next();
    app.effects.push(Effect::SaveSession);
    if app.guided.is_finished() {
        app.result_scroll = 0;
        app.mode = Mode::Result;
        app.status = Some("Assessment complete: here is your result".into());
    }
}
