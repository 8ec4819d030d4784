//! An agreed answer in words, to show last year's answer beside this
//! year's: on its question (level labels, option texts, position words),
//! or plainly for a question that the questionnaire no longer has.

use crate::lang::Lang;
use crate::model::position::{self, Marker};
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::reflection::{Answer, Entry, OTHER, ScaleAnswer};

/// Returns "don't know" or "not applicable" in the language.
fn special(a: ScaleAnswer, lang: Lang) -> Option<&'static str> {
    match a {
        ScaleAnswer::DontKnow => Some(lang.pick("Weet niet", "Don't know")),
        ScaleAnswer::NotApplicable => Some(lang.pick("Niet van toepassing", "Not applicable")),
        ScaleAnswer::Level(_) => None,
    }
}

/// Returns a position's two markers in words: "● Nu: …, ◆ Doel: …".
fn position_words(now: Option<f32>, desired: Option<f32>, lang: Lang) -> String {
    let f = |v: Option<f32>| match v {
        None => position::unset_words(lang).to_owned(),
        Some(v) => position::value_words(Some(v), lang)
            .unwrap_or(lang.pick("onleesbare waarde", "unreadable value"))
            .to_owned(),
    };
    format!(
        "{} {}: {}, {} {}: {}",
        Marker::Now.symbol(),
        Marker::Now.name(lang),
        f(now),
        Marker::Goal.symbol(),
        Marker::Goal.name(lang),
        f(desired)
    )
}

/// Returns the answer of an entry to `question` in words, without its
/// reasons; empty when there is no answer. An answer the question cannot
/// show (another kind, an unknown option) is put plainly.
pub fn answer_words(q: &Questionnaire, question: &Question, e: &Entry, lang: Lang) -> String {
    let Some(answer) = &e.answer else {
        return if e.skipped {
            lang.pick("Overgeslagen", "Skipped").to_owned()
        } else {
            String::new()
        };
    };
    if answer.check(question, q).is_err() {
        return plain_answer(e, lang);
    }
    let option = |options: &[crate::model::questionnaire::Choice], id: &str| {
        if id == OTHER {
            lang.pick("Anders, namelijk", "Other, namely").to_owned()
        } else {
            options
                .iter()
                .find(|o| o.id == id)
                .map(|o| o.label.get(lang).to_owned())
                .unwrap_or_else(|| id.to_owned())
        }
    };
    match (answer, &question.kind) {
        (Answer::Open(t), _) => t.clone(),
        (Answer::Scale(a), QuestionKind::Scale { scale, .. }) => match special(*a, lang) {
            Some(s) => s.to_owned(),
            None => {
                let ScaleAnswer::Level(l) = a else {
                    return String::new();
                };
                let label = q
                    .scale(scale)
                    .and_then(|s| s.levels.get(usize::from(*l)))
                    .map(|level| level.label.get(lang).to_owned())
                    .unwrap_or_default();
                format!("{} · {label}", usize::from(*l) + 1)
            }
        },
        (Answer::Single { choice, other }, QuestionKind::Single { options, .. }) => {
            with_other(option(options, choice), choice == OTHER, other)
        }
        (Answer::Multiple { choices, other }, QuestionKind::Multiple { options, .. }) => {
            let shown: Vec<String> = choices.iter().map(|c| option(options, c)).collect();
            with_other(shown.join(", "), choices.iter().any(|c| c == OTHER), other)
        }
        (Answer::Position { now, desired }, _) => position_words(*now, *desired, lang),
        _ => plain_answer(e, lang),
    }
}

fn with_other(shown: String, chose_other: bool, other: &str) -> String {
    if chose_other && !other.trim().is_empty() {
        format!("{shown}: {other}")
    } else {
        shown
    }
}

/// Returns an answer as plain text for a question that is gone: its text,
/// level number, option ids or positions, then its reasons.
pub fn plain_answer(e: &Entry, lang: Lang) -> String {
    let body = match &e.answer {
        None => String::new(),
        Some(Answer::Open(t)) => t.clone(),
        Some(Answer::Scale(ScaleAnswer::Level(l))) => {
            format!("{} {}", lang.pick("Niveau", "Level"), usize::from(*l) + 1)
        }
        Some(Answer::Scale(a)) => special(*a, lang).unwrap_or_default().to_owned(),
        Some(Answer::Single { choice, other }) => [choice.as_str(), other.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(": "),
        Some(Answer::Multiple { choices, other }) => with_other(choices.join(", "), true, other),
        Some(Answer::Position { now, desired }) => position_words(*now, *desired, lang),
    };
    let mut parts = vec![body, e.rationale.clone(), e.dissent.clone()];
    parts.retain(|p| !p.trim().is_empty());
    parts.join("\n\n")
}
