//! Opening a review: the dialogs for a folder or several files, the path
//! field where no dialog can be shown, files dropped on the window, the
//! earlier reviews on the home page, and the read that runs off the UI
//! thread.

use std::path::{Path, PathBuf};

use super::{ReviewCommand, ReviewState, ReviewView};
use crate::app::workers::dialogs::{Answer, Purpose, Request};
use crate::app::{Command, Notice, Page, ReflectieApp, SaveStatus, t};
use crate::review::feedback::{ReviewFile, list_review_files, read_review_file};

impl ReflectieApp {
    /// Opens the system's dialog for a folder (`folder`) or for several
    /// reflection files to review.
    pub(crate) fn pick_review(&mut self, ctx: &egui::Context, folder: bool) {
        let lang = self.lang();
        let request = Request {
            purpose: if folder {
                Purpose::ReviewFolder
            } else {
                Purpose::ReviewFiles
            },
            title: if folder {
                t(
                    lang,
                    "Map met reflecties kiezen (alleen lezen)",
                    "Choose a folder of reflections (read-only)",
                )
            } else {
                t(
                    lang,
                    "Reflectiebestanden kiezen (alleen lezen)",
                    "Choose reflection files (read-only)",
                )
            }
            .into(),
            save: false,
            filter_name: t(lang, "Reflectie (.ron)", "Reflection (.ron)").into(),
            extensions: vec!["ron".into()],
            directory: None,
            file_name: None,
        };
        self.open_dialog(ctx, request);
    }

    /// Applies the answer of a dialog for a review: reads what was chosen;
    /// offers the path field where no dialog could be shown.
    pub(crate) fn finish_review_dialog(&mut self, ctx: &egui::Context, answer: Answer) {
        match answer {
            Answer::Chosen(path) => self.open_review(ctx, vec![path]),
            Answer::ChosenMany(paths) if !paths.is_empty() => self.open_review(ctx, paths),
            Answer::ChosenMany(_) | Answer::Cancelled => {}
            Answer::Unavailable => {
                self.reviews.path_field.get_or_insert_with(String::new);
            }
        }
    }

    /// Reviews these folders and files: reopens the earlier review of the
    /// same sources, if there is one, else starts a new one. Nothing is
    /// written where the sources are.
    pub(crate) fn open_review(&mut self, ctx: &egui::Context, sources: Vec<PathBuf>) {
        let sources: Vec<PathBuf> = sources
            .into_iter()
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        if sources.is_empty() {
            return;
        }
        self.reviews.path_field = None;
        let wanted = canonical_set(&sources);
        let earlier = self
            .reviews
            .list
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .find(|(_, f)| canonical_set(&f.sources) == wanted)
            .map(|(p, f)| (p.clone(), f.clone()));
        let (file, path) = match earlier {
            Some((p, f)) => (f, Some(p)),
            None => (ReviewFile::new(&review_title(&sources), sources), None),
        };
        self.start_reading(ctx, file, path);
    }

    /// Reopens an earlier review from its file, reading its sources again.
    pub(crate) fn reopen_review(&mut self, ctx: &egui::Context, path: &Path) {
        match read_review_file(path) {
            Ok(file) => self.start_reading(ctx, file, Some(path.to_owned())),
            Err(e) => self.notices.push(Notice::error(
                e.describe(crate::Lang::Nl),
                e.describe(crate::Lang::En),
            )),
        }
    }

    /// Adds folders and files to the open review (or opens a review of
    /// them) and reads it again.
    pub(crate) fn add_review_sources(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        let Some(open) = &self.reviews.open else {
            self.open_review(ctx, paths);
            return;
        };
        let mut file = open.file.clone();
        let have = canonical_set(&file.sources);
        for p in paths {
            if !have.contains(&canonical(&p)) {
                file.sources.push(p);
            }
        }
        let path = self.review_path(&file);
        self.flush_review();
        self.start_reading(ctx, file, path);
    }

    /// Reads the open review's sources again.
    pub(crate) fn reload_review(&mut self, ctx: &egui::Context) {
        let Some(open) = &self.reviews.open else {
            return;
        };
        let file = open.file.clone();
        let path = self.review_path(&file);
        self.flush_review();
        self.start_reading(ctx, file, path);
    }

