//! The answer to one question, what the board said about it, and whether
//! the answer can be shown as an answer to its question.

use serde::{Deserialize, Serialize};

use crate::lang::Text;
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::reflection::OTHER;

/// The state of one question: its answer and what the board said about it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The answer, if there is one.
    #[serde(default)]
    pub answer: Option<Answer>,
    /// Marked to be discussed later.
    #[serde(default)]
    pub discuss_later: bool,
    /// Skipped on purpose.
    #[serde(default)]
    pub skipped: bool,
    /// Why the board agreed on this answer.
    #[serde(default)]
    pub rationale: String,
    /// A dissenting note, if someone does not agree.
    #[serde(default)]
    pub dissent: String,
    /// How the board reached the agreed answer, once it did.
    #[serde(default)]
    pub decided: Option<Decision>,
    /// How the board knows: what it can point to for this answer (the
    /// evidence note under a statement or position).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
}

/// How the board reached an agreed answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    /// Everyone agreed.
    Agreed,
    /// The majority decided.
    Majority,
    /// The chair decided.
    ChairDecided,
}

impl Decision {
    /// Lists every way, in order.
    pub const ALL: [Decision; 3] = [Decision::Agreed, Decision::Majority, Decision::ChairDecided];

    /// Returns the way in Dutch and English.
    pub fn label(self) -> Text {
        match self {
            Decision::Agreed => Text::new("Samen eens", "Agreed by all"),
            Decision::Majority => Text::new("Meerderheid besliste", "Decided by majority"),
            Decision::ChairDecided => Text::new("Voorzitter besliste", "Decided by the chair"),
        }
    }
}

impl Entry {
    /// Returns whether the entry holds anything worth keeping.
    pub fn is_empty(&self) -> bool {
        self.answer.as_ref().is_none_or(Answer::is_empty)
            && !self.discuss_later
            && !self.skipped
            && self.rationale.is_empty()
            && self.dissent.is_empty()
            && self.decided.is_none()
            && self.evidence.is_empty()
    }

    /// Returns whether the question counts as answered.
    pub fn is_answered(&self) -> bool {
        self.answer.as_ref().is_some_and(|a| !a.is_empty())
    }

    /// Returns whether this entry answers `question`: an answer that says
    /// something and that can be shown (see [`Answer::check`]).
    pub fn answers(&self, question: &Question, questionnaire: &Questionnaire) -> bool {
        self.is_answered()
            && self
                .answer
                .as_ref()
                .is_some_and(|a| a.is_readable(question, questionnaire))
    }

    /// Returns whether the board is done with `question` for now: it is
    /// answered (see [`Entry::answers`]) or skipped on purpose.
    pub fn is_handled(&self, question: &Question, questionnaire: &Questionnaire) -> bool {
        self.skipped || self.answers(question, questionnaire)
    }

    /// Marks the question as skipped or not; skipping takes away the mark
    /// "discuss later", so that the two never contradict each other.
    pub fn set_skipped(&mut self, on: bool) {
        self.skipped = on;
        if on {
            self.discuss_later = false;
        }
    }

    /// Marks the question to be discussed later or not; the mark takes
    /// away "skipped", so that the two never contradict each other.
    pub fn set_discuss_later(&mut self, on: bool) {
        self.discuss_later = on;
        if on {
            self.skipped = false;
        }
    }
}

/// An answer, of the kind its question asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    /// Free text.
    Open(String),
    /// A point on a scale.
    Scale(ScaleAnswer),
    /// One option (by id; [`OTHER`] for "other, namely"), with the other text.
    Single {
        /// The chosen option's id.
        choice: String,
        /// The text after "other, namely", if that was chosen.
        #[serde(default)]
        other: String,
    },
    /// Any options (by id; [`OTHER`] for "other, namely"), with the other text.
    Multiple {
        /// The chosen options' ids.
        choices: Vec<String>,
        /// The text after "other, namely", if that was chosen.
        #[serde(default)]
        other: String,
    },
    /// Two positions between the poles, from 0.0 (left) to 1.0 (right).
    Position {
        /// Where the network stands now.
        now: Option<f32>,
        /// Where the network wants to be.
        desired: Option<f32>,
    },
}

impl Answer {
    /// Returns whether the answer says nothing yet.
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Open(s) => s.trim().is_empty(),
            Answer::Scale(_) => false,
            Answer::Single { choice, .. } => choice.is_empty(),
            Answer::Multiple { choices, other } => choices.is_empty() && other.trim().is_empty(),
            Answer::Position { now, desired } => now.is_none() && desired.is_none(),
        }
    }

    /// Returns whether this answer is of the kind the question asks for.
    pub fn fits(&self, question: &Question) -> bool {
        matches!(
            (self, &question.kind),
            (Answer::Open(_), QuestionKind::Open { .. })
                | (Answer::Scale(_), QuestionKind::Scale { .. })
                | (Answer::Single { .. }, QuestionKind::Single { .. })
                | (Answer::Multiple { .. }, QuestionKind::Multiple { .. })
                | (Answer::Position { .. }, QuestionKind::Position { .. })
        )
    }
}

