//! The result said in words: the reading (naming the deal-breakers that screen a role), the
//! rule behind it, and the notes, shared by the result screen, the report and `score`.

use crate::deck::{Deck, ItemIndex};
use crate::fit::Reading;
use crate::swap::{Change, Swap};

use super::{Note, Summary};

/// The rule the reading follows, shown beside it.
pub const RULE: &str = "First screen, then compare: a role with a deal-breaker (a duty or \
    skill you would not do) cannot lead while a role without one exists; its figure still \
    counts every trait you marked.";

/// At most this many deal-breakers are named in the reading; the rest are counted.
const NAMED_IN_READING: usize = 3;

/// The reading in words: e.g. `Director fits best: Producer leads on traits by 8 points, but
/// you would not do Marketing`.
pub fn reading_words(deck: &Deck, summary: &Summary) -> String {
    let every_role_screened =
        !summary.fits.is_empty() && summary.fits.iter().all(|fit| fit.is_screened());
    let short = crate::fit::describe(deck, summary.reading);
    match summary.reading {
        Reading::Screened { role, over, points } => {
            let refused = summary
                .roles
                .get(over)
                .map_or(&[][..], |over| &over.refused[..]);
            let on_traits = match points {
                0 => "is level on traits".to_string(),
                1 => "leads on traits by 1 point".to_string(),
                _ => format!("leads on traits by {points} points"),
            };
            format!(
                "{} fits best: {} {on_traits}, but you would not do {}",
                deck.roles[role].name,
                deck.roles[over].name,
                named(deck, refused)
            )
        }
        _ if every_role_screened => {
            format!("{short}. Every role has a deal-breaker, so the lead is by fit alone")
        }
        _ => short,
    }
}

/// `Mark Managing a budget and Negotiation, and Producer leads.`
pub fn swap_sentence(deck: &Deck, swap: &Swap) -> String {
    let leader = &deck.roles[swap.new_leader].name;
    if swap.changes.is_empty() {
        return format!("No new marks alone would put {leader} in the lead.");
    }
    let titles = |kind: fn(&Change) -> bool| -> Vec<String> {
        swap.changes
            .iter()
            .filter(|c| kind(c))
            .map(|c| deck.item(c.item()).title.to_string())
            .collect()
    };
    let marks = titles(|c| matches!(c, Change::Have(_)));
    let leans = titles(|c| matches!(c, Change::Lean(..)));
    let accepts = titles(|c| matches!(c, Change::Accept(_)));
    let mut parts = Vec::new();
    if !accepts.is_empty() {
        parts.push(format!("do {} after all", join_and(&accepts)));
    }
    if !marks.is_empty() {
        parts.push(format!("mark {}", join_and(&marks)));
    }
    if !leans.is_empty() {
        parts.push(format!("lean to {leader} on {}", join_and(&leans)));
    }
    let sentence = format!("{}, and {leader} leads.", parts.join(", and "));
    let mut chars = sentence.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `A`, `A and B`, `A, B and C`.
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A note in words.
pub fn note_words(deck: &Deck, summary: &Summary, note: Note) -> String {
    let figure = |role: usize| summary.fits.get(role).map_or(0, |fit| fit.rounded());
    match note {
        Note::BothFit { first, second } => format!(
            "{} and {} both fit ({}% and {}%): one person can hold both jobs on a film, as \
             some do.",
            deck.roles[first].name,
            deck.roles[second].name,
            figure(first),
            figure(second)
        ),
        Note::FlatAnswers => "Answers this even cannot tell the roles apart: the guided \
            assessment's forced choices (rolefit assess) can."
            .to_string(),
    }
}

/// Up to [`NAMED_IN_READING`] titles, then how many more.
fn named(deck: &Deck, items: &[ItemIndex]) -> String {
    let mut titles: Vec<String> = items
        .iter()
        .take(NAMED_IN_READING)
        .map(|&item| deck.item(item).title.to_string())
        .collect();
    if items.len() > NAMED_IN_READING {
        titles.push(format!("{} more", items.len() - NAMED_IN_READING));
    }
    join_and(&titles)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::{Mark, Marks};
    use crate::summary::summarise;

    fn answered(deck: &Deck, have: &[&str], refuse: &[&str]) -> Summary {
        let mut marks = Marks::for_deck(deck);
        for (ids, mark) in [(have, Mark::Have), (refuse, Mark::Refuse)] {
            for id in ids {
                marks.set(deck.item_index(id).unwrap(), Some(mark));
            }
        }
        summarise(deck, &marks)
    }

    #[test]
    fn a_screened_role_is_named_with_its_lead_and_its_deal_breakers() {
        let deck = Deck::builtin().unwrap();
        let summary = answered(
            &deck,
            &[
                "managing-a-budget",
                "hiring-the-crew",
                "negotiation",
                "interpreting-scripts",
            ],
            &["marketing"],
        );
        let words = reading_words(&deck, &summary);
        assert!(
            words.starts_with("Director fits best: Producer leads on traits by "),
            "{words}"
        );
        assert!(words.ends_with("but you would not do Marketing"), "{words}");
    }

    #[test]
    fn more_than_three_deal_breakers_are_counted() {
        let deck = Deck::builtin().unwrap();
        let refused = [
            "marketing",
            "distribution",
            "hiring-the-crew",
            "negotiation",
            "flexibility",
        ];
        let summary = answered(
            &deck,
            &[
                "managing-a-budget",
                "business-knowledge",
                "critical-thinking",
                "long-term-focus",
                "creating-a-filming-schedule",
                "interpreting-scripts",
            ],
            &refused,
        );
        let words = reading_words(&deck, &summary);
        assert!(words.ends_with(" and 2 more"), "{words}");
    }

    #[test]
    fn every_role_screened_says_so_and_leads_by_fit() {
        let deck = Deck::builtin().unwrap();
        let summary = answered(&deck, &["marketing"], &["framing-shots", "leadership"]);
        let words = reading_words(&deck, &summary);
        assert!(words.starts_with("Leaning Producer by"), "{words}");
        assert!(words.contains("Every role has a deal-breaker"), "{words}");
    }

    #[test]
    fn the_notes_name_both_roles_and_the_assessment() {
        let deck = Deck::builtin().unwrap();
        let summary = answered(&deck, &[], &[]);
        let both = note_words(
            &deck,
            &summary,
            Note::BothFit {
                first: 1,
                second: 0,
            },
        );
        assert!(
            both.starts_with("Producer and Director both fit (0% and 0%)"),
            "{both}"
        );
        assert!(note_words(&deck, &summary, Note::FlatAnswers).contains("rolefit assess"));
    }
}
