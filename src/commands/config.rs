//! `rolefit config`: checks the config file and says which one is read; `--default` prints the
//! documented example to start one from.

use std::io::Write;
use std::path::Path;

use crate::config;
use crate::exit::Outcome;

pub fn run(default: bool, explicit: Option<&Path>, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    if default {
        out.write_all(config::EXAMPLE.as_bytes())?;
        return Ok(Outcome::Success);
    }
    config::load(explicit)?;
    let path = explicit
        .map(Path::to_path_buf)
        .or_else(config::default_path);
    match path {
        Some(path) if path.exists() => writeln!(out, "ok: {}", path.display())?,
        Some(path) => writeln!(
            out,
            "no config file at {}: rolefit uses its defaults\n\
             (`rolefit config --default > {}` writes a documented one to edit)",
            path.display(),
            path.display()
        )?,
        None => writeln!(
            out,
            "no home directory, so no config file: rolefit uses its defaults"
        )?,
    }
    Ok(Outcome::Success)
}
