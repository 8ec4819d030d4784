//! The letter to the next board: a shared note the board writes at the
//! end of its year for its successors. It is printed and shared like the
//! notes, and shown first to the next board (on its last-year page).

use crate::app::widgets::TEXT_CHARS;
use crate::app::widgets::text::{growing_ui, hint_ui};
use crate::app::{Command, style, t};
use crate::lang::Lang;

/// The label of the letter's field.
pub const LETTER_LABEL: (&str, &str) = (
    "Brief aan het volgende bestuur — komt in de pdf",
    "Letter to the next board — printed in the PDF",
);

/// Draws the field of the letter to the next board; pushes an edit when it
/// changed.
pub fn letter_ui(ui: &mut egui::Ui, lang: Lang, letter: &mut String, commands: &mut Vec<Command>) {
    let label =
        ui.add(egui::Label::new(style::title(lang.pick(LETTER_LABEL.0, LETTER_LABEL.1))).wrap());
    hint_ui(
        ui,
        t(
            lang,
            "Schrijf aan het einde van jullie jaar wat het volgende bestuur moet weten: wat werkte, wat niet, en waar jullie mee bezig waren. Het volgende bestuur leest dit als eerste.",
            "At the end of your year, write what the next board should know: what worked, what did not, and what you were working on. The next board reads this first.",
        ),
    );
    if growing_ui(ui, letter, 4, TEXT_CHARS, label.id).changed() {
        commands.push(Command::Edited);
    }
}
