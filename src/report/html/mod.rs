//! The report as one self-contained HTML page: inline CSS and SVG, no scripts, no external
//! addresses, no web fonts, so it opens offline and prints cleanly. Built with maud, which
//! escapes every value by default: a deck's text can never become markup.

mod svg;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{NOT_A_VERDICT, RULE, note_words, reading_words, swap_sentence};
use crate::breakdown::Breakdown;
use crate::deck::{Deck, ItemIndex, Pane};
use crate::fit::RoleFit;
use crate::johari::{PeerView, Seen, count_words};
use crate::summary::Summary;
use svg::{Bar, Group, Line};

const STYLE: &str = include_str!("style.css");
/// A list longer than this shows its first items and a count of the rest, as the terminal
/// result does, so that a huge deck still makes a page of a few megabytes.
pub const MAX_LISTED: usize = 100;

/// One snapshot as the page's history shows it: its name, date and each role's fit.
pub struct SnapshotFits<'a> {
    pub name: &'a str,
    pub date: &'a str,
    pub fits: &'a [RoleFit],
}

/// Each snapshot of `history` beside its fits (`fits[n]` for the n-th), oldest first.
pub fn snapshot_fits<'a>(
    history: &'a crate::history::History,
    fits: &'a [Vec<RoleFit>],
) -> Vec<SnapshotFits<'a>> {
    history
        .snapshots
        .iter()
        .zip(fits)
        .map(|(s, fits)| SnapshotFits {
            name: &s.name,
            date: s.taken.get(..10).unwrap_or(&s.taken),
            fits,
        })
        .collect()
}

/// What the page shows beside the summary.
pub struct Extras<'a> {
    pub breakdown: &'a Breakdown,
    /// Oldest first; the page adds "now". Empty: no history section.
    pub snapshots: Vec<SnapshotFits<'a>>,
    pub peers: Option<&'a PeerView>,
}

pub fn page(deck: &Deck, summary: &Summary, extras: &Extras) -> String {
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "rolefit: " (deck.title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { "Your fit: " (deck.title) }
                    p class="muted" { (NOT_A_VERDICT) }
                }
                main {
                    (fit_section(deck, summary))
                    (panes_section(deck, extras.breakdown))
                    (phases_section(deck, extras.breakdown))
                    @for role in &summary.roles {
                        (role_section(deck, role))
                    }
                    @if let Some(swap) = &summary.to_swap_lead {
                        section {
                            h2 { "What would change the lead" }
                            p { (swap_sentence(deck, swap)) }
                        }
                    }
                    @if !extras.snapshots.is_empty() {
                        (history_section(deck, summary, &extras.snapshots))
                    }
                    @if let Some(view) = extras.peers {
                        (peers_section(deck, view))
                    }
                }
                footer { p { "Made with rolefit " (env!("CARGO_PKG_VERSION")) "." } }
            }
        }
    };
    markup.into_string()
}

fn fit_section(deck: &Deck, summary: &Summary) -> Markup {
    let bars = summary
        .fits
        .iter()
        .map(|fit| Bar {
            label: &deck.roles[fit.role].name,
            percent: Some(fit.rounded()),
            role: fit.role,
        })
        .collect();
    let groups = [Group {
        label: "All answers",
        bars,
    }];
    let desc = figures_in_words(deck, &summary.fits);
    html! {
        section {
            h2 { "Fit" }
            figure { (svg::bars("fit", "Fit per role", &desc, &groups)) }
            table {
                caption { "Fit per role: the share of each role's weight you marked" }
                thead { tr { th scope="col" { "Role" } th scope="col" { "Fit" } th scope="col" { "Items" } th scope="col" { "Deal-breakers" } } }
                tbody {
                    @for (fit, role) in summary.fits.iter().zip(&summary.roles) {
                        tr {
                            th scope="row" { (deck.roles[fit.role].name) }
                            td class="number" { (fit.rounded()) "%" }
                            td class="number" { (fit.have) "/" (fit.total) }
                            td class="number" { (role.refused.len()) }
                        }
                    }
                }
            }
            p class="reading" { (reading_words(deck, summary)) "." }
            @for &note in &summary.notes {
                blockquote { (note_words(deck, summary, note)) }
            }
            @if summary.fits.iter().any(RoleFit::is_screened) {
                p class="muted" { (RULE) }
            }
        }
    }
}

fn figures_in_words(deck: &Deck, fits: &[RoleFit]) -> String {
    let words: Vec<String> = fits
        .iter()
        .map(|f| format!("{} {}%", deck.roles[f.role].name, f.rounded()))
        .collect();
    words.join(", ")
}

fn panes_section(deck: &Deck, breakdown: &Breakdown) -> Markup {
    let groups: Vec<Group> = Pane::ALL
        .iter()
        .zip(&breakdown.panes)
        .map(|(pane, fits)| Group {
            label: pane.title(),
            bars: fits
                .iter()
                .map(|fit| Bar {
                    label: &deck.roles[fit.role].name,
                    percent: (fit.total > 0).then(|| fit.rounded()),
                    role: fit.role,
                })
                .collect(),
        })
        .collect();
    let desc: Vec<String> = Pane::ALL
        .iter()
        .zip(&breakdown.panes)
        .map(|(pane, fits)| format!("{}: {}", pane.title(), figures_in_words(deck, fits)))
        .collect();
    html! {
        section {
            h2 { "By pane" }
            figure { (svg::bars("panes", "Fit per pane and role", &desc.join("; "), &groups)) }
        }
    }
}

