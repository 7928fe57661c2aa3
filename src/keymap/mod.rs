//! The one table of key bindings: it drives dispatch, the footer hints and the help overlay.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;
use crate::mode::Mode;

mod custom;

pub use custom::Conflict;

/// A key with its modifiers, as written in the help: `Ctrl-u`, `Shift-Tab`, `?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    /// The key as the table compares it. Shift is part of the character for printable keys
    /// (`G`, `?`) and of `BackTab`, and terminals differ in whether they also report it.
    pub fn from_event(event: &KeyEvent) -> Key {
        let mut modifiers = event.modifiers;
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        Key {
            code: event.code,
            modifiers,
        }
    }
}

impl Key {
    /// Whether the key types a character where text is typed (no Ctrl or Alt).
    pub fn types_text(&self) -> bool {
        matches!(self.code, KeyCode::Char(_)) && self.modifiers.is_empty()
    }

    /// The key as the help and the footer write it; with `ascii`, arrows are spelt out.
    pub fn label(&self, ascii: bool) -> String {
        let mut label = String::new();
        for (modifier, name) in [
            (KeyModifiers::CONTROL, "Ctrl-"),
            (KeyModifiers::ALT, "Alt-"),
            (KeyModifiers::SHIFT, "Shift-"),
        ] {
            if self.modifiers.contains(modifier) {
                label.push_str(name);
            }
        }
        let name = match (self.code, ascii) {
            (KeyCode::Char(' '), _) => "Space".to_string(),
            (KeyCode::Char(c), _) => c.to_string(),
            (KeyCode::Up, false) => "↑".to_string(),
            (KeyCode::Down, false) => "↓".to_string(),
            (KeyCode::Left, false) => "←".to_string(),
            (KeyCode::Right, false) => "→".to_string(),
            (KeyCode::Up, true) => "Up".to_string(),
            (KeyCode::Down, true) => "Down".to_string(),
            (KeyCode::Left, true) => "Left".to_string(),
            (KeyCode::Right, true) => "Right".to_string(),
            (KeyCode::PageUp, _) => "PgUp".to_string(),
            (KeyCode::PageDown, _) => "PgDn".to_string(),
            (KeyCode::BackTab, _) => "Shift-Tab".to_string(),
            (KeyCode::Esc, _) => "Esc".to_string(),
            (KeyCode::Enter, _) => "Enter".to_string(),
            (KeyCode::Backspace, _) => "Backspace".to_string(),
            (KeyCode::Delete, _) => "Del".to_string(),
            (KeyCode::Insert, _) => "Insert".to_string(),
            (KeyCode::Home, _) => "Home".to_string(),
            (KeyCode::End, _) => "End".to_string(),
            (KeyCode::Tab, _) => "Tab".to_string(),
            (KeyCode::F(n), _) => format!("F{n}"),
            (other, _) => other.to_string(),
        };
        label.push_str(&name);
        label
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label(false))
    }
}

/// One row of the table: in these modes, these keys do this.
#[derive(Debug, Clone)]
pub struct Binding {
    pub modes: Vec<Mode>,
    pub action: Action,
    pub keys: Vec<Key>,
    /// What the help overlay says the action does.
    pub description: &'static str,
    /// The footer's word for it; rows sharing a word share one footer hint (`↑/↓ move`).
    pub hint: Option<&'static str>,
    /// Set by the config file: these keys take their key from any default binding.
    pub custom: bool,
}

