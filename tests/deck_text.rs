//! Item texts are kept as spans of the deck file's text, with escaped strings decoded into a side
//! buffer: both kinds must read back exactly, from a file and from a string that is then dropped.

use rolefit::deck::Deck;

const DECK: &str = r#"(
    id: "escapes",
    title: "Escapes",
    roles: [(id: "a", name: "Alpha"), (id: "b", name: "Beta")],
    duties: [
        (id: "plain", title: "Plain title", detail: "Plain detail.", roles: ["a"]),
        (id: "quoted", title: "The \"quoted\" one", detail: "Line one\nline two \u{e9}", roles: ["b"]),
        (id: "raw", title: r"Raw \ title", roles: ["a", "b"]),
    ],
    differences: [
        (id: "d\u{2d}1", title: "Caf\u{e9}", sides: {"a": "Side \"a\"", "b": "Side b"}),
    ],
)"#;

fn check(deck: &Deck) {
    let plain = deck.item(deck.item_index("plain").unwrap());
    assert_eq!(
        (plain.title, plain.detail),
        ("Plain title", "Plain detail.")
    );
    let quoted = deck.item(deck.item_index("quoted").unwrap());
    assert_eq!(quoted.title, "The \"quoted\" one");
    assert_eq!(quoted.detail, "Line one\nline two é");
    let raw = deck.item(deck.item_index("raw").unwrap());
    assert_eq!((raw.title, raw.detail), (r"Raw \ title", ""));
    let difference = deck.item(deck.item_index("d-1").expect("an escaped id is decoded"));
    assert_eq!(difference.title, "Café");
    assert_eq!(difference.sides()[0].text, "Side \"a\"");
}

#[test]
fn parsed_text_reads_back_after_the_source_is_gone() {
    let source = DECK.to_string();
    let deck = Deck::parse(&source, "escapes").expect("valid");
    drop(source);
    check(&deck);
}

#[test]
fn a_loaded_file_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("escapes.ron");
    std::fs::write(&path, DECK).unwrap();
    check(&Deck::load(&path).expect("valid"));
}

#[test]
fn a_cloned_deck_reads_back() {
    let deck = Deck::parse(DECK, "escapes").expect("valid").clone();
    check(&deck);
}
