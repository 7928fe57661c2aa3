//! `rolefit invite`, and `rolefit peers add|list|remove`: rate-me files for peers, and their
//! answers kept beside the session. (`rolefit rate`, which fills one in, runs the explorer.)

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::{Context, bail};
use serde::Serialize;

use super::{session_file, table};
use crate::cli::{Cli, PeersAction};
use crate::deck::Deck;
use crate::exit::Outcome;
use crate::peers::{Added, Peers, clean_name, store};
use crate::session::{self, Rating, SavedMark, Session};
use crate::untrusted::name::file_stem;

/// Writes a rate-me file: the deck's id, `name` (and the peer's, if given), a card order of its
/// own, and no answer of the user's. An existing file is never replaced.
pub fn invite(
    deck: &Deck,
    name: &str,
    peer: Option<&str>,
    out: Option<&Path>,
    report: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let subject = clean_name(name).context("--name: give the name your peers know you by")?;
    let rater = match peer {
        Some(peer) => Some(clean_name(peer).context("--peer: the name is empty")?),
        None => None,
    };
    let path = out.map_or_else(
        || PathBuf::from(format!("rate-{}.ron", file_stem(&subject))),
        Path::to_path_buf,
    );
    if let Some(own) = session::own_file(&path, None) {
        bail!(
            "{} is {}; choose another --out",
            path.display(),
            own.describe()
        );
    }
    let mut session = Session::new(deck);
    session.rating = Some(Rating {
        subject: subject.clone(),
        rater,
    });
    let text = session::to_text(&session)?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .with_context(|| {
            format!(
                "cannot write the rate-me file {} (it is never replaced)",
                path.display()
            )
        })?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    writeln!(
        report,
        "Wrote {}: send it to your peer, who runs `rolefit rate {}` and sends it back; then \
         `rolefit peers add {}`.",
        path.display(),
        path.display(),
        path.display()
    )?;
    Ok(Outcome::Success)
}

pub fn run(
    cli: &Cli,
    deck: &Deck,
    action: &PeersAction,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let path = peers_path(cli, deck)?;
    match action {
        PeersAction::Add { files } => {
            // Every file is read and checked first: one that does not read changes nothing.
            let rated: Vec<(String, BTreeMap<String, SavedMark>, usize)> = files
                .iter()
                .map(|file| rated(deck, file))
                .collect::<anyhow::Result<_>>()?;
            let _lock = session_file::lock_side_file(&path)?;
            let mut peers = store::load(&path, &deck.id)?;
            let mut said = Vec::new();
            for (name, marks, ignored) in rated {
                let answers = marks.len() - ignored;
                let added = peers.add(&name, marks, SystemTime::now())?;
                said.push(match added {
                    Added::New => format!("Added {name}'s answers ({answers})"),
                    Added::Replaced => {
                        format!("Replaced {name}'s earlier answers with these ({answers})")
                    }
                });
                if ignored > 0 {
                    said.push(format!(
                        "  {ignored} of {name}'s answers are for items this deck lacks: ignored"
                    ));
                }
            }
            store::save(&peers, &path)?;
            for line in said {
                writeln!(out, "{line}")?;
            }
        }
        PeersAction::List { json } => list(&store::load(&path, &deck.id)?, *json, out)?,
        PeersAction::Remove { name } => {
            let _lock = session_file::lock_side_file(&path)?;
            let mut peers = store::load(&path, &deck.id)?;
            let removed = peers.remove(name)?;
            store::save(&peers, &path)?;
            writeln!(out, "Removed {}'s answers", removed.name)?;
        }
    }
    Ok(Outcome::Success)
}

/// The peers file beside the session the command line names.
pub fn peers_path(cli: &Cli, deck: &Deck) -> anyhow::Result<PathBuf> {
    session_file::path(cli, deck)
        .map(|session| store::path_beside(&session))
        .context("peers' answers are kept beside the session file, and there is none (--no-session, or no home folder)")
}

/// The peers the explorer and the report show: none without a session file or a peers file.
pub fn load_for(cli: &Cli, deck: &Deck) -> anyhow::Result<Peers> {
    match session_file::path(cli, deck) {
        Some(session) => Ok(store::load(&store::path_beside(&session), &deck.id)?),
        None => Ok(Peers::new(&deck.id)),
    }
}

/// The peers the explorer starts with (none without a session file), and a notice when the
/// peers file is there but cannot be read (it is then left as it is).
pub fn for_explorer(session: Option<&Path>, deck: &Deck) -> (Peers, Option<String>) {
    let Some(session) = session else {
        return (Peers::new(&deck.id), None);
    };
    match store::load(&store::path_beside(session), &deck.id) {
        Ok(peers) => (peers, None),
        Err(error) => (
            Peers::new(&deck.id),
            Some(format!("{error} (left as it is)")),
        ),
    }
}

/// A rated rate-me file's rater and marks by id, and how many of them the deck lacks.
fn rated(deck: &Deck, file: &Path) -> anyhow::Result<(String, BTreeMap<String, SavedMark>, usize)> {
    let shown = file.display();
    let session = session::load(file, &deck.id)
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .with_context(|| format!("{shown}: no such file"))?;
    let Some(rating) = &session.rating else {
        bail!("{shown} is a session, not a rate-me file (`rolefit invite` writes one)");
    };
    let Some(rater) = rating.rater.as_deref().and_then(clean_name) else {
        bail!(
            "{shown} does not say who rated: the peer runs `rolefit rate {shown} --name THEIR_NAME`"
        );
    };
    let ignored = session.restore(deck).ignored.len();
    Ok((rater, session.marks_by_id(), ignored))
}

#[derive(Serialize)]
struct ListedPeer<'a> {
    name: &'a str,
    added: &'a str,
    answers: usize,
}

fn list(peers: &Peers, json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    let listed: Vec<ListedPeer> = peers
        .peers
        .iter()
        .map(|p| ListedPeer {
            name: &p.name,
            added: &p.added,
            answers: p.marks.len(),
        })
        .collect();
    if json {
        serde_json::to_writer_pretty(&mut *out, &listed)?;
        writeln!(out)?;
    } else if listed.is_empty() {
        writeln!(
            out,
            "No peers yet: `rolefit invite --name YOUR_NAME` writes a file for one."
        )?;
    } else {
        let rows: Vec<Vec<String>> = listed
            .iter()
            .map(|p| {
                vec![
                    p.name.to_string(),
                    p.added.to_string(),
                    p.answers.to_string(),
                ]
            })
            .collect();
        table::write(out, &["NAME", "ADDED", "ANSWERS"], &rows)?;
    }
    Ok(())
}
