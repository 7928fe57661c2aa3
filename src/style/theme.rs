//! The styles of every element. Colours are the terminal's named palette, so they follow the
//! user's scheme: `dark` suits dark backgrounds, `light` light ones (no yellow or cyan text),
//! `mono` has none. Every theme keeps its modifiers, because no state is shown by colour alone.

use std::ffi::OsStr;

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub border: Style,
    pub focused_border: Style,
    pub selected: Style,
    pub matched: Style,
    pub mark: Style,
    pub tag: Style,
    pub dim: Style,
    pub key: Style,
    pub heading: Style,
    /// The `[!]` of an item the user would not do.
    pub refused: Style,
    /// One style per role, cycled when a deck has more roles.
    pub roles: Vec<Style>,
}

/// The built-in colour schemes, by the names the config file uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Palette {
    #[default]
    Dark,
    Light,
    Mono,
}

impl Palette {
    pub const NAMES: [&'static str; 3] = ["dark", "light", "mono"];

    pub fn from_name(name: &str) -> Option<Palette> {
        match name {
            "dark" => Some(Palette::Dark),
            "light" => Some(Palette::Light),
            "mono" => Some(Palette::Mono),
            _ => None,
        }
    }
}

/// An element whose colour the config file can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    Title,
    Border,
    FocusedBorder,
    Selected,
    Matched,
    Mark,
    Tag,
    Dim,
    Key,
    Heading,
    Refused,
    /// The n-th role's colour, from 0.
    Role(usize),
}

/// How many role colours a theme has (and the config file can set).
pub const ROLE_COLOURS: usize = 4;

impl Element {
    pub const NAMES: [&'static str; 15] = [
        "title",
        "border",
        "focused_border",
        "selected",
        "matched",
        "mark",
        "tag",
        "dim",
        "key",
        "heading",
        "refused",
        "role_1",
        "role_2",
        "role_3",
        "role_4",
    ];

    pub fn from_name(name: &str) -> Option<Element> {
        Some(match name {
            "title" => Element::Title,
            "border" => Element::Border,
            "focused_border" => Element::FocusedBorder,
            "selected" => Element::Selected,
            "matched" => Element::Matched,
            "mark" => Element::Mark,
            "tag" => Element::Tag,
            "dim" => Element::Dim,
            "key" => Element::Key,
            "heading" => Element::Heading,
            "refused" => Element::Refused,
            _ => {
                let n: usize = name.strip_prefix("role_")?.parse().ok()?;
                return (1..=ROLE_COLOURS)
                    .contains(&n)
                    .then(|| Element::Role(n - 1));
            }
        })
    }
}

/// Whether to draw in colour: not with `--no-color`, nor when `NO_COLOR` is set to anything but
/// the empty string (<https://no-color.org>), whatever the theme says.
pub fn colour_wanted(no_color_flag: bool, no_color_env: Option<&OsStr>) -> bool {
    !no_color_flag && no_color_env.is_none_or(OsStr::is_empty)
}

impl Theme {
    /// The default (dark) theme, or the monochrome one when colour is off.
    pub fn new(color: bool) -> Theme {
        Theme::build(Palette::Dark, &[], color)
    }

    /// `palette` with `colours` set on single elements; with `color` false, no colour at all.
    pub fn build(palette: Palette, colours: &[(Element, Color)], color: bool) -> Theme {
        let mut theme = match palette {
            Palette::Dark => Theme::dark(),
            Palette::Light => Theme::light(),
            Palette::Mono => Theme::dark().without_colour(),
        };
        for &(element, colour) in colours {
            theme.set(element, colour);
        }
        if color { theme } else { theme.without_colour() }
    }

