//! The built-in deck holds every item of the source article with the right roles; shipped decks and the example in docs/deck-format.md are valid.

mod common;

use std::path::PathBuf;

use common::builtin_deck;
use rolefit::deck::{BUILTIN_ORIGIN, BUILTIN_SOURCE, Deck, Item, ItemKind, Pane};

const DIRECTOR_DUTIES: [&str; 7] = [
    "Interpreting scripts",
    "Auditioning and casting",
    "Organizing the crew",
    "Framing shots",
    "Coaching actors",
    "Mediating conflict",
    "Editing film",
];

const PRODUCER_DUTIES: [&str; 8] = [
    "Managing a budget",
    "Scouting filming locations",
    "Hiring the crew",
    "Overseeing script development",
    "Supervising business operations",
    "Creating a filming schedule",
    "Marketing",
    "Distribution",
];

const DIRECTOR_SKILLS: [&str; 4] = [
    "Knowledge of cinematography",
    "Patience",
    "Creativity",
    "Attention to detail",
];

const PRODUCER_SKILLS: [&str; 5] = [
    "Critical thinking",
    "Flexibility",
    "Business knowledge",
    "Negotiation",
    "Long-term focus",
];

const SHARED_SKILLS: [&str; 9] = [
    "Experience in filmmaking",
    "Leadership",
    "Determination",
    "Decision-making",
    "Encouraging collaboration",
    "Delegation",
    "Organizing schedules",
    "Managing stress",
    "Communicating efficiently",
];

const REQUIRED_DIFFERENCES: [&str; 6] = [
    "focus",
    "where-time-goes",
    "span-of-involvement",
    "responsibility",
    "creative-input",
    "crew",
];

fn by_title<'a>(deck: &'a Deck, pane: Pane, title: &str) -> &'a Item {
    deck.pane_items(pane)
        .find(|item| *item.title == *title)
        .unwrap_or_else(|| panic!("no {pane} titled `{title}` in the built-in deck"))
}

fn role_ids<'a>(deck: &'a Deck, item: &Item) -> Vec<&'a str> {
    item.roles().map(|r| deck.roles[r].id.as_str()).collect()
}

fn assert_traits(pane: Pane, titles: &[&str], roles: &[&str]) {
    let deck = builtin_deck();
    for title in titles {
        let item = by_title(&deck, pane, title);
        assert!(
            matches!(item.kind, ItemKind::Trait { .. }),
            "`{title}` is a trait"
        );
        assert_eq!(role_ids(&deck, item), roles, "roles of `{title}`");
        assert!(!item.detail.trim().is_empty(), "`{title}` has a detail");
    }
}

#[test]
fn builtin_deck_has_director_and_producer() {
    let deck = builtin_deck();
    assert_eq!(deck.id, "director-vs-producer");
    let roles: Vec<(&str, &str, &str)> = deck
        .roles
        .iter()
        .map(|r| (r.id.as_str(), r.name.as_str(), r.tag.as_str()))
        .collect();
    assert_eq!(
        roles,
        [
            ("director", "Director", "Dir"),
            ("producer", "Producer", "Pro")
        ]
    );
}

#[test]
fn director_duties_count_only_for_director() {
    assert_traits(Pane::Duties, &DIRECTOR_DUTIES, &["director"]);
}

#[test]
fn producer_duties_count_only_for_producer() {
    assert_traits(Pane::Duties, &PRODUCER_DUTIES, &["producer"]);
}

/// The titles of `pane` are exactly those of `lists` together, in any order.
fn assert_pane_holds(pane: Pane, lists: &[&[&str]]) {
    let deck = builtin_deck();
    let mut titles: Vec<&str> = deck.pane_items(pane).map(|i| &*i.title).collect();
    let mut expected: Vec<&str> = lists.concat();
    titles.sort_unstable();
    expected.sort_unstable();
    assert_eq!(titles, expected);
}

#[test]
fn duties_pane_holds_exactly_the_article_duties() {
    assert_pane_holds(Pane::Duties, &[&DIRECTOR_DUTIES, &PRODUCER_DUTIES]);
}

#[test]
fn director_skills_count_only_for_director() {
    assert_traits(Pane::Skills, &DIRECTOR_SKILLS, &["director"]);
}

#[test]
fn producer_skills_count_only_for_producer() {
    assert_traits(Pane::Skills, &PRODUCER_SKILLS, &["producer"]);
}

#[test]
fn shared_skills_count_for_both_roles() {
    assert_traits(Pane::Skills, &SHARED_SKILLS, &["director", "producer"]);
}

#[test]
fn skills_pane_holds_exactly_the_article_skills() {
    assert_pane_holds(
        Pane::Skills,
        &[&DIRECTOR_SKILLS, &PRODUCER_SKILLS, &SHARED_SKILLS],
    );
}

#[test]
fn differences_have_a_side_for_both_roles() {
    let deck = builtin_deck();
    let differences = deck.pane_items(Pane::Differences);
    assert!(
        differences.len() >= 5,
        "only {} differences",
        differences.len()
    );
    for item in differences {
        assert_eq!(
            role_ids(&deck, item),
            ["director", "producer"],
            "sides of `{}`",
            item.id
        );
        for side in item.sides() {
            assert!(!side.text.trim().is_empty(), "empty side in `{}`", item.id);
        }
    }
    for id in REQUIRED_DIFFERENCES {
        let index = deck
            .item_index(id)
            .unwrap_or_else(|| panic!("no difference `{id}`"));
        assert_eq!(deck.item(index).pane, Pane::Differences, "`{id}`");
    }
}

