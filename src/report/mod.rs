//! Printable documents: the self-assessment of a reflection and the blank
//! worksheet of a questionnaire, as PDF.
//!
//! The documents are typeset with Typst, used as a library: the templates in
//! `assets/report/` and the Noto fonts in `assets/fonts/` are built into the
//! program, so a document looks the same on every machine and is made
//! without the network or any system font. The reflection reaches the
//! template only as JSON data (see [`self_assessment`] and [`worksheet`]),
//! never spliced into markup, so every character a board types prints
//! exactly as typed.
//!
//! The modules: [`words`] (the word table), [`text`] (text shaping and the
//! bound on long texts), [`self_assessment`] with [`answers`] and
//! [`sources`], [`worksheet`], the officer's [`review`] overview and
//! feedback [`letter`], and [`world`] (the typesetter's files and
//! fonts). The scoring itself is [`crate::model::analysis`].
//!
//! ```no_run
//! use reflectietool::{Lang, Questionnaire, report};
//! # fn main() -> Result<(), report::ReportError> {
//! let q = Questionnaire::builtin();
//! let pdf = report::worksheet_pdf(&q, Lang::Nl)?;
//! report::write_pdf(std::path::Path::new("werkblad.pdf"), &pdf)?;
//! # Ok(()) }
//! ```

pub mod answers;
pub mod consensus;
pub mod continuity;
pub mod document;
pub mod letter;
pub mod poll;
pub mod review;
pub mod self_assessment;
pub mod share;
pub mod sources;
pub mod text;
pub mod words;
pub mod worksheet;
pub mod world;
mod year_words;

use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::Reflection;
use crate::review::feedback::Feedback;
use crate::review::{Review, ReviewEntry};
use crate::storage::{self, StorageError};

pub use document::{Document, Print, PrintOptions};
use world::{ReportWorld, Template};

/// Why a document could not be made or saved.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The reflection answers another questionnaire than the one given.
    #[error(
        "this reflection answers questionnaire \"{expected}\", not \"{found}\"; use the questionnaire it was made with"
    )]
    WrongQuestionnaire {
        /// The questionnaire id in the reflection.
        expected: String,
        /// The id of the questionnaire that was given.
        found: String,
    },
    /// The template could not be typeset: a fault in the program.
    #[error("the document could not be typeset ({}); this is a fault in Reflectietool, please report it", .messages.join("; "))]
    Typeset {
        /// What the typesetter said.
        messages: Vec<String>,
    },
    /// A member poll was asked of a questionnaire that has none.
    #[error(
        "questionnaire \"{questionnaire}\" has no member poll; use a questionnaire with a poll field (see questionnaires/README.md)"
    )]
    NoPoll {
        /// The questionnaire's id.
        questionnaire: String,
    },
    /// The CSV files of a review could not be written.
    #[error("{}", .0.describe(Lang::En))]
    Csv(crate::review::csv::CsvError),
    /// The PDF file could not be written.
    #[error("{}: cannot save the PDF: {}; choose another folder or file name, and check that the disk is not full or read-only", path.display(), crate::format::plain::io_reason(source, Lang::En))]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
}

impl ReportError {
    /// Describes the error in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            ReportError::WrongQuestionnaire { expected, found } => format!(
                "deze reflectie hoort bij vragenlijst \"{expected}\", niet bij \"{found}\"; gebruik de vragenlijst waarmee ze gemaakt is"
            ),
            ReportError::Typeset { messages } => format!(
                "het document kon niet worden opgemaakt ({}); dit is een fout in de Reflectietool, meld die alsjeblieft",
                messages.join("; ")
            ),
            ReportError::NoPoll { questionnaire } => format!(
                "vragenlijst \"{questionnaire}\" heeft geen ledenpeiling; gebruik een vragenlijst met een veld poll (zie questionnaires/README.md)"
            ),
            ReportError::Csv(e) => e.describe(Lang::Nl),
            ReportError::Write { path, source } => format!(
                "{}: de pdf kan niet worden opgeslagen: {}; kies een andere map of bestandsnaam, en controleer of de schijf niet vol of alleen-lezen is",
                path.display(),
                crate::format::plain::io_reason(source, Lang::Nl)
            ),
        }
    }
}

