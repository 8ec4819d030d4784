//! The closed little world a report is typeset in: the embedded templates,
//! the embedded fonts, one data file and a fixed date. Nothing is read from
//! the disk or the network, and no system font is ever looked at.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The templates, by their path inside the virtual project.
const TEMPLATES: [(&str, &str); 8] = [
    (
        "/common.typ",
        include_str!("../../assets/report/common.typ"),
    ),
    ("/radar.typ", include_str!("../../assets/report/radar.typ")),
    ("/years.typ", include_str!("../../assets/report/years.typ")),
    (
        "/self-assessment.typ",
        include_str!("../../assets/report/self-assessment.typ"),
    ),
    (
        "/worksheet.typ",
        include_str!("../../assets/report/worksheet.typ"),
    ),
    ("/poll.typ", include_str!("../../assets/report/poll.typ")),
    (
        "/review-overview.typ",
        include_str!("../../assets/report/review-overview.typ"),
    ),
    (
        "/feedback-letter.typ",
        include_str!("../../assets/report/feedback-letter.typ"),
    ),
];

/// The path of the data file that templates read with `json(...)`.
pub const DATA_PATH: &str = "/data.json";

/// Everything that is the same for every report, made once.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    sources: Vec<Source>,
    data_id: FileId,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    // the fonts, embedded once in the program (see [`crate::fonts`])
    let fonts: Vec<Font> = crate::fonts::ALL
        .iter()
        .flat_map(|font| Font::iter(Bytes::new(font.bytes())))
        .collect();
    let book = FontBook::from_fonts(&fonts);
    let sources = TEMPLATES
        .iter()
        .map(|(path, text)| Source::new(file_id(path), (*text).to_owned()))
        .collect();
    Shared {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(book),
        fonts,
        sources,
        data_id: file_id(DATA_PATH),
    }
});

fn file_id(path: &str) -> FileId {
    // The paths are our own constants, so they are always valid.
    let vpath = VirtualPath::new(path).expect("a valid virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// Which template to typeset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// The self-assessment of a reflection.
    SelfAssessment,
    /// The blank worksheet of a questionnaire.
    Worksheet,
    /// The member poll of a questionnaire.
    Poll,
    /// The officer's overview of a review, for a policy report.
    ReviewOverview,
    /// The officer's feedback letter to one network.
    FeedbackLetter,
}

impl Template {
    fn path(self) -> &'static str {
        match self {
            Template::SelfAssessment => "/self-assessment.typ",
            Template::Worksheet => "/worksheet.typ",
            Template::Poll => "/poll.typ",
            Template::ReviewOverview => "/review-overview.typ",
            Template::FeedbackLetter => "/feedback-letter.typ",
        }
    }
}

/// One report's world: a template, its data and the date of today.
pub struct ReportWorld {
    main: FileId,
    data: Bytes,
    today: Datetime,
}

impl ReportWorld {
    /// Creates the world for a template with its JSON data and a fixed date.
    pub fn new(template: Template, data: Vec<u8>, today: jiff::civil::Date) -> ReportWorld {
        let today = Datetime::from_ymd(
            i32::from(today.year()),
            today.month().unsigned_abs(),
            today.day().unsigned_abs(),
        )
        .or_else(|| Datetime::from_ymd(2000, 1, 1))
        .expect("a valid date");
        ReportWorld {
            main: file_id(template.path()),
            data: Bytes::new(data),
            today,
        }
    }

    /// Returns the name of a file in the world, for error messages.
    pub fn name(id: FileId) -> String {
        id.vpath().get_with_slash().to_owned()
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        SHARED
            .sources
            .iter()
            .find(|s| s.id() == id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == SHARED.data_id {
            return Ok(self.data.clone());
        }
        self.source(id)
            .map(|s| Bytes::from_string(s.text().to_owned()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(ReportWorld::name(id).into())
}

/// Returns the characters of a text that no embedded font has a glyph for
/// (they would print as empty boxes); spaces and control characters aside.
pub fn uncovered(text: &str) -> Vec<char> {
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && *c != '\u{200b}')
        .filter(|c| {
            !SHARED
                .fonts
                .iter()
                .any(|f| f.info().coverage.contains(*c as u32))
        })
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

/// Returns the family names of the embedded fonts, for tests.
pub fn font_families() -> Vec<String> {
    let mut names: Vec<String> = SHARED
        .fonts
        .iter()
        .map(|f| f.info().family.clone())
        .collect();
    names.dedup();
    names
}
