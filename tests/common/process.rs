//! Reading what a run of the real binary printed and how it exited.

use std::process::Output;

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

pub fn status(output: &Output) -> i32 {
    output.status.code().expect("rolefit exited normally")
}
