//! The copy of a reflection that the board shares with the diversity
//! officer: only what the board chose to share (see [`Sharing`]), never the
//! private notes, and the members by label, anonymous or not at all.
//!
//! [`shared_copy`] makes the copy; [`contents`] says, in Dutch and English,
//! what will and will not be in it, for the screen before it is written.
//! Every field of a reflection, an entry, a member and an action point is
//! named in [`shared_copy`], so that a field added later does not slip into
//! the copy unnoticed: the code does not compile until it is decided.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Text;
use crate::model::reflection::{
    ActionPoint, Entry, MemberSharing, Reflection, Respondent, Sharing,
};

/// Marks a reflection file as a copy that a board shared with the
/// diversity officer, not the board's own full file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCopy {
    /// When the board shared it (RFC 3339, UTC).
    pub at: String,
}

/// Returns the name a member has in an anonymous copy: "Lid 1", "Lid 2", …
/// in the order of the members (`index` counts from 0).
pub fn anonymous_label(index: usize) -> String {
    format!("Lid {}", index + 1)
}

/// Returns the id a member has in an anonymous copy: "lid-1", "lid-2", …;
/// stable for the same order of members, and saying nothing of who it is.
pub fn anonymous_id(index: usize) -> String {
    format!("lid-{}", index + 1)
}

