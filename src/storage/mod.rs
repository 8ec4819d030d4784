//! Reflection files on disk: one RON file per reflection in the data folder,
//! written atomically, with the previous version kept as a backup.
//!
//! A file that cannot be read is reported and never overwritten. Folders
//! of files that others made (the diversity officer's) are read through
//! [`collection`], which writes nothing at all.

use std::fs;

use std::path::{Path, PathBuf};

pub mod atomic;
pub mod catalogue;
pub mod chain;
pub mod collection;
pub mod gather;
pub mod location;
pub mod members;
mod parallel;
pub mod routes;
pub mod settings;
pub mod trash;

use crate::format::reflection::{
    MAX_FILE_BYTES, ReflectionError, decode, parse_reflection, parse_reflection_bytes,
};
use crate::lang::Lang;
use crate::model::reflection::{NetworkProfile, QuestionnaireRef, Reflection};

pub use crate::format::plain;
pub use location::{DATA_DIR_ENV, QUESTIONNAIRE_DIR};

/// The file extension of reflection files.
pub const EXTENSION: &str = "ron";

/// Files in the data folder that are not reflections.
pub const NOT_REFLECTIONS: [&str; 1] = ["settings.ron"];

/// The folder inside the data folder that deleted reflections move to.
pub const TRASH_DIR: &str = "trash";

/// What went wrong with a file in the data folder.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The data folder could not be made or read.
    #[error("{}: cannot use this folder for reflections: {}; choose another folder with --data-dir or check its permissions", path.display(), plain::io_reason(source, Lang::En))]
    DataDir {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// A file could not be read from disk.
    #[error("{}: cannot read the file: {}; check that it exists and that you may read it", path.display(), plain::io_reason(source, Lang::En))]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// A file was read but is not a reflection this program can open.
    #[error(transparent)]
    Reflection(#[from] ReflectionError),
    /// Saving would overwrite a file that cannot be read.
    #[error("{}: not saved, because the file already there cannot be read and would be lost; move that file away or repair it, then save again. Your answers are still in the program.", path.display())]
    WouldOverwriteUnreadable {
        /// The file.
        path: PathBuf,
    },
    /// A file could not be written.
    #[error("{}: cannot save: {}; check that the disk is not full or read-only, or close other programs that use the file. Your answers are still in the program; the last saved version on disk is intact.", path.display(), plain::io_reason(source, Lang::En))]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// A reflection file was asked to be written or moved outside the data
    /// folder.
    #[error("{}: not saved or moved, because this file is not directly in the data folder {}; the program only changes files there. Import the file to work on a copy.", path.display(), dir.display())]
    OutsideDataDir {
        /// The file.
        path: PathBuf,
        /// The data folder.
        dir: PathBuf,
    },
    /// A folder of reflections (not the data folder) could not be read.
    #[error("{}: cannot read this folder: {}; check that it exists and that you may read it", path.display(), plain::io_reason(source, Lang::En))]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// A reflection id that cannot be a file name.
    #[error(
        "\"{id}\" cannot be used as the name of a reflection file; use only letters, digits, '-' and '_'"
    )]
    BadId {
        /// The id.
        id: String,
    },
}

