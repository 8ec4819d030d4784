//! Action points: what the board will do, how far it got, what became of it
//! and where it came from.

use serde::{Deserialize, Serialize};

use crate::lang::Text;

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
