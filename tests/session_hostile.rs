//! Session files from strangers (issue 13, items 1, 6, 9 and 10): only regular files within the
//! limit are read, a field rolefit does not know is refused rather than dropped, and no text of
//! the file reaches the terminal with a control character or at a length of megabytes.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rolefit::session::{self, SessionError, load};
use rolefit::untrusted::read::SESSION_LIMIT;

mod common;

use common::process::{rolefit, status, stderr, stdout};
use common::sessions::{DECK_ID, full_session, reopen, saved};

fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary directory")
}

/// `run` in a thread, failing the test (not hanging it) when it takes over five seconds.
fn within_seconds<T: Send + 'static>(run: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(run());
    });
    receiver
        .recv_timeout(Duration::from_secs(5))
        .expect("it blocked")
}

/// Runs rolefit with `args` (no terminal), killing it and failing the test when it has not
/// exited within five seconds: a rolefit reading `/dev/zero` must not outlive the test.
fn rolefit_within_seconds(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rolefit"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run rolefit");
    let start = Instant::now();
    while child.try_wait().expect("wait for rolefit").is_none() {
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("rolefit {args:?} did not exit within five seconds");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("rolefit's output")
}

#[cfg(unix)]
#[test]
fn a_fifo_as_the_session_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("s.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());

    let path = fifo.clone();
    let error = within_seconds(move || load(&path, DECK_ID).unwrap_err().to_string());
    assert_eq!(
        error,
        format!(
            "cannot read the session file `{}`: it is a named pipe (FIFO), not a regular file",
            fifo.display()
        )
    );
    for mut args in [vec!["report"], vec![]] {
        args.extend(["--session", arg(&fifo)]);
        let output = rolefit_within_seconds(&args);
        assert_eq!(status(&output), 2);
        assert!(
            stderr(&output).contains("named pipe (FIFO), not a regular file"),
            "{}",
            stderr(&output)
        );
    }
    // Refused before the lock: nothing was made beside it.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// Through the binary only, under a 1 GiB memory limit: were `/dev/zero` read, it would fill
/// memory in seconds, and the limit ends that run rather than the machine.
#[cfg(unix)]
#[test]
fn dev_zero_as_the_session_is_refused_without_reading_it() {
    let script = format!(
        "ulimit -v 1048576 && exec '{}' report --session /dev/zero",
        env!("CARGO_BIN_EXE_rolefit")
    );
    let output = within_seconds(move || {
        Command::new("sh")
            .args(["-c", &script])
            .stdin(Stdio::null())
            .output()
            .expect("run rolefit under sh")
    });
    assert_eq!(status(&output), 2);
    let message = stderr(&output);
    assert!(
        message.contains(
            "cannot read the session file `/dev/zero`: it is a character device, not a regular \
             file"
        ),
        "{message}"
    );
    // A device is not moved aside, so --fresh-session is no way out to offer.
    assert!(!message.contains("--fresh-session"), "{message}");
}

#[test]
fn a_session_over_the_limit_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let file = fs::File::create(&path).unwrap();
    file.set_len(SESSION_LIMIT + 1).unwrap(); // sparse: no 16 MiB written
    let error = load(&path, DECK_ID).unwrap_err().to_string();
    assert!(
        error.ends_with("it is 16.1 MiB, over the limit of 16 MiB"),
        "{error}"
    );
    assert_eq!(fs::metadata(&path).unwrap().len(), SESSION_LIMIT + 1);

    let output = rolefit(&["report", "--session", arg(&path)]);
    assert_eq!(status(&output), 2);
    // Its contents are the trouble: moving it aside helps.
    assert!(
        stderr(&output).contains("--fresh-session"),
        "{}",
        stderr(&output)
    );
}