impl StorageError {
    /// Describes the error in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            StorageError::DataDir { path, source } => format!(
                "{}: deze map is niet te gebruiken voor reflecties: {}; kies een andere map met --data-dir of controleer de rechten",
                path.display(),
                plain::io_reason(source, Lang::Nl)
            ),
            StorageError::Read { path, source } => format!(
                "{}: het bestand is niet te lezen: {}; controleer of het bestaat en of jullie het mogen lezen",
                path.display(),
                plain::io_reason(source, Lang::Nl)
            ),
            StorageError::Reflection(e) => e.describe(Lang::Nl),
            StorageError::WouldOverwriteUnreadable { path } => format!(
                "{}: niet opgeslagen, omdat het bestand dat er al staat niet te lezen is en verloren zou gaan; zet dat bestand ergens anders neer of herstel het, en sla opnieuw op. Jullie antwoorden staan nog in het programma.",
                path.display()
            ),
            StorageError::Write { path, source } => format!(
                "{}: opslaan lukt niet: {}; controleer of de schijf niet vol of alleen-lezen is, of sluit andere programma's die het bestand gebruiken. Jullie antwoorden staan nog in het programma; de laatst opgeslagen versie op schijf is heel.",
                path.display(),
                plain::io_reason(source, Lang::Nl)
            ),
            StorageError::OutsideDataDir { path, dir } => format!(
                "{}: niet opgeslagen of verplaatst, omdat dit bestand niet direct in de gegevensmap {} staat; het programma verandert alleen bestanden daar. Importeer het bestand om met een kopie te werken.",
                path.display(),
                dir.display()
            ),
            StorageError::Folder { path, source } => format!(
                "{}: deze map is niet te lezen: {}; controleer of ze bestaat en of jullie haar mogen lezen",
                path.display(),
                plain::io_reason(source, Lang::Nl)
            ),
            StorageError::BadId { id } => format!(
                "\"{id}\" kan niet de naam van een reflectiebestand zijn; gebruik alleen letters, cijfers, '-' en '_'"
            ),
        }
    }

    /// Returns the file the error is about, if there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StorageError::DataDir { path, .. }
            | StorageError::Read { path, .. }
            | StorageError::WouldOverwriteUnreadable { path }
            | StorageError::Write { path, .. }
            | StorageError::OutsideDataDir { path, .. }
            | StorageError::Folder { path, .. } => Some(path),
            StorageError::Reflection(e) => Some(e.path()),
            StorageError::BadId { .. } => None,
        }
    }
}

pub use crate::format::reflection::Loaded;
use atomic::sync_dir;
pub use atomic::{write_atomic, write_new_atomic};

/// Reads a reflection file, upgrading an older format in memory. Nothing
/// is written. A file over [`MAX_FILE_BYTES`] is refused without being
/// read into memory.
///
/// This is the one reader behind opening a file, [`Store::list`] and the
/// [`collection`] loader, so that a file is listed as readable exactly when
/// it opens: a list reads every file in full (type-checked, in one pass,
/// several files at once) and keeps only its [`Summary`].
pub fn read_reflection(path: &Path) -> Result<Loaded, StorageError> {
    let read_error = |source| StorageError::Read {
        path: path.to_owned(),
        source,
    };
    let file = fs::File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    if size > MAX_FILE_BYTES as u64 {
        return Err(ReflectionError::TooLarge {
            path: path.to_owned(),
            size: usize::try_from(size).unwrap_or(usize::MAX),
            limit: MAX_FILE_BYTES,
        }
        .into());
    }
    // one byte more than the limit, so that a file that grew since its size
    // was asked is still refused by decode
    let mut bytes = Vec::with_capacity(size as usize + 1);
    std::io::Read::read_to_end(
        &mut std::io::Read::take(file, MAX_FILE_BYTES as u64 + 1),
        &mut bytes,
    )
    .map_err(read_error)?;
    let source = decode(&bytes, path)?;
    Ok(parse_reflection(source, path)?)
}

/// Reads a reflection file in full and returns its summary.
pub fn read_summary(path: &Path) -> Result<Summary, StorageError> {
    read_reflection(path).map(|loaded| Summary::of(path, loaded.reflection))
}

/// Turns a reflection into the text of its file.
pub fn to_ron(reflection: &Reflection) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("  ".to_owned());
    // Serialising our own plain data types cannot fail.
    ron::ser::to_string_pretty(reflection, config).unwrap_or_default()
}

