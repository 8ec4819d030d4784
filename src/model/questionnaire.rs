//! The questionnaire format: questions defined as data, in Dutch and English.
//!
//! A questionnaire is a RON file; `questionnaires/README.md` documents the
//! format with a complete example. Loading always validates: see
//! [`crate::format::questionnaire`].

use crate::lang::Lang;
use crate::model::reflection::NetworkKind;
use serde::{Deserialize, Serialize};

pub use crate::lang::Text;

/// The default questionnaire, built into the program: version 2.0, which
/// new reflections answer.
pub const BUILTIN_SOURCE: &str = include_str!("../../questionnaires/reflectietool-2.0.ron");

/// The id of the built-in questionnaire (a test checks it against the file).
pub const BUILTIN_ID: &str = "reflectietool";

/// The name under which the built-in questionnaire reports its errors.
pub const BUILTIN_NAME: &str = "questionnaires/reflectietool-2.0.ron";

/// Version 1.0 of the built-in questionnaire, still built in so that a
/// reflection made on it opens, prints and compares with its own texts.
pub const BUILTIN_V1_SOURCE: &str = include_str!("../../questionnaires/reflectietool.ron");

/// The name under which version 1.0 reports its errors.
pub const BUILTIN_V1_NAME: &str = "questionnaires/reflectietool.ron";

/// A whole questionnaire: scales and themes with their questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// A stable identifier, such as `"reflectietool"`.
    pub id: String,
    /// The version of this questionnaire, such as `"1.0"`.
    #[serde(default)]
    pub version: String,
    /// The title shown on the home screen and the report cover.
    pub title: Text,
    /// A short introduction shown before the first theme.
    #[serde(default)]
    pub introduction: Text,
    /// The named scales that scale statements refer to.
    #[serde(default)]
    pub scales: Vec<Scale>,
    /// The themes, in the order they are worked through.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// The ids of the questions about what a network asks of its institution
    /// and how it works with it: the diversity officer's review gathers
    /// their answers across networks ("what networks ask").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asks: Vec<String>,
    /// The member poll: a short list of questions for members, drawn from
    /// the statements about members' experience, printed on one page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll: Option<Poll>,
}

/// The member poll: a page a board hands out or shows before the reflection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Poll {
    /// What the poll is for, in one or two sentences, addressed to members.
    #[serde(default)]
    pub introduction: Text,
    /// The answers a member ticks, from low to high; as many as the levels
    /// of every polled statement's scale, so the tallies line up.
    pub answers: Vec<Text>,
    /// The questions, in the order of the page.
    pub items: Vec<PollItem>,
}

/// One question of the member poll.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollItem {
    /// The id of the scale statement whose score the poll's tally sits beside.
    pub question: String,
    /// The question as members read it, short and in the first person.
    pub prompt: Text,
}

/// A described scale, from "not yet" to "fully".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The id that statements use to refer to this scale.
    pub id: String,
    /// The levels from low to high.
    #[serde(default)]
    pub levels: Vec<Level>,
    /// Whether "don't know" may be answered.
    #[serde(default)]
    pub dont_know: bool,
    /// Whether "not applicable" may be answered.
    #[serde(default)]
    pub not_applicable: bool,
}

/// One level of a scale: a short label and a one-line description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The short label, such as "Nog niet".
    pub label: Text,
    /// A one-line description of what this level means.
    #[serde(default)]
    pub description: Text,
}

/// A theme: a page of questions with an introduction that names its sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// A stable identifier.
    pub id: String,
    /// The title in the sidebar and above the page.
    pub title: Text,
    /// Why the theme matters, naming the research by author and year.
    #[serde(default)]
    pub introduction: Text,
    /// The questions of this theme.
    #[serde(default)]
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// A stable identifier; answers are keyed by it.
    pub id: String,
    /// The question or statement itself.
    pub prompt: Text,
    /// What kind of answer the question asks for.
    pub kind: QuestionKind,
    /// A line under a statement or position that helps to answer it (an
    /// open question has its hint in its kind).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub hint: Text,
    /// The hint of the evidence field under a statement or position: what
    /// the board could point to when asked "Hoe weten jullie dit?".
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub evidence: Text,
    /// The kinds of network this question is for; empty: every kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<NetworkKind>,
    /// Other wording for some kinds of network, such as "collega's" for an
    /// employee network where a student association reads "leden".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
}

