//! Continuity across boards: the next board's reflection made from this
//! one, what carries over between questionnaire versions, what changed
//! between two years, and the earlier years of a network as the data
//! folder's links give them (found by [`crate::storage::chain`]).
//!
//! The previous reflection is only read: starting the next year writes a
//! new reflection and never a byte of the old one. What the next board
//! records about the old action points (their outcome) lives in the new
//! reflection, in [`Reflection::previous_actions`].

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::lang::Text;
use crate::model::analysis;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{
    ActionPoint, ActionStatus, Continues, Entry, Origin, OutcomeResult, Reflection, new_id,
};

/// Returns the board year after `year`: "2025-2026" → "2026-2027",
/// "2025/26" → "2026/27", "2025" → "2026". A year in another form is
/// returned as it is, for the board to change by hand.
pub fn next_board_year(year: &str) -> String {
    let year = year.trim();
    let mut out = String::new();
    let mut digits = String::new();
    let mut bumped = false;
    let flush = |digits: &mut String, out: &mut String, bumped: &mut bool| {
        if digits.is_empty() {
            return;
        }
        match digits.parse::<u32>() {
            Ok(n) if digits.len() == 4 || digits.len() == 2 => {
                let next = if digits.len() == 2 {
                    (n + 1) % 100
                } else {
                    n + 1
                };
                out.push_str(&format!("{next:0width$}", width = digits.len()));
                *bumped = true;
            }
            _ => out.push_str(digits),
        }
        digits.clear();
    };
    for c in year.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out, &mut bumped);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out, &mut bumped);
    if bumped { out } else { year.to_owned() }
}

/// Makes the next board's reflection of the network that `previous` is
/// of: the same network id, the profile copied with `board_year`, on
/// `questionnaire` (the current one), linked to `previous`, with the
/// previous board's action points to look back on (each with its origin,
/// no outcome yet) and no answers: the new board answers again.
pub fn next_year(
    previous: &Reflection,
    questionnaire: &Questionnaire,
    board_year: &str,
) -> Reflection {
    let mut profile = previous.profile.clone();
    profile.board_year = board_year.trim().to_owned();
    let mut r = Reflection::new(profile, questionnaire);
    r.network_id = if previous.network_id.is_empty() {
        previous.id.clone()
    } else {
        previous.network_id.clone()
    };
    r.continues = Some(Continues {
        id: previous.id.clone(),
        board_year: previous.profile.board_year.clone(),
    });
    r.sharing = previous.sharing.clone();
    r.previous_actions = previous
        .actions
        .iter()
        .map(|a| ActionPoint {
            outcome: None,
            origin: Some(Origin {
                reflection: previous.id.clone(),
                action: a.id.clone(),
            }),
            ..a.clone()
        })
        .collect();
    r
}

/// Carries a previous board's action point (by its id in
/// [`Reflection::previous_actions`]) into this year's action points,
/// keeping a link to where it came from. Returns the new action point's
/// id, or `None` when there is no such action point or it is carried
/// already.
pub fn carry_action(r: &mut Reflection, previous_id: &str) -> Option<String> {
    let old = r.previous_actions.iter().find(|a| a.id == previous_id)?;
    let origin = old.origin.clone()?;
    if is_carried(r, &origin) {
        return None;
    }
    let id = new_id("actie");
    let carried = ActionPoint {
        id: id.clone(),
        theme: old.theme.clone(),
        what: old.what.clone(),
        who: String::new(),
        due: String::new(),
        status: ActionStatus::Open,
        outcome: None,
        origin: Some(origin),
    };
    r.actions.push(carried);
    Some(id)
}

/// Returns whether one of this year's action points came from `origin`.
pub fn is_carried(r: &Reflection, origin: &Origin) -> bool {
    r.actions.iter().any(|a| a.origin.as_ref() == Some(origin))
}

