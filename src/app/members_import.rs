//! Importing members' files into the open reflection ("each on their own
//! laptop"): the button on the reflect page, the dialog for several files,
//! and one message that says who was added, who was already there and
//! which files were refused. The work is done by
//! [`crate::storage::members`]; the members' files are only read.

use std::path::PathBuf;
use std::time::Instant;

use crate::app::workers::dialogs::{Answer, Purpose, Request};
use crate::app::{Command, Level, Notice, ReflectieApp, SaveStatus, style, t};
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
    pub(crate) fn finish_members_dialog(&mut self, ctx: &egui::Context, answer: Answer) {
        match answer {
            Answer::Chosen(path) => self.import_members(&[path]),
            Answer::ChosenMany(paths) => self.import_members(&paths),
            Answer::Cancelled => {}
            // no dialog on this computer: a field for the files' paths
            Answer::Unavailable => ctx.data_mut(|d| {
                d.insert_temp(path_field_id(), String::new());
            }),
        }
    }

    /// Imports members' files into the open reflection as its members and
    /// tells in one message what happened; the board's file is written by
    /// the normal autosave, the members' files are only read.
    pub(crate) fn import_members(&mut self, paths: &[PathBuf]) {
        let paths: Vec<PathBuf> = paths
            .iter()
            .filter(|p| !p.as_os_str().is_empty())
            .cloned()
            .collect();
        let Some(s) = &mut self.session else {
            return;
        };
        let outcome = import_members(&s.reflection, &paths);
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

/// Where the text of the path field is kept while it is open (in egui's
/// memory, so that it needs no field in the program state).
fn path_field_id() -> egui::Id {
    egui::Id::unique("members-import-paths")
}

/// Draws the button that imports members' answers into the open reflection,
/// and, when no file dialog could be shown, a field for the files' paths.
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
    let id = path_field_id();
    let Some(mut text) = ui.data(|d| d.get_temp::<String>(id)) else {
        return;
    };
    let label = ui.label(style::bold(t(
        lang,
        "Bestanden van de leden",
        "The members' files",
    )));
    ui.label(t(
        lang,
        "Er kon geen bestandsvenster worden geopend. Typ of plak het pad van elk bestand, één per regel.",
        "No file dialog could be opened. Type or paste the path of each file, one per line.",
    ));
    ui.add(egui::TextEdit::multiline(&mut text).desired_rows(3))
        .labelled_by(label.id);
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button(t(lang, "Importeren", "Import")).clicked() {
            let paths = text
                .lines()
                .map(|l| l.trim().trim_matches(['"', '\'']))
                .filter(|l| !l.is_empty())
                .map(PathBuf::from)
                .collect();
            commands.push(Command::ImportMembers(paths));
            close = true;
        }
        if ui.button(t(lang, "Annuleren", "Cancel")).clicked() {
            close = true;
        }
    });
    ui.data_mut(|d| {
        if close {
            d.remove::<String>(id);
        } else {
            d.insert_temp(id, text);
        }
    });
}