/// A saved reflection, as the home screen and `list` show it.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The reflection's id.
    pub id: String,
    /// The network's id, the same in every board year.
    pub network_id: String,
    /// The file.
    pub path: PathBuf,
    /// Who the network is.
    pub profile: NetworkProfile,
    /// The questionnaire it answers.
    pub questionnaire: QuestionnaireRef,
    /// How many agreed answers say something.
    pub answered: usize,
    /// When it last changed (RFC 3339).
    pub updated: String,
    /// How many questions are marked to discuss later.
    pub later: usize,
    /// How many questions are settled: answered or skipped, and not
    /// marked to discuss later.
    pub settled: usize,
    /// How many action points it has.
    pub actions: usize,
    /// When it was shared, if the file is a copy shared with the diversity
    /// officer rather than a board's full file.
    pub shared: Option<String>,
    /// The id of the session route the board follows, if any.
    pub route: Option<String>,
    /// The questions with an agreed answer that says something.
    pub answered_ids: Vec<String>,
    /// The questions that are settled (see [`Summary::settled`]).
    pub settled_ids: Vec<String>,
}

impl Summary {
    /// Counts the points still open of a questionnaire of `total`
    /// questions: those marked to discuss later and those not answered (or
    /// skipped) yet. Without a total, only the marked ones.
    pub fn open_points(&self, total: Option<usize>) -> usize {
        match total {
            Some(total) => total.saturating_sub(self.settled.min(total)),
            None => self.later,
        }
    }

    /// Counts, of the questions `within` (a route's), how many are answered
    /// and how many are still open (not settled).
    pub fn progress_within(&self, within: &std::collections::BTreeSet<String>) -> (usize, usize) {
        let answered = self
            .answered_ids
            .iter()
            .filter(|id| within.contains(*id))
            .count();
        let settled = self
            .settled_ids
            .iter()
            .filter(|id| within.contains(*id))
            .count();
        (answered, within.len().saturating_sub(settled))
    }

    /// Summarises the reflection read from a file.
    pub fn of(path: &Path, r: Reflection) -> Summary {
        let later = r.agreed.values().filter(|e| e.discuss_later).count();
        let settled_ids: Vec<String> = r
            .agreed
            .iter()
            .filter(|(_, e)| (e.is_answered() || e.skipped) && !e.discuss_later)
            .map(|(id, _)| id.clone())
            .collect();
        let answered_ids = r
            .agreed
            .iter()
            .filter(|(_, e)| e.is_answered())
            .map(|(id, _)| id.clone())
            .collect();
        Summary {
            answered: r.answered_any(),
            later,
            settled: settled_ids.len(),
            settled_ids,
            answered_ids,
            route: r.route,
            actions: r.actions.len(),
            shared: r.shared.map(|s| s.at),
            id: r.id,
            network_id: r.network_id,
            path: path.to_owned(),
            profile: r.profile,
            questionnaire: r.questionnaire,
            updated: r.updated,
        }
    }
}

