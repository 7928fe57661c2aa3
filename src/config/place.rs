//! Where in the config file a problem is, as `path:line:column` (1-based, columns in
//! characters): a quoted name, the value after a name, or the string a check made while ron
//! read the file refused.

/// Where in the file a problem is: `config.ron:4:9`, or just the file when the name is not found.
pub type Location = String;

/// `path:line:column` of the first `"needle"` (quoted, as RON writes strings) at or after byte
/// `from`, and the byte offset just after it; `path` alone when it is not there.
pub fn locate(text: &str, path: &str, needle: &str, from: usize) -> (Location, usize) {
    match find(text, needle, from) {
        Some((offset, after)) => (at(text, path, offset), after),
        None => (path.to_string(), from),
    }
}

/// `path:line:column` of the value that follows the first quoted `name` (past its colon, white
/// space and comments): found this way, a bare number is found as well as a string.
pub fn locate_value(text: &str, path: &str, name: &str) -> Location {
    let Some((_, after)) = find(text, name, 0) else {
        return path.to_string();
    };
    let rest = skip_blank(&text[after..]);
    let rest = skip_blank(rest.strip_prefix(':').unwrap_or(rest));
    at(text, path, text.len() - rest.len())
}

/// The line and column where the string that ends at `line`, `column` begins: its opening
/// quote, or the `r` of a raw string; for a bare token (a number, a word), its first character.
/// ron reports the end of the token a check refused reliably, but its start only for strings
/// without escapes.
pub fn token_start(text: &str, line: usize, column: usize) -> (usize, usize) {
    let Some(end) = offset_of(text, line, column) else {
        return (line, column);
    };
    let start = start_of_token(&text[..end]);
    line_and_column(text, start)
}

/// The byte offset of the first `"needle"` at or after `from` that is not in a `//` comment,
/// and the offset just after it.
fn find(text: &str, needle: &str, from: usize) -> Option<(usize, usize)> {
    let quoted = format!("\"{needle}\"");
    let in_comment = |offset: usize| {
        let line_start = text[..offset].rfind('\n').map_or(0, |n| n + 1);
        text[line_start..offset].contains("//")
    };
    text.get(from..)
        .into_iter()
        .flat_map(|rest| rest.match_indices(&quoted))
        .map(|(found, _)| from + found)
        .find(|&offset| !in_comment(offset))
        .map(|offset| (offset, offset + quoted.len()))
}

fn at(text: &str, path: &str, offset: usize) -> Location {
    let (line, column) = line_and_column(text, offset);
    format!("{path}:{line}:{column}")
}

fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The byte offset of a 1-based line and column (in characters), if the text has it.
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line == 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let rest = &text[line_start..];
    let within = match rest.char_indices().nth(column.checked_sub(1)?) {
        Some((offset, _)) => offset,
        None if rest.chars().count() == column - 1 => rest.len(),
        None => return None,
    };
    Some(line_start + within)
}

/// Where the token that `before` ends with starts.
fn start_of_token(before: &str) -> usize {
    // ron may have read past the white space after the token.
    let before = before.trim_end();
    let body = before.trim_end_matches('#');
    let hashes = before.len() - body.len();
    if let Some(inside) = body.strip_suffix('"') {
        if hashes > 0 {
            // A raw string with hashes ends only at `"#…`, so its content may hold quotes.
            let opening = format!("r{}\"", "#".repeat(hashes));
            if let Some(start) = inside.rfind(&opening) {
                return start;
            }
        }
        // A quote inside a string is escaped by an odd number of backslashes.
        let mut end = inside.len();
        while let Some(quote) = inside[..end].rfind('"') {
            let slashes = inside[..quote].len() - inside[..quote].trim_end_matches('\\').len();
            if slashes % 2 == 0 {
                return if inside[..quote].ends_with('r') {
                    quote - 1
                } else {
                    quote
                };
            }
            end = quote;
        }
    }
    before
        .trim_end_matches(|c: char| !c.is_whitespace() && !"()[]{},:".contains(c))
        .len()
}

/// `text` past any white space and RON comments at its start.
fn skip_blank(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        if let Some(comment) = text.strip_prefix("//") {
            text = comment.find('\n').map_or("", |end| &comment[end..]);
        } else if let Some(comment) = text.strip_prefix("/*") {
            text = comment.find("*/").map_or("", |end| &comment[end + 2..]);
        } else {
            return text;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_counts_lines_and_characters_from_one() {
        let text = "(\n  // \"quitt\"\n  keys: {\n    \"quitt\": [\"x\"],\n  },\n)";
        let (at, after) = locate(text, "c.ron", "quitt", 0);
        assert_eq!(at, "c.ron:4:5", "not the one in the comment");
        assert_eq!(locate(text, "c.ron", "x", after).0, "c.ron:4:15");
        assert_eq!(locate(text, "c.ron", "nowhere", 0).0, "c.ron");
    }

    #[test]
    fn a_value_is_found_past_the_colon_and_comments() {
        let text = "(colors: {\n  \"mark\" /* a */ : // b\n     300 })";
        assert_eq!(locate_value(text, "c.ron", "mark"), "c.ron:3:6");
        assert_eq!(locate_value(text, "c.ron", "title"), "c.ron");
    }

    #[test]
    fn a_token_starts_at_its_quote_whatever_it_holds() {
        for (text, start) in [
            (r#"x: "quit""#, 4),
            (r#"x: "q\u{75}it""#, 4),
            (r#"x: "a\"b""#, 4),
            (r#"x: "a\\""#, 4),
            (r#"x: r"quit""#, 4),
            (r##"x: r#"a"b"#"##, 4),
            ("x: 300", 4),
            ("x: -4.5", 4),
            ("中: \"é\"", 4),
            ("x: red  ", 4),
        ] {
            let end = text.chars().count() + 1;
            assert_eq!(token_start(text, 1, end), (1, start), "{text}");
        }
        assert_eq!(token_start("(\n  \"a\"\n)", 2, 6), (2, 3));
        assert_eq!(token_start("x", 3, 1), (3, 1), "a place the text lacks");
    }
}
