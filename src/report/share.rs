//! Sharing with the diversity officer: the shared copy of a reflection (see
//! [`crate::model::share`]) and its self-assessment, made from that same
//! copy, written into a folder or onto a stick.
//!
//! Both files are written atomically and never over an existing file: when
//! the names are taken, the next free pair is used (`… (2).ron` with
//! `… (2).pdf`). When the second file cannot be written, the first is
//! removed again, so that a failed share leaves nothing behind.

use std::io;
use std::path::{Path, PathBuf};

use crate::format::plain::io_reason;
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{Reflection, now_rfc3339, slug};
use crate::model::share::shared_copy;
use crate::report::{Document, Print, PrintOptions, ReportError, print_pdf_on};
use crate::storage::{self, StorageError};

/// How many names (`x`, `x (2)`, … `x (99)`) are tried before giving up.
const MAX_NAMES: usize = 99;

/// The two files a share wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// The shared copy (`.ron`).
    pub copy: PathBuf,
    /// Its self-assessment (`.pdf`).
    pub pdf: PathBuf,
}

impl Shared {
    /// Returns the folder both files are in.
    pub fn folder(&self) -> PathBuf {
        self.copy.parent().map(Path::to_owned).unwrap_or_default()
    }
}

/// Why a share could not be written. Nothing of it is left in the folder.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// The folder cannot take the files: it does not exist or is no folder.
    #[error("{}: the copy cannot go here: {}; choose another folder, or put the stick back in and choose it again. Nothing was written.", path.display(), io_reason(source, Lang::En))]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: io::Error,
    },
    /// A file could not be written: a read-only or full disk, for example.
    #[error("{}: cannot save the shared copy: {}; choose another folder, or check that the disk or stick is not full or read-only. Nothing was left half written; your own reflection is unchanged.", path.display(), io_reason(source, Lang::En))]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: io::Error,
    },
    /// Every name tried was taken.
    #[error("{}: there are already {MAX_NAMES} shared copies of this reflection in this folder; choose another folder or move some away. Nothing was written.", path.display())]
    NoFreeName {
        /// The folder.
        path: PathBuf,
    },
    /// The document could not be made.
    #[error(transparent)]
    Report(#[from] ReportError),
}

impl ShareError {
    /// Describes the error in the given language, with what to do.
    pub fn describe(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            ShareError::Folder { path, source } => format!(
                "{}: hier kan de kopie niet komen: {}; kies een andere map, of steek de stick opnieuw in en kies hem nog eens. Er is niets geschreven.",
                path.display(),
                io_reason(source, Lang::Nl)
            ),
            ShareError::Write { path, source } => format!(
                "{}: de gedeelde kopie kan niet worden opgeslagen: {}; kies een andere map, of controleer of de schijf of stick niet vol of alleen-lezen is. Er is niets half geschreven achtergebleven; jullie eigen reflectie is niet veranderd.",
                path.display(),
                io_reason(source, Lang::Nl)
            ),
            ShareError::NoFreeName { path } => format!(
                "{}: in deze map staan al {MAX_NAMES} gedeelde kopieën van deze reflectie; kies een andere map of zet er een paar ergens anders neer. Er is niets geschreven.",
                path.display()
            ),
            ShareError::Report(e) => e.describe(Lang::Nl),
        }
    }
}

/// Returns the name both files of a share start with, such as
/// `pride-erasmus-2026-2027-gedeeld` (`-shared` in English).
pub fn share_stem(reflection: &Reflection, lang: Lang) -> String {
    let mut stem = slug(&reflection.profile.name);
    if !reflection.profile.board_year.trim().is_empty() {
        stem.push('-');
        stem.push_str(&slug(&reflection.profile.board_year));
    }
    stem.push('-');
    stem.push_str(lang.pick("gedeeld", "shared"));
    stem
}

/// Returns the print of a shared copy's PDF: the full self-assessment with
/// the notes and the reasons when the board shares them.
pub fn share_print(reflection: &Reflection) -> Print {
    Print {
        document: Document::Full,
        options: PrintOptions {
            notes: reflection.sharing.notes,
            reasons: reflection.sharing.reasons,
            discuss_later: false,
        },
    }
}

/// Writes the shared copy of a reflection and its self-assessment (made
/// from the copy, so that it holds no more) into `folder`, in `lang`, as
/// shared now. Returns where they went.
pub fn write_share(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    lang: Lang,
    folder: &Path,
) -> Result<Shared, ShareError> {
    let date = jiff::Zoned::now().date();
    write_share_on(
        reflection,
        questionnaire,
        lang,
        folder,
        &now_rfc3339(),
        date,
    )
}

/// Writes a share like [`write_share`], marked as shared at `at` (RFC 3339)
/// and with `date` on the PDF's cover.
pub fn write_share_on(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    lang: Lang,
    folder: &Path,
    at: &str,
    date: jiff::civil::Date,
) -> Result<Shared, ShareError> {
    check_folder(folder)?;
    let copy = shared_copy(reflection, at);
    let pdf = print_pdf_on(&copy, questionnaire, lang, date, share_print(&copy))?;
    let ron = storage::to_ron(&copy);
    write_pair(
        folder,
        &share_stem(reflection, lang),
        &pdf,
        ron.as_bytes(),
        &|path, bytes| match storage::write_new_atomic(path, bytes) {
            Ok(()) => Ok(()),
            Err(StorageError::Write { source, .. }) => Err(source),
            Err(other) => Err(io::Error::other(other.to_string())),
        },
    )
}

fn check_folder(folder: &Path) -> Result<(), ShareError> {
    let err = |source| ShareError::Folder {
        path: folder.to_owned(),
        source,
    };
    match std::fs::metadata(folder) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(err(io::Error::from(io::ErrorKind::NotADirectory))),
        Err(e) => Err(err(e)),
    }
}

/// Writes the PDF and then the copy under the first free pair of names,
/// with `write_new` (which fails with `AlreadyExists` on a taken name); a
/// copy that cannot be written takes its PDF away again.
#[doc(hidden)]
pub fn write_pair(
    folder: &Path,
    stem: &str,
    pdf: &[u8],
    ron: &[u8],
    write_new: &dyn Fn(&Path, &[u8]) -> io::Result<()>,
) -> Result<Shared, ShareError> {
    let taken = |p: &Path| std::fs::symlink_metadata(p).is_ok();
    for n in 1..=MAX_NAMES {
        let name = if n == 1 {
            stem.to_owned()
        } else {
            format!("{stem} ({n})")
        };
        let copy_path = folder.join(format!("{name}.{}", storage::EXTENSION));
        let pdf_path = folder.join(format!("{name}.pdf"));
        if taken(&copy_path) || taken(&pdf_path) {
            continue;
        }
        match write_new(&pdf_path, pdf) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(source) => {
                return Err(ShareError::Write {
                    path: pdf_path,
                    source,
                });
            }
        }
        match write_new(&copy_path, ron) {
            Ok(()) => {
                return Ok(Shared {
                    copy: copy_path,
                    pdf: pdf_path,
                });
            }
            Err(e) => {
                let _ = std::fs::remove_file(&pdf_path);
                if e.kind() == io::ErrorKind::AlreadyExists {
                    continue;
                }
                return Err(ShareError::Write {
                    path: copy_path,
                    source: e,
                });
            }
        }
    }
    Err(ShareError::NoFreeName {
        path: folder.to_owned(),
    })
}
