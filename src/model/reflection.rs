//! The reflection: one network's answers to one questionnaire, with the
//! board's agreed answers, notes per theme and action points.
//!
//! Answers are keyed by question id. Answers whose question a newer
//! questionnaire no longer has are kept and reported, never dropped.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Text;
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};

/// The format version that this program writes. `FORMAT.md` documents it;
/// [`crate::format::migrate`] reads the older ones.
pub const FORMAT_VERSION: u32 = 2;

/// The option id that stands for "other, namely …".
pub const OTHER: &str = "other";

/// One network's reflection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reflection {
    /// The version of the file format; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// A stable identifier of this reflection; new files are named after it,
    /// but a file is always found by its path, never by this id.
    pub id: String,
    /// A stable identifier of the network, the same in every board year.
    #[serde(default)]
    pub network_id: String,
    /// The reflection of the previous board that this one continues, if any.
    #[serde(default)]
    pub continues: Option<Continues>,
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
    /// Shared notes per theme, by theme id: printed and shared.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// Private notes per theme, by theme id: they never leave this machine
    /// (no PDF, no CSV, no shared copy holds them).
    #[serde(default)]
    pub private_notes: BTreeMap<String, String>,
    /// The action points.
    #[serde(default)]
    pub actions: Vec<ActionPoint>,
    /// What the board chose to share with the diversity officer.
    #[serde(default)]
    pub sharing: Sharing,
    /// When the reflection was created (RFC 3339, UTC).
    pub created: String,
    /// When the reflection last changed (RFC 3339, UTC).
    pub updated: String,
}

/// The reflection that this one continues: the previous board's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Continues {
    /// The previous reflection's id.
    pub id: String,
    /// Its board year, such as "2025-2026", to show without opening it.
    #[serde(default)]
    pub board_year: String,
}

/// What the board chose to share with the diversity officer. Private notes
/// are never shared, whatever this says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    /// Whether the shared notes per theme go along.
    #[serde(default = "yes")]
    pub notes: bool,
    /// Whether the action points go along.
    #[serde(default = "yes")]
    pub actions: bool,
    /// Whether the reasons and dissent notes of agreed answers go along.
    #[serde(default = "yes")]
    pub reasons: bool,
    /// How the members' own scores go along.
    #[serde(default)]
    pub members: MemberSharing,
}

fn yes() -> bool {
    true
}

impl Default for Sharing {
    fn default() -> Sharing {
        Sharing {
            notes: true,
            actions: true,
            reasons: true,
            members: MemberSharing::default(),
        }
    }
}

/// How the members' own scores are shared.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MemberSharing {
    /// Not at all: only the board's agreed answers.
    #[default]
    Omit,
    /// Their scores without their labels.
    Anonymous,
    /// Their scores with the labels they chose.
    ByLabel,
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
    pub fn label(self) -> Text {
        let (nl, en) = match self {
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
        };
        Text::new(nl, en)
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
    /// How the board reached the agreed answer, once it did.
    #[serde(default)]
    pub decided: Option<Decision>,
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
            (Answer::Scale(a), QuestionKind::Scale { scale }) => {
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
    /// What became of it, as the next board records it.
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// Where it came from, when it was carried over from another reflection.
    #[serde(default)]
    pub origin: Option<Origin>,
}

/// What became of an action point, looking back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// How it ended.
    pub result: OutcomeResult,
    /// A line of why.
    #[serde(default)]
    pub why: String,
}

/// How an action point ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutcomeResult {
    /// It was done.
    Done,
    /// Part of it was done.
    Partly,
    /// It was dropped.
    Dropped,
    /// It is still open.
    #[default]
    StillOpen,
}

/// Where an action point came from: an action of another reflection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The id of the reflection it came from.
    pub reflection: String,
    /// The id of the action point there.
    pub action: String,
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
    pub fn label(self) -> Text {
        let (nl, en) = match self {
            ActionStatus::Open => ("Nog niet begonnen", "Not started"),
            ActionStatus::Busy => ("Bezig", "In progress"),
            ActionStatus::Done => ("Klaar", "Done"),
            ActionStatus::Dropped => ("Vervallen", "Dropped"),
        };
        Text::new(nl, en)
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

/// Turns a name into a short, file-safe slug: at most 32 characters of
/// `a-z`, `0-9` and `-`. Letters are transliterated first (Ü → u, Ł → l,
/// ş → s, é → e), so that a name keeps its letters.
pub fn slug(name: &str) -> String {
    const MAX: usize = 32;
    let mut out = String::new();
    'all: for c in name.chars() {
        let ascii = if c.is_ascii() {
            None
        } else {
            deunicode::deunicode_char(c)
        };
        let mut one = [0u8; 4];
        let spelled: &str = match ascii {
            Some(s) => s,
            None => c.encode_utf8(&mut one),
        };
        for c in spelled.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
            if out.len() >= MAX {
                break 'all;
            }
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
            network_id: new_id(&profile.name),
            continues: None,
            profile,
            questionnaire: QuestionnaireRef {
                id: questionnaire.id.clone(),
                version: questionnaire.version.clone(),
            },
            respondents: Vec::new(),
            agreed: BTreeMap::new(),
            notes: BTreeMap::new(),
            private_notes: BTreeMap::new(),
            actions: Vec::new(),
            sharing: Sharing::default(),
            created: now.clone(),
            updated: now,
        }
    }

    /// Counts the agreed answers to questions that the questionnaire has.
    /// An answer that cannot be shown (see [`Answer::check`]) does not count.
    pub fn answered_count(&self, questionnaire: &Questionnaire) -> usize {
        questionnaire
            .questions()
            .filter(|(_, q)| {
                self.agreed.get(&q.id).is_some_and(|e| {
                    e.is_answered()
                        && e.answer
                            .as_ref()
                            .is_some_and(|a| a.is_readable(q, questionnaire))
                })
            })
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
