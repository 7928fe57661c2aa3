//! Reading a file a stranger may have named: only a regular file, never waiting on a pipe or a
//! device, and never more than a size limit.
//!
//! `--deck /dev/zero` would otherwise fill memory, `--deck fifo` would hang before the terminal
//! is set up, and a 10 GB "deck" would be read whole before the parser could refuse it. So the
//! kind and size are checked on the path before opening, the file is opened without blocking,
//! the same checks are made again on the file actually opened (the path may have been swapped in
//! between), and the limit is enforced while reading too, since `/proc` files and files still
//! being written report a size that is not what a read returns.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::Path;

use super::refusal::kind_of;
pub use super::refusal::{FileKind, ReadError};

const MIB: u64 = 1024 * 1024;

/// The largest deck file read: far above any deck a person writes (100,000 items are about
/// 30 MiB), and below the 2 GiB the deck's string offsets can address.
pub const DECK_LIMIT: u64 = 256 * MIB;
/// The largest config file read.
pub const CONFIG_LIMIT: u64 = 16 * MIB;
/// The largest session file read; a rate-me file, a snapshot history and a peers file are read
/// with it too.
pub const SESSION_LIMIT: u64 = 16 * MIB;

/// The bytes of the regular file at `path` (or the one a symbolic link there points to), when
/// it holds at most `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    check(&fs::metadata(path)?, limit)?;
    let file = open_without_blocking(path)?;
    let length = check(&file.metadata()?, limit)?;
    read_at_most(file, length, limit)
}

/// All of `reader` when it holds at most `limit` bytes, reading no more than one byte past the
/// limit whatever it holds; `expected` is what its metadata said, trusted only to size the
/// buffer, and then no more than a little in case it lies.
fn read_at_most(reader: impl Read, expected: u64, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::with_capacity(usize::try_from(expected.min(MIB)).unwrap_or(0));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if u64::try_from(bytes.len()).map_or(true, |read| read > limit) {
        return Err(ReadError::TooLarge { size: None, limit });
    }
    Ok(bytes)
}

/// [`read_regular`] for a text file: UTF-8, with one leading byte order mark dropped, since
/// some Windows editors write one at the start of every file.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let mut bytes = read_regular(path, limit)?;
    let skipped = if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
        BOM.len()
    } else {
        0
    };
    String::from_utf8(bytes).map_err(|error| ReadError::NotUtf8 {
        offset: skipped + error.utf8_error().valid_up_to(),
    })
}

/// The file's length when it is a regular file within `limit`.
fn check(metadata: &Metadata, limit: u64) -> Result<u64, ReadError> {
    if !metadata.is_file() {
        return Err(ReadError::NotRegular {
            what: kind_of(metadata),
        });
    }
    if metadata.len() > limit {
        return Err(ReadError::TooLarge {
            size: Some(metadata.len()),
            limit,
        });
    }
    Ok(metadata.len())
}

