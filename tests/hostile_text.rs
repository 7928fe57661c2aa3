//! Decks from strangers cannot reach the terminal: random Unicode (controls, escape sequences,
//! bidi controls, zero-width, wide and combining characters) as titles, details, sides, role
//! names and ids goes through `list`, `search`, `score`, `report`, `check` and the explorer, and
//! no output carries a control character but the newlines rolefit writes itself.

mod common;

use std::io::Write;

use proptest::prelude::*;
use rolefit::deck::Deck;

use common::process::rolefit;

/// A piece of text as a stranger might write it.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z ]{1,6}",
        "[\u{0}-\u{1f}\u{7f}\u{80}-\u{9f}]",
        Just("\u{1b}]0;pwned\u{7}".to_string()),
        Just("\u{1b}[2J\u{1b}[H".to_string()),
        Just("\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\".to_string()),
        Just("\u{1b}P1;2q".to_string()),
        Just("\u{9b}31m".to_string()),
        "[\u{202a}-\u{202e}\u{2066}-\u{2069}]",
        "[\u{200b}-\u{200d}\u{2060}\u{feff}\u{2028}\u{2029}]",
        "[日本語한국어]{1,3}",
        "[e\u{301}\u{308}]{1,3}",
        Just("👩\u{200d}💻".to_string()),
    ];
    proptest::collection::vec(piece, 1..6).prop_map(|pieces| pieces.concat())
}

/// A deck of two roles with one duty, one skill and one difference, its text all `texts`.
fn deck_text(texts: &[String; 6]) -> String {
    let q = |s: &String| format!("{s:?}").replace("\\u{", "\\u{");
    let [title, detail, role, side, summary, id] = texts;
    format!(
        r#"(
    id: {deck_id},
    title: {title},
    source: {summary},
    roles: [
        (id: "director", name: {role}, summary: {summary}),
        (id: "producer", name: "Producer", tag: {role}),
    ],
    duties: [(id: {item_id}, title: {title}, detail: {detail}, roles: ["director"])],
    skills: [(id: "s", title: {detail}, roles: ["director", "producer"])],
    differences: [(id: "x", title: {title}, detail: {detail},
        sides: {{"director": {side}, "producer": "Money."}})],
)"#,
        deck_id = q(&format!("deck{id}")),
        title = q(title),
        detail = q(detail),
        role = q(&format!("R{role}")),
        side = q(&format!("S{side}")),
        summary = q(summary),
        item_id = q(&format!("d{id}")),
    )
}

/// Every character rolefit must never print from a deck: C0 controls but the newline, DEL, C1,
/// bidi embeddings, overrides and isolates, and zero-width characters. (A zero-width joiner is
/// not among them: it is no control, cleaning keeps it only between emoji, and cutting a title
/// short may leave one at the cut, where it joins nothing.)
fn forbidden(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
            || matches!(
                c,
                '\u{200b}' | '\u{200c}' | '\u{2060}' | '\u{feff}' | '\u{2028}' | '\u{2029}'
            )
    })
}

fn check_output(what: &str, output: &std::process::Output) -> Result<(), TestCaseError> {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        if let Some(c) = forbidden(&text) {
            prop_assert!(
                false,
                "{what} {stream} carries U+{:04X}: {text:?}",
                c as u32
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn no_command_prints_a_control_character_from_a_deck(
        texts in proptest::array::uniform6(hostile())
    ) {
        let text = deck_text(&texts);
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(text.as_bytes()).unwrap();
        let path = file.path().to_str().unwrap().to_string();
        let loads = Deck::parse(&text, "hostile").is_ok();
        for args in [
            vec!["--deck", &path, "list"],
            vec!["--deck", &path, "list", "--json"],
            vec!["--deck", &path, "search", "R"],
            vec!["--deck", &path, "search", "e", "--json"],
            vec!["--deck", &path, "score", "--json"],
            vec!["--deck", &path, "--no-session", "report"],
            vec!["--deck", &path, "--no-session", "report", "--format", "json"],
            vec!["check", &path],
        ] {
            check_output(&args.join(" "), &rolefit(&args))?;
        }
        if loads {
            let deck = Deck::parse(&text, "hostile").unwrap();
            for (width, height) in [(120, 40), (80, 24)] {
                let mut app = common::app_with(deck.clone(), width, height, Default::default());
                for sequence in ["", "3", "a", "r"] {
                    common::press(&mut app, sequence);
                    let screen = common::screen_text(common::render(&app).buffer());
                    if let Some(c) = forbidden(&screen) {
                        prop_assert!(false, "the explorer draws U+{:04X}:\n{screen}", c as u32);
                    }
                }
            }
        }
    }
}
