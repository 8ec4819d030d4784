//! The command line: `check`, `list`, and (without a command) the window.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::lang::Lang;
use crate::questionnaire::Questionnaire;
use crate::storage::{self, Store};
use crate::validate;

/// Reflectietool: a reflection for the boards of identity networks.
#[derive(Debug, Parser)]
#[command(name = "reflectietool", version, about, long_about = None)]
pub struct Cli {
    /// Where reflections live (default: the user's data folder).
    #[arg(long, global = true, env = storage::DATA_DIR_ENV, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The language of messages: nl or en (default: from LANG).
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
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| format!("unknown language \"{s}\"; use nl or en"))
}

/// Picks the language of messages: the flag, else `LANG`, else English.
pub fn message_lang(flag: Option<Lang>) -> Lang {
    flag.unwrap_or_else(|| {
        let env = std::env::var("LANG").unwrap_or_default();
        if env.starts_with("nl") { Lang::Nl } else { Lang::En }
    })
}

/// Resolves the data folder: the flag or variable, else the user's data folder.
pub fn data_dir(flag: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    match flag {
        Some(d) => Ok(d),
        None => Store::default_dir().ok_or_else(|| {
            anyhow::anyhow!(
                "this system has no user data folder; name one with --data-dir or {}",
                storage::DATA_DIR_ENV
            )
        }),
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
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    match word.as_str() {
        "Questionnaire" => FileKind::Questionnaire,
        "Reflection" => FileKind::Reflection,
        _ => FileKind::Unknown,
    }
}

/// Checks files and writes one line per valid file to `out` and the
/// problems to `err`; returns whether all were valid.
pub fn check(files: &[PathBuf], lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> bool {
    let mut all_ok = true;
    // questionnaires named in the same call are used to check reflections
    let mut known: Vec<Questionnaire> = vec![Questionnaire::builtin()];
    let mut reflections = Vec::new();
    for path in files {
        let name = path.display().to_string();
        let source = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                let _ = writeln!(
                    err,
                    "{}",
                    match lang {
                        Lang::Nl => format!("{name}: het bestand is niet te lezen ({e})"),
                        Lang::En => format!("{name}: cannot read the file ({e})"),
                    }
                );
                all_ok = false;
                continue;
            }
        };
        let text = String::from_utf8_lossy(&source);
        match file_kind(&text) {
            FileKind::Questionnaire => match validate::parse_questionnaire_bytes(&source, &name) {
                Ok(q) => {
                    let _ = writeln!(out, "{name}: ok, {}", q.summary());
                    known.retain(|k| !(k.id == q.id && k.version == q.version));
                    known.push(q);
                }
                Err(e) => {
                    let _ = writeln!(err, "{}", e.describe(lang));
                    all_ok = false;
                }
            },
            FileKind::Reflection => reflections.push(path.clone()),
            FileKind::Unknown => {
                let _ = writeln!(
                    err,
                    "{}",
                    match lang {
                        Lang::Nl => format!(
                            "{name}:1:1: dit is geen vragenlijst of reflectie; zo'n bestand begint met Questionnaire( of Reflection("
                        ),
                        Lang::En => format!(
                            "{name}:1:1: this is not a questionnaire or a reflection; such a file starts with Questionnaire( or Reflection("
                        ),
                    }
                );
                all_ok = false;
            }
        }
    }
    for path in reflections {
        all_ok &= check_reflection(&path, &known, lang, out, err);
    }
    all_ok
}

fn check_reflection(
    path: &Path,
    known: &[Questionnaire],
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let name = path.display().to_string();
    match storage::read_reflection(path) {
        Ok(loaded) => {
            let r = &loaded.reflection;
            let q = known
                .iter()
                .rev()
                .find(|q| q.id == r.questionnaire.id && q.version == r.questionnaire.version)
                .or_else(|| known.iter().rev().find(|q| q.id == r.questionnaire.id));
            let answered = match q {
                Some(q) => format!("{}/{}", r.answered_count(q), q.question_count()),
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
    let builtin = Questionnaire::builtin();
    let header = match lang {
        Lang::Nl => ["netwerk", "bestuursjaar", "vragenlijst", "beantwoord", "laatste wijziging"],
        Lang::En => ["network", "board year", "questionnaire", "answered", "last change"],
    };
    let mut rows: Vec<[String; 5]> = Vec::new();
    for entry in entries {
        match entry {
            Ok(s) => {
                let answered = if s.questionnaire.id == builtin.id {
                    format!("{}/{}", s.answered.min(builtin.question_count()), builtin.question_count())
                } else {
                    s.answered.to_string()
                };
                rows.push([
                    s.profile.name,
                    s.profile.board_year,
                    format!("{} {}", s.questionnaire.id, s.questionnaire.version),
                    answered,
                    crate::reflection::local_time(&s.updated),
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
