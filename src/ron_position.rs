//! Where a RON error points: ron reports where its cursor stopped, which for a value of the wrong
//! type is just after the previous token; people need the token itself.

/// Line and column (1-based, in characters) of `error` in `text`, moved past any white space
/// and comments to the next token.
pub fn error_position(text: &str, error: &ron::error::SpannedError) -> (usize, usize) {
    let start = error.span.start;
    let Some(offset) = char_offset(text, start.line, start.col) else {
        return (start.line, start.col);
    };
    let rest: Vec<char> = text.chars().skip(offset).collect();
    let skipped = skip_blank(&rest);
    if skipped == rest.len() {
        // Only blanks follow (an unexpected end): the cursor is the best place to point at.
        return (start.line, start.col);
    }
    let (mut line, mut col) = (start.line, start.col);
    for &c in &rest[..skipped] {
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    (line, col)
}

/// The character offset of a 1-based line and column.
fn char_offset(text: &str, line: usize, col: usize) -> Option<usize> {
    let mut offset = 0;
    for (number, content) in text.split_inclusive('\n').enumerate() {
        if number + 1 == line {
            return (col >= 1 && col <= content.chars().count() + 1).then(|| offset + col - 1);
        }
        offset += content.chars().count();
    }
    None
}

/// How many characters at the start of `chars` are white space or comments.
fn skip_blank(chars: &[char]) -> usize {
    let mut i = 0;
    while i < chars.len() {
        match (chars[i], chars.get(i + 1)) {
            (c, _) if c.is_whitespace() => i += 1,
            ('/', Some('/')) => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            ('/', Some('*')) => {
                i += 2;
                while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                    i += 1;
                }
                i = (i + 2).min(chars.len());
            }
            _ => break,
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position_of(text: &str) -> (usize, usize) {
        let error = ron::from_str::<(String, String)>(text).expect_err("invalid on purpose");
        error_position(text, &error)
    }

    #[test]
    fn a_value_of_the_wrong_type_on_the_next_line_is_found() {
        assert_eq!(position_of("(\n  \"a\",\n    42,\n)"), (3, 5));
    }

    #[test]
    fn comments_before_the_value_are_skipped() {
        assert_eq!(position_of("(\"a\", // note\n /* x */ 7)"), (2, 10));
    }

    #[test]
    fn an_unexpected_end_points_at_the_end() {
        let (line, _) = position_of("(\"a\",\n\n");
        assert!(line >= 1);
    }
}
