//! Where the board differs: the members' own answers side by side, per
//! question, and the list of where to talk first (the least consensus).
//!
//! Each member (a [`crate::model::reflection::Respondent`]) scores alone;
//! this module puts their answers next to each other without judging them.
//! An answer that [`crate::model::reflection::Answer::check`] refuses counts
//! as no answer, never as something else, and never panics.

use crate::lang::{Lang, Text};
use crate::model::analysis::{level, position, statement_scale};
use crate::model::position as points;
use crate::model::questionnaire::{QuestionKind, Questionnaire, Scale};
use crate::model::reflection::{Answer, MemberSharing, OTHER, Reflection, ScaleAnswer};

/// A member's answer to a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberScore {
    /// A level, counted from 0.
    Level(usize),
    /// "Don't know".
    DontKnow,
    /// "Not applicable".
    NotApplicable,
    /// No answer, or one that cannot be read.
    Unanswered,
}

/// The members' answers to one statement.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementSpread {
    /// The index of its theme in the questionnaire.
    pub theme: usize,
    /// The index of the question within its theme.
    pub index: usize,
    /// The question's id.
    pub id: String,
    /// How many levels the scale has.
    pub levels: usize,
    /// Each member's answer, in the order of the members.
    pub members: Vec<MemberScore>,
}

impl StatementSpread {
    /// Returns the members' levels, in the order of the members.
    pub fn chosen(&self) -> Vec<usize> {
        self.members
            .iter()
            .filter_map(|m| match m {
                MemberScore::Level(l) => Some(*l),
                _ => None,
            })
            .collect()
    }

    /// Counts the members per level, from the lowest level up.
    pub fn counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.levels];
        for l in self.chosen() {
            if let Some(c) = counts.get_mut(l) {
                *c += 1;
            }
        }
        counts
    }

    /// Counts the members who answered `score` (use it for "don't know",
    /// "not applicable" and unanswered).
    pub fn count(&self, score: MemberScore) -> usize {
        self.members.iter().filter(|m| **m == score).count()
    }

    /// Returns the median of the levels (halfway between the two middle
    /// ones for an even number), or `None` without levels.
    pub fn median(&self) -> Option<f64> {
        let mut l = self.chosen();
        l.sort_unstable();
        let n = l.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => Some(l[n / 2] as f64),
            _ => Some((l[n / 2 - 1] + l[n / 2]) as f64 / 2.0),
        }
    }

    /// Returns the lowest and the highest level chosen, or `None` without levels.
    pub fn range(&self) -> Option<(usize, usize)> {
        let l = self.chosen();
        Some((*l.iter().min()?, *l.iter().max()?))
    }

    /// Returns how many levels the highest and lowest answer lie apart (0 without levels).
    pub fn spread(&self) -> usize {
        self.range().map_or(0, |(lo, hi)| hi - lo)
    }

    /// Returns whether some members chose a level in the lower half of the
    /// scale and others one in the upper half. On a scale with an odd
    /// number of levels the middle level lies in neither half.
    pub fn both_halves(&self) -> bool {
        let n = self.levels;
        let l = self.chosen();
        l.iter().any(|&x| 2 * x + 1 < n) && l.iter().any(|&x| 2 * x + 1 > n)
    }

    /// Returns whether the board differs on this statement: answers two or
    /// more levels apart, or on both halves of the scale.
    pub fn differs(&self) -> bool {
        self.spread() >= 2 || self.both_halves()
    }

    /// Returns the spread as a share of the scale, from 0 to 1.
    pub fn share(&self) -> f64 {
        if self.levels < 2 {
            0.0
        } else {
            self.spread() as f64 / (self.levels - 1) as f64
        }
    }

    /// Describes the answers in words, the text alternative of a dot strip:
    /// "3 leden: Grotendeels, 1: Een beetje, 1 weet het niet". Levels with
    /// the most members come first; at equal counts the higher level.
    pub fn describe(&self, scale: &Scale, lang: Lang) -> String {
        let mut by_level: Vec<(usize, usize)> = self
            .counts()
            .into_iter()
            .enumerate()
            .filter(|(_, c)| *c > 0)
            .collect();
        by_level.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        let mut parts: Vec<String> = Vec::new();
        for (l, c) in by_level {
            let label = scale
                .levels
                .get(l)
                .map_or_else(|| (l + 1).to_string(), |x| x.label.get(lang).to_owned());
            if parts.is_empty() {
                let members = match (lang, c) {
                    (Lang::Nl, 1) => "lid",
                    (Lang::Nl, _) => "leden",
                    (Lang::En, 1) => "member",
                    (Lang::En, _) => "members",
                };
                parts.push(format!("{c} {members}: {label}"));
            } else {
                parts.push(format!("{c}: {label}"));
            }
        }
        let rest = [
            (
                MemberScore::DontKnow,
                Text::new("weet het niet", "does not know"),
                Text::new("weten het niet", "do not know"),
            ),
            (
                MemberScore::NotApplicable,
                Text::new("vindt het niet van toepassing", "finds it not applicable"),
                Text::new("vinden het niet van toepassing", "find it not applicable"),
            ),
            (
                MemberScore::Unanswered,
                Text::new("gaf geen antwoord", "did not answer"),
                Text::new("gaven geen antwoord", "did not answer"),
            ),
        ];
        for (score, one, more) in rest {
            match self.count(score) {
                0 => {}
                1 => parts.push(format!("1 {}", one.get(lang))),
                c => parts.push(format!("{c} {}", more.get(lang))),
            }
        }
        parts.join(", ")
    }
}

