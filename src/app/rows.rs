//! Which items each pane shows: ranked by the query when there is one (a ranking newer input may
//! interrupt), else in deck order, and only the marked ones when the user asked for that.

use super::App;
use crate::deck::{ItemIndex, Pane};
use crate::search::Stop;

impl App {
    /// Every pane's rows for the current query and switch, or `None` when `stop` interrupted the
    /// ranking (the hits of the shorter queries on the way stay for the next try).
    pub(crate) fn shown_rows(&mut self, stop: Stop) -> Option<[Vec<ItemIndex>; 3]> {
        let mut rows: [Vec<ItemIndex>; 3] = Default::default();
        if self.is_filtered() {
            let hits =
                self.narrowing
                    .rank_unless(&self.searcher, &self.deck, self.query.text(), stop)?;
            // Counted first so each pane's rows are allocated once: growing them hit by hit
            // copied them over and over on a large deck.
            let mut counts = [0; 3];
            for hit in hits {
                counts[self.deck.pane_of(hit.item).position()] += 1;
            }
            for (pane_rows, count) in rows.iter_mut().zip(counts) {
                pane_rows.reserve_exact(count);
            }
            for hit in hits {
                rows[self.deck.pane_of(hit.item).position()].push(hit.item);
            }
        } else {
            self.narrowing.clear();
            for pane in Pane::ALL {
                rows[pane.position()] = self.deck.pane_range(pane).collect();
            }
        }
        if self.only_marked {
            for pane_rows in &mut rows {
                pane_rows.retain(|&item| self.marks().is_marked(item));
            }
        }
        Some(rows)
    }
}
