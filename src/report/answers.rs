//! The "all answers" part of the self-assessment: every theme with every
//! question and the board's agreed answer, and the answers to questions
//! that the questionnaire no longer has.
//!
//! An answer that [`Answer::check`] refuses is printed as "unreadable
//! value" with the reason, never as something else. Private notes are not
//! read here, or anywhere in the documents: only the shared notes print.

use serde::Serialize;

use crate::lang::Lang;
use crate::model::position::{self, Marker};
use crate::model::questionnaire::{Choice, KIND_NAMES, Question, QuestionKind, Questionnaire};
use crate::model::reflection::{Answer, Entry, OTHER, Reflection, ScaleAnswer, Unreadable};
use crate::report::text::{LONGEST_WORD, Shaper};
use crate::report::words::{Words, word};

/// A position question with its two answers.
#[derive(Debug, Clone, Serialize)]
pub struct PositionView {
    /// The question's number.
    pub number: String,
    /// The question.
    pub prompt: String,
    /// The left pole.
    pub left: String,
    /// The right pole.
    pub right: String,
    /// Where the network stands now (● *Nu*): the nearest of the five
    /// points, from 0 (left) to 1 (right).
    pub now: Option<f64>,
    /// Where it wants to be (◆ *Doel*): the nearest of the five points.
    pub goal: Option<f64>,
    /// The words for *Nu*'s point, or "nog niet gekozen".
    pub now_words: String,
    /// The words for *Doel*'s point, or "nog niet gekozen".
    pub goal_words: String,
    /// Last year's *Nu*, drawn faded behind this year's, if there is one.
    pub before_now: Option<f64>,
    /// Last year's *Doel*, drawn faded behind this year's.
    pub before_goal: Option<f64>,
    /// The question's id (not printed).
    #[serde(skip)]
    pub id: String,
}

/// A scale answer: the chosen level or "don't know" / "not applicable".
#[derive(Debug, Clone, Serialize)]
pub struct ScaleView {
    /// The number of levels.
    pub levels: usize,
    /// The chosen level, from 0; none for "don't know" and "not applicable".
    pub chosen: Option<usize>,
    /// The chosen level's label, or "Weet niet" / "Niet van toepassing".
    pub label: String,
    /// The chosen level's description.
    pub description: String,
}

/// A chosen option.
#[derive(Debug, Clone, Serialize)]
pub struct ChoiceView {
    /// The option's label.
    pub label: String,
    /// Whether this is "other, namely".
    pub other: bool,
}

/// A question with its agreed answer.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    /// "2.3": the theme's number and the question's.
    pub number: String,
    /// The question.
    pub prompt: String,
    /// open, scale, single, multiple or position.
    pub kind: &'static str,
    /// answered, unanswered, skipped or unreadable.
    pub state: &'static str,
    /// Why the answer cannot be read, in paragraphs, when it cannot.
    pub unreadable: Vec<String>,
    /// Marked to be discussed later.
    pub discuss_later: bool,
    /// The open answer, in paragraphs.
    pub text: Vec<String>,
    /// The scale answer.
    pub scale: Option<ScaleView>,
    /// The chosen options.
    pub choices: Vec<ChoiceView>,
    /// The text after "other, namely".
    pub other_text: String,
    /// The position answer.
    pub position: Option<PositionView>,
    /// How the board knows ("Hoe weten jullie dit?"), in paragraphs.
    pub evidence: Vec<String>,
    /// Why the board agreed, in paragraphs.
    pub rationale: Vec<String>,
    /// A dissenting note, in paragraphs.
    pub dissent: Vec<String>,
    /// How the members who scored apart answered a statement, if any did.
    pub spread: Option<crate::report::consensus::SpreadView>,
    /// The member poll's tally of a polled statement, in one line, such as
    /// "n = 23: Klopt niet 2 · Klopt een beetje 5 · …"; empty: none.
    pub poll: String,
}

/// A theme with its questions and notes.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeView {
    /// The theme's number, from 1.
    pub number: usize,
    /// The title.
    pub title: String,
    /// The introduction.
    pub introduction: Vec<String>,
    /// The questions.
    pub questions: Vec<QuestionView>,
    /// The board's shared notes, in paragraphs (never the private ones).
    pub notes: Vec<String>,
}

/// An answer to a question that the questionnaire no longer has.
#[derive(Debug, Clone, Serialize)]
pub struct OrphanView {
    /// The question's id.
    pub id: String,
    /// The answer as plain text.
    pub text: Vec<String>,
}