/// Makes one document of a reflection as PDF (the short or the full
/// self-assessment, with what `print` lets in), dated today.
pub fn print_pdf(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    lang: Lang,
    print: Print,
) -> Result<Vec<u8>, ReportError> {
    print_pdf_on(reflection, questionnaire, lang, today(), print)
}

/// Makes one document of a reflection as PDF with a given date on the
/// cover, so that the same input gives the same document.
pub fn print_pdf_on(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    lang: Lang,
    date: jiff::civil::Date,
    print: Print,
) -> Result<Vec<u8>, ReportError> {
    print_routed_pdf_on(reflection, questionnaire, None, lang, date, print)
}

/// Makes one document of a reflection like [`print_routed_pdf_on`], with
/// last year beside this year from the network's earlier years (see
/// [`continuity::mark_history`]).
pub fn print_history_pdf_on(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    route: Option<(&crate::model::route::Route, &Questionnaire)>,
    history: &crate::model::continuity::History,
    lang: Lang,
    date: jiff::civil::Date,
    print: Print,
) -> Result<Vec<u8>, ReportError> {
    print_pdf_with(
        reflection,
        questionnaire,
        route,
        Some(history),
        lang,
        date,
        print,
    )
}

/// Makes one document of a reflection that followed a session route:
/// `questionnaire` is the questionnaire as the route walks it
/// ([`crate::model::route::Route::apply`]), `route` the route and the
/// whole questionnaire, so that the cover says which route was used and
/// what it left out.
pub fn print_routed_pdf_on(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    route: Option<(&crate::model::route::Route, &Questionnaire)>,
    lang: Lang,
    date: jiff::civil::Date,
    print: Print,
) -> Result<Vec<u8>, ReportError> {
    print_pdf_with(reflection, questionnaire, route, None, lang, date, print)
}

fn print_pdf_with(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    route: Option<(&crate::model::route::Route, &Questionnaire)>,
    history: Option<&crate::model::continuity::History>,
    lang: Lang,
    date: jiff::civil::Date,
    print: Print,
) -> Result<Vec<u8>, ReportError> {
    if reflection.questionnaire.id != questionnaire.id {
        return Err(ReportError::WrongQuestionnaire {
            expected: reflection.questionnaire.id.clone(),
            found: questionnaire.id.clone(),
        });
    }
    let kind = reflection.profile.kind;
    let mut data =
        self_assessment::self_assessment_for(reflection, questionnaire, lang, date, print);
    // counted against the whole questionnaire: once for the kind, then
    // what the route left out of what is for the kind
    let whole = route.map_or(questionnaire, |(_, full)| full);
    self_assessment::mark_kind(&mut data, whole, kind, lang);
    if let Some((route, full)) = route {
        self_assessment::mark_route(&mut data, route, &full.for_kind(kind), lang);
    }
    if let Some(history) = history {
        continuity::mark_history(
            &mut data,
            reflection,
            &questionnaire.for_kind(kind),
            history,
            lang,
        );
    }
    let mut title = format!(
        "{} – {} {}",
        lang.pick("Zelfevaluatie", "Self-assessment"),
        reflection.profile.name,
        reflection.profile.board_year
    );
    let mut ident = reflection.id.clone();
    if print.document == Document::Short {
        title = format!("{} ({})", title.trim_end(), Document::Short.label(lang));
        ident.push_str("-short");
    }
    typeset(Template::SelfAssessment, &data, date, &title, &ident)
}

/// Makes the full self-assessment of a reflection as PDF, dated today,
/// with everything that may print (notes, reasons and dissent,
/// discuss-later marks; never private notes).
pub fn self_assessment_pdf(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    lang: Lang,
) -> Result<Vec<u8>, ReportError> {
    self_assessment_pdf_on(reflection, questionnaire, lang, today())
}

