//! The messages under the top bar, and the question whether to close
//! without saving.

use crate::app::{Command, Level, Notice, style, t};
use crate::lang::Lang;

/// Draws the messages, each with a button to close it.
pub fn notices_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    notices: &[Notice],
    close_pending: bool,
    commands: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    for (i, n) in notices.iter().enumerate() {
        let colour = match n.level {
            Level::Error => style::error_colour(ui),
            Level::Info => style::accent(ui),
        };
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.5, colour))
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        egui::RichText::new(match n.level {
                            Level::Error => "⚠",
                            Level::Info => "ℹ",
                        })
                        .color(colour),
                    );
                    let text = n.text.get(lang);
                    ui.add(egui::Label::new(text).wrap());
                });
                ui.horizontal_wrapped(|ui| {
                    for a in &n.actions {
                        if ui.button(a.label.get(lang)).clicked() {
                            commands.push(a.command.clone());
                        }
                    }
                    if ui.button(t(lang, "Sluiten", "Close")).clicked() {
                        commands.push(Command::Dismiss(i));
                    }
                });
            });
    }
    if close_pending {
        ui.horizontal(|ui| {
            ui.label(t(
                lang,
                "Het programma sluiten zonder de laatste wijzigingen op te slaan?",
                "Close the program without saving the last changes?",
            ));
            if ui.button(t(lang, "Toch sluiten", "Close anyway")).clicked() {
                commands.push(Command::CloseWithoutSaving);
            }
        });
    }
    ui.add_space(4.0);
}
