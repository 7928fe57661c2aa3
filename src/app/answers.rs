//! A set of answers with what is derived from them (the fit of every role, the marked and
//! refused items per pane), kept together so that no frame recounts them and none can be stale.

use crate::deck::{Deck, ItemIndex, Pane};
use crate::fit::{self, RoleFit};
use crate::marks::{Mark, Marks};

/// Answers and their derived figures; the saved answers are one, a what-if layer another.
#[derive(Debug, Clone)]
pub(super) struct Answers {
    pub marks: Marks,
    pub fits: Vec<RoleFit>,
    pub marked: [usize; 3],
    pub refused: [usize; 3],
}

impl Answers {
    pub fn new(deck: &Deck, marks: Marks) -> Answers {
        let mut answers = Answers {
            marks,
            fits: Vec::new(),
            marked: [0; 3],
            refused: [0; 3],
        };
        answers.recount(deck);
        answers
    }

    /// Sets the answer about `item` and brings the figures up to date, for that item alone.
    pub fn set(&mut self, deck: &Deck, item: ItemIndex, mark: Option<Mark>) {
        let before = self.marks.get(item);
        self.marks.set(item, mark);
        fit::adjust(&mut self.fits, deck, item, before, mark);
        let pane = deck.pane_of(item).position();
        let marked = |m: Option<Mark>| matches!(m, Some(Mark::Have | Mark::Lean(_)));
        let refused = |m: Option<Mark>| m == Some(Mark::Refuse);
        self.marked[pane] =
            self.marked[pane] + usize::from(marked(mark)) - usize::from(marked(before));
        self.refused[pane] =
            self.refused[pane] + usize::from(refused(mark)) - usize::from(refused(before));
    }

    pub fn recount(&mut self, deck: &Deck) {
        self.fits = fit::score(deck, &self.marks);
        self.marked = Pane::ALL.map(|pane| self.marks.count_in(deck.pane_range(pane)));
        self.refused = Pane::ALL.map(|pane| self.marks.refused_in(deck.pane_range(pane)));
    }

    /// The items whose answer here differs from `other`'s, in deck order.
    pub fn differences_from<'a>(&'a self, other: &'a Answers) -> impl Iterator<Item = ItemIndex> {
        (0..self.marks.len()).filter(move |&item| self.marks.get(item) != other.marks.get(item))
    }
}