/// Makes the full self-assessment of a reflection as PDF, with everything
/// that may print, with a given date on the cover (and as the date of the PDF), so that the same input gives the
/// same document.
pub fn self_assessment_pdf_on(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    lang: Lang,
    date: jiff::civil::Date,
) -> Result<Vec<u8>, ReportError> {
    if reflection.questionnaire.id != questionnaire.id {
        return Err(ReportError::WrongQuestionnaire {
            expected: reflection.questionnaire.id.clone(),
            found: questionnaire.id.clone(),
        });
    }
    let mut data = self_assessment::self_assessment(reflection, questionnaire, lang, date);
    self_assessment::mark_kind(&mut data, questionnaire, reflection.profile.kind, lang);
    let title = format!(
        "{} – {} {}",
        lang.pick("Zelfevaluatie", "Self-assessment"),
        reflection.profile.name,
        reflection.profile.board_year
    );
    typeset(
        Template::SelfAssessment,
        &data,
        date,
        &title,
        &reflection.id,
    )
}

/// Makes the blank worksheet of a questionnaire as PDF.
pub fn worksheet_pdf(questionnaire: &Questionnaire, lang: Lang) -> Result<Vec<u8>, ReportError> {
    worksheet_pdf_on(questionnaire, lang, today())
}

/// Makes the blank worksheet of a questionnaire as PDF, with a given date
/// as the date of the PDF.
pub fn worksheet_pdf_on(
    questionnaire: &Questionnaire,
    lang: Lang,
    date: jiff::civil::Date,
) -> Result<Vec<u8>, ReportError> {
    worksheet_routed_pdf_on(questionnaire, None, lang, date)
}

/// Makes the blank worksheet of a session route as PDF: `questionnaire`
/// as the route walks it ([`crate::model::route::Route::apply`]), and the
/// route with the whole questionnaire, so that the head names the route,
/// its questions and its time.
pub fn worksheet_routed_pdf_on(
    questionnaire: &Questionnaire,
    route: Option<(&crate::model::route::Route, &Questionnaire)>,
    lang: Lang,
    date: jiff::civil::Date,
) -> Result<Vec<u8>, ReportError> {
    worksheet_kind_pdf_on(questionnaire, route, None, lang, date)
}

/// Makes the blank worksheet like [`worksheet_routed_pdf_on`], for one
/// kind of network when `kind` is given: only its questions, in its
/// words, and the head names the kind and how many questions are not for
/// it.
pub fn worksheet_kind_pdf_on(
    questionnaire: &Questionnaire,
    route: Option<(&crate::model::route::Route, &Questionnaire)>,
    kind: Option<crate::model::reflection::NetworkKind>,
    lang: Lang,
    date: jiff::civil::Date,
) -> Result<Vec<u8>, ReportError> {
    let shaped = kind.map(|k| questionnaire.for_kind(k));
    let mut data = worksheet::worksheet(shaped.as_ref().unwrap_or(questionnaire), lang);
    if let Some(kind) = kind {
        let whole = route.map_or(questionnaire, |(_, full)| full);
        let left = whole.left_out_for_kind(kind).len();
        data.questionnaire = format!("{} · {}", data.questionnaire, kind.label().get(lang));
        if left > 0 {
            data.questionnaire.push_str(&match lang {
                Lang::Nl => format!(" ({left} vragen zijn niet voor dit soort netwerk)"),
                Lang::En => format!(" ({left} questions are not for this kind of network)"),
            });
        }
    }
    if let Some((route, full)) = route {
        let for_kind = kind.map(|k| full.for_kind(k));
        let full = for_kind.as_ref().unwrap_or(full);
        data.questionnaire = format!(
            "{} · {}: {}",
            data.questionnaire,
            lang.pick("Route", "Route"),
            crate::model::route::route_summary(route, full, lang)
        );
    }
    let title = format!(
        "{} – {}",
        lang.pick("Werkblad", "Worksheet"),
        questionnaire.title.get(lang)
    );
    let ident = format!(
        "worksheet-{}-{}-{}",
        questionnaire.id,
        questionnaire.version,
        lang.code()
    );
    typeset(Template::Worksheet, &data, date, &title, &ident)
}

