//! The diversity officer's review in the window: the state of an open
//! review (which page of it, the table's sort and filter, the feedback
//! being written), and the commands that change it. Reading the networks'
//! files and saving the officer's review file happen off the UI thread
//! ([`crate::app::workers::review`]); nothing is ever written where the
//! networks' files are.
//!
//! The screens are in [`crate::app::screens::review`]; this module decides
//! what they show.

mod apply;
mod feedback;
mod open;

use std::path::PathBuf;

use crate::app::SaveStatus;
use crate::app::workers::review::ReviewWorker;
use crate::app::workers::saver::Dirty;
use crate::review::Review;
use crate::review::feedback::{ReviewFile, ReviewFileError};
use crate::review::overview::{Filter, Overview, Sort, SortKey};

/// What the open review shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ReviewView {
    /// The table: one row per network and board year.
    #[default]
    Table,
    /// One network's reflection, read-only, with the officer's feedback
    /// beside it (a place in [`Review::entries`]).
    Network(usize),
    /// Two reflections side by side (places in [`Review::entries`]).
    Compare(usize, usize),
    /// What the networks ask of the institution.
    Asks,
    /// Every file that could not be read, and every duplicate.
    Problems,
}

/// Something the officer asks for in a review, applied after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewCommand {
    /// Ask the system for a folder of reflections to review.
    PickFolder,
    /// Ask the system for reflection files (several at once) to review.
    PickFiles,
    /// Review these folders and files: the review file with the same
    /// sources when there is one, else a new one.
    Open(Vec<PathBuf>),
    /// Open an earlier review from its file in the data folder, reading its
    /// sources again.
    Reopen(PathBuf),
    /// Add these folders and files (dropped on the window) to the open
    /// review and read it again.
    AddSources(Vec<PathBuf>),
    /// Read the open review's sources again.
    Reload,
    /// Show a page of the open review.
    Show(ReviewView),
    /// Show this theme (an index in the network's questionnaire) of the
    /// network on screen.
    NetworkTheme(usize),
    /// Sort the table by this key; the same key again reverses the order.
    SortBy(SortKey),
    /// Show the rows that pass this filter.
    SetFilter(Filter),
    /// Set the officer's feedback for a network's key: on the reflection as
    /// a whole (`theme` is `None`) or on one theme (by id).
    SetFeedback {
        /// The network's key ([`crate::review::ReviewEntry::key`]).
        key: String,
        /// The theme's id, or `None` for the general feedback.
        theme: Option<String>,
        /// The whole new text.
        text: String,
    },
    /// Set the review's own name.
    SetTitle(String),
    /// Close the field for typing paths when no dialog can be shown.
    ClosePathField,
    /// Open the field for typing paths (no dialog could be shown).
    ShowPathField,
    /// Count the newest reflection of each network on *Wat netwerken
    /// vragen* (`None`), or those of one board year.
    AsksYear(Option<String>),
}

/// An open review.
pub struct ReviewState {
    /// The officer's review file: its sources and the feedback.
    pub file: ReviewFile,
    /// The reflections, read-only.
    pub review: Review,
    /// The table of the review.
    pub overview: Overview,
    /// The page on screen.
    pub view: ReviewView,
    /// The theme shown of the network on screen.
    pub theme: usize,
    /// Which rows the table shows.
    pub filter: Filter,
    /// How the table is sorted.
    pub sort: Sort,
    /// The rows on screen, as places in [`Overview::rows`], filtered and
    /// sorted.
    pub rows: Vec<usize>,
    /// Feedback not yet on disk.
    pub dirty: Dirty,
    /// The state of saving the review file.
    pub status: SaveStatus,
    /// Whether the page on screen should scroll back to the top.
    pub scroll_to_top: bool,
    /// How long reading the files took, in milliseconds.
    pub read_ms: u128,
    /// The board year that *Wat netwerken vragen* counts, or `None` for
    /// the newest reflection of each network.
    pub asks_year: Option<String>,
}

impl ReviewState {
    /// Builds the state of a review that was just read, on its table.
    pub fn new(file: ReviewFile, review: Review, overview: Overview) -> ReviewState {
        let mut s = ReviewState {
            file,
            review,
            overview,
            view: ReviewView::Table,
            theme: 0,
            filter: Filter::default(),
            sort: Sort::default(),
            rows: Vec::new(),
            dirty: Dirty::default(),
            status: SaveStatus::Idle,
            scroll_to_top: true,
            read_ms: 0,
            asks_year: None,
        };
        s.refresh_rows();
        s
    }

    /// Returns a number that differs for every page of the review (and
    /// every theme of a network), so that a new one starts with the
    /// keyboard focus on its first control.
    pub fn view_key(&self) -> usize {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.view.hash(&mut h);
        if matches!(self.view, ReviewView::Network(_)) {
            self.theme.hash(&mut h);
        }
        h.finish() as usize
    }

    /// Sorts and filters the table's rows again.
    pub fn refresh_rows(&mut self) {
        self.rows = self.overview.view(&self.filter, self.sort);
    }

    /// Returns the place in [`Overview::rows`] of an entry's row.
    pub fn row_of(&self, entry: usize) -> Option<usize> {
        self.overview.rows.iter().position(|r| r.entry == entry)
    }

    /// Returns the entries before and after this one in the table's order
    /// (as filtered and sorted), for *Vorige* and *Volgende*.
    pub fn neighbours(&self, entry: usize) -> (Option<usize>, Option<usize>) {
        let order: Vec<usize> = self
            .rows
            .iter()
            .map(|&r| self.overview.rows[r].entry)
            .collect();
        match order.iter().position(|&e| e == entry) {
            Some(i) => (
                i.checked_sub(1).map(|j| order[j]),
                order.get(i + 1).copied(),
            ),
            None => (None, None),
        }
    }

    /// Returns whether the officer wrote feedback for an entry.
    pub fn has_feedback(&self, entry: usize) -> bool {
        self.review
            .entries
            .get(entry)
            .is_some_and(|e| self.file.feedback_for(&e.key()).is_some())
    }

    /// Returns whether an entry answers another version of its
    /// questionnaire than the one the program read it with.
    pub fn other_version(&self, entry: usize) -> Option<(&str, &str)> {
        let e = self.review.entries.get(entry)?;
        let q = e.questionnaire.as_deref()?;
        let wanted = e.reflection.questionnaire.version.as_str();
        (wanted != q.version).then_some((wanted, q.version.as_str()))
    }
}

/// Everything of the review in the program: the open one, the one being
/// read, the earlier ones to reopen, and the workers.
#[derive(Default)]
pub struct Reviews {
    /// The open review, if any.
    pub open: Option<ReviewState>,
    /// The sources being read, while a review is being read.
    pub loading: Option<Vec<PathBuf>>,
    /// The earlier reviews in the data folder, newest first, or why one
    /// cannot be read.
    pub list: Vec<Result<(PathBuf, ReviewFile), ReviewFileError>>,
    /// The text of the field for typing paths, when no dialog could be
    /// shown.
    pub path_field: Option<String>,
    /// The worker threads.
    pub(crate) worker: ReviewWorker,
}

impl Reviews {
    /// Returns whether feedback is not yet on disk.
    pub fn has_unsaved(&self) -> bool {
        self.worker.is_saving() || self.open.as_ref().is_some_and(|s| s.dirty.is_dirty())
    }

    /// Returns whether a reading or saving thread still runs (it wakes the
    /// window once more before it ends).
    pub fn has_threads(&mut self) -> bool {
        self.worker.has_threads()
    }
}
