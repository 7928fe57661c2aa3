//! The built-in deck's phases (issue 14): five stages of a film's life, every duty in one of
//! them as we read the article, skills only where the article places them plainly.

mod common;

use common::builtin_deck;
use rolefit::deck::{Deck, Pane};
use rolefit::marks::Marks;
use rolefit::phases::phase_fits;

const PHASES: [(&str, &str); 5] = [
    ("development", "Development"),
    ("pre-production", "Pre-production"),
    ("production", "Production"),
    ("post-production", "Post-production"),
    ("release", "Release"),
];

/// Every duty and its phase; the reason for each is in the note on phases in docs/sessions.md.
const DUTY_PHASES: [(&str, &str); 15] = [
    ("interpreting-scripts", "pre-production"),
    ("auditioning-and-casting", "pre-production"),
    ("organizing-the-crew", "production"),
    ("framing-shots", "production"),
    ("coaching-actors", "production"),
    ("mediating-conflict", "production"),
    ("editing-film", "post-production"),
    ("managing-a-budget", "development"),
    ("scouting-filming-locations", "pre-production"),
    ("hiring-the-crew", "pre-production"),
    ("overseeing-script-development", "development"),
    ("supervising-business-operations", "pre-production"),
    ("creating-a-filming-schedule", "pre-production"),
    ("marketing", "release"),
    ("distribution", "release"),
];

/// The skills the article places in one stage; every other skill has no phase.
const SKILL_PHASES: [(&str, &str); 5] = [
    ("knowledge-of-cinematography", "production"),
    ("patience", "production"),
    ("attention-to-detail", "production"),
    ("critical-thinking", "development"),
    ("flexibility", "production"),
];

fn phase_id<'a>(deck: &'a Deck, id: &str) -> Option<&'a str> {
    let index = deck
        .item_index(id)
        .unwrap_or_else(|| panic!("no item `{id}`"));
    deck.phase_of(deck.item(index))
        .map(|phase| phase.id.as_str())
}

#[test]
fn the_builtin_deck_has_the_five_phases_of_a_films_life_in_order() {
    let deck = builtin_deck();
    let phases: Vec<(&str, &str)> = deck
        .phases
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    assert_eq!(phases, PHASES);
}

#[test]
fn every_duty_has_its_phase() {
    let deck = builtin_deck();
    assert_eq!(deck.pane_items(Pane::Duties).len(), DUTY_PHASES.len());
    for (id, phase) in DUTY_PHASES {
        assert_eq!(phase_id(&deck, id), Some(phase), "phase of `{id}`");
    }
    assert!(deck.pane_items(Pane::Duties).all(|d| d.phase().is_some()));
}

#[test]
fn only_the_skills_the_article_places_have_a_phase_and_no_difference_has_one() {
    let deck = builtin_deck();
    for skill in deck.pane_items(Pane::Skills) {
        let expected = SKILL_PHASES
            .iter()
            .find(|(id, _)| *id == &*skill.id)
            .map(|(_, phase)| *phase);
        assert_eq!(
            phase_id(&deck, &skill.id),
            expected,
            "phase of `{}`",
            skill.id
        );
    }
    assert!(
        deck.pane_items(Pane::Differences)
            .all(|d| d.phase().is_none())
    );
}

#[test]
fn the_producer_spans_the_films_life_and_the_director_the_shoot_and_the_edit() {
    // The article: the producer works "from the beginning phase of securing funding to
    // advertising the completed film"; the director concentrates on filming and editing.
    let deck = builtin_deck();
    let fits = phase_fits(&deck, &Marks::for_deck(&deck));
    let with_figure = |role: &str| -> Vec<&str> {
        let role = deck.role_index(role).unwrap();
        fits.of_role(role)
            .filter(|fit| fit.percent.is_some())
            .map(|fit| deck.phases[fit.phase].id.as_str())
            .collect()
    };
    assert_eq!(
        with_figure("producer"),
        ["development", "pre-production", "production", "release"]
    );
    assert_eq!(
        with_figure("director"),
        ["pre-production", "production", "post-production"]
    );
    let budget = deck.item(deck.item_index("managing-a-budget").unwrap());
    let marketing = deck.item(deck.item_index("marketing").unwrap());
    assert_eq!(budget.phase(), Some(0), "the first phase: securing funding");
    assert_eq!(
        marketing.phase(),
        Some(PHASES.len() - 1),
        "the last: advertising"
    );
}
