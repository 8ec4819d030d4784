//! The officer's feedback: kept in the review file in the officer's own
//! data folder (never in a network's file), saved within a second of the
//! last keystroke, off the UI thread.

use std::time::Instant;

use crate::app::{Notice, ReflectieApp, SaveStatus};
use crate::review::feedback::{Feedback, save_review_file};

impl ReflectieApp {
    /// Sets the feedback of a network's key (general, or for one theme);
    /// an emptied text is removed, and a network without feedback drops out
    /// of the file.
    pub(crate) fn set_feedback(&mut self, key: &str, theme: Option<&str>, text: String) {
        let Some(s) = &mut self.reviews.open else {
            return;
        };
        let entry = s.review.entries.iter().find(|e| e.key() == key);
        let (network, year) = entry
            .map(|e| (e.name(), e.board_year().to_owned()))
            .unwrap_or_default();
        let f = s
            .file
            .feedback
            .entry(key.to_owned())
            .or_insert_with(|| Feedback {
                network: network.clone(),
                board_year: year.clone(),
                ..Feedback::default()
            });
        if !network.is_empty() {
            f.network = network;
            f.board_year = year;
        }
        match theme {
            None => f.general = text,
            Some(id) if text.is_empty() => {
                f.themes.remove(id);
            }
            Some(id) => {
                f.themes.insert(id.to_owned(), text);
            }
        }
        if f.is_empty() {
            s.file.feedback.remove(key);
        }
        s.file.touch();
        s.dirty.mark(Instant::now());
        s.status = SaveStatus::Pending;
    }

    /// Sets the review's own name.
    pub(crate) fn set_review_title(&mut self, title: String) {
        let Some(s) = &mut self.reviews.open else {
            return;
        };
        let title = title.trim().to_owned();
        if title.is_empty() || title == s.file.title {
            return;
        }
        s.file.title = title;
        s.file.touch();
        s.dirty.mark(Instant::now());
        s.status = SaveStatus::Pending;
    }

    /// Starts saving the open review file now.
    pub(crate) fn save_review_now(&mut self, ctx: &egui::Context) {
        let (Some(store), Some(s)) = (&self.store, &mut self.reviews.open) else {
            return;
        };
        let wake = ctx.clone();
        if self
            .reviews
            .worker
            .save(store.dir().to_owned(), s.file.clone(), move || {
                wake.request_repaint()
            })
        {
            s.dirty.clear();
            if s.status != SaveStatus::Failed {
                s.status = SaveStatus::Pending;
            }
        } else {
            // a save is under way: this one follows it
            s.dirty.mark(Instant::now());
        }
    }

    /// Does the review's per-frame work: a review that was read, a save
    /// that finished, and starting a save when feedback has waited long
    /// enough.
    pub(crate) fn tick_review(&mut self, ctx: &egui::Context) {
        self.poll_review(ctx);
        if let Some(saved) = self.reviews.worker.poll_saved() {
            match saved.result {
                Ok(_) => {
                    self.saved_status();
                    self.refresh_reviews();
                }
                Err(e) => {
                    if let Some(s) = &mut self.reviews.open {
                        s.status = SaveStatus::Failed;
                    }
                    let n = Notice::storage(&e);
                    if !self.notices.contains(&n) {
                        self.notices.push(n);
                    }
                }
            }
        }
        let Some(s) = &self.reviews.open else {
            return;
        };
        if self.store.is_none() || self.reviews.worker.is_saving() {
            return;
        }
        match s.dirty.wait(Instant::now()) {
            Some(wait) if wait.is_zero() => self.save_review_now(ctx),
            Some(wait) => ctx.request_repaint_after(wait),
            None => {}
        }
    }

    /// Saves the open review's feedback now and waits for it (on closing
    /// the review or the window).
    pub(crate) fn flush_review(&mut self) {
        if let Some(saved) = self.reviews.worker.wait_saved()
            && let Err(e) = saved.result
        {
            self.notices.push(Notice::storage(&e));
        }
        let (Some(store), Some(s)) = (&self.store, &mut self.reviews.open) else {
            return;
        };
        if !s.dirty.is_dirty() {
            return;
        }
        s.dirty.clear();
        match save_review_file(store.dir(), &s.file) {
            Ok(_) => s.status = SaveStatus::Saved(crate::app::clock_now()),
            Err(e) => {
                s.status = SaveStatus::Failed;
                self.notices.push(Notice::storage(&e));
            }
        }
    }
}
