//! What changed between two sets of answers: traits gained and lost, deal-breakers added and
//! taken back, leans moved, and each role's fit before and after, heaviest changes first.

use crate::deck::{Deck, ItemIndex, RoleIndex};
use crate::fit::{self, RoleFit};
use crate::marks::{Mark, Marks};

#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    /// Duties and skills had now and not before.
    pub gained: Vec<ItemIndex>,
    /// Duties and skills had before and not now.
    pub lost: Vec<ItemIndex>,
    /// Deal-breakers now and not before.
    pub refused: Vec<ItemIndex>,
    /// Deal-breakers before and not now.
    pub unrefused: Vec<ItemIndex>,
    pub leans_changed: Vec<LeanChange>,
    /// Each role's fit before and after, in deck order.
    pub roles: Vec<(RoleFit, RoleFit)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeanChange {
    pub item: ItemIndex,
    pub from: Option<RoleIndex>,
    pub to: Option<RoleIndex>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.gained.is_empty()
            && self.lost.is_empty()
            && self.refused.is_empty()
            && self.unrefused.is_empty()
            && self.leans_changed.is_empty()
    }
}

/// The change from `before` to `after`, each list heaviest first, then in deck order. Only the
/// answers are walked, not the whole deck, beyond the two scorings.
pub fn diff(deck: &Deck, before: &Marks, after: &Marks) -> Diff {
    let mut diff = Diff {
        gained: Vec::new(),
        lost: Vec::new(),
        refused: Vec::new(),
        unrefused: Vec::new(),
        leans_changed: Vec::new(),
        roles: Vec::new(),
    };
    let mut items: Vec<ItemIndex> = before
        .iter()
        .chain(after.iter())
        .map(|(item, _)| item)
        .collect();
    items.sort_unstable();
    items.dedup();
    for item in items {
        let (old, new) = (before.get(item), after.get(item));
        if old == new {
            continue;
        }
        if deck.item(item).is_difference() {
            let lean = |mark| match mark {
                Some(Mark::Lean(role)) => Some(role),
                _ => None,
            };
            diff.leans_changed.push(LeanChange {
                item,
                from: lean(old),
                to: lean(new),
            });
            continue;
        }
        match (old, new) {
            (_, Some(Mark::Have)) => diff.gained.push(item),
            (_, Some(Mark::Refuse)) => diff.refused.push(item),
            _ => {}
        }
        match (old, new) {
            (Some(Mark::Have), _) => diff.lost.push(item),
            (Some(Mark::Refuse), _) => diff.unrefused.push(item),
            _ => {}
        }
    }
    let heaviest_first = |items: &mut Vec<ItemIndex>| {
        items.sort_by_key(|&item| (std::cmp::Reverse(deck.item(item).weight), item));
    };
    heaviest_first(&mut diff.gained);
    heaviest_first(&mut diff.lost);
    heaviest_first(&mut diff.refused);
    heaviest_first(&mut diff.unrefused);
    diff.leans_changed
        .sort_by_key(|c| (std::cmp::Reverse(deck.item(c.item).weight), c.item));
    diff.roles = fit::score(deck, before)
        .into_iter()
        .zip(fit::score(deck, after))
        .collect();
    diff
}

