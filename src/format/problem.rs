//! Problems found in a file, each with its line, column and what to do.

use std::fmt;

use crate::lang::Lang;
use crate::model::questionnaire::Text;

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
    pub fn new(pos: crate::format::scan::Pos, nl: String, en: String) -> Problem {
        Problem {
            line: pos.line,
            column: pos.column,
            message: Text::new(nl, en),
        }
    }

    /// Turns a RON syntax or type error into a problem, its message in
    /// Dutch and English (see [`crate::format::ron_message`]).
    pub fn from_ron(err: &ron::error::SpannedError) -> Problem {
        Problem {
            line: err.span.start.line.max(1),
            column: err.span.start.col.max(1),
            message: crate::format::ron_message::describe(&err.code),
        }
    }

    /// Turns a RON error in `source` into a problem, like [`Problem::from_ron`],
    /// but for a missing comma points just after the value that needs it (where
    /// the comma belongs) rather than at the start of the next value, which may
    /// be on the next line.
    pub fn from_ron_in(err: &ron::error::SpannedError, source: &str) -> Problem {
        let mut problem = Problem::from_ron(err);
        if matches!(err.code, ron::Error::ExpectedComma) {
            let at = crate::format::scan::Pos {
                line: problem.line,
                column: problem.column,
            };
            if let Some(end) = crate::format::scan::end_of_code_before(source, at) {
                problem.line = end.line;
                problem.column = end.column;
            }
        }
        problem
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

/// Returns the problem of bytes that are not UTF-8: the line and column of
/// the first bad byte, and what to do.
pub fn not_utf8(bytes: &[u8], e: &std::str::Utf8Error) -> Problem {
    let before = &bytes[..e.valid_up_to()];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Problem::new(
        crate::format::scan::Pos { line, column },
        "hier staat een teken dat geen UTF-8 is; sla het bestand op als UTF-8".into(),
        "there is a character here that is not UTF-8; save the file as UTF-8".into(),
    )
}

/// Cuts a value from a file to 40 characters for a message.
pub(crate) fn shorten(s: &str) -> String {
    if s.chars().count() <= 40 {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(40).collect();
        t.push('…');
        t
    }
}
