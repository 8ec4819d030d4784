//! The command line: `check`, `list`, `import`, `export`, `worksheet`, `poll`, `review`, and
//! (without a command) the window.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::format;
use crate::format::bounded::{Bounded, read_bounded, too_large_message};
use crate::format::problem::format_problems;
use crate::format::reflection::{parse_reflection, validate_reflection};
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::FORMAT_VERSION;
use crate::storage::catalogue::Catalogue;
use crate::storage::{self, Store};
use std::sync::Arc;

mod help;
pub mod import;
pub mod poll;
pub mod review;
pub use help::command;

/// Reflectietool: a reflection for the boards of identity networks.
#[derive(Debug, Parser)]
#[command(name = "reflectietool", version, about, long_about = None)]
pub struct Cli {
    /// Where reflections live (default: the user's data folder).
    #[arg(long, global = true, env = storage::DATA_DIR_ENV, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The language of messages and of documents: nl or en (default: Dutch, unless LANG is English).
    #[arg(long, global = true, value_parser = parse_lang, value_name = "nl|en")]
    pub lang: Option<Lang>,

    /// What to do; without a command the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A command-line command.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate questionnaires or reflections.
    Check {
        /// The files to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Show the saved reflections.
    List,
    /// Gather reflection files (the groups' work, e.g. from a USB stick)
    /// into the data folder: each file named, and every .ron file directly
    /// in each folder named. Nothing is written where they are; nothing in
    /// the data folder is written over.
    Import {
        /// The files and folders to gather from.
        #[arg(required = true, value_name = "DIR_OR_FILE")]
        paths: Vec<PathBuf>,
    },
    /// Make the printable self-assessment (PDF) of a reflection file: the
    /// short one for the general assembly or the full one.
    Export {
        /// The reflection file (.ron).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Where to write the PDF.
        #[arg(long, short, value_name = "X.pdf")]
        out: PathBuf,
        /// The questionnaire the reflection answers, when it is not the
        /// built-in one and not in the data folder's questionnaires folder.
        #[arg(long, value_name = "Q.ron")]
        questionnaire: Option<PathBuf>,
        /// Which document: kort (2–4 pages for the general assembly: cover,
        /// summary, positions, actions, adoption line) or volledig (every
        /// answer, for the diversity officer).
        #[arg(long, value_parser = parse_document, value_name = "kort|volledig", default_value = "volledig")]
        document: crate::report::Document,
        /// What goes in besides the answers, comma-separated: notes,
        /// reasons (reasons and dissent), discuss-later; or none. Default:
        /// none for kort, notes,reasons for volledig. Private notes never
        /// print.
        #[arg(long, value_parser = parse_include, value_name = "LIST")]
        include: Option<crate::report::PrintOptions>,
    },
    /// Make the blank worksheet (PDF) of a questionnaire, for paper use.
    Worksheet {
        /// The questionnaire file (default: the built-in questionnaire).
        #[arg(value_name = "QUESTIONNAIRE")]
        questionnaire: Option<PathBuf>,
        /// Where to write the PDF.
        #[arg(long, short, value_name = "X.pdf")]
        out: PathBuf,
        /// Only the questions of this session route, in its order: the id of
        /// a built-in route (bestuursavond, workshop-90) or of one in the
        /// data folder, or a route file.
        #[arg(long, value_name = "ROUTE")]
        route: Option<String>,
        /// Only the questions for this kind of network, in its words:
        /// student, women, pride, disability, employee, first-generation or
        /// other.
        #[arg(long, value_parser = parse_kind, value_name = "KIND")]
        kind: Option<crate::model::reflection::NetworkKind>,
    },
    /// Make the member poll (PDF) of a questionnaire: one page that members
    /// tick before the reflection.
    Poll {
        /// The questionnaire file (default: the built-in questionnaire).
        #[arg(value_name = "QUESTIONNAIRE")]
        questionnaire: Option<PathBuf>,
        /// Where to write the PDF.
        #[arg(long, short, value_name = "X.pdf")]
        out: PathBuf,
        /// The network's name, at the top of the page.
        #[arg(long, value_name = "NAME")]
        network: Option<String>,
    },
    /// Read the reflections of many networks without changing them, and
    /// export them: CSV files (answers_long.csv, summary_wide.csv,
    /// codebook.csv) for a spreadsheet, and the overview (PDF) for a policy
    /// report.
    #[command(group(clap::ArgGroup::new("output").required(true).multiple(true).args(["csv", "pdf"])))]
    Review {
        /// The folders (every .ron file directly in them) and files to read;
        /// nothing in them is written.
        #[arg(required = true, value_name = "DIR_OR_FILE")]
        sources: Vec<PathBuf>,
        /// The folder for the CSV files (made if missing; never a folder
        /// under review).
        #[arg(long, value_name = "OUT_DIR")]
        csv: Option<PathBuf>,
        /// What separates the CSV fields: comma, or semicolon for Dutch
        /// Excel (numbers then have a decimal comma).
        #[arg(long, value_parser = review::parse_separator, value_name = "comma|semicolon", default_value = "comma")]
        separator: crate::review::csv::Separator,
        /// Where to write the overview (PDF) for a policy report, in the
        /// language of --lang (never into a folder under review).
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
    },
}

fn parse_document(s: &str) -> Result<crate::report::Document, String> {
    crate::report::Document::from_code(s)
        .ok_or_else(|| format!("unknown document \"{s}\"; use kort or volledig (short or full)"))
}

/// Reads `--include`: `none`, or a comma-separated list of `notes`,
/// `reasons` and `discuss-later` (Dutch: `notities`, `redenen`,
/// `later-bespreken`).
pub fn parse_include(s: &str) -> Result<crate::report::PrintOptions, String> {
    let mut o = crate::report::PrintOptions::NONE;
    for part in s.split(',').map(|p| p.trim().to_lowercase()) {
        match part.as_str() {
            "none" | "geen" | "" => {}
            "notes" | "notities" => o.notes = true,
            "reasons" | "redenen" => o.reasons = true,
            "discuss-later" | "later-bespreken" => o.discuss_later = true,
            other => {
                return Err(format!(
                    "unknown part \"{other}\"; use notes, reasons, discuss-later or none, separated by commas"
                ));
            }
        }
    }
    Ok(o)
}

/// The words `--kind` takes, one per kind of network.
pub const KIND_WORDS: [(&str, crate::model::reflection::NetworkKind); 7] = {
    use crate::model::reflection::NetworkKind as K;
    [
        ("student", K::StudentAssociation),
        ("women", K::Women),
        ("pride", K::Pride),
        ("disability", K::Disability),
        ("employee", K::Employee),
        ("first-generation", K::FirstGeneration),
        ("other", K::Other),
    ]
};

fn parse_kind(s: &str) -> Result<crate::model::reflection::NetworkKind, String> {
    KIND_WORDS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(s.trim()))
        .map(|(_, k)| *k)
        .ok_or_else(|| {
            let words: Vec<&str> = KIND_WORDS.iter().map(|(w, _)| *w).collect();
            format!(
                "unknown kind of network \"{s}\"; use one of: {}",
                words.join(", ")
            )
        })
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| format!("unknown language \"{s}\"; use nl or en"))
}