    fn dark() -> Theme {
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
            focused_border: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            matched: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            mark: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            tag: Style::new().fg(Color::Blue),
            dim: Style::new().add_modifier(Modifier::DIM),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            heading: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            refused: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            roles: vec![
                Style::new().fg(Color::Magenta),
                Style::new().fg(Color::Cyan),
                Style::new().fg(Color::Green),
                Style::new().fg(Color::Yellow),
            ],
        }
    }

    /// For light backgrounds: the dark theme with the pale colours (yellow, cyan) swapped for
    /// ones that keep their contrast on white.
    fn light() -> Theme {
        let dark = Theme::dark();
        Theme {
            focused_border: dark.focused_border.fg(Color::Blue),
            matched: dark.matched.fg(Color::Red),
            key: dark.key.fg(Color::Blue),
            tag: dark.tag.fg(Color::Magenta),
            roles: vec![
                Style::new().fg(Color::Magenta),
                Style::new().fg(Color::Blue),
                Style::new().fg(Color::Green),
                Style::new().fg(Color::Red),
            ],
            ..dark
        }
    }

    /// Colours one element's text (for `selected`, which is reversed, the bar).
    fn set(&mut self, element: Element, colour: Color) {
        let style = match element {
            Element::Title => &mut self.title,
            Element::Border => &mut self.border,
            Element::FocusedBorder => &mut self.focused_border,
            Element::Selected => &mut self.selected,
            Element::Matched => &mut self.matched,
            Element::Mark => &mut self.mark,
            Element::Tag => &mut self.tag,
            Element::Dim => &mut self.dim,
            Element::Key => &mut self.key,
            Element::Heading => &mut self.heading,
            Element::Refused => &mut self.refused,
            Element::Role(n) => match self.roles.get_mut(n) {
                Some(style) => style,
                None => return,
            },
        };
        *style = style.fg(colour);
    }

    pub fn role(&self, role: usize) -> Style {
        self.roles
            .get(role % self.roles.len().max(1))
            .copied()
            .unwrap_or_default()
    }

    fn without_colour(self) -> Theme {
        let plain = |style: Style| {
            Style::new()
                .add_modifier(style.add_modifier)
                .remove_modifier(style.sub_modifier)
        };
        Theme {
            title: plain(self.title),
            border: plain(self.border),
            focused_border: plain(self.focused_border),
            selected: plain(self.selected),
            matched: plain(self.matched),
            mark: plain(self.mark),
            tag: plain(self.tag),
            dim: plain(self.dim),
            key: plain(self.key),
            heading: plain(self.heading),
            refused: plain(self.refused),
            roles: self.roles.into_iter().map(plain).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_counts_when_set_to_anything_but_empty() {
        assert!(colour_wanted(false, None));
        assert!(!colour_wanted(false, Some(OsStr::new("1"))));
        assert!(!colour_wanted(false, Some(OsStr::new("0"))));
        assert!(colour_wanted(false, Some(OsStr::new(""))));
        assert!(!colour_wanted(true, None));
    }

    #[test]
    fn every_element_name_parses_and_others_do_not() {
        for name in Element::NAMES {
            assert!(Element::from_name(name).is_some(), "{name}");
        }
        for name in ["role_0", "role_5", "Title", "roles", ""] {
            assert_eq!(Element::from_name(name), None, "{name}");
        }
    }

    #[test]
    fn the_light_theme_has_no_pale_text() {
        let light = Theme::build(Palette::Light, &[], true);
        let styles = [
            light.focused_border,
            light.matched,
            light.mark,
            light.tag,
            light.key,
        ];
        for style in styles.iter().chain(&light.roles) {
            assert!(
                !matches!(style.fg, Some(Color::Yellow | Color::Cyan | Color::White)),
                "{style:?}"
            );
        }
    }

    #[test]
    fn a_colour_override_applies_and_no_colour_still_wins() {
        let custom = [
            (Element::FocusedBorder, Color::Magenta),
            (Element::Role(1), Color::Red),
        ];
        let theme = Theme::build(Palette::Dark, &custom, true);
        assert_eq!(theme.focused_border.fg, Some(Color::Magenta));
        assert_eq!(theme.roles[1].fg, Some(Color::Red));
        assert!(theme.focused_border.add_modifier.contains(Modifier::BOLD));
        let plain = Theme::build(Palette::Dark, &custom, false);
        assert_eq!(plain.focused_border.fg, None);
        assert_eq!(Theme::build(Palette::Mono, &[], true), Theme::new(false));
    }
}
