//! Where the data lives, decided in one place: the folder named with
//! `--data-dir` or `REFLECTIETOOL_DATA_DIR`, else the user's data folder.

use std::path::PathBuf;

use crate::lang::Lang;

/// The environment variable that names the data folder.
pub const DATA_DIR_ENV: &str = "REFLECTIETOOL_DATA_DIR";

/// The folder inside the data folder where extra questionnaires live.
pub const QUESTIONNAIRE_DIR: &str = "questionnaires";

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

/// Resolves the data folder: the one named (by flag or variable), else the
/// user's data folder.
pub fn data_dir(named: Option<PathBuf>) -> Result<PathBuf, NoDataDir> {
    named.or_else(default_dir).ok_or(NoDataDir)
}