/// Picks the language of messages and documents: the flag, else English
/// when `LC_ALL`, `LC_MESSAGES` or `LANG` asks for it, else Dutch.
pub fn message_lang(flag: Option<Lang>) -> Lang {
    flag.unwrap_or_else(Lang::from_env)
}

/// Finds `--lang` in the raw arguments, for messages about arguments that
/// could not be read as a whole.
pub fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Lang> {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).and_then(|v| Lang::from_code(v)),
            Some(rest) => rest.strip_prefix('=').and_then(Lang::from_code),
            None => None,
        })
}

/// Puts a usage error of the command line (a missing file, an unknown
/// option or command, a wrong value) into words in `lang`, with what to do.
pub fn usage_message(e: &clap::Error, lang: Lang) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let what = match (e.kind(), lang) {
        (ErrorKind::MissingRequiredArgument, Lang::Nl) => {
            format!("er ontbreekt iets: {}", context(ContextKind::InvalidArg))
        }
        (ErrorKind::MissingRequiredArgument, Lang::En) => {
            format!("something is missing: {}", context(ContextKind::InvalidArg))
        }
        (ErrorKind::UnknownArgument, Lang::Nl) => {
            format!("onbekende optie {}", context(ContextKind::InvalidArg))
        }
        (ErrorKind::UnknownArgument, Lang::En) => {
            format!("unknown option {}", context(ContextKind::InvalidArg))
        }
        (ErrorKind::InvalidSubcommand, Lang::Nl) => {
            format!(
                "onbekende opdracht {}",
                context(ContextKind::InvalidSubcommand)
            )
        }
        (ErrorKind::InvalidSubcommand, Lang::En) => {
            format!(
                "unknown command {}",
                context(ContextKind::InvalidSubcommand)
            )
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, _)
            if context(ContextKind::InvalidArg).starts_with("--lang") =>
        {
            let value = context(ContextKind::InvalidValue);
            lang.pick(
                &format!("onbekende taal \"{value}\"; gebruik nl of en"),
                &format!("unknown language \"{value}\"; use nl or en"),
            )
            .to_owned()
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, _) => {
            let arg = context(ContextKind::InvalidArg);
            let value = context(ContextKind::InvalidValue);
            let (nl, en) = if arg.starts_with("--document") {
                (
                    "gebruik kort of volledig",
                    "use kort or volledig (short or full)",
                )
            } else if arg.starts_with("--separator") {
                (
                    "gebruik comma of semicolon (puntkomma, voor Nederlandse Excel)",
                    "use comma or semicolon (for Dutch Excel)",
                )
            } else if arg.starts_with("--include") {
                (
                    "gebruik none, of een lijst met komma's van notes, reasons en discuss-later",
                    "use none, or a comma-separated list of notes, reasons and discuss-later",
                )
            } else {
                ("zie hieronder wat kan", "see below what is possible")
            };
            lang.pick(
                &format!("onbekende waarde \"{value}\" bij {arg}; {nl}"),
                &format!("unknown value \"{value}\" for {arg}; {en}"),
            )
            .to_owned()
        }
        (_, Lang::Nl) => "deze opdracht is niet goed geschreven".to_owned(),
        (_, Lang::En) => "this command is not written correctly".to_owned(),
    };
    let help = lang.pick(
        "Zie wat kan met: reflectietool --help",
        "See what is possible with: reflectietool --help",
    );
    format!("reflectietool: {what}\n{help}")
}

