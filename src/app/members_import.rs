//! Importing members' files into the open reflection ("each on their own
//! laptop"): the button on the reflect page, the dialog for several files,
//! and one message that says who was added, who was already there and
//! which files were refused. The work is done by
//! [`crate::storage::members`]; the members' files are only read.

use std::path::PathBuf;
use std::time::Instant;

use crate::app::workers::dialogs::{Answer, Purpose, Request};
use crate::app::{Command, Level, Notice, ReflectieApp, SaveStatus, t};
use crate::lang::{Lang, Text};
use crate::storage::members::import_members;

impl ReflectieApp {
    /// Opens the file dialog for members' files (several at once).
    pub(crate) fn pick_members(&mut self, ctx: &egui::Context) {
        if self.session.is_none() {
            return;
        }
        let lang = self.lang();
        let request = Request {
            purpose: Purpose::ImportMembers,
            title: t(
                lang,
                "Antwoorden van leden importeren",
                "Import members' answers",
            )
            .into(),
            save: false,
            filter_name: t(lang, "Reflectie (.ron)", "Reflection (.ron)").into(),
            extensions: vec!["ron".into()],
            directory: None,
            file_name: None,
        };
        self.open_dialog(ctx, request);
    }

    /// Applies the answer of the dialog for members' files.
    pub(crate) fn finish_members_dialog(&mut self, answer: Answer) {
        match answer {
            Answer::Chosen(path) => self.import_members(&[path]),
            Answer::ChosenMany(paths) => self.import_members(&paths),
            Answer::Cancelled => {}
            Answer::Unavailable => self.notices.push(Notice::error(
                "Er kon op deze computer geen bestandsvenster worden geopend, dus de bestanden van de leden zijn niet te kiezen. Open het programma op een computer met een bureaublad, of zet de bestanden van de leden in de map met reflecties en open ze daar.".into(),
                "No file dialog could be opened on this computer, so the members' files cannot be chosen. Open the program on a computer with a desktop, or put the members' files in the reflections folder and open them there.".into(),
            )),
        }
    }

    /// Imports members' files into the open reflection as its members and
    /// tells in one message what happened; the board's file is written by
    /// the normal autosave, the members' files are only read.
    pub(crate) fn import_members(&mut self, paths: &[PathBuf]) {
        let Some(s) = &mut self.session else {
            return;
        };
        let outcome = import_members(&s.reflection, paths);
        if outcome.apply(&mut s.reflection) > 0 {
            s.dirty.mark(Instant::now());
            s.status = SaveStatus::Pending;
        }
        let level = if outcome.refused.is_empty() {
            Level::Info
        } else {
            Level::Error
        };
        self.notices.push(Notice {
            level,
            text: Text::new(outcome.describe(Lang::Nl), outcome.describe(Lang::En)),
            actions: Vec::new(),
        });
    }
}

/// Draws the button that imports members' answers into the open reflection.
pub fn members_import_button_ui(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    if ui
        .button(t(
            lang,
            "Antwoorden van leden importeren…",
            "Import members' answers…",
        ))
        .on_hover_text(t(
            lang,
            "Kies de bestanden die leden op hun eigen laptop invulden en stuurden; elk wordt een lid van deze reflectie. Hun bestanden blijven zoals ze zijn.",
            "Choose the files members filled in on their own laptop and sent; each becomes a member of this reflection. Their files stay as they are.",
        ))
        .clicked()
    {
        commands.push(Command::PickMembers);
    }
}