/// The change in words, one line each: the roles first (largest move first), then the answers;
/// `arrow` joins a before and an after (`→`, or `->` where only ASCII may be drawn).
pub fn words(deck: &Deck, diff: &Diff, arrow: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut roles: Vec<&(RoleFit, RoleFit)> = diff.roles.iter().collect();
    roles.sort_by_key(|(from, to)| std::cmp::Reverse(from.rounded().abs_diff(to.rounded())));
    for (from, to) in roles {
        let moved = i64::from(to.rounded()) - i64::from(from.rounded());
        let change = match moved {
            0 => "no change".to_string(),
            1 | -1 => format!("{moved:+} point"),
            _ => format!("{moved:+} points"),
        };
        lines.push(format!(
            "{}: {}% {arrow} {}% ({change})",
            deck.roles[from.role].name,
            from.rounded(),
            to.rounded()
        ));
    }
    if diff.is_empty() {
        lines.push("No answer changed.".to_string());
        return lines;
    }
    let titles = |items: &[ItemIndex]| {
        let titles: Vec<String> = items
            .iter()
            .map(|&i| deck.item(i).title.to_string())
            .collect();
        crate::summary::join_and(&titles)
    };
    for (items, label) in [
        (&diff.gained, "Now marked"),
        (&diff.lost, "No longer marked"),
        (&diff.refused, "Would not do now"),
        (&diff.unrefused, "No longer a deal-breaker"),
    ] {
        if !items.is_empty() {
            lines.push(format!("{label}: {}.", titles(items)));
        }
    }
    let side = |role: Option<RoleIndex>| role.map_or("no side", |r| deck.roles[r].name.as_str());
    for change in &diff.leans_changed {
        lines.push(format!(
            "{}: {} {arrow} {}.",
            deck.item(change.item).title,
            side(change.from),
            side(change.to)
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        Deck::builtin().unwrap()
    }

    fn marks(deck: &Deck, answers: &[(&str, Mark)]) -> Marks {
        let mut marks = Marks::for_deck(deck);
        for (id, mark) in answers {
            marks.set(deck.item_index(id).unwrap(), Some(*mark));
        }
        marks
    }

    #[test]
    fn each_kind_of_change_lands_in_its_list_heaviest_first() {
        let deck = deck();
        let id = |i: &ItemIndex| deck.item(*i).id.to_string();
        let before = marks(
            &deck,
            &[
                ("framing-shots", Mark::Have),
                ("marketing", Mark::Refuse),
                ("focus", Mark::Lean(0)),
            ],
        );
        let after = marks(
            &deck,
            &[
                ("framing-shots", Mark::Refuse),
                ("leadership", Mark::Have),
                ("patience", Mark::Have),
                ("focus", Mark::Lean(1)),
                ("crew", Mark::Lean(0)),
            ],
        );
        let change = diff(&deck, &before, &after);
        let weights: Vec<u32> = change.gained.iter().map(|&i| deck.item(i).weight).collect();
        assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
        let mut gained: Vec<String> = change.gained.iter().map(id).collect();
        gained.sort();
        assert_eq!(gained, ["leadership", "patience"]);
        assert_eq!(
            change.lost.iter().map(id).collect::<Vec<_>>(),
            ["framing-shots"]
        );
        assert_eq!(
            change.refused.iter().map(id).collect::<Vec<_>>(),
            ["framing-shots"]
        );
        assert_eq!(
            change.unrefused.iter().map(id).collect::<Vec<_>>(),
            ["marketing"]
        );
        assert_eq!(change.leans_changed.len(), 2);
        assert_eq!(change.roles.len(), 2);
        assert_eq!(change.roles[0].0, fit::score(&deck, &before)[0]);
        assert_eq!(change.roles[1].1, fit::score(&deck, &after)[1]);
        assert!(!change.is_empty());
        assert!(diff(&deck, &after, &after).is_empty());
    }

    #[test]
    fn words_put_the_largest_move_first() {
        let deck = deck();
        let before = Marks::for_deck(&deck);
        let after = marks(
            &deck,
            &[("marketing", Mark::Have), ("distribution", Mark::Have)],
        );
        let lines = words(&deck, &diff(&deck, &before, &after), "→");
        assert!(lines[0].starts_with("Producer: 0% → "), "{lines:?}");
        assert_eq!(lines[1], "Director: 0% → 0% (no change)");
        assert_eq!(lines[2], "Now marked: Marketing and Distribution.");
        let same = words(&deck, &diff(&deck, &after, &after), "→");
        assert_eq!(same.last().unwrap(), "No answer changed.");
    }
}
