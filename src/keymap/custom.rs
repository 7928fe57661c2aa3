//! The config file's key bindings laid over the defaults: rebinding an action, keeping Ctrl-c
//! on quit, and finding keys that two actions would share.

use super::{Binding, Key, Keymap};
use crate::action::Action;
use crate::app::Mode;

impl Key {
    /// Ctrl-c quits in every mode whatever the config says, as in fzf and most TUIs: it is the
    /// key people press when nothing else works. (A constant here, so `keymap/mod.rs` need not
    /// export it.)
    pub const ALWAYS_QUITS: Key = Key::ctrl('c');
}

/// Two actions on one key in one mode: a config file that cannot be obeyed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub mode: Mode,
    pub key: Key,
    pub first: Action,
    pub second: Action,
}

impl Keymap {
    /// Gives `action` exactly `keys`, replacing its default keys in every mode it is bound in;
    /// `quit` always keeps [`Key::ALWAYS_QUITS`], so no config can leave the user without a way out.
    /// Where text is typed (the query, the report path) a plain character types, so there the
    /// action gets only the other keys, or keeps its defaults when none is left. Returns `false`
    /// when nothing in the table does `action`.
    pub fn rebind(&mut self, action: &Action, keys: &[Key]) -> bool {
        let rows: Vec<usize> = (0..self.bindings.len())
            .filter(|&i| self.bindings[i].action == *action)
            .collect();
        let Some(&first) = rows.first() else {
            return false;
        };
        let mut keys = keys.to_vec();
        if *action == Action::Quit && !keys.contains(&Key::ALWAYS_QUITS) {
            keys.push(Key::ALWAYS_QUITS);
        }
        let description = self.bindings[first].description;
        let hint = rows.iter().find_map(|&i| self.bindings[i].hint);
        let old: Vec<Binding> = rows
            .iter()
            .rev()
            .map(|&i| self.bindings.remove(i))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let mut modes: Vec<Mode> = Vec::new();
        for mode in old.iter().flat_map(|b| b.modes.iter().copied()) {
            if !modes.contains(&mode) {
                modes.push(mode);
            }
        }
        let (typed, others): (Vec<Mode>, Vec<Mode>) =
            modes.into_iter().partition(|m| m.takes_text());
        let custom = |modes: Vec<Mode>, keys: Vec<Key>| Binding {
            modes,
            action: action.clone(),
            keys,
            description,
            hint,
            custom: true,
        };
        let mut new = Vec::new();
        if !others.is_empty() {
            new.push(custom(others, keys.clone()));
        }
        let typed_keys: Vec<Key> = keys.iter().filter(|k| !k.types_text()).copied().collect();
        if !typed.is_empty() && !typed_keys.is_empty() {
            new.push(custom(typed, typed_keys));
        } else if !typed.is_empty() {
            for mut binding in old {
                binding.modes.retain(|m| typed.contains(m));
                if !binding.modes.is_empty() {
                    new.push(binding);
                }
            }
        }
        self.bindings.splice(first..first, new);
        true
    }

    /// The first key the config gives an action while another action still has it by default
    /// in the same mode (`first` is that other action). Taking it silently could leave the
    /// other action with no key at all, as `toggle_help: ["Space"]` did to marking.
    pub fn taken(&self) -> Option<Conflict> {
        for mode in Mode::ALL {
            for custom in self.bindings(mode).filter(|b| b.custom) {
                for &key in &custom.keys {
                    let owner = self
                        .bindings(mode)
                        .find(|b| !b.custom && b.action != custom.action && b.keys.contains(&key));
                    if let Some(owner) = owner {
                        return Some(Conflict {
                            mode,
                            key,
                            first: owner.action.clone(),
                            second: custom.action.clone(),
                        });
                    }
                }
            }
        }
        None
    }

    /// The first key that two different actions share in one mode, if any.
    pub fn conflict(&self) -> Option<Conflict> {
        for mode in Mode::ALL {
            let mut seen: Vec<(Key, &Action)> = Vec::new();
            for binding in self.bindings(mode) {
                for &key in &binding.keys {
                    match seen.iter().find(|(k, _)| *k == key) {
                        Some((_, action)) if **action != binding.action => {
                            return Some(Conflict {
                                mode,
                                key,
                                first: (*action).clone(),
                                second: binding.action.clone(),
                            });
                        }
                        Some(_) => {}
                        None => seen.push((key, &binding.action)),
                    }
                }
            }
        }
        None
    }
}
