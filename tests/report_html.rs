//! The HTML report: one self-contained page (no scripts, no external addresses) with the fits,
//! the charts, the history and the peers' view; a hostile deck's text shows as text; and, in a
//! real browser (headless Chromium), the page is drawn, prints to pages and holds the figures.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use rolefit::session::{self, SavedMark};

mod common;

use common::process::{rolefit_at_home, status, stderr, stdout};
use common::sessions::{DECK_ID, answer, session_of};

/// A home with answers (a deal-breaker among them), a snapshot taken before the last answers,
/// and one peer.
fn fixed_home() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let session_path = home.path().join("rolefit/director-vs-producer.ron");
    fs::create_dir_all(session_path.parent().unwrap()).unwrap();
    let save = |have: &[&str]| {
        let mut answers: std::collections::BTreeMap<String, _> = have
            .iter()
            .map(|id| (id.to_string(), answer(SavedMark::Have)))
            .collect();
        answers.insert("marketing".into(), answer(SavedMark::Refuse));
        session::save(&session_of(answers), &session_path).unwrap();
    };
    save(&["framing-shots", "coaching-actors"]);
    let run = |args: &[&str]| {
        let output = rolefit_at_home(args, home.path());
        assert_eq!(status(&output), 0, "{args:?}: {}", stderr(&output));
    };
    run(&["snapshot", "save", "film school"]);
    save(&[
        "framing-shots",
        "coaching-actors",
        "editing-film",
        "leadership",
        "patience",
    ]);
    let invitation = home.path().join("rate.ron");
    run(&[
        "invite",
        "--name",
        "Alex",
        "--out",
        invitation.to_str().unwrap(),
    ]);
    let mut rated = session::load(&invitation, DECK_ID).unwrap().unwrap();
    for id in ["framing-shots", "negotiation"] {
        rated.answers.insert(id.into(), answer(SavedMark::Have));
    }
    rated.rating.as_mut().unwrap().rater = Some("Sam".into());
    session::save(&rated, &invitation).unwrap();
    run(&["peers", "add", invitation.to_str().unwrap()]);
    home
}

fn html_of(home: &Path, extra: &[&str]) -> String {
    let mut args = vec!["report", "--format", "html"];
    args.extend_from_slice(extra);
    let output = rolefit_at_home(&args, home);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    stdout(&output)
}

#[test]
fn the_page_is_self_contained_and_holds_every_part() {
    let home = fixed_home();
    let page = html_of(home.path(), &[]);
    assert!(
        page.starts_with("<!DOCTYPE html><html lang=\"en\">"),
        "{}",
        &page[..80]
    );
    for forbidden in [
        "<script",
        "http://",
        "https://",
        "@import",
        "url(",
        "@font-face",
        "<link",
        "<img",
    ] {
        assert!(!page.contains(forbidden), "the page holds {forbidden:?}");
    }
    assert!(page.contains("<title>rolefit: Director vs. Producer</title>"));
    let charts = page.matches("<svg").count();
    assert_eq!(charts, 4, "fit, panes, phases, history");
    assert_eq!(
        page.matches("<title>").count(),
        1 + charts,
        "a title in every chart"
    );
    assert_eq!(
        page.matches("<desc>").count(),
        charts,
        "a description in every chart"
    );
    for part in [
        "<h2>Fit</h2>",
        "<h2>By pane</h2>",
        "<h2>By phase of a film's life</h2>",
        "Would not do (1)",
        "<li>Marketing</li>",
        "<h2>What would change the lead</h2>",
        "<h2>Over time</h2>",
        "film school",
        "<h2>Through your peers' eyes</h2>",
        "Peers: Sam.",
        "the Johari window",
        "prefers-color-scheme: dark",
        "@media print",
        "break-inside: avoid",
    ] {
        assert!(page.contains(part), "the page lacks {part:?}");
    }
    // Headings in order: one h1, then h2s, h3s only under an h2.
    let h1 = page.find("<h1>").unwrap();
    assert!(
        page.find("<h2>").unwrap() > h1 && page.find("<h3>").unwrap() > page.find("<h2>").unwrap()
    );
}

#[test]
fn a_hostile_deck_shows_its_text_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let deck = dir.path().join("hostile.ron");
    fs::write(
        &deck,
        r#"(id: "hostile", title: "<script>alert(1)</script>",
            roles: [(id: "a", name: "A</text><script>x()</script>"), (id: "b", name: "B&amp;")],
            duties: [(id: "d", title: "<img src=x onerror=alert(1)>", roles: ["a"])])"#,
    )
    .unwrap();
    let output = rolefit_at_home(
        &[
            "--deck",
            deck.to_str().unwrap(),
            "--no-session",
            "report",
            "--format",
            "html",
        ],
        dir.path(),
    );
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let page = stdout(&output);
    assert!(
        !page.contains("<script") && !page.contains("<img"),
        "{page}"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{page}"
    );
    assert!(page.contains("A&lt;/text&gt;&lt;script&gt;x()&lt;/script&gt;"));
    assert!(page.contains("B&amp;amp;"));
}

