//! Messages shown once in the window, in both languages.

use crate::lang::{Lang, Text};
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
    /// What happened and what to do, in Dutch and English.
    pub text: Text,
}

impl Notice {
    pub(crate) fn storage(e: &StorageError) -> Notice {
        Notice::error(e.describe(Lang::Nl), e.describe(Lang::En))
    }

    pub(crate) fn info(nl: String, en: String) -> Notice {
        Notice {
            level: Level::Info,
            text: Text::new(nl, en),
        }
    }

    pub(crate) fn error(nl: String, en: String) -> Notice {
        Notice {
            level: Level::Error,
            text: Text::new(nl, en),
        }
    }
}
