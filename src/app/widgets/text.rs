//! A text field of several lines that grows with what is typed in it.

/// Draws a text field of at least `rows` lines that grows with its text,
/// as wide as there is room, labelled by `label`; returns its response.
/// Enter starts a new line; Tab goes to the next control.
pub fn growing_ui(
    ui: &mut egui::Ui,
    text: &mut String,
    rows: usize,
    limit: usize,
    label: egui::Id,
) -> egui::Response {
    ui.add(
        egui::TextEdit::multiline(text)
            .char_limit(limit)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label)
}

/// Draws a hint under a field's label, in a quieter colour, that stays
/// visible while typing (unlike a placeholder).
pub fn hint_ui(ui: &mut egui::Ui, hint: &str) -> egui::Response {
    ui.add(egui::Label::new(egui::RichText::new(hint).color(crate::app::style::muted(ui))).wrap())
}
