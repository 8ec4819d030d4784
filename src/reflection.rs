//! The reflection: one network's answers to one questionnaire, with the
//! board's agreed answers, notes per theme and action points.
//!
//! Answers are keyed by question id. Answers whose question a newer
//! questionnaire no longer has are kept and reported, never dropped.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::questionnaire::{Question, QuestionKind, Questionnaire};

/// The format version that this program writes.
pub const FORMAT_VERSION: u32 = 1;

/// The option id that stands for "other, namely …".
pub const OTHER: &str = "other";

/// One network's reflection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reflection {
    /// The version of the file format; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// A stable identifier, also the file name without `.ron`.
    pub id: String,
    /// Who the network is.
    pub profile: NetworkProfile,
    /// The questionnaire the reflection answers.
    pub questionnaire: QuestionnaireRef,
    /// The people who score on their own; the board's shared answers are in `agreed`.
    #[serde(default)]
    pub respondents: Vec<Respondent>,
    /// The board's agreed answers, by question id.
    #[serde(default)]
    pub agreed: BTreeMap<String, Entry>,
    /// Notes per theme, by theme id.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// The action points.
    #[serde(default)]
    pub actions: Vec<ActionPoint>,
    /// When the reflection was created (RFC 3339, UTC).
    pub created: String,
    /// When the reflection last changed (RFC 3339, UTC).
    pub updated: String,
}

/// Who the network is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkProfile {
    /// The network's name.
    pub name: String,
    /// What kind of network it is.
    #[serde(default)]
    pub kind: NetworkKind,
    /// The university, hogeschool, municipality or employer it belongs to.
    #[serde(default)]
    pub institution: String,
    /// The city.
    #[serde(default)]
    pub city: String,
    /// The identity dimensions the network centres, in the board's own words.
    #[serde(default)]
    pub dimensions: Vec<String>,
    /// The number of members, if known.
    #[serde(default)]
    pub size: Option<u32>,
    /// The board year, such as "2026-2027".
    #[serde(default)]
    pub board_year: String,
}

/// The kind of identity network.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum NetworkKind {
    /// A student association, for example for students with a migration background.
    #[default]
    StudentAssociation,
    /// A women's network.
    Women,
    /// A Pride or LGBTIQ+ network.
    Pride,
    /// A network of people with a disability or chronic illness.
    Disability,
    /// An employee network (ERG) of a company or public body.
    Employee,
    /// A club for first-generation students.
    FirstGeneration,
    /// Any other kind.
    Other,
}

impl NetworkKind {
    /// Lists every kind, in the order the form shows them.
    pub const ALL: [NetworkKind; 7] = [
        NetworkKind::StudentAssociation,
        NetworkKind::Women,
        NetworkKind::Pride,
        NetworkKind::Disability,
        NetworkKind::Employee,
        NetworkKind::FirstGeneration,
        NetworkKind::Other,
    ];

    /// Returns the name of the kind in Dutch and English.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            NetworkKind::StudentAssociation => ("Studentenvereniging", "Student association"),
            NetworkKind::Women => ("Vrouwennetwerk", "Women's network"),
            NetworkKind::Pride => ("Pride- of lhbtiq+-netwerk", "Pride or LGBTIQ+ network"),
            NetworkKind::Disability => (
                "Netwerk voor mensen met een beperking",
                "Disability network",
            ),
            NetworkKind::Employee => ("Medewerkersnetwerk", "Employee network"),
            NetworkKind::FirstGeneration => (
                "Netwerk van eerstegeneratiestudenten",
                "First-generation students' network",
            ),
            NetworkKind::Other => ("Ander netwerk", "Other network"),
        }
    }
}

/// Which questionnaire, and which version of it, a reflection answers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    /// The questionnaire's id.
    pub id: String,
    /// The questionnaire's version when the reflection was last saved.
    pub version: String,
}

/// A person who scores on their own, identified by a label they choose.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Respondent {
    /// A stable identifier within the reflection.
    pub id: String,
    /// A name or role, such as "Voorzitter"; no full name is needed.
    pub label: String,
    /// This person's answers, by question id.
    #[serde(default)]
    pub answers: BTreeMap<String, Entry>,
}

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
}

