//! File dialogs off the UI thread: one at a time, on a thread of its own,
//! so that the window keeps drawing (and saving) while a dialog is open.
//! The answer comes back through a channel — a chosen path, cancelled, or
//! no dialog available — and the window is woken when the dialog closes.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::app::ExportKind;

/// What a dialog is for, and so what happens with its answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    /// Choose reflection files (one or several) to import.
    Import,
    /// Choose a folder (e.g. a USB stick) whose reflection files are
    /// gathered into the data folder.
    ImportFolder,
    /// Choose members' files (several at once) to import into the open
    /// reflection as its members.
    ImportMembers,
    /// Choose a folder of reflections to review (read-only).
    ReviewFolder,
    /// Choose reflection files (several at once) to review (read-only).
    ReviewFiles,
    /// Choose where to save a PDF; `suggested` fills the path field when
    /// no dialog can be shown.
    Export {
        /// Which PDF.
        kind: ExportKind,
        /// The suggested path.
        suggested: PathBuf,
    },
    /// Choose the folder a shared copy goes into.
    ShareFolder,
}

/// A file dialog to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// What the answer is for.
    pub purpose: Purpose,
    /// The dialog's title.
    pub title: String,
    /// Whether it asks for a file to save (else a file to open).
    pub save: bool,
    /// The name of the file filter.
    pub filter_name: String,
    /// The file extensions of the filter, without dots.
    pub extensions: Vec<String>,
    /// The folder it starts in.
    pub directory: Option<PathBuf>,
    /// The suggested file name (save dialogs).
    pub file_name: Option<String>,
}

/// How a dialog ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user chose these files (a dialog for several files).
    ChosenMany(Vec<PathBuf>),
    /// The user closed the dialog without choosing: nothing more happens.
    Cancelled,
    /// No dialog could be shown on this computer: the path field is offered.
    Unavailable,
}

impl From<Option<PathBuf>> for Answer {
    /// Reads a dialog's plain answer: a path, or cancelled.
    fn from(path: Option<PathBuf>) -> Answer {
        path.map_or(Answer::Cancelled, Answer::Chosen)
    }
}

/// A dialog that closed.
#[derive(Debug, Clone, PartialEq)]
pub struct Picked {
    /// What the answer is for.
    pub purpose: Purpose,
    /// How it ended.
    pub answer: Answer,
}

/// Shows a dialog and waits for it; runs on the dialog thread.
pub type Picker = Arc<dyn Fn(&Request) -> Answer + Send + Sync>;

/// A dialog that answers "nothing" sooner than this did not show itself:
/// no person cancels a file dialog this fast.
const TOO_FAST_TO_BE_SEEN: std::time::Duration = std::time::Duration::from_millis(250);

/// Returns whether this computer can show a file dialog at all: on Linux
/// and the BSDs a display and a session bus (for the desktop portal, named
/// in the environment or at its usual place) are needed; elsewhere the
/// system always has one.
fn dialogs_possible() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    let var = |v: &str| std::env::var_os(v).filter(|x| !x.is_empty());
    let display = var("DISPLAY").is_some() || var("WAYLAND_DISPLAY").is_some();
    let bus = var("DBUS_SESSION_BUS_ADDRESS").is_some()
        || var("XDG_RUNTIME_DIR").is_some_and(|d| std::path::Path::new(&d).join("bus").exists());
    display && bus
}

/// Shows the system's file dialog (rfd), waiting until it closes. Tells a
/// dialog that could not be shown (no display or portal, or an answer
/// faster than a person can give) from one the user cancelled.
pub fn system_picker(request: &Request) -> Answer {
    if !dialogs_possible() {
        return Answer::Unavailable;
    }
    let started = std::time::Instant::now();
    match show_system_dialog(request) {
        Some(answer) => answer,
        None if started.elapsed() < TOO_FAST_TO_BE_SEEN => Answer::Unavailable,
        None => Answer::Cancelled,
    }
}

fn show_system_dialog(request: &Request) -> Option<Answer> {
    if matches!(
        request.purpose,
        Purpose::ShareFolder | Purpose::ImportFolder
    ) || matches!(
        request.purpose,
        Purpose::Export {
            kind: ExportKind::ReviewCsv(_),
            ..
        }
    ) {
        let mut dialog = rfd::FileDialog::new().set_title(&request.title);
        if let Some(dir) = &request.directory {
            dialog = dialog.set_directory(dir);
        }
        return dialog.pick_folder().map(Answer::Chosen);
    }
    let exts: Vec<&str> = request.extensions.iter().map(String::as_str).collect();
    let mut dialog = rfd::FileDialog::new()
        .set_title(&request.title)
        .add_filter(&request.filter_name, &exts);
    if let Some(dir) = &request.directory {
        dialog = dialog.set_directory(dir);
    }
    if let Some(name) = &request.file_name {
        dialog = dialog.set_file_name(name);
    }
    if request.save {
        dialog.save_file().map(Answer::Chosen)
    } else if request.purpose == Purpose::ReviewFolder {
        dialog.pick_folder().map(Answer::Chosen)
    } else if matches!(
        request.purpose,
        Purpose::Import | Purpose::ImportMembers | Purpose::ReviewFiles
    ) {
        dialog.pick_files().map(Answer::ChosenMany)
    } else {
        dialog.pick_file().map(Answer::Chosen)
    }
}