/// Resolves the data folder: the flag or variable, else the portable one
/// next to the program, else the user's data folder.
pub fn data_dir(flag: Option<PathBuf>) -> anyhow::Result<storage::location::DataDir> {
    Ok(storage::location::data_dir(flag)?)
}

pub use crate::format::scan::{FileKind, file_kind};

/// Checks files and writes one line per valid file to `out` and the
/// problems to `err`; returns whether all were valid. Reflections are
/// checked against their questionnaire (the built-in one, or one named in
/// the same call), each problem as `file:line:column: message`.
pub fn check(files: &[PathBuf], lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> bool {
    let mut all_ok = true;
    // questionnaires named in the same call are used to check reflections
    let mut known = Catalogue::builtin(Arc::new(Questionnaire::builtin()));
    let mut reflections = Vec::new();
    let mut routes = Vec::new();
    for path in files {
        let name = path.display().to_string();
        let source = match read_bounded(path) {
            Ok(Bounded::Whole(b)) => b,
            Ok(Bounded::TooLarge { size, kind }) => {
                let _ = writeln!(err, "{}", too_large_message(path, size, &kind, lang));
                all_ok = false;
                continue;
            }
            Err(e) => {
                let _ = writeln!(
                    err,
                    "{}",
                    match lang {
                        Lang::Nl => format!(
                            "{name}: het bestand is niet te lezen: {}",
                            crate::format::plain::io_reason(&e, Lang::Nl)
                        ),
                        Lang::En => format!(
                            "{name}: cannot read the file: {}",
                            crate::format::plain::io_reason(&e, Lang::En)
                        ),
                    }
                );
                all_ok = false;
                continue;
            }
        };
        let text = String::from_utf8_lossy(&source);
        match file_kind(&text) {
            FileKind::Questionnaire => match format::parse_questionnaire_bytes(&source, &name) {
                Ok(q) => {
                    let _ = writeln!(out, "{name}: ok, {}", q.summary(lang));
                    if q.varies_by_kind() {
                        let _ = writeln!(
                            out,
                            "{}",
                            lang.pick("per soort netwerk:", "per kind of network:")
                        );
                        for line in q.kind_summary(lang) {
                            let _ = writeln!(out, "{line}");
                        }
                    }
                    known.add(q, Some(path.clone()));
                }
                Err(e) => {
                    let _ = writeln!(err, "{}", e.describe(lang));
                    all_ok = false;
                }
            },
            FileKind::Reflection => reflections.push((path.clone(), source)),
            FileKind::Route => routes.push((path.clone(), source)),
            FileKind::Unknown => {
                let _ = writeln!(
                    err,
                    "{}",
                    match lang {
                        Lang::Nl => format!(
                            "{name}:1:1: dit is geen vragenlijst, reflectie of route; zo'n bestand begint met Questionnaire(, Reflection( of Route("
                        ),
                        Lang::En => format!(
                            "{name}:1:1: this is not a questionnaire, a reflection or a route; such a file starts with Questionnaire(, Reflection( or Route("
                        ),
                    }
                );
                all_ok = false;
            }
        }
    }
    for (path, bytes) in reflections {
        all_ok &= check_reflection(&path, &bytes, &known, lang, out, err);
    }
    for (path, bytes) in routes {
        all_ok &= check_route(&path, &bytes, &known, lang, out, err);
    }
    all_ok
}

/// Checks a route file against the questionnaire it names (the built-in
/// one, or one named in the same call).
fn check_route(
    path: &Path,
    bytes: &[u8],
    known: &Catalogue,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let name = path.display().to_string();
    let text = String::from_utf8_lossy(bytes);
    let q = crate::format::route::named_head(&text)
        .and_then(|(id, version)| {
            known.find(&crate::model::reflection::QuestionnaireRef { id, version })
        })
        .unwrap_or_else(|| Arc::new(Questionnaire::builtin()));
    match crate::format::route::parse_route(&text, &name, &q) {
        Ok(route) => {
            let _ = writeln!(
                out,
                "{name}: ok, {}",
                crate::model::route::route_summary(&route, &q, lang)
            );
            true
        }
        Err(e) => {
            let _ = writeln!(err, "{}", e.describe(lang));
            false
        }
    }
}

fn check_reflection(
    path: &Path,
    bytes: &[u8],
    known: &Catalogue,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let name = path.display().to_string();
    let parsed = format::decode(bytes, path)
        .and_then(|source| parse_reflection(source, path).map(|loaded| (source, loaded)));
    match parsed {
        Ok((source, loaded)) => {
            let r = &loaded.reflection;
            let q = known.find(&r.questionnaire);
            let q = q.as_deref();
            let problems = validate_reflection(r, q, source);
            if !problems.is_empty() {
                let _ = writeln!(err, "{}", format_problems(&name, &problems, lang));
                return false;
            }
            // counted against the questions for the network's kind
            let answered = match q {
                Some(q) => format!(
                    "{}/{}",
                    r.answered_count(q),
                    q.questions_for(r.profile.kind).count()
                ),
                None => r.answered_any().to_string(),
            };
            let _ = match lang {
                Lang::Nl => writeln!(
                    out,
                    "{name}: ok, reflectie van {} ({}), vragenlijst {} {}, {answered} vragen beantwoord, {} respondenten, {} actiepunten",
                    r.profile.name,
                    r.profile.board_year,
                    r.questionnaire.id,
                    r.questionnaire.version,
                    r.respondents.len(),
                    r.actions.len()
                ),
                Lang::En => writeln!(
                    out,
                    "{name}: ok, reflection of {} ({}), questionnaire {} {}, {answered} questions answered, {} respondents, {} action points",
                    r.profile.name,
                    r.profile.board_year,
                    r.questionnaire.id,
                    r.questionnaire.version,
                    r.respondents.len(),
                    r.actions.len()
                ),
            };
            match q {
                Some(q) => {
                    let orphans = r.orphaned(q);
                    if !orphans.is_empty() {
                        let _ = match lang {
                            Lang::Nl => writeln!(
                                out,
                                "{name}: let op: {} antwoord(en) op vragen die vragenlijst {} {} niet meer heeft, zijn bewaard: {}",
                                orphans.len(),
                                q.id,
                                q.version,
                                orphans.join(", ")
                            ),
                            Lang::En => writeln!(
                                out,
                                "{name}: note: {} answer(s) to questions that questionnaire {} {} no longer has are kept: {}",
                                orphans.len(),
                                q.id,
                                q.version,
                                orphans.join(", ")
                            ),
                        };
                    }
                }
                None => {
                    let _ = match lang {
                        Lang::Nl => writeln!(
                            out,
                            "{name}: let op: vragenlijst \"{}\" is onbekend; geef het vragenlijstbestand mee om de antwoorden te controleren",
                            r.questionnaire.id
                        ),
                        Lang::En => writeln!(
                            out,
                            "{name}: note: questionnaire \"{}\" is unknown; pass its file as well to check the answers against it",
                            r.questionnaire.id
                        ),
                    };
                }
            }
            if let Some(version) = loaded.upgraded_from {
                let _ = match lang {
                    Lang::Nl => writeln!(
                        out,
                        "{name}: let op: bestandsformaat {version}; het programma leest het als formaat {FORMAT_VERSION} en schrijft het zo bij de volgende wijziging"
                    ),
                    Lang::En => writeln!(
                        out,
                        "{name}: note: file format {version}; the program reads it as format {FORMAT_VERSION} and writes it so at the next change"
                    ),
                };
            }
            true
        }
        Err(e) => {
            let _ = writeln!(err, "{}", e.describe(lang));
            false
        }
    }
}

/// Lists the saved reflections in a data folder; returns whether the folder
/// could be read.
pub fn list(dir: &Path, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> bool {
    let store = match Store::open(dir) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "{}", e.describe(lang));
            return false;
        }
    };
    let entries = match store.list() {
        Ok(e) => e,
        Err(e) => {
            let _ = writeln!(err, "{}", e.describe(lang));
            return false;
        }
    };
    let known = Catalogue::builtin(Arc::new(Questionnaire::builtin()));
    let header = match lang {
        Lang::Nl => [
            "netwerk",
            "bestuursjaar",
            "vragenlijst",
            "beantwoord",
            "laatste wijziging",
        ],
        Lang::En => [
            "network",
            "board year",
            "questionnaire",
            "answered",
            "last change",
        ],
    };
    let mut rows: Vec<[String; 5]> = Vec::new();
    for entry in entries {
        match entry {
            Ok(s) => {
                // counted against the version it answers, for its kind
                let total = known
                    .find(&s.questionnaire)
                    .filter(|q| q.version == s.questionnaire.version)
                    .map(|q| q.questions_for(s.profile.kind).count());
                let answered = match total {
                    Some(total) => format!("{}/{total}", s.answered.min(total)),
                    None => s.answered.to_string(),
                };
                rows.push([
                    s.profile.name,
                    s.profile.board_year,
                    format!("{} {}", s.questionnaire.id, s.questionnaire.version),
                    answered,
                    crate::lang::long_date_time(&s.updated, lang),
                ]);
            }
            Err(e) => {
                let _ = writeln!(err, "{}", e.describe(lang));
            }
        }
    }
    if rows.is_empty() {
        let _ = match lang {
            Lang::Nl => writeln!(out, "Nog geen reflecties in {}", dir.display()),
            Lang::En => writeln!(out, "No reflections yet in {}", dir.display()),
        };
        return true;
    }
    let mut widths = header.map(|h| h.chars().count());
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: [&str; 5]| {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i < 4 {
                s.push_str(&" ".repeat(w - c.chars().count()));
            }
        }
        s
    };
    let _ = writeln!(out, "{}", line(header));
    for r in &rows {
        let _ = writeln!(out, "{}", line([&r[0], &r[1], &r[2], &r[3], &r[4]]));
    }
    true
}

