//! The open reflection and the state of saving it.

use std::path::PathBuf;
use std::sync::Arc;

use crate::app::workers::saver::Dirty;
use crate::model::continuity::{CarryOver, History, carry_over};
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{ActionPoint, Entry, Reflection};
use crate::model::route::Route;
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
    /// Its questionnaire as the board walks it: the whole one, or only
    /// what the chosen route covers (see [`Session::set_route`]).
    pub questionnaire: Arc<Questionnaire>,
    /// The whole questionnaire, whatever the route.
    pub full_questionnaire: Arc<Questionnaire>,
    /// The whole questionnaire as this kind of network reads it, whatever
    /// the route: what a route's questions and left-out questions are
    /// counted against.
    pub kind_questionnaire: Arc<Questionnaire>,
    /// The routes the board can choose for this questionnaire.
    pub routes: Vec<Route>,
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
    /// The network's earlier board years, read when the reflection was
    /// opened (empty when it continues none), and the link that broke.
    pub history: History,
    /// What carries over from last year's questionnaire to this one.
    pub carry: CarryOver,
    /// The newer version of its questionnaire that the reflection can be
    /// moved to, if there is one.
    pub newer: Option<Arc<Questionnaire>>,
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
        let mut session = Session {
            reflection,
            path,
            full_questionnaire: questionnaire.clone(),
            kind_questionnaire: questionnaire.clone(),
            questionnaire,
            routes: Vec::new(),
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
            history: History::default(),
            carry: CarryOver::default(),
            newer: None,
        };
        session.walk_route();
        session
    }

    /// Sets the network's earlier years and works out what carries over
    /// from last year's questionnaire.
    pub fn set_history(&mut self, history: History) {
        self.carry = match history.last_year() {
            Some(y) => carry_over(
                &y.reflection,
                y.questionnaire.as_deref(),
                &self.full_questionnaire,
            ),
            None => CarryOver::default(),
        };
        self.history = history;
    }

    /// Returns last year's agreed answers, if last year was found.
    pub fn last_answers(&self) -> Option<&std::collections::BTreeMap<String, Entry>> {
        self.history.last_year().map(|y| &y.reflection.agreed)
    }

    /// Returns last year's board year, as found or as the link says.
    pub fn last_board_year(&self) -> Option<String> {
        match self.history.last_year() {
            Some(y) => Some(y.reflection.profile.board_year.clone()),
            None => self
                .reflection
                .continues
                .as_ref()
                .map(|c| c.board_year.clone()),
        }
    }

    /// Offers these routes and walks the one the reflection names, if it
    /// is among them (else the whole questionnaire, and the name is kept).
    pub fn set_routes(&mut self, routes: Vec<Route>) {
        self.routes = routes;
        self.walk_route();
    }

    /// Follows the route with this id, or the whole questionnaire for
    /// `None`; starts again at the first theme. Returns whether the
    /// reflection changed (it records the route).
    pub fn set_route(&mut self, id: Option<String>) -> bool {
        let id = id.filter(|id| self.routes.iter().any(|r| &r.id == id));
        let changed = self.reflection.route != id;
        self.reflection.route = id;
        self.walk_route();
        self.theme = 0;
        self.scroll_to_top = true;
        // the themes are counted anew along the route
        self.revealed.clear();
        changed
    }

    /// Returns the route being followed, if any.
    pub fn route(&self) -> Option<&Route> {
        let id = self.reflection.route.as_deref()?;
        self.routes.iter().find(|r| r.id == id)
    }

    /// Walks the questionnaire anew, after the route or the kind of network
    /// changed: only what applies to the network, along its route.
    pub fn walk_route(&mut self) {
        self.kind_questionnaire = Arc::new(
            self.full_questionnaire
                .for_kind(self.reflection.profile.kind),
        );
        self.questionnaire = match self.route() {
            Some(route) => Arc::new(route.apply(&self.kind_questionnaire)),
            None => self.kind_questionnaire.clone(),
        };
        if self.theme >= self.questionnaire.themes.len() {
            self.theme = 0;
        }
    }
}