/// Every binding of the running program.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Keymap {
    /// The action `event` asks for in `mode`. Where text is typed, unbound printable keys type.
    pub fn action(&self, mode: Mode, event: &KeyEvent) -> Option<Action> {
        let key = Key::from_event(event);
        let bound = self
            .bindings
            .iter()
            .find(|b| b.modes.contains(&mode) && b.keys.contains(&key))
            .map(|b| b.action.clone());
        match (bound, key.code) {
            (Some(action), _) => Some(action),
            (None, KeyCode::Char(c)) if mode.takes_text() && key.modifiers.is_empty() => {
                Some(Action::Insert(c))
            }
            _ => None,
        }
    }

    /// The bindings active in `mode`, in table order.
    pub fn bindings(&self, mode: Mode) -> impl Iterator<Item = &Binding> {
        self.bindings
            .iter()
            .filter(move |b| b.modes.contains(&mode))
    }

    /// The modes in which some key does `action`.
    pub fn modes_of(&self, action: &Action) -> Vec<Mode> {
        Mode::ALL
            .into_iter()
            .filter(|&mode| self.bindings(mode).any(|b| b.action == *action))
            .collect()
    }

    /// The keys that do `action` in `mode`, in table order.
    pub fn keys_for(&self, mode: Mode, action: &Action) -> Vec<Key> {
        self.bindings(mode)
            .filter(|b| b.action == *action)
            .flat_map(|b| b.keys.iter().copied())
            .collect()
    }

    /// The first key that does `action` in `mode`, as the screen writes it.
    pub fn label(&self, mode: Mode, action: &Action, ascii: bool) -> Option<String> {
        self.keys_for(mode, action).first().map(|k| k.label(ascii))
    }

    /// The rows of `mode` as the help and the man page list them: rows with one description
    /// share a line (the nine numbered sides read as one thing), keys in table order without
    /// repeats; with `ascii`, arrows are spelt out.
    pub fn lines(&self, mode: Mode, ascii: bool) -> Vec<(Vec<String>, &'static str)> {
        let mut lines: Vec<(Vec<String>, &'static str)> = Vec::new();
        for binding in self.bindings(mode) {
            let labels = binding.keys.iter().map(|key| key.label(ascii));
            match lines.iter_mut().find(|(_, d)| *d == binding.description) {
                Some((keys, _)) => {
                    for label in labels {
                        if !keys.contains(&label) {
                            keys.push(label);
                        }
                    }
                }
                None => lines.push((labels.collect(), binding.description)),
            }
        }
        lines
    }

    /// [`Keymap::lines`] less the actions `mode` shares with the mode it extends (see
    /// [`Mode::extends`]): what the help and the man page list under it.
    pub fn own_lines(&self, mode: Mode, ascii: bool) -> Vec<(Vec<String>, &'static str)> {
        let inherited: Vec<&'static str> = mode.extends().map_or_else(Vec::new, |parent| {
            self.lines(parent, ascii)
                .into_iter()
                .map(|(_, description)| description)
                .collect()
        });
        self.lines(mode, ascii)
            .into_iter()
            .filter(|(_, description)| !inherited.contains(description))
            .collect()
    }

    /// Footer hints for `mode`: the first key of every row that shares a word, then the word.
    pub fn hints(&self, mode: Mode, ascii: bool) -> Vec<(String, &'static str)> {
        self.hints_for(mode, ascii, |_| true)
    }

    /// [`Keymap::hints`] for the rows whose action `wanted` keeps: a card of the guided
    /// assessment offers only the answers it takes (the sides it has, or y, n and x).
    pub fn hints_for(
        &self,
        mode: Mode,
        ascii: bool,
        wanted: impl Fn(&Action) -> bool,
    ) -> Vec<(String, &'static str)> {
        let mut hints: Vec<(String, &'static str)> = Vec::new();
        for binding in self.bindings(mode).filter(|b| wanted(&b.action)) {
            let (Some(word), Some(key)) = (binding.hint, binding.keys.first()) else {
                continue;
            };
            match hints.iter_mut().find(|(_, w)| *w == word) {
                Some((keys, _)) => {
                    keys.push('/');
                    keys.push_str(&key.label(ascii));
                }
                None => hints.push((key.label(ascii), word)),
            }
        }
        hints
    }
}

