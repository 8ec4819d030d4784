//! What networks ask of the institution, gathered across networks: for
//! each question that a questionnaire lists under `asks`, how many
//! networks chose each option, and their own words ("other, namely", open
//! answers), each with the network's name.

use crate::lang::Text;
use crate::model::questionnaire::QuestionKind;
use crate::model::reflection::{Answer, OTHER};

use super::Review;

/// One option of a choice question, and the networks that chose it.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionTally {
    /// The option's id ([`OTHER`] for "other, namely").
    pub id: String,
    /// The option's text.
    pub label: Text,
    /// The entries (places in [`Review::entries`]) that chose it.
    pub entries: Vec<usize>,
}

/// The answers of the networks to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct AskedQuestion {
    /// The question's id.
    pub id: String,
    /// The question.
    pub prompt: Text,
    /// For a choice question, every option (most chosen first; equal ones
    /// in the questionnaire's order), "other, namely" last; empty for an
    /// open question.
    pub options: Vec<OptionTally>,
    /// The networks' own words: the text of an open answer, or what they
    /// wrote under "other, namely"; each with its entry.
    pub words: Vec<(usize, String)>,
    /// How many of the entries answered the question.
    pub answered: usize,
}

/// Gathers the answers of the given entries (usually the newest of each
/// network) to every question listed under `asks` in their questionnaires,
/// in the order of the first questionnaire that lists it.
pub fn asks(review: &Review, entries: &[usize]) -> Vec<AskedQuestion> {
    let mut out: Vec<AskedQuestion> = Vec::new();
    for &i in entries {
        let Some(e) = review.entries.get(i) else {
            continue;
        };
        let Some(q) = e.questionnaire.as_deref() else {
            continue;
        };
        for id in &q.asks {
            let Some(question) = q.question(id) else {
                continue;
            };
            let at = match out.iter().position(|a| &a.id == id) {
                Some(at) => at,
                None => {
                    out.push(AskedQuestion {
                        id: id.clone(),
                        prompt: question.prompt.clone(),
                        options: Vec::new(),
                        words: Vec::new(),
                        answered: 0,
                    });
                    out.len() - 1
                }
            };
            let asked = &mut out[at];
            if let QuestionKind::Single { options, other }
            | QuestionKind::Multiple { options, other } = &question.kind
            {
                for o in options {
                    if !asked.options.iter().any(|t| t.id == o.id) {
                        asked.options.push(OptionTally {
                            id: o.id.clone(),
                            label: o.label.clone(),
                            entries: Vec::new(),
                        });
                    }
                }
                if *other && !asked.options.iter().any(|t| t.id == OTHER) {
                    asked.options.push(OptionTally {
                        id: OTHER.to_owned(),
                        label: Text::new("Anders", "Other"),
                        entries: Vec::new(),
                    });
                }
            }
            let Some(answer) = e.reflection.agreed.get(id).and_then(|x| x.answer.as_ref()) else {
                continue;
            };
            if answer.is_empty() || answer.check(question, q).is_err() {
                continue;
            }
            asked.answered += 1;
            let (chosen, other_text): (Vec<&str>, &str) = match answer {
                Answer::Single { choice, other } => (vec![choice.as_str()], other.as_str()),
                Answer::Multiple { choices, other } => {
                    (choices.iter().map(String::as_str).collect(), other.as_str())
                }
                Answer::Open(text) => (Vec::new(), text.as_str()),
                _ => (Vec::new(), ""),
            };
            for c in chosen {
                if let Some(t) = asked.options.iter_mut().find(|t| t.id == c) {
                    t.entries.push(i);
                }
            }
            let words = other_text.trim();
            if !words.is_empty() {
                asked.words.push((i, words.to_owned()));
            }
        }
    }
    for a in &mut out {
        let other = a
            .options
            .iter()
            .position(|t| t.id == OTHER)
            .map(|p| a.options.remove(p));
        a.options
            .sort_by_key(|t| std::cmp::Reverse(t.entries.len()));
        a.options.extend(other);
    }
    out
}
