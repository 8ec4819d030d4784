//! The data of the blank worksheet: the questionnaire on paper, with room
//! to write, tick boxes and pole lines, every text in one language.

use serde::Serialize;

use crate::lang::Lang;
use crate::model::questionnaire::{KIND_NAMES, Question, QuestionKind, Questionnaire};
use crate::report::text::Shaper;
use crate::report::words::{Words, word, words};

/// A level of a scale, for the worksheet.
#[derive(Debug, Clone, Serialize)]
pub struct LevelView {
    /// The label.
    pub label: String,
    /// The description.
    pub description: String,
}

/// A question on the worksheet.
#[derive(Debug, Clone, Serialize)]
pub struct BlankQuestion {
    /// "2.3".
    pub number: String,
    /// The question.
    pub prompt: String,
    /// open, scale, single, multiple or position.
    pub kind: &'static str,
    /// How to answer ("Kies één antwoord."), or empty when the prompt says so already.
    pub how: String,
    /// The hint of an open question.
    pub hint: String,
    /// The levels of a scale.
    pub levels: Vec<LevelView>,
    /// The extra choices of a scale: "Weet niet", "Niet van toepassing".
    pub extra: Vec<String>,
    /// The options of a choice question.
    pub options: Vec<String>,
    /// Whether "other, namely" may be chosen.
    pub other: bool,
    /// The left pole.
    pub left: String,
    /// The right pole.
    pub right: String,
    /// For a statement or position: what the board could point to when
    /// asked how it knows, above a line to write it on (empty: no line).
    pub evidence: String,
}

/// A theme on the worksheet.
#[derive(Debug, Clone, Serialize)]
pub struct BlankTheme {
    /// The theme's number, from 1.
    pub number: usize,
    /// The title.
    pub title: String,
    /// The introduction.
    pub introduction: Vec<String>,
    /// The questions.
    pub questions: Vec<BlankQuestion>,
}

/// Everything the worksheet template reads.
#[derive(Debug, Clone, Serialize)]
pub struct Worksheet {
    /// `nl` or `en`.
    pub lang: &'static str,
    /// The words of the document.
    pub words: Words,
    /// The questionnaire's title.
    pub title: String,
    /// "Vragenlijst reflectietool, versie 1.0".
    pub questionnaire: String,
    /// The questionnaire's introduction.
    pub introduction: Vec<String>,
    /// The themes.
    pub themes: Vec<BlankTheme>,
}

/// How to answer a question on paper, unless its prompt already says so.
fn how(qu: &Question, lang: Lang, words: &Words) -> String {
    let key = match qu.kind {
        QuestionKind::Open { .. } => "ws_open",
        QuestionKind::Scale { .. } => "ws_scale",
        QuestionKind::Single { .. } => "ws_one",
        QuestionKind::Multiple { .. } => "ws_many",
        QuestionKind::Position { .. } => "ws_position",
    };
    let how = words.get(key).copied().unwrap_or_default();
    let core = how.trim_end_matches('.').to_lowercase();
    if qu.prompt.get(lang).to_lowercase().contains(&core) {
        String::new()
    } else {
        how.to_owned()
    }
}

/// Builds the data of the blank worksheet of a questionnaire.
pub fn worksheet(q: &Questionnaire, lang: Lang) -> Worksheet {
    let words = words(lang);
    let w = |k: &str| word(&words, k);
    let shape = Shaper::new(lang);
    let themes = q
        .themes
        .iter()
        .enumerate()
        .map(|(ti, t)| BlankTheme {
            number: ti + 1,
            title: t.title.get(lang).to_owned(),
            introduction: shape.paragraphs(t.introduction.get(lang)),
            questions: t
                .questions
                .iter()
                .enumerate()
                .map(|(qi, qu)| {
                    let mut b = BlankQuestion {
                        number: format!("{}.{}", ti + 1, qi + 1),
                        prompt: qu.prompt.get(lang).to_owned(),
                        kind: KIND_NAMES[qu.kind.index()],
                        how: how(qu, lang, &words),
                        hint: String::new(),
                        levels: Vec::new(),
                        extra: Vec::new(),
                        options: Vec::new(),
                        other: false,
                        left: String::new(),
                        right: String::new(),
                        evidence: String::new(),
                    };
                    if qu.asks_evidence() {
                        b.hint = qu.hint.get(lang).to_owned();
                        b.evidence = if qu.evidence.is_empty() {
                            w("ws_evidence")
                        } else {
                            format!("{} {}", w("ws_evidence"), qu.evidence.get(lang))
                        };
                    }
                    match &qu.kind {
                        QuestionKind::Open { hint } => b.hint = hint.get(lang).to_owned(),
                        QuestionKind::Scale { .. } => {
                            if let Some(s) = q.scale_of(qu) {
                                b.levels = s
                                    .levels
                                    .iter()
                                    .map(|l| LevelView {
                                        label: l.label.get(lang).to_owned(),
                                        description: l.description.get(lang).to_owned(),
                                    })
                                    .collect();
                                if s.dont_know {
                                    b.extra.push(w("ws_dont_know"));
                                }
                                if s.not_applicable {
                                    b.extra.push(w("ws_not_applicable"));
                                }
                            }
                        }
                        QuestionKind::Single { options, other }
                        | QuestionKind::Multiple { options, other } => {
                            b.options = options
                                .iter()
                                .map(|o| o.label.get(lang).to_owned())
                                .collect();
                            b.other = *other;
                        }
                        QuestionKind::Position { left, right } => {
                            b.left = left.get(lang).to_owned();
                            b.right = right.get(lang).to_owned();
                        }
                    }
                    b
                })
                .collect(),
        })
        .collect();
    Worksheet {
        lang: lang.code(),
        words: words.clone(),
        title: q.title.get(lang).to_owned(),
        questionnaire: if q.version.is_empty() {
            q.id.clone()
        } else {
            format!(
                "{} {}, {} {}",
                w("questionnaire"),
                q.id,
                w("version"),
                q.version
            )
        },
        introduction: shape.paragraphs(q.introduction.get(lang)),
        themes,
    }
}
