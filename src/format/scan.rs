//! Finds where each value of a RON document starts, so that errors found
//! after parsing can still name a line and a column.
//!
//! Paths look like `themes[2].questions[0].kind.scale`. The scanner expects
//! a document that RON has already parsed; on anything else it stops early
//! and returns what it found, and it never panics.

use std::collections::HashMap;

/// A line and column, both counted from 1; columns count characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1.
    pub column: usize,
}

/// The start positions of every value in a RON document, by path.
#[derive(Debug, Default)]
pub struct Locations {
    map: HashMap<String, Pos>,
}

impl Locations {
    /// Scans a RON document.
    pub fn scan(source: &str) -> Locations {
        let mut s = Scanner {
            chars: source.chars().collect(),
            i: 0,
            line: 1,
            column: 1,
            map: HashMap::new(),
        };
        // a byte order mark takes no column in an editor
        if s.peek() == Some('\u{feff}') {
            s.i += 1;
        }
        s.attributes();
        s.value(String::new(), 0);
        Locations { map: s.map }
    }

    /// Returns where the value at `path` starts; for a value that is absent
    /// (a field left out), where its nearest present parent starts.
    pub fn find(&self, path: &str) -> Pos {
        let mut p = path;
        loop {
            if let Some(pos) = self.map.get(p) {
                return *pos;
            }
            match p.rfind(['.', '[']) {
                Some(cut) => p = &p[..cut],
                None => {
                    return self
                        .map
                        .get("")
                        .copied()
                        .unwrap_or(Pos { line: 1, column: 1 });
                }
            }
        }
    }
}

struct Scanner {
    chars: Vec<char>,
    i: usize,
    line: usize,
    column: usize,
    map: HashMap<String, Pos>,
}

