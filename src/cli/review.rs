//! `reflectietool review DIR_OR_FILE... --csv OUT_DIR --pdf OUT.pdf`: the
//! diversity officer's review on the command line. Reads the reflections
//! read-only, reports every file it cannot read with its line and column,
//! and exports the rest: the CSV files, the overview (PDF), or both.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::review::Review;
use crate::review::csv::{
    CsvError, CsvOptions, Separator, check_out_dir, reviewed_folders, write_csv,
};
use crate::storage::catalogue::Catalogue;

/// The exit code when everything was read and written.
pub const EXIT_OK: u8 = 0;
/// The exit code when a file could not be read or nothing could be written.
pub const EXIT_FAILED: u8 = 1;
/// The exit code when the command does not say what to make.
pub const EXIT_USAGE: u8 = 2;

/// What `review` was asked to do.
#[derive(Debug, Clone)]
pub struct ReviewArgs {
    /// The folders and files to read.
    pub sources: Vec<PathBuf>,
    /// The folder for the CSV files, if asked.
    pub csv: Option<PathBuf>,
    /// What separates the CSV fields.
    pub separator: Separator,
    /// Where the overview PDF goes, if asked (`--pdf`); in the language
    /// of the messages (`--lang`).
    pub pdf: Option<PathBuf>,
}

/// Reads `--separator`: `comma` or `semicolon`.
pub fn parse_separator(s: &str) -> Result<Separator, String> {
    Separator::from_code(s)
        .ok_or_else(|| format!("unknown separator \"{s}\"; use comma or semicolon"))
}

/// Runs `review`: reads the sources without writing there, prints each
/// unreadable file's problem (file:line:column) to `err`, writes what was
/// asked (the CSV files, the overview PDF, or both), and prints the written
/// paths to `out`. Returns the exit code: [`EXIT_OK`] when every file was
/// read and everything written, [`EXIT_FAILED`] when a file could not be
/// read or something could not be written, [`EXIT_USAGE`] when nothing was
/// asked.
pub fn review(
    args: &ReviewArgs,
    data_dir: Option<&Path>,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    if args.csv.is_none() && args.pdf.is_none() {
        let _ = writeln!(
            err,
            "{}",
            lang.pick(
                "reflectietool review: zeg wat er moet komen, met --csv MAP of --pdf BESTAND.pdf",
                "reflectietool review: say what to make, with --csv FOLDER or --pdf FILE.pdf",
            )
        );
        return EXIT_USAGE;
    }
    // refused before reading, so that a mistake costs nothing
    let folders = reviewed_folders(&args.sources);
    if let Some(csv_dir) = &args.csv
        && let Err(e) = check_out_dir(&folders, csv_dir)
    {
        let _ = writeln!(err, "{}", e.describe(lang));
        return EXIT_FAILED;
    }
    if let Some(pdf) = &args.pdf
        && !pdf_place_ok(&folders, pdf, lang, err)
    {
        return EXIT_FAILED;
    }
    let catalogue = Catalogue::load(Arc::new(Questionnaire::builtin()), data_dir);
    let review = Review::open(&args.sources, &catalogue);
    for u in &review.unreadable {
        let _ = writeln!(err, "{}", u.describe(lang));
    }
    // the CSV's notes; the PDF marks duplicates and unknown questionnaires
    // on its cover and in its table
    if args.csv.is_some() {
        notes(&review, lang, err);
    }
    if review.entries.is_empty() {
        let _ = writeln!(
            err,
            "{}",
            lang.pick(
                "reflectietool review: er is geen reflectie om te exporteren; geef mappen met reflectiebestanden (.ron) of de bestanden zelf",
                "reflectietool review: there is no reflection to export; give folders with reflection files (.ron) or the files themselves",
            )
        );
        return EXIT_FAILED;
    }
    let mut written = true;
    if let Some(csv_dir) = &args.csv {
        written &= review_csv(&review, csv_dir, args.separator, lang, out, err);
    }
    if let Some(pdf) = &args.pdf {
        written &= review_pdf(&review, pdf, lang, out, err);
    }
    if written && review.unreadable.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILED
    }
}

