//! `rolefit man`: one self-contained page. clap_mangen writes the title, synopsis and global
//! options; the rest is written here, because its subcommand list points to `rolefit-list(1)`
//! and the like, pages that are never generated.

use std::io::{self, Write};

use clap_mangen::Man;

use crate::exit::EXIT_STATUSES;
use crate::keymap::{Key, Keymap};
use crate::mode::Mode;

/// Writes the whole page as roff.
pub fn render(out: &mut dyn Write) -> io::Result<()> {
    let command = crate::cli::command();
    let man = Man::new(command.clone());
    man.render_title(out)?;
    // No hyphenation: paths and option names broken across lines cannot be copied.
    writeln!(out, ".nh")?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    commands(&command, out)?;
    keys(out)?;
    writeln!(out, ".SH \"EXIT STATUS\"")?;
    for (status, meaning) in EXIT_STATUSES {
        entry(out, &format!("\\fB{status}\\fR"), &escape(meaning))?;
    }
    environment(out)?;
    files(out)?;
    man.render_version_section(out)
}

/// Every subcommand with its synopsis, arguments and options, under its own heading.
fn commands(command: &clap::Command, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, ".SH COMMANDS")?;
    writeln!(
        out,
        "Without a command, rolefit opens the explorer. The global options above work before \
         or after a command."
    )?;
    for sub in command.get_subcommands() {
        let name = format!("rolefit {}", sub.get_name());
        writeln!(out, ".SS \"{name}\"")?;
        if let Some(about) = sub.get_long_about().or(sub.get_about()) {
            writeln!(out, "{}", escape(&about.to_string()))?;
        }
        // -h is on every command and said once, in OPTIONS above.
        let page = Man::new(sub.clone().bin_name(&name).disable_help_flag(true));
        writeln!(out, ".PP")?;
        write_body(out, |buffer| page.render_synopsis_section(buffer))?;
        write_body(out, |buffer| page.render_options_section(buffer))?;
    }
    Ok(())
}

/// What clap_mangen renders, without its `.SH` headings (so it sits under a subcommand's `.SS`)
/// and without the string definition it repeats in every piece (the title already made it).
fn write_body(
    out: &mut dyn Write,
    render: impl FnOnce(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    let mut buffer = Vec::new();
    render(&mut buffer)?;
    let text = String::from_utf8_lossy(&buffer);
    let repeated = [".SH ", ".ie \\n(.g .ds Aq", ".el .ds Aq"];
    for line in text
        .lines()
        .filter(|line| !repeated.iter().any(|start| line.starts_with(start)))
    {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The explorer's default keys, mode by mode, from the same table that drives dispatch and the
/// help overlay. Rows with one description (the numbered sides, say) share a line.
fn keys(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, ".SH KEYS")?;
    writeln!(
        out,
        "The explorer's default keys. The config file can change every one (see FILES), except \
         that {} always quits. Where text is typed (the search, the report path), other plain \
         characters type.",
        escape(&Key::ALWAYS_QUITS.label(true))
    )?;
    let keymap = Keymap::default();
    for mode in Mode::ALL {
        let name = mode.name();
        let mut heading = name[..1].to_uppercase();
        heading.push_str(&name[1..]);
        writeln!(out, ".SS \"{heading}\"")?;
        for (keys, description) in keymap.own_lines(mode, true) {
            let tag = format!("\\fB{}\\fR", escape(&keys.join(", ")));
            entry(out, &tag, &escape(description))?;
        }
    }
    Ok(())
}

fn environment(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, ".SH ENVIRONMENT")?;
    for (name, text) in [
        (
            "NO_COLOR",
            "When set to a non\\-empty value, draw without colour, as \\-\\-no\\-color does \
             (https://no\\-color.org). Marks, focus and matches do not depend on colour.",
        ),
        (
            "XDG_CONFIG_HOME",
            "The config file is $XDG_CONFIG_HOME/rolefit/config.ron; when it is unset, \
             ~/.config/rolefit/config.ron.",
        ),
        (
            "XDG_DATA_HOME",
            "Sessions are kept in $XDG_DATA_HOME/rolefit/; when it is unset, \
             ~/.local/share/rolefit/.",
        ),
        ("HOME", "The base of the two defaults above."),
    ] {
        entry(out, &format!("\\fB{}\\fR", escape(name)), text)?;
    }
    Ok(())
}

fn files(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, ".SH FILES")?;
    for (path, text) in [
        (
            "~/.config/rolefit/config.ron",
            "The config file (or the one named by \\-\\-config): keys, theme, colours, the \
             mouse and ASCII drawing. Every field is optional and an empty file means all \
             defaults. \\fBrolefit config\\fR checks it; \\fBrolefit config \\-\\-default\\fR \
             prints a documented example.",
        ),
        (
            "~/.local/share/rolefit/DECK_ID.ron",
            "The session for a deck: your marks, leans and position, saved as you go (or the \
             file named by \\-\\-session). A file that cannot be read is left as it is and \
             rolefit exits with 2. \\-\\-fresh\\-session, and R in the explorer, move it aside \
             to a timestamped .bak file next to it.",
        ),
    ] {
        entry(out, &format!("\\fI{}\\fR", escape(path)), text)?;
    }
    Ok(())
}

/// A tagged paragraph; `tag` and `text` are roff already.
fn entry(out: &mut dyn Write, tag: &str, text: &str) -> io::Result<()> {
    writeln!(out, ".TP\n{tag}\n{text}")
}

/// Plain text as roff: backslashes and hyphens escaped, and no line that starts like a request.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}
