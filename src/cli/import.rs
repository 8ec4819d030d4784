//! `reflectietool import PATH...`: gathers the groups' reflection files
//! into the data folder and prints what came in, what was skipped and what
//! was broken.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::storage::{Store, gather};

/// Gathers files and folders into the data folder `dir`, writes the
/// report to `out` (what came in, the duplicates) and `err` (what was
/// broken or could not be saved); returns whether nothing was broken and
/// everything readable was saved.
pub fn import(
    dir: &Path,
    paths: &[PathBuf],
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let store = match Store::open(dir) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "{}", e.describe(lang));
            return false;
        }
    };
    let report = gather::gather(&store, paths);
    let lines = report.lines(lang);
    let good = 1 + report.came_in.len() + report.duplicates.len();
    for (i, line) in lines.iter().enumerate() {
        let to: &mut dyn Write = if i < good { &mut *out } else { &mut *err };
        let _ = writeln!(to, "{line}");
    }
    if !report.not_saved.is_empty() {
        let _ = writeln!(
            err,
            "{}",
            lang.pick(
                &format!(
                    "De gegevensmap {} is alleen-lezen of vol: er is niets overschreven en niets weggegooid. Maak ruimte of zet de stick op schrijven (of kies een andere map met --data-dir) en importeer opnieuw.",
                    store.dir().display()
                ),
                &format!(
                    "The data folder {} is read-only or full: nothing was overwritten and nothing thrown away. Make room or make the stick writable (or choose another folder with --data-dir) and import again.",
                    store.dir().display()
                ),
            )
        );
    }
    report.all_ok()
}
