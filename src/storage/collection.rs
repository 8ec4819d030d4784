//! A read-only collection: the reflection files of many networks, read at
//! once for the diversity officer, who opens a folder of files that others
//! made.
//!
//! **Nothing is written.** Reading a collection creates no folder, removes
//! no temporary file (unlike [`Store::open`](super::Store::open), which is
//! never used here), makes no backup, takes no lock and reads or writes no
//! settings; it only lists the folder and reads files. A folder on a
//! read-only disk or share reads the same as any other.
//!
//! **What is read.** From a folder: every file directly in it whose name
//! ends in `.ron`, except `settings.ron` and hidden files (names starting
//! with `.`, such as the temporary file of a save in progress); sub-folders
//! (such as `trash`) are not entered, and other files are left out. The
//! files come in the order of their names. From a list of files: exactly
//! those files, in the order given, whatever their names.
//!
//! **What each file gives.** Its path and either its reflection (an older
//! format upgraded in memory only; see [`Loaded::upgraded_from`]) or its
//! summary, or the error that says why it cannot be read, with line and
//! column when the text is at fault ([`ReflectionError`]). One broken file
//! never stops the rest. A summary is taken from a full read (see
//! [`read_reflection`]): a file is summarised exactly when it would open,
//! so a file that is broken deep inside is never shown as readable.
//! Files are read several at once, one thread per core.
//!
//! **Same network, same year.** Files that hold the same network (the same
//! non-empty `network_id`) in the same board year (the same
//! `profile.board_year`, an empty one included) are flagged in
//! [`Collection::same_network_year`]: listed together, never merged, since
//! only a person can tell a copy from a second reflection.
//!
//! [`ReflectionError`]: crate::format::ReflectionError

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::{
    EXTENSION, Loaded, NOT_REFLECTIONS, StorageError, Summary, parallel, read_reflection,
    read_summary,
};

/// One file of a collection.
#[derive(Debug)]
pub struct CollectedFile<T> {
    /// The file.
    pub path: PathBuf,
    /// What it holds, or why it cannot be read.
    pub content: Result<T, StorageError>,
}

/// Files that hold the same network in the same board year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SameNetworkYear {
    /// The network id they share.
    pub network_id: String,
    /// The board year they share (may be empty).
    pub board_year: String,
    /// Their places in [`Collection::files`], in that order; two or more.
    pub files: Vec<usize>,
}

/// The reflection files of a folder or a list, each read or with its error.
#[derive(Debug)]
pub struct Collection<T> {
    /// Every file, in the order of their names (a folder) or as given (a list).
    pub files: Vec<CollectedFile<T>>,
    /// The groups of readable files for the same network and board year,
    /// ordered by their first file.
    pub same_network_year: Vec<SameNetworkYear>,
}

/// What a collection item says about the network it is for.
trait NetworkYear {
    /// Returns the network id and the board year.
    fn network_year(&self) -> (&str, &str);
}

impl NetworkYear for Loaded {
    fn network_year(&self) -> (&str, &str) {
        let r = &self.reflection;
        (&r.network_id, &r.profile.board_year)
    }
}

impl NetworkYear for Summary {
    fn network_year(&self) -> (&str, &str) {
        (&self.network_id, &self.profile.board_year)
    }
}

impl<T> Collection<T> {
    /// Returns the readable files with what they hold.
    pub fn readable(&self) -> impl Iterator<Item = (&Path, &T)> {
        self.files
            .iter()
            .filter_map(|f| f.content.as_ref().ok().map(|c| (f.path.as_path(), c)))
    }

    /// Returns the files that cannot be read, with their errors.
    pub fn unreadable(&self) -> impl Iterator<Item = &StorageError> {
        self.files.iter().filter_map(|f| f.content.as_ref().err())
    }
}

/// Reads every reflection in a folder in full, without writing anything;
/// see the module documentation for which files are read. Fails only when
/// the folder itself cannot be read.
pub fn read_folder(dir: &Path) -> Result<Collection<Loaded>, StorageError> {
    Ok(read_files(&reflection_files(dir)?))
}

/// Reads the given reflection files in full, in the given order, without
/// writing anything.
pub fn read_files(paths: &[PathBuf]) -> Collection<Loaded> {
    collect(paths, read_reflection)
}

/// Reads the summary of every reflection in a folder, without writing
/// anything: what a list shows, at a fraction of the memory of
/// [`read_folder`]. A file is summarised only when it reads in full.
pub fn summarise_folder(dir: &Path) -> Result<Collection<Summary>, StorageError> {
    Ok(summarise_files(&reflection_files(dir)?))
}

/// Reads the summaries of the given reflection files, in the given order,
/// without writing anything.
pub fn summarise_files(paths: &[PathBuf]) -> Collection<Summary> {
    collect(paths, read_summary)
}

/// Lists the reflection files directly in a folder, sorted by name:
/// `.ron` files that are not hidden and not `settings.ron`. Sub-folders are
/// not entered.
pub fn reflection_files(dir: &Path) -> Result<Vec<PathBuf>, StorageError> {
    reflection_paths(dir).map_err(|source| StorageError::Folder {
        path: dir.to_owned(),
        source,
    })
}

/// Lists the reflection files directly in a folder, sorted by name.
pub(crate) fn reflection_paths(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| is_reflection_file(p))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Returns whether a path in a folder is a reflection file: a file (or a
/// link to one) named `*.ron`, not hidden and not the settings.
fn is_reflection_file(path: &Path) -> bool {
    path.extension().is_some_and(|x| x == EXTENSION)
        && !path.file_name().is_some_and(|n| {
            let n = n.to_string_lossy();
            n.starts_with('.') || NOT_REFLECTIONS.contains(&n.as_ref())
        })
        && path.is_file()
}

fn collect<T: NetworkYear + Send>(
    paths: &[PathBuf],
    read: impl Fn(&Path) -> Result<T, StorageError> + Sync,
) -> Collection<T> {
    let files: Vec<CollectedFile<T>> = parallel::read_all(paths, |p| read(p))
        .into_iter()
        .zip(paths)
        .map(|(content, path)| CollectedFile {
            path: path.clone(),
            content,
        })
        .collect();
    let same_network_year = same_network_year(&files);
    Collection {
        files,
        same_network_year,
    }
}

/// Groups the readable files by network id and board year; returns the
/// groups of two or more. A file without a network id is in no group.
fn same_network_year<T: NetworkYear>(files: &[CollectedFile<T>]) -> Vec<SameNetworkYear> {
    let mut groups: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        if let Ok(c) = &f.content {
            let (network, year) = c.network_year();
            if !network.is_empty() {
                groups.entry((network, year)).or_default().push(i);
            }
        }
    }
    let mut out: Vec<SameNetworkYear> = groups
        .into_iter()
        .filter(|(_, files)| files.len() > 1)
        .map(|((network_id, board_year), files)| SameNetworkYear {
            network_id: network_id.to_owned(),
            board_year: board_year.to_owned(),
            files,
        })
        .collect();
    out.sort_by_key(|g| g.files[0]);
    out
}