fn phases_section(deck: &Deck, breakdown: &Breakdown) -> Markup {
    if breakdown.phases.is_empty() {
        return html! {};
    }
    let groups: Vec<Group> = deck
        .phases
        .iter()
        .enumerate()
        .map(|(phase, info)| Group {
            label: &info.name,
            bars: breakdown
                .phases
                .of_phase(phase)
                .iter()
                .enumerate()
                .map(|(role, fit)| Bar {
                    label: &deck.roles[role].name,
                    percent: fit.rounded(),
                    role,
                })
                .collect(),
        })
        .collect();
    html! {
        section {
            h2 { "By phase of a film's life" }
            p class="muted" { "The phases are rolefit's reading of the source, not its words." }
            figure { (svg::bars("phases", "Fit per phase and role", "Each role's fit in each phase, from development to release", &groups)) }
        }
    }
}

fn item_list(deck: &Deck, items: &[ItemIndex]) -> Markup {
    html! {
        @if items.is_empty() {
            p class="muted" { "none yet" }
        } @else {
            ul class="items" {
                @for &item in items.iter().take(MAX_LISTED) {
                    li { (deck.item(item).title) }
                }
            }
            @if items.len() > MAX_LISTED {
                p class="muted" { "… and " (items.len() - MAX_LISTED) " more (rolefit report --format json lists them all)" }
            }
        }
    }
}

fn role_section(deck: &Deck, role: &crate::summary::RoleSummary) -> Markup {
    let name = &deck.roles[role.role].name;
    html! {
        section class="role" {
            h2 { (name) }
            @if !role.refused.is_empty() {
                h3 { "Would not do (" (role.refused.len()) ")" }
                (item_list(deck, &role.refused))
            }
            h3 { "Strengths (" (role.strengths.len()) ")" }
            (item_list(deck, &role.strengths))
            h3 { "To grow toward " (name) " (" (role.gaps.len()) ")" }
            (item_list(deck, &role.gaps))
        }
    }
}

fn history_section(deck: &Deck, summary: &Summary, snapshots: &[SnapshotFits]) -> Markup {
    let mut labels: Vec<String> = snapshots.iter().map(|s| s.date.to_string()).collect();
    labels.push("now".to_string());
    let series: Vec<Line> = deck
        .roles
        .iter()
        .enumerate()
        .map(|(role, info)| Line {
            label: &info.name,
            role,
            points: snapshots
                .iter()
                .map(|s| s.fits[role].rounded())
                .chain(std::iter::once(summary.fits[role].rounded()))
                .collect(),
        })
        .collect();
    html! {
        section {
            h2 { "Over time" }
            figure { (svg::lines("history", "Fit per role at each snapshot and now", "Each role's fit across your snapshots, ending with your answers now", &labels, &series)) }
            table {
                caption { "Your snapshots" }
                thead { tr { th scope="col" { "Snapshot" } th scope="col" { "Date" } @for role in &deck.roles { th scope="col" { (role.name) } } } }
                tbody {
                    @for snapshot in snapshots {
                        tr {
                            th scope="row" { (snapshot.name) }
                            td { (snapshot.date) }
                            @for fit in snapshot.fits { td class="number" { (fit.rounded()) "%" } }
                        }
                    }
                    tr {
                        th scope="row" { "now" }
                        td {}
                        @for fit in &summary.fits { td class="number" { (fit.rounded()) "%" } }
                    }
                }
            }
        }
    }
}

fn seen_list(deck: &Deck, seen: &[Seen]) -> Markup {
    html! {
        @if seen.is_empty() {
            span class="muted" { "none" }
        } @else {
            ul {
                @for s in seen.iter().take(MAX_LISTED) {
                    li { (deck.item(s.item).title) @let count = count_words(s); @if !count.is_empty() { " (" (count) ")" } }
                }
            }
            @if seen.len() > MAX_LISTED { span class="muted" { "… and " (seen.len() - MAX_LISTED) " more" } }
        }
    }
}

fn peers_section(deck: &Deck, view: &PeerView) -> Markup {
    html! {
        section {
            h2 { "Through your peers' eyes" }
            p { "Peers: " (super::join_and(&view.names)) "." }
            table {
                caption { "Fit as you see yourself and as your peers see you" }
                thead { tr { th scope="col" { "Role" } th scope="col" { "You" } th scope="col" { "Your peers" } } }
                tbody {
                    @for (own, peers) in &view.roles {
                        tr { th scope="row" { (deck.roles[own.role].name) } td class="number" { (own.rounded()) "%" } td class="number" { (peers.rounded()) "%" } }
                    }
                }
            }
            @for (pane, window) in &view.windows {
                h3 { (pane.title()) ": the Johari window" }
                table class="johari" {
                    caption { (pane.title()) " by who sees them" }
                    tr {
                        td { strong { "Open" } ", you and your peers see:" (seen_list(deck, &window.open)) }
                        td { strong { "Blind spot" } ", only your peers see:" (seen_list(deck, &window.blind)) }
                    }
                    tr {
                        td { strong { "Hidden" } ", only you see:" (seen_list(deck, &window.hidden)) }
                        td { strong { "Unknown" } ", neither sees:" (seen_list(deck, &window.unknown)) }
                    }
                }
            }
            @if !view.disagreements.is_empty() {
                h3 { "Where you and your peers differ most" }
                (seen_list(deck, &view.disagreements[..view.disagreements.len().min(20)]))
            }
        }
    }
}
