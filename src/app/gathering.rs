//! Gathering the groups' work from the home page: several files or a
//! folder (a USB stick) copied into the data folder off the UI thread, and
//! the report shown on the home page.

use std::path::PathBuf;

use crate::app::{Notice, ReflectieApp};
use crate::lang::Lang;
use crate::storage::gather::GatherReport;

/// The report of a gathering as the home page shows it, in both languages
/// (the language may change while it is shown).
#[derive(Debug, Clone, PartialEq)]
pub struct Gathered {
    /// The lines in Dutch: the counts first, then a line per file.
    pub nl: Vec<String>,
    /// The same lines in English.
    pub en: Vec<String>,
    /// How many lines after the counts are good news (came in or skipped).
    pub good: usize,
    /// Whether nothing was broken and everything readable was saved.
    pub ok: bool,
}

impl Gathered {
    /// Makes the shown report of a gathering.
    pub fn of(report: &GatherReport) -> Gathered {
        Gathered {
            nl: report.lines(Lang::Nl),
            en: report.lines(Lang::En),
            good: report.came_in.len() + report.duplicates.len(),
            ok: report.all_ok(),
        }
    }

    /// Returns the lines in a language.
    pub fn lines(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

impl ReflectieApp {
    /// Starts gathering files and folders into the data folder on a worker
    /// thread; the report comes in [`ReflectieApp::finish_gather`].
    pub(crate) fn gather(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        let Some(store) = self.store.clone() else {
            return;
        };
        let wake = ctx.clone();
        if self
            .gatherer
            .start(store, paths, move || wake.request_repaint())
        {
            self.home.gathering = true;
            self.home.gathered = None;
            self.close_path_field();
        } else {
            self.notices.push(Notice::info(
                "Er wordt al geïmporteerd; wacht tot dat klaar is.".into(),
                "An import is already under way; wait until it is done.".into(),
            ));
        }
    }

    /// Shows the report of a finished gathering and lists the data folder
    /// again.
    pub(crate) fn finish_gather(&mut self, report: GatherReport) {
        self.home.gathering = false;
        if !report.not_saved.is_empty()
            && let Some(store) = &self.store
        {
            let dir = store.dir().display();
            self.notices.push(Notice::error(
                format!(
                    "De gegevensmap {dir} is alleen-lezen of vol: wat niet opgeslagen is, is niet overschreven en niet weggegooid. Maak ruimte of zet de stick op schrijven, en importeer opnieuw."
                ),
                format!(
                    "The data folder {dir} is read-only or full: what was not saved was not overwritten or thrown away. Make room or make the stick writable, and import again."
                ),
            ));
        }
        self.home.gathered = Some(Gathered::of(&report));
        self.refresh();
    }
}
