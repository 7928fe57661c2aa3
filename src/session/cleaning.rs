//! The text of a session file cleaned once, where it enters (`untrusted::text`), and file text
//! quoted in messages cut short, so that no footer, report or error can carry a control
//! character, an escape sequence or 16 MiB of one id from the file.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::{Answer, SavedMark, Session};
use crate::untrusted::text::{clean, clean_owned, is_clean};

/// The longest name a rate-me file keeps for the person rated and the peer.
const NAME_CHARS: usize = 64;

/// The longest piece of file text a message quotes, in characters.
const QUOTED_CHARS: usize = 200;

/// `session` with every string cleaned: the deck id, the selected ids, each answer's id, role
/// and time. `Err` with the cleaned id when two answers' ids become one: which one to keep
/// cannot be guessed, and keeping either would drop the other.
pub(super) fn cleaned(session: Session) -> Result<Session, String> {
    let Session {
        deck,
        focus,
        selected,
        answers,
        assessment,
        rating,
    } = session;
    let selected = selected
        .into_iter()
        .map(|(pane, id)| (pane, clean_owned(id)))
        .collect();
    // Nearly every session is clean already: then the map is kept as it is, not rebuilt.
    let answers = if answers
        .iter()
        .all(|(id, answer)| is_clean(id) && answer_is_clean(answer))
    {
        answers
    } else {
        let mut clean_answers = BTreeMap::new();
        for (id, answer) in answers {
            let id = clean_owned(id);
            if clean_answers.contains_key(&id) {
                return Err(id);
            }
            clean_answers.insert(id, cleaned_answer(answer));
        }
        clean_answers
    };
    let rating = rating.map(|rating| super::Rating {
        subject: shortened(&clean_owned(rating.subject), NAME_CHARS).into_owned(),
        rater: rating
            .rater
            .map(|rater| shortened(&clean_owned(rater), NAME_CHARS).into_owned()),
    });
    Ok(Session {
        deck: clean_owned(deck),
        focus,
        selected,
        answers,
        assessment,
        rating,
    })
}

/// Marks by id (a snapshot's) with every id and role cleaned, as [`cleaned`] cleans a
/// session's answers; `Err` with the cleaned id when two ids become one.
pub(crate) fn cleaned_marks(
    marks: BTreeMap<String, SavedMark>,
) -> Result<BTreeMap<String, SavedMark>, String> {
    if marks
        .iter()
        .all(|(id, mark)| is_clean(id) && mark_is_clean(mark))
    {
        return Ok(marks);
    }
    let mut clean_marks = BTreeMap::new();
    for (id, mark) in marks {
        let id = clean_owned(id);
        if clean_marks.contains_key(&id) {
            return Err(id);
        }
        clean_marks.insert(id, cleaned_mark(mark));
    }
    Ok(clean_marks)
}

fn mark_is_clean(mark: &SavedMark) -> bool {
    match mark {
        SavedMark::Have | SavedMark::Refuse => true,
        SavedMark::Lean(role) => is_clean(role),
    }
}

fn cleaned_mark(mark: SavedMark) -> SavedMark {
    match mark {
        SavedMark::Have => SavedMark::Have,
        SavedMark::Refuse => SavedMark::Refuse,
        SavedMark::Lean(role) => SavedMark::Lean(clean_owned(role)),
    }
}

fn answer_is_clean(answer: &Answer) -> bool {
    mark_is_clean(&answer.mark) && is_clean(&answer.changed)
}

fn cleaned_answer(answer: Answer) -> Answer {
    Answer {
        mark: cleaned_mark(answer.mark),
        changed: clean_owned(answer.changed),
    }
}

/// File text for a message: cleaned, and cut to [`QUOTED_CHARS`] characters ending in `…`.
pub fn quoted(text: &str) -> String {
    shortened(&clean(text), QUOTED_CHARS).into_owned()
}

/// `text` cut to `max` characters, the last of them `…`, when it is longer.
pub fn shortened(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some(_) => {
            let keep = text
                .char_indices()
                .nth(max.saturating_sub(1))
                .map_or(text.len(), |(at, _)| at);
            Cow::Owned(format!("{}…", &text[..keep]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Pane;
    use crate::session::Assessment;

    fn answer(mark: SavedMark, changed: &str) -> Answer {
        Answer {
            mark,
            changed: changed.to_string(),
        }
    }

    fn session(answers: BTreeMap<String, Answer>) -> Session {
        Session {
            deck: "deck\u{1b}[2J".to_string(),
            rating: None,
            focus: Pane::Skills,
            selected: BTreeMap::from([(Pane::Duties, "row\u{7}".to_string())]),
            answers,
            assessment: Assessment {
                seed: 3,
                position: 4,
            },
        }
    }

    #[test]
    fn every_string_of_a_session_is_cleaned() {
        let answers = BTreeMap::from([
            (
                "\u{1b}]0;owned\u{7}id".to_string(),
                answer(SavedMark::Lean("ro\u{202e}le".into()), "2024\u{0}"),
            ),
            ("plain".to_string(), answer(SavedMark::Have, "now")),
        ]);
        let clean = cleaned(session(answers)).expect("no ids collide");
        assert_eq!(clean.deck, "deck");
        assert_eq!(clean.selected[&Pane::Duties], "row");
        assert_eq!(
            clean.answers["id"],
            answer(SavedMark::Lean("role".into()), "2024")
        );
        assert_eq!(clean.answers["plain"], answer(SavedMark::Have, "now"));
        assert_eq!((clean.focus, clean.assessment.position), (Pane::Skills, 4));
    }

    #[test]
    fn ids_that_become_one_are_refused_not_merged() {
        let answers = BTreeMap::from([
            ("framing-shots".to_string(), answer(SavedMark::Have, "a")),
            (
                "framing-shots\u{200b}".to_string(),
                answer(SavedMark::Have, "b"),
            ),
        ]);
        assert_eq!(cleaned(session(answers)).unwrap_err(), "framing-shots");
    }

    #[test]
    fn quoted_text_is_cleaned_and_cut_short() {
        assert_eq!(quoted("a\u{1b}[31mb"), "ab");
        let long = "x".repeat(1000);
        let cut = quoted(&long);
        assert_eq!(cut.chars().count(), QUOTED_CHARS);
        assert!(cut.ends_with('…'));
        assert_eq!(shortened("abc", 3), "abc");
        assert_eq!(shortened("abcd", 3), "ab…");
        assert_eq!(shortened("ééééé", 2), "é…");
    }
}
