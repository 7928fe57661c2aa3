//! A hostile deck in a real terminal (tmux): what `list` and `check` print, and what the
//! explorer draws, change neither the terminal's title nor its screen.

mod common;

use common::tmux::Tmux;

/// The issue's example: a duty title that sets the terminal's title and clears the screen, a
/// role id with an OSC for `check`, and a deck title with an unclosed right-to-left override.
const HOSTILE: &str = r#"(
    id: "hostile",
    title: "Safe deck \u{202E}reversed",
    roles: [
        (id: "director", name: "Director"),
        (id: "producer", name: "Producer"),
    ],
    duties: [
        (id: "osc", title: "\u{1b}]0;pwned\u{7}\u{1b}[2JHello", roles: ["director"]),
        (id: "lines", title: "Two\nlines", roles: ["producer"]),
    ],
)"#;

/// `check` reads a role id with an OSC in it, which it reports as unknown.
const HOSTILE_ROLE: &str = r#"(
    id: "hostile-role",
    title: "Role",
    roles: [(id: "director", name: "Director"), (id: "producer", name: "Producer")],
    duties: [(id: "d", title: "D", roles: ["\u{1b}]0;pwned\u{7}"])],
)"#;

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn list_and_check_leave_the_terminal_title_and_screen_alone() {
    let dir = tempfile::tempdir().unwrap();
    let deck = write(dir.path(), "osc.ron", HOSTILE);
    let role = write(dir.path(), "role.ron", HOSTILE_ROLE);
    let tmux = Tmux::start();
    for (name, args) in [
        ("list", vec!["--deck", deck.as_str(), "list"]),
        ("check", vec!["check", deck.as_str(), role.as_str()]),
    ] {
        // Held: the pane is kept from the start, since these commands exit at once.
        let run = tmux.launch_held(name, &[], &args);
        run.wait_for_exit();
        let title = run.display("#{pane_title}");
        assert!(
            !title.contains("pwned"),
            "{name} set the title to {title:?}"
        );
        let screen = run.scrollback();
        if name == "list" {
            assert!(screen.contains("Hello"), "{name}:\n{screen}");
            // One row per item: the newline in a title did not break the table.
            let rows = screen.lines().filter(|l| l.contains("Two lines")).count();
            assert_eq!(rows, 1, "{name}:\n{screen}");
        }
    }
}

#[test]
fn the_explorer_draws_a_hostile_deck_without_passing_its_controls_on() {
    let dir = tempfile::tempdir().unwrap();
    let deck = write(dir.path(), "osc.ron", HOSTILE);
    let tmux = Tmux::start();
    let run = tmux.launch_held("explorer", &[], &["--no-session", "--deck", &deck]);
    run.wait_for("the explorer", |s| s.contains("Duties"));
    let written = run.written("the first frame", |w| w.contains("Hello"));
    assert!(!written.contains("pwned"), "an OSC reached the terminal");
    assert!(
        !written.contains('\u{202E}'),
        "an unclosed override reached the terminal"
    );
    assert!(!run.display("#{pane_title}").contains("pwned"));
    run.key("q");
    run.wait_for_exit();
}
