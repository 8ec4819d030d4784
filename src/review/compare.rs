//! Two reflections side by side: two networks, or two board years of one
//! network. Only questions that both answered, with the same question id
//! and the same kind of answer, are compared; the rest is listed as not
//! comparable (another questionnaire, or another version of it).

use crate::lang::Text;
use crate::model::analysis::{level, position, scores};
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};

use super::ReviewEntry;
use super::overview::Column;

/// One theme of both reflections.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemePair {
    /// The theme.
    pub column: Column,
    /// The average level of the first reflection, from 0 to 1.
    pub a: Option<f64>,
    /// The average level of the second reflection, from 0 to 1.
    pub b: Option<f64>,
}

/// One position question that both answered.
#[derive(Debug, Clone, PartialEq)]
pub struct PositionPair {
    /// The question's id.
    pub id: String,
    /// The question.
    pub prompt: Text,
    /// The left pole.
    pub left: Text,
    /// The right pole.
    pub right: Text,
    /// The first reflection's *Nu* and *Doel*, from 0 (left) to 1 (right).
    pub a: (Option<f64>, Option<f64>),
    /// The second reflection's *Nu* and *Doel*.
    pub b: (Option<f64>, Option<f64>),
}

/// One statement that both scored.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementPair {
    /// The question's id.
    pub id: String,
    /// The index of its theme in the first reflection's questionnaire.
    pub theme: usize,
    /// The statement.
    pub prompt: Text,
    /// The first reflection's level, counted from 0.
    pub a: usize,
    /// The second reflection's level.
    pub b: usize,
    /// How many levels the scale has.
    pub levels: usize,
}

impl StatementPair {
    /// Returns how many levels apart the two answers are.
    pub fn apart(&self) -> usize {
        self.a.abs_diff(self.b)
    }
}

/// Why a question is not compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotComparable {
    /// Only the first reflection's questionnaire has it.
    OnlyInA,
    /// Only the second reflection's questionnaire has it.
    OnlyInB,
    /// Both have the id, but with another kind of answer or another scale.
    Changed,
}

/// Two reflections compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Every theme of either questionnaire, the first one's order first.
    pub themes: Vec<ThemePair>,
    /// The position questions both answered, in the first one's order.
    pub positions: Vec<PositionPair>,
    /// The statements both scored, the most apart first (equal ones in the
    /// first questionnaire's order).
    pub statements: Vec<StatementPair>,
    /// The questions that cannot be compared, with their prompt (or id) and why.
    pub not_comparable: Vec<(String, Text, NotComparable)>,
}

impl Comparison {
    /// Returns the statements answered at least one level apart.
    pub fn differing(&self) -> impl Iterator<Item = &StatementPair> {
        self.statements.iter().filter(|s| s.apart() > 0)
    }
}

fn same_kind(q1: &Questionnaire, a: &Question, q2: &Questionnaire, b: &Question) -> bool {
    match (&a.kind, &b.kind) {
        (QuestionKind::Scale { scale: s1, .. }, QuestionKind::Scale { scale: s2, .. }) => {
            match (q1.scale(s1), q2.scale(s2)) {
                (Some(x), Some(y)) => x.levels.len() == y.levels.len(),
                _ => false,
            }
        }
        (x, y) => std::mem::discriminant(x) == std::mem::discriminant(y),
    }
}

/// Compares two readable reflections whose questionnaires are known;
/// `None` when either questionnaire is unknown.
pub fn compare(a: &ReviewEntry, b: &ReviewEntry) -> Option<Comparison> {
    let (qa, qb) = (a.questionnaire.as_deref()?, b.questionnaire.as_deref()?);
    let (ra, rb) = (&a.reflection, &b.reflection);
    let (sa, sb) = (scores(qa, &ra.agreed), scores(qb, &rb.agreed));
    let mut themes: Vec<ThemePair> = qa
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| ThemePair {
            column: Column {
                id: t.id.clone(),
                title: t.title.clone(),
            },
            a: sa.themes.get(i).and_then(|s| s.value),
            b: qb
                .themes
                .iter()
                .position(|x| x.id == t.id)
                .and_then(|j| sb.themes.get(j))
                .and_then(|s| s.value),
        })
        .collect();
    for (j, t) in qb.themes.iter().enumerate() {
        if !themes.iter().any(|p| p.column.id == t.id) {
            themes.push(ThemePair {
                column: Column {
                    id: t.id.clone(),
                    title: t.title.clone(),
                },
                a: None,
                b: sb.themes.get(j).and_then(|s| s.value),
            });
        }
    }

    let mut positions = Vec::new();
    let mut statements = Vec::new();
    let mut not_comparable = Vec::new();
    for (ti, theme) in qa.themes.iter().enumerate() {
        for question in &theme.questions {
            let Some(other) = qb.question(&question.id) else {
                not_comparable.push((
                    question.id.clone(),
                    question.prompt.clone(),
                    NotComparable::OnlyInA,
                ));
                continue;
            };
            if !same_kind(qa, question, qb, other) {
                not_comparable.push((
                    question.id.clone(),
                    question.prompt.clone(),
                    NotComparable::Changed,
                ));
                continue;
            }
            let (ea, eb) = (ra.agreed.get(&question.id), rb.agreed.get(&question.id));
            match &question.kind {
                QuestionKind::Scale { .. } => {
                    if let (Some(la), Some(lb)) = (level(qa, question, ea), level(qb, other, eb)) {
                        statements.push(StatementPair {
                            id: question.id.clone(),
                            theme: ti,
                            prompt: question.prompt.clone(),
                            a: la.level,
                            b: lb.level,
                            levels: la.levels,
                        });
                    }
                }
                QuestionKind::Position { left, right } => {
                    if let (Some(pa), Some(pb)) =
                        (position(qa, question, ea), position(qb, other, eb))
                    {
                        positions.push(PositionPair {
                            id: question.id.clone(),
                            prompt: question.prompt.clone(),
                            left: left.clone(),
                            right: right.clone(),
                            a: pa,
                            b: pb,
                        });
                    }
                }
                _ => {}
            }
        }
    }
    for (_, question) in qb.questions() {
        if qa.question(&question.id).is_none() {
            not_comparable.push((
                question.id.clone(),
                question.prompt.clone(),
                NotComparable::OnlyInB,
            ));
        }
    }
    statements.sort_by_key(|s| std::cmp::Reverse(s.apart()));
    Some(Comparison {
        themes,
        positions,
        statements,
        not_comparable,
    })
}