/// The members' answers to one position question.
#[derive(Debug, Clone, PartialEq)]
pub struct PositionSpread {
    /// The index of its theme in the questionnaire.
    pub theme: usize,
    /// The index of the question within its theme.
    pub index: usize,
    /// The question's id.
    pub id: String,
    /// Each member's *Nu* and *Doel*, from 0 to 1, in the order of the members.
    pub members: Vec<(Option<f64>, Option<f64>)>,
}

impl PositionSpread {
    fn spread_of(values: impl Iterator<Item = f64>) -> Option<f64> {
        let v: Vec<f64> = values.collect();
        let lo = v.iter().copied().reduce(f64::min)?;
        let hi = v.iter().copied().reduce(f64::max)?;
        Some(hi - lo)
    }

    /// Returns how far apart the members' *Nu* lie (max − min), if any answered it.
    pub fn now_spread(&self) -> Option<f64> {
        Self::spread_of(self.members.iter().filter_map(|m| m.0))
    }

    /// Returns how far apart the members' *Doel* lie (max − min), if any answered it.
    pub fn goal_spread(&self) -> Option<f64> {
        Self::spread_of(self.members.iter().filter_map(|m| m.1))
    }

    /// Returns the larger of the two spreads, from 0 to 1.
    pub fn share(&self) -> f64 {
        self.now_spread()
            .unwrap_or(0.0)
            .max(self.goal_spread().unwrap_or(0.0))
    }

    /// Returns whether the board differs here: *Nu* or *Doel* lie at least
    /// half the track apart (two of its five points or more).
    pub fn differs(&self) -> bool {
        self.share() >= POSITION_APART - 1e-9
    }

    /// Returns how many members stand at each of the track's points, for
    /// *Nu* (`goal` false) or *Doel*; a value outside 0–1 counts nowhere.
    pub fn per_point(&self, goal: bool) -> [usize; points::POINTS] {
        let mut per_point = [0usize; points::POINTS];
        for (n, g) in &self.members {
            let v = if goal { g } else { n };
            if let Some(i) = v.and_then(|v| points::nearest_point(v as f32)) {
                per_point[i.min(points::POINTS - 1)] += 1;
            }
        }
        per_point
    }