/// Finds the questionnaire a reflection answers: the file named with
/// `--questionnaire`, else the built-in one, else one with the same id in the
/// data folder's `questionnaires` folder.
pub fn find_questionnaire(
    reflection: &crate::model::reflection::Reflection,
    file: &Path,
    explicit: Option<&Path>,
    data_dir: Option<&Path>,
    lang: Lang,
) -> Result<Questionnaire, String> {
    let wanted = &reflection.questionnaire;
    if let Some(path) = explicit {
        let q = format::load_questionnaire(path).map_err(|e| e.describe(lang))?;
        if q.id != wanted.id {
            return Err(match lang {
                Lang::Nl => format!(
                    "{}: dit is vragenlijst \"{}\", maar {} hoort bij vragenlijst \"{}\"; geef met --questionnaire de vragenlijst waarmee de reflectie gemaakt is",
                    path.display(),
                    q.id,
                    file.display(),
                    wanted.id
                ),
                Lang::En => format!(
                    "{}: this is questionnaire \"{}\", but {} answers questionnaire \"{}\"; pass the questionnaire the reflection was made with to --questionnaire",
                    path.display(),
                    q.id,
                    file.display(),
                    wanted.id
                ),
            });
        }
        return Ok(q);
    }
    let catalogue = Catalogue::load(Arc::new(Questionnaire::builtin()), data_dir);
    if let Some(q) = catalogue.find(wanted) {
        return Ok(Arc::unwrap_or_clone(q));
    }
    let folder = data_dir.map(|d| d.join(storage::QUESTIONNAIRE_DIR));
    let place = folder.map_or_else(String::new, |f| f.display().to_string());
    Err(match lang {
        Lang::Nl => format!(
            "{}: deze reflectie hoort bij vragenlijst \"{}\" (versie {}), die niet in het programma zit{}; geef het vragenlijstbestand mee met --questionnaire Q.ron",
            file.display(),
            wanted.id,
            wanted.version,
            if place.is_empty() {
                String::new()
            } else {
                format!(" en niet in {place} staat")
            }
        ),
        Lang::En => format!(
            "{}: this reflection answers questionnaire \"{}\" (version {}), which is not built in{}; pass the questionnaire file with --questionnaire Q.ron",
            file.display(),
            wanted.id,
            wanted.version,
            if place.is_empty() {
                String::new()
            } else {
                format!(" and not in {place}")
            }
        ),
    })
}

