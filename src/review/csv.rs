//! The review as CSV, for a spreadsheet or a statistics program: three
//! files made from the same [`Review`] that the window shows.
//!
//! - `answers_long.csv`: one row per reflection × question × who answered
//!   (the board together, `agreed`, and each member the board shares).
//!   Exactly: a reflection gives (the questions of its questionnaire + the
//!   question ids it holds answers to that the questionnaire does not have)
//!   × (1 + the members it shares) rows; members are shared unless
//!   `sharing.members` is `Omit`. Questions without an answer are rows too,
//!   with status `unanswered`, so that every reflection has the same shape.
//!   Answers to questions a questionnaire no longer has are kept (kind
//!   `unknown`, no question text). Why and dissent are there only when
//!   the board shares its reasons; private notes never are (the review
//!   empties them on reading, and nothing here reads them).
//! - `summary_wide.csv`: one row per reflection (network and board year),
//!   with the overview's numbers: completeness, per theme the average
//!   level, its word and the change since the previous year, per position
//!   question Now and Goal, and how much the members disagreed.
//! - `codebook.csv`: one row per column of the two files, in Dutch and
//!   English, then every code: statuses, kinds, how decided, and the level
//!   and option codes of the questionnaires in the review.
//!
//! Every file is UTF-8 with a byte order mark (so that Excel shows é, ü and
//! ş), separated by commas or by semicolons (Dutch Excel); with semicolons,
//! numbers have a decimal comma, as Dutch Excel reads them. Fields are
//! quoted by the `csv` crate where needed. A text that starts with `=`,
//! `+`, `-`, `@`, a tab or a carriage return gets a `'` in front (see
//! [`neutralise`]) so that a spreadsheet never runs it as a formula;
//! number columns stay plain numbers.

mod answer;
mod columns;
mod out_dir;

pub use columns::{
    Code, ColumnDoc, PositionColumn, decision_code, fixed_codes, kind_code, members_code,
    questionnaire_codes,
};
pub use out_dir::{CsvError, check_out_dir, reviewed_folders};

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::model::analysis::position;
use crate::model::consensus::member_names;
use crate::model::questionnaire::{Question, QuestionKind, Theme};
use crate::model::reflection::{Entry, MemberSharing};
use crate::storage::atomic::write_atomic;

use answer::{cells, kind_name};

use super::overview::Overview;
use super::{Review, ReviewEntry};

/// The name of the file with one row per answer.
pub const ANSWERS_LONG: &str = "answers_long.csv";
/// The name of the file with one row per network and year.
pub const SUMMARY_WIDE: &str = "summary_wide.csv";
/// The name of the file that explains the columns and codes.
pub const CODEBOOK: &str = "codebook.csv";
/// The byte order mark every file starts with.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What separates the fields of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Separator {
    /// A comma, with a decimal point in numbers.
    #[default]
    Comma,
    /// A semicolon, with a decimal comma in numbers (Dutch Excel).
    Semicolon,
}

impl Separator {
    /// Reads `comma` or `semicolon` (also `komma`, `puntkomma`, `,`, `;`).
    pub fn from_code(code: &str) -> Option<Separator> {
        match code.trim().to_lowercase().as_str() {
            "comma" | "komma" | "," => Some(Separator::Comma),
            "semicolon" | "puntkomma" | ";" => Some(Separator::Semicolon),
            _ => None,
        }
    }

    /// Returns the separator's byte.
    pub fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
        }
    }

    /// Returns the decimal mark numbers are written with.
    pub fn decimal(self) -> char {
        match self {
            Separator::Comma => '.',
            Separator::Semicolon => ',',
        }
    }
}

/// How the CSV files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// What separates the fields.
    pub separator: Separator,
    /// The language of texts that the program adds (question texts, level
    /// names, kinds, "Lid 1"); the codebook holds both languages.
    pub lang: Lang,
}

/// Makes a text safe for a spreadsheet: a text starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a `'` in front, so that Excel or
/// LibreOffice shows it as text instead of running it as a formula.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// A CSV file being made in memory, one row at a time.
struct Sheet {
    writer: ::csv::Writer<Vec<u8>>,
    decimal: char,
    number: String,
}