/// Why a member poll could not be made: the questionnaire has none.
fn no_poll(questionnaire: &Questionnaire) -> ReportError {
    ReportError::NoPoll {
        questionnaire: questionnaire.id.clone(),
    }
}

/// Makes the member poll of a questionnaire as PDF: one page for members
/// to tick, headed with the network's name when it is given (empty: not
/// known), with a given date as the date of the PDF, so that the same
/// input gives the same document.
pub fn poll_pdf_on(
    questionnaire: &Questionnaire,
    network: &str,
    lang: Lang,
    date: jiff::civil::Date,
) -> Result<Vec<u8>, ReportError> {
    let data =
        poll::poll_sheet(questionnaire, network, lang).ok_or_else(|| no_poll(questionnaire))?;
    let title = format!(
        "{} – {}",
        lang.pick("Ledenpeiling", "Member poll"),
        if network.trim().is_empty() {
            questionnaire.title.get(lang)
        } else {
            network.trim()
        }
    );
    let ident = format!(
        "poll-{}-{}-{}",
        questionnaire.id,
        questionnaire.version,
        lang.code()
    );
    typeset(Template::Poll, &data, date, &title, &ident)
}

/// Typesets the member poll and returns its number of pages and the
/// typesetter's warnings; for tests, which want one page and none.
#[doc(hidden)]
pub fn poll_pages(
    questionnaire: &Questionnaire,
    network: &str,
    lang: Lang,
) -> Result<(usize, Vec<String>), ReportError> {
    let data =
        poll::poll_sheet(questionnaire, network, lang).ok_or_else(|| no_poll(questionnaire))?;
    compile(Template::Poll, &data, today(), "").map(|(d, w, _)| (d.pages().len(), w))
}

/// Suggests a file name for the member poll, such as
/// `ledenpeiling-pride-erasmus.pdf`.
pub fn poll_file_name(network: &str, lang: Lang) -> String {
    let stem = lang.pick("ledenpeiling", "member-poll");
    if network.trim().is_empty() {
        format!("{stem}.pdf")
    } else {
        format!("{stem}-{}.pdf", crate::model::reflection::slug(network))
    }
}

/// Makes the officer's overview of a review as PDF, dated today: a cover
/// with what was read (and what could not be), the table of every network
/// and board year, the radar of the average network, what networks ask,
/// and one paragraph per network. Private notes never print.
pub fn review_overview_pdf(review: &Review, lang: Lang) -> Result<Vec<u8>, ReportError> {
    review_overview_pdf_on(review, lang, today())
}

/// Makes the officer's overview of a review as PDF with a given date, so
/// that the same review gives the same document.
pub fn review_overview_pdf_on(
    review: &Review,
    lang: Lang,
    date: jiff::civil::Date,
) -> Result<Vec<u8>, ReportError> {
    let data = review::review_overview(review, lang, date);
    let title = format!(
        "{} – {}",
        lang.pick("Overzicht van de netwerken", "Overview of the networks"),
        words::long_date(date, lang)
    );
    let ident = format!("review-overview-{}", lang.code());
    typeset(Template::ReviewOverview, &data, date, &title, &ident)
}

/// Makes the feedback letter to one network as PDF, dated today: the
/// officer's feedback (in general and per theme) beside the network's own
/// summary, to send back to its board. Private notes never print.
pub fn feedback_letter_pdf(
    entry: &ReviewEntry,
    feedback: &Feedback,
    lang: Lang,
) -> Result<Vec<u8>, ReportError> {
    feedback_letter_pdf_on(entry, feedback, lang, today())
}