/// What every view of one document needs: the questionnaire, the language,
/// its words and the shaper of its texts.
pub(crate) struct Ctx<'a> {
    /// The questionnaire.
    pub q: &'a Questionnaire,
    /// The document's language.
    pub lang: Lang,
    /// The document's words.
    pub words: &'a Words,
    /// The shaper of the document's texts.
    pub shape: Shaper,
}

impl Ctx<'_> {
    /// Returns one word of the document.
    pub fn w(&self, key: &str) -> String {
        word(self.words, key)
    }
}

/// Builds every theme with its questions, answers and shared notes.
pub(crate) fn themes(cx: &Ctx, r: &Reflection) -> Vec<ThemeView> {
    let lang = cx.lang;
    cx.q.themes
        .iter()
        .enumerate()
        .map(|(ti, theme)| ThemeView {
            number: ti + 1,
            title: theme.title.get(lang).to_owned(),
            introduction: cx.shape.paragraphs(theme.introduction.get(lang)),
            questions: theme
                .questions
                .iter()
                .enumerate()
                .map(|(qi, qu)| {
                    let number = format!("{}.{}", ti + 1, qi + 1);
                    question_view(cx, qu, r.agreed.get(&qu.id), number)
                })
                .collect(),
            notes: cx
                .shape
                .paragraphs(r.notes.get(&theme.id).map_or("", String::as_str)),
        })
        .collect()
}

/// Builds the view of a position question with its two positions, each
/// shown at the nearest of the five points as the window shows it.
pub(crate) fn position_view(
    cx: &Ctx,
    qu: &Question,
    number: String,
    now: Option<f64>,
    goal: Option<f64>,
) -> Option<PositionView> {
    let QuestionKind::Position { left, right } = &qu.kind else {
        return None;
    };
    let point = |v: Option<f64>| v.and_then(|v| position::nearest_point(v as f32));
    let words = |p: Option<usize>| match p {
        Some(i) => position::point_words(i, cx.lang).to_owned(),
        None => position::unset_words(cx.lang).to_owned(),
    };
    let (now, goal) = (point(now), point(goal));
    Some(PositionView {
        number,
        prompt: qu.prompt.get(cx.lang).to_owned(),
        left: left.get(cx.lang).to_owned(),
        right: right.get(cx.lang).to_owned(),
        now: now.map(|i| f64::from(position::point_value(i))),
        goal: goal.map(|i| f64::from(position::point_value(i))),
        now_words: words(now),
        goal_words: words(goal),
        before_now: None,
        before_goal: None,
        id: qu.id.clone(),
    })
}

/// Says why an answer cannot be read: for an answer of another kind, that
/// it no longer fits the question; otherwise what is wrong with it.
fn reason(cx: &Ctx, why: &Unreadable) -> Vec<String> {
    match why {
        Unreadable::WrongKind => vec![cx.w("mismatch")],
        other => cx.shape.paragraphs(other.describe().get(cx.lang)),
    }
}

