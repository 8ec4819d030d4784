//! The officer's own review file: the folders and files a review reads,
//! and the feedback the officer writes per network (and per theme). It
//! lives in the officer's data folder, in `reviews/`, and never in the
//! networks' files or folders.
//!
//! The file is RON like a reflection, headed `ReviewFile(`; reading it
//! reports line and column, and a file that cannot be read is never
//! overwritten.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::format::problem::{Problem, format_problems};
use crate::lang::Lang;
use crate::model::reflection::{new_id, now_rfc3339};
use crate::storage::{StorageError, write_atomic};

/// The format version of review files that this program writes.
pub const REVIEW_FORMAT_VERSION: u32 = 1;

/// The folder in the data folder where review files live.
pub const REVIEW_DIR: &str = "reviews";

/// The officer's feedback to one network in one board year.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// The network's name when the feedback was written, to show it even
    /// when the network's file is not in the review.
    #[serde(default)]
    pub network: String,
    /// The board year it is for.
    #[serde(default)]
    pub board_year: String,
    /// The feedback on the reflection as a whole.
    #[serde(default)]
    pub general: String,
    /// Feedback per theme, by theme id.
    #[serde(default)]
    pub themes: BTreeMap<String, String>,
}

impl Feedback {
    /// Returns whether nothing is written.
    pub fn is_empty(&self) -> bool {
        self.general.trim().is_empty() && self.themes.values().all(|t| t.trim().is_empty())
    }
}

/// The officer's review file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewFile {
    /// The version of the file format; see [`REVIEW_FORMAT_VERSION`].
    pub format_version: u32,
    /// A stable identifier; the file is named after it.
    pub id: String,
    /// The officer's name for the review, such as "Netwerken 2026".
    #[serde(default)]
    pub title: String,
    /// The folders and files the review reads (never written).
    #[serde(default)]
    pub sources: Vec<PathBuf>,
    /// The feedback, by the network's key (see
    /// [`ReviewEntry::key`](super::ReviewEntry::key)).
    #[serde(default)]
    pub feedback: BTreeMap<String, Feedback>,
    /// When the file was created (RFC 3339, UTC).
    pub created: String,
    /// When it last changed (RFC 3339, UTC).
    pub updated: String,
}

impl ReviewFile {
    /// Creates an empty review of the given folders and files.
    pub fn new(title: &str, sources: Vec<PathBuf>) -> ReviewFile {
        let now = now_rfc3339();
        ReviewFile {
            format_version: REVIEW_FORMAT_VERSION,
            id: new_id(if title.trim().is_empty() {
                "review"
            } else {
                title
            }),
            title: title.trim().to_owned(),
            sources,
            feedback: BTreeMap::new(),
            created: now.clone(),
            updated: now,
        }
    }

    /// Returns the path of this review in a data folder.
    pub fn path_in(&self, data_dir: &Path) -> PathBuf {
        data_dir.join(REVIEW_DIR).join(format!("{}.ron", self.id))
    }

    /// Returns the feedback for a network's key, if any is written.
    pub fn feedback_for(&self, key: &str) -> Option<&Feedback> {
        self.feedback.get(key).filter(|f| !f.is_empty())
    }

    /// Marks the file as changed now.
    pub fn touch(&mut self) {
        self.updated = now_rfc3339();
    }

    /// Turns the review into the text of its file.
    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .indentor("  ".to_owned());
        ron::ser::to_string_pretty(self, config).unwrap_or_default()
    }
}

/// Why a review file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ReviewFileError {
    /// The file cannot be read from disk.
    #[error("{}: cannot read the review file: {}; check that the file exists and that you may read it", path.display(), crate::format::plain::io_reason(source, Lang::En))]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The text is not a valid review file.
    #[error("{}\nThe file is left untouched; repair it in a text editor.", format_problems(&path.display().to_string(), problems, Lang::En))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with line and column.
        problems: Vec<Problem>,
    },
    /// The file was written by a newer version of the program.
    #[error("{}: this review was saved by a newer version of Reflectietool (format {found}); install the newer version to open it. The file is left untouched.", path.display())]
    Newer {
        /// The file.
        path: PathBuf,
        /// The format version in the file.
        found: u32,
    },
}

