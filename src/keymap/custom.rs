//! The config file's key bindings laid over the defaults: rebinding an action, keeping Ctrl-c
//! on quit, and finding keys that two actions would share.

use super::{Binding, Key, Keymap};
use crate::action::Action;
use crate::mode::Mode;

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
    /// Gives `action` exactly `keys` in the modes where its default rows give it keys of its
    /// own. The row that gives quit [`Key::ALWAYS_QUITS`] everywhere is left alone, so no config
    /// can leave the user without a way out, and a key written for quit does not spread into the
    /// help (where q closes the help) just because Ctrl-c works there too.
    ///
    /// Where text is typed (the query, the report path) a plain character types, and the box's
    /// own keys (Left, Right, Ctrl-u, ...) keep editing: for an action that also works outside
    /// the box, such a key is meant for browsing and goes only there. When none of the keys is
    /// left for a text mode, the action keeps its defaults there. Returns `false` when nothing
    /// in the table does `action`.
    pub fn rebind(&mut self, action: &Action, keys: &[Key]) -> bool {
        let always_quits = |b: &Binding| b.action == Action::Quit && b.keys == [Key::ALWAYS_QUITS];
        let rows: Vec<usize> = (0..self.bindings.len())
            .filter(|&i| self.bindings[i].action == *action && !always_quits(&self.bindings[i]))
            .collect();
        let Some(&first) = rows.first() else {
            return self.bindings.iter().any(|b| b.action == *action);
        };
        // The untouched row already gives quit Ctrl-c; listing it again would only repeat it.
        let keys: Vec<Key> = keys
            .iter()
            .copied()
            .filter(|&k| !(*action == Action::Quit && k == Key::ALWAYS_QUITS))
            .collect();
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
        let browses = modes.iter().any(|m| !m.takes_text());
        // Against the defaults, not the table being rebuilt, so that the order in which the
        // config lists its actions cannot change the result.
        let defaults = Keymap::default();
        let box_owns = |mode: Mode, key: &Key| {
            defaults
                .bindings(mode)
                .any(|b| b.action != *action && b.keys.contains(key))
        };
        let mut new: Vec<Binding> = Vec::new();
        let mut keep_defaults: Vec<Mode> = Vec::new();
        for mode in modes {
            let here: Vec<Key> = if mode.takes_text() {
                keys.iter()
                    .filter(|k| !(k.types_text() || browses && box_owns(mode, k)))
                    .copied()
                    .collect()
            } else {
                keys.clone()
            };
            if here.is_empty() {
                if mode.takes_text() {
                    keep_defaults.push(mode);
                }
                continue;
            }
            // A mode keeps its own words: clear_query clears "the query" in the search and
            // "the path" in the export box, and only the search's footer names it.
            let Some(own) = old.iter().find(|b| b.modes.contains(&mode)) else {
                continue;
            };
            let (description, hint) = (own.description, own.hint);
            let same =
                |b: &&mut Binding| b.keys == here && b.description == description && b.hint == hint;
            match new.iter_mut().find(same) {
                Some(binding) => binding.modes.push(mode),
                None => new.push(Binding {
                    modes: vec![mode],
                    action: action.clone(),
                    keys: here,
                    description,
                    hint,
                    custom: true,
                }),
            }
        }
        for mut binding in old {
            binding.modes.retain(|m| keep_defaults.contains(m));
            if !binding.modes.is_empty() {
                new.push(binding);
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
