//! Where the data lives, decided in one place: the folder named with
//! `--data-dir` or `REFLECTIETOOL_DATA_DIR`; else, in portable mode (a file
//! `portable.txt` or a folder `data` next to the program), that `data`
//! folder; else the user's data folder.

use std::path::{Path, PathBuf};

use crate::lang::Lang;

/// The environment variable that names the data folder.
pub const DATA_DIR_ENV: &str = "REFLECTIETOOL_DATA_DIR";

/// The folder inside the data folder where extra questionnaires live.
pub const QUESTIONNAIRE_DIR: &str = "questionnaires";

/// The file next to the program that turns portable mode on.
pub const PORTABLE_MARKER: &str = "portable.txt";

/// The data folder next to the program in portable mode.
pub const PORTABLE_DATA: &str = "data";

/// Returns the user's data folder for the program, if the system has one.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "", "Reflectietool").map(|d| d.data_dir().to_owned())
}

/// The system has no user data folder and none was named.
#[derive(Debug, thiserror::Error)]
#[error("this system has no user data folder; name one with --data-dir or {DATA_DIR_ENV}")]
pub struct NoDataDir;

impl NoDataDir {
    /// Describes the error in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        match lang {
            Lang::Nl => format!(
                "dit systeem heeft geen map voor gebruikersgegevens; noem er een met --data-dir of {DATA_DIR_ENV}"
            ),
            Lang::En => self.to_string(),
        }
    }
}

/// The data folder the program uses, and whether it is the portable one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    /// The folder.
    pub path: PathBuf,
    /// The program's own folder when the data lives next to the program
    /// (portable mode, e.g. on a USB stick); `None` otherwise.
    pub portable_base: Option<PathBuf>,
}

impl DataDir {
    /// Returns whether the data lives next to the program.
    pub fn is_portable(&self) -> bool {
        self.portable_base.is_some()
    }
}

/// Resolves the data folder: the one named (by flag or variable), else
/// the portable one next to the running program, else the user's data
/// folder.
pub fn data_dir(named: Option<PathBuf>) -> Result<DataDir, NoDataDir> {
    match std::env::current_exe() {
        Ok(exe) => data_dir_beside(&exe, named),
        Err(_) => data_dir_beside(Path::new(""), named),
    }
}

/// Resolves the data folder for the program at `exe`: the one named,
/// else `data` next to `exe` when a file `portable.txt` or a folder
/// `data` is there (the folder is made later, when it is opened), else
/// the user's data folder.
pub fn data_dir_beside(exe: &Path, named: Option<PathBuf>) -> Result<DataDir, NoDataDir> {
    if let Some(path) = named {
        return Ok(DataDir {
            path,
            portable_base: None,
        });
    }
    if let Some(base) = exe.parent().filter(|b| !b.as_os_str().is_empty()) {
        let data = base.join(PORTABLE_DATA);
        if base.join(PORTABLE_MARKER).is_file() || data.is_dir() {
            return Ok(DataDir {
                path: data,
                portable_base: Some(base.to_owned()),
            });
        }
    }
    default_dir()
        .map(|path| DataDir {
            path,
            portable_base: None,
        })
        .ok_or(NoDataDir)
}

/// Returns how a path is stored in a file: relative to `base` (the
/// program's folder in portable mode) when it lies inside it, so that a
/// stick that is `E:` on one laptop and `F:` on the next still works;
/// else as it is.
pub fn store_path(path: &Path, base: Option<&Path>) -> PathBuf {
    match base.and_then(|b| path.strip_prefix(b).ok()) {
        Some(rel) if !rel.as_os_str().is_empty() => rel.to_owned(),
        _ => path.to_owned(),
    }
}

/// Returns the path a stored path stands for: a relative one is resolved
/// against `base` (the program's folder in portable mode); an absolute one
/// (or any, without a base) is used as it is.
pub fn resolve_path(stored: &Path, base: Option<&Path>) -> PathBuf {
    match base {
        Some(b) if stored.is_relative() => b.join(stored),
        _ => stored.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_folder_wins_over_portable_mode() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join(PORTABLE_MARKER), "").unwrap();
        let exe = tmp.path().join("reflectietool");
        let named = tmp.path().join("elders");
        let d = data_dir_beside(&exe, Some(named.clone())).unwrap();
        assert_eq!(d.path, named);
        assert!(!d.is_portable());
    }

    #[test]
    fn a_marker_or_a_data_folder_next_to_the_program_makes_it_portable() {
        let tmp = tempfile::tempdir().unwrap();
        let exe = tmp.path().join("reflectietool.exe");
        let plain = data_dir_beside(&exe, None);
        assert!(plain.is_err() || !plain.unwrap().is_portable());
        std::fs::write(tmp.path().join(PORTABLE_MARKER), "").unwrap();
        let d = data_dir_beside(&exe, None).unwrap();
        assert_eq!(d.path, tmp.path().join(PORTABLE_DATA));
        assert_eq!(d.portable_base.as_deref(), Some(tmp.path()));
        std::fs::remove_file(tmp.path().join(PORTABLE_MARKER)).unwrap();
        std::fs::create_dir(tmp.path().join(PORTABLE_DATA)).unwrap();
        assert!(data_dir_beside(&exe, None).unwrap().is_portable());
    }

    #[test]
    fn paths_inside_the_stick_are_stored_relative_and_read_back() {
        let base = Path::new("/media/stick");
        let inside = Path::new("/media/stick/groepen/a.ron");
        let stored = store_path(inside, Some(base));
        assert_eq!(stored, Path::new("groepen/a.ron"));
        let other = Path::new("/media/other");
        assert_eq!(
            resolve_path(&stored, Some(other)),
            other.join("groepen/a.ron")
        );
        let outside = Path::new("/home/x/a.ron");
        assert_eq!(store_path(outside, Some(base)), outside);
        assert_eq!(resolve_path(outside, Some(base)), outside);
        assert_eq!(store_path(inside, None), inside);
    }
}