/// Returns an outcome in Dutch and English.
pub fn outcome_label(result: OutcomeResult) -> Text {
    let (nl, en) = match result {
        OutcomeResult::Done => ("Gedaan", "Done"),
        OutcomeResult::Partly => ("Deels gedaan", "Partly done"),
        OutcomeResult::Dropped => ("Vervallen", "Dropped"),
        OutcomeResult::StillOpen => ("Staat nog open", "Still open"),
    };
    Text::new(nl, en)
}

/// Lists every outcome, in the order the window offers them.
pub const OUTCOMES: [OutcomeResult; 4] = [
    OutcomeResult::Done,
    OutcomeResult::Partly,
    OutcomeResult::Dropped,
    OutcomeResult::StillOpen,
];

/// What carries over from the previous board's reflection to a reflection
/// on `questionnaire`: questions with the same id carry their previous
/// answer; the rest is listed here.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CarryOver {
    /// The ids of questions the previous board's questionnaire did not
    /// have: marked new.
    pub new: Vec<String>,
    /// The previous board's answers to questions this questionnaire no
    /// longer has, by question id: kept and listed, never dropped.
    pub gone: BTreeMap<String, Entry>,
}

/// Works out what carries over from `previous` (answered on `previous_q`,
/// when that questionnaire is known) to a reflection on `questionnaire`.
/// Without the previous questionnaire no question is marked new.
pub fn carry_over(
    previous: &Reflection,
    previous_q: Option<&Questionnaire>,
    questionnaire: &Questionnaire,
) -> CarryOver {
    let new = match previous_q {
        Some(pq) => questionnaire
            .questions()
            .filter(|(_, q)| pq.question(&q.id).is_none())
            .map(|(_, q)| q.id.clone())
            .collect(),
        None => Vec::new(),
    };
    let gone = previous
        .agreed
        .iter()
        .filter(|(id, e)| questionnaire.question(id).is_none() && !e.is_empty())
        .map(|(id, e)| (id.clone(), e.clone()))
        .collect();
    CarryOver { new, gone }
}

/// How a theme's statements moved from one year to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Higher on average.
    Up,
    /// Lower on average.
    Down,
    /// About the same (less than a tenth of a level apart).
    Same,
}

impl Change {
    /// Returns the marker shown beside a theme: ▲, ▼ or =.
    pub fn symbol(self) -> &'static str {
        match self {
            Change::Up => "▲",
            Change::Down => "▼",
            Change::Same => "=",
        }
    }

    /// Returns the change in words, in Dutch and English.
    pub fn label(self) -> Text {
        match self {
            Change::Up => Text::new("hoger dan vorig jaar", "higher than last year"),
            Change::Down => Text::new("lager dan vorig jaar", "lower than last year"),
            Change::Same => Text::new("even hoog als vorig jaar", "the same as last year"),
        }
    }

    /// Returns the change from `before` to `now` (each from 0 to 1) on a
    /// scale of `levels` levels.
    pub fn between(before: f64, now: f64, levels: usize) -> Change {
        let step = 1.0 / (levels.max(2) - 1) as f64;
        let d = now - before;
        if d.abs() < step / 10.0 {
            Change::Same
        } else if d > 0.0 {
            Change::Up
        } else {
            Change::Down
        }
    }
}

/// Returns per theme of `q` how its statements moved from `before` to
/// `now` (both scored on `q`, so questions with the same id compare); `None`
/// for a theme without a level in either year.
pub fn theme_changes(
    q: &Questionnaire,
    now: &BTreeMap<String, Entry>,
    before: &BTreeMap<String, Entry>,
) -> Vec<Option<Change>> {
    let levels = analysis::common_scale(q).map_or(5, |s| s.levels.len());
    let (a, b) = (analysis::scores(q, before), analysis::scores(q, now));
    a.themes
        .iter()
        .zip(&b.themes)
        .map(|(a, b)| match (a.value, b.value) {
            (Some(x), Some(y)) => Some(Change::between(x, y, levels)),
            _ => None,
        })
        .collect()
}

