//! The officer's review off the UI thread: reading the networks' files
//! (a folder of 1,000 takes longer than a frame) and saving the officer's
//! own review file. One read and one save at a time; the window is woken
//! when either is done.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::review::Review;
use crate::review::feedback::{ReviewFile, save_review_file};
use crate::review::overview::Overview;
use crate::storage::StorageError;
use crate::storage::catalogue::Catalogue;

/// A review that was read.
#[derive(Debug)]
pub struct Loaded {
    /// The officer's review file it was read for.
    pub file: ReviewFile,
    /// Where that file is saved, when it is already saved.
    pub path: Option<PathBuf>,
    /// The reflections, read and never written.
    pub review: Review,
    /// The table of the review.
    pub overview: Overview,
    /// How long reading took.
    pub took: Duration,
}

/// A save of the review file that finished.
#[derive(Debug)]
pub struct Saved {
    /// The review file's id.
    pub id: String,
    /// Where it was written, or why not.
    pub result: Result<PathBuf, StorageError>,
}

/// Reads reviews and saves review files on threads of their own.
#[derive(Default)]
pub struct ReviewWorker {
    loading: Option<Receiver<Loaded>>,
    saving: Option<Receiver<Saved>>,
    threads: Vec<JoinHandle<()>>,
}

impl ReviewWorker {
    /// Returns whether a review is being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Returns whether a review file is being saved.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// Returns whether a thread of this worker still runs, also one whose
    /// result was taken (or forgotten) but that has not yet woken the
    /// window and ended.
    pub fn has_threads(&mut self) -> bool {
        self.threads.retain(|t| !t.is_finished());
        !self.threads.is_empty()
    }

    /// Starts reading the sources of a review file; a read under way is
    /// forgotten (its result is dropped). `wake` is called when done.
    pub fn load(
        &mut self,
        file: ReviewFile,
        path: Option<PathBuf>,
        catalogue: Catalogue,
        wake: impl FnOnce() + Send + 'static,
    ) {
        let (tx, rx) = mpsc::channel();
        let job = move || {
            let start = Instant::now();
            let review = Review::open(&file.sources, &catalogue);
            let overview = Overview::of(&review);
            let _ = tx.send(Loaded {
                file,
                path,
                review,
                overview,
                took: start.elapsed(),
            });
            wake();
        };
        match std::thread::Builder::new()
            .name("reflectietool-review".into())
            .spawn(job)
        {
            Ok(thread) => {
                self.loading = Some(rx);
                self.threads.push(thread);
            }
            Err(_) => self.loading = None,
        }
    }

    /// Forgets the read under way: its result is dropped when it comes.
    pub fn cancel_load(&mut self) {
        self.loading = None;
    }

    /// Returns the review that was read, if it is done.
    pub fn poll_loaded(&mut self) -> Option<Loaded> {
        let rx = self.loading.as_ref()?;
        match rx.try_recv() {
            Ok(l) => {
                self.loading = None;
                Some(l)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.loading = None;
                None
            }
        }
    }

    /// Starts saving a snapshot of a review file into the data folder's
    /// `reviews/`; returns false (and saves nothing) while a save is under
    /// way. `wake` is called when done.
    pub fn save(
        &mut self,
        data_dir: PathBuf,
        file: ReviewFile,
        wake: impl FnOnce() + Send + 'static,
    ) -> bool {
        if self.saving.is_some() {
            return false;
        }
        let (tx, rx) = mpsc::channel();
        let job = move || {
            let result = save_review_file(&data_dir, &file);
            let _ = tx.send(Saved {
                id: file.id.clone(),
                result,
            });
            wake();
        };
        match std::thread::Builder::new()
            .name("reflectietool-review-save".into())
            .spawn(job)
        {
            Ok(thread) => {
                self.saving = Some(rx);
                self.threads.push(thread);
                true
            }
            Err(_) => false,
        }
    }

    /// Returns the save that finished, if one did.
    pub fn poll_saved(&mut self) -> Option<Saved> {
        let rx = self.saving.as_ref()?;
        match rx.try_recv() {
            Ok(s) => {
                self.saving = None;
                Some(s)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.saving = None;
                None
            }
        }
    }

    /// Waits for the save under way, if any, and returns its outcome.
    pub fn wait_saved(&mut self) -> Option<Saved> {
        let rx = self.saving.take()?;
        rx.recv_timeout(Duration::from_secs(30)).ok()
    }
}