    fn review_path(&self, file: &ReviewFile) -> Option<PathBuf> {
        self.store
            .as_ref()
            .map(|s| file.path_in(s.dir()))
            .filter(|p| p.exists())
    }

    fn start_reading(&mut self, ctx: &egui::Context, file: ReviewFile, path: Option<PathBuf>) {
        self.reviews.loading = Some(file.sources.clone());
        self.page = Page::Review;
        let wake = ctx.clone();
        self.reviews
            .worker
            .load(file, path, self.questionnaires.clone(), move || {
                wake.request_repaint()
            });
    }

    /// Takes a review that was read off the UI thread, keeping the page,
    /// sort and filter when it is the review already open (read again).
    pub(crate) fn poll_review(&mut self, ctx: &egui::Context) {
        let Some(loaded) = self.reviews.worker.poll_loaded() else {
            return;
        };
        self.reviews.loading = None;
        let mut state = ReviewState::new(loaded.file, loaded.review, loaded.overview);
        state.read_ms = loaded.took.as_millis();
        if let Some(old) = self.reviews.open.take()
            && old.file.id == state.file.id
        {
            state.filter = old.filter;
            state.sort = old.sort;
            state.theme = old.theme;
            state.view = match old.view {
                ReviewView::Network(i) if i >= state.review.entries.len() => ReviewView::Table,
                ReviewView::Compare(a, b) if a.max(b) >= state.review.entries.len() => {
                    ReviewView::Table
                }
                v => v,
            };
            state.refresh_rows();
        }
        let new = loaded.path.is_none();
        self.reviews.open = Some(state);
        if new {
            // listed on the home page from now on, feedback or not
            self.save_review_now(ctx);
        }
        ctx.request_repaint();
    }

    /// Closes the open review (its feedback saved first) and reads the
    /// list of earlier reviews again.
    pub(crate) fn close_review(&mut self) {
        self.flush_review();
        self.reviews.open = None;
        self.reviews.loading = None;
        self.reviews.worker.cancel_load();
        self.refresh_reviews();
    }

    /// Reads the list of earlier reviews in the data folder again.
    pub(crate) fn refresh_reviews(&mut self) {
        self.reviews.list = match &self.store {
            Some(store) => list_review_files(store.dir()),
            None => Vec::new(),
        };
    }

    /// Opens a review of the files and folders dropped on the window (on
    /// the home page), or adds them to the open review.
    pub(crate) fn handle_drops(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if dropped.is_empty() {
            return;
        }
        match self.page {
            Page::Review if self.reviews.open.is_some() => {
                self.push(Command::Review(ReviewCommand::AddSources(dropped)))
            }
            Page::Home | Page::Review => {
                self.push(Command::Review(ReviewCommand::Open(dropped)))
            }
            _ => self.notices.push(Notice::info(
                "Bestanden die op het venster worden losgelaten, opent het programma als review op de startpagina. Ga eerst terug naar de reflecties.".into(),
                "Files dropped on the window open as a review on the home page. Go back to the reflections first.".into(),
            )),
        }
    }

    /// Marks the review file as saved when the last save of it is done.
    pub(crate) fn saved_status(&mut self) {
        if let Some(s) = &mut self.reviews.open
            && !s.dirty.is_dirty()
        {
            s.status = SaveStatus::Saved(crate::app::clock_now());
        }
    }
}

fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_owned())
}

fn canonical_set(paths: &[PathBuf]) -> std::collections::BTreeSet<PathBuf> {
    paths.iter().map(|p| canonical(p)).collect()
}

/// Names a new review after what it reads: the folder's name, or the
/// folder the files are in.
fn review_title(sources: &[PathBuf]) -> String {
    let first = &sources[0];
    let named = if first.is_dir() {
        Some(first.as_path())
    } else {
        first.parent()
    };
    let name = named
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "review".to_owned());
    if sources.len() > 1 {
        format!("{name} (+{})", sources.len() - 1)
    } else {
        name
    }
}
