//! What the home page does besides listing: the trash (list and restore),
//! a refresh when the window comes back into focus, an import that is
//! already here, the path field, and opening files and folders with the
//! system's own programs.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::app::{Command, Notice, ReflectieApp};
use crate::model::reflection::Reflection;
use crate::storage;

/// Opens a file or folder with the system's program for it.
pub type Opener = Arc<dyn Fn(&Path) -> std::io::Result<()> + Send + Sync>;

/// Returns the opener that asks the system (the same as the exporter uses
/// for the PDF viewer); it waits for nothing.
pub fn system_opener() -> Opener {
    Arc::new(|p: &Path| open::that_detached(p))
}

impl ReflectieApp {
    /// Opens files and folders with this opener instead of the system's
    /// (tests use one that only records what was asked).
    pub fn set_opener(&mut self, opener: Opener) {
        self.opener = opener;
    }

    /// Opens a file or folder with the system's program; says so plainly
    /// when that does not work: the file is gone, or no program opened it.
    pub(crate) fn open_with_system(&mut self, path: &Path) {
        if (self.opener)(path).is_ok() {
            return;
        }
        let shown = path.display();
        let notice = if path.exists() {
            Notice::error(
                format!(
                    "{shown}: openen lukt niet, want geen programma op deze computer wilde het openen. Open het bestand of de map zelf vanuit de bestandsbeheerder."
                ),
                format!(
                    "{shown}: cannot open it, because no program on this computer would open it. Open the file or folder yourself from the file manager."
                ),
            )
        } else {
            Notice::error(
                format!(
                    "{shown}: openen lukt niet, want het bestand of de map bestaat niet meer. Misschien is het verplaatst of verwijderd; maak de pdf opnieuw."
                ),
                format!(
                    "{shown}: cannot open it, because the file or folder no longer exists. It may have been moved or deleted; make the PDF again."
                ),
            )
        };
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// Returns the name and board year of the reflection in this file as
    /// the home page lists it, else the file's path.
    pub(crate) fn home_name(&self, path: &Path) -> String {
        self.summaries()
            .find(|s| s.path == path)
            .map(|s| {
                format!("{} {}", s.profile.name, s.profile.board_year)
                    .trim_end()
                    .to_owned()
            })
            .unwrap_or_else(|| path.display().to_string())
    }

    /// Hides the field for typing a path to import.
    pub(crate) fn close_path_field(&mut self) {
        self.home.show_path_field = false;
        self.home.import_path.clear();
    }

    /// Reads the trash folder again for the home page.
    pub(crate) fn refresh_trash(&mut self) {
        let Some(store) = &self.store else { return };
        self.home.trash = match store.list_trash() {
            Ok(t) => t,
            Err(e) => {
                let n = Notice::storage(&e);
                if !self.notices.contains(&n) {
                    self.notices.push(n);
                }
                Vec::new()
            }
        };
    }

    /// Reads the data folder again when the window comes back into focus
    /// on the home page (files may have been copied in meanwhile). This
    /// costs nothing while the window is idle: it only looks at events.
    pub(crate) fn refresh_on_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if focused && self.page == crate::app::Page::Home {
            self.push(Command::Refresh);
        }
    }

    /// Moves a reflection back from the trash folder and lists it again.
    pub(crate) fn restore(&mut self, trashed: &Path) {
        let Some(store) = self.store.clone() else {
            return;
        };
        match store.restore(trashed) {
            Ok(to) => {
                // a delete's message offers to restore it: that is done now
                let done = Command::Restore(trashed.to_owned());
                self.notices
                    .retain(|n| !n.actions.iter().any(|a| a.command == done));
                let name = storage::read_summary(&to)
                    .map(|s| format!("{} {}", s.profile.name, s.profile.board_year))
                    .unwrap_or_else(|_| to.display().to_string());
                let name = name.trim_end();
                self.notices.push(Notice::info(
                    format!("Teruggezet uit de prullenbak: {name}"),
                    format!("Restored from the trash: {name}"),
                ));
            }
            Err(e) => self.notices.push(Notice::storage(&e)),
        }
        self.refresh();
    }

    /// Returns the file of a reflection in the data folder that holds the
    /// same as `r`: the same id and content, or the same content under
    /// another id (an earlier import of the same file that got an id of
    /// its own).
    pub(crate) fn identical_reflection(&self, r: &Reflection) -> Option<PathBuf> {
        let store = self.store.as_ref()?;
        // only a file that changed at the same moment can hold the same;
        // compared as written, so that a file of an older format that
        // reads the same counts as the same
        self.summaries()
            .filter(|s| s.updated == r.updated && s.network_id == r.network_id)
            .find(|s| {
                store.load_at(&s.path).is_ok_and(|here| {
                    let mut imported = r.clone();
                    imported.id = here.reflection.id.clone();
                    storage::to_ron(&here.reflection) == storage::to_ron(&imported)
                })
            })
            .map(|s| s.path.clone())
    }

    /// Says that an imported reflection is already here and opens the one
    /// that is.
    pub(crate) fn already_here(&mut self, r: &Reflection, existing: PathBuf) {
        let name = format!("{} {}", r.profile.name, r.profile.board_year);
        let name = name.trim_end();
        self.notices.push(Notice::info(
            format!("Deze reflectie staat er al: {name}. Die is nu geopend; er is geen tweede kaart gemaakt."),
            format!("This reflection is already here: {name}. It is open now; no second card was made."),
        ));
        self.close_path_field();
        let Some(store) = &self.store else { return };
        match store.load_at(&existing) {
            Ok(l) => self.open_reflection(l.reflection, existing, l.upgraded_from),
            Err(e) => self.notices.push(Notice::storage(&e)),
        }
    }
}
