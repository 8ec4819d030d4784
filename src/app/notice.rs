//! Messages shown once in the window, in both languages.

use crate::app::Command;
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
    /// Buttons that act on what happened (open the PDF, …), beside the
    /// button that closes the message.
    pub actions: Vec<NoticeAction>,
}

/// A button on a message.
#[derive(Debug, Clone, PartialEq)]
pub struct NoticeAction {
    /// The button's text, in Dutch and English.
    pub label: Text,
    /// What it does.
    pub command: Command,
}

impl Notice {
    pub(crate) fn storage(e: &StorageError) -> Notice {
        Notice::error(e.describe(Lang::Nl), e.describe(Lang::En))
    }

    pub(crate) fn info(nl: String, en: String) -> Notice {
        Notice {
            level: Level::Info,
            text: Text::new(nl, en),
            actions: Vec::new(),
        }
    }

    /// Adds a button to the message.
    pub(crate) fn with_action(mut self, nl: &str, en: &str, command: Command) -> Notice {
        self.actions.push(NoticeAction {
            label: Text::new(nl, en),
            command,
        });
        self
    }

    pub(crate) fn error(nl: String, en: String) -> Notice {
        Notice {
            level: Level::Error,
            text: Text::new(nl, en),
            actions: Vec::new(),
        }
    }
}