const MAX_DEPTH: usize = 64;

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.column,
        }
    }

    fn skip_blank(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') if self.chars.get(self.i + 1) == Some(&'/') => {
                    while let Some(c) = self.bump() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                Some('/') if self.chars.get(self.i + 1) == Some(&'*') => {
                    self.bump();
                    self.bump();
                    let mut depth = 1;
                    while depth > 0 {
                        match self.bump() {
                            None => return,
                            Some('*') if self.peek() == Some('/') => {
                                self.bump();
                                depth -= 1;
                            }
                            Some('/') if self.peek() == Some('*') => {
                                self.bump();
                                depth += 1;
                            }
                            _ => {}
                        }
                    }
                }
                _ => return,
            }
        }
    }

    /// Skips inner attributes such as `#![enable(implicit_some)]`, which
    /// may come before the value.
    fn attributes(&mut self) {
        loop {
            self.skip_blank();
            if self.peek() != Some('#') || self.chars.get(self.i + 1) != Some(&'!') {
                return;
            }
            while let Some(c) = self.bump() {
                if c == ']' {
                    break;
                }
            }
        }
    }

    fn ident(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || c == '_' {
                s.push(c);
                self.bump();
            } else {
                break;
            }
        }
        s
    }

    fn string(&mut self) {
        // at the opening quote
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '"' => return,
                _ => {}
            }
        }
    }

    fn raw_string(&mut self) {
        // at `r`
        self.bump();
        let mut hashes = 0;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        if self.peek() != Some('"') {
            return;
        }
        self.bump();
        while let Some(c) = self.bump() {
            if c == '"' {
                let mut n = 0;
                while n < hashes && self.peek() == Some('#') {
                    self.bump();
                    n += 1;
                }
                if n == hashes {
                    return;
                }
            }
        }
    }

    fn value(&mut self, path: String, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        self.skip_blank();
        let Some(c) = self.peek() else { return };
        self.map.insert(path.clone(), self.pos());
        match c {
            '"' => self.string(),
            'r' if matches!(self.chars.get(self.i + 1), Some('"') | Some('#')) => self.raw_string(),
            '[' => {
                self.bump();
                self.sequence(&path, ']', depth);
            }
            '{' => {
                self.bump();
                self.sequence(&path, '}', depth);
            }
            '(' => {
                self.bump();
                self.fields(&path, depth);
            }
            c if c.is_alphabetic() || c == '_' => {
                self.ident();
                self.skip_blank();
                if self.peek() == Some('(') {
                    self.bump();
                    self.fields(&path, depth);
                }
            }
            _ => {
                // a number, a char or anything else: up to the next separator
                while let Some(c) = self.peek() {
                    if matches!(c, ',' | ')' | ']' | '}' | ':') || c.is_whitespace() {
                        break;
                    }
                    self.bump();
                }
            }
        }
    }

    fn sequence(&mut self, path: &str, close: char, depth: usize) {
        let mut index = 0;
        loop {
            self.skip_blank();
            match self.peek() {
                None => return,
                Some(c) if c == close => {
                    self.bump();
                    return;
                }
                _ => {}
            }
            let before = self.i;
            let key_start = self.i;
            self.value(format!("{path}[{index}]"), depth + 1);
            let key_end = self.i;
            index += 1;
            self.skip_blank();
            if self.peek() == Some(':') {
                self.bump();
                // a map: the value after the key; under a string key it is
                // found as `path["key"]`, else by its index
                let key: String = self.chars[key_start..key_end].iter().collect();
                let child = if key.len() >= 2 && key.starts_with('"') && key.ends_with('"') {
                    format!("{path}[{key}]")
                } else {
                    format!("{path}[{}]", index - 1)
                };
                self.value(child, depth + 1);
                self.skip_blank();
            }
            if self.peek() == Some(',') {
                self.bump();
            } else if self.i == before {
                return;
            }
        }
    }

    fn fields(&mut self, path: &str, depth: usize) {
        let mut index = 0;
        loop {
            self.skip_blank();
            match self.peek() {
                None => return,
                Some(')') => {
                    self.bump();
                    return;
                }
                _ => {}
            }
            let before = self.i;
            // a named field is an identifier followed by a colon
            let start = (self.i, self.line, self.column);
            let name = if self.peek().is_some_and(|c| c.is_alphabetic() || c == '_') {
                let name = self.ident();
                self.skip_blank();
                if self.peek() == Some(':') {
                    self.bump();
                    Some(name)
                } else {
                    (self.i, self.line, self.column) = start;
                    None
                }
            } else {
                None
            };
            let child = match name {
                Some(name) if path.is_empty() => name,
                Some(name) => format!("{path}.{name}"),
                None => format!("{path}[{index}]"),
            };
            self.value(child, depth + 1);
            index += 1;
            self.skip_blank();
            if self.peek() == Some(',') {
                self.bump();
            } else if self.i == before {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_fields_and_sequence_items() {
        let src = "Q(\n  id: \"a\",\n  themes: [\n    T(id: \"t1\", qs: [Open(hint: (nl: \"x\"))]),\n  ],\n)";
        let l = Locations::scan(src);
        assert_eq!(l.find("id"), Pos { line: 2, column: 7 });
        assert_eq!(l.find("themes[0]"), Pos { line: 4, column: 5 });
        assert_eq!(
            l.find("themes[0].id"),
            Pos {
                line: 4,
                column: 11
            }
        );
        assert_eq!(
            l.find("themes[0].qs[0].hint.nl"),
            Pos {
                line: 4,
                column: 38
            }
        );
        // an absent field falls back to its parent
        assert_eq!(
            l.find("themes[0].qs[0].hint.en"),
            Pos {
                line: 4,
                column: 33
            }
        );
    }

    #[test]
    fn skips_strings_and_comments_that_look_like_syntax() {
        let src = "// a: [\n(a: \"])(,\\\"\", /* b: ( */ b: r#\"x\"#, c: 3)";
        let l = Locations::scan(src);
        assert_eq!(l.find("a"), Pos { line: 2, column: 5 });
        assert_eq!(
            l.find("b"),
            Pos {
                line: 2,
                column: 29
            }
        );
        assert_eq!(
            l.find("c"),
            Pos {
                line: 2,
                column: 40
            }
        );
    }

    #[test]
    fn skips_a_byte_order_mark_and_attributes() {
        let src =
            "\u{feff}#![enable(implicit_some)]\n#![enable(unwrap_newtypes)]\nQ(\n  id: \"a\",\n)";
        let l = Locations::scan(src);
        assert_eq!(l.find(""), Pos { line: 3, column: 1 });
        assert_eq!(l.find("id"), Pos { line: 4, column: 7 });
    }

    #[test]
    fn never_panics_on_garbage() {
        for src in [
            "",
            "(",
            "[[[",
            "(a: ",
            "\"unterminated",
            "r##\"x\"#",
            "/* open",
            "((((((((a:",
        ] {
            let _ = Locations::scan(src).find("a.b[3]");
        }
    }
}

/// What a file holds, judged by its first word.
#[derive(Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A questionnaire.
    Questionnaire,
    /// A reflection.
    Reflection,
    /// Neither.
    Unknown,
}

/// Tells a questionnaire from a reflection by the first identifier in the
/// text, after blanks and comments.
pub fn file_kind(source: &str) -> FileKind {
    let mut rest = source.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/").map_or("", |(_, r)| r);
        } else if rest.starts_with("#![") {
            rest = rest.split_once(']').map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "Questionnaire" => FileKind::Questionnaire,
        "Reflection" => FileKind::Reflection,
        _ => FileKind::Unknown,
    }
}
