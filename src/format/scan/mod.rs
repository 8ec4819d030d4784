//! The one RON scanner: a small tokenizer ([`Lexer`]) that knows blanks,
//! comments (nested ones too), strings, raw strings and attributes, and the
//! three things built on it: where each value starts ([`Locations`]), where
//! the code before a position ends ([`end_of_code_before`]) and what a file
//! holds ([`file_kind`]).
//!
//! Paths look like `themes[2].questions[0].kind.scale`, and values in a map
//! under a string key like `agreed["q-id"].answer`. The scanner expects a
//! document that RON has already parsed; on anything else it stops early
//! and returns what it found, and it never panics.

use std::collections::HashMap;

mod lexer;

pub use lexer::Lexer;

/// A line and column, both counted from 1; columns count characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1.
    pub column: usize,
}

/// Returns the position just after the last character before `at` that is
/// neither blank nor part of a comment; `None` if there is none.
pub fn end_of_code_before(source: &str, at: Pos) -> Option<Pos> {
    let mut lexer = Lexer::new(source);
    let mut end = None;
    loop {
        lexer.skip_blank();
        if lexer.pos() >= at || !lexer.token() {
            return end;
        }
        end = Some(lexer.pos());
    }
}

/// What a file holds, judged by its first word.
#[derive(Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A questionnaire.
    Questionnaire,
    /// A reflection.
    Reflection,
    /// A session route through a questionnaire.
    Route,
    /// None of these.
    Unknown,
}

