//! Plain-text tables whose columns line up by display width (CJK and emoji take two columns).

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

const GAP: &str = "  ";

/// Writes `header` and `rows` with every column but the last padded to its widest cell.
pub fn write(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    for row in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        let last = row.len().saturating_sub(1);
        for (column, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if column < last {
                let pad = widths[column] - cell.width();
                line.extend(std::iter::repeat_n(' ', pad));
                line.push_str(GAP);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
