//! What a refused read is and how it is said: the reasons a file is not read, what a path
//! names when it is not a regular file, and sizes worded as a person would say them.

use std::fmt;
use std::fs::Metadata;
use std::io;

/// Why a file was not read. Its message names neither the path nor the kind of file: the caller
/// adds both ("cannot read the deck `x.ron`: it is a directory, not a regular file").
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("there is no such file")]
    NotFound,
    #[error("it is {what}, not a regular file")]
    NotRegular { what: FileKind },
    /// `size` is `None` when the file's metadata understated it and the read found it out.
    #[error("{}", too_large(*.size, *.limit))]
    TooLarge { size: Option<u64>, limit: u64 },
    /// `offset` counts bytes from the start of the file, a byte order mark included.
    #[error("it is not UTF-8 text: the byte at offset {offset} is not valid UTF-8")]
    NotUtf8 { offset: usize },
    #[error(transparent)]
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(error: io::Error) -> ReadError {
        match error.kind() {
            io::ErrorKind::NotFound => ReadError::NotFound,
            _ => ReadError::Io(error),
        }
    }
}

/// What a path names when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Directory,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    /// Anything else the system has (a Solaris door, say).
    Other,
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileKind::Directory => "a directory",
            FileKind::Fifo => "a named pipe (FIFO)",
            FileKind::Socket => "a socket",
            FileKind::CharDevice => "a character device",
            FileKind::BlockDevice => "a block device",
            FileKind::Other => "a special file",
        })
    }
}

impl FileKind {
    /// What the file `metadata` describes is, when it is not a regular file.
    pub fn of(metadata: &Metadata) -> Option<FileKind> {
        (!metadata.is_file()).then(|| kind_of(metadata))
    }
}

pub(super) fn kind_of(metadata: &Metadata) -> FileKind {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return FileKind::Directory;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return FileKind::Fifo;
        }
        if file_type.is_socket() {
            return FileKind::Socket;
        }
        if file_type.is_char_device() {
            return FileKind::CharDevice;
        }
        if file_type.is_block_device() {
            return FileKind::BlockDevice;
        }
    }
    FileKind::Other
}

/// "it is 300 MiB, over the limit of 256 MiB". The size is rounded up and the limit down, so a
/// file one byte over never reads as being at the limit.
fn too_large(size: Option<u64>, limit: u64) -> String {
    let limit_text = amount(limit, false);
    match size {
        Some(size) => format!(
            "it is {}, over the limit of {limit_text}",
            amount(size, true)
        ),
        None => format!("it holds more than the limit of {limit_text}"),
    }
}

/// `bytes` for a person: "12 bytes", "1.5 KiB", "256 MiB", to a tenth of the unit, rounded
/// `up` or down.
fn amount(bytes: u64, up: bool) -> String {
    if bytes < 1024 {
        return match bytes {
            1 => "1 byte".to_string(),
            _ => format!("{bytes} bytes"),
        };
    }
    let (unit, name) = [(1u64 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB")]
        .into_iter()
        .find(|&(unit, _)| bytes >= unit)
        .unwrap_or((1 << 10, "KiB"));
    let scaled = u128::from(bytes) * 10;
    let unit = u128::from(unit);
    let tenths = if up {
        scaled.div_ceil(unit)
    } else {
        scaled / unit
    };
    match tenths % 10 {
        0 => format!("{} {name}", tenths / 10),
        tenth => format!("{}.{tenth} {name}", tenths / 10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::untrusted::read::DECK_LIMIT;

    const MIB: u64 = 1024 * 1024;

    #[test]
    fn sizes_read_as_a_person_would_say_them() {
        let said = |size, limit| too_large(Some(size), limit);
        assert_eq!(
            said(300 * MIB, DECK_LIMIT),
            "it is 300 MiB, over the limit of 256 MiB"
        );
        // Rounded up, so one byte over never reads as "256 MiB, over the limit of 256 MiB".
        let one_over = said(DECK_LIMIT + 1, DECK_LIMIT);
        assert_eq!(one_over, "it is 256.1 MiB, over the limit of 256 MiB");
        assert_eq!(said(1536, 1024), "it is 1.5 KiB, over the limit of 1 KiB");
        assert_eq!(said(5 << 30, 1), "it is 5 GiB, over the limit of 1 byte");
        assert_eq!(amount(u64::MAX, true), "16777216 TiB");
    }
}