/// Words that name a role of the built-in deck, matched anywhere in a word (`director's`).
const ROLE_WORDS: [&str; 6] = [
    "director",
    "directors",
    "producer",
    "producers",
    "directing",
    "producing",
];

#[test]
fn no_title_detail_or_side_names_a_role() {
    // The guided assessment hides which roles an item counts for; a text that names one gives the
    // answer away. Which role an item counts for is in its `roles` or `sides`, not its wording.
    let deck = builtin_deck();
    let mut naming = Vec::new();
    for item in deck.items() {
        let sides = item
            .sides()
            .iter()
            .map(|side| (deck.roles[side.role].id.as_str(), side.text.as_str()));
        let card = [("title", &*item.title), ("detail", &*item.detail)];
        for (which, text) in card.into_iter().chain(sides) {
            let lower = text.to_lowercase();
            if let Some(word) = ROLE_WORDS.iter().find(|word| lower.contains(**word)) {
                naming.push(format!("`{}` {which}: `{word}` in {text:?}", item.id));
            }
        }
    }
    assert!(
        naming.is_empty(),
        "{} texts name a role:\n{}",
        naming.len(),
        naming.join("\n")
    );
}

#[test]
fn the_overlap_of_the_roles_is_told_in_a_detail_that_counts_for_no_role() {
    // The article: the two jobs' duties can overlap, and one person may even hold both on the
    // same project. That is about both roles at once: as a trait or a side it would count for a
    // role, so it lives in a difference's detail, which counts for none.
    let deck = builtin_deck();
    let index = deck
        .item_index("responsibility")
        .expect("the `responsibility` difference");
    let item = deck.item(index);
    assert!(item.is_difference());
    let detail = item.detail.to_lowercase();
    assert!(detail.contains("overlap"), "{detail}");
    assert!(
        detail.contains("one person") && detail.contains("both jobs"),
        "{detail}"
    );
}

#[test]
fn item_ids_are_unique_and_indexed() {
    let deck = builtin_deck();
    for (index, item) in deck.items().enumerate() {
        assert_eq!(deck.item_index(&item.id), Some(index), "`{}`", item.id);
    }
    assert_eq!(
        deck.items().len(),
        DIRECTOR_DUTIES.len()
            + PRODUCER_DUTIES.len()
            + DIRECTOR_SKILLS.len()
            + PRODUCER_SKILLS.len()
            + SHARED_SKILLS.len()
            + deck.pane_items(Pane::Differences).len()
    );
}

#[test]
fn source_and_summaries_cite_the_article() {
    let deck = builtin_deck();
    // Both the title and the date: either alone does not identify the article.
    let cites = |text: &str| {
        text.contains("Director vs. Producer: What's the Difference?")
            && text.contains("February 22, 2021")
    };
    assert!(cites(&deck.source), "source: {}", deck.source);
    for role in &deck.roles {
        assert!(
            cites(&role.summary),
            "summary of {}: {}",
            role.id,
            role.summary
        );
    }
}

#[test]
fn builtin_source_is_the_shipped_asset() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/director-vs-producer.ron");
    let on_disk = std::fs::read_to_string(&path).unwrap();
    assert_eq!(BUILTIN_SOURCE, on_disk);
    let loaded = Deck::load(&path).unwrap();
    let builtin = builtin_deck();
    assert!(loaded.items().eq(builtin.items()));
}

#[test]
fn builtin_errors_would_name_the_builtin_origin() {
    assert_eq!(BUILTIN_ORIGIN, "<built-in deck>");
    let broken = BUILTIN_SOURCE.replacen("roles: [\"director\"]", "roles: [\"actor\"]", 1);
    let error = Deck::parse(&broken, BUILTIN_ORIGIN).unwrap_err();
    assert_eq!(
        error.to_string(),
        "<built-in deck>:22:22: in duties, `interpreting-scripts` names unknown role `actor`"
    );
}

#[test]
fn every_asset_deck_parses_and_validates() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        // The example config file lives here too; tests/config.rs checks it as a config.
        let is_config = path.file_name().is_some_and(|n| n == "config.example.ron");
        if path.extension().is_some_and(|ext| ext == "ron") && !is_config {
            let deck = Deck::load(&path)
                .unwrap_or_else(|error| panic!("{} does not load: {error}", path.display()));
            assert!(deck.roles.len() >= 2, "{}", path.display());
            assert!(!deck.is_empty(), "{}", path.display());
            checked += 1;
        }
    }
    assert!(checked >= 1, "no .ron file in {}", dir.display());
}

#[test]
fn the_deck_format_example_parses_and_validates() {
    let readme = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/deck-format.md"),
    )
    .unwrap();
    let start = readme
        .find("```ron\n")
        .expect("docs/deck-format.md has a ```ron block")
        + "```ron\n".len();
    let length = readme[start..]
        .find("\n```")
        .expect("the ```ron block is closed");
    let example = &readme[start..start + length];
    let deck = Deck::parse(example, "docs/deck-format.md")
        .unwrap_or_else(|error| panic!("the deck format's example does not validate: {error}"));
    assert_eq!(deck.id, "director-vs-producer");
    assert_eq!(deck.roles.len(), 2);
    assert_eq!(deck.roles[1].tag, "Prod");
    let ids: Vec<&str> = deck.items().map(|i| &*i.id).collect();
    assert_eq!(ids, ["interpreting-scripts", "leadership", "focus"]);
    assert_eq!(deck.item(1).weight, 2);
}