/// Another wording of a question for some kinds of network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// The kinds of network that read this wording.
    pub kinds: Vec<NetworkKind>,
    /// The question or statement in this wording.
    pub prompt: Text,
    /// The hint in this wording; empty: the question's own hint.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub hint: Text,
}

/// The kinds of question, each with what it needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum QuestionKind {
    /// An open reflection, answered in free text.
    Open {
        /// A hint that helps the board start writing.
        #[serde(default)]
        hint: Text,
    },
    /// A statement scored on a named scale.
    Scale {
        /// The id of the scale.
        scale: String,
        /// What each level looks like for this statement, from low to high:
        /// empty, or one description per level of the scale, in place of
        /// the scale's own.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        descriptions: Vec<Text>,
    },
    /// One choice from a list.
    Single {
        /// The options.
        #[serde(default)]
        options: Vec<Choice>,
        /// Whether "other, namely …" may be chosen.
        #[serde(default)]
        other: bool,
    },
    /// Any number of choices from a list.
    Multiple {
        /// The options.
        #[serde(default)]
        options: Vec<Choice>,
        /// Whether "other, namely …" may be chosen.
        #[serde(default)]
        other: bool,
    },
    /// A position between two poles, answered for ● *Nu* (now) and ◆ *Doel* (the goal).
    Position {
        /// The left pole.
        left: Text,
        /// The right pole.
        right: Text,
    },
}

/// An option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// A stable identifier, unique within its question.
    pub id: String,
    /// The text of the option.
    pub label: Text,
}

/// The minutes a board takes for one question of each kind, in the order
/// of [`KIND_NAMES`]: an open question is talked through and written down,
/// a statement discussed and scored (faster when members scored alone
/// before), a choice ticked, a position marked twice.
pub const MINUTES_PER_KIND: [u32; 5] = [6, 2, 1, 1, 3];

/// The minutes for reading a theme's introduction together.
pub const MINUTES_PER_THEME: u32 = 2;

/// The short name of each question kind, in the order `check` reports them.
pub const KIND_NAMES: [&str; 5] = ["open", "scale", "single", "multiple", "position"];

impl QuestionKind {
    /// Returns the index of this kind in [`KIND_NAMES`].
    pub fn index(&self) -> usize {
        match self {
            QuestionKind::Open { .. } => 0,
            QuestionKind::Scale { .. } => 1,
            QuestionKind::Single { .. } => 2,
            QuestionKind::Multiple { .. } => 3,
            QuestionKind::Position { .. } => 4,
        }
    }
}

impl Question {
    /// Creates a question for every kind of network, without hints.
    pub fn new(id: impl Into<String>, prompt: Text, kind: QuestionKind) -> Question {
        Question {
            id: id.into(),
            prompt,
            kind,
            hint: Text::default(),
            evidence: Text::default(),
            kinds: Vec::new(),
            variants: Vec::new(),
        }
    }

    /// Tells whether this question is for a network of this kind.
    pub fn applies_to(&self, kind: NetworkKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }

    /// Returns the variant wording for this kind of network, if there is one.
    pub fn variant(&self, kind: NetworkKind) -> Option<&Variant> {
        self.variants.iter().find(|v| v.kinds.contains(&kind))
    }

    /// Returns the prompt as a network of this kind reads it.
    pub fn prompt_for(&self, kind: NetworkKind) -> &Text {
        self.variant(kind).map_or(&self.prompt, |v| &v.prompt)
    }

