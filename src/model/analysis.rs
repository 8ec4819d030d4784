//! What can be computed from a set of answers: the level of each statement,
//! the average per theme (the radar chart), the strengths and points of
//! attention, and where the network stands now and wants to be.
//!
//! Every function takes the answers as a map by question id, so that the
//! same scoring serves the board's agreed answers and each board member's
//! own. An answer that [`Answer::check`] refuses (a level the scale does not
//! have, a position of NaN, text where a scale belongs, …) counts nowhere:
//! it is shown as "unreadable value" elsewhere, never scored as something
//! else.

use std::collections::BTreeMap;

use crate::model::questionnaire::{Question, QuestionKind, Questionnaire, Scale};
use crate::model::reflection::{Answer, Entry, ScaleAnswer};

/// A level chosen on a scale: which one, and of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    /// The chosen level, counted from 0 (the lowest).
    pub level: usize,
    /// How many levels the scale has.
    pub levels: usize,
}

impl Level {
    /// Returns the level as a share from 0 (the lowest level) to 1 (the
    /// highest); a scale of one level gives 0.
    pub fn value(self) -> f64 {
        if self.levels < 2 {
            0.0
        } else {
            self.level as f64 / (self.levels - 1) as f64
        }
    }
}

/// Returns the scale of a statement, or `None` when the question is no
/// statement or its scale is not in the questionnaire.
pub fn statement_scale<'q>(q: &'q Questionnaire, question: &Question) -> Option<&'q Scale> {
    match &question.kind {
        QuestionKind::Scale { scale, .. } => q.scale(scale),
        _ => None,
    }
}

/// Returns the level of a statement as answered in `entry`: `None` when the
/// question is no statement, nothing was answered, the answer is "don't
/// know" or "not applicable", or the answer cannot be read.
pub fn level(q: &Questionnaire, question: &Question, entry: Option<&Entry>) -> Option<Level> {
    let scale = statement_scale(q, question)?;
    let answer = entry?.answer.as_ref()?;
    answer.check(question, q).ok()?;
    match answer {
        Answer::Scale(ScaleAnswer::Level(l)) => Some(Level {
            level: usize::from(*l),
            levels: scale.levels.len(),
        }),
        _ => None,
    }
}

/// A statement with a level, with where it stands in the questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementScore {
    /// The index of its theme in the questionnaire.
    pub theme: usize,
    /// The index of the question within its theme.
    pub index: usize,
    /// The question's id.
    pub id: String,
    /// The level answered.
    pub level: Level,
}

impl StatementScore {
    /// Returns the statement's level as a share from 0 to 1.
    pub fn value(&self) -> f64 {
        self.level.value()
    }
}

/// The score of one theme: the average level of its statements.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeScore {
    /// The index of the theme in the questionnaire.
    pub theme: usize,
    /// How many statements the theme has (0 for a theme without any).
    pub statements: usize,
    /// How many of them have a readable level.
    pub answered: usize,
    /// The average level from 0 to 1, if any statement has a level.
    pub value: Option<f64>,
}

impl ThemeScore {
    /// Returns whether no statement of the theme has a level: the chart
    /// shows it as unanswered, not as the lowest level.
    pub fn is_unanswered(&self) -> bool {
        self.value.is_none()
    }

    /// Returns whether fewer than half of the theme's statements have a
    /// level, so that its average rests on little and weighs less than a
    /// theme answered in full.
    pub fn is_sparse(&self) -> bool {
        self.answered > 0 && self.answered * 2 < self.statements
    }
}

/// The scores of a set of answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// Every theme, in the questionnaire's order, including those without
    /// statements.
    pub themes: Vec<ThemeScore>,
    /// Every statement with a level, in the questionnaire's order.
    pub statements: Vec<StatementScore>,
}

