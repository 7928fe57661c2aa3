//! `rolefit list` end to end: its JSON objects and their fields, sides in role order, the pane
//! option and the table.

use rolefit::deck::Deck;

mod common;

use common::decks::fixture;
use common::process::{json, rolefit, status, stdout};

#[test]
fn list_json_objects_have_every_field() {
    let items = json(&["list", "--json"]);
    let items = items.as_array().unwrap();
    let deck = Deck::builtin().unwrap();
    assert_eq!(items.len(), deck.items().len());
    for (object, item) in items.iter().zip(deck.items()) {
        assert_eq!(object["id"], *item.id);
        assert_eq!(object["pane"], item.pane.key());
        assert_eq!(object["title"], *item.title);
        assert_eq!(object["detail"], *item.detail);
        assert_eq!(object["weight"], item.weight);
        let roles: Vec<&str> = item.roles().map(|r| deck.roles[r].id.as_str()).collect();
        assert_eq!(object["roles"], serde_json::json!(roles), "{}", item.id);
        assert_eq!(
            object.get("sides").is_some(),
            item.is_difference(),
            "`sides` only on differences: {}",
            item.id
        );
    }
}

#[test]
fn list_json_differences_have_sides_keyed_by_their_roles() {
    let items = json(&["list", "--json", "--pane", "differences"]);
    let items = items.as_array().unwrap();
    assert!(items.len() >= 5);
    for object in items {
        assert_eq!(object["pane"], "differences");
        let sides = object["sides"].as_object().expect("`sides` is an object");
        let keys: Vec<&str> = sides.keys().map(String::as_str).collect();
        let roles: Vec<&str> = object["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        assert_eq!(keys, roles, "{}", object["id"]);
        assert_eq!(keys, ["director", "producer"]);
        assert!(
            sides
                .values()
                .all(|text| !text.as_str().unwrap().is_empty())
        );
    }
}

#[test]
fn list_json_sides_follow_role_order_in_a_three_role_deck() {
    let deck = fixture("three-roles.ron");
    let items = json(&["--deck", deck.to_str().unwrap(), "list", "--json"]);
    let focus = items
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["id"] == "focus")
        .unwrap();
    assert_eq!(
        focus["sides"],
        serde_json::json!({
            "director": "The images on screen.",
            "producer": "The money and the schedule.",
            "writer": "The words on the page.",
        })
    );
    assert_eq!(
        focus["roles"],
        serde_json::json!(["director", "producer", "writer"])
    );
}

#[test]
fn list_pane_skills_prints_only_skills() {
    let output = rolefit(&["list", "--pane", "skills"]);
    assert_eq!(status(&output), 0);
    let text = stdout(&output);
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("PANE"), "{header}");
    let rows: Vec<&str> = lines.collect();
    let deck = Deck::builtin().unwrap();
    assert_eq!(
        rows.len(),
        deck.pane_items(rolefit::deck::Pane::Skills).len()
    );
    for row in &rows {
        assert!(row.starts_with("skills "), "{row}");
    }
    assert!(text.contains("Leadership"));
    assert!(!text.contains("Managing a budget"));
    assert!(!text.contains("duties"));

    let items = json(&["list", "--pane", "skills", "--json"]);
    for item in items.as_array().unwrap() {
        assert_eq!(item["pane"], "skills");
    }
}

#[test]
fn list_table_shows_role_names() {
    let text = stdout(&rolefit(&["list", "--pane", "skills"]));
    let leadership = text
        .lines()
        .find(|line| line.contains(" leadership "))
        .unwrap();
    assert!(leadership.contains("Director, Producer"), "{leadership}");
}

#[test]
fn list_json_items_carry_their_phase_id_or_null() {
    let items = json(&["list", "--json"]);
    let deck = Deck::builtin().unwrap();
    for (object, item) in items.as_array().unwrap().iter().zip(deck.items()) {
        let expected = match deck.phase_of(item) {
            Some(phase) => serde_json::json!(phase.id),
            None => serde_json::Value::Null,
        };
        assert_eq!(object.get("phase"), Some(&expected), "{}", item.id);
    }
    let framing = &items[3];
    assert_eq!(framing["id"], "framing-shots");
    assert_eq!(framing["phase"], "production");
    // A deck without phases still names the field, null on every item.
    let plain = fixture("three-roles.ron");
    let items = json(&["--deck", plain.to_str().unwrap(), "list", "--json"]);
    for object in items.as_array().unwrap() {
        assert_eq!(
            object.get("phase"),
            Some(&serde_json::Value::Null),
            "{object}"
        );
    }
}

#[test]
fn list_table_has_a_phase_column_only_for_a_deck_with_phases() {
    let text = stdout(&rolefit(&["list"]));
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let words: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(words, ["PANE", "ID", "ROLES", "PHASE", "TITLE"]);
    let column = header.find("PHASE").unwrap();
    let cell = |id: &str| {
        let line = text
            .lines()
            .find(|l| l.contains(&format!(" {id} ")))
            .unwrap();
        line[column..]
            .split("  ")
            .next()
            .unwrap()
            .trim()
            .to_string()
    };
    assert_eq!(cell("editing-film"), "Post-production");
    assert_eq!(cell("leadership"), "-", "an untagged skill");
    assert_eq!(cell("focus"), "-", "a difference");
}

#[test]
fn list_table_of_a_deck_without_phases_is_as_before_byte_for_byte() {
    let plain = fixture("three-roles.ron");
    let output = rolefit(&["--deck", plain.to_str().unwrap(), "list"]);
    assert_eq!(status(&output), 0);
    assert_eq!(
        stdout(&output),
        "PANE         ID                 ROLES                       TITLE
duties       framing-shots      Director                    Framing shots
duties       managing-a-budget  Producer                    Managing a budget
duties       drafting-scenes    Writer                      Drafting scenes
skills       leadership         Director, Producer          Leadership
skills       storytelling       Director, Writer            Storytelling
skills       patience           Director, Producer, Writer  Patience
differences  focus              Director, Producer, Writer  Focus
differences  when-they-work     Director, Producer, Writer  When they work
"
    );
}
