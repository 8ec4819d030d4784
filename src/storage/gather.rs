//! Gathering the groups' work: reflection files from many places (files,
//! or folders such as a USB stick) copied into the data folder, each
//! atomically, with a report of what came in, what was skipped and what
//! was broken.
//!
//! The places gathered from are only read (through the [`collection`]
//! loader, which writes nothing there). A file is never written over:
//!
//! - a file with the same bytes as one in the data folder (or one already
//!   gathered in the same batch), or holding the same reflection under
//!   another id (an earlier import that got an id of its own), is skipped
//!   as a duplicate;
//! - a reflection whose id is already used in the data folder (with other
//!   content) is kept beside it: it gets an id of its own (ids are unique in
//!   the data folder, since a reflection is saved in the file named by its
//!   id) and a file name that is free;
//! - a file that cannot be read is listed with its error (file, line and
//!   column when the text is at fault).
//!
//! [`collection`]: super::collection

use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

use super::{StorageError, Store, collection, to_ron, write_new_atomic};
use crate::format::reflection::is_safe_id;
use crate::lang::Lang;
use crate::model::reflection::{Reflection, new_id};

/// A reflection that came into the data folder.
#[derive(Debug, Clone, PartialEq)]
pub struct CameIn {
    /// The file it came from.
    pub from: PathBuf,
    /// The file it was written to in the data folder.
    pub to: PathBuf,
    /// The network's name and board year.
    pub name: String,
    /// The id it had, when that id was already used in the data folder
    /// and the copy got a new one (kept beside the other, never over it).
    pub renamed_from: Option<String>,
}

/// A file that was skipped because the data folder already holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    /// The file that was skipped.
    pub from: PathBuf,
    /// The file in the data folder that holds the same.
    pub same_as: PathBuf,
}

/// What a gathering did, file by file.
#[derive(Debug, Default)]
pub struct GatherReport {
    /// The reflections that came in.
    pub came_in: Vec<CameIn>,
    /// The files skipped as duplicates.
    pub duplicates: Vec<Duplicate>,
    /// The files (or folders) that could not be read, with why.
    pub broken: Vec<StorageError>,
    /// The reflections that could be read but not written into the data
    /// folder (a full or read-only disk), with why; nothing else changed.
    pub not_saved: Vec<StorageError>,
}

impl GatherReport {
    /// Returns whether every file was gathered or skipped as a duplicate.
    pub fn all_ok(&self) -> bool {
        self.broken.is_empty() && self.not_saved.is_empty()
    }

    /// Puts the report into lines of plain text in `lang`: a count first,
    /// then a line per file.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mut out = vec![match lang {
            Lang::Nl => format!(
                "Binnengekomen: {}; overgeslagen (staat er al): {}; kapot: {}; niet opgeslagen: {}",
                self.came_in.len(),
                self.duplicates.len(),
                self.broken.len(),
                self.not_saved.len()
            ),
            Lang::En => format!(
                "Came in: {}; skipped (already here): {}; broken: {}; not saved: {}",
                self.came_in.len(),
                self.duplicates.len(),
                self.broken.len(),
                self.not_saved.len()
            ),
        }];
        for c in &self.came_in {
            let to = c.to.display();
            out.push(match (&c.renamed_from, lang) {
                (None, Lang::Nl) => format!("binnengekomen: {} → {to}", c.name),
                (None, Lang::En) => format!("came in: {} → {to}", c.name),
                (Some(id), Lang::Nl) => format!(
                    "binnengekomen naast de reflectie die er al was met id \"{id}\" (andere inhoud), als: {} → {to}",
                    c.name
                ),
                (Some(id), Lang::En) => format!(
                    "came in beside the reflection already here with id \"{id}\" (other content), as: {} → {to}",
                    c.name
                ),
            });
        }
        for d in &self.duplicates {
            let (from, same) = (d.from.display(), d.same_as.display());
            out.push(match lang {
                Lang::Nl => format!("overgeslagen, staat er al: {from} (hetzelfde als {same})"),
                Lang::En => format!("skipped, already here: {from} (the same as {same})"),
            });
        }
        for e in &self.broken {
            out.push(match lang {
                Lang::Nl => format!("kapot, niet geïmporteerd: {}", e.describe(lang)),
                Lang::En => format!("broken, not imported: {}", e.describe(lang)),
            });
        }
        for e in &self.not_saved {
            out.push(match lang {
                Lang::Nl => format!("niet opgeslagen: {}", e.describe(lang)),
                Lang::En => format!("not saved: {}", e.describe(lang)),
            });
        }
        out
    }
}