impl Sheet {
    fn new(separator: Separator) -> Sheet {
        // flexible: a row in memory can then never fail to be written; the
        // tests read every file back with rows of equal length
        let writer = ::csv::WriterBuilder::new()
            .delimiter(separator.byte())
            .flexible(true)
            .from_writer(BOM.to_vec());
        Sheet {
            writer,
            decimal: separator.decimal(),
            number: String::new(),
        }
    }

    fn header(&mut self, columns: &[ColumnDoc]) {
        for c in columns {
            self.text(&c.name);
        }
        self.end();
    }

    /// Writes one field as it is; writing to memory cannot fail.
    fn field(&mut self, field: &str) {
        let _ = self.writer.write_field(field);
    }

    fn text(&mut self, text: &str) {
        match neutralise(text) {
            Cow::Borrowed(t) => self.field(t),
            Cow::Owned(t) => self.field(&t),
        }
    }

    fn int(&mut self, n: Option<usize>) {
        use std::fmt::Write;
        self.number.clear();
        if let Some(n) = n {
            let _ = write!(self.number, "{n}");
        }
        let _ = self.writer.write_field(&self.number);
    }

    fn flag(&mut self, on: bool) {
        self.field(if on { "1" } else { "0" });
    }

    /// A number with at most three decimals, without trailing zeros.
    fn number(&mut self, x: Option<f64>) {
        use std::fmt::Write;
        self.number.clear();
        if let Some(x) = x.filter(|x| x.is_finite()) {
            let _ = write!(self.number, "{x:.3}");
            if self.number.contains('.') {
                let kept = self
                    .number
                    .trim_end_matches('0')
                    .trim_end_matches('.')
                    .len();
                self.number.truncate(kept);
            }
            if self.number == "-0" {
                self.number = "0".to_owned();
            }
        }
        self.decimal_mark();
    }

    /// A position, as written in the file (the shortest form of the number).
    fn position(&mut self, x: Option<f32>) {
        use std::fmt::Write;
        self.number.clear();
        if let Some(x) = x.filter(|x| x.is_finite()) {
            let _ = write!(self.number, "{x}");
        }
        self.decimal_mark();
    }

    /// Writes the number made in `self.number` with the decimal mark.
    fn decimal_mark(&mut self) {
        if self.decimal != '.' && self.number.contains('.') {
            self.number = self.number.replace('.', &self.decimal.to_string());
        }
        let _ = self.writer.write_field(&self.number);
    }

    fn end(&mut self) {
        // a flexible writer accepts every length
        let _ = self.writer.write_record(None::<&[u8]>);
    }

    fn finish(self) -> Vec<u8> {
        self.writer.into_inner().unwrap_or_default()
    }
}

/// The columns that both files start with, for one entry.
struct Identity([String; 9]);

impl Identity {
    fn of(e: &ReviewEntry, lang: Lang) -> Identity {
        let r = &e.reflection;
        Identity([
            r.network_id.clone(),
            e.name(),
            e.board_year().to_owned(),
            kind_code(r.profile.kind).to_owned(),
            r.profile.kind.label().get(lang).to_owned(),
            r.profile.institution.trim().to_owned(),
            file_name(&e.path),
            r.questionnaire.id.clone(),
            r.questionnaire.version.clone(),
        ])
    }

    fn write(&self, s: &mut Sheet) {
        for field in &self.0 {
            s.text(field);
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Someone whose answers get rows: the board together or a member.
struct Who<'a> {
    name: String,
    number: Option<usize>,
    answers: &'a std::collections::BTreeMap<String, Entry>,
}

/// A question that gets rows: one of the questionnaire, or an id with
/// answers that the questionnaire does not have.
struct Asked<'a> {
    theme: Option<&'a Theme>,
    number: Option<usize>,
    question: Option<&'a Question>,
    id: &'a str,
}

/// Returns who answered in an entry: the board, then the members it shares.
fn answering(e: &ReviewEntry, lang: Lang) -> Vec<Who<'_>> {
    let r = &e.reflection;
    let mut out = vec![Who {
        name: "agreed".to_owned(),
        number: None,
        answers: &r.agreed,
    }];
    if r.sharing.members != MemberSharing::Omit {
        for (i, (m, name)) in r.respondents.iter().zip(member_names(r, lang)).enumerate() {
            out.push(Who {
                name,
                number: Some(i + 1),
                answers: &m.answers,
            });
        }
    }
    out
}

