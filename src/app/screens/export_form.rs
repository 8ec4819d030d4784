//! The form that asks where to save a PDF when no save dialog can be shown.

use std::path::PathBuf;

use crate::app::{Command, ExportKind, style, t};
use crate::lang::Lang;

/// The form that asks for a path when no save dialog is available.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportForm {
    /// Which PDF.
    pub kind: ExportKind,
    /// The path as typed.
    pub path: String,
}

/// Asks where to save a PDF when the system has no save dialog: a path
/// field, filled in with a suggestion. Esc or Annuleren closes it.
pub fn export_form_ui(
    ctx: &egui::Context,
    lang: Lang,
    form: &mut ExportForm,
    commands: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("export_form")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(style::title(match form.kind {
            ExportKind::SelfAssessment => t(lang, "Zelfevaluatie als pdf", "Self-assessment as PDF"),
            ExportKind::Worksheet => t(lang, "Leeg werkblad als pdf", "Blank worksheet as PDF"),
            ExportKind::Poll => t(lang, "Ledenpeiling als pdf", "Member poll as PDF"),
            ExportKind::ReviewOverview => {
                t(lang, "Overzicht van de netwerken als pdf", "Overview of the networks as PDF")
            }
            ExportKind::ReviewCsv(_) => t(lang, "Csv-bestanden in een map", "CSV files into a folder"),
            ExportKind::FeedbackLetter(_) => {
                t(lang, "Terugkoppelingsbrief als pdf", "Feedback letter as PDF")
            }
        }));
        ui.add(
            egui::Label::new(t(
                lang,
                "Op deze computer kan het programma geen opslagvenster openen. Waar willen jullie de pdf opslaan?",
                "The program cannot open a save dialog on this computer. Where do you want to save the PDF?",
            ))
            .wrap(),
        );
        let label = ui.label(t(lang, "Waar komt de pdf? Map en bestandsnaam", "Where does the PDF go? Folder and file name"));
        let edit = ui
            .add(egui::TextEdit::singleline(&mut form.path)
                    .char_limit(crate::app::widgets::PATH_CHARS)
                    .desired_width(f32::INFINITY))
            .labelled_by(label.id);
        // the field takes the focus when the form appears, so that typing
        // goes into it: the form was not drawn in the pass before
        let now = ctx.cumulative_pass_nr();
        let drawn = egui::Id::unique("export_form_drawn");
        let before = ctx.data_mut(|d| {
            let before = d.get_temp::<u64>(drawn);
            d.insert_temp(drawn, now);
            before
        });
        if before.is_none_or(|b| b + 1 < now) {
            edit.request_focus();
        }
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            let save = ui.button(style::bold(t(lang, "Opslaan", "Save"))).clicked();
            if (save || enter) && !form.path.trim().is_empty() {
                commands.push(Command::ExportTo(form.kind, PathBuf::from(form.path.trim())));
            }
            if ui.button(t(lang, "Annuleren", "Cancel")).clicked() {
                commands.push(Command::CancelExport);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelExport);
    }
}
