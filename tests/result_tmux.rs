//! The result screen in a real terminal (tmux), as a new user meets it: a person who would
//! never do marketing sees Producer screened and why, with the charts drawn, at the size most
//! terminals open at and without colour.

mod common;

use common::tmux::Tmux;

/// From the first duty: the producer's duties had, marketing refused, then the result.
const WOULD_NOT_DO_MARKETING: [&str; 19] = [
    "j", "j", "j", "j", "j", "j", "j", "Space", // managing a budget
    "j", "j", "Space", // hiring the crew
    "j", "Space", // overseeing script development
    "j", "j", "Space", // creating a filming schedule
    "j", "x", // marketing: would not do
    "r",
];

#[test]
fn a_person_who_would_never_do_marketing_sees_producer_screened_and_why() {
    let tmux = Tmux::start();
    let dir = tempfile::tempdir().unwrap();
    let run = tmux.launch(
        "marketing",
        &[("NO_COLOR", "1")],
        &["--session", dir.path().join("s.ron").to_str().unwrap()],
    );
    run.wait_for("the explorer", |s| s.contains("Duties 0/15 marked"));
    for key in WOULD_NOT_DO_MARKETING {
        run.key(key);
    }
    let screen = run.wait_for("the result", |s| {
        s.contains("Your result") && s.contains("Producer [!]") && s.contains("Release")
    });
    assert!(
        screen.contains("Director fits best: Producer has a deal-breaker"),
        "{screen}"
    );
    // The duties row: the producer has 4 of 8 duties' weight or so, the director none.
    let duties = screen.lines().find(|line| line.contains("Duties")).unwrap();
    assert!(duties.contains("█") && duties.contains("░"), "{duties}");
    assert!(duties.contains(" 0%"), "{duties}");
    // Scrolled down: the deal-breaker named under Producer.
    for _ in 0..40 {
        run.key("Down");
    }
    let screen = run.wait_for("Producer's lists", |s| s.contains("[!] Marketing"));
    assert!(screen.contains("Would not do (1):"), "{screen}");
    let escapes = run.capture_with_escapes();
    assert!(
        !sets_a_colour(&escapes),
        "NO_COLOR: no colour reached the terminal:\n{escapes}"
    );
    run.key("Escape");
    run.key("q");
    assert_eq!(run.wait_for_exit(), "EXIT=0");
}

/// Whether any SGR sequence in `screen` sets a foreground or background colour (39 and 49,
/// the terminal's defaults, do not).
fn sets_a_colour(screen: &str) -> bool {
    screen.split("\u{1b}[").skip(1).any(|sequence| {
        let Some(end) = sequence.find('m') else {
            return false;
        };
        sequence[..end].split(';').any(|parameter| {
            matches!(
                parameter.parse::<u16>(),
                Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
            )
        })
    })
}