/// Builds the view of one question with its agreed answer.
fn question_view(cx: &Ctx, qu: &Question, entry: Option<&Entry>, number: String) -> QuestionView {
    let (q, lang) = (cx.q, cx.lang);
    let answer = entry
        .and_then(|e| e.answer.as_ref())
        .filter(|a| !a.is_empty());
    let check = answer.map(|a| a.check(qu, q));
    let state = match &check {
        Some(Ok(())) => "answered",
        Some(Err(_)) => "unreadable",
        None if entry.is_some_and(|e| e.skipped) => "skipped",
        None => "unanswered",
    };
    let mut view = QuestionView {
        number: number.clone(),
        prompt: qu.prompt.get(lang).to_owned(),
        kind: KIND_NAMES[qu.kind.index()],
        state,
        unreadable: match &check {
            Some(Err(why)) => reason(cx, why),
            _ => Vec::new(),
        },
        discuss_later: entry.is_some_and(|e| e.discuss_later),
        text: Vec::new(),
        scale: None,
        choices: Vec::new(),
        other_text: String::new(),
        position: None,
        evidence: cx
            .shape
            .paragraphs(entry.map_or("", |e| e.evidence.as_str())),
        rationale: cx
            .shape
            .paragraphs(entry.map_or("", |e| e.rationale.as_str())),
        dissent: cx
            .shape
            .paragraphs(entry.map_or("", |e| e.dissent.as_str())),
        spread: None,
        poll: String::new(),
    };
    let answer = if state == "answered" { answer } else { None };
    // the answer passed its check: every option id is in the questionnaire
    let option_label = |options: &[Choice], id: &str| -> ChoiceView {
        match options.iter().find(|o| o.id == id) {
            Some(o) if id != OTHER => ChoiceView {
                label: o.label.get(lang).to_owned(),
                other: false,
            },
            _ => ChoiceView {
                label: cx.w("other_namely"),
                other: true,
            },
        }
    };
    match (&qu.kind, answer) {
        (QuestionKind::Open { .. }, Some(Answer::Open(text))) => {
            view.text = cx.shape.paragraphs(text);
        }
        (QuestionKind::Scale { .. }, Some(Answer::Scale(a))) => {
            // the statement's own description of its level, if it has them
            let scale = q.scale_of(qu);
            let scale = scale.as_ref();
            let levels = scale.map_or(0, |s| s.levels.len());
            view.scale = Some(match a {
                ScaleAnswer::Level(l) => {
                    let level = scale.and_then(|s| s.levels.get(usize::from(*l)));
                    ScaleView {
                        levels,
                        chosen: level.map(|_| usize::from(*l)),
                        label: level.map_or_else(
                            || (usize::from(*l) + 1).to_string(),
                            |lv| lv.label.get(lang).to_owned(),
                        ),
                        description: level
                            .map_or_else(String::new, |lv| lv.description.get(lang).to_owned()),
                    }
                }
                ScaleAnswer::DontKnow => ScaleView {
                    levels,
                    chosen: None,
                    label: cx.w("ws_dont_know"),
                    description: String::new(),
                },
                ScaleAnswer::NotApplicable => ScaleView {
                    levels,
                    chosen: None,
                    label: cx.w("ws_not_applicable"),
                    description: String::new(),
                },
            });
        }
        (QuestionKind::Single { options, .. }, Some(Answer::Single { choice, other })) => {
            view.choices = vec![option_label(options, choice)];
            if choice == OTHER {
                view.other_text = cx.shape.line(other, LONGEST_WORD);
            }
        }
        (QuestionKind::Multiple { options, .. }, Some(Answer::Multiple { choices, other })) => {
            // in the questionnaire's order, "other" last
            let mut chosen: Vec<ChoiceView> = options
                .iter()
                .filter(|o| o.id != OTHER && choices.contains(&o.id))
                .map(|o| option_label(options, &o.id))
                .collect();
            if choices.iter().any(|c| c == OTHER) || !other.trim().is_empty() {
                chosen.push(option_label(options, OTHER));
                view.other_text = cx.shape.line(other, LONGEST_WORD);
            }
            view.choices = chosen;
        }
        (QuestionKind::Position { .. }, Some(Answer::Position { now, desired })) => {
            // checked: both are from 0 to 1 when given
            view.position =
                position_view(cx, qu, number, now.map(f64::from), desired.map(f64::from));
        }
        _ => {}
    }
    view
}

/// Lists the answers to questions that the questionnaire no longer asks.
pub(crate) fn orphans(cx: &Ctx, r: &Reflection) -> Vec<OrphanView> {
    r.agreed
        .iter()
        .filter(|(id, e)| cx.q.question(id).is_none() && !e.is_empty())
        .map(|(id, e)| OrphanView {
            id: cx.shape.line(id, LONGEST_WORD),
            text: cx.shape.paragraphs(&plain_answer(cx, e)),
        })
        .collect()
}

/// Renders an answer as plain text, for answers whose question is gone.
fn plain_answer(cx: &Ctx, e: &Entry) -> String {
    let lang = cx.lang;
    let body = match &e.answer {
        None => String::new(),
        Some(Answer::Open(t)) => t.clone(),
        Some(Answer::Scale(ScaleAnswer::Level(l))) => {
            format!("{} {}", lang.pick("Niveau", "Level"), usize::from(*l) + 1)
        }
        Some(Answer::Scale(ScaleAnswer::DontKnow)) => cx.w("ws_dont_know"),
        Some(Answer::Scale(ScaleAnswer::NotApplicable)) => cx.w("ws_not_applicable"),
        Some(Answer::Single { choice, other }) => [choice.as_str(), other.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(": "),
        Some(Answer::Multiple { choices, other }) => {
            let mut s = choices.join(", ");
            if !other.is_empty() {
                s.push_str(": ");
                s.push_str(other);
            }
            s
        }
        Some(Answer::Position { now, desired }) => {
            let f = |v: &Option<f32>| match v {
                None => position::unset_words(lang).to_owned(),
                Some(v) => match position::nearest_point(*v) {
                    Some(i) => position::point_words(i, lang).to_owned(),
                    None => cx.w("unreadable"),
                },
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
    };
    let mut parts = vec![body];
    if !e.evidence.is_empty() {
        parts.push(e.evidence.clone());
    }
    if !e.rationale.is_empty() {
        parts.push(e.rationale.clone());
    }
    if !e.dissent.is_empty() {
        parts.push(e.dissent.clone());
    }
    parts.retain(|p| !p.trim().is_empty());
    parts.join("\n\n")
}