/// Makes the feedback letter to one network as PDF with a given date, so
/// that the same input gives the same document.
pub fn feedback_letter_pdf_on(
    entry: &ReviewEntry,
    feedback: &Feedback,
    lang: Lang,
    date: jiff::civil::Date,
) -> Result<Vec<u8>, ReportError> {
    let data = letter::feedback_letter(entry, feedback, lang, date);
    let title = format!(
        "{} – {}",
        lang.pick("Terugkoppeling", "Feedback"),
        entry.title()
    );
    let ident = format!("feedback-{}-{}", entry.key(), lang.code());
    typeset(Template::FeedbackLetter, &data, date, &title, &ident)
}

/// Suggests a file name for the overview of a review, such as
/// `overzicht-netwerken-2026-11-25.pdf`.
pub fn review_overview_file_name(lang: Lang, date: jiff::civil::Date) -> String {
    format!(
        "{}-{}.pdf",
        lang.pick("overzicht-netwerken", "overview-networks"),
        date
    )
}

/// Suggests a file name for the feedback letter to a network, such as
/// `terugkoppeling-pride-erasmus-2026-2027.pdf`.
pub fn feedback_letter_file_name(entry: &ReviewEntry, lang: Lang) -> String {
    let mut stem = format!(
        "{}-{}",
        lang.pick("terugkoppeling", "feedback"),
        crate::model::reflection::slug(&entry.name())
    );
    if !entry.board_year().is_empty() {
        stem.push('-');
        stem.push_str(&crate::model::reflection::slug(entry.board_year()));
    }
    format!("{stem}.pdf")
}

/// Typesets the overview of a review and returns the typesetter's
/// warnings; for tests, which want none.
#[doc(hidden)]
pub fn review_overview_warnings(review: &Review, lang: Lang) -> Result<Vec<String>, ReportError> {
    let data = review::review_overview(review, lang, today());
    compile(Template::ReviewOverview, &data, today(), "").map(|(_, w, _)| w)
}

/// Typesets the overview of a review and returns its number of pages; for
/// tests and benchmarks.
#[doc(hidden)]
pub fn review_overview_pages(review: &Review, lang: Lang) -> Result<usize, ReportError> {
    let data = review::review_overview(review, lang, today());
    compile(Template::ReviewOverview, &data, today(), "").map(|(d, _, _)| d.pages().len())
}

/// Typesets a feedback letter and returns the typesetter's warnings; for
/// tests.
#[doc(hidden)]
pub fn feedback_letter_warnings(
    entry: &ReviewEntry,
    feedback: &Feedback,
    lang: Lang,
) -> Result<Vec<String>, ReportError> {
    let data = letter::feedback_letter(entry, feedback, lang, today());
    compile(Template::FeedbackLetter, &data, today(), "").map(|(_, w, _)| w)
}

/// Saves a PDF atomically: a crash never leaves half a file, and an
/// existing file is replaced only by a complete new one.
pub fn write_pdf(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    storage::write_atomic(path, bytes).map_err(|e| match e {
        StorageError::Write { path, source } => ReportError::Write { path, source },
        other => ReportError::Write {
            path: path.to_owned(),
            source: std::io::Error::other(other.to_string()),
        },
    })
}

/// Suggests a file name for the self-assessment of a reflection, such as
/// `zelfevaluatie-studentenvereniging-2026-2027.pdf`.
pub fn self_assessment_file_name(reflection: &Reflection, lang: Lang) -> String {
    let mut stem = format!(
        "{}-{}",
        lang.pick("zelfevaluatie", "self-assessment"),
        crate::model::reflection::slug(&reflection.profile.name)
    );
    let year = crate::model::reflection::slug(&reflection.profile.board_year);
    if !reflection.profile.board_year.trim().is_empty() {
        stem.push('-');
        stem.push_str(&year);
    }
    format!("{stem}.pdf")
}