/// The folder where reflections live.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// Opens a data folder, creating it if it does not exist yet, and
    /// removes temporary files left by a program that was killed mid-save.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Store, StorageError> {
        let dir = dir.into();
        fs::create_dir_all(&dir).map_err(|source| StorageError::DataDir {
            path: dir.clone(),
            source,
        })?;
        remove_stale_temporaries(&dir);
        Ok(Store { dir })
    }

    /// Returns the data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Returns the file a reflection with this id is saved in.
    pub fn path_of(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.{EXTENSION}"))
    }

    /// Lists the reflection files in the folder, each read or with its
    /// error: the unreadable ones first, then newest first. Nothing is
    /// written. Which files count is told in [`collection`]; every file is
    /// read in full (see [`read_reflection`]), several at once.
    pub fn list(&self) -> Result<Vec<Result<Summary, StorageError>>, StorageError> {
        let paths =
            collection::reflection_paths(&self.dir).map_err(|source| StorageError::DataDir {
                path: self.dir.clone(),
                source,
            })?;
        let mut out = parallel::read_all(&paths, read_summary);
        out.sort_by(|a, b| match (a, b) {
            (Ok(a), Ok(b)) => b.updated.cmp(&a.updated),
            (Err(_), Ok(_)) => std::cmp::Ordering::Less,
            (Ok(_), Err(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => std::cmp::Ordering::Equal,
        });
        Ok(out)
    }

    /// Reads the reflection with this id (from the file named by the id).
    pub fn load(&self, id: &str) -> Result<Loaded, StorageError> {
        check_id(id)?;
        self.load_at(&self.path_of(id))
    }

    /// Reads the reflection in this file, wherever it is. Nothing is
    /// written.
    pub fn load_at(&self, path: &Path) -> Result<Loaded, StorageError> {
        read_reflection(path)
    }

    /// Saves a reflection atomically in the file named by its id, keeping
    /// the previous version as `<id>.ron.bak`. Refuses to overwrite a file
    /// that cannot be read.
    pub fn save(&self, reflection: &Reflection) -> Result<PathBuf, StorageError> {
        check_id(&reflection.id)?;
        self.save_at(&self.path_of(&reflection.id), reflection)
    }

    /// Saves a reflection atomically in this file of the data folder,
    /// whatever its id, keeping the previous version as `<file>.bak`.
    /// Refuses to overwrite a file that cannot be read, and to write
    /// anywhere but directly in the data folder.
    pub fn save_at(&self, path: &Path, reflection: &Reflection) -> Result<PathBuf, StorageError> {
        let path = self.inside(path)?;
        match fs::read(&path) {
            Ok(old) => {
                match parse_reflection_bytes(&old, &path) {
                    Ok(_) => {}
                    // a newer program's file: say so, rather than "cannot be read"
                    Err(e @ ReflectionError::NewerFormat { .. }) => return Err(e.into()),
                    Err(_) => return Err(StorageError::WouldOverwriteUnreadable { path }),
                }
                // a failed backup is reported as a failed save of the reflection itself
                write_atomic(&backup_path(&path), &old).map_err(|e| match e {
                    StorageError::Write { source, .. } => StorageError::Write {
                        path: path.clone(),
                        source,
                    },
                    other => other,
                })?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(StorageError::Read { path, source }),
        }
        write_atomic(&path, to_ron(reflection).as_bytes())?;
        Ok(path)
    }

    /// Returns a file name in the data folder for a new or imported
    /// reflection that no file (or backup) uses yet: `<id>.ron`, else
    /// `<id>-2.ron`, `<id>-3.ron`, …; an id that cannot be a file name
    /// gives `reflectie.ron` and so on.
    pub fn new_path_for(&self, id: &str) -> PathBuf {
        let base = if crate::format::reflection::is_safe_id(id) && id.len() <= 90 {
            id
        } else {
            "reflectie"
        };
        let free = |p: &Path| !p.exists() && !backup_path(p).exists();
        let first = self.dir.join(format!("{base}.{EXTENSION}"));
        if free(&first) {
            return first;
        }
        (2u64..)
            .map(|n| self.dir.join(format!("{base}-{n}.{EXTENSION}")))
            .find(|p| free(p))
            .unwrap_or(first)
    }

    /// Returns the path of a reflection file if it lies directly in the
    /// data folder (not in a subfolder, not through `..`), else the error.
    fn inside(&self, path: &Path) -> Result<PathBuf, StorageError> {
        let outside = || StorageError::OutsideDataDir {
            path: path.to_owned(),
            dir: self.dir.clone(),
        };
        let name = path.file_name().ok_or_else(outside)?;
        let parent = path.parent().ok_or_else(outside)?;
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        let same = parent == self.dir
            || match (fs::canonicalize(parent), fs::canonicalize(&self.dir)) {
                (Ok(a), Ok(b)) => a == b,
                _ => false,
            };
        let reflection_name = Path::new(name).extension().is_some_and(|x| x == EXTENSION)
            && !name.to_string_lossy().starts_with('.')
            && !NOT_REFLECTIONS.contains(&name.to_string_lossy().as_ref());
        if same && reflection_name {
            Ok(self.dir.join(name))
        } else {
            Err(outside())
        }
    }

    /// Moves the reflection file with this id (and its backup) into the
    /// trash folder. Returns where it went.
    pub fn trash(&self, id: &str) -> Result<PathBuf, StorageError> {
        check_id(id)?;
        self.trash_at(&self.path_of(id))
    }

    /// Moves a reflection file of the data folder (and its backup) into the
    /// trash folder inside the data folder, rather than erasing it. Returns
    /// where it went. Refuses a file outside the data folder.
    pub fn trash_at(&self, path: &Path) -> Result<PathBuf, StorageError> {
        let from = self.inside(path)?;
        let stem = from
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let trash = self.dir.join(TRASH_DIR);
        fs::create_dir_all(&trash).map_err(|source| StorageError::DataDir {
            path: trash.clone(),
            source,
        })?;
        let second = jiff::Timestamp::now().as_second();
        // rename replaces an existing file: never reuse a name already in the
        // trash (the same file trashed twice within one second)
        let taken = |stamp: &str| {
            trash.join(format!("{stem}.{stamp}.{EXTENSION}")).exists()
                || trash
                    .join(format!("{stem}.{stamp}.{EXTENSION}.bak"))
                    .exists()
        };
        let mut stamp = second.to_string();
        let mut n = 1;
        while taken(&stamp) {
            stamp = format!("{second}-{n}");
            n += 1;
        }
        let to = trash.join(format!("{stem}.{stamp}.{EXTENSION}"));
        fs::rename(&from, &to).map_err(|source| StorageError::Write {
            path: from.clone(),
            source,
        })?;
        let bak = backup_path(&from);
        if bak.exists() {
            let _ = fs::rename(&bak, trash.join(format!("{stem}.{stamp}.{EXTENSION}.bak")));
        }
        sync_dir(&self.dir);
        Ok(to)
    }
}

/// Removes `.<name>.<pid>-<n>.tmp` files whose process no longer runs. A
/// temporary file is never the only copy of anything: the rename that would
/// have made it the real file did not happen, so the real file is intact.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = temporary_pid(&name) else {
            continue;
        };
        if pid != std::process::id() && !process_runs(pid, &entry.path()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Returns the process id in a temporary file's name, if it is one of ours.
fn temporary_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (_, tail) = rest.rsplit_once('.')?;
    let (pid, n) = tail.split_once('-')?;
    n.parse::<u32>().ok()?;
    pid.parse().ok()
}

/// Returns whether a process may still be writing the file: on Linux, when
/// the process exists; elsewhere, when the file is less than a day old.
fn process_runs(pid: u32, file: &Path) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        fs::metadata(file)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_none_or(|age| age < std::time::Duration::from_secs(24 * 3600))
    }
}