/// Returns the questions of an entry: its questionnaire's, then the ids of
/// answers (of those who get rows) that the questionnaire does not have.
fn asked<'a>(e: &'a ReviewEntry, who: &[Who<'a>]) -> Vec<Asked<'a>> {
    let q = e.questionnaire.as_deref();
    let mut out: Vec<Asked<'a>> = q
        .into_iter()
        .flat_map(|q| q.questions())
        .enumerate()
        .map(|(i, (theme, question))| Asked {
            theme: Some(theme),
            number: Some(i + 1),
            question: Some(question),
            id: &question.id,
        })
        .collect();
    let kept: BTreeSet<&'a str> = who
        .iter()
        .flat_map(|w| w.answers.keys())
        .map(String::as_str)
        .filter(|id| q.is_none_or(|q| q.question(id).is_none()))
        .collect();
    out.extend(kept.into_iter().map(|id| Asked {
        theme: None,
        number: None,
        question: None,
        id,
    }));
    out
}

/// Makes `answers_long.csv`: one row per reflection × question × who
/// answered (see the module's documentation for the exact count).
pub fn answers_long(review: &Review, options: &CsvOptions) -> Vec<u8> {
    let lang = options.lang;
    let mut s = Sheet::new(options.separator);
    s.header(&columns::answers_long());
    for e in &review.entries {
        let r = &e.reflection;
        let q = e.questionnaire.as_deref();
        let who = answering(e, lang);
        let reasons = r.sharing.reasons;
        let identity = Identity::of(e, lang);
        for a in asked(e, &who) {
            for w in &who {
                let entry = w.answers.get(a.id);
                identity.write(&mut s);
                s.text(a.theme.map_or("", |t| t.id.as_str()));
                s.text(a.theme.map_or("", |t| t.title.get(lang)));
                s.int(a.number);
                s.text(a.id);
                s.text(a.question.map_or("", |qu| qu.prompt.get(lang)));
                s.text(kind_name(a.question));
                s.text(match a.question.map(|qu| &qu.kind) {
                    Some(QuestionKind::Scale { scale, .. }) => scale,
                    _ => "",
                });
                s.text(&w.name);
                s.int(w.number);
                let c = cells(q, a.question, entry, lang);
                s.text(c.status);
                s.int(c.level);
                s.int(c.levels);
                s.text(&c.options);
                s.position(c.now);
                s.position(c.desired);
                s.text(&c.text);
                s.text(&c.other);
                s.flag(entry.is_some_and(|e| e.discuss_later));
                s.flag(entry.is_some_and(|e| e.skipped));
                s.text(
                    entry
                        .and_then(|e| e.decided)
                        .filter(|_| w.number.is_none())
                        .map_or("", decision_code),
                );
                s.flag(reasons);
                s.text(
                    entry
                        .filter(|_| reasons)
                        .map_or("", |e| e.rationale.as_str()),
                );
                s.text(entry.filter(|_| reasons).map_or("", |e| e.dissent.as_str()));
                s.text(
                    entry
                        .filter(|_| reasons)
                        .map_or("", |e| e.evidence.as_str()),
                );
                s.end();
            }
        }
    }
    s.finish()
}

/// Makes `summary_wide.csv` from the review's overview: one row per
/// reflection, in the overview's order.
pub fn summary_wide(review: &Review, overview: &Overview, options: &CsvOptions) -> Vec<u8> {
    let lang = options.lang;
    let positions = columns::positions(review);
    let mut s = Sheet::new(options.separator);
    s.header(&columns::summary_wide(overview, &positions));
    for row in &overview.rows {
        let Some(e) = review.entries.get(row.entry) else {
            continue;
        };
        let r = &e.reflection;
        let q = e.questionnaire.as_deref();
        Identity::of(e, lang).write(&mut s);
        s.int(q.map(|_| row.questions));
        s.int(q.map(|_| row.handled));
        s.number(q.map(|_| row.complete()));
        for cell in &row.cells {
            s.number(cell.value);
            s.text(
                cell.value
                    .and_then(|v| overview.level_word(v, lang))
                    .unwrap_or(""),
            );
            s.number(cell.change);
        }
        for p in &positions {
            let answer = q.and_then(|q| {
                let question = q.question(&p.id)?;
                position(q, question, r.agreed.get(&p.id))
            });
            s.number(answer.and_then(|a| a.0));
            s.number(answer.and_then(|a| a.1));
        }
        s.int(Some(r.respondents.len()));
        s.text(members_code(r.sharing.members));
        s.number(row.disagreement.map(|d| d.share()));
        s.int(row.disagreement.map(|d| d.differing));
        s.int(row.disagreement.map(|d| d.compared));
        s.flag(r.sharing.reasons);
        s.flag(row.duplicate);
        s.flag(row.unknown_questionnaire);
        s.end();
    }
    s.finish()
}

/// The columns of `codebook.csv`.
const CODEBOOK_COLUMNS: [&str; 8] = [
    "file",
    "column",
    "code",
    "questionnaire",
    "scope",
    "meaning_nl",
    "meaning_en",
    "values",
];

/// Makes `codebook.csv`: a row per column of the other two files (with an
/// empty `code`), then a row per code.
pub fn codebook(review: &Review, overview: &Overview, options: &CsvOptions) -> Vec<u8> {
    let mut s = Sheet::new(options.separator);
    for c in CODEBOOK_COLUMNS {
        s.text(c);
    }
    s.end();
    let positions = columns::positions(review);
    let files = [
        (ANSWERS_LONG, columns::answers_long()),
        (SUMMARY_WIDE, columns::summary_wide(overview, &positions)),
    ];
    for (file, docs) in &files {
        for d in docs {
            for field in [file, d.name.as_str(), "", "", "", &d.nl, &d.en, d.values] {
                s.text(field);
            }
            s.end();
        }
    }
    let mut seen = BTreeSet::new();
    let questionnaires = review
        .entries
        .iter()
        .filter_map(|e| e.questionnaire.as_deref())
        .filter(|q| seen.insert((q.id.clone(), q.version.clone())));
    let codes = fixed_codes()
        .into_iter()
        .chain(questionnaires.flat_map(questionnaire_codes));
    for c in codes {
        for field in [
            c.file,
            c.column,
            &c.code,
            &c.questionnaire,
            &c.scope,
            &c.nl,
            &c.en,
            "",
        ] {
            s.text(field);
        }
        s.end();
    }
    s.finish()
}

/// The three files, made in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvFiles {
    /// `answers_long.csv`.
    pub answers_long: Vec<u8>,
    /// `summary_wide.csv`.
    pub summary_wide: Vec<u8>,
    /// `codebook.csv`.
    pub codebook: Vec<u8>,
}

