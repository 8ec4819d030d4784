//! Messages shown once in the window, in both languages.

use crate::lang::Lang;
use crate::storage::StorageError;

/// How serious a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something went well or is worth knowing.
    Info,
    /// Something went wrong.
    Error,
}

/// A message shown once in the window, in both languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// How serious it is.
    pub level: Level,
    /// The Dutch text.
    pub nl: String,
    /// The English text.
    pub en: String,
}

impl Notice {
    pub(crate) fn storage(e: &StorageError) -> Notice {
        Notice {
            level: Level::Error,
            nl: e.describe(Lang::Nl),
            en: e.describe(Lang::En),
        }
    }

    pub(crate) fn info(nl: String, en: String) -> Notice {
        Notice {
            level: Level::Info,
            nl,
            en,
        }
    }

    pub(crate) fn error(nl: String, en: String) -> Notice {
        Notice {
            level: Level::Error,
            nl,
            en,
        }
    }
}