/// Scores a set of answers (by question id) against a questionnaire.
pub fn scores(q: &Questionnaire, answers: &BTreeMap<String, Entry>) -> Scores {
    let mut themes = Vec::with_capacity(q.themes.len());
    let mut statements = Vec::new();
    for (ti, theme) in q.themes.iter().enumerate() {
        let mut count = 0;
        let mut sum = 0.0;
        let mut answered = 0;
        for (qi, question) in theme.questions.iter().enumerate() {
            if statement_scale(q, question).is_none() {
                continue;
            }
            count += 1;
            if let Some(level) = level(q, question, answers.get(&question.id)) {
                sum += level.value();
                answered += 1;
                statements.push(StatementScore {
                    theme: ti,
                    index: qi,
                    id: question.id.clone(),
                    level,
                });
            }
        }
        themes.push(ThemeScore {
            theme: ti,
            statements: count,
            answered,
            value: (answered > 0).then(|| sum / answered as f64),
        });
    }
    Scores { themes, statements }
}

/// Picks the strengths (highest levels first) and the points of attention
/// (lowest first) from scored statements, at most `top` of each and never
/// the same statement twice: with few statements, the upper half are
/// strengths and the rest points of attention. Equal levels keep the
/// questionnaire's order.
pub fn extremes(
    statements: &[StatementScore],
    top: usize,
) -> (Vec<StatementScore>, Vec<StatementScore>) {
    let mut ranked: Vec<(usize, &StatementScore)> = statements.iter().enumerate().collect();
    ranked.sort_by(|(ia, a), (ib, b)| b.value().total_cmp(&a.value()).then(ia.cmp(ib)));
    let strong_n = top.min(ranked.len().div_ceil(2));
    let weak_n = top.min(ranked.len() - strong_n);
    let strengths = ranked
        .iter()
        .take(strong_n)
        .map(|(_, s)| (*s).clone())
        .collect();
    let mut weak: Vec<(usize, &StatementScore)> =
        ranked.iter().rev().take(weak_n).copied().collect();
    weak.sort_by(|(ia, a), (ib, b)| a.value().total_cmp(&b.value()).then(ia.cmp(ib)));
    let attention = weak.into_iter().map(|(_, s)| s.clone()).collect();
    (strengths, attention)
}

/// A position question with a readable answer: where the network stands
/// and where it wants to be, each from 0 (left pole) to 1 (right pole).
#[derive(Debug, Clone, PartialEq)]
pub struct PositionScore {
    /// The index of its theme in the questionnaire.
    pub theme: usize,
    /// The index of the question within its theme.
    pub index: usize,
    /// The question's id.
    pub id: String,
    /// Where the network stands now, if answered.
    pub now: Option<f64>,
    /// Where it wants to be, if answered.
    pub desired: Option<f64>,
}

/// Returns the position of a position question as answered in `entry`:
/// `None` when the question is no position question, nothing was answered,
/// or the answer cannot be read.
pub fn position(
    q: &Questionnaire,
    question: &Question,
    entry: Option<&Entry>,
) -> Option<(Option<f64>, Option<f64>)> {
    if !matches!(question.kind, QuestionKind::Position { .. }) {
        return None;
    }
    let answer = entry?.answer.as_ref()?;
    if answer.is_empty() || answer.check(question, q).is_err() {
        return None;
    }
    match answer {
        Answer::Position { now, desired } => Some((now.map(f64::from), desired.map(f64::from))),
        _ => None,
    }
}

/// Lists the answered position questions, in the questionnaire's order.
pub fn positions(q: &Questionnaire, answers: &BTreeMap<String, Entry>) -> Vec<PositionScore> {
    let mut out = Vec::new();
    for (ti, theme) in q.themes.iter().enumerate() {
        for (qi, question) in theme.questions.iter().enumerate() {
            if let Some((now, desired)) = position(q, question, answers.get(&question.id)) {
                out.push(PositionScore {
                    theme: ti,
                    index: qi,
                    id: question.id.clone(),
                    now,
                    desired,
                });
            }
        }
    }
    out
}

