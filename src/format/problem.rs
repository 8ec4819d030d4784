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
            if let Some(end) = end_of_code_before(source, at) {
                problem.line = end.line;
                problem.column = end.column;
            }
        }
        problem
    }
}

/// Returns the position just after the last character before `at` that is
/// neither blank nor part of a comment; `None` if there is none.
fn end_of_code_before(
    source: &str,
    at: crate::format::scan::Pos,
) -> Option<crate::format::scan::Pos> {
    use crate::format::scan::Pos;
    let chars: Vec<char> = source.chars().collect();
    let (mut line, mut column) = (1, 1);
    let mut end = None;
    let mut i = 0;
    // inside a string: `Some(hashes)` (0 for a plain string)
    let mut string: Option<Option<usize>> = None;
    while i < chars.len() && (line, column) < (at.line, at.column) {
        let c = chars[i];
        let mut len = 1;
        let mut code = true;
        match string {
            Some(None) => match c {
                '\\' => len = 2,
                '"' => string = None,
                _ => {}
            },
            Some(Some(hashes)) => {
                if c == '"'
                    && chars[i + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|h| **h == '#')
                        .count()
                        == hashes
                {
                    len = 1 + hashes;
                    string = None;
                }
            }
            None => match c {
                '"' => string = Some(None),
                'r' if !chars[..i]
                    .last()
                    .is_some_and(|p| p.is_alphanumeric() || *p == '_') =>
                {
                    let hashes = chars[i + 1..].iter().take_while(|h| **h == '#').count();
                    if chars.get(i + 1 + hashes) == Some(&'"') {
                        len = 2 + hashes;
                        string = Some(Some(hashes));
                    }
                }
                '/' if chars.get(i + 1) == Some(&'/') => {
                    code = false;
                    len = chars[i..].iter().take_while(|c| **c != '\n').count();
                }
                '/' if chars.get(i + 1) == Some(&'*') => {
                    code = false;
                    let mut depth = 0;
                    len = 0;
                    while i + len < chars.len() {
                        match (chars[i + len], chars.get(i + len + 1)) {
                            ('/', Some('*')) => {
                                depth += 1;
                                len += 2;
                            }
                            ('*', Some('/')) => {
                                depth -= 1;
                                len += 2;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => len += 1,
                        }
                    }
                }
                c if c.is_whitespace() => code = false,
                _ => {}
            },
        }
        for &c in &chars[i..(i + len).min(chars.len())] {
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        i += len;
        if code {
            end = Some(Pos { line, column });
        }
    }
    end
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