/// Why an answer cannot be shown as an answer to its question. The window
/// and the documents show such an answer as "unreadable value"; `check`
/// reports it with its line and column.
#[derive(Debug, Clone, PartialEq)]
pub enum Unreadable {
    /// The answer is of another kind than the question asks for.
    WrongKind,
    /// A scale level that the scale does not have.
    LevelOutOfRange {
        /// The level in the file, counted from 0.
        level: u8,
        /// How many levels the scale has.
        levels: usize,
    },
    /// "Don't know" or "not applicable" where the scale does not offer it.
    NotOffered,
    /// An option id that the question does not have.
    UnknownOption(String),
    /// A position that is not a number from 0 to 1.
    PositionOutOfRange(f32),
}

impl Unreadable {
    /// Describes the problem and what to do, in Dutch and English.
    pub fn describe(&self) -> Text {
        match self {
            Unreadable::WrongKind => Text::new(
                "dit antwoord is van een andere soort dan de vraag vraagt (bijvoorbeeld tekst waar een schaal hoort); verwijder het of zet de vraag op de goede soort",
                "this answer is of another kind than the question asks for (for example text where a scale belongs); remove it or give the question the right kind",
            ),
            Unreadable::LevelOutOfRange { level, levels } => Text::new(
                format!(
                    "niveau {level} bestaat niet; deze schaal heeft de niveaus 0 tot en met {}",
                    levels.saturating_sub(1)
                ),
                format!(
                    "level {level} does not exist; this scale has levels 0 to {}",
                    levels.saturating_sub(1)
                ),
            ),
            Unreadable::NotOffered => Text::new(
                "deze schaal biedt 'weet niet' of 'niet van toepassing' niet aan; kies een niveau",
                "this scale does not offer 'don't know' or 'not applicable'; choose a level",
            ),
            Unreadable::UnknownOption(id) => Text::new(
                format!(
                    "de vraag heeft geen keuze met id \"{id}\"; gebruik een id uit de vragenlijst"
                ),
                format!(
                    "the question has no option with id \"{id}\"; use an id from the questionnaire"
                ),
            ),
            Unreadable::PositionOutOfRange(x) => Text::new(
                format!("een positie moet een getal van 0 tot en met 1 zijn, niet {x}"),
                format!("a position must be a number from 0 to 1, not {x}"),
            ),
        }
    }
}

impl Answer {
    /// Checks that the answer can be shown as an answer to `question`: the
    /// right kind, a level the scale has, option ids the question has, and
    /// positions from 0 to 1.
    pub fn check(
        &self,
        question: &Question,
        questionnaire: &Questionnaire,
    ) -> Result<(), Unreadable> {
        let known = |options: &[crate::model::questionnaire::Choice], other: bool, id: &str| {
            options.iter().any(|o| o.id == id) || (other && id == OTHER)
        };
        match (self, &question.kind) {
            (Answer::Open(_), QuestionKind::Open { .. }) => Ok(()),
            (Answer::Scale(a), QuestionKind::Scale { scale, .. }) => {
                let Some(scale) = questionnaire.scale(scale) else {
                    return Ok(());
                };
                match a {
                    ScaleAnswer::Level(l) if usize::from(*l) >= scale.levels.len() => {
                        Err(Unreadable::LevelOutOfRange {
                            level: *l,
                            levels: scale.levels.len(),
                        })
                    }
                    ScaleAnswer::DontKnow if !scale.dont_know => Err(Unreadable::NotOffered),
                    ScaleAnswer::NotApplicable if !scale.not_applicable => {
                        Err(Unreadable::NotOffered)
                    }
                    _ => Ok(()),
                }
            }
            (Answer::Single { choice, .. }, QuestionKind::Single { options, other }) => {
                if choice.is_empty() || known(options, *other, choice) {
                    Ok(())
                } else {
                    Err(Unreadable::UnknownOption(choice.clone()))
                }
            }
            (Answer::Multiple { choices, .. }, QuestionKind::Multiple { options, other }) => {
                match choices.iter().find(|c| !known(options, *other, c)) {
                    Some(c) => Err(Unreadable::UnknownOption(c.clone())),
                    None => Ok(()),
                }
            }
            (Answer::Position { now, desired }, QuestionKind::Position { .. }) => {
                match [now, desired]
                    .into_iter()
                    .flatten()
                    .find(|x| !(x.is_finite() && (0.0..=1.0).contains(*x)))
                {
                    Some(x) => Err(Unreadable::PositionOutOfRange(*x)),
                    None => Ok(()),
                }
            }
            _ => Err(Unreadable::WrongKind),
        }
    }

    /// Returns whether the answer can be shown as an answer to `question`;
    /// see [`Answer::check`].
    pub fn is_readable(&self, question: &Question, questionnaire: &Questionnaire) -> bool {
        self.check(question, questionnaire).is_ok()
    }
}

/// A point on a scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScaleAnswer {
    /// A level, counted from 0 (the lowest).
    Level(u8),
    /// "Don't know".
    DontKnow,
    /// "Not applicable".
    NotApplicable,
}
