//! Item texts are copied out of the deck file, escaped strings decoded: both kinds must read back
//! exactly, from a file and from a string then dropped.

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
        (&*plain.title, &*plain.detail),
        ("Plain title", "Plain detail.")
    );
    let quoted = deck.item(deck.item_index("quoted").unwrap());
    assert_eq!(&*quoted.title, "The \"quoted\" one");
    // The escaped line break is decoded, then made a space: a text of a deck is one
    // paragraph, and a line break in a title broke the `list` table (issue 13).
    assert_eq!(&*quoted.detail, "Line one line two é");
    let raw = deck.item(deck.item_index("raw").unwrap());
    assert_eq!((&*raw.title, &*raw.detail), (r"Raw \ title", ""));
    let difference = deck.item(deck.item_index("d-1").expect("an escaped id is decoded"));
    assert_eq!(&*difference.title, "Café");
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

/// Whatever order an item writes its fields in, each reads back as written: a long id after its
/// detail too, which could overwrite the detail when the deck moved its strings within the
/// file's text.
#[test]
fn fields_in_any_order_read_back() {
    let long = "A detail far longer than everything before it in the file. ".repeat(8);
    // As long as an id may be (untrusted::name::MAX_ID_CHARS is 128).
    let long_id = "first-".repeat(21);
    let source = format!(
        r#"(id: "order", title: "Order", roles: [(id: "a", name: "Alpha"), (id: "b", name: "Beta")],
    duties: [
        (detail: "{long}", roles: ["a"], title: "First", id: "{long_id}"),
        (title: "Second", detail: "Two \"quoted\"", id: "sec\u{{6f}}nd", roles: ["b"]),
        (id: "third", detail: "Three", title: "Third", roles: ["a", "b"]),
    ],
)"#
    );
    let deck = Deck::parse(&source, "order").expect("valid");
    drop(source);
    let read = |id: &str| {
        let item = deck.item(deck.item_index(id).expect("id reads back"));
        (item.id.to_string(), item.detail.to_string())
    };
    assert_eq!(read(&long_id), (long_id.clone(), long.clone()));
    assert_eq!(
        read("second"),
        ("second".to_string(), "Two \"quoted\"".to_string())
    );
    assert_eq!(read("third"), ("third".to_string(), "Three".to_string()));
}