impl Default for Keymap {
    fn default() -> Keymap {
        use KeyCode::*;
        use Mode::*;
        let row = |modes: &[Mode], action: Action, keys: &[Key], hint| Binding {
            modes: modes.to_vec(),
            description: action.description().unwrap_or_default(),
            action,
            keys: keys.to_vec(),
            hint,
            custom: false,
        };
        let browsing: &'static [Mode] = &[Browse];
        let lists: &'static [Mode] = &[Browse, Search, WhatIf];
        let exploring: &'static [Mode] = &[Browse, WhatIf];
        #[rustfmt::skip]
        let bindings = vec![
            // First, so that the footer of the what-if always says how to leave it.
            row(&[WhatIf], Action::KeepWhatIf, &[Key::plain(Enter)], Some("keep")),
            row(&[WhatIf], Action::DropWhatIf, &[Key::plain(Esc), Key::char('w')], Some("drop")),
            row(lists, Action::Up, &[Key::plain(Up), Key::ctrl('p')], Some("move")),
            row(lists, Action::Down, &[Key::plain(Down), Key::ctrl('n')], Some("move")),
            row(exploring, Action::Up, &[Key::char('k')], None),
            row(exploring, Action::Down, &[Key::char('j')], None),
            row(lists, Action::PageUp, &[Key::plain(PageUp), Key::ctrl('b')], None),
            row(lists, Action::PageDown, &[Key::plain(PageDown), Key::ctrl('d'), Key::ctrl('f')], None),
            row(exploring, Action::PageUp, &[Key::ctrl('u')], None),
            row(exploring, Action::Top, &[Key::plain(Home), Key::char('g')], None),
            row(exploring, Action::Bottom, &[Key::plain(End), Key::char('G')], None),
            // The result and the help scroll by pages too, as a pager does.
            row(&[Help, Result], Action::PageUp, &[Key::plain(PageUp), Key::ctrl('b'), Key::ctrl('u')], None),
            row(&[Help, Result], Action::PageDown, &[Key::plain(PageDown), Key::ctrl('d'), Key::ctrl('f')], None),
            row(&[Help, Result], Action::Top, &[Key::plain(Home), Key::char('g')], None),
            row(&[Help, Result], Action::Bottom, &[Key::plain(End), Key::char('G')], None),
            row(lists, Action::NextPane, &[Key::plain(Tab)], Some("pane")),
            row(lists, Action::PrevPane, &[Key::plain(BackTab)], None),
            row(exploring, Action::NextPane, &[Key::plain(Right), Key::char('l')], None),
            row(exploring, Action::PrevPane, &[Key::plain(Left), Key::char('h')], None),
            row(exploring, Action::FocusDuties, &[Key::char('1')], None),
            row(exploring, Action::FocusSkills, &[Key::char('2')], None),
            row(exploring, Action::FocusDifferences, &[Key::char('3')], None),
            row(exploring, Action::ToggleMark, &[Key::char(' ')], Some("mark")),
            row(exploring, Action::ToggleRefusal, &[Key::char('x')], Some("would not")),
            row(exploring, Action::StartSearch, &[Key::char('/')], Some("search")),
            row(browsing, Action::ClearFilter, &[Key::plain(Esc)], None),
            row(exploring, Action::ToggleOnlyMarked, &[Key::char('m')], Some("marked only")),
            row(exploring, Action::ScrollDetailDown, &[Key::char('J')], Some("detail")),
            row(exploring, Action::ScrollDetailUp, &[Key::char('K')], Some("detail")),
            row(&[Search], Action::SubmitSearch, &[Key::plain(Enter)], Some("keep")),
            row(&[Search], Action::LeaveSearch, &[Key::plain(Esc)], Some("done")),
            row(&[Search], Action::DeleteChar, &[Key::plain(Backspace)], None),
            row(&[Search], Action::DeleteWord, &[Key::ctrl('w')], Some("delete word")),
            row(&[Search], Action::ClearQuery, &[Key::ctrl('u')], Some("clear")),
            row(&[Search], Action::CursorLeft, &[Key::plain(Left)], None),
            row(&[Search], Action::CursorRight, &[Key::plain(Right)], None),
            row(exploring, Action::ToggleHelp, &[Key::char('?')], Some("help")),
            row(&[Help], Action::CloseHelp, &[Key::plain(Esc), Key::char('?'), Key::char('q')], Some("close")),
            row(&[Help, Result], Action::ScrollUp, &[Key::plain(Up), Key::char('k')], Some("scroll")),
            row(&[Help, Result], Action::ScrollDown, &[Key::plain(Down), Key::char('j')], Some("scroll")),
            row(browsing, Action::StartAssessment, &[Key::char('a')], Some("assess")),
            row(exploring, Action::ShowResult, &[Key::char('r')], Some("result")),
            row(&[Browse, Result], Action::StartExport, &[Key::char('e')], Some("export")),
            row(browsing, Action::AskReset, &[Key::char('R')], None),
            row(&[Assess], Action::AnswerHave, &[Key::char('y')], Some("yes")),
            row(&[Assess], Action::AnswerNotHave, &[Key::char('n')], Some("no")),
            row(&[Assess], Action::AnswerRefuse, &[Key::char('x')], Some("would not")),
            row(&[Assess], Action::SkipCard, &[Key::char('s')], Some("skip")),
            row(&[Assess], Action::PreviousCard, &[Key::char('b'), Key::plain(Backspace)], Some("back")),
            row(&[Assess], Action::PickSide(1), &[Key::char('1')], Some("side")),
            row(&[Assess], Action::PickSide(2), &[Key::char('2')], Some("side")),
            row(&[Assess], Action::PickSide(3), &[Key::char('3')], Some("side")),
            row(&[Assess], Action::PickSide(4), &[Key::char('4')], Some("side")),
            row(&[Assess], Action::PickSide(5), &[Key::char('5')], Some("side")),
            row(&[Assess], Action::PickSide(6), &[Key::char('6')], Some("side")),
            row(&[Assess], Action::PickSide(7), &[Key::char('7')], Some("side")),
            row(&[Assess], Action::PickSide(8), &[Key::char('8')], Some("side")),
            row(&[Assess], Action::PickSide(9), &[Key::char('9')], Some("side")),
            row(&[Assess], Action::PickSide(0), &[Key::char('0')], Some("none")),
            row(&[Assess], Action::LeaveAssessment, &[Key::plain(Esc)], Some("explorer")),
            row(&[Result], Action::CloseResult, &[Key::plain(Esc), Key::char('r'), Key::char('q')], Some("close")),
            row(&[ConfirmReset], Action::ConfirmReset, &[Key::char('y')], Some("reset")),
            row(&[ConfirmReset], Action::CancelReset, &[Key::char('n'), Key::plain(Esc)], Some("keep")),
            row(&[Export], Action::SubmitExport, &[Key::plain(Enter)], Some("write")),
            row(&[Export], Action::CancelExport, &[Key::plain(Esc)], Some("cancel")),
            row(&[Export], Action::DeleteChar, &[Key::plain(Backspace)], None),
            row(&[Export], Action::DeleteWord, &[Key::ctrl('w')], None),
            // In the report box the line is a path, and the help says so.
            Binding { description: "Clear the path", ..row(&[Export], Action::ClearQuery, &[Key::ctrl('u')], None) },
            row(&[Export], Action::CursorLeft, &[Key::plain(Left)], None),
            row(&[Export], Action::CursorRight, &[Key::plain(Right)], None),
            row(&[Replaced], Action::OverwriteSession, &[Key::char('o')], Some("overwrite")),
            row(&[Replaced], Action::KeepOtherSession, &[Key::char('k'), Key::plain(Esc)], Some("keep other file")),
            row(&[Browse, Assess, Result, Help, WhatIf], Action::ToggleMouse, &[Key::char('M')], None),
            row(browsing, Action::StartWhatIf, &[Key::char('w')], Some("what if")),
            row(&[Browse], Action::StartSnapshot, &[Key::char('S')], Some("snapshot")),
            row(&[Browse], Action::ShowHistory, &[Key::char('H')], Some("history")),
            row(&[SnapshotName], Action::SubmitSnapshot, &[Key::plain(Enter)], Some("save")),
            row(&[SnapshotName], Action::CancelSnapshot, &[Key::plain(Esc)], Some("cancel")),
            row(&[SnapshotName], Action::DeleteChar, &[Key::plain(Backspace)], None),
            row(&[SnapshotName], Action::DeleteWord, &[Key::ctrl('w')], None),
            row(&[SnapshotName], Action::CursorLeft, &[Key::plain(Left)], None),
            row(&[SnapshotName], Action::CursorRight, &[Key::plain(Right)], None),
            row(&[History], Action::ScrollUp, &[Key::plain(Up), Key::char('k')], Some("snapshot")),
            row(&[History], Action::ScrollDown, &[Key::plain(Down), Key::char('j')], Some("snapshot")),
            row(&[History], Action::CloseHistory, &[Key::plain(Esc), Key::char('H'), Key::char('q')], Some("close")),
            row(&[WhatIf], Action::AskQuit, &[Key::char('q')], Some("quit")),
            row(&[QuitWhatIf], Action::KeepAndQuit, &[Key::char('y')], Some("keep and quit")),
            row(&[QuitWhatIf], Action::DropAndQuit, &[Key::char('n')], Some("drop and quit")),
            row(&[QuitWhatIf], Action::CancelQuit, &[Key::plain(Esc)], Some("back")),
            row(browsing, Action::Quit, &[Key::char('q')], Some("quit")),
            row(&[Browse, Search, Help, Assess, Result, ConfirmReset, Export, Replaced, WhatIf, QuitWhatIf, SnapshotName, History], Action::Quit, &[Key::ALWAYS_QUITS], None),
        ];
        Keymap { bindings }
    }
}