/// Makes a self-assessment (the short or the full document, with what
/// `print` lets in) of a reflection file and writes it to `out_path`; prints the path on success and a clear message otherwise.
/// Returns whether it succeeded.
#[allow(clippy::too_many_arguments)]
pub fn export(
    file: &Path,
    out_path: &Path,
    questionnaire: Option<&Path>,
    data_dir: Option<&Path>,
    print: crate::report::Print,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let bytes = match read_bounded(file) {
        Ok(Bounded::Whole(bytes)) => bytes,
        Ok(Bounded::TooLarge { size, kind }) => {
            let _ = writeln!(err, "{}", too_large_message(file, size, &kind, lang));
            return false;
        }
        Err(source) => {
            let e = storage::StorageError::Read {
                path: file.to_owned(),
                source,
            };
            let _ = writeln!(err, "{}", e.describe(lang));
            return false;
        }
    };
    // a questionnaire given where a reflection belongs gets its own hint
    if file_kind(&String::from_utf8_lossy(&bytes)) == FileKind::Questionnaire {
        let _ = writeln!(
            err,
            "{}",
            match lang {
                Lang::Nl => format!(
                    "{}:1:1: dit is een vragenlijst, geen reflectie; een leeg werkblad maken jullie met: reflectietool worksheet {} --out X.pdf",
                    file.display(),
                    file.display()
                ),
                Lang::En => format!(
                    "{}:1:1: this is a questionnaire, not a reflection; for a blank worksheet use: reflectietool worksheet {} --out X.pdf",
                    file.display(),
                    file.display()
                ),
            }
        );
        return false;
    }
    // a text over the limit makes the file unreadable here too: the
    // message says where it is, instead of typesetting megabytes
    let reflection =
        match format::decode(&bytes, file).and_then(|source| parse_reflection(source, file)) {
            Ok(loaded) => loaded.reflection,
            Err(e) => {
                let _ = writeln!(err, "{}", e.describe(lang));
                return false;
            }
        };
    let q = match find_questionnaire(&reflection, file, questionnaire, data_dir, lang) {
        Ok(q) => q,
        Err(message) => {
            let _ = writeln!(err, "{message}");
            return false;
        }
    };
    // the route the board followed, when this computer has it
    let route = reflection
        .route
        .as_deref()
        .and_then(|id| storage::routes::routes_for(&q, data_dir).find(id).cloned());
    let walked = route.as_ref().map_or_else(|| q.clone(), |r| r.apply(&q));
    // the earlier years, through the links in the file's own folder
    let catalogue = storage::catalogue::Catalogue::load(
        std::sync::Arc::new(crate::model::questionnaire::Questionnaire::builtin()),
        data_dir,
    );
    let history = match file.parent() {
        Some(dir) if reflection.continues.is_some() => {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            storage::chain::follow(dir, &reflection, &catalogue)
        }
        _ => Default::default(),
    };
    let result = crate::report::print_history_pdf_on(
        &reflection,
        &walked,
        route.as_ref().map(|r| (r, &q)),
        &history,
        lang,
        crate::report::today(),
        print,
    )
    .and_then(|pdf| crate::report::write_pdf(out_path, &pdf));
    finish(result, out_path, lang, out, err)
}

