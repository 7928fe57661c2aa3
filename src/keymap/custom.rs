//! The config file's key bindings laid over the defaults: rebinding an action, giving the
//! user's keys priority, and finding two actions on one key.

use super::{Binding, Key, Keymap};
use crate::action::Action;
use crate::app::Mode;

/// Two actions on one key in one mode: a config file that cannot be obeyed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub mode: Mode,
    pub key: Key,
    pub first: Action,
    pub second: Action,
}

impl Keymap {
    /// Gives `action` exactly `keys`, replacing its default keys in every mode it is bound in.
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
            new.push(custom(others, keys.to_vec()));
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

    /// Takes every key of a custom binding away from the default bindings of its modes, so
    /// `quit: ["j"]` moves `j` from "down" to "quit" while the arrow still moves down.
    pub fn give_custom_keys_priority(&mut self) {
        let claimed: Vec<(Mode, Key)> = self
            .bindings
            .iter()
            .filter(|b| b.custom)
            .flat_map(|b| {
                b.modes
                    .iter()
                    .flat_map(|&mode| b.keys.iter().map(move |&key| (mode, key)))
            })
            .collect();
        for (mode, key) in claimed {
            self.unbind_default(mode, key);
        }
        self.bindings.retain(|b| !b.keys.is_empty());
    }

    /// Removes `key` from the default bindings in `mode`, splitting rows that span other modes.
    fn unbind_default(&mut self, mode: Mode, key: Key) {
        let mut i = 0;
        while i < self.bindings.len() {
            let binding = &mut self.bindings[i];
            if !binding.custom && binding.modes.contains(&mode) && binding.keys.contains(&key) {
                if binding.modes.len() > 1 {
                    let mut split = binding.clone();
                    binding.modes.retain(|m| *m != mode);
                    split.modes = vec![mode];
                    split.keys.retain(|k| *k != key);
                    self.bindings.insert(i + 1, split);
                    i += 1;
                } else {
                    binding.keys.retain(|k| *k != key);
                }
            }
            i += 1;
        }
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
