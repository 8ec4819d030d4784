//! Saving off the UI thread: one job at a time, on an owned snapshot.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::model::reflection::Reflection;
use crate::storage::{StorageError, Store};

/// How long after the last change a save starts.
pub const QUIET_PERIOD: Duration = Duration::from_millis(250);
/// The longest a change waits before a save starts, even while typing goes on.
pub const MAX_DELAY: Duration = Duration::from_millis(700);

/// The outcome of a finished save.
#[derive(Debug)]
pub struct SaveDone {
    /// The file that was saved.
    pub path: PathBuf,
    /// The result.
    pub result: Result<(), StorageError>,
}

/// A worker thread that saves reflections, one at a time.
pub struct Saver {
    jobs: Option<Sender<(Store, PathBuf, Reflection)>>,
    done: Receiver<SaveDone>,
    thread: Option<JoinHandle<()>>,
    busy: bool,
    pending_inline: Option<SaveDone>,
    waking: Arc<AtomicBool>,
}

impl Saver {
    /// Starts the worker; `wake` is called after every finished save, so the
    /// UI can repaint.
    pub fn start(wake: impl Fn() + Send + 'static) -> Saver {
        let (job_tx, job_rx) = mpsc::channel::<(Store, PathBuf, Reflection)>();
        let (done_tx, done_rx) = mpsc::channel();
        let waking = Arc::new(AtomicBool::new(false));
        let in_thread = Arc::clone(&waking);
        let thread = std::thread::Builder::new()
            .name("reflectietool-saver".into())
            .spawn(move || {
                while let Ok((store, path, reflection)) = job_rx.recv() {
                    in_thread.store(true, Ordering::SeqCst);
                    let result = store.save_at(&path, &reflection).map(|_| ());
                    let _ = done_tx.send(SaveDone { path, result });
                    wake();
                    in_thread.store(false, Ordering::SeqCst);
                }
            })
            .ok();
        Saver {
            jobs: Some(job_tx),
            done: done_rx,
            thread,
            busy: false,
            pending_inline: None,
            waking,
        }
    }

    /// Returns whether a save is under way.
    pub fn is_busy(&self) -> bool {
        self.busy
    }

    /// Returns whether the worker is between taking a save and having woken
    /// the window for it (also after its result was taken).
    pub fn is_waking(&self) -> bool {
        self.waking.load(Ordering::SeqCst)
    }

    /// Starts saving a snapshot into the file at `path`; returns false (and
    /// saves nothing) while another save is still under way.
    pub fn submit(&mut self, store: &Store, path: &Path, snapshot: Reflection) -> bool {
        if self.busy {
            return false;
        }
        match &self.jobs {
            Some(tx)
                if tx
                    .send((store.clone(), path.to_owned(), snapshot.clone()))
                    .is_ok() =>
            {
                self.busy = true;
                true
            }
            // no worker thread: save here rather than not at all
            _ => {
                let result = store.save_at(path, &snapshot).map(|_| ());
                self.pending_inline = Some(SaveDone {
                    path: path.to_owned(),
                    result,
                });
                true
            }
        }
    }

    /// Returns a finished save, if there is one.
    pub fn poll(&mut self) -> Option<SaveDone> {
        if let Some(d) = self.pending_inline.take() {
            return Some(d);
        }
        match self.done.try_recv() {
            Ok(d) => {
                self.busy = false;
                Some(d)
            }
            Err(_) => None,
        }
    }

    /// Waits for the save under way, if any, and returns its outcome.
    pub fn wait(&mut self) -> Option<SaveDone> {
        if let Some(d) = self.pending_inline.take() {
            return Some(d);
        }
        if !self.busy {
            return None;
        }
        let d = self.done.recv_timeout(Duration::from_secs(30)).ok();
        self.busy = false;
        d
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Tracks unsaved changes and decides when to save.
#[derive(Debug, Default, Clone, Copy)]
pub struct Dirty {
    first: Option<Instant>,
    last: Option<Instant>,
}

impl Dirty {
    /// Records a change now.
    pub fn mark(&mut self, now: Instant) {
        self.first.get_or_insert(now);
        self.last = Some(now);
    }

    /// Returns whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.first.is_some()
    }

    /// Forgets the changes (they are being saved).
    pub fn clear(&mut self) {
        *self = Dirty::default();
    }

    /// Returns how long to wait before saving; zero means save now, `None`
    /// means nothing to save.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        let (first, last) = (self.first?, self.last?);
        let quiet = (last + QUIET_PERIOD).saturating_duration_since(now);
        let max = (first + MAX_DELAY).saturating_duration_since(now);
        Some(quiet.min(max))
    }
}
