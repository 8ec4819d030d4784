//! The trash folder inside the data folder: what is in it, and putting a
//! reflection back. A deleted reflection is moved there by
//! [`Store::trash_at`] as `<name>.<seconds>.ron` (with its backup), and
//! moved back by [`Store::restore`] under a name no file uses, so that
//! restoring never overwrites anything.

use std::fs;
use std::path::{Path, PathBuf};

use super::{
    EXTENSION, StorageError, Store, Summary, TRASH_DIR, atomic::sync_dir, backup_path, parallel,
    read_summary,
};

/// A reflection file in the trash folder.
#[derive(Debug)]
pub struct Trashed {
    /// The file in the trash folder.
    pub path: PathBuf,
    /// The name it had in the data folder, without `.ron`.
    pub name: String,
    /// When it was deleted, in seconds since 1970 (0 when the name does
    /// not say).
    pub deleted: i64,
    /// What it holds, or why it cannot be read.
    pub content: Result<Summary, StorageError>,
}

/// Splits a trashed file's name `<name>.<seconds>[-n].ron` into the name
/// it had and the second it was deleted.
fn split_trashed(file_name: &str) -> Option<(&str, i64)> {
    let stem = file_name.strip_suffix(&format!(".{EXTENSION}"))?;
    let (name, stamp) = stem.rsplit_once('.')?;
    let seconds = stamp.split('-').next()?.parse().ok()?;
    (!name.is_empty()).then_some((name, seconds))
}

impl Store {
    /// Returns the trash folder inside the data folder.
    pub fn trash_dir(&self) -> PathBuf {
        self.dir.join(TRASH_DIR)
    }

    /// Lists the reflection files in the trash folder, each read or with
    /// its error, the last deleted first. No trash folder is an empty
    /// list. Nothing is written.
    pub fn list_trash(&self) -> Result<Vec<Trashed>, StorageError> {
        let dir = self.trash_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => return Err(StorageError::Folder { path: dir, source }),
        };
        let mut files: Vec<(PathBuf, String, i64)> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let path = e.path();
                let file_name = path.file_name()?.to_string_lossy().into_owned();
                if file_name.starts_with('.') || !path.is_file() {
                    return None;
                }
                let (name, deleted) = split_trashed(&file_name)
                    .map(|(n, s)| (n.to_owned(), s))
                    .or_else(|| {
                        let stem = file_name.strip_suffix(&format!(".{EXTENSION}"))?;
                        Some((stem.to_owned(), 0))
                    })?;
                Some((path, name, deleted))
            })
            .collect();
        files.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        let paths: Vec<PathBuf> = files.iter().map(|f| f.0.clone()).collect();
        let contents = parallel::read_all(&paths, read_summary);
        Ok(files
            .into_iter()
            .zip(contents)
            .map(|((path, name, deleted), content)| Trashed {
                path,
                name,
                deleted,
                content,
            })
            .collect())
    }

    /// Moves a reflection file from the trash folder back into the data
    /// folder (with its backup), under its old name or, when a file has
    /// that name now, under `<name>-2.ron`, `<name>-3.ron`, …: restoring
    /// never overwrites a file. Returns where it went.
    pub fn restore(&self, trashed: &Path) -> Result<PathBuf, StorageError> {
        let trash = self.trash_dir();
        let outside = || StorageError::OutsideDataDir {
            path: trashed.to_owned(),
            dir: trash.clone(),
        };
        let file_name = trashed
            .file_name()
            .ok_or_else(outside)?
            .to_string_lossy()
            .into_owned();
        let from = trash.join(&file_name);
        let in_trash = trashed.parent().is_some_and(|p| {
            p == trash
                || matches!((fs::canonicalize(p), fs::canonicalize(&trash)), (Ok(a), Ok(b)) if a == b)
        });
        if !in_trash || !file_name.ends_with(&format!(".{EXTENSION}")) {
            return Err(outside());
        }
        let name = split_trashed(&file_name)
            .map(|(n, _)| n.to_owned())
            .unwrap_or_else(|| {
                file_name
                    .trim_end_matches(&format!(".{EXTENSION}"))
                    .to_owned()
            });
        let free = |p: &Path| !p.exists() && !backup_path(p).exists();
        let mut to = self.dir.join(format!("{name}.{EXTENSION}"));
        let mut n = 2u64;
        while !free(&to) {
            to = self.dir.join(format!("{name}-{n}.{EXTENSION}"));
            n += 1;
        }
        move_without_overwriting(&from, &to).map_err(|source| StorageError::Write {
            path: to.clone(),
            source,
        })?;
        let bak = backup_path(&from);
        if bak.exists() {
            let _ = move_without_overwriting(&bak, &backup_path(&to));
        }
        sync_dir(&self.dir);
        sync_dir(&trash);
        Ok(to)
    }
}

/// Moves a file to a name that no file has: a hard link that fails when
/// the name is taken, then the old name removed; on a disk without hard
/// links, a rename after checking that the name is free.
fn move_without_overwriting(from: &Path, to: &Path) -> std::io::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => fs::remove_file(from),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if to.exists() => Err(std::io::ErrorKind::AlreadyExists.into()),
        Err(_) => fs::rename(from, to),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_old_name_and_the_second_from_a_trashed_name() {
        assert_eq!(
            split_trashed("netwerk-1a2b.1790000000.ron"),
            Some(("netwerk-1a2b", 1790000000))
        );
        assert_eq!(
            split_trashed("netwerk.2026.1790000000-2.ron"),
            Some(("netwerk.2026", 1790000000))
        );
        assert_eq!(split_trashed("netwerk.ron"), None);
        assert_eq!(split_trashed("netwerk.1790000000.ron.bak"), None);
    }
}