/// A field rolefit does not know would vanish at the next save: the file is refused instead,
/// with the field's name and place, and left as it is.
#[test]
fn an_unknown_field_is_refused_with_its_position_and_the_file_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let cases = [
        (
            "(\n    deck: \"director-vs-producer\",\n    notes: \"mine\",\n)\n",
            "notes",
            (3, 5),
        ),
        (
            "(\n    deck: \"director-vs-producer\",\n    answers: {\n        \"leadership\": (mark: Have, changed: \"x\", by: \"me\"),\n    },\n)\n",
            "by",
            (4, 50),
        ),
        (
            "(\n    deck: \"director-vs-producer\",\n    assessment: (seed: 1, position: 0, speed: 2),\n)\n",
            "speed",
            (3, 40),
        ),
    ];
    for (text, field, (line, column)) in cases {
        fs::write(&path, text).unwrap();
        match load(&path, DECK_ID) {
            Err(SessionError::Syntax {
                line: l,
                column: c,
                message,
                ..
            }) => {
                assert!(message.contains(&format!("`{field}`")), "{message}");
                assert_eq!((l, c), (line, column), "{field}: {message}");
            }
            other => panic!("{field}: expected a syntax error, got {other:?}"),
        }
        let output = rolefit(&["report", "--session", arg(&path)]);
        assert_eq!(status(&output), 2);
        let message = stderr(&output);
        assert!(
            message.contains(&format!("{}:{line}:{column}:", path.display())),
            "{message}"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), text, "left as it is");
    }
}

/// A session holding escape sequences and other controls in its ids, roles, times and deck id:
/// none of them reaches the footer, the report's messages or an error, and the file saved back
/// holds the cleaned text.
#[test]
fn control_characters_from_a_session_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let hostile = format!(
        "(\n    deck: \"{DECK_ID}\",\n    answers: {{\n        \"\\u{{1b}}]0;owned\\u{{7}}gone\": (mark: Have, changed: \"2024\\u{{1b}}[2J\"),\n        \"focus\": (mark: Lean(\"no\\u{{9b}}31mbody\\u{{202e}}\"), changed: \"x\"),\n        \"framing-shots\\u{{200b}}\": (mark: Have, changed: \"y\"),\n    }},\n)\n"
    );
    fs::write(&path, &hostile).unwrap();

    let loaded = saved(&path);
    let ids: Vec<&str> = loaded.answers.keys().map(String::as_str).collect();
    assert_eq!(ids, ["focus", "framing-shots", "gone"]);
    assert_eq!(loaded.answers["gone"].changed, "2024");
    let clean = |text: &str| !text.chars().any(|c| c.is_control() || c == '\u{202e}');

    let app = reopen(&path);
    let footer = app.status().expect("the unusable answers are named");
    assert!(
        footer.contains("gone") && footer.contains("`no31mbody`"),
        "{footer}"
    );
    assert!(clean(footer), "{footer:?}");
    // The answer under a zero-width id is the deck's own item once cleaned.
    assert!(
        app.marks()
            .get(common::item(&app, "framing-shots"))
            .is_some()
    );

    let output = rolefit(&["report", "--session", arg(&path)]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(
        clean(&stderr(&output).replace('\n', " ")),
        "{:?}",
        stderr(&output)
    );
    assert!(clean(&stdout(&output).replace('\n', " ")));

    // The deck id the other-deck error quotes is cleaned too, and cut short.
    let other = format!("(deck: \"\\u{{1b}}[2J{}\")\n", "x".repeat(100_000));
    fs::write(&path, other).unwrap();
    let output = rolefit(&["report", "--session", arg(&path)]);
    assert_eq!(status(&output), 2);
    let message = stderr(&output);
    assert!(message.contains("belongs to deck `xxx"), "{message}");
    assert!(!message.contains('\u{1b}'), "{message:?}");
    assert!(message.len() < 1_000, "{} bytes", message.len());
}

/// Two ids that are one once cleaned cannot both be kept: the file is refused, naming the id.
#[test]
fn two_ids_that_clean_to_one_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let text = "(deck: \"director-vs-producer\", answers: {\"leadership\": (mark: Have, changed: \"a\"), \"leader\\u{7}ship\": (mark: Have, changed: \"b\")})\n";
    fs::write(&path, text).unwrap();
    let error = load(&path, DECK_ID).unwrap_err();
    assert!(
        matches!(&error, SessionError::DuplicateId { id, .. } if id == "leadership"),
        "{error:?}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

/// A hundred thousand answers for ids the deck lacks make one short line in `report`.
#[test]
fn many_unknown_ids_are_summarised_not_listed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut big = full_session();
    for i in 0..100_000 {
        big.answers.insert(
            format!("gone-{i:06}"),
            common::sessions::answer(session::SavedMark::Have),
        );
    }
    session::save(&big, &path).unwrap();
    let output = rolefit(&["report", "--session", arg(&path)]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.len() < 400, "{} bytes: {message}", message.len());
    assert!(
        message.contains(
            "100001 saved answer(s) for ids this deck lacks, e.g. gone-000000, gone-000001, \
             gone-000002"
        ),
        "{message}"
    );
}
