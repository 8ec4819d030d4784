//! The board's reasons and dissent under an agreed answer: folded, editable
//! and marked as printed, because the self-assessment prints them.

use crate::app::widgets::TEXT_CHARS;
use crate::app::widgets::text::{growing_ui, hint_ui};
use crate::app::{style, t};
use crate::lang::Lang;
use crate::model::reflection::Entry;

/// The title of the folded section.
pub const REASONS_TITLE: (&str, &str) = (
    "“Waarom” en “Niet iedereen is het eens” — komen in de pdf",
    "“Why” and “Not everyone agrees” — printed in the PDF",
);

/// The label of the reasons field: the word the PDF prints above them.
pub const REASON_LABEL: (&str, &str) = ("Waarom", "Why");

/// The label of the dissent field: the words the PDF prints above it.
pub const DISSENT_LABEL: (&str, &str) = ("Niet iedereen is het eens", "Not everyone agrees");

/// Draws the reasons and dissent of an agreed answer, folded unless they
/// hold text; returns whether they changed.
pub fn reasons_ui(ui: &mut egui::Ui, lang: Lang, entry: &mut Entry) -> bool {
    // always there, also before an answer: a row that appeared with the
    // first answer would push the next question away from the pointer
    let written = !entry.rationale.is_empty() || !entry.dissent.is_empty();
    let mut changed = false;
    // a folding header of its own: its title wraps at any zoom, where a
    // collapsing header's title would run off the card
    let title = lang.pick(REASONS_TITLE.0, REASONS_TITLE.1);
    let id = ui.make_persistent_id("reasons");
    let open = ui.data_mut(|d| *d.get_temp_mut_or(id, written));
    let arrow = if open { "▼" } else { "▶" };
    let header = ui
        .add(
            egui::Button::new(format!("{arrow} {title}"))
                .frame(false)
                .wrap(),
        )
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    let enabled = header.enabled();
    header.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, title));
    let open = if header.clicked() {
        ui.data_mut(|d| d.insert_temp(id, !open));
        !open
    } else {
        open
    };
    if open {
        ui.indent("reasons", |ui| {
            let l = ui.label(style::bold(lang.pick(REASON_LABEL.0, REASON_LABEL.1)));
            hint_ui(
                ui,
                t(
                    lang,
                    "Waarom kozen jullie dit antwoord? Wat gaf de doorslag?",
                    "Why did you choose this answer? What decided it?",
                ),
            );
            changed |= growing_ui(ui, &mut entry.rationale, 2, TEXT_CHARS, l.id).changed();
            ui.add_space(6.0);
            let l = ui.label(style::bold(lang.pick(DISSENT_LABEL.0, DISSENT_LABEL.1)));
            hint_ui(
                ui,
                t(
                    lang,
                    "Ziet iemand in het bestuur het anders? Schrijf op wat en waarom; een naam is niet nodig.",
                    "Does someone on the board see it differently? Write down what and why; no name is needed.",
                ),
            );
            changed |= growing_ui(ui, &mut entry.dissent, 2, TEXT_CHARS, l.id).changed();
        });
    }
    changed
}