/// Tells a questionnaire from a reflection by the first identifier in the
/// text, after a byte order mark, blanks, comments and attributes.
pub fn file_kind(source: &str) -> FileKind {
    let mut lexer = Lexer::new(source);
    lexer.skip_attributes();
    match lexer.ident().as_str() {
        "Questionnaire" => FileKind::Questionnaire,
        "Reflection" => FileKind::Reflection,
        "Route" => FileKind::Route,
        _ => FileKind::Unknown,
    }
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
            lx: Lexer::new(source),
            map: HashMap::new(),
        };
        s.lx.skip_attributes();
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
            match parent(p) {
                Some(up) => p = up,
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

/// Returns the path one step up: `a.b[2]` → `a.b` → `a`; a map key in
/// quotes such as `agreed["x.y"]` is one step, dots and all.
fn parent(path: &str) -> Option<&str> {
    if path.ends_with("\"]")
        && let Some(open) = path.rfind("[\"")
    {
        return Some(&path[..open]);
    }
    path.rfind(['.', '[']).map(|cut| &path[..cut])
}

struct Scanner {
    lx: Lexer,
    map: HashMap<String, Pos>,
}

const MAX_DEPTH: usize = 64;

impl Scanner {
    fn value(&mut self, path: String, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        self.lx.skip_blank();
        let Some(c) = self.lx.peek() else { return };
        self.map.insert(path.clone(), self.lx.pos());
        match c {
            '"' => self.lx.string(),
            'r' if self.lx.at_raw_string() => self.lx.raw_string(),
            '[' => {
                self.lx.bump();
                self.sequence(&path, ']', depth);
            }
            '{' => {
                self.lx.bump();
                self.sequence(&path, '}', depth);
            }
            '(' => {
                self.lx.bump();
                self.fields(&path, depth);
            }
            c if c.is_alphabetic() || c == '_' => {
                self.lx.ident();
                self.lx.skip_blank();
                if self.lx.peek() == Some('(') {
                    self.lx.bump();
                    self.fields(&path, depth);
                }
            }
            _ => {
                // a number, a char or anything else: up to the next separator
                while let Some(c) = self.lx.peek() {
                    if matches!(c, ',' | ')' | ']' | '}' | ':') || c.is_whitespace() {
                        break;
                    }
                    self.lx.bump();
                }
            }
        }
    }

    fn sequence(&mut self, path: &str, close: char, depth: usize) {
        let mut index = 0;
        loop {
            self.lx.skip_blank();
            match self.lx.peek() {
                None => return,
                Some(c) if c == close => {
                    self.lx.bump();
                    return;
                }
                _ => {}
            }
            let before = self.lx.index();
            self.value(format!("{path}[{index}]"), depth + 1);
            index += 1;
            self.lx.skip_blank();
            if self.lx.peek() == Some(':') {
                // a map: the value after the key; under a string key it is
                // found as `path["key"]` (the key as RON reads it), else by
                // its index
                let key = self.lx.text_since(before);
                let key = key
                    .starts_with(['"', 'r'])
                    .then(|| ron::from_str::<String>(&key).ok())
                    .flatten();
                self.lx.bump();
                let child = match key {
                    Some(k) => format!("{path}[\"{k}\"]"),
                    None => format!("{path}[{}]", index - 1),
                };
                self.value(child, depth + 1);
                self.lx.skip_blank();
            }
            if self.lx.peek() == Some(',') {
                self.lx.bump();
            } else if self.lx.index() == before {
                return;
            }
        }
    }

    fn fields(&mut self, path: &str, depth: usize) {
        let mut index = 0;
        loop {
            self.lx.skip_blank();
            match self.lx.peek() {
                None => return,
                Some(')') => {
                    self.lx.bump();
                    return;
                }
                _ => {}
            }
            let before = self.lx.index();
            // a named field is an identifier followed by a colon
            let start = self.lx.mark();
            let name = if self
                .lx
                .peek()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
            {
                let name = self.lx.ident();
                self.lx.skip_blank();
                if self.lx.peek() == Some(':') {
                    self.lx.bump();
                    Some(name)
                } else {
                    self.lx.restore(start);
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
            self.lx.skip_blank();
            if self.lx.peek() == Some(',') {
                self.lx.bump();
            } else if self.lx.index() == before {
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

    #[test]
    fn finds_values_in_maps_by_their_string_key() {
        let src =
            "R(\n  agreed: {\n    \"a.b\": E(answer: 1),\n    \"q\\\"x\": E(answer: 2),\n  },\n)";
        let l = Locations::scan(src);
        assert_eq!(
            l.find("agreed[\"a.b\"]"),
            Pos {
                line: 3,
                column: 12
            }
        );
        assert_eq!(
            l.find("agreed[\"a.b\"].answer"),
            Pos {
                line: 3,
                column: 22
            }
        );
        // the key as RON reads it, escapes resolved
        assert_eq!(
            l.find("agreed[\"q\"x\"].answer"),
            Pos {
                line: 4,
                column: 23
            }
        );
        // an absent value in a keyed entry falls back to the entry
        assert_eq!(
            l.find("agreed[\"a.b\"].rationale"),
            Pos {
                line: 3,
                column: 12
            }
        );
        // an absent key falls back to the map
        assert_eq!(
            l.find("agreed[\"zz.y\"].answer"),
            Pos {
                line: 2,
                column: 11
            }
        );
    }

    #[test]
    fn finds_the_end_of_the_code_before_a_position() {
        let src = "(a: \"x\" // c\n /* d /* e */ */ ,\n b: 1)";
        assert_eq!(
            end_of_code_before(
                src,
                Pos {
                    line: 2,
                    column: 18
                }
            ),
            Some(Pos { line: 1, column: 8 })
        );
        assert_eq!(end_of_code_before(src, Pos { line: 1, column: 1 }), None);
        assert_eq!(end_of_code_before("", Pos { line: 9, column: 9 }), None);
    }

    #[test]
    fn tells_the_kind_after_comments_attributes_and_a_byte_order_mark() {
        assert_eq!(
            file_kind("Questionnaire(id: \"x\")"),
            FileKind::Questionnaire
        );
        assert_eq!(
            file_kind(
                "\u{feff}// c\n/* a /* nested */ b */\n#![enable(implicit_some)]\nReflection("
            ),
            FileKind::Reflection
        );
        assert_eq!(file_kind("/* open"), FileKind::Unknown);
        assert_eq!(file_kind("Reflections("), FileKind::Unknown);
        assert_eq!(file_kind(""), FileKind::Unknown);
    }
}
