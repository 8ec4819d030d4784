//! The form for a new reflection: the network profile and the questionnaire.

use crate::app::screens::profile_form::{ProfileForm, error_summary_ui, profile_form_ui};
use crate::app::{Available, Command, style, t};
use crate::lang::Lang;
use crate::model::profile::ProfileInput;
use crate::model::questionnaire::Questionnaire;

/// The new-reflection form: the profile and the questionnaire.
#[derive(Debug, Clone)]
pub struct NewForm {
    /// The profile's fields and their errors.
    pub profile: ProfileForm,
    /// The index among the valid questionnaires.
    pub questionnaire: usize,
}

impl Default for NewForm {
    fn default() -> Self {
        NewForm {
            profile: ProfileForm::new(ProfileInput {
                board_year: current_board_year(),
                ..ProfileInput::default()
            }),
            questionnaire: 0,
        }
    }
}

/// Returns the academic year that runs now, such as `2026-2027`.
pub fn current_board_year() -> String {
    let now = jiff::Zoned::now();
    let y = now.year();
    if now.month() >= 9 {
        format!("{y}-{}", y + 1)
    } else {
        format!("{}-{y}", y - 1)
    }
}

/// Draws the form for a new reflection; returns where.
pub fn new_reflection_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    form: &mut NewForm,
    questionnaires: &[Available],
    choosable: &[(std::sync::Arc<Questionnaire>, bool)],
    commands: &mut Vec<Command>,
) -> egui::Rect {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("new_reflection").auto_shrink([false, false]).show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH));
            ui.add_space(8.0);
            error_summary_ui(ui, lang, &mut form.profile);
            ui.heading(t(lang, "Nieuwe reflectie", "New reflection"));
            ui.add(egui::Label::new(t(
                lang,
                "Vertel kort wie jullie zijn. Namen van leden zijn niet nodig. Alles kunnen jullie later aanpassen onder Netwerkgegevens.",
                "Tell briefly who you are. No member names are needed. You can change everything later under Network details.",
            )).wrap());
            ui.add_space(12.0);
            let submit = profile_form_ui(ui, lang, &mut form.profile);
            questionnaire_choice_ui(ui, lang, &mut form.questionnaire, choosable);
            for a in questionnaires {
                if let Available::Broken(path, e) = a {
                    egui::Frame::group(ui.style())
                        .stroke(egui::Stroke::new(1.0, style::error_colour(ui)))
                        .show(ui, |ui| {
                            ui.label(style::bold(format!(
                                "{} {}",
                                t(lang, "Deze vragenlijst is niet te gebruiken:", "This questionnaire cannot be used:"),
                                path.display()
                            )));
                            ui.add(egui::Label::new(egui::RichText::new(e.describe(lang)).color(style::error_colour(ui))).wrap());
                        });
                }
            }
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if ui.button(style::bold(t(lang, "Beginnen", "Start"))).clicked() || submit {
                    commands.push(Command::CreateReflection);
                }
                if ui.button(t(lang, "Annuleren", "Cancel")).clicked() {
                    commands.push(Command::GoHome);
                }
            });
            crate::app::focus::keep_in_view(ui);
        });
    }).response.rect
}

/// Draws the choice of questionnaire as radio buttons, only when there is
/// more than one valid questionnaire to choose from.
fn questionnaire_choice_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    chosen: &mut usize,
    valid: &[(std::sync::Arc<Questionnaire>, bool)],
) {
    if valid.len() < 2 {
        return;
    }
    ui.label(style::bold(t(lang, "Vragenlijst", "Questionnaire")));
    ui.add(
        egui::Label::new(
            egui::RichText::new(t(
                lang,
                "Er staat meer dan één vragenlijst klaar; kies de vragenlijst die jullie willen gebruiken.",
                "More than one questionnaire is available; choose the one you want to use.",
            ))
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    ui.add_space(2.0);
    for (i, (q, builtin)) in valid.iter().enumerate() {
        let name = format!(
            "{} {}{}",
            q.title.get(lang),
            q.version,
            if *builtin {
                t(lang, " (ingebouwd)", " (built in)")
            } else {
                ""
            }
        );
        ui.radio_value(chosen, i, name);
    }
    ui.add_space(14.0);
}
