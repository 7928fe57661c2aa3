//! rolefit: compare film careers (director, producer, ...) by what they do, and see which fits you.

pub mod action;
pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod deck;
pub mod effects;
pub mod event;
pub mod fit;
pub mod guided;
pub mod input;
pub mod keymap;
pub mod marks;
pub mod report;
pub mod ron_position;
pub mod search;
pub mod session;
pub mod summary;
pub mod swap;
pub mod tui;
pub mod ui;
pub mod update;
