//! Reflection files on disk: one RON file per reflection in the data folder,
//! written atomically, with the previous version kept as a backup.
//!
//! A file that cannot be read is reported and never overwritten.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::lang::Lang;
use crate::problem::{Listing, Problem, format_problems};
use crate::reflection::{FORMAT_VERSION, NetworkProfile, QuestionnaireRef, Reflection};

/// The environment variable that names the data folder.
pub const DATA_DIR_ENV: &str = "REFLECTIETOOL_DATA_DIR";

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
    #[error("{}: cannot use this folder for reflections ({source}); choose another folder with --data-dir or check its permissions", path.display())]
    DataDir {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// A file could not be read from disk.
    #[error("{}: cannot read the file ({source}); check that it exists and that you may read it", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// A file was read but is not a valid reflection.
    #[error("{}\nThe file is left untouched; repair it in a text editor or restore {} if it exists.", Listing(&path.display().to_string(), problems), backup_name(path))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with line and column.
        problems: Vec<Problem>,
    },
    /// A file was written by a newer version of the program.
    #[error("{}: this reflection was saved by a newer version of Reflectietool (file format {found}; this version reads up to {supported}); install the newer version to open it. The file is left untouched.", path.display())]
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// The format version in the file.
        found: u32,
        /// The newest format this program reads.
        supported: u32,
    },
    /// Saving would overwrite a file that cannot be read.
    #[error("{}: not saved, because the file already there cannot be read and would be lost; move that file away or repair it, then save again. Your answers are still in the program.", path.display())]
    WouldOverwriteUnreadable {
        /// The file.
        path: PathBuf,
    },
    /// A file could not be written.
    #[error("{}: cannot save ({source}); check that the disk is not full or read-only. Your answers are still in the program; the last saved version on disk is intact.", path.display())]
    Write {
        /// The file.
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

fn backup_name(path: &Path) -> String {
    let mut s = path.display().to_string();
    s.push_str(".bak");
    s
}

impl StorageError {
    /// Describes the error in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            StorageError::DataDir { path, source } => format!(
                "{}: deze map is niet te gebruiken voor reflecties ({source}); kies een andere map met --data-dir of controleer de rechten",
                path.display()
            ),
            StorageError::Read { path, source } => format!(
                "{}: het bestand is niet te lezen ({source}); controleer of het bestaat en of je het mag lezen",
                path.display()
            ),
            StorageError::Invalid { path, problems } => format!(
                "{}\nHet bestand is niet veranderd; herstel het in een teksteditor of zet {} terug als die er is.",
                format_problems(&path.display().to_string(), problems, Lang::Nl),
                backup_name(path)
            ),
            StorageError::NewerFormat {
                path,
                found,
                supported,
            } => format!(
                "{}: deze reflectie is opgeslagen door een nieuwere versie van de Reflectietool (bestandsformaat {found}; deze versie leest tot en met {supported}); installeer de nieuwere versie om haar te openen. Het bestand is niet veranderd.",
                path.display()
            ),
            StorageError::WouldOverwriteUnreadable { path } => format!(
                "{}: niet opgeslagen, omdat het bestand dat er al staat niet te lezen is en verloren zou gaan; zet dat bestand ergens anders neer of herstel het, en sla opnieuw op. Je antwoorden staan nog in het programma.",
                path.display()
            ),
            StorageError::Write { path, source } => format!(
                "{}: opslaan lukt niet ({source}); controleer of de schijf niet vol of alleen-lezen is. Je antwoorden staan nog in het programma; de laatst opgeslagen versie op schijf is heel.",
                path.display()
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
            | StorageError::Invalid { path, .. }
            | StorageError::NewerFormat { path, .. }
            | StorageError::WouldOverwriteUnreadable { path }
            | StorageError::Write { path, .. } => Some(path),
            StorageError::BadId { .. } => None,
        }
    }
}

/// A reflection read from disk, and the format it was read from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The reflection, in the current format.
    pub reflection: Reflection,
    /// The older format version it was upgraded from in memory, if any; the
    /// file itself is written in the new format only on the next change.
    pub upgraded_from: Option<u32>,
}

/// The first field of every reflection file, read before the rest.
#[derive(Deserialize)]
#[serde(rename = "Reflection")]
struct Header {
    format_version: u32,
}

/// Parses a reflection from its text; `path` names the file in errors.
pub fn parse_reflection(source: &str, path: &Path) -> Result<Loaded, StorageError> {
    let invalid = |e: ron::error::SpannedError| StorageError::Invalid {
        path: path.to_owned(),
        problems: vec![Problem::from_ron(&e)],
    };
    let header: Header = match ron::from_str(source) {
        Ok(h) => h,
        // report the full parse error, which is more telling
        Err(e) => {
            return Err(ron::from_str::<Reflection>(source)
                .map_err(invalid)
                .err()
                .unwrap_or_else(|| invalid(e)));
        }
    };
    if header.format_version > FORMAT_VERSION {
        return Err(StorageError::NewerFormat {
            path: path.to_owned(),
            found: header.format_version,
            supported: FORMAT_VERSION,
        });
    }
    if header.format_version == 0 {
        let pos = crate::locate::Locations::scan(source).find("format_version");
        return Err(StorageError::Invalid {
            path: path.to_owned(),
            problems: vec![Problem::new(
                pos,
                "format_version 0 bestaat niet; de eerste versie is 1".into(),
                "format_version 0 does not exist; the first version is 1".into(),
            )],
        });
    }
    // Older formats are upgraded here, step by step, once they exist.
    let reflection: Reflection = ron::from_str(source).map_err(invalid)?;
    let upgraded_from = (header.format_version < FORMAT_VERSION).then_some(header.format_version);
    let mut reflection = reflection;
    reflection.format_version = FORMAT_VERSION;
    Ok(Loaded {
        reflection,
        upgraded_from,
    })
}

