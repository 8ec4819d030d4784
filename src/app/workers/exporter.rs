//! Making PDFs off the UI thread: one job at a time, on an owned snapshot;
//! the finished file opens in the system's PDF viewer.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::Reflection;
use crate::model::route::Route;
use crate::report;
use crate::review::csv::{CsvOptions, write_csv};
use crate::review::feedback::Feedback;
use crate::review::{Review, ReviewEntry};

/// What to make.
#[derive(Debug, Clone)]
pub enum Job {
    /// A self-assessment of a reflection: the short or the full document,
    /// with what goes in.
    /// The questionnaire is the one the board walks; with a route, the
    /// route and the whole questionnaire come along.
    /// The network's earlier years come along for last year beside this
    /// year.
    SelfAssessment(
        Box<Reflection>,
        Arc<Questionnaire>,
        report::Print,
        Option<Box<(Route, Arc<Questionnaire>)>>,
        Box<crate::model::continuity::History>,
    ),
    /// The blank worksheet of a questionnaire, or of a route through it
    /// (the walked questionnaire, and the route with the whole one).
    Worksheet(
        Arc<Questionnaire>,
        Option<Box<(Route, Arc<Questionnaire>)>>,
        Option<crate::model::reflection::NetworkKind>,
    ),
    /// The member poll of a questionnaire, headed with the network's name.
    Poll(Arc<Questionnaire>, String),
    /// The officer's overview of a review.
    ReviewOverview(Box<Review>),
    /// The feedback letter to one network of a review.
    FeedbackLetter(Box<ReviewEntry>, Box<Feedback>),
    /// The three CSV files of a review, into the folder given as the path.
    ReviewCsv(Box<Review>, CsvOptions),
}

/// The outcome of a finished export.
#[derive(Debug)]
pub struct ExportDone {
    /// Where the PDF was written.
    pub path: PathBuf,
    /// Whether it was written, and whether the viewer opened.
    pub result: Result<Opened, report::ReportError>,
    /// Whether CSV files were written into the folder `path` (else a PDF).
    pub csv: bool,
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
                let pdf = match &job {
                    Job::SelfAssessment(r, q, print, route, history) => {
                        report::print_history_pdf_on(
                            r,
                            q,
                            route.as_deref().map(|(route, full)| (route, full.as_ref())),
                            history,
                            lang,
                            report::today(),
                            *print,
                        )
                    }
                    Job::Worksheet(q, route, kind) => report::worksheet_kind_pdf_on(
                        q,
                        route.as_deref().map(|(route, full)| (route, full.as_ref())),
                        *kind,
                        lang,
                        report::today(),
                    ),
                    Job::Poll(q, network) => report::poll_pdf_on(q, network, lang, report::today()),
                    Job::ReviewOverview(review) => report::review_overview_pdf(review, lang),
                    Job::FeedbackLetter(entry, feedback) => {
                        report::feedback_letter_pdf(entry, feedback, lang)
                    }
                    Job::ReviewCsv(..) => Ok(Vec::new()),
                };
                let written = match &job {
                    Job::ReviewCsv(review, options) => write_csv(review, &path, options)
                        .map(|_| ())
                        .map_err(report::ReportError::Csv),
                    _ => pdf.and_then(|bytes| report::write_pdf(&path, &bytes)),
                };
                let result = written.map(|()| {
                    if open_viewer && open::that_detached(&path).is_ok() {
                        Opened::Yes
                    } else {
                        Opened::No
                    }
                });
                let csv = matches!(job, Job::ReviewCsv(..));
                let _ = tx.send(ExportDone { path, result, csv });
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