/// Loads the named questionnaire, or the built-in one when none is named;
/// a file that fails is described on `err` and gives `None`.
fn questionnaire_or_builtin(
    questionnaire: Option<&Path>,
    lang: Lang,
    err: &mut dyn Write,
) -> Option<Questionnaire> {
    match questionnaire {
        Some(path) => match format::load_questionnaire(path) {
            Ok(q) => Some(q),
            Err(e) => {
                let _ = writeln!(err, "{}", e.describe(lang));
                None
            }
        },
        None => Some(Questionnaire::builtin()),
    }
}

/// Makes the blank worksheet of a questionnaire file (or the built-in one)
/// and writes it to `out_path`; prints the path on success and a clear
/// message otherwise. Returns whether it succeeded.
#[allow(clippy::too_many_arguments)]
pub fn worksheet(
    questionnaire: Option<&Path>,
    route: Option<&str>,
    kind: Option<crate::model::reflection::NetworkKind>,
    data_dir: Option<&Path>,
    out_path: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let Some(q) = questionnaire_or_builtin(questionnaire, lang, err) else {
        return false;
    };
    let route = match route.map(|r| find_route(r, &q, data_dir, lang)) {
        None => None,
        Some(Ok(route)) => Some(route),
        Some(Err(message)) => {
            let _ = writeln!(err, "{message}");
            return false;
        }
    };
    let walked = route.as_ref().map_or_else(|| q.clone(), |r| r.apply(&q));
    let result = crate::report::worksheet_kind_pdf_on(
        &walked,
        route.as_ref().map(|r| (r, &q)),
        kind,
        lang,
        crate::report::today(),
    )
    .and_then(|pdf| crate::report::write_pdf(out_path, &pdf));
    finish(result, out_path, lang, out, err)
}