/// Reads a reflection file.
pub fn read_reflection(path: &Path) -> Result<Loaded, StorageError> {
    let bytes = fs::read(path).map_err(|source| StorageError::Read {
        path: path.to_owned(),
        source,
    })?;
    let source = std::str::from_utf8(&bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        StorageError::Invalid {
            path: path.to_owned(),
            problems: vec![Problem::new(
                crate::locate::Pos { line, column },
                "hier staat een teken dat geen UTF-8 is; sla het bestand op als UTF-8".into(),
                "there is a character here that is not UTF-8; save the file as UTF-8".into(),
            )],
        }
    })?;
    parse_reflection(source, path)
}

/// Turns a reflection into the text of its file.
pub fn to_ron(reflection: &Reflection) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("  ".to_owned());
    // Serialising our own plain data types cannot fail.
    ron::ser::to_string_pretty(reflection, config).unwrap_or_default()
}

/// Writes bytes to a file atomically: a temporary file in the same folder,
/// fsync, rename over the target, fsync the folder. A crash at any moment
/// leaves either the old or the new file, never a broken one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let err = |source| StorageError::Write {
        path: path.to_owned(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.{}-{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        sync_dir(dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Flushes a folder's entries to disk, where the system supports it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// A saved reflection, as the home screen and `list` show it.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The reflection's id.
    pub id: String,
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
}

/// The folder where reflections live.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// Returns the user's data folder for the program, if the system has one.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("nl", "", "Reflectietool").map(|d| d.data_dir().to_owned())
    }

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
    /// error, newest first. Nothing is written.
    pub fn list(&self) -> Result<Vec<Result<Summary, StorageError>>, StorageError> {
        let entries = fs::read_dir(&self.dir).map_err(|source| StorageError::DataDir {
            path: self.dir.clone(),
            source,
        })?;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.extension().is_some_and(|x| x == EXTENSION)
                    && !p.file_name().is_some_and(|n| {
                        let n = n.to_string_lossy();
                        n.starts_with('.') || NOT_REFLECTIONS.contains(&n.as_ref())
                    })
            })
            .collect();
        paths.sort();
        let mut out: Vec<Result<Summary, StorageError>> = paths
            .into_iter()
            .map(|path| {
                read_reflection(&path).map(|l| {
                    let r = l.reflection;
                    Summary {
                        answered: r.answered_any(),
                        id: r.id,
                        path,
                        profile: r.profile,
                        questionnaire: r.questionnaire,
                        updated: r.updated,
                    }
                })
            })
            .collect();
        out.sort_by(|a, b| match (a, b) {
            (Ok(a), Ok(b)) => b.updated.cmp(&a.updated),
            (Err(_), Ok(_)) => std::cmp::Ordering::Less,
            (Ok(_), Err(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => std::cmp::Ordering::Equal,
        });
        Ok(out)
    }

    /// Reads the reflection with this id.
    pub fn load(&self, id: &str) -> Result<Loaded, StorageError> {
        check_id(id)?;
        read_reflection(&self.path_of(id))
    }

    /// Saves a reflection atomically, keeping the previous version as
    /// `<id>.ron.bak`. Refuses to overwrite a file that cannot be read.
    pub fn save(&self, reflection: &Reflection) -> Result<PathBuf, StorageError> {
        check_id(&reflection.id)?;
        let path = self.path_of(&reflection.id);
        match fs::read(&path) {
            Ok(old) => {
                match std::str::from_utf8(&old).map(|s| parse_reflection(s, &path)) {
                    Ok(Ok(_)) => {}
                    // a newer program's file: say so, rather than "cannot be read"
                    Ok(Err(e @ StorageError::NewerFormat { .. })) => return Err(e),
                    _ => return Err(StorageError::WouldOverwriteUnreadable { path }),
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

    /// Moves a reflection file (and its backup) into the trash folder inside
    /// the data folder, rather than erasing it. Returns where it went.
    pub fn trash(&self, id: &str) -> Result<PathBuf, StorageError> {
        check_id(id)?;
        let trash = self.dir.join(TRASH_DIR);
        fs::create_dir_all(&trash).map_err(|source| StorageError::DataDir {
            path: trash.clone(),
            source,
        })?;
        let second = jiff::Timestamp::now().as_second();
        let from = self.path_of(id);
        // rename replaces an existing file: never reuse a name already in the
        // trash (the same id trashed twice within one second)
        let taken = |stamp: &str| {
            trash.join(format!("{id}.{stamp}.{EXTENSION}")).exists()
                || trash.join(format!("{id}.{stamp}.{EXTENSION}.bak")).exists()
        };
        let mut stamp = second.to_string();
        let mut n = 1;
        while taken(&stamp) {
            stamp = format!("{second}-{n}");
            n += 1;
        }
        let to = trash.join(format!("{id}.{stamp}.{EXTENSION}"));
        fs::rename(&from, &to).map_err(|source| StorageError::Write {
            path: from.clone(),
            source,
        })?;
        let bak = backup_path(&from);
        if bak.exists() {
            let _ = fs::rename(&bak, trash.join(format!("{id}.{stamp}.{EXTENSION}.bak")));
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
