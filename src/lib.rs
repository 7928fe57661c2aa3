//! rolefit: compare film careers (director, producer, ...) by what they do, and see which fits you.

pub mod action;
pub mod app;
pub mod cli;
pub mod commands;
pub mod deck;
pub mod event;
pub mod fit;
pub mod input;
pub mod keymap;
pub mod marks;
pub mod ron_position;
pub mod search;
pub mod tui;
pub mod ui;
pub mod update;