impl Entry {
    /// Returns whether the entry holds anything worth keeping.
    pub fn is_empty(&self) -> bool {
        self.answer.as_ref().is_none_or(Answer::is_empty)
            && !self.discuss_later
            && !self.skipped
            && self.rationale.is_empty()
            && self.dissent.is_empty()
    }

    /// Returns whether the question counts as answered.
    pub fn is_answered(&self) -> bool {
        self.answer.as_ref().is_some_and(|a| !a.is_empty())
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

/// An action point: what, who, by when, and how far it got.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ActionPoint {
    /// A stable identifier within the reflection.
    pub id: String,
    /// The theme it came from, if any.
    #[serde(default)]
    pub theme: Option<String>,
    /// What will be done.
    pub what: String,
    /// Who does it.
    #[serde(default)]
    pub who: String,
    /// By when, in the board's own words or as a date.
    #[serde(default)]
    pub due: String,
    /// How far it got.
    #[serde(default)]
    pub status: ActionStatus,
}

/// How far an action point got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionStatus {
    /// Not started.
    #[default]
    Open,
    /// Being worked on.
    Busy,
    /// Done.
    Done,
    /// Dropped on purpose.
    Dropped,
}

impl ActionStatus {
    /// Lists every status, in order.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::Busy,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// Returns the status in Dutch and English.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            ActionStatus::Open => ("Nog niet begonnen", "Not started"),
            ActionStatus::Busy => ("Bezig", "In progress"),
            ActionStatus::Done => ("Klaar", "Done"),
            ActionStatus::Dropped => ("Vervallen", "Dropped"),
        }
    }
}

/// Returns the current time as RFC 3339 in UTC, to the second.
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .unwrap_or(jiff::Timestamp::now())
        .to_string()
}

/// Makes an identifier that is unique on this machine: a time stamp plus a
/// few characters that differ between processes and calls.
pub fn new_id(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mix = (nanos as u64) ^ ((std::process::id() as u64) << 32) ^ ((n as u64) << 48);
    let slug = slug(prefix);
    format!("{slug}-{:x}", mix & 0xffff_ffff_ffff)
}

/// Turns a name into a short, file-safe slug of lowercase letters and digits.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 32 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "reflectie".to_owned()
    } else {
        out
    }
}

impl Reflection {
    /// Creates an empty reflection of a network on a questionnaire.
    pub fn new(profile: NetworkProfile, questionnaire: &Questionnaire) -> Reflection {
        let now = now_rfc3339();
        Reflection {
            format_version: FORMAT_VERSION,
            id: new_id(&profile.name),
            profile,
            questionnaire: QuestionnaireRef {
                id: questionnaire.id.clone(),
                version: questionnaire.version.clone(),
            },
            respondents: Vec::new(),
            agreed: BTreeMap::new(),
            notes: BTreeMap::new(),
            actions: Vec::new(),
            created: now.clone(),
            updated: now,
        }
    }

    /// Counts the agreed answers to questions that the questionnaire has.
    pub fn answered_count(&self, questionnaire: &Questionnaire) -> usize {
        questionnaire
            .questions()
            .filter(|(_, q)| self.agreed.get(&q.id).is_some_and(Entry::is_answered))
            .count()
    }

    /// Counts the agreed answers that say something, whatever the questionnaire.
    pub fn answered_any(&self) -> usize {
        self.agreed.values().filter(|e| e.is_answered()).count()
    }

    /// Lists the question ids that hold answers (agreed or of any respondent)
    /// but that the questionnaire no longer has. They are kept, not dropped.
    pub fn orphaned(&self, questionnaire: &Questionnaire) -> Vec<String> {
        let mut ids: Vec<String> = self
            .agreed
            .keys()
            .chain(self.respondents.iter().flat_map(|r| r.answers.keys()))
            .filter(|id| questionnaire.question(id).is_none())
            .cloned()
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Marks the reflection as changed now.
    pub fn touch(&mut self) {
        self.updated = now_rfc3339();
    }
}

/// Shows an RFC 3339 time stamp as local date and time, `2026-11-24 21:57`;
/// returns the text unchanged when it is not a time stamp.
pub fn local_time(stamp: &str) -> String {
    match stamp.parse::<jiff::Timestamp>() {
        Ok(t) => t
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
        Err(_) => stamp.to_owned(),
    }
}