#[test]
fn report_json_is_format_json_and_out_writes_a_file() {
    let home = fixed_home();
    let run = |args: &[&str]| rolefit_at_home(args, home.path());
    assert_eq!(
        stdout(&run(&["report", "--json"])),
        stdout(&run(&["report", "--format", "json"]))
    );
    let both = run(&["report", "--json", "--format", "html"]);
    assert_eq!(status(&both), 2);
    let out = home.path().join("page.html");
    let written = run(&["report", "--format", "html", "--out", out.to_str().unwrap()]);
    assert_eq!(status(&written), 0, "{}", stderr(&written));
    assert_eq!(fs::read_to_string(&out).unwrap(), html_of(home.path(), &[]));
    let session = home.path().join("rolefit/director-vs-producer.ron");
    let before = fs::read(&session).unwrap();
    let refused = run(&[
        "report",
        "--format",
        "html",
        "--out",
        session.to_str().unwrap(),
    ]);
    assert_eq!(status(&refused), 2);
    assert!(
        stderr(&refused).contains("is the session file"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(fs::read(&session).unwrap(), before);
}

/// Debian's Chromium, when installed; with `CI` set it must be.
fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser"].iter().find_map(|name| {
        Command::new(name)
            .arg("--version")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|_| PathBuf::from(name))
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but Chromium is missing: .ci/run installs Debian's chromium"
        );
        eprintln!("skipped: no Chromium here (install Debian's chromium to run this test)");
    }
    found
}

fn headless(chromium: &Path, args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let profile = format!("--user-data-dir={}", dir.path().display());
    Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            &profile,
        ])
        .args(args)
        .output()
        .expect("run chromium")
}

#[test]
fn in_a_real_browser_the_page_draws_prints_and_holds_the_figures() {
    let Some(chromium) = chromium() else {
        return;
    };
    let home = fixed_home();
    let page = home.path().join("report.html");
    fs::write(&page, html_of(home.path(), &[])).unwrap();
    let url = format!("file://{}", page.display());

    let png = home.path().join("report.png");
    let shot = headless(
        &chromium,
        &[
            &format!("--screenshot={}", png.display()),
            "--window-size=900,1400",
            &url,
        ],
    );
    assert!(
        png.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&shot.stderr)
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    let channels = frame.color_type.samples();
    let pixel = |x: u32, y: u32| {
        let at = (y * frame.width + x) as usize * channels;
        &pixels[at..at + 3]
    };
    let background = pixel(1, 1).to_vec();
    // Where the first charts are (the top half): bars, labels and text, not a blank page.
    let drawn = (0..frame.height / 2)
        .flat_map(|y| (0..frame.width).map(move |x| (x, y)))
        .filter(|&(x, y)| pixel(x, y) != background.as_slice())
        .count();
    let share = drawn as f64 / f64::from(frame.width * frame.height / 2);
    assert!(
        share > 0.04,
        "only {:.1}% of the top half is drawn",
        share * 100.0
    );

    let pdf = home.path().join("report.pdf");
    headless(
        &chromium,
        &[
            &format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer",
            &url,
        ],
    );
    let bytes = fs::read(&pdf).expect("a PDF");
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert!((3..=8).contains(&pages), "{pages} pages");

    let dom = headless(&chromium, &["--dump-dom", &url]);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(!dom.contains("<script"), "{dom}");
    assert!(
        dom.contains("Through your peers' eyes") && dom.contains("<td class=\"number\">"),
        "{dom}"
    );
    let fits = rolefit_at_home(&["report", "--json"], home.path());
    let json: serde_json::Value = serde_json::from_str(&stdout(&fits)).unwrap();
    for role in json["roles"].as_array().unwrap() {
        let figure = format!("{}%", role["fit"].as_f64().unwrap().round());
        assert!(dom.contains(&figure), "the page lacks the figure {figure}");
    }
}

#[test]
fn tidy_finds_no_errors() {
    let home = fixed_home();
    let page = home.path().join("report.html");
    fs::write(&page, html_of(home.path(), &[])).unwrap();
    let Ok(output) = Command::new("tidy")
        .args(["-errors", "-quiet", page.to_str().unwrap()])
        .output()
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but tidy is missing"
        );
        eprintln!("skipped: no tidy here");
        return;
    };
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
