//! The trash on the home page: the deleted reflections, each with a
//! button that puts it back.

use crate::app::{Command, style, t};
use crate::lang::{Lang, date_words};
use crate::storage::trash::Trashed;

/// Draws "Prullenbak (n)", folded, with each deleted reflection and
/// *Terugzetten*.
pub fn trash_ui(ui: &mut egui::Ui, lang: Lang, trash: &[Trashed], commands: &mut Vec<Command>) {
    let heading = format!("{} ({})", t(lang, "Prullenbak", "Trash"), trash.len());
    egui::CollapsingHeader::new(style::bold(heading))
        .id_salt("home_trash")
        .show(ui, |ui| {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(t(
                        lang,
                        "Verwijderde reflecties blijven hier bewaard tot iemand ze uit de map prullenbak weghaalt. Terugzetten zet de reflectie met al haar antwoorden weer in de lijst.",
                        "Deleted reflections stay here until someone removes them from the trash folder. Restoring puts the reflection with all its answers back in the list.",
                    ))
                    .color(style::muted(ui)),
                )
                .wrap(),
            );
            for item in trash {
                let name = match &item.content {
                    Ok(s) => format!("{} {}", s.profile.name, s.profile.board_year)
                        .trim_end()
                        .to_owned(),
                    Err(_) => item.name.clone(),
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(style::bold(&name));
                    if item.deleted > 0
                        && let Ok(ts) = jiff::Timestamp::from_second(item.deleted)
                    {
                        let d = ts.to_zoned(jiff::tz::TimeZone::system());
                        ui.label(
                            egui::RichText::new(format!(
                                "{} {}",
                                t(lang, "verwijderd op", "deleted on"),
                                date_words(
                                    i32::from(d.year()),
                                    d.month() as u32,
                                    d.day() as u32,
                                    lang
                                )
                            ))
                            .color(style::muted(ui)),
                        );
                    }
                    if item.content.is_err() {
                        ui.label(
                            egui::RichText::new(t(lang, "(niet te lezen)", "(cannot be read)"))
                                .color(style::error_colour(ui)),
                        );
                    }
                    let text = t(lang, "Terugzetten", "Restore");
                    if ui
                        .button(text)
                        .accessible_name(format!("{text}: {name}"))
                        .clicked()
                    {
                        commands.push(Command::Restore(item.path.clone()));
                    }
                });
            }
        });
}
