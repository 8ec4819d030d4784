//! Which self-assessment to print and what goes in: the short document for
//! the general assembly or the full one for the diversity officer, with or
//! without the notes, the reasons and dissent, and the discuss-later marks.
//! Private notes never print, whatever the choice.

use crate::lang::Lang;
use crate::model::reflection::Reflection;

/// Which self-assessment to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Document {
    /// "In het kort": cover, summary with radar, positions and actions, and
    /// a line for the board's adoption; 2–4 pages for the general assembly.
    Short,
    /// "Volledig": everything, every theme with every answer, for the
    /// diversity officer.
    #[default]
    Full,
}

impl Document {
    /// Lists both documents, the short one first.
    pub const ALL: [Document; 2] = [Document::Short, Document::Full];

    /// Returns the document's name as the window and the cover show it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Document::Short => lang.pick("In het kort", "In brief"),
            Document::Full => lang.pick("Volledig", "Full"),
        }
    }

    /// Returns the key the template reads: `short` or `full`.
    pub fn key(self) -> &'static str {
        match self {
            Document::Short => "short",
            Document::Full => "full",
        }
    }

    /// Reads a document from the command line: `kort`/`short` or
    /// `volledig`/`full`.
    pub fn from_code(s: &str) -> Option<Document> {
        match s.trim().to_lowercase().as_str() {
            "kort" | "short" | "in-het-kort" => Some(Document::Short),
            "volledig" | "full" => Some(Document::Full),
            _ => None,
        }
    }
}

/// What goes into the document besides the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintOptions {
    /// The board's shared notes per theme.
    pub notes: bool,
    /// Why the board agreed, and dissenting notes.
    pub reasons: bool,
    /// The "Later bespreken" marks and their count on the cover.
    pub discuss_later: bool,
}

impl PrintOptions {
    /// Returns the options a document starts with: none for the short one;
    /// notes and reasons for the full one.
    pub fn defaults(document: Document) -> PrintOptions {
        match document {
            Document::Short => PrintOptions::NONE,
            Document::Full => PrintOptions {
                notes: true,
                reasons: true,
                discuss_later: false,
            },
        }
    }

    /// Leaves out everything besides the answers.
    pub const NONE: PrintOptions = PrintOptions {
        notes: false,
        reasons: false,
        discuss_later: false,
    };

    /// Lets in everything that may print (private notes never do).
    pub const ALL: PrintOptions = PrintOptions {
        notes: true,
        reasons: true,
        discuss_later: true,
    };
}

/// A document with what goes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Print {
    /// Which document.
    pub document: Document,
    /// What goes in.
    pub options: PrintOptions,
}

impl Print {
    /// Returns a document with its default options.
    pub fn new(document: Document) -> Print {
        Print {
            document,
            options: PrintOptions::defaults(document),
        }
    }
}

/// Suggests a file name for a document of a reflection, such as
/// `zelfevaluatie-pride-2026-2027-in-het-kort.pdf` or
/// `zelfevaluatie-pride-2026-2027.pdf` for the full one.
pub fn file_name(reflection: &Reflection, lang: Lang, document: Document) -> String {
    let full = super::self_assessment_file_name(reflection, lang);
    match document {
        Document::Full => full,
        Document::Short => {
            let stem = full.trim_end_matches(".pdf");
            format!("{stem}-{}.pdf", lang.pick("in-het-kort", "in-brief"))
        }
    }
}