/// Finds a session route for `q`: a route file when `name` is one, else
/// the built-in or data folder route with that id. The error says which
/// routes there are.
pub fn find_route(
    name: &str,
    q: &Questionnaire,
    data_dir: Option<&Path>,
    lang: Lang,
) -> Result<crate::model::route::Route, String> {
    let path = Path::new(name);
    if path.extension().is_some_and(|x| x == "ron") || path.is_file() {
        return crate::format::route::load_route(path, q).map_err(|e| e.describe(lang));
    }
    let found = storage::routes::routes_for(q, data_dir);
    if let Some(route) = found.find(name) {
        return Ok(route.clone());
    }
    let known = found
        .routes
        .iter()
        .map(|r| r.id.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    Err(match lang {
        Lang::Nl => format!(
            "er is geen route \"{name}\" voor vragenlijst \"{}\"; kies een van: {known}, of geef een routebestand (.ron)",
            q.id
        ),
        Lang::En => format!(
            "there is no route \"{name}\" for questionnaire \"{}\"; choose one of: {known}, or give a route file (.ron)",
            q.id
        ),
    })
}

pub(crate) fn finish(
    result: Result<(), crate::report::ReportError>,
    out_path: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    match result {
        Ok(()) => {
            let _ = writeln!(out, "{}", out_path.display());
            true
        }
        Err(e) => {
            let _ = writeln!(err, "{}", e.describe(lang));
            false
        }
    }
}