/// A statement whose level moved between two years.
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    /// The index of its theme in the questionnaire.
    pub theme: usize,
    /// The index of the question within its theme.
    pub index: usize,
    /// Its level last year.
    pub before: analysis::Level,
    /// Its level this year.
    pub now: analysis::Level,
}

impl Moved {
    /// Returns how many levels it moved: positive up, negative down.
    pub fn steps(&self) -> i64 {
        self.now.level as i64 - self.before.level as i64
    }
}

/// Lists the statements of `q` answered with a level in both years whose
/// level moved, the largest move first (equal moves in the
/// questionnaire's order), at most `top`.
pub fn moved_most(
    q: &Questionnaire,
    now: &BTreeMap<String, Entry>,
    before: &BTreeMap<String, Entry>,
    top: usize,
) -> Vec<Moved> {
    let mut out = Vec::new();
    for (ti, theme) in q.themes.iter().enumerate() {
        for (qi, question) in theme.questions.iter().enumerate() {
            let a = analysis::level(q, question, before.get(&question.id));
            let b = analysis::level(q, question, now.get(&question.id));
            if let (Some(before), Some(now)) = (a, b)
                && before.level != now.level
            {
                out.push(Moved {
                    theme: ti,
                    index: qi,
                    before,
                    now,
                });
            }
        }
    }
    out.sort_by_key(|m| std::cmp::Reverse(m.steps().abs()));
    out.truncate(top);
    out
}

/// An earlier board year of the network, as found through the links.
#[derive(Debug, Clone)]
pub struct PastYear {
    /// The reflection of that year, read only.
    pub reflection: Reflection,
    /// Its questionnaire, when this computer has it (the same id and
    /// version, else the same id).
    pub questionnaire: Option<Arc<Questionnaire>>,
}

/// A link to an earlier year that could not be followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    /// The id of the reflection the link names.
    pub id: String,
    /// Its board year, as the link remembers it.
    pub board_year: String,
    /// What is wrong and what to do, in Dutch and English.
    pub reason: Text,
}

impl BrokenLink {
    /// Describes the broken link in full, in Dutch and English: which
    /// year, what is wrong, and that the rest still works.
    pub fn describe(&self) -> Text {
        let year = if self.board_year.is_empty() {
            self.id.clone()
        } else {
            format!("{} ({})", self.board_year, self.id)
        };
        Text::new(
            format!(
                "De reflectie van het vorige bestuursjaar {year} is niet te vinden: {}",
                self.reason.nl
            ),
            format!(
                "The reflection of the previous board year {year} cannot be found: {}",
                self.reason.en
            ),
        )
    }
}

/// The earlier years of a network, nearest first, as far as the links
/// lead, and the link that broke, if one did.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// The earlier years, last year first.
    pub years: Vec<PastYear>,
    /// The link that could not be followed, if any; the years before it
    /// are in `years`.
    pub broken: Option<BrokenLink>,
}

impl History {
    /// Returns last year, if it was found.
    pub fn last_year(&self) -> Option<&PastYear> {
        self.years.first()
    }

    /// Returns whether the reflection continues another at all (a year
    /// was found, or its link broke).
    pub fn is_linked(&self) -> bool {
        !self.years.is_empty() || self.broken.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn board_years_move_on_by_one() {
        assert_eq!(next_board_year("2025-2026"), "2026-2027");
        assert_eq!(next_board_year("2025/26"), "2026/27");
        assert_eq!(next_board_year("2099-00"), "2100-01");
        assert_eq!(next_board_year(" 2025 "), "2026");
        assert_eq!(next_board_year("het eerste jaar"), "het eerste jaar");
    }

    #[test]
    fn a_change_under_a_tenth_of_a_level_is_the_same() {
        assert_eq!(Change::between(0.5, 0.52, 5), Change::Same);
        assert_eq!(Change::between(0.5, 0.75, 5), Change::Up);
        assert_eq!(Change::between(0.5, 0.25, 5), Change::Down);
    }
}