    /// Describes one marker's answers in words, from left to right: "Nu: 1
    /// bij de linkerpool, 2 in het midden" (`goal` false) or the same for
    /// *Doel*.
    pub fn describe_marker(&self, goal: bool, lang: Lang) -> String {
        let parts: Vec<String> = self
            .per_point(goal)
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(i, n)| format!("{n} {}", points::point_words(i, lang)))
            .collect();
        let marker = if goal {
            points::Marker::Goal
        } else {
            points::Marker::Now
        };
        let words = if parts.is_empty() {
            points::unset_words(lang).to_owned()
        } else {
            parts.join(", ")
        };
        format!("{}: {words}", marker.name(lang))
    }

    /// Describes the answers in words, the text alternative of the members'
    /// markers: "Nu: 1 bij de linkerpool, 2 in het midden; Doel: 3 bij de
    /// rechterpool".
    pub fn describe(&self, lang: Lang) -> String {
        format!(
            "{}; {}",
            self.describe_marker(false, lang),
            self.describe_marker(true, lang)
        )
    }
}

/// How far apart (as a share of the track) *Nu* or *Doel* must lie for a
/// position question to be on the least-consensus list.
pub const POSITION_APART: f64 = 0.5;

/// How many members chose each option of a choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceCount {
    /// The index of its theme in the questionnaire.
    pub theme: usize,
    /// The index of the question within its theme.
    pub index: usize,
    /// The question's id.
    pub id: String,
    /// Each option's id (with [`OTHER`] last when offered) and how many chose it.
    pub counts: Vec<(String, usize)>,
}

/// The members' texts to an open question.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenTexts {
    /// The index of its theme in the questionnaire.
    pub theme: usize,
    /// The index of the question within its theme.
    pub index: usize,
    /// The question's id.
    pub id: String,
    /// Each member who wrote something: their name (see [`member_names`]) and text.
    pub texts: Vec<(String, String)>,
}

/// Everything the members answered, per question, in the questionnaire's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Consensus {
    /// The members' names as they may be shown (see [`member_names`]).
    pub members: Vec<String>,
    /// Every statement.
    pub statements: Vec<StatementSpread>,
    /// Every position question.
    pub positions: Vec<PositionSpread>,
    /// Every choice question.
    pub choices: Vec<ChoiceCount>,
    /// Every open question.
    pub open: Vec<OpenTexts>,
}

/// Returns the members' names as they may be shown: their labels when the
/// board shares them by label, otherwise "Lid 1", "Lid 2" ("Member 1", …)
/// in the order of the members. An empty label also becomes "Lid N".
pub fn member_names(r: &Reflection, lang: Lang) -> Vec<String> {
    let by_label = r.sharing.members == MemberSharing::ByLabel;
    r.respondents
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if by_label && !m.label.trim().is_empty() {
                m.label.trim().to_owned()
            } else {
                format!("{} {}", lang.pick("Lid", "Member"), i + 1)
            }
        })
        .collect()
}

