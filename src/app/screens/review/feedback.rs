//! The officer's feedback beside a network's reflection: on the reflection
//! as a whole and on the theme on screen. It is kept in the officer's own
//! review file, never in the network's file, and saves itself.

use crate::app::widgets::TEXT_CHARS;
use crate::app::widgets::text::{growing_ui, hint_ui};
use crate::app::{Command, ExportKind, ReviewCommand, ReviewState, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::Theme;
use crate::review::ReviewEntry;

/// The label of the field for feedback on the whole reflection.
pub const GENERAL_LABEL: (&str, &str) = (
    "Feedback op de hele reflectie",
    "Feedback on the whole reflection",
);

/// Returns the label of the field for feedback on one theme.
pub fn theme_label(lang: Lang, theme: &str) -> String {
    match lang {
        Lang::Nl => format!("Feedback op het thema “{theme}”"),
        Lang::En => format!("Feedback on the theme “{theme}”"),
    }
}

/// Draws the feedback fields for one network and year.
pub fn feedback_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    e: &ReviewEntry,
    theme: Option<&Theme>,
    commands: &mut Vec<Command>,
) {
    ui.scope(|ui| {
            ui.add_space(8.0);
            ui.label(style::title(t(lang, "Feedback", "Feedback")));
            hint_ui(
                ui,
                &match lang {
                    Lang::Nl => format!(
                        "Voor {}. De feedback komt in het eigen reviewbestand op deze computer, niet in het bestand van het netwerk, en wordt vanzelf opgeslagen.",
                        e.title()
                    ),
                    Lang::En => format!(
                        "For {}. The feedback goes into the review's own file on this computer, not into the network's file, and saves itself.",
                        e.title()
                    ),
                },
            );
            super::status_ui(ui, lang, &state.status);
            ui.add_space(6.0);
            let key = e.key();
            let written = state.file.feedback.get(&key);
            let label = ui.label(style::bold(lang.pick(GENERAL_LABEL.0, GENERAL_LABEL.1)));
            let mut general = written.map(|f| f.general.clone()).unwrap_or_default();
            if growing_ui(ui, &mut general, 5, TEXT_CHARS, label.id).changed() {
                commands.push(Command::Review(ReviewCommand::SetFeedback {
                    key: key.clone(),
                    theme: None,
                    text: general,
                }));
            }
            if let Some(theme) = theme {
                ui.add_space(8.0);
                let label = ui.add(egui::Label::new(style::bold(theme_label(lang, theme.title.get(lang)))).wrap());
                hint_ui(ui, t(lang, "Niet verplicht.", "Optional."));
                let mut text = written
                    .and_then(|f| f.themes.get(&theme.id))
                    .cloned()
                    .unwrap_or_default();
                if growing_ui(ui, &mut text, 4, TEXT_CHARS, label.id).changed() {
                    commands.push(Command::Review(ReviewCommand::SetFeedback {
                        key: key.clone(),
                        theme: Some(theme.id.clone()),
                        text,
                    }));
                }
            }
            ui.add_space(8.0);
            if let Some(i) = state.review.entries.iter().position(|x| std::ptr::eq(x, e)) {
                if ui
                    .button(t(lang, "Terugkoppelingsbrief (pdf)…", "Feedback letter (PDF)…"))
                    .on_hover_text(t(
                        lang,
                        "Jullie feedback naast de samenvatting van dit netwerk, om naar het bestuur te sturen",
                        "Your feedback beside this network's summary, to send to its board",
                    ))
                    .clicked()
                {
                    commands.push(Command::Export(ExportKind::FeedbackLetter(i)));
                }
            }
            // where else feedback is written, so that none is forgotten
            let q = e.questionnaire.as_deref();
            let others: Vec<(usize, String)> = written
                .map(|f| {
                    f.themes
                        .iter()
                        .filter(|(id, text)| !text.trim().is_empty() && theme.is_none_or(|t| &t.id != *id))
                        .filter_map(|(id, _)| {
                            let i = q?.themes.iter().position(|t| &t.id == id)?;
                            Some((i, q?.themes[i].title.get(lang).to_owned()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            if !others.is_empty() {
                ui.add_space(8.0);
                ui.label(t(lang, "Ook feedback bij:", "Feedback also on:"));
                for (i, title) in others {
                    if ui.link(&title).clicked() {
                        commands.push(Command::Review(ReviewCommand::NetworkTheme(i)));
                    }
                }
            }
        });
}