/// A reflection in the data folder, as the gathering compares with it.
struct Here {
    path: PathBuf,
    bytes: Vec<u8>,
    reflection: Option<Reflection>,
}

/// Gathers reflection files into the data folder of `store`: every file
/// named, and every `.ron` file directly in each folder named. See the
/// module's documentation for what happens to each.
pub fn gather(store: &Store, sources: &[PathBuf]) -> GatherReport {
    let mut report = GatherReport::default();
    let mut files = Vec::new();
    for source in sources {
        if source.is_dir() {
            match collection::reflection_files(source) {
                Ok(found) => files.extend(found),
                Err(e) => report.broken.push(e),
            }
        } else {
            files.push(source.clone());
        }
    }
    let mut here = what_is_here(store);
    let mut ids: HashSet<String> = here
        .iter()
        .filter_map(|h| h.reflection.as_ref().map(|r| r.id.clone()))
        .collect();
    let read = collection::read_files(&files);
    for file in read.files {
        let loaded = match file.content {
            Ok(l) => l,
            Err(e) => {
                report.broken.push(e);
                continue;
            }
        };
        let bytes = match fs::read(&file.path) {
            Ok(b) => b,
            Err(source) => {
                report.broken.push(StorageError::Read {
                    path: file.path.clone(),
                    source,
                });
                continue;
            }
        };
        let r = loaded.reflection;
        if let Some(same) = here
            .iter()
            .find(|h| h.bytes == bytes || same_content(h, &r))
        {
            report.duplicates.push(Duplicate {
                from: file.path,
                same_as: same.path.clone(),
            });
            continue;
        }
        let name = format!("{} {}", r.profile.name, r.profile.board_year)
            .trim_end()
            .to_owned();
        let (written, renamed_from, r) = if ids.contains(&r.id) || !is_safe_id(&r.id) {
            let mut copy = r.clone();
            copy.id = new_id(&r.profile.name);
            (to_ron(&copy).into_bytes(), Some(r.id.clone()), copy)
        } else {
            (bytes, None, r)
        };
        let to = store.new_path_for(&r.id);
        if let Err(e) = write_new_atomic(&to, &written) {
            report.not_saved.push(match e {
                StorageError::Write { source, .. } => StorageError::Write {
                    path: to.clone(),
                    source,
                },
                other => other,
            });
            continue;
        }
        ids.insert(r.id.clone());
        here.push(Here {
            path: to.clone(),
            bytes: written,
            reflection: Some(r),
        });
        report.came_in.push(CameIn {
            from: file.path,
            to,
            name,
            renamed_from,
        });
    }
    report
}

/// Reads every reflection file in the data folder (its bytes and, when it
/// can be read, its reflection).
fn what_is_here(store: &Store) -> Vec<Here> {
    let paths = collection::reflection_paths(store.dir()).unwrap_or_default();
    paths
        .into_iter()
        .filter_map(|path| {
            let bytes = fs::read(&path).ok()?;
            let reflection = super::read_reflection(&path).ok().map(|l| l.reflection);
            Some(Here {
                path,
                bytes,
                reflection,
            })
        })
        .collect()
}

/// Returns whether a reflection in the data folder holds the same as `r`
/// under any id: the same network, the same moment of change and the same
/// text once the ids are made equal.
fn same_content(here: &Here, r: &Reflection) -> bool {
    let Some(h) = &here.reflection else {
        return false;
    };
    if h.updated != r.updated || h.network_id != r.network_id {
        return false;
    }
    let mut other = r.clone();
    other.id = h.id.clone();
    to_ron(h) == to_ron(&other)
}
