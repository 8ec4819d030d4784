//! Making PDFs off the UI thread: one job at a time, on an owned snapshot;
//! the finished file opens in the system's PDF viewer.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::Reflection;
use crate::report;

/// What to make.
#[derive(Debug, Clone)]
pub enum Job {
    /// A self-assessment of a reflection: the short or the full document,
    /// with what goes in.
    SelfAssessment(Box<Reflection>, Arc<Questionnaire>, report::Print),
    /// The blank worksheet of a questionnaire.
    Worksheet(Arc<Questionnaire>),
}

/// The outcome of a finished export.
#[derive(Debug)]
pub struct ExportDone {
    /// Where the PDF was written.
    pub path: PathBuf,
    /// Whether it was written, and whether the viewer opened.
    pub result: Result<Opened, report::ReportError>,
}

/// Whether the system's PDF viewer opened the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// The viewer opened it.
    Yes,
    /// No viewer could be opened; the user is shown the path.
    No,
}

/// Runs exports on a worker thread, one at a time.
#[derive(Default)]
pub struct Exporter {
    running: Option<Receiver<ExportDone>>,
}

impl Exporter {
    /// Returns whether an export is under way.
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// Starts an export; returns false while another one is under way.
    /// `open_viewer` is false in tests, so that no viewer starts.
    pub fn start(
        &mut self,
        job: Job,
        lang: Lang,
        path: PathBuf,
        open_viewer: bool,
        wake: impl Fn() + Send + 'static,
    ) -> bool {
        if self.running.is_some() {
            return false;
        }
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("reflectietool-export".into())
            .spawn(move || {
                let result = match &job {
                    Job::SelfAssessment(r, q, print) => report::print_pdf(r, q, lang, *print),
                    Job::Worksheet(q) => report::worksheet_pdf(q, lang),
                }
                .and_then(|bytes| report::write_pdf(&path, &bytes))
                .map(|()| {
                    if open_viewer && open::that_detached(&path).is_ok() {
                        Opened::Yes
                    } else {
                        Opened::No
                    }
                });
                let _ = tx.send(ExportDone { path, result });
                wake();
            });
        if spawned.is_ok() {
            self.running = Some(rx);
        }
        spawned.is_ok()
    }

    /// Returns the finished export, if there is one.
    pub fn poll(&mut self) -> Option<ExportDone> {
        let rx = self.running.as_ref()?;
        match rx.try_recv() {
            Ok(done) => {
                self.running = None;
                Some(done)
            }
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.running = None;
                None
            }
        }
    }
}
