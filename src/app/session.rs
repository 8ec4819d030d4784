//! The open reflection and the state of saving it.

use std::path::PathBuf;
use std::sync::Arc;

use crate::app::workers::saver::Dirty;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{ActionPoint, Reflection};
use crate::report::Print;

/// The state of saving, shown quietly in the top bar.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Nothing has changed since opening.
    Idle,
    /// Changes wait to be saved.
    Pending,
    /// Saved at this local time.
    Saved(String),
    /// The last save failed; the notice says why.
    Failed,
}

/// The open reflection.
pub struct Session {
    /// The reflection being answered.
    pub reflection: Reflection,
    /// The file it was opened from, and is saved to (whatever its id says).
    pub path: PathBuf,
    /// Its questionnaire.
    pub questionnaire: Arc<Questionnaire>,
    /// The theme on screen.
    pub theme: usize,
    /// Whose answers are being edited: `None` for the board's agreed answers.
    pub respondent: Option<usize>,
    /// Unsaved changes.
    pub dirty: Dirty,
    /// The state of saving.
    pub status: SaveStatus,
    /// Whether the theme page should scroll back to the top.
    pub scroll_to_top: bool,
    /// The question (by id) the theme page should scroll to once, after a
    /// link on the overview.
    pub focus_question: Option<String>,
    /// Whether the overview shows the print choices first (it was opened
    /// to print).
    pub print_first: bool,
    /// The document to print and what goes in, as chosen on the overview.
    pub print: Print,
    /// The action point whose "what" field takes the keyboard focus when
    /// it is drawn next (one just added).
    pub focus_action: Option<String>,
    /// The action point removed last, and where it was, for an undo.
    pub removed_action: Option<(usize, ActionPoint)>,
    /// The members panel, removed members, and the passing of the laptop.
    pub members: crate::app::members::Members,
    /// The themes (by index) whose members' answers are shown (never saved).
    pub revealed: std::collections::BTreeSet<usize>,
}

impl Session {
    /// Opens a reflection, read from or saved to `path`, on its first
    /// theme, with the board's answers.
    pub fn new(
        reflection: Reflection,
        questionnaire: Arc<Questionnaire>,
        path: PathBuf,
        status: SaveStatus,
    ) -> Session {
        Session {
            reflection,
            path,
            questionnaire,
            theme: 0,
            respondent: None,
            dirty: Dirty::default(),
            status,
            scroll_to_top: true,
            focus_question: None,
            print_first: false,
            print: Print::new(crate::report::Document::Short),
            focus_action: None,
            removed_action: None,
            members: Default::default(),
            revealed: Default::default(),
        }
    }
}
