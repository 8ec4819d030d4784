//! A theme's two note fields: the shared notes that are printed and
//! shared, and the private notes that never leave this computer.

use std::collections::BTreeMap;

use crate::app::widgets::TEXT_CHARS;
use crate::app::widgets::text::hint_ui;
use crate::app::{Command, Session, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::Theme;

/// The label of the shared notes field: they are printed and shared.
pub const NOTES_LABEL: (&str, &str) = ("Notities — komen in de pdf", "Notes — printed in the PDF");

/// The label of the private notes field: they never leave this computer.
pub const PRIVATE_NOTES_LABEL: (&str, &str) = (
    "Privénotities — komen niet in de pdf of in gedeelde bestanden",
    "Private notes — not in the PDF or in shared files",
);

/// Draws a theme's two note fields: the shared notes that are printed, and
/// the private notes that stay on this computer.
pub fn notes_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    theme: &Theme,
    session: &mut Session,
    commands: &mut Vec<Command>,
) {
    let shared = note_ui(
        ui,
        lang.pick(NOTES_LABEL.0, NOTES_LABEL.1),
        t(
            lang,
            "Wat viel jullie op? Waar waren jullie het (nog) niet over eens?",
            "What struck you? Where did you (not yet) agree?",
        ),
        &theme.id,
        &mut session.reflection.notes,
    );
    ui.add_space(8.0);
    let private = note_ui(
        ui,
        lang.pick(PRIVATE_NOTES_LABEL.0, PRIVATE_NOTES_LABEL.1),
        t(
            lang,
            "Alleen voor jullie: bijvoorbeeld namen, gevoelige voorbeelden, wat nog niet gedeeld kan worden.",
            "Only for you: for example names, sensitive examples, what cannot be shared yet.",
        ),
        &theme.id,
        &mut session.reflection.private_notes,
    );
    if shared || private {
        commands.push(Command::Edited);
    }
}

/// Draws one note field for a theme, labelled by `title`; returns whether
/// the note changed. An emptied note is removed.
fn note_ui(
    ui: &mut egui::Ui,
    title: &str,
    hint: &str,
    theme_id: &str,
    notes: &mut BTreeMap<String, String>,
) -> bool {
    let label = ui.add(egui::Label::new(style::title(title)).wrap());
    hint_ui(ui, hint);
    let mut text = notes.get(theme_id).cloned().unwrap_or_default();
    let r = crate::app::widgets::text::growing_ui(ui, &mut text, 3, TEXT_CHARS, label.id);
    if !r.changed() {
        return false;
    }
    if text.is_empty() {
        notes.remove(theme_id);
    } else {
        notes.insert(theme_id.to_owned(), text);
    }
    true
}