/// Returns the scale of the first statement when every statement's scale
/// has as many levels as that one (and at least two), so that averages can
/// be read on it; `None` otherwise.
pub fn common_scale(q: &Questionnaire) -> Option<&Scale> {
    let mut scales = q.questions().filter_map(|(_, qu)| statement_scale(q, qu));
    let first = scales.next()?;
    let n = first.levels.len();
    (n >= 2 && scales.all(|s| s.levels.len() == n)).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;
    use crate::model::questionnaire::{Choice, Level as ScaleLevel, Theme};

    fn scale(id: &str, n: usize) -> Scale {
        Scale {
            id: id.into(),
            levels: (0..n)
                .map(|i| ScaleLevel {
                    label: Text::new(format!("n{i}"), format!("e{i}")),
                    description: Text::default(),
                })
                .collect(),
            dont_know: true,
            not_applicable: false,
        }
    }

    #[test]
    fn a_theme_is_sparse_below_half_and_unanswered_without_levels() {
        let score = |statements, answered| ThemeScore {
            theme: 0,
            statements,
            answered,
            value: (answered > 0).then_some(0.5),
        };
        assert!(score(9, 0).is_unanswered() && !score(9, 0).is_sparse());
        assert!(score(9, 4).is_sparse() && !score(9, 4).is_unanswered());
        assert!(!score(9, 5).is_sparse());
        assert!(!score(1, 1).is_sparse());
        assert!(score(3, 1).is_sparse());
        assert!(!score(2, 1).is_sparse(), "half is not fewer than half");
    }

    fn question(id: &str, kind: QuestionKind) -> Question {
        Question::new(id, Text::new(id, id), kind)
    }

    fn stmt(id: &str) -> Question {
        question(
            id,
            QuestionKind::Scale {
                scale: "mate".into(),
                descriptions: Vec::new(),
            },
        )
    }

    /// Two themes of statements on a five-level scale, one with a position
    /// question and a choice, and one theme without statements.
    fn questionnaire() -> Questionnaire {
        Questionnaire {
            id: "t".into(),
            version: "1".into(),
            title: Text::new("t", "t"),
            introduction: Text::default(),
            asks: Vec::new(),
            poll: None,
            scales: vec![scale("mate", 5)],
            themes: vec![
                Theme {
                    id: "a".into(),
                    title: Text::new("A", "A"),
                    introduction: Text::default(),
                    questions: vec![
                        stmt("a1"),
                        stmt("a2"),
                        stmt("a3"),
                        question(
                            "a.pos",
                            QuestionKind::Position {
                                left: Text::new("l", "l"),
                                right: Text::new("r", "r"),
                            },
                        ),
                    ],
                },
                Theme {
                    id: "b".into(),
                    title: Text::new("B", "B"),
                    introduction: Text::default(),
                    questions: vec![
                        stmt("b1"),
                        stmt("b2"),
                        question(
                            "b.keuze",
                            QuestionKind::Single {
                                options: vec![Choice {
                                    id: "ja".into(),
                                    label: Text::new("ja", "yes"),
                                }],
                                other: false,
                            },
                        ),
                    ],
                },
                Theme {
                    id: "c".into(),
                    title: Text::new("C", "C"),
                    introduction: Text::default(),
                    questions: vec![question(
                        "c.open",
                        QuestionKind::Open {
                            hint: Text::default(),
                        },
                    )],
                },
            ],
        }
    }

    fn entry(answer: Answer) -> Entry {
        Entry {
            answer: Some(answer),
            ..Entry::default()
        }
    }

    fn lvl(l: u8) -> Entry {
        entry(Answer::Scale(ScaleAnswer::Level(l)))
    }

    fn answers(list: Vec<(&str, Entry)>) -> BTreeMap<String, Entry> {
        list.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }

    #[test]
    fn the_level_of_a_statement_is_read_only_when_readable() {
        let q = questionnaire();
        let a1 = &q.themes[0].questions[0];
        assert_eq!(
            level(&q, a1, Some(&lvl(3))),
            Some(Level {
                level: 3,
                levels: 5
            })
        );
        assert_eq!(level(&q, a1, Some(&lvl(3))).unwrap().value(), 0.75);
        // beyond the scale, "don't know", text, nothing: no level
        assert_eq!(level(&q, a1, Some(&lvl(5))), None);
        assert_eq!(level(&q, a1, Some(&lvl(200))), None);
        assert_eq!(
            level(&q, a1, Some(&entry(Answer::Scale(ScaleAnswer::DontKnow)))),
            None
        );
        assert_eq!(level(&q, a1, Some(&entry(Answer::Open("4".into())))), None);
        assert_eq!(level(&q, a1, Some(&Entry::default())), None);
        assert_eq!(level(&q, a1, None), None);
        // a question that is no statement has no level
        let pos = &q.themes[0].questions[3];
        assert_eq!(level(&q, pos, Some(&lvl(1))), None);
    }

    #[test]
    fn themes_average_their_readable_statements() {
        let q = questionnaire();
        let a = answers(vec![
            ("a1", lvl(4)),                          // 1.0
            ("a2", lvl(1)),                          // 0.25
            ("a3", lvl(200)),                        // unreadable: left out
            ("b1", entry(Answer::Open("x".into()))), // wrong kind: left out
            ("b2", entry(Answer::Scale(ScaleAnswer::DontKnow))),
        ]);
        let s = scores(&q, &a);
        assert_eq!(s.themes.len(), 3);
        assert_eq!(s.themes[0].statements, 3);
        assert_eq!(s.themes[0].answered, 2);
        assert_eq!(s.themes[0].value, Some((1.0 + 0.25) / 2.0));
        assert_eq!(s.themes[1].statements, 2);
        assert_eq!(s.themes[1].answered, 0);
        assert_eq!(s.themes[1].value, None);
        assert_eq!(s.themes[2].statements, 0);
        assert_eq!(s.themes[2].value, None);
        let ids: Vec<&str> = s.statements.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a1", "a2"]);
        assert_eq!((s.statements[1].theme, s.statements[1].index), (0, 1));
    }

    #[test]
    fn strengths_and_points_of_attention_never_overlap() {
        let q = questionnaire();
        // levels 2, 4, 0, 4, 1 in questionnaire order
        let a = answers(vec![
            ("a1", lvl(2)),
            ("a2", lvl(4)),
            ("a3", lvl(0)),
            ("b1", lvl(4)),
            ("b2", lvl(1)),
        ]);
        let s = scores(&q, &a);
        let ids = |v: &[StatementScore]| v.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        let (strong, weak) = extremes(&s.statements, 2);
        // equal levels keep the questionnaire's order
        assert_eq!(ids(&strong), ["a2", "b1"]);
        assert_eq!(ids(&weak), ["a3", "b2"]);
        let (strong, weak) = extremes(&s.statements, 3);
        assert_eq!(ids(&strong), ["a2", "b1", "a1"]);
        assert_eq!(ids(&weak), ["a3", "b2"], "five statements: three and two");
        // one statement is a strength only; none gives nothing
        let (strong, weak) = extremes(&s.statements[..1], 3);
        assert_eq!((ids(&strong), weak.len()), (vec!["a1".to_owned()], 0));
        let (strong, weak) = extremes(&[], 3);
        assert!(strong.is_empty() && weak.is_empty());
    }

    #[test]
    fn positions_leave_out_unreadable_answers() {
        let q = questionnaire();
        let pos = |now: Option<f32>, desired: Option<f32>| {
            answers(vec![("a.pos", entry(Answer::Position { now, desired }))])
        };
        let got = positions(&q, &pos(Some(0.25), None));
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].now, got[0].desired), (Some(0.25), None));
        assert_eq!((got[0].theme, got[0].index), (0, 3));
        for bad in [f32::NAN, f32::INFINITY, -3.0, 7.5] {
            assert!(
                positions(&q, &pos(Some(0.5), Some(bad))).is_empty(),
                "{bad}"
            );
        }
        assert!(positions(&q, &pos(None, None)).is_empty());
        let wrong = answers(vec![("a.pos", lvl(2))]);
        assert!(positions(&q, &wrong).is_empty());
    }

    #[test]
    fn a_common_scale_needs_equal_levels() {
        let mut q = questionnaire();
        assert_eq!(common_scale(&q).map(|s| s.id.as_str()), Some("mate"));
        q.scales.push(scale("kort", 3));
        q.themes[1].questions[0].kind = QuestionKind::Scale {
            scale: "kort".into(),
            descriptions: Vec::new(),
        };
        assert_eq!(common_scale(&q), None);
    }
}
