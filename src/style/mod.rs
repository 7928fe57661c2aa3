//! How the screen looks, chosen once at start: the theme's styles and the glyphs it draws with.

pub mod glyphs;
pub mod theme;
