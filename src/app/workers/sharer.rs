//! Sharing off the UI thread: the shared copy and its PDF are made and
//! written on a worker thread, one share at a time, from an owned snapshot
//! of the reflection; the window is woken when it is done.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::Reflection;
use crate::report::share::{self, ShareError, Shared};

/// The outcome of a finished share.
#[derive(Debug)]
pub struct ShareDone {
    /// The two files, or why they could not be written.
    pub result: Result<Shared, ShareError>,
}

/// Runs shares on a worker thread, one at a time.
#[derive(Default)]
pub struct Sharer {
    /// The folder being written into, and where the outcome comes.
    running: Option<(PathBuf, Receiver<ShareDone>)>,
}

impl Sharer {
    /// Returns whether a share is under way.
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// Starts writing the shared copy of `reflection` and its PDF into
    /// `folder`; returns false (and starts nothing) while another share is
    /// under way. `wake` is called when it is done.
    pub fn start(
        &mut self,
        reflection: Reflection,
        questionnaire: Arc<Questionnaire>,
        lang: Lang,
        folder: PathBuf,
        wake: impl FnOnce() + Send + 'static,
    ) -> bool {
        if self.running.is_some() {
            return false;
        }
        let (tx, rx) = mpsc::channel();
        let target = folder.clone();
        let spawned = std::thread::Builder::new()
            .name("reflectietool-share".into())
            .spawn(move || {
                let result = share::write_share(&reflection, &questionnaire, lang, &target);
                let _ = tx.send(ShareDone { result });
                wake();
            });
        if spawned.is_ok() {
            self.running = Some((folder, rx));
        }
        spawned.is_ok()
    }

    /// Waits for the share under way, if there is one, and returns it: the
    /// window closes only when no file is being written onto a stick.
    pub fn wait(&mut self) -> Option<ShareDone> {
        let (folder, rx) = self.running.take()?;
        Some(rx.recv().unwrap_or_else(|_| ShareDone {
            result: Err(ShareError::Write {
                path: folder,
                source: std::io::Error::other("the share stopped"),
            }),
        }))
    }

    /// Returns the finished share, if there is one.
    pub fn poll(&mut self) -> Option<ShareDone> {
        let (_, rx) = self.running.as_ref()?;
        let done = match rx.try_recv() {
            Ok(done) => done,
            Err(mpsc::TryRecvError::Empty) => return None,
            // the worker ended without an answer: said, not swallowed
            Err(mpsc::TryRecvError::Disconnected) => ShareDone {
                result: Err(ShareError::Write {
                    path: self.running.as_ref()?.0.clone(),
                    source: std::io::Error::other("the share stopped"),
                }),
            },
        };
        self.running = None;
        Some(done)
    }
}