/// Opens `path` for reading in a way that cannot wait: should it have become a FIFO since it was
/// checked, `O_NONBLOCK` makes the open return at once (a plain open waits for a writer), and
/// `O_NOCTTY` keeps a terminal swapped in from becoming ours. Neither changes how a regular file
/// reads.
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    // The flags are C `int` bits; rustix holds them unsigned.
    let flags = (OFlags::NONBLOCK | OFlags::NOCTTY).bits() as i32;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::sync::mpsc;
    use std::time::Duration;

    fn file_with(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.path().join(name);
        fs::write(&path, bytes).expect("write the test file");
        path
    }

    /// The error as `Debug` shows it (`NotRegular { what: Fifo }`) and as a person reads it.
    fn refusal<T: std::fmt::Debug>(result: Result<T, ReadError>) -> (String, String) {
        let error = result.expect_err("a refusal");
        (format!("{error:?}"), error.to_string())
    }

    /// `run` on `path` in a thread, failing when it takes over a second, so that a blocked open
    /// of a FIFO fails the test rather than hanging the run.
    #[cfg(unix)]
    fn within_a_second<T: Send + 'static>(path: &Path, run: fn(&Path) -> T) -> T {
        let (sender, receiver) = mpsc::channel();
        let owned = path.to_path_buf();
        std::thread::spawn(move || {
            let _ = sender.send(run(&owned));
        });
        receiver
            .recv_timeout(Duration::from_secs(1))
            .unwrap_or_else(|_| {
                // Release the blocked open by opening the writing end, then fail.
                let _ = fs::OpenOptions::new().write(true).open(path);
                panic!("reading {} blocked", path.display())
            })
    }

    #[cfg(unix)]
    fn fifo_in(dir: &tempfile::TempDir) -> PathBuf {
        let path = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        assert!(made.expect("run mkfifo").success(), "mkfifo failed");
        path
    }

    #[test]
    fn a_regular_file_up_to_the_limit_is_read_and_one_byte_more_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = file_with(&dir, "deck.ron", b"0123456789");
        assert_eq!(read_regular(&path, 10).expect("read"), b"0123456789");
        assert_eq!(
            read_regular(&path, DECK_LIMIT).expect("read"),
            b"0123456789"
        );
        let over = file_with(&dir, "over.ron", b"0123456789A");
        let (error, message) = refusal(read_regular(&over, 10));
        assert_eq!(error, "TooLarge { size: Some(11), limit: 10 }");
        assert_eq!(message, "it is 11 bytes, over the limit of 10 bytes");
    }

    #[test]
    fn a_missing_file_and_a_dangling_link_are_not_found() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("missing.ron");
        assert_eq!(refusal(read_regular(&missing, 10)).0, "NotFound");
        #[cfg(unix)]
        {
            let link = dir.path().join("link.ron");
            std::os::unix::fs::symlink(&missing, &link).expect("symlink");
            assert_eq!(refusal(read_regular(&link, 10)).0, "NotFound");
        }
    }

    #[test]
    fn a_directory_is_refused_by_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (error, message) = refusal(read_regular(dir.path(), DECK_LIMIT));
        assert_eq!(error, "NotRegular { what: Directory }");
        assert_eq!(message, "it is a directory, not a regular file");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_regular_file_is_followed_and_one_to_a_directory_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = file_with(&dir, "real.ron", b"()");
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        assert_eq!(read_regular(&link, 10).expect("read"), b"()");
        let to_dir = dir.path().join("to-dir");
        std::os::unix::fs::symlink(dir.path(), &to_dir).expect("symlink");
        let (error, _) = refusal(read_regular(&to_dir, 10));
        assert_eq!(error, "NotRegular { what: Directory }");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_at_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = fifo_in(&dir);
        let (error, message) =
            refusal(within_a_second(&fifo, |path| read_text(path, CONFIG_LIMIT)));
        assert_eq!(error, "NotRegular { what: Fifo }");
        assert_eq!(message, "it is a named pipe (FIFO), not a regular file");
    }

    /// The second line of defence, for a path swapped for a FIFO after the first check: the open
    /// itself must not wait for a writer, and the check of the opened file refuses it.
    #[cfg(unix)]
    #[test]
    fn opening_a_fifo_does_not_wait_for_a_writer() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = fifo_in(&dir);
        let opened = within_a_second(&fifo, |path| {
            let file = open_without_blocking(path)?;
            check(&file.metadata()?, 10)
        });
        assert_eq!(refusal(opened).0, "NotRegular { what: Fifo }");
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_sockets_are_refused_by_name() {
        for device in ["/dev/zero", "/dev/null"] {
            let (error, message) = refusal(read_regular(Path::new(device), DECK_LIMIT));
            assert_eq!(error, "NotRegular { what: CharDevice }", "{device}");
            assert_eq!(message, "it is a character device, not a regular file");
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let socket = dir.path().join("socket");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("bind");
        assert_eq!(
            refusal(read_regular(&socket, 10)).0,
            "NotRegular { what: Socket }"
        );
    }

    /// `/proc` files report a length of 0 and hold more: only the bounded read catches them.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_that_understates_its_size_is_caught_while_reading() {
        let path = Path::new("/proc/self/maps");
        let metadata = fs::metadata(path).expect("/proc/self/maps");
        assert!(metadata.is_file() && metadata.len() == 0, "the premise");
        let (error, message) = refusal(read_regular(path, 16));
        assert_eq!(error, "TooLarge { size: None, limit: 16 }");
        assert_eq!(message, "it holds more than the limit of 16 bytes");
        assert!(read_regular(path, DECK_LIMIT).expect("read").len() > 16);
    }

    #[test]
    fn an_endless_reader_is_cut_one_byte_past_the_limit() {
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = sender.send(read_at_most(io::repeat(b'x'), 0, 1000));
        });
        let endless = receiver
            .recv_timeout(Duration::from_secs(1))
            .expect("an endless reader was read without end");
        assert_eq!(refusal(endless).0, "TooLarge { size: None, limit: 1000 }");
        assert_eq!(read_at_most(&b"abc"[..], 3, 3).expect("read"), b"abc");
    }

    #[test]
    fn text_loses_one_leading_bom_and_reports_where_it_stops_being_utf8() {
        let dir = tempfile::tempdir().expect("temp dir");
        let with_bom = file_with(&dir, "bom.ron", b"\xEF\xBB\xBF(id: \"x\")");
        assert_eq!(read_text(&with_bom, 100).expect("read"), "(id: \"x\")");
        let two = file_with(&dir, "two.ron", "\u{FEFF}\u{FEFF}x".as_bytes());
        assert_eq!(read_text(&two, 100).expect("read"), "\u{FEFF}x");
        let bad = file_with(&dir, "bad.ron", b"ab\xFFcd");
        let (error, message) = refusal(read_text(&bad, 100));
        assert_eq!(error, "NotUtf8 { offset: 2 }");
        assert_eq!(
            message,
            "it is not UTF-8 text: the byte at offset 2 is not valid UTF-8"
        );
        let bad_after_bom = file_with(&dir, "bad-bom.ron", b"\xEF\xBB\xBFab\xFF");
        assert_eq!(
            refusal(read_text(&bad_after_bom, 100)).0,
            "NotUtf8 { offset: 5 }"
        );
    }

    #[test]
    fn the_limits_are_the_issues() {
        assert_eq!(DECK_LIMIT, 256 * 1024 * 1024);
        for limit in [CONFIG_LIMIT, SESSION_LIMIT] {
            assert_eq!(limit, 16 * 1024 * 1024);
        }
    }
}