/// Writes the CSV files of a review into `csv_dir` and prints their paths
/// and a count; returns whether they were written.
fn review_csv(
    review: &Review,
    csv_dir: &Path,
    separator: Separator,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let options = CsvOptions { separator, lang };
    match write_csv(review, csv_dir, &options) {
        Ok(paths) => {
            for p in paths {
                let _ = writeln!(out, "{}", p.display());
            }
        }
        Err(e) => {
            let _ = writeln!(err, "{}", e.describe(lang));
            return false;
        }
    }
    let (read, broken) = (review.entries.len(), review.unreadable.len());
    let _ = match lang {
        Lang::Nl => writeln!(
            out,
            "{read} reflectie(s) in de CSV-bestanden; {broken} bestand(en) niet te lezen"
        ),
        Lang::En => writeln!(
            out,
            "{read} reflection(s) in the CSV files; {broken} file(s) could not be read"
        ),
    };
    true
}

/// Refuses a PDF that would go into a folder under review (the program
/// never writes where it reads); says why on `err`.
fn pdf_place_ok(folders: &[PathBuf], pdf: &Path, lang: Lang, err: &mut dyn Write) -> bool {
    let parent = match pdf.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Err(CsvError::ReviewedFolder { folder, .. }) = check_out_dir(folders, parent) else {
        return true;
    };
    let _ = writeln!(
        err,
        "{}",
        match lang {
            Lang::Nl => format!(
                "{}: hier komt geen pdf, want deze map is (of ligt in) de map {} die bekeken wordt, en het programma schrijft nooit in de mappen die het leest; kies een andere map",
                pdf.display(),
                folder.display()
            ),
            Lang::En => format!(
                "{}: no PDF goes here, because this folder is (or lies inside) the folder {} under review, and the program never writes into the folders it reads; choose another folder",
                pdf.display(),
                folder.display()
            ),
        }
    );
    false
}

/// Makes the overview (PDF) of a review in `lang` and writes it atomically
/// to `path`; prints the path and a count, or what went wrong. Returns
/// whether it was written.
pub fn review_pdf(
    review: &Review,
    path: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let made = crate::report::review_overview_pdf(review, lang)
        .and_then(|pdf| crate::report::write_pdf(path, &pdf));
    if let Err(e) = made {
        let _ = writeln!(err, "{}", e.describe(lang));
        return false;
    }
    let _ = writeln!(out, "{}", path.display());
    let (read, broken) = (review.entries.len(), review.unreadable.len());
    let _ = match lang {
        Lang::Nl => writeln!(
            out,
            "{read} reflectie(s) in het overzicht; {broken} bestand(en) niet te lezen"
        ),
        Lang::En => writeln!(
            out,
            "{read} reflection(s) in the overview; {broken} file(s) could not be read"
        ),
    };
    true
}

/// Prints what the officer should know about files that were read: two
/// files of one network and year, and reflections on a questionnaire the
/// program does not know.
fn notes(review: &Review, lang: Lang, err: &mut dyn Write) {
    for group in &review.same_network_year {
        let files: Vec<String> = group
            .iter()
            .filter_map(|&i| review.path(i))
            .map(|p| p.display().to_string())
            .collect();
        let title = group
            .first()
            .and_then(|&i| review.entries.get(i))
            .map(|e| e.title())
            .unwrap_or_default();
        let _ = match lang {
            Lang::Nl => writeln!(
                err,
                "let op: {} gaan over hetzelfde netwerk en bestuursjaar ({title}); ze staan los van elkaar in de CSV-bestanden (kolom file, en duplicate = 1)",
                files.join(", ")
            ),
            Lang::En => writeln!(
                err,
                "note: {} hold the same network and board year ({title}); they are apart in the CSV files (column file, and duplicate = 1)",
                files.join(", ")
            ),
        };
    }
    for &i in &review.unknown_questionnaire {
        let Some(e) = review.entries.get(i) else {
            continue;
        };
        let q = &e.reflection.questionnaire;
        let _ = match lang {
            Lang::Nl => writeln!(
                err,
                "let op: {}: het programma kent vragenlijst \"{}\" (versie {}) niet; de antwoorden staan in de CSV zonder vraagtekst (question_kind unknown). Zet het vragenlijstbestand in de map questionnaires van de gegevensmap om ze met tekst te krijgen",
                e.path.display(),
                q.id,
                q.version
            ),
            Lang::En => writeln!(
                err,
                "note: {}: the program does not know questionnaire \"{}\" (version {}); its answers are in the CSV without question text (question_kind unknown). Put the questionnaire file in the data folder's questionnaires folder to get them with text",
                e.path.display(),
                q.id,
                q.version
            ),
        };
    }
}
