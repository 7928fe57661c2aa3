//! Input from strangers: text cleaned once where it enters, files read only when they are regular
//! files within a size limit, and file names made safe.
//!
//! Decks, sessions, config files and peer files are shared between people who do not know each
//! other, so each is read as hostile. Nothing here knows what a deck or a session is: the
//! loaders call these pieces, and the only I/O is one read, in [`read`].

mod emoji;
mod escape;
mod finding;
pub mod name;
pub mod read;
mod refusal;
pub mod text;
