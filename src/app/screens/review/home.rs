//! The review on the home page, after the board's reflections: the button
//! that opens one, the field for paths where no dialog can be shown, and
//! the earlier reviews to reopen.

use crate::app::{Command, ReviewCommand, Reviews, style, t};
use crate::lang::{Lang, long_date_time};

/// Draws the button that opens a review.
pub fn review_button_ui(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    if ui
        .button(t(lang, "Reflecties bekijken (review)…", "Review reflections…"))
        .on_hover_text(t(
            lang,
            "Voor de diversiteitsfunctionaris: een map met reflecties van netwerken lezen zonder ze te veranderen (alleen lezen), naast elkaar zetten en feedback schrijven. Bestanden of mappen kunnen ook op dit venster worden gesleept.",
            "For the diversity officer: read a folder of networks' reflections without changing them (read-only), side by side, and write feedback. Files or folders can also be dropped on this window.",
        ))
        .clicked()
    {
        commands.push(Command::Review(ReviewCommand::PickFolder));
    }
}

/// Draws the officer's part of the home page: what a review is, its
/// button, the path field (when no dialog could be shown) and the earlier
/// reviews.
pub fn review_section_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    reviews: &mut Reviews,
    commands: &mut Vec<Command>,
) {
    ui.add_space(16.0);
    ui.label(style::title(t(
        lang,
        "Voor de diversiteitsfunctionaris",
        "For the diversity officer",
    )));
    ui.add(
        egui::Label::new(
            egui::RichText::new(t(
                lang,
                "Lees de reflecties van meerdere netwerken naast elkaar, zonder ze te veranderen, en schrijf feedback. Kies een map, of sleep bestanden of mappen op dit venster.",
                "Read the reflections of several networks side by side, without changing them, and write feedback. Choose a folder, or drop files or folders on this window.",
            ))
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    ui.horizontal_wrapped(|ui| review_button_ui(ui, lang, commands));
    let focused_id = egui::Id::unique("review_path_focused");
    if let Some(text) = &mut reviews.path_field {
        path_field_ui(ui, lang, text, focused_id, commands);
    } else {
        ui.data_mut(|d| d.remove::<bool>(focused_id));
    }
    if reviews.list.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(style::bold(t(lang, "Eerdere reviews", "Earlier reviews")));
    ui.label(
        egui::RichText::new(t(
            lang,
            "Openen leest de bestanden van de netwerken opnieuw (alleen lezen).",
            "Opening one reads the networks' files again (read-only).",
        ))
        .color(style::muted(ui)),
    );
    for item in &reviews.list {
        match item {
            Ok((path, file)) => {
                egui::Frame::group(ui.style())
                    .fill(ui.visuals().window_fill)
                    .inner_margin(egui::Margin::same(10))
                    .corner_radius(8.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.add(egui::Label::new(style::bold(&file.title)).wrap());
                        let written = file.feedback.values().filter(|f| !f.is_empty()).count();
                        let feedback = match (lang, written) {
                            (Lang::Nl, 0) => "nog geen feedback".to_owned(),
                            (Lang::Nl, 1) => "feedback voor 1 netwerk".to_owned(),
                            (Lang::Nl, n) => format!("feedback voor {n} netwerken"),
                            (Lang::En, 0) => "no feedback yet".to_owned(),
                            (Lang::En, 1) => "feedback for 1 network".to_owned(),
                            (Lang::En, n) => format!("feedback for {n} networks"),
                        };
                        let sources = file
                            .sources
                            .iter()
                            .map(|p| p.display().to_string())
                            .collect::<Vec<_>>()
                            .join(", ");
                        let facts = format!(
                            "{feedback} · {} {} · {sources}",
                            t(lang, "laatste wijziging", "last change"),
                            long_date_time(&file.updated, lang),
                        );
                        ui.add(
                            egui::Label::new(egui::RichText::new(facts).color(style::muted(ui)))
                                .wrap(),
                        );
                        let open = t(lang, "Openen", "Open");
                        if ui
                            .button(style::bold(open))
                            .accessible_name(format!("{open}: {}", file.title))
                            .clicked()
                        {
                            commands.push(Command::Review(ReviewCommand::Reopen(path.clone())));
                        }
                    });
                ui.add_space(4.0);
            }
            Err(e) => {
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(e.describe(lang)).color(style::error_colour(ui)),
                    )
                    .wrap(),
                );
            }
        }
    }
}

/// Draws the field for typing paths; when it appears, it takes the focus
/// and is scrolled into view (`focused_id` remembers that it did).
fn path_field_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    text: &mut String,
    focused_id: egui::Id,
    commands: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let label = ui.label(style::bold(t(
            lang,
            "Mappen of bestanden om te bekijken (alleen lezen)",
            "Folders or files to review (read-only)",
        )));
        ui.add(
            egui::Label::new(t(
                lang,
                "Op deze computer kan het programma geen keuzevenster openen. Typ of plak het pad van een map of bestand, één per regel, en kies Bekijken (of Ctrl+Enter).",
                "The program cannot open a file dialog on this computer. Type or paste the path of a folder or file, one per line, and choose Review (or Ctrl+Enter).",
            ))
            .wrap(),
        );
        let edit = ui
            .add(egui::TextEdit::multiline(text).desired_rows(2).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        let first = !ui.data(|d| d.get_temp::<bool>(focused_id).unwrap_or(false));
        ui.horizontal(|ui| {
            let review = ui.button(t(lang, "Bekijken", "Review"));
            if first {
                edit.request_focus();
                review.scroll_to_me(None);
                ui.data_mut(|d| d.insert_temp(focused_id, true));
            }
            // Ctrl+Enter reviews, as Enter makes a new line
            let submit = edit.has_focus()
                && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
            if review.clicked() || submit {
                let paths = text
                    .lines()
                    .map(|l| l.trim().trim_matches(['"', '\'']))
                    .filter(|l| !l.is_empty())
                    .map(std::path::PathBuf::from)
                    .collect();
                commands.push(Command::Review(ReviewCommand::Open(paths)));
            }
            if ui.button(t(lang, "Sluiten", "Close")).clicked() {
                commands.push(Command::Review(ReviewCommand::ClosePathField));
            }
        });
    });
}