    /// Returns the hint as a network of this kind reads it: the variant's,
    /// else the question's own (for an open question, its kind's hint).
    pub fn hint_for(&self, kind: NetworkKind) -> &Text {
        if let Some(v) = self.variant(kind).filter(|v| !v.hint.is_empty()) {
            return &v.hint;
        }
        match &self.kind {
            QuestionKind::Open { hint } if self.hint.is_empty() => hint,
            _ => &self.hint,
        }
    }

    /// Tells whether the question has an evidence field ("Hoe weten jullie
    /// dit?"): statements and positions do.
    pub fn asks_evidence(&self) -> bool {
        matches!(
            self.kind,
            QuestionKind::Scale { .. } | QuestionKind::Position { .. }
        )
    }
}

impl Questionnaire {
    /// Returns every question with the theme it belongs to, in order.
    pub fn questions(&self) -> impl Iterator<Item = (&Theme, &Question)> {
        self.themes
            .iter()
            .flat_map(|t| t.questions.iter().map(move |q| (t, q)))
    }

    /// Finds a question by its id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.id == id)
    }

    /// Finds a scale by its id.
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// Counts the questions of each kind, in the order of [`KIND_NAMES`].
    pub fn kind_counts(&self) -> [usize; 5] {
        let mut counts = [0; 5];
        for (_, q) in self.questions() {
            counts[q.kind.index()] += 1;
        }
        counts
    }

    /// Returns the number of questions.
    pub fn question_count(&self) -> usize {
        self.themes.iter().map(|t| t.questions.len()).sum()
    }

    /// Returns the questions a network of this kind answers, with their themes.
    pub fn questions_for(&self, kind: NetworkKind) -> impl Iterator<Item = (&Theme, &Question)> {
        self.questions().filter(move |(_, q)| q.applies_to(kind))
    }

    /// Tells whether any question is only for some kinds or has another
    /// wording for some kinds.
    pub fn varies_by_kind(&self) -> bool {
        self.questions()
            .any(|(_, q)| !q.kinds.is_empty() || !q.variants.is_empty())
    }

    /// Estimates the minutes a board needs for the questions a network of
    /// this kind answers: [`MINUTES_PER_KIND`] per question and
    /// [`MINUTES_PER_THEME`] for reading each theme's introduction.
    pub fn estimated_minutes(&self, kind: NetworkKind) -> u32 {
        let themes = self
            .themes
            .iter()
            .filter(|t| t.questions.iter().any(|q| q.applies_to(kind)))
            .count() as u32;
        let questions: u32 = self
            .questions_for(kind)
            .map(|(_, q)| MINUTES_PER_KIND[q.kind.index()])
            .sum();
        themes * MINUTES_PER_THEME + questions
    }

    /// Summarises, per kind of network, how many questions it answers and
    /// the estimated minutes: the lines `check` prints after
    /// [`Questionnaire::summary`] when questions differ by kind.
    pub fn kind_summary(&self, lang: Lang) -> Vec<String> {
        NetworkKind::ALL
            .iter()
            .map(|&kind| {
                let n = self.questions_for(kind).count();
                let minutes = self.estimated_minutes(kind);
                let label = kind.label();
                match lang {
                    Lang::Nl => format!(
                        "  {}: {n} vragen, ongeveer {minutes} minuten",
                        label.get(lang)
                    ),
                    Lang::En => format!(
                        "  {}: {n} questions, about {minutes} minutes",
                        label.get(lang)
                    ),
                }
            })
            .collect()
    }

    /// Summarises the questionnaire in the one line that `check` prints,
    /// in Dutch or English.
    pub fn summary(&self, lang: Lang) -> String {
        let c = self.kind_counts();
        let (themes, questions) = (self.themes.len(), self.question_count());
        match lang {
            Lang::Nl => format!(
                "{themes} thema's, {questions} vragen (open {}, schaal {}, één antwoord {}, meer antwoorden {}, positie {})",
                c[0], c[1], c[2], c[3], c[4]
            ),
            Lang::En => format!(
                "{themes} themes, {questions} questions (open {}, scale {}, single {}, multiple {}, position {})",
                c[0], c[1], c[2], c[3], c[4]
            ),
        }
    }
}