/// Runs file dialogs on a worker thread, one at a time.
pub struct Dialogs {
    picker: Picker,
    running: Option<(Purpose, Receiver<Answer>)>,
}

impl Default for Dialogs {
    fn default() -> Dialogs {
        Dialogs::with_picker(Arc::new(system_picker))
    }
}

impl Dialogs {
    /// Builds the worker on a picker other than the system's (tests use
    /// one that opens no window).
    pub fn with_picker(picker: Picker) -> Dialogs {
        Dialogs {
            picker,
            running: None,
        }
    }

    /// Returns whether a dialog is open.
    pub fn is_open(&self) -> bool {
        self.running.is_some()
    }

    /// Opens a dialog; returns false (and opens nothing) while another one
    /// is open. `wake` is called when it closes.
    pub fn open(&mut self, request: Request, wake: impl FnOnce() + Send + 'static) -> bool {
        if self.running.is_some() {
            return false;
        }
        let (tx, rx) = mpsc::channel();
        let picker = self.picker.clone();
        let purpose = request.purpose.clone();
        let spawned = std::thread::Builder::new()
            .name("reflectietool-dialog".into())
            .spawn(move || {
                // a dialog that fails answers as one that is not available
                let picked =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| picker(&request)))
                        .unwrap_or(Answer::Unavailable);
                let _ = tx.send(picked);
                wake();
            });
        match spawned {
            Ok(_) => {
                self.running = Some((purpose, rx));
                true
            }
            Err(_) => {
                // no thread: answer as a dialog that is not available, so
                // that the path field is shown
                let (tx, rx) = mpsc::channel();
                let _ = tx.send(Answer::Unavailable);
                self.running = Some((purpose, rx));
                true
            }
        }
    }

    /// Returns the dialog that closed, if one did.
    pub fn poll(&mut self) -> Option<Picked> {
        let (_, rx) = self.running.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return None,
            // the dialog thread ended without an answer
            Err(TryRecvError::Disconnected) => Answer::Unavailable,
        };
        let (purpose, _) = self.running.take()?;
        Some(Picked { purpose, answer })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::time::{Duration, Instant};

    fn request() -> Request {
        Request {
            purpose: Purpose::Import,
            title: "t".into(),
            save: false,
            filter_name: "f".into(),
            extensions: vec!["ron".into()],
            directory: None,
            file_name: None,
        }
    }

    fn wait(d: &mut Dialogs) -> Picked {
        let start = Instant::now();
        loop {
            if let Some(p) = d.poll() {
                return p;
            }
            assert!(start.elapsed() < Duration::from_secs(5), "no answer");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn one_dialog_at_a_time_and_the_answer_comes_back() {
        let (release_tx, release_rx) = mpsc::channel::<()>();
        let release_rx = Mutex::new(release_rx);
        let mut d = Dialogs::with_picker(Arc::new(move |_r: &Request| {
            if release_rx.lock().unwrap().recv().is_err() {
                return Answer::Cancelled;
            }
            Answer::Chosen(PathBuf::from("/tmp/x.ron"))
        }));
        let (woke_tx, woke_rx) = mpsc::channel();
        assert!(d.open(request(), move || woke_tx.send(()).unwrap()));
        assert!(d.is_open());
        assert!(!d.open(request(), || {}), "a second dialog is refused");
        // the picker waits: nothing has come back, and poll does not block
        assert_eq!(d.poll(), None);
        release_tx.send(()).unwrap();
        let picked = wait(&mut d);
        assert_eq!(picked.answer, Answer::Chosen(PathBuf::from("/tmp/x.ron")));
        assert_eq!(picked.purpose, Purpose::Import);
        woke_rx.recv_timeout(Duration::from_secs(5)).expect("woken");
        assert!(!d.is_open());
    }

    #[test]
    fn a_cancelled_dialog_is_told_from_a_failing_one() {
        let mut d = Dialogs::with_picker(Arc::new(|_r: &Request| Answer::Cancelled));
        assert!(d.open(request(), || {}));
        assert_eq!(wait(&mut d).answer, Answer::Cancelled);
        let mut d = Dialogs::with_picker(Arc::new(|_r: &Request| Answer::Unavailable));
        assert!(d.open(request(), || {}));
        assert_eq!(wait(&mut d).answer, Answer::Unavailable);
        // a dialog that panics could not be shown
        let mut d = Dialogs::with_picker(Arc::new(|_r: &Request| panic!("no dialog here")));
        assert!(d.open(request(), || {}));
        assert_eq!(wait(&mut d).answer, Answer::Unavailable);
    }
}
