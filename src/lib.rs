//! rolefit: compare film careers (director, producer, ...) by what they do, and see which fits you.

pub mod cli;
pub mod commands;
pub mod deck;
pub mod fit;
pub mod marks;
pub mod search;
