//! Text measured in display columns: truncation with an ellipsis and match highlighting.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use crate::input::LineInput;

/// Display width of a character; control characters are shown as one space.
fn char_width(c: char) -> usize {
    if c.is_control() {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

/// Display width of a string, as this module draws it.
pub fn width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// `text` cut to at most `max` columns, ending in `ellipsis` when anything was cut.
pub fn truncate(text: &str, max: usize, ellipsis: &str) -> String {
    spans(text, max, Style::new(), &[], Style::new(), ellipsis)
        .into_iter()
        .map(|span| span.content.into_owned())
        .collect()
}

/// `text` cut to at most `max` columns as styled spans, ending in `ellipsis` when cut:
/// characters whose positions (in characters, ascending) are in `highlighted` get `matched`,
/// the rest `base`.
pub fn spans(
    text: &str,
    max: usize,
    base: Style,
    highlighted: &[usize],
    matched: Style,
    ellipsis: &str,
) -> Vec<Span<'static>> {
    let cut = width(text) > max;
    // An ellipsis wider than the room is cut itself: `...` in one column is `.`.
    let ellipsis: String = ellipsis.chars().take(max).collect();
    let budget = if cut {
        max.saturating_sub(width(&ellipsis))
    } else {
        max
    };
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut current = String::new();
    let mut current_style = base;
    let mut used = 0;
    let mut next_highlight = highlighted.iter().peekable();
    for (position, c) in text.chars().enumerate() {
        let w = char_width(c);
        if used + w > budget {
            break;
        }
        used += w;
        while next_highlight.next_if(|&&p| p < position).is_some() {}
        let style = if next_highlight.peek() == Some(&&position) {
            matched
        } else {
            base
        };
        if style != current_style && !current.is_empty() {
            out.push(Span::styled(std::mem::take(&mut current), current_style));
        }
        current_style = style;
        current.push(if c.is_control() { ' ' } else { c });
    }
    if cut && max > 0 {
        if current_style != base && !current.is_empty() {
            out.push(Span::styled(std::mem::take(&mut current), current_style));
        }
        current_style = base;
        current.push_str(&ellipsis);
    }
    if !current.is_empty() {
        out.push(Span::styled(current, current_style));
    }
    out
}

/// Greedy word wrap of `text` to `max` columns; a word longer than a line ends in `ellipsis`.
/// Plain text is styled text with one style: [`wrap_spans`] does the work.
pub fn wrap(text: &str, max: usize, ellipsis: &str) -> Vec<String> {
    wrap_spans(&[Span::raw(text)], max, ellipsis)
        .into_iter()
        .map(|line| {
            line.spans
                .iter()
                .map(|span| span.content.as_ref())
                .collect()
        })
        .collect()
}

/// Word wrap for styled text: `spans` wrapped to `max` columns as lines of spans, each character
/// keeping its span's style. Where a word spans two styles it keeps both.
pub fn wrap_spans(spans: &[Span<'_>], max: usize, ellipsis: &str) -> Vec<Line<'static>> {
    // Words as (character, style) runs; whitespace only separates them.
    let mut words: Vec<Vec<(char, Style)>> = Vec::new();
    let mut word: Vec<(char, Style)> = Vec::new();
    for span in spans {
        for c in span.content.chars() {
            if c.is_whitespace() {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            } else {
                word.push((c, span.style));
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut lines: Vec<Vec<(char, Style)>> = Vec::new();
    let mut line: Vec<(char, Style)> = Vec::new();
    let columns =
        |cells: &[(char, Style)]| cells.iter().map(|&(c, _)| char_width(c)).sum::<usize>();
    for word in words {
        let word_width = columns(&word);
        if !line.is_empty() && columns(&line) + 1 + word_width > max {
            lines.push(std::mem::take(&mut line));
        }
        if let Some(&(_, style)) = line.last() {
            line.push((' ', style));
        }
        if word_width > max {
            // Too long for any line: cut it with the ellipsis, in the style of its first letter.
            let text: String = word.iter().map(|&(c, _)| c).collect();
            let style = word[0].1;
            line.extend(truncate(&text, max, ellipsis).chars().map(|c| (c, style)));
        } else {
            line.extend(word);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.into_iter().map(styled_line).collect()
}

/// Characters with their styles as a line, one span per run of a style.
fn styled_line(cells: Vec<(char, Style)>) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut current = String::new();
    let mut current_style = None;
    for (c, style) in cells {
        if current_style.is_some_and(|s| s != style) {
            spans.push(Span::styled(
                std::mem::take(&mut current),
                current_style.unwrap_or_default(),
            ));
        }
        current_style = Some(style);
        current.push(if c.is_control() { ' ' } else { c });
    }
    if let Some(style) = current_style {
        spans.push(Span::styled(current, style));
    }
    Line::from(spans)
}

/// The part of a one-line input that fits in `room` columns, and the cursor's column in it. A
/// cell is kept for the cursor; when the text before it is too long, its start scrolls out.
pub fn visible_input(input: &LineInput, room: usize, ellipsis: &str) -> (String, usize) {
    let room = room.saturating_sub(1);
    let chars: Vec<char> = input.text().chars().collect();
    let (before, after) = chars.split_at(input.cursor().min(chars.len()));
    let mut start = 0;
    let mut cursor: usize = before.iter().map(|&c| char_width(c)).sum();
    while cursor > room && start < before.len() {
        cursor -= char_width(before[start]);
        start += 1;
    }
    let before: String = before[start..].iter().collect();
    let after: String = after.iter().collect();
    let tail = truncate(&after, room.saturating_sub(cursor), ellipsis);
    (format!("{before}{tail}"), cursor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept_whole() {
        assert_eq!(truncate("Patience", 8, "…"), "Patience");
    }

    #[test]
    fn long_text_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(truncate("Managing a budget", 8, "…"), "Managin…");
        assert_eq!(truncate("Managing a budget", 1, "…"), "…");
        assert_eq!(truncate("Managing a budget", 0, "…"), "");
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let cut = truncate("映画監督の仕事", 6, "…");
        assert_eq!(cut, "映画…");
        assert!(width(&cut) <= 6);
        assert_eq!(width("🎬 film"), 7);
    }

    #[test]
    fn highlighted_characters_get_their_own_spans() {
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let out = spans("Café crème", 20, Style::new(), &[2, 3, 5], bold, "…");
        let parts: Vec<(&str, bool)> = out
            .iter()
            .map(|s| (s.content.as_ref(), s.style == bold))
            .collect();
        assert_eq!(
            parts,
            vec![
                ("Ca", false),
                ("fé", true),
                (" ", false),
                ("c", true),
                ("rème", false)
            ]
        );
    }

    #[test]
    fn wrap_breaks_between_words_within_the_width() {
        assert_eq!(
            wrap("Directors tell the story through visuals", 16, "…"),
            vec!["Directors tell", "the story", "through visuals"]
        );
        assert_eq!(wrap("unbreakableword", 5, "…"), vec!["unbr…"]);
        assert!(wrap("", 10, "…").is_empty());
    }

    #[test]
    fn wrapped_spans_keep_their_styles_and_break_like_plain_wrap() {
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let spans = [
            Span::styled("[x] ", bold),
            Span::raw("Directors tell the story through visuals"),
        ];
        let lines = wrap_spans(&spans, 16, "…");
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(
            text,
            wrap("[x] Directors tell the story through visuals", 16, "…")
        );
        assert_eq!(lines[0].spans[0].content, "[x] ");
        assert_eq!(lines[0].spans[0].style, bold);
        assert_eq!(lines[0].spans[1].style, Style::new());
        let long = wrap_spans(&[Span::raw("unbreakableword")], 5, "…");
        assert_eq!(long[0].to_string(), "unbr…");
        assert!(wrap_spans(&[Span::raw("  ")], 5, "…").is_empty());
    }

    #[test]
    fn an_ascii_ellipsis_takes_its_own_width() {
        assert_eq!(truncate("Managing a budget", 8, "..."), "Manag...");
        assert_eq!(truncate("Managing a budget", 2, "..."), "..");
        assert_eq!(truncate("Patience", 8, "..."), "Patience");
        assert_eq!(wrap("unbreakableword", 6, "..."), vec!["unb..."]);
    }

    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(truncate("a\tb\nc", 10, "…"), "a b c");
    }

    #[test]
    fn a_long_input_scrolls_its_start_out_to_keep_the_cursor_visible() {
        let mut input = LineInput::default();
        "directors".chars().for_each(|c| input.insert(c));
        // Five columns: four characters and a cell for the cursor after them.
        assert_eq!(visible_input(&input, 5, "…"), ("tors".to_string(), 4));
        input.left();
        input.left();
        input.left();
        // The cursor after `direct`: its last four columns show, and no room is left after it.
        assert_eq!(visible_input(&input, 5, "…"), ("rect".to_string(), 4));
        assert_eq!(visible_input(&input, 9, "…"), ("directo…".to_string(), 6));
        assert_eq!(visible_input(&input, 40, "…"), ("directors".to_string(), 6));
    }

    #[test]
    fn wide_characters_scroll_out_by_their_width() {
        let mut input = LineInput::default();
        "映画監督".chars().for_each(|c| input.insert(c));
        assert_eq!(visible_input(&input, 5, "…"), ("監督".to_string(), 4));
    }
}