/// Makes the copy of a reflection that the board shares, as its `sharing`
/// says, marked as shared at `at` (RFC 3339): the private notes are always
/// empty; the shared notes, the action points and the reasons and dissent
/// of the answers (the board's and each member's) only when chosen; the
/// members left out, anonymous (their labels and ids replaced by "Lid 1",
/// "lid-1", …, also where an action point's *Wie* is exactly a member's
/// label) or by label. Entries left empty are dropped.
pub fn shared_copy(r: &Reflection, at: &str) -> Reflection {
    let Reflection {
        format_version,
        id,
        network_id,
        continues,
        profile,
        questionnaire,
        respondents,
        agreed,
        notes,
        private_notes: _,
        actions,
        previous_actions,
        letter,
        sharing,
        shared: _,
        route,
        poll,
        created,
        updated,
    } = r.clone();
    let choice = sharing.clone();
    let names: Vec<(String, String)> = respondents
        .iter()
        .enumerate()
        .map(|(i, m)| (m.label.trim().to_lowercase(), anonymous_label(i)))
        .filter(|(label, _)| !label.is_empty())
        .collect();
    let respondents = match choice.members {
        MemberSharing::Omit => Vec::new(),
        MemberSharing::Anonymous => respondents
            .into_iter()
            .enumerate()
            .map(|(i, m)| Respondent {
                id: anonymous_id(i),
                label: anonymous_label(i),
                answers: entries(m.answers, &choice),
            })
            .collect(),
        MemberSharing::ByLabel => respondents
            .into_iter()
            .map(|m| {
                let Respondent { id, label, answers } = m;
                Respondent {
                    id,
                    label,
                    answers: entries(answers, &choice),
                }
            })
            .collect(),
    };
    let share_action = |a: ActionPoint| {
        let ActionPoint {
            id,
            theme,
            what,
            who,
            due,
            status,
            outcome,
            origin,
        } = a;
        let anonymous = choice.members == MemberSharing::Anonymous;
        let who = match names.iter().find(|(l, _)| *l == who.trim().to_lowercase()) {
            Some((_, name)) if anonymous => name.clone(),
            _ => who,
        };
        ActionPoint {
            id,
            theme,
            what,
            who,
            due,
            status,
            outcome,
            origin,
        }
    };
    // what became of the previous board's action points goes along with
    // the action points
    let (actions, previous_actions) = if choice.actions {
        (
            actions.into_iter().map(share_action).collect(),
            previous_actions.into_iter().map(share_action).collect(),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    // the letter to the next board is a shared note
    let letter = if choice.notes { letter } else { String::new() };
    let notes = if choice.notes {
        notes
            .into_iter()
            .filter(|(_, n)| !n.trim().is_empty())
            .collect()
    } else {
        BTreeMap::new()
    };
    Reflection {
        format_version,
        id,
        network_id,
        continues,
        profile,
        questionnaire,
        respondents,
        agreed: entries(agreed, &choice),
        notes,
        private_notes: BTreeMap::new(),
        actions,
        previous_actions,
        letter,
        sharing,
        shared: Some(SharedCopy { at: at.to_owned() }),
        route,
        // the members' tallies are counts, never names: they go along
        poll: poll.filter(|p| !p.is_empty()),
        created,
        updated,
    }
}

/// Keeps of each entry what may be shared: the reasons and dissent only
/// when chosen; an entry with nothing left is dropped.
fn entries(all: BTreeMap<String, Entry>, choice: &Sharing) -> BTreeMap<String, Entry> {
    all.into_iter()
        .map(|(id, e)| {
            let Entry {
                answer,
                discuss_later,
                skipped,
                rationale,
                dissent,
                decided,
                evidence,
            } = e;
            // how the board knows goes along with its reasons
            let (rationale, dissent, evidence) = if choice.reasons {
                (rationale, dissent, evidence)
            } else {
                (String::new(), String::new(), String::new())
            };
            let e = Entry {
                answer,
                discuss_later,
                skipped,
                rationale,
                dissent,
                decided,
                evidence,
            };
            (id, e)
        })
        .filter(|(_, e)| !e.is_empty())
        .collect()
}

/// What a shared copy will and will not hold, for the screen before it is
/// written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    /// What goes along ("Gaat mee").
    pub included: Vec<Text>,
    /// What stays on this computer ("Gaat niet mee"); the private notes
    /// always come first.
    pub excluded: Vec<Text>,
    /// What the board should know besides: names it wrote itself in texts
    /// go along as written.
    pub note: Text,
}

/// Says, in Dutch and English, what the copy of this reflection will and
/// will not hold with its current sharing choice, with how many of each.
pub fn contents(r: &Reflection) -> Contents {
    let s = &r.sharing;
    let answered = r.agreed.values().filter(|e| e.is_answered()).count();
    let mut included = vec![
        Text::new(
            "Netwerkgegevens en bestuursjaar",
            "Network details and board year",
        ),
        Text::new(
            format!(
                "De antwoorden van het bestuur ({})",
                plural(answered, "antwoord", "antwoorden")
            ),
            format!(
                "The board's answers ({})",
                plural(answered, "answer", "answers")
            ),
        ),
        Text::new(
            "De zelfevaluatie als pdf (Volledig), met alleen wat hier meegaat",
            "The self-assessment as PDF (Full), with only what goes along here",
        ),
    ];
    let filled = |m: &BTreeMap<String, String>| m.values().filter(|n| !n.trim().is_empty()).count();
    let private = filled(&r.private_notes);
    let mut excluded = vec![Text::new(
        format!(
            "Privénotities{}: die blijven altijd op deze computer",
            on_themes(private, "bij", "thema", "thema's")
        ),
        format!(
            "Private notes{}: they always stay on this computer",
            on_themes(private, "on", "theme", "themes")
        ),
    )];
    let notes = filled(&r.notes);
    let notes = Text::new(
        format!(
            "Notities{}",
            or_none_nl(notes, on_themes(notes, "bij", "thema", "thema's"))
        ),
        format!(
            "Notes{}",
            or_none_en(notes, on_themes(notes, "on", "theme", "themes"))
        ),
    );
    put(s.notes, notes, &mut included, &mut excluded);
    let n = r.actions.len();
    let actions = Text::new(
        format!("Actiepunten{}", or_none_nl(n, format!(" ({n})"))),
        format!("Action points{}", or_none_en(n, format!(" ({n})"))),
    );
    put(s.actions, actions, &mut included, &mut excluded);
    let n = r
        .agreed
        .values()
        .filter(|e| !e.rationale.trim().is_empty() || !e.dissent.trim().is_empty())
        .count();
    let reasons = Text::new(
        format!(
            "“Waarom” en “Niet iedereen is het eens”{}",
            or_none_nl(n, format!(" (bij {})", plural(n, "antwoord", "antwoorden")))
        ),
        format!(
            "“Why” and “Not everyone agrees”{}",
            or_none_en(n, format!(" (with {})", plural(n, "answer", "answers")))
        ),
    );
    put(s.reasons, reasons, &mut included, &mut excluded);
    let n = r.respondents.len();
    if n > 0 {
        let (nl, en) = (
            format!("De eigen antwoorden van {}", plural(n, "lid", "leden")),
            match n {
                1 => "The one member's own answers".to_owned(),
                _ => format!("The {n} members' own answers"),
            },
        );
        match s.members {
            MemberSharing::Omit => excluded.push(Text::new(nl, en)),
            MemberSharing::Anonymous => {
                let (to_nl, to_en) = match n {
                    1 => ("Lid 1".to_owned(), "Member 1".to_owned()),
                    2 => (
                        "Lid 1 en Lid 2".to_owned(),
                        "Member 1 and Member 2".to_owned(),
                    ),
                    _ => (
                        format!("Lid 1 tot en met Lid {n}"),
                        format!("Member 1 to Member {n}"),
                    ),
                };
                included.push(Text::new(
                    format!("{nl}, zonder namen: {to_nl}"),
                    format!("{en}, without names: {to_en}"),
                ));
                excluded.push(Text::new("De namen van de leden", "The members' names"));
            }
            MemberSharing::ByLabel => {
                let labels: Vec<&str> = r.respondents.iter().map(|m| m.label.trim()).collect();
                let labels = labels.join(", ");
                included.push(Text::new(
                    format!("{nl}, met hun namen: {labels}"),
                    format!("{en}, with their names: {labels}"),
                ));
            }
        }
    }
    Contents {
        included,
        excluded,
        note: Text::new(
            "Wat jullie zelf in antwoorden, notities en actiepunten schreven, gaat mee zoals het er staat, ook een naam.",
            "What you wrote yourselves in answers, notes and action points goes along as written, names included.",
        ),
    }
}

fn put(on: bool, text: Text, included: &mut Vec<Text>, excluded: &mut Vec<Text>) {
    if on {
        included.push(text);
    } else {
        excluded.push(text);
    }
}

/// "1 lid", "3 leden".
fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// " (bij 3 thema's)", or nothing for none.
fn on_themes(n: usize, on: &str, one: &str, many: &str) -> String {
    if n == 0 {
        String::new()
    } else {
        format!(" ({on} {})", plural(n, one, many))
    }
}

fn or_none_nl(n: usize, some: String) -> String {
    if n == 0 {
        " (er zijn er nog geen)".into()
    } else {
        some
    }
}

fn or_none_en(n: usize, some: String) -> String {
    if n == 0 {
        " (there are none yet)".into()
    } else {
        some
    }
}