/// Returns the backup file of a reflection file.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

fn check_id(id: &str) -> Result<(), StorageError> {
    let ok = !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(StorageError::BadId { id: id.to_owned() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_only_our_temporary_names() {
        assert_eq!(temporary_pid(".netwerk-1a2b.ron.4242-7.tmp"), Some(4242));
        assert_eq!(
            temporary_pid(".netwerk-1a2b.ron.bak.4242-0.tmp"),
            Some(4242)
        );
        assert_eq!(temporary_pid("netwerk.ron"), None);
        assert_eq!(temporary_pid(".netwerk.ron.tmp"), None);
        assert_eq!(temporary_pid(".x.ron.abc-1.tmp"), None);
    }

    #[test]
    fn opening_removes_temporaries_of_dead_processes_only() {
        let dir = std::env::temp_dir().join(format!("reflectietool-tmp-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        // pid 0 and a huge pid never run as our own writers
        let dead = dir.join(".a.ron.4194303-1.tmp");
        let mine = dir.join(format!(".a.ron.{}-1.tmp", std::process::id()));
        let real = dir.join("a.ron");
        for p in [&dead, &mine, &real] {
            fs::write(p, "x").unwrap();
        }
        Store::open(&dir).unwrap();
        assert!(!dead.exists(), "a dead process's temporary file is removed");
        assert!(mine.exists(), "a running process's temporary file stays");
        assert!(real.exists(), "real files are never touched");
        fs::remove_dir_all(&dir).unwrap();
    }
}