/// Suggests a file name for the worksheet of a questionnaire, such as
/// `werkblad-reflectietool.pdf`.
pub fn worksheet_file_name(questionnaire: &Questionnaire, lang: Lang) -> String {
    format!(
        "{}-{}.pdf",
        lang.pick("werkblad", "worksheet"),
        crate::model::reflection::slug(&questionnaire.id)
    )
}

/// Returns today's date on this computer's clock.
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// Typesets the self-assessment and returns the typesetter's warnings
/// instead of the PDF; for tests, which want none.
#[doc(hidden)]
pub fn self_assessment_warnings(
    reflection: &Reflection,
    questionnaire: &Questionnaire,
    lang: Lang,
) -> Result<Vec<String>, ReportError> {
    let data = self_assessment::self_assessment(reflection, questionnaire, lang, today());
    compile(Template::SelfAssessment, &data, today(), "").map(|(_, w, _)| w)
}

/// Typesets the worksheet and returns the typesetter's warnings; for tests.
#[doc(hidden)]
pub fn worksheet_warnings(
    questionnaire: &Questionnaire,
    lang: Lang,
) -> Result<Vec<String>, ReportError> {
    let data = worksheet::worksheet(questionnaire, lang);
    compile(Template::Worksheet, &data, today(), "").map(|(_, w, _)| w)
}

fn typeset(
    template: Template,
    data: &impl serde::Serialize,
    date: jiff::civil::Date,
    title: &str,
    ident: &str,
) -> Result<Vec<u8>, ReportError> {
    use typst::foundations::Smart;

    let (document, _warnings, world) = compile(template, data, date, title)?;
    let timestamp = typst::foundations::Datetime::from_ymd(
        i32::from(date.year()),
        date.month().unsigned_abs(),
        date.day().unsigned_abs(),
    )
    .map(typst_pdf::Timestamp::new_utc);
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(ident.to_owned()),
        timestamp,
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| diagnostics(&world, &errors))
}

/// Lays out a template with its data: the pages, the warnings, and the
/// world they were made in.
fn compile(
    template: Template,
    data: &impl serde::Serialize,
    date: jiff::civil::Date,
    title: &str,
) -> Result<(typst_layout::PagedDocument, Vec<String>, ReportWorld), ReportError> {
    /// The data with the document's title and the colours it shares with
    /// the window, which go along as data too.
    #[derive(serde::Serialize)]
    struct WithTitle<'a, T: serde::Serialize> {
        #[serde(flatten)]
        data: &'a T,
        doc_title: &'a str,
        palette: crate::palette::DocumentPalette,
    }
    let json = serde_json::to_vec(&WithTitle {
        data,
        doc_title: title,
        palette: crate::palette::document(),
    })
    .map_err(|e| ReportError::Typeset {
        messages: vec![e.to_string()],
    })?;
    let world = ReportWorld::new(template, json, date);
    let result = typst::compile::<typst_layout::PagedDocument>(&world);
    // Documents are made now and then, not in a loop: free the compiler's
    // memo cache at once rather than keep it in a program that mostly waits.
    typst::comemo::evict(0);
    let document = result
        .output
        .map_err(|errors| diagnostics(&world, &errors))?;
    let warnings = match diagnostics(&world, &result.warnings) {
        ReportError::Typeset { messages } => messages,
        _ => Vec::new(),
    };
    Ok((document, warnings, world))
}

fn diagnostics(world: &ReportWorld, errors: &[typst::diag::SourceDiagnostic]) -> ReportError {
    use typst::World;
    use typst::WorldExt;
    let messages = errors
        .iter()
        .map(|e| {
            let place = e.span.id().and_then(|id| {
                let source = world.source(id).ok()?;
                let range = world.range(e.span)?;
                let line = source.lines().byte_to_line(range.start)? + 1;
                Some(format!("{}:{line}: ", ReportWorld::name(id)))
            });
            format!("{}{}", place.unwrap_or_default(), e.message)
        })
        .collect();
    ReportError::Typeset { messages }
}
