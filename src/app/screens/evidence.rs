//! "Hoe weten jullie dit?": a small field under an agreed statement or
//! position for what the board can point to, printed under the answer.

use crate::app::widgets::TEXT_CHARS;
use crate::app::widgets::text::{growing_ui, hint_ui};
use crate::app::{style, t};
use crate::lang::Lang;
use crate::model::questionnaire::Question;
use crate::model::reflection::Entry;

/// The label of the evidence field.
pub const EVIDENCE_LABEL: (&str, &str) = ("Hoe weten jullie dit?", "How do you know?");

/// Draws the evidence field of a statement or position (nothing for other
/// questions), with the question's own hint of what to point to; returns
/// whether the note changed.
pub fn evidence_ui(ui: &mut egui::Ui, lang: Lang, question: &Question, entry: &mut Entry) -> bool {
    if !question.asks_evidence() {
        return false;
    }
    ui.add_space(4.0);
    let label = ui.label(style::bold(lang.pick(EVIDENCE_LABEL.0, EVIDENCE_LABEL.1)));
    let hint = if question.evidence.is_empty() {
        t(
            lang,
            "Waar kunnen jullie naar wijzen? Een activiteit, een reactie, een cijfer. Komt in de pdf.",
            "What can you point to? An activity, a response, a figure. Printed in the PDF.",
        )
        .to_owned()
    } else {
        format!(
            "{} {}",
            question.evidence.get(lang),
            t(lang, "Komt in de pdf.", "Printed in the PDF.")
        )
    };
    hint_ui(ui, &hint);
    growing_ui(ui, &mut entry.evidence, 1, TEXT_CHARS, label.id).changed()
}
