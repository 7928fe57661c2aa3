//! Key names as people write them in the config file: `q`, `G`, `Ctrl-c`, `ctrl+u`, `Alt-x`,
//! `Shift-Tab`, `PgDn`, `Space`, `F1`, `Esc`, `Enter`, `Up` (and the arrows the help shows).

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::keymap::Key;

/// The key `name` stands for, or `None` when it names no key.
///
/// Modifier prefixes are `Ctrl-`, `Alt-` and `Shift-` (also with `+`, any case, and the short
/// `C-`, `A-`/`M-`, `S-`). A single character is that character: `G` is Shift-g, as terminals
/// report it, and `Shift-g` is the same key. With Ctrl a letter is case-blind (`Ctrl-C` is
/// `Ctrl-c`), because terminals cannot tell them apart.
pub fn parse_key(name: &str) -> Option<Key> {
    let mut modifiers = KeyModifiers::NONE;
    let mut rest = name;
    while let Some((modifier, after)) = split_modifier(rest) {
        modifiers |= modifier;
        rest = after;
    }
    let code = parse_code(rest)?;
    Some(normalise(code, modifiers))
}

/// `("Ctrl", "c")` from `Ctrl-c`; only when something follows the separator, so `-` and `+` alone
/// (or after a modifier, as in `Ctrl--`) stay keys.
fn split_modifier(text: &str) -> Option<(KeyModifiers, &str)> {
    let separator = text.find(['-', '+'])?;
    let (prefix, after) = (&text[..separator], &text[separator + 1..]);
    if after.is_empty() {
        return None;
    }
    let modifier = match prefix.to_ascii_lowercase().as_str() {
        "ctrl" | "control" | "c" => KeyModifiers::CONTROL,
        "alt" | "meta" | "option" | "a" | "m" => KeyModifiers::ALT,
        "shift" | "s" => KeyModifiers::SHIFT,
        _ => return None,
    };
    Some((modifier, after))
}

fn parse_code(text: &str) -> Option<KeyCode> {
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(match c {
            '↑' => KeyCode::Up,
            '↓' => KeyCode::Down,
            '←' => KeyCode::Left,
            '→' => KeyCode::Right,
            c if c.is_control() => return None,
            c => KeyCode::Char(c),
        });
    }
    let lower = text.to_ascii_lowercase();
    let code = match lower.as_str() {
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pgup" | "pageup" | "page-up" | "page up" => KeyCode::PageUp,
        "pgdn" | "pgdown" | "pagedown" | "page-down" | "page down" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "esc" | "escape" => KeyCode::Esc,
        "enter" | "return" | "cr" => KeyCode::Enter,
        "backspace" | "bs" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        "space" | "spc" => KeyCode::Char(' '),
        "lt" | "less" => KeyCode::Char('<'),
        "gt" | "greater" => KeyCode::Char('>'),
        "minus" => KeyCode::Char('-'),
        "plus" => KeyCode::Char('+'),
        _ => {
            let number: u8 = lower.strip_prefix('f')?.parse().ok()?;
            return (1..=24).contains(&number).then_some(KeyCode::F(number));
        }
    };
    Some(code)
}

/// The key as [`Key::from_event`] will see it: Shift folded into characters and Tab.
fn normalise(code: KeyCode, mut modifiers: KeyModifiers) -> Key {
    let code = match code {
        KeyCode::Char(c)
            if modifiers.contains(KeyModifiers::CONTROL) && c.is_ascii_alphabetic() =>
        {
            modifiers.remove(KeyModifiers::SHIFT);
            KeyCode::Char(c.to_ascii_lowercase())
        }
        KeyCode::Char(c) if modifiers.contains(KeyModifiers::SHIFT) => {
            modifiers.remove(KeyModifiers::SHIFT);
            KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
        }
        KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => {
            modifiers.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        code => code,
    };
    Key { code, modifiers }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> Key {
        parse_key(name).unwrap_or_else(|| panic!("{name:?} should parse"))
    }

    #[test]
    fn single_characters_are_themselves() {
        assert_eq!(key("q"), Key::char('q'));
        assert_eq!(key("G"), Key::char('G'));
        assert_eq!(key("é"), Key::char('é'));
        assert_eq!(key("-"), Key::char('-'));
        assert_eq!(key("+"), Key::char('+'));
        assert_eq!(key("?"), Key::char('?'));
    }

    #[test]
    fn modifiers_are_written_many_ways() {
        for name in ["Ctrl-c", "ctrl+c", "CTRL-C", "C-c", "Control-c"] {
            assert_eq!(key(name), Key::ctrl('c'), "{name}");
        }
        assert_eq!(
            key("Alt-x"),
            Key {
                code: KeyCode::Char('x'),
                modifiers: KeyModifiers::ALT
            }
        );
        assert_eq!(key("M-x"), key("alt+x"));
        assert_eq!(key("Ctrl--"), Key::ctrl('-'));
    }

    #[test]
    fn shift_folds_into_characters_and_tab() {
        assert_eq!(key("Shift-g"), Key::char('G'));
        assert_eq!(key("Shift-Tab"), Key::plain(KeyCode::BackTab));
        assert_eq!(key("S-Tab"), Key::plain(KeyCode::BackTab));
        assert_eq!(
            key("Shift-Up"),
            Key {
                code: KeyCode::Up,
                modifiers: KeyModifiers::SHIFT
            }
        );
    }

    #[test]
    fn named_keys() {
        for (name, code) in [
            ("Up", KeyCode::Up),
            ("down", KeyCode::Down),
            ("←", KeyCode::Left),
            ("PgDn", KeyCode::PageDown),
            ("PageUp", KeyCode::PageUp),
            ("Space", KeyCode::Char(' ')),
            ("F1", KeyCode::F(1)),
            ("f12", KeyCode::F(12)),
            ("Esc", KeyCode::Esc),
            ("Escape", KeyCode::Esc),
            ("Enter", KeyCode::Enter),
            ("Backspace", KeyCode::Backspace),
            ("Del", KeyCode::Delete),
            ("Home", KeyCode::Home),
            ("End", KeyCode::End),
        ] {
            assert_eq!(key(name), Key::plain(code), "{name}");
        }
    }

    #[test]
    fn nonsense_is_refused() {
        for name in [
            "",
            "Ctrl-",
            "Hyper-x",
            "F0",
            "F99",
            "PageSideways",
            "qq",
            "\t",
        ] {
            assert_eq!(parse_key(name), None, "{name:?}");
        }
    }
}
