//! The tokenizer under every RON reader in [`crate::format`].

use super::Pos;

/// A cursor over RON text that keeps its line and column and steps over
/// blanks, comments, strings and attributes. It never panics: at the end of
/// the text every step simply stops.
pub struct Lexer {
    chars: Vec<char>,
    i: usize,
    line: usize,
    column: usize,
}

impl Lexer {
    /// Creates a lexer at the start of `source`, after a byte order mark
    /// (which takes no column in an editor).
    pub fn new(source: &str) -> Lexer {
        let mut lexer = Lexer {
            chars: source.chars().collect(),
            i: 0,
            line: 1,
            column: 1,
        };
        if lexer.peek() == Some('\u{feff}') {
            lexer.i += 1;
        }
        lexer
    }

    /// Returns the character under the cursor.
    pub fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    /// Returns the character `n` places after the cursor.
    pub fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.i + n).copied()
    }

    /// Returns whether the whole text has been read.
    pub fn at_end(&self) -> bool {
        self.i >= self.chars.len()
    }

    /// Moves past one character and returns it.
    pub fn bump(&mut self) -> Option<char> {
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

    /// Returns the position of the cursor.
    pub fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.column,
        }
    }

    /// Returns the index of the cursor, in characters.
    pub fn index(&self) -> usize {
        self.i
    }

    /// Returns the characters from index `from` up to the cursor.
    pub fn text_since(&self, from: usize) -> String {
        self.chars[from.min(self.i)..self.i].iter().collect()
    }

    /// Saves the cursor, to go back with [`Lexer::restore`].
    pub fn mark(&self) -> (usize, usize, usize) {
        (self.i, self.line, self.column)
    }

    /// Puts the cursor back where [`Lexer::mark`] found it.
    pub fn restore(&mut self, mark: (usize, usize, usize)) {
        (self.i, self.line, self.column) = mark;
    }

    /// Skips blanks and comments: `// …` to the end of the line and
    /// `/* … */`, which may nest.
    pub fn skip_blank(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while let Some(c) = self.bump() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                (Some('/'), Some('*')) => {
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

    /// Returns whether an attribute such as `#![enable(implicit_some)]`
    /// starts at the cursor.
    pub fn at_attribute(&self) -> bool {
        self.peek() == Some('#') && self.peek_at(1) == Some('!')
    }

    /// Skips blanks, comments and inner attributes, which may come before
    /// the value of a document.
    pub fn skip_attributes(&mut self) {
        loop {
            self.skip_blank();
            if !self.at_attribute() {
                return;
            }
            while let Some(c) = self.bump() {
                if c == ']' {
                    break;
                }
            }
        }
    }

    /// Returns whether a raw string such as `r#"…"#` starts at the cursor.
    pub fn at_raw_string(&self) -> bool {
        if self.peek() != Some('r') {
            return false;
        }
        let mut n = 1;
        while self.peek_at(n) == Some('#') {
            n += 1;
        }
        self.peek_at(n) == Some('"')
    }

    /// Reads an identifier (letters, digits and `_`) and returns it.
    pub fn ident(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.peek() {
            if is_ident_char(c) {
                s.push(c);
                self.bump();
            } else {
                break;
            }
        }
        s
    }

    /// Skips a string, the cursor at its opening quote; escapes such as
    /// `\"` do not end it.
    pub fn string(&mut self) {
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

    /// Skips a raw string such as `r##"…"##`, the cursor at its `r`.
    pub fn raw_string(&mut self) {
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

    /// Skips one piece of code: a string, a raw string, an identifier or a
    /// single other character. Returns `false` at the end of the text.
    pub fn token(&mut self) -> bool {
        match self.peek() {
            None => false,
            Some('"') => {
                self.string();
                true
            }
            Some(_) if self.at_raw_string() => {
                self.raw_string();
                true
            }
            Some(c) if is_ident_char(c) => {
                self.ident();
                true
            }
            Some(_) => {
                self.bump();
                true
            }
        }
    }
}

/// Returns whether a character can be part of an identifier.
fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}