/// Makes the three files of a review in memory.
pub fn csv_files(review: &Review, options: &CsvOptions) -> CsvFiles {
    let overview = Overview::of(review);
    CsvFiles {
        answers_long: answers_long(review, options),
        summary_wide: summary_wide(review, &overview, options),
        codebook: codebook(review, &overview, options),
    }
}

/// Writes the three files into `out_dir` (made if missing), each
/// atomically, and returns their paths. Refuses a folder that is one of
/// the reviewed folders or lies inside one, before anything is made or
/// written. A failure part-way leaves every file either as it was or
/// whole and new.
pub fn write_csv(
    review: &Review,
    out_dir: &Path,
    options: &CsvOptions,
) -> Result<Vec<PathBuf>, CsvError> {
    let mut folders = reviewed_folders(&review.sources);
    folders.extend(
        review
            .entries
            .iter()
            .map(|e| e.path.as_path())
            .chain(review.unreadable.iter().map(|u| u.path.as_path()))
            .flat_map(|p| reviewed_folders(&[p.to_owned()])),
    );
    check_out_dir(&folders, out_dir)?;
    fs::create_dir_all(out_dir).map_err(|source| CsvError::Folder {
        path: out_dir.to_owned(),
        source,
    })?;
    let files = csv_files(review, options);
    let mut paths = Vec::new();
    for (name, bytes) in [
        (ANSWERS_LONG, &files.answers_long),
        (SUMMARY_WIDE, &files.summary_wide),
        (CODEBOOK, &files.codebook),
    ] {
        let path = out_dir.join(name);
        write_atomic(&path, bytes).map_err(CsvError::Write)?;
        paths.push(path);
    }
    Ok(paths)
}
