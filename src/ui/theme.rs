//! The styles of every element. Colours are the terminal's named palette, so they follow the
//! user's scheme; the monochrome theme keeps every modifier, because no state is shown by colour
//! alone.

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
    /// One style per role, cycled when a deck has more roles.
    pub roles: Vec<Style>,
}

impl Theme {
    /// The default theme, or the monochrome one when colour is off.
    pub fn new(color: bool) -> Theme {
        let theme = Theme {
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
            roles: vec![
                Style::new().fg(Color::Magenta),
                Style::new().fg(Color::Cyan),
                Style::new().fg(Color::Green),
                Style::new().fg(Color::Yellow),
            ],
        };
        if color { theme } else { theme.without_colour() }
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
            roles: self.roles.into_iter().map(plain).collect(),
        }
    }
}
