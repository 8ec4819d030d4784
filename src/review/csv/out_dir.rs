//! Where the CSV files may go: never into a folder under review.

use std::fs;
use std::path::{Path, PathBuf};

use crate::format::plain::io_reason;
use crate::lang::Lang;
use crate::storage::StorageError;

/// Why the CSV files could not be written.
#[derive(Debug)]
pub enum CsvError {
    /// The output folder is a reviewed folder, or lies inside one.
    ReviewedFolder {
        /// The output folder as given.
        out_dir: PathBuf,
        /// The reviewed folder it is, or lies in.
        folder: PathBuf,
    },
    /// The output folder could not be made.
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file could not be written (an older file of that name is intact).
    Write(StorageError),
}

impl CsvError {
    /// Describes what happened and what to do, in one sentence.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            CsvError::ReviewedFolder { out_dir, folder } => match lang {
                Lang::Nl => format!(
                    "{}: hier komen geen CSV-bestanden, want dit is (of ligt in) de map {} die bekeken wordt, en het programma schrijft nooit in de mappen die het leest; kies een andere map, bijvoorbeeld een nieuwe map ernaast",
                    out_dir.display(),
                    folder.display()
                ),
                Lang::En => format!(
                    "{}: no CSV files go here, because this is (or lies inside) the folder {} under review, and the program never writes into the folders it reads; choose another folder, for example a new one next to it",
                    out_dir.display(),
                    folder.display()
                ),
            },
            CsvError::Folder { path, source } => match lang {
                Lang::Nl => format!(
                    "{}: deze map is niet te maken of te gebruiken: {}; kies een andere map of controleer de rechten",
                    path.display(),
                    io_reason(source, lang)
                ),
                Lang::En => format!(
                    "{}: cannot make or use this folder: {}; choose another folder or check its permissions",
                    path.display(),
                    io_reason(source, lang)
                ),
            },
            CsvError::Write(StorageError::Write { path, source }) => match lang {
                Lang::Nl => format!(
                    "{}: het CSV-bestand is niet te schrijven: {}; controleer of de schijf niet vol of alleen-lezen is en of geen ander programma (zoals Excel) het bestand open heeft, en probeer het opnieuw. Een bestand dat er al stond, is heel gebleven.",
                    path.display(),
                    io_reason(source, lang)
                ),
                Lang::En => format!(
                    "{}: cannot write the CSV file: {}; check that the disk is not full or read-only and that no other program (such as Excel) has the file open, then try again. A file that was already there is intact.",
                    path.display(),
                    io_reason(source, lang)
                ),
            },
            CsvError::Write(e) => e.describe(lang),
        }
    }
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for CsvError {}

/// Returns a path as absolute, with links and `..` resolved as far as the
/// path exists (a folder still to be made keeps its last parts).
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut rest = Vec::new();
    let mut at = absolute.as_path();
    loop {
        if let Ok(found) = fs::canonicalize(at) {
            return rest.iter().rev().fold(found, |p, part| p.join(part));
        }
        match (at.parent(), at.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_owned());
                at = parent;
            }
            _ => return absolute,
        }
    }
}

/// Lists the folders a review reads: each folder given, and the folder of
/// each file given; resolved, so that two spellings of one folder match.
pub fn reviewed_folders(sources: &[PathBuf]) -> Vec<PathBuf> {
    sources
        .iter()
        .filter_map(|s| {
            let p = resolve(s);
            if p.is_dir() {
                Some(p)
            } else {
                p.parent().map(Path::to_path_buf)
            }
        })
        .collect()
}

/// Refuses an output folder that is one of `folders` (see
/// [`reviewed_folders`]) or lies inside one of them.
pub fn check_out_dir(folders: &[PathBuf], out_dir: &Path) -> Result<(), CsvError> {
    let out = resolve(out_dir);
    match folders.iter().find(|f| out.starts_with(f)) {
        Some(folder) => Err(CsvError::ReviewedFolder {
            out_dir: out_dir.to_owned(),
            folder: folder.clone(),
        }),
        None => Ok(()),
    }
}
