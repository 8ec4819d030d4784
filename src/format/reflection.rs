//! Reading a reflection file: its bytes, its format version, the migration
//! of older formats, and the limits that keep a broken or hostile file from
//! costing gigabytes of memory.

mod poll_tally;

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::format::migrate;
use crate::format::problem::{Listing, Problem, format_problems, not_utf8, shorten};
use crate::format::scan::Locations;
use crate::lang::Lang;
use crate::model::reflection::{FORMAT_VERSION, Reflection};

/// The largest reflection file that is read, in bytes (8 MiB). A full
/// reflection with eight respondents and long notes takes well under 1 MiB.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Why a reflection could not be read from its text.
#[derive(Debug, thiserror::Error)]
pub enum ReflectionError {
    /// The text is not a valid reflection.
    #[error("{}\nThe file is left untouched; repair it in a text editor or restore {} if it exists.", Listing(&path.display().to_string(), problems), backup_name(path))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with line and column.
        problems: Vec<Problem>,
    },
    /// The file was written by a newer version of the program.
    #[error("{}: this reflection was saved by a newer version of Reflectietool (file format {found}; this version reads up to {supported}); install the newer version to open it. The file is left untouched.", path.display())]
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// The format version in the file.
        found: u32,
        /// The newest format this program reads.
        supported: u32,
    },
    /// The file is larger than any reflection the program writes.
    #[error("{}: this file is {} MB, larger than the {} MB a reflection may be; it is not read. Check that it is a reflection file; if it holds very long texts, shorten them in a text editor. The file is left untouched.", path.display(), megabytes(*size), megabytes(*limit))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// Returns the name of the backup of a file, for messages.
pub fn backup_name(path: &Path) -> String {
    let mut s = path.display().to_string();
    s.push_str(".bak");
    s
}

