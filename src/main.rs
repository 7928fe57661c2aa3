//! The `rolefit` binary (the command line arrives in the next step).

fn main() {}
