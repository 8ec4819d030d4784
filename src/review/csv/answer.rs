//! One answer in the columns of `answers_long.csv`: its status, codes and
//! words.

use crate::lang::Lang;
use crate::model::analysis::statement_scale;
use crate::model::questionnaire::{Choice, Question, QuestionKind, Questionnaire};
use crate::model::reflection::{Answer, Entry, OTHER, ScaleAnswer};

/// The answer columns of one row.
#[derive(Default)]
pub(super) struct Cells {
    pub(super) status: &'static str,
    pub(super) level: Option<usize>,
    pub(super) levels: Option<usize>,
    pub(super) options: String,
    pub(super) now: Option<f32>,
    pub(super) desired: Option<f32>,
    pub(super) text: String,
    pub(super) other: String,
}

/// Returns the code of a question's kind, `unknown` without its question.
pub(super) fn kind_name(question: Option<&Question>) -> &'static str {
    question.map_or("unknown", |q| {
        crate::model::questionnaire::KIND_NAMES[q.kind.index()]
    })
}

/// Puts one answer into its columns.
pub(super) fn cells(
    q: Option<&Questionnaire>,
    question: Option<&Question>,
    entry: Option<&Entry>,
    lang: Lang,
) -> Cells {
    let scale = q.zip(question).and_then(|(q, qu)| statement_scale(q, qu));
    let mut c = Cells {
        status: "unanswered",
        levels: scale.map(|s| s.levels.len()),
        ..Cells::default()
    };
    let Some(answer) = entry.and_then(|e| e.answer.as_ref()) else {
        return c;
    };
    if answer.is_empty() {
        return c;
    }
    let unreadable = match (q, question) {
        (Some(q), Some(qu)) => answer.check(qu, q).is_err(),
        // without its question, only a position can be seen to be wrong
        _ => matches!(answer, Answer::Position { now, desired }
            if [now, desired].into_iter().flatten().any(|x| !(x.is_finite() && (0.0..=1.0).contains(x)))),
    };
    if unreadable {
        c.status = "unreadable";
        c.text = lang
            .pick("onleesbare waarde", "unreadable value")
            .to_owned();
        return c;
    }
    c.status = "answered";
    let options: &[Choice] = match question.map(|qu| &qu.kind) {
        Some(QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. }) => {
            options
        }
        _ => &[],
    };
    let other_namely = |other: &str| {
        let words = lang.pick("Anders, namelijk", "Other, namely");
        if other.trim().is_empty() {
            words.to_owned()
        } else {
            format!("{words}: {other}")
        }
    };
    let label = |id: &str| -> Option<String> {
        options
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.label.get(lang).to_owned())
    };
    match answer {
        Answer::Open(text) => c.text = text.clone(),
        Answer::Scale(ScaleAnswer::Level(l)) => {
            c.level = Some(usize::from(*l));
            c.text = scale
                .and_then(|s| s.levels.get(usize::from(*l)))
                .map(|level| level.label.get(lang).to_owned())
                .unwrap_or_default();
        }
        Answer::Scale(ScaleAnswer::DontKnow) => {
            c.status = "dont_know";
            c.text = lang.pick("Weet niet", "Don't know").to_owned();
        }
        Answer::Scale(ScaleAnswer::NotApplicable) => {
            c.status = "not_applicable";
            c.text = lang
                .pick("Niet van toepassing", "Not applicable")
                .to_owned();
        }
        Answer::Single { choice, other } => {
            c.options = choice.clone();
            if choice == OTHER {
                c.other = other.clone();
                c.text = other_namely(other);
            } else {
                c.text = label(choice).unwrap_or_default();
            }
        }
        Answer::Multiple { choices, other } => {
            c.options = choices.join("|");
            let mut words: Vec<String> = choices
                .iter()
                .filter(|id| id.as_str() != OTHER)
                .filter_map(|id| label(id))
                .collect();
            if choices.iter().any(|id| id == OTHER) || !other.trim().is_empty() {
                c.other = other.clone();
                words.push(other_namely(other));
            }
            c.text = words.join("; ");
        }
        Answer::Position { now, desired } => {
            c.now = *now;
            c.desired = *desired;
        }
    }
    c
}
