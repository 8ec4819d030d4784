//! Problems found in a file, each with its line, column and what to do.

use std::fmt;

use crate::lang::Lang;
use crate::questionnaire::Text;

/// One problem in a file: where it is and, in both languages, what to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1.
    pub column: usize,
    /// What is wrong and what to change.
    pub message: Text,
}

impl Problem {
    /// Creates a problem at a position with a Dutch and an English message.
    pub fn new(pos: crate::locate::Pos, nl: String, en: String) -> Problem {
        Problem {
            line: pos.line,
            column: pos.column,
            message: Text::new(nl, en),
        }
    }

    /// Turns a RON syntax or type error into a problem.
    pub fn from_ron(err: &ron::error::SpannedError) -> Problem {
        let detail = err.code.to_string();
        Problem {
            line: err.span.start.line.max(1),
            column: err.span.start.col.max(1),
            message: Text::new(
                format!(
                    "het bestand is hier niet te lezen: {detail}. Controleer haakjes, komma's, aanhalingstekens en veldnamen op deze plek."
                ),
                format!(
                    "the file cannot be read here: {detail}. Check the brackets, commas, quotes and field names at this place."
                ),
            ),
        }
    }
}

/// Formats a list of problems, one per line, as `file:line:column: message`.
pub fn format_problems(file: &str, problems: &[Problem], lang: Lang) -> String {
    let mut out = String::new();
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!(
            "{file}:{}:{}: {}",
            p.line,
            p.column,
            p.message.get(lang)
        ));
    }
    out
}

/// Formats problems in English for `Display` implementations.
pub(crate) struct Listing<'a>(pub &'a str, pub &'a [Problem]);

impl fmt::Display for Listing<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format_problems(self.0, self.1, Lang::En))
    }
}
