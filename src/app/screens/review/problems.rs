//! What could not be read, and what needs a second look: files that are
//! broken (with file, line and column), two files for the same network and
//! board year, and files of a questionnaire the program does not know or
//! of another version of it.

use crate::app::{Command, ReviewCommand, ReviewState, ReviewView, style, t};
use crate::lang::Lang;

/// Draws the full page of problems.
pub fn problems_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    commands: &mut Vec<Command>,
) {
    ui.scope(|ui| {
        ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH + 300.0));
        if state.review.unreadable.is_empty()
            && state.review.same_network_year.is_empty()
            && state.review.unknown_questionnaire.is_empty()
        {
            ui.label(t(
                lang,
                "Alle bestanden zijn gelezen; er zijn geen dubbele bestanden.",
                "Every file was read; there are no duplicate files.",
            ));
        }
        unreadable_ui(ui, lang, state, usize::MAX, commands);
        duplicates_ui(ui, lang, state, commands);
        questionnaires_ui(ui, lang, state, commands);
    });
}

/// Draws the files that cannot be read, at most `limit` of them, each with
/// its file, line and column.
pub fn unreadable_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    limit: usize,
    commands: &mut Vec<Command>,
) {
    let bad = &state.review.unreadable;
    if bad.is_empty() {
        return;
    }
    ui.label(style::bold(match lang {
        Lang::Nl => format!(
            "{} bestand(en) kunnen niet worden gelezen; de andere zijn wel geopend",
            bad.len()
        ),
        Lang::En => format!("{} file(s) cannot be read; the others are open", bad.len()),
    }));
    ui.label(
        egui::RichText::new(t(
            lang,
            "Ze blijven zoals ze zijn. Vraag het netwerk om een nieuw bestand, of herstel het met een teksteditor op de genoemde regel en kolom.",
            "They stay as they are. Ask the network for a new file, or repair it in a text editor at the line and column named.",
        ))
        .color(style::muted(ui)),
    );
    for u in bad.iter().take(limit) {
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.0, style::error_colour(ui)))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(u.describe(lang)).color(style::error_colour(ui)),
                    )
                    .wrap(),
                );
            });
    }
    if bad.len() > limit
        && ui
            .button(match lang {
                Lang::Nl => format!("Alle {} problemen bekijken", bad.len()),
                Lang::En => format!("See all {} problems", bad.len()),
            })
            .clicked()
    {
        commands.push(Command::Review(ReviewCommand::Show(ReviewView::Problems)));
    }
    ui.add_space(8.0);
}

/// Draws each group of files for the same network and board year.
pub fn duplicates_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    commands: &mut Vec<Command>,
) {
    for group in &state.review.same_network_year {
        let Some(first) = group.first().and_then(|&i| state.review.entries.get(i)) else {
            continue;
        };
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.0, style::error_colour(ui)))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(style::bold(match lang {
                        Lang::Nl => format!(
                            "⚠ Dubbel: {} bestanden voor {}",
                            group.len(),
                            first.title()
                        ),
                        Lang::En => format!(
                            "⚠ Duplicate: {} files for {}",
                            group.len(),
                            first.title()
                        ),
                    }))
                    .wrap(),
                );
                ui.add(
                    egui::Label::new(t(
                        lang,
                        "Beide staan als eigen rij in de tabel, gemarkeerd met “dubbel”; ze worden niet samengevoegd. Vraag het netwerk welk bestand geldt.",
                        "Each has a row of its own in the table, marked “duplicate”; they are not merged. Ask the network which file counts.",
                    ))
                    .wrap(),
                );
                for &i in group {
                    let e = &state.review.entries[i];
                    ui.horizontal_wrapped(|ui| {
                        ui.label(e.path.display().to_string());
                        let text = t(lang, "Bekijken", "View");
                        if ui
                            .small_button(text)
                            .accessible_name(format!("{text}: {}", e.path.display()))
                            .clicked()
                        {
                            commands.push(Command::Review(ReviewCommand::Show(ReviewView::Network(i))));
                        }
                    });
                }
            });
        ui.add_space(4.0);
    }
}

/// Draws the files whose questionnaire is unknown or another version.
fn questionnaires_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    commands: &mut Vec<Command>,
) {
    let others: Vec<usize> = (0..state.review.entries.len())
        .filter(|&i| {
            state.other_version(i).is_some() || state.review.unknown_questionnaire.contains(&i)
        })
        .collect();
    if others.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(style::bold(t(
        lang,
        "Andere vragenlijsten",
        "Other questionnaires",
    )));
    for i in others {
        let e = &state.review.entries[i];
        let q = &e.reflection.questionnaire;
        let text = match (state.other_version(i), lang) {
            (Some((v, ours)), Lang::Nl) => format!(
                "{}: vragenlijst “{}” versie {v}, gelezen met versie {ours}; alleen vragen met hetzelfde id worden vergeleken.",
                e.title(),
                q.id
            ),
            (Some((v, ours)), Lang::En) => format!(
                "{}: questionnaire “{}” version {v}, read with version {ours}; only questions with the same id are compared.",
                e.title(),
                q.id
            ),
            (None, Lang::Nl) => format!(
                "{}: vragenlijst “{}” is onbekend; zet het vragenlijstbestand in de map questionnaires van de gegevensmap om de antwoorden te zien.",
                e.title(),
                q.id
            ),
            (None, Lang::En) => format!(
                "{}: questionnaire “{}” is unknown; put the questionnaire file in the questionnaires folder of the data folder to see the answers.",
                e.title(),
                q.id
            ),
        };
        ui.horizontal_wrapped(|ui| {
            ui.add(egui::Label::new(text).wrap());
            let view = t(lang, "Bekijken", "View");
            if state.review.entries[i].questionnaire.is_some()
                && ui
                    .small_button(view)
                    .accessible_name(format!("{view}: {}", e.title()))
                    .clicked()
            {
                commands.push(Command::Review(ReviewCommand::Show(ReviewView::Network(i))));
            }
        });
    }
}