impl ReflectionError {
    /// Describes the error in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            ReflectionError::Invalid { path, problems } => format!(
                "{}\nHet bestand is niet veranderd; herstel het in een teksteditor of zet {} terug als die er is.",
                format_problems(&path.display().to_string(), problems, Lang::Nl),
                backup_name(path)
            ),
            ReflectionError::NewerFormat {
                path,
                found,
                supported,
            } => format!(
                "{}: deze reflectie is opgeslagen door een nieuwere versie van de Reflectietool (bestandsformaat {found}; deze versie leest tot en met {supported}); installeer de nieuwere versie om haar te openen. Het bestand is niet veranderd.",
                path.display()
            ),
            ReflectionError::TooLarge { path, size, limit } => format!(
                "{}: dit bestand is {} MB, groter dan de {} MB die een reflectie mag zijn; het wordt niet gelezen. Controleer of het een reflectiebestand is; staan er heel lange teksten in, maak ze dan korter in een teksteditor. Het bestand is niet veranderd.",
                path.display(),
                megabytes(*size).replace('.', ","),
                megabytes(*limit).replace('.', ",")
            ),
        }
    }

    /// Returns the file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            ReflectionError::Invalid { path, .. }
            | ReflectionError::NewerFormat { path, .. }
            | ReflectionError::TooLarge { path, .. } => path,
        }
    }

    /// Returns the problems with line and column, if the text was invalid.
    pub fn problems(&self) -> &[Problem] {
        match self {
            ReflectionError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

/// A reflection read from disk, and the format it was read from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The reflection, in the current format.
    pub reflection: Reflection,
    /// The older format version it was upgraded from in memory, if any; the
    /// file itself is written in the new format only on the next change.
    pub upgraded_from: Option<u32>,
}

/// The first field of every reflection file, read before the rest.
#[derive(Deserialize)]
#[serde(rename = "Reflection")]
struct Header {
    format_version: u32,
}

/// Turns the bytes of a file into text: refuses files over the size limit
/// and text that is not UTF-8 (with the line and column of the first bad
/// byte), and drops a byte order mark.
pub fn decode<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, ReflectionError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReflectionError::TooLarge {
            path: path.to_owned(),
            size: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let source = std::str::from_utf8(bytes).map_err(|e| ReflectionError::Invalid {
        path: path.to_owned(),
        problems: vec![not_utf8(bytes, &e)],
    })?;
    Ok(source.strip_prefix('\u{feff}').unwrap_or(source))
}

/// Parses a reflection from the bytes of its file.
pub fn parse_reflection_bytes(bytes: &[u8], path: &Path) -> Result<Loaded, ReflectionError> {
    parse_reflection(decode(bytes, path)?, path)
}

/// Parses a reflection from its text, upgrading an older format in memory;
/// `path` names the file in errors.
pub fn parse_reflection(source: &str, path: &Path) -> Result<Loaded, ReflectionError> {
    if source.len() > MAX_FILE_BYTES {
        return Err(ReflectionError::TooLarge {
            path: path.to_owned(),
            size: source.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    // a byte order mark is not part of the text (Windows Notepad writes one)
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let invalid = |e: ron::error::SpannedError| ReflectionError::Invalid {
        path: path.to_owned(),
        problems: vec![Problem::from_ron_in(&e, source)],
    };
    // The usual case in one pass: the whole text reads as the current
    // format. Every other case (older, newer, broken) reads the format
    // version on its own first, to tell them apart and say so.
    if let Ok(reflection) = ron::from_str::<Reflection>(source)
        && reflection.format_version == FORMAT_VERSION
    {
        return within_text_limit(reflection, None, source, path);
    }
    let header: Header = match ron::from_str(source) {
        Ok(h) => h,
        // report the full parse error, which is more telling
        Err(e) => {
            return Err(ron::from_str::<Reflection>(source)
                .map_err(invalid)
                .err()
                .unwrap_or_else(|| invalid(e)));
        }
    };
    if header.format_version > FORMAT_VERSION {
        return Err(ReflectionError::NewerFormat {
            path: path.to_owned(),
            found: header.format_version,
            supported: FORMAT_VERSION,
        });
    }
    if header.format_version == 0 {
        let pos = Locations::scan(source).find("format_version");
        return Err(ReflectionError::Invalid {
            path: path.to_owned(),
            problems: vec![Problem::new(
                pos,
                "format_version 0 bestaat niet; de eerste versie is 1".into(),
                "format_version 0 does not exist; the first version is 1".into(),
            )],
        });
    }
    let reflection = migrate::upgrade(source, header.format_version).map_err(invalid)?;
    let upgraded_from = (header.format_version < FORMAT_VERSION).then_some(header.format_version);
    within_text_limit(reflection, upgraded_from, source, path)
}

/// Refuses a reflection that holds a text longer than [`MAX_TEXT_CHARS`]:
/// no window, list or document has to lay out megabytes of one text. The
/// problem names the text's line and column.
fn within_text_limit(
    reflection: Reflection,
    upgraded_from: Option<u32>,
    source: &str,
    path: &Path,
) -> Result<Loaded, ReflectionError> {
    // a file this short cannot hold a text over the limit
    if source.len() > MAX_TEXT_CHARS {
        let problems = long_text_problems(&reflection, source);
        if !problems.is_empty() {
            return Err(ReflectionError::Invalid {
                path: path.to_owned(),
                problems,
            });
        }
    }
    Ok(Loaded {
        reflection,
        upgraded_from,
    })
}

/// The longest text a reflection may hold in one field, in characters: a
/// note of some 25 pages. The window stops typing there; a file with a
/// longer text is reported by `check` and in the window.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// Names that Windows does not allow as file names, whatever the extension.
const RESERVED_NAMES: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Returns whether an id can be part of a file name on every system: 1 to
/// 100 letters, digits, `-` and `_`, and no name that Windows reserves.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && !RESERVED_NAMES.iter().any(|r| r.eq_ignore_ascii_case(id))
}

/// Checks a parsed reflection beyond its syntax: ids that are safe file
/// names, unique respondent and action ids, dates that parse, texts within
/// [`MAX_TEXT_CHARS`], positions from 0 to 1, and — when its questionnaire
/// is given — answers that fit their questions. `source` is the file's text,
/// for the line and column of each problem; the problems come sorted.
pub fn validate_reflection(
    r: &Reflection,
    questionnaire: Option<&crate::model::questionnaire::Questionnaire>,
    source: &str,
) -> Vec<Problem> {
    use crate::model::reflection::{Answer, ScaleAnswer, Unreadable};
    // (path, Dutch, English); positions are looked up only if there are any
    let mut found: Vec<(String, String, String)> = Vec::new();
    let mut push = |path: String, text: crate::lang::Text| found.push((path, text.nl, text.en));
    let bad_id = |what_nl: &str, what_en: &str, id: &str| {
        crate::lang::Text::new(
            format!(
                "{what_nl} \"{}\" kan geen deel van een bestandsnaam zijn; gebruik 1 tot 100 letters, cijfers, '-' en '_' (en geen naam als CON of NUL)",
                shorten(id)
            ),
            format!(
                "{what_en} \"{}\" cannot be part of a file name; use 1 to 100 letters, digits, '-' and '_' (and no name such as CON or NUL)",
                shorten(id)
            ),
        )
    };
    if !is_safe_id(&r.id) {
        push("id".into(), bad_id("het id", "the id", &r.id));
    }
    if !r.network_id.is_empty() && !is_safe_id(&r.network_id) {
        push(
            "network_id".into(),
            bad_id("het netwerk-id", "the network id", &r.network_id),
        );
    }
    if let Some(c) = &r.continues
        && !is_safe_id(&c.id)
    {
        push("continues[0].id".into(), bad_id("het id", "the id", &c.id));
    }
    for (field, stamp) in [("created", &r.created), ("updated", &r.updated)] {
        if stamp.parse::<jiff::Timestamp>().is_err() {
            push(
                field.into(),
                crate::lang::Text::new(
                    format!(
                        "\"{}\" is geen datum en tijd; schrijf die als 2026-11-25T14:30:00Z",
                        shorten(stamp)
                    ),
                    format!(
                        "\"{}\" is not a date and time; write it as 2026-11-25T14:30:00Z",
                        shorten(stamp)
                    ),
                ),
            );
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (i, resp) in r.respondents.iter().enumerate() {
        if !is_safe_id(&resp.id) {
            push(
                format!("respondents[{i}].id"),
                bad_id("het id", "the id", &resp.id),
            );
        } else if !seen.insert(resp.id.as_str()) {
            push(
                format!("respondents[{i}].id"),
                crate::lang::Text::new(
                    format!(
                        "twee respondenten hebben het id \"{}\"; geef elke respondent een eigen id",
                        resp.id
                    ),
                    format!(
                        "two respondents have the id \"{}\"; give every respondent an id of its own",
                        resp.id
                    ),
                ),
            );
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (i, a) in r.actions.iter().enumerate() {
        if !seen.insert(a.id.as_str()) {
            push(
                format!("actions[{i}].id"),
                crate::lang::Text::new(
                    format!(
                        "twee actiepunten hebben het id \"{}\"; geef elk actiepunt een eigen id",
                        shorten(&a.id)
                    ),
                    format!(
                        "two action points have the id \"{}\"; give every action point an id of its own",
                        shorten(&a.id)
                    ),
                ),
            );
        }
    }
    for (path, text) in long_texts(r) {
        push(path, text);
    }
    for (path, text) in poll_tally::poll_tally_problems(r, questionnaire) {
        push(path, text);
    }
    let answers = entries(r);
    for (path, id, e) in answers {
        let Some(answer) = &e.answer else { continue };
        let checked = questionnaire.and_then(|q| q.question(id).map(|question| (q, question)));
        let problem = match checked {
            Some((q, question)) => answer.check(question, q).err(),
            None => None,
        };
        let at = format!("{path}.answer[0]");
        match (answer, problem) {
            // every position that is out of range, at the number itself;
            // without its question, a position can still be checked
            (Answer::Position { now, desired }, None | Some(Unreadable::PositionOutOfRange(_))) => {
                for (field, x) in [("now", now), ("desired", desired)] {
                    if let Some(x) = x
                        && !(x.is_finite() && (0.0..=1.0).contains(x))
                    {
                        push(
                            format!("{at}.{field}[0]"),
                            Unreadable::PositionOutOfRange(*x).describe(),
                        );
                    }
                }
            }
            (_, None) => {}
            (
                Answer::Scale(ScaleAnswer::Level(_)),
                Some(u @ Unreadable::LevelOutOfRange { .. }),
            ) => push(format!("{at}[0][0]"), u.describe()),
            (Answer::Scale(_), Some(u @ Unreadable::NotOffered)) => {
                push(format!("{at}[0]"), u.describe())
            }
            (Answer::Single { .. }, Some(u @ Unreadable::UnknownOption(_))) => {
                push(format!("{at}.choice"), u.describe())
            }
            (Answer::Multiple { choices, .. }, Some(ref u @ Unreadable::UnknownOption(ref c))) => {
                let i = choices.iter().position(|x| x == c).unwrap_or(0);
                push(format!("{at}.choices[{i}]"), u.describe())
            }
            (_, Some(u)) => push(at, u.describe()),
        }
    }
    locate(found, source)
}

/// Looks up where each found problem is, and sorts them by position.
fn locate(found: Vec<(String, String, String)>, source: &str) -> Vec<Problem> {
    if found.is_empty() {
        return Vec::new();
    }
    let locations = Locations::scan(source);
    let mut problems: Vec<Problem> = found
        .into_iter()
        .map(|(path, nl, en)| Problem::new(locations.find(&path), nl, en))
        .collect();
    problems.sort_by_key(|p| (p.line, p.column));
    problems
}

/// Returns every entry of a reflection, agreed and of each respondent,
/// with its path in the file and its question id.
fn entries(r: &Reflection) -> Vec<(String, &String, &crate::model::reflection::Entry)> {
    r.agreed
        .iter()
        .map(|(k, e)| (format!("agreed[\"{k}\"]"), k, e))
        .chain(r.respondents.iter().enumerate().flat_map(|(i, resp)| {
            resp.answers
                .iter()
                .map(move |(k, e)| (format!("respondents[{i}].answers[\"{k}\"]"), k, e))
        }))
        .collect()
}

/// Returns the texts of a reflection that are longer than
/// [`MAX_TEXT_CHARS`], each as a problem where the text starts; `source` is
/// the file's text. Documents are not made of such a reflection.
fn long_text_problems(r: &Reflection, source: &str) -> Vec<Problem> {
    let found = long_texts(r)
        .into_iter()
        .map(|(path, text)| (path, text.nl, text.en))
        .collect();
    locate(found, source)
}

/// Lists the texts longer than [`MAX_TEXT_CHARS`] by their path, each with
/// its message.
fn long_texts(r: &Reflection) -> Vec<(String, crate::lang::Text)> {
    use crate::model::reflection::Answer;
    let mut found = Vec::new();
    let mut long = |path: String, text: &str| {
        if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS {
            found.push((path, too_long(text.chars().count())));
        }
    };
    let p = &r.profile;
    for (field, text) in [
        ("name", &p.name),
        ("institution", &p.institution),
        ("city", &p.city),
        ("board_year", &p.board_year),
    ] {
        long(format!("profile.{field}"), text);
    }
    for (i, d) in p.dimensions.iter().enumerate() {
        long(format!("profile.dimensions[{i}]"), d);
    }
    for (i, resp) in r.respondents.iter().enumerate() {
        long(format!("respondents[{i}].label"), &resp.label);
    }
    for (map, notes) in [("notes", &r.notes), ("private_notes", &r.private_notes)] {
        for (k, v) in notes {
            long(format!("{map}[\"{k}\"]"), v);
        }
    }
    long("letter".into(), &r.letter);
    for (list, actions) in [
        ("actions", &r.actions),
        ("previous_actions", &r.previous_actions),
    ] {
        for (i, a) in actions.iter().enumerate() {
            for (field, text) in [("what", &a.what), ("who", &a.who), ("due", &a.due)] {
                long(format!("{list}[{i}].{field}"), text);
            }
            if let Some(o) = &a.outcome {
                long(format!("{list}[{i}].outcome[0].why"), &o.why);
            }
        }
    }
    for (path, _, e) in entries(r) {
        long(format!("{path}.rationale"), &e.rationale);
        long(format!("{path}.dissent"), &e.dissent);
        match &e.answer {
            Some(Answer::Open(t)) => long(format!("{path}.answer[0][0]"), t),
            Some(Answer::Single { other, .. } | Answer::Multiple { other, .. }) => {
                long(format!("{path}.answer[0].other"), other)
            }
            _ => {}
        }
    }
    found
}

fn too_long(chars: usize) -> crate::lang::Text {
    crate::lang::Text::new(
        format!(
            "deze tekst is {chars} tekens lang; een tekst mag ten hoogste {MAX_TEXT_CHARS} tekens zijn. Maak hem korter of zet een deel in een apart document"
        ),
        format!(
            "this text is {chars} characters long; a text may be at most {MAX_TEXT_CHARS} characters. Shorten it or put part of it in a separate document"
        ),
    )
}