impl ReviewFileError {
    /// Describes the error in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            ReviewFileError::Read { path, source } => format!(
                "{}: het reviewbestand kan niet worden gelezen: {}; controleer of het bestand er is en of je het mag lezen",
                path.display(),
                crate::format::plain::io_reason(source, Lang::Nl)
            ),
            ReviewFileError::Invalid { path, problems } => format!(
                "{}\nHet bestand is niet veranderd; herstel het in een teksteditor.",
                format_problems(&path.display().to_string(), problems, Lang::Nl)
            ),
            ReviewFileError::Newer { path, found } => format!(
                "{}: deze review is opgeslagen door een nieuwere versie van de Reflectietool (formaat {found}); installeer de nieuwere versie om hem te openen. Het bestand is niet veranderd.",
                path.display()
            ),
        }
    }
}

/// Reads a review file.
pub fn read_review_file(path: &Path) -> Result<ReviewFile, ReviewFileError> {
    let bytes = std::fs::read(path).map_err(|source| ReviewFileError::Read {
        path: path.to_owned(),
        source,
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|e| ReviewFileError::Invalid {
        path: path.to_owned(),
        problems: vec![crate::format::problem::not_utf8(&bytes, &e)],
    })?;
    let file: ReviewFile = ron::from_str(text).map_err(|e| ReviewFileError::Invalid {
        path: path.to_owned(),
        problems: vec![Problem::from_ron_in(&e, text)],
    })?;
    if file.format_version > REVIEW_FORMAT_VERSION {
        return Err(ReviewFileError::Newer {
            path: path.to_owned(),
            found: file.format_version,
        });
    }
    let base = path
        .parent()
        .and_then(Path::parent)
        .and_then(portable_base_of);
    let mut file = file;
    file.sources = file
        .sources
        .iter()
        .map(|p| crate::storage::location::resolve_path(p, base.as_deref()))
        .collect();
    Ok(file)
}

/// Returns the program's folder when `data_dir` is the portable data
/// folder next to it (see [`crate::storage::location`]): a folder `data`
/// whose parent holds `portable.txt` or the program itself. Sources inside
/// that folder are stored relative to it, so that a USB stick that is `E:`
/// on one laptop and `F:` on the next still finds them.
pub fn portable_base_of(data_dir: &Path) -> Option<PathBuf> {
    use crate::storage::location::{PORTABLE_DATA, PORTABLE_MARKER};
    if data_dir.file_name()? != PORTABLE_DATA {
        return None;
    }
    let base = data_dir.parent()?;
    let program = ["reflectietool", "reflectietool.exe"];
    (base.join(PORTABLE_MARKER).is_file() || program.iter().any(|p| base.join(p).is_file()))
        .then(|| base.to_owned())
}

/// Writes a review file atomically into the data folder's `reviews/`
/// folder (made when missing), and returns its path. In portable mode a
/// source inside the program's folder is written relative to it.
pub fn save_review_file(data_dir: &Path, file: &ReviewFile) -> Result<PathBuf, StorageError> {
    let dir = data_dir.join(REVIEW_DIR);
    std::fs::create_dir_all(&dir).map_err(|source| StorageError::Write {
        path: dir.clone(),
        source,
    })?;
    let path = file.path_in(data_dir);
    let base = portable_base_of(data_dir);
    let mut stored = file.clone();
    stored.sources = file
        .sources
        .iter()
        .map(|p| crate::storage::location::store_path(p, base.as_deref()))
        .collect();
    write_atomic(&path, stored.to_ron().as_bytes())?;
    Ok(path)
}

/// Lists the review files in a data folder, newest change first; files
/// that cannot be read come with their error.
pub fn list_review_files(data_dir: &Path) -> Vec<Result<(PathBuf, ReviewFile), ReviewFileError>> {
    let Ok(read) = std::fs::read_dir(data_dir.join(REVIEW_DIR)) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "ron")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    let mut out: Vec<Result<(PathBuf, ReviewFile), ReviewFileError>> = paths
        .into_iter()
        .map(|p| read_review_file(&p).map(|f| (p, f)))
        .collect();
    out.sort_by(|a, b| match (a, b) {
        (Ok((_, x)), Ok((_, y))) => y.updated.cmp(&x.updated),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        _ => std::cmp::Ordering::Equal,
    });
    out
}
