//! The session's actions: the guided assessment, the result, reset and the report, and what the
//! event loop reports back about backing up the session and writing the report.

use std::path::{Path, PathBuf};

use super::{Selection, answered, refresh_rows};
use crate::action::{Action, ReportOutcome};
use crate::app::{App, Effect, ExportPrompt, ModeState};
use crate::deck::ItemKind;
use crate::guided::side_order;
use crate::input::LineInput;
use crate::marks::Mark;
use crate::session::OwnFile;
use crate::untrusted::name::file_stem;
use crate::untrusted::read::FileKind;

/// Where the report goes unless the user types another path: beside the session file (whose
/// path is absolute from the start, see `commands::session_file`), or in the current directory
/// when there is none; a relative path typed in the prompt is taken from the same folder.
pub fn default_report_path(app: &App) -> PathBuf {
    // The deck's id comes from a stranger's file: made a single, bounded file name here.
    let name = format!("{}-report.md", file_stem(&app.deck().id));
    match app.session_path() {
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
            app.mode = ModeState::Assess;
        }
        Action::AnswerHave => answer_trait(app, Some(Mark::Have)),
        Action::AnswerNotHave => answer_trait(app, None),
        Action::AnswerRefuse => answer_trait(app, Some(Mark::Refuse)),
        Action::PickSide(number) => pick_side(app, number),
        Action::SkipCard => next_card(app),
        Action::PreviousCard => {
            app.guided.back();
            app.effects.push(Effect::SaveSession);
        }
        // A peer rating someone sees neither the explorer nor the fit: leaving ends the rating.
        Action::LeaveAssessment if app.rating_subject().is_some() => app.should_quit = true,
        Action::LeaveAssessment | Action::CloseResult | Action::CancelReset => {
            app.mode = app.explorer_mode();
        }
        Action::ShowResult => app.mode = ModeState::Result { scroll: 0 },
        Action::AskReset => app.mode = ModeState::ConfirmReset,
        Action::ConfirmReset => {
            app.mode = ModeState::Browse;
            app.effects.push(Effect::BackUpSession);
        }
        Action::SessionBackedUp(backup) => {
            // The file was moved aside: the next save makes a new one where there is none.
            if app.kept_other().is_none() {
                app.set_on_disk(None);
            }
            app.reset_answers();
            refresh_rows(app, Selection::Keep);
            app.effects.push(Effect::SaveSession);
            app.status = Some(match backup {
                Some(backup) => format!("Reset. The old session is kept as {}", backup.display()),
                None => "Reset.".to_string(),
            });
        }
        Action::BackupFailed(message) => app.status = Some(message),
        Action::StartExport => {
            let mut path = LineInput::default();
            for c in default_report_path(app).display().to_string().chars() {
                path.insert(c);
            }
            app.mode = ModeState::Export(ExportPrompt {
                path,
                to_replace: None,
            });
        }
        Action::SubmitExport => submit_export(app),
        Action::CancelExport => app.mode = ModeState::Browse,
        Action::Report(outcome) => report_outcome(app, outcome),
        _ => {}
    }
}

/// Enter in the report box: the effect writes the report, or says why not.
fn submit_export(app: &mut App) {
    let ModeState::Export(prompt) = &app.mode else {
        return;
    };
    if prompt.path.text().trim().is_empty() {
        app.status = Some("Type a path for the report, or Esc".to_string());
        return;
    }
    let prompt = prompt.clone();
    app.effects.push(Effect::WriteReport(prompt));
    app.mode = ModeState::Browse;
}

/// What the effect found when it went to write the report. A refusal opens the box again with
/// the path as it was typed; a file that exists is replaced only on a second Enter on the same
/// path, which the box remembers.
fn report_outcome(app: &mut App, outcome: ReportOutcome) {
    let shown = |target: &Path| target.display().to_string();
    let (typed, to_replace, message) = match outcome {
        ReportOutcome::Written(target) => {
            app.status = Some(format!("Report written to {}", shown(&target)));
            return;
        }
        ReportOutcome::Failed { target, error } => {
            app.status = Some(format!(
                "Could not write the report to {}: {error}",
                shown(&target)
            ));
            return;
        }
        ReportOutcome::Exists { typed, target } => {
            let message = format!(
                "{} already exists. Enter again replaces it; or edit the path, or Esc.",
                shown(&target)
            );
            (typed, Some(target), message)
        }
        ReportOutcome::IsOwnFile {
            typed,
            target,
            own: OwnFile::Session,
        } => {
            let message = format!(
                "{} is the session file; the report would replace your answers. Type another path.",
                shown(&target)
            );
            (typed, None, message)
        }
        ReportOutcome::IsOwnFile { typed, target, own } => {
            let message = format!(
                "{} is {}, which rolefit keeps for itself. Type another path.",
                shown(&target),
                own.describe()
            );
            (typed, None, message)
        }
        ReportOutcome::NotAFile {
            typed,
            target,
            kind,
        } => {
            let message = match kind {
                FileKind::Directory => {
                    format!(
                        "{} is a folder. Type a file name for the report.",
                        shown(&target)
                    )
                }
                kind => format!(
                    "{} is {kind}, not a file. Type a file name for the report.",
                    shown(&target)
                ),
            };
            (typed, None, message)
        }
    };
    app.mode = ModeState::Export(ExportPrompt {
        path: typed,
        to_replace,
    });
    app.status = Some(message);
}

/// `y` / `n` on a duty or skill card; on a difference card, a hint to pick a side.
fn answer_trait(app: &mut App, mark: Option<Mark>) {
    let Some(item) = app.guided.current() else {
        return;
    };
    if app.deck().item(item).is_difference() {
        app.status = Some("A difference: press the number of the side you lean to, or 0".into());
        return;
    }
    app.answer(item, mark);
    answered(app);
    next_card(app);
}

/// `1`..`9` on a difference card leans to that side; `0` clears the lean.
fn pick_side(app: &mut App, number: u8) {
    let Some(item) = app.guided.current() else {
        return;
    };
    let ItemKind::Difference { sides } = &app.deck().item(item).kind else {
        app.status = Some("Press y if you have this, n if not, s to skip".into());
        return;
    };
    let order = side_order(&app.session().assessment, item, sides.len(), app.reveal());
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
    app.answer(item, mark);
    answered(app);
    next_card(app);
}

/// Moves to the next card; after the last one the result is shown.
fn next_card(app: &mut App) {
    app.guided.next();
    app.effects.push(Effect::SaveSession);
    if app.guided.is_finished() && app.rating_subject().is_some() {
        app.should_quit = true;
    } else if app.guided.is_finished() {
        app.mode = ModeState::Result { scroll: 0 };
        app.status = Some("Assessment complete: here is your result".into());
    }
}
