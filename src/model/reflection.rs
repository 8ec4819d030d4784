//! The reflection: one network's answers to one questionnaire, with the
//! board's agreed answers, notes per theme and action points.
//!
//! Answers are keyed by question id. Answers whose question a newer
//! questionnaire no longer has are kept and reported, never dropped.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Text;
use crate::model::questionnaire::Questionnaire;
pub use crate::model::share::SharedCopy;

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
    /// The previous board's action points as this board found them when it
    /// started its year (each with its `origin`), with the `outcome` this
    /// board records: what became of them. The previous file is never
    /// changed; see [`crate::model::continuity`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_actions: Vec<ActionPoint>,
    /// The letter to the next board: a shared note the board writes at the
    /// end for its successors, shown first to them. Printed and shared like
    /// the notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub letter: String,
    /// What the board chose to share with the diversity officer.
    #[serde(default)]
    pub sharing: Sharing,
    /// Set only in a copy shared with the diversity officer (see
    /// [`crate::model::share`]): when it was shared. A board's own file
    /// has none, and does not write the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<SharedCopy>,
    /// The id of the session route the board follows (see
    /// [`crate::model::route`]), or none for the whole questionnaire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
    /// The tallies of the member poll (see [`crate::model::poll`]), if the
    /// board entered any; they are not private and go along when shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll: Option<crate::model::poll::PollTally>,
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

pub use crate::model::action::{ActionPoint, ActionStatus, Origin, Outcome, OutcomeResult};
pub use crate::model::answer::{Answer, Decision, Entry, ScaleAnswer, Unreadable};

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
            previous_actions: Vec::new(),
            letter: String::new(),
            sharing: Sharing::default(),
            shared: None,
            route: None,
            poll: None,
            created: now.clone(),
            updated: now,
        }
    }

    /// Counts the agreed answers to questions that the questionnaire has
    /// for the network's kind. An answer that cannot be shown (see [`Answer::check`]) does not count.
    pub fn answered_count(&self, questionnaire: &Questionnaire) -> usize {
        questionnaire
            .questions()
            // only the questions for the network's kind count
            .filter(|(_, q)| q.applies_to(self.profile.kind))
            .filter(|(_, q)| {
                self.agreed
                    .get(&q.id)
                    .is_some_and(|e| e.answers(q, questionnaire))
            })
            .count()
    }

    /// Counts the questions of the questionnaire for the network's kind
    /// that the board handled: answered or skipped on purpose (see [`Entry::is_handled`]).
    pub fn handled_count(&self, questionnaire: &Questionnaire) -> usize {
        questionnaire
            .questions()
            // only the questions for the network's kind count
            .filter(|(_, q)| q.applies_to(self.profile.kind))
            .filter(|(_, q)| {
                self.agreed
                    .get(&q.id)
                    .is_some_and(|e| e.is_handled(q, questionnaire))
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