/// Puts the members' answers side by side, for every question of the questionnaire.
pub fn consensus(q: &Questionnaire, r: &Reflection, lang: Lang) -> Consensus {
    let members = member_names(r, lang);
    let mut out = Consensus {
        members: members.clone(),
        statements: Vec::new(),
        positions: Vec::new(),
        choices: Vec::new(),
        open: Vec::new(),
    };
    for (ti, theme) in q.themes.iter().enumerate() {
        for (qi, qu) in theme.questions.iter().enumerate() {
            let entries = r.respondents.iter().map(|m| m.answers.get(&qu.id));
            let id = qu.id.clone();
            match &qu.kind {
                QuestionKind::Scale { .. } => {
                    let Some(scale) = statement_scale(q, qu) else {
                        continue;
                    };
                    let scores = entries
                        .map(|e| {
                            if let Some(l) = level(q, qu, e) {
                                return MemberScore::Level(l.level);
                            }
                            let answer = e.and_then(|e| e.answer.as_ref());
                            match answer.filter(|a| a.is_readable(qu, q)) {
                                Some(Answer::Scale(ScaleAnswer::DontKnow)) => MemberScore::DontKnow,
                                Some(Answer::Scale(ScaleAnswer::NotApplicable)) => {
                                    MemberScore::NotApplicable
                                }
                                _ => MemberScore::Unanswered,
                            }
                        })
                        .collect();
                    out.statements.push(StatementSpread {
                        theme: ti,
                        index: qi,
                        id,
                        levels: scale.levels.len(),
                        members: scores,
                    });
                }
                QuestionKind::Position { .. } => out.positions.push(PositionSpread {
                    theme: ti,
                    index: qi,
                    id,
                    members: entries
                        .map(|e| position(q, qu, e).unwrap_or((None, None)))
                        .collect(),
                }),
                QuestionKind::Single { options, other }
                | QuestionKind::Multiple { options, other } => {
                    let mut counts: Vec<(String, usize)> =
                        options.iter().map(|o| (o.id.clone(), 0)).collect();
                    if *other {
                        counts.push((OTHER.to_owned(), 0));
                    }
                    for e in entries {
                        let chosen: Vec<&String> = match e.and_then(|e| e.answer.as_ref()) {
                            Some(a) if a.is_readable(qu, q) => match a {
                                Answer::Single { choice, .. } => vec![choice],
                                Answer::Multiple { choices, .. } => choices.iter().collect(),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        for (id, n) in counts.iter_mut() {
                            if chosen.contains(&&*id) {
                                *n += 1;
                            }
                        }
                    }
                    out.choices.push(ChoiceCount {
                        theme: ti,
                        index: qi,
                        id,
                        counts,
                    });
                }
                QuestionKind::Open { .. } => out.open.push(OpenTexts {
                    theme: ti,
                    index: qi,
                    id,
                    texts: entries
                        .zip(&members)
                        .filter_map(|(e, name)| match e.and_then(|e| e.answer.as_ref()) {
                            Some(Answer::Open(t)) if !t.trim().is_empty() => {
                                Some((name.clone(), t.clone()))
                            }
                            _ => None,
                        })
                        .collect(),
                }),
            }
        }
    }
    out
}

/// What kind of question a difference is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DifferenceKind {
    /// A statement: see [`Consensus::statements`].
    Statement,
    /// A position question: see [`Consensus::positions`].
    Position,
}

/// A question on which the board differs.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// The index of its theme in the questionnaire.
    pub theme: usize,
    /// The index of the question within its theme.
    pub index: usize,
    /// The question's id.
    pub id: String,
    /// A statement or a position question.
    pub kind: DifferenceKind,
    /// How far apart the answers lie, as a share of the scale or track, from 0 to 1.
    pub spread: f64,
}

/// Lists where to talk first: the statements whose answers lie two or
/// more levels apart or on both halves of the scale, and the position
/// questions whose *Nu* or *Doel* lie half the track apart or more; the
/// widest spread first, equal spreads in the questionnaire's order.
pub fn least_consensus(c: &Consensus) -> Vec<Difference> {
    let mut out: Vec<Difference> = c
        .statements
        .iter()
        .filter(|s| s.differs())
        .map(|s| Difference {
            theme: s.theme,
            index: s.index,
            id: s.id.clone(),
            kind: DifferenceKind::Statement,
            spread: s.share(),
        })
        .chain(
            c.positions
                .iter()
                .filter(|p| p.differs())
                .map(|p| Difference {
                    theme: p.theme,
                    index: p.index,
                    id: p.id.clone(),
                    kind: DifferenceKind::Position,
                    spread: p.share(),
                }),
        )
        .collect();
    out.sort_by_key(|d| (d.theme, d.index));
    out.sort_by(|a, b| b.spread.total_cmp(&a.spread));
    out
}

#[cfg(test)]
#[path = "consensus_tests.rs"]
mod tests;
