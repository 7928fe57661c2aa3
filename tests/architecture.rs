//! ARCHITECTURE.md stays true: its code map names every top-level module and nothing else, and
//! the invariants it states about imports hold (no circles; pure modules use no terminal).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// Each top-level module with the text of its files, test modules left out.
fn modules() -> BTreeMap<String, String> {
    let mut modules: BTreeMap<String, String> = BTreeMap::new();
    let mut stack = vec![Path::new(SRC).to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path.strip_prefix(SRC).unwrap();
            let top = relative.components().next().unwrap().as_os_str();
            let name = top.to_str().unwrap().trim_end_matches(".rs").to_string();
            if name == "lib" || name == "main" {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            modules.entry(name).or_default().push_str(code);
        }
    }
    modules
}

/// The top-level modules `code` names through `crate::`.
fn imports(code: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let code: String = code
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find("};").or_else(|| group.find('}')).unwrap_or(0)];
            inner.split(',').map(str::trim).collect()
        } else {
            vec![rest]
        };
        for name in names {
            let end = name
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(name.len());
            if known.contains(&name[..end]) {
                found.insert(name[..end].to_string());
            }
        }
    }
    found
}

#[test]
fn the_code_map_names_every_module_and_only_those() {
    let map =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ARCHITECTURE.md")).unwrap();
    assert!(
        map.lines().count() < 150,
        "ARCHITECTURE.md should stay under 150 lines"
    );
    let listed: BTreeSet<String> = map
        .lines()
        .filter(|line| line.starts_with("| `"))
        .flat_map(|line| {
            let first_cell = line.split('|').nth(1).unwrap_or("");
            first_cell
                .split('`')
                .skip(1)
                .step_by(2)
                .map(|name| {
                    name.trim_end_matches('/')
                        .trim_end_matches(".rs")
                        .to_string()
                })
                .collect::<Vec<_>>()
        })
        .filter(|name| name != "main")
        .collect();
    let actual: BTreeSet<String> = modules().into_keys().collect();
    assert_eq!(listed, actual, "ARCHITECTURE.md's code map against src/");
}

#[test]
fn no_two_modules_import_each_other_even_through_others() {
    let modules = modules();
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    let graph: BTreeMap<&String, BTreeSet<String>> = modules
        .iter()
        .map(|(name, code)| {
            let mut uses = imports(code, &known);
            uses.remove(name);
            (name, uses)
        })
        .collect();
    for start in graph.keys() {
        // Every module reachable from `start`; reaching `start` again is a circle.
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&String> = graph[start].iter().collect();
        while let Some(next) = stack.pop() {
            assert_ne!(
                next, *start,
                "{start} imports itself through others: {graph:#?}"
            );
            if seen.insert(next) {
                stack.extend(graph[next].iter());
            }
        }
    }
}

#[test]
fn the_pure_modules_use_no_terminal_and_no_app() {
    let modules = modules();
    for pure in [
        "deck",
        "search",
        "fit",
        "phases",
        "breakdown",
        "marks",
        "session",
        "summary",
        "swap",
        "guided",
        "report",
        "diff",
        "history",
        "peers",
        "johari",
        "side_files",
    ] {
        let code = &modules[pure];
        for forbidden in [
            "ratatui",
            "crossterm",
            "crate::app",
            "crate::ui",
            "crate::tui",
        ] {
            assert!(!code.contains(forbidden), "{pure} uses {forbidden}");
        }
    }
}
