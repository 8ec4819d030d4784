//! A choice tile: a framed area that chooses one option wherever it is
//! clicked, as one radio button for the keyboard and a screen reader.

use egui::{Color32, CornerRadius, Sense, Stroke, StrokeKind, UiBuilder, WidgetInfo};

use crate::app::style;

/// The margin inside a tile, left and right.
const MARGIN_X: f32 = 10.0;
/// The size of the round mark at the start of a tile.
const MARK: f32 = 14.0;
/// The space between the mark and the name.
const GAP: f32 = 8.0;

/// Returns the narrowest width at which each of `labels` fits a tile on
/// one line, so that no word in a tile is broken.
pub fn tile_width(ui: &egui::Ui, labels: &[&str]) -> f32 {
    let widest = labels
        .iter()
        .map(|l| {
            egui::WidgetText::from(style::bold(*l))
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Body,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max);
    (widest + MARK + GAP + 2.0 * MARGIN_X + 4.0).ceil()
}

/// Draws the tile number `index` of a row, `width` wide, named `label`,
/// chosen or not; returns its response: clicked anywhere on the tile, or
/// Space or Enter with the keyboard focus on it.
pub fn tile_ui(
    ui: &mut egui::Ui,
    index: usize,
    label: &str,
    selected: bool,
    width: f32,
) -> egui::Response {
    let builder = UiBuilder::new()
        .sense(Sense::click())
        .id_salt(("tile", index));
    let response = ui
        .scope_builder(builder, |ui| {
            // the texts inside are part of the tile: a click on them is a
            // click on the tile, not the start of a text selection
            ui.style_mut().interaction.selectable_labels = false;
            let before = ui.response();
            let hot = before.hovered() || before.has_focus();
            let visuals = ui.visuals().clone();
            let fill = if selected {
                visuals.selection.bg_fill
            } else if hot {
                visuals.widgets.hovered.weak_bg_fill
            } else {
                visuals.extreme_bg_color
            };
            let stroke = if selected || hot {
                Stroke::new(2.0, style::accent(ui))
            } else {
                Stroke::new(1.0, style::muted(ui))
            };
            // a thicker border takes from the margin: the tile keeps its size
            let border = stroke.width as i8;
            egui::Frame::new()
                .fill(fill)
                .stroke(stroke)
                .corner_radius(CornerRadius::same(6))
                .inner_margin(egui::Margin::symmetric(MARGIN_X as i8 - border, 9 - border))
                .show(ui, |ui| {
                    ui.set_width(width - 2.0 * MARGIN_X);
                    ui.horizontal(|ui| {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(MARK, MARK), Sense::hover());
                        mark(ui, rect, selected);
                        ui.add_space(GAP - ui.spacing().item_spacing.x);
                        ui.add(
                            egui::Label::new(style::bold(label).color(visuals.strong_text_color()))
                                .selectable(false)
                                .wrap(),
                        );
                    });
                });
        })
        .response;
    if response.has_focus() {
        // a focus outline that shows on a projector too
        ui.painter().rect_stroke(
            response.rect.expand(2.0),
            CornerRadius::same(8),
            Stroke::new(2.0, style::accent(ui)),
            StrokeKind::Outside,
        );
    }
    let enabled = response.enabled();
    response
        .widget_info(|| WidgetInfo::selected(egui::Role::RadioButton, enabled, selected, label));
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// Paints the round mark of a tile: a ring, filled in the middle when chosen.
fn mark(ui: &egui::Ui, rect: egui::Rect, selected: bool) {
    let c = rect.center();
    let r = rect.width() / 2.0;
    let colour = if selected {
        style::accent(ui)
    } else {
        style::muted(ui)
    };
    ui.painter()
        .circle(c, r - 1.0, Color32::TRANSPARENT, Stroke::new(1.5, colour));
    if selected {
        ui.painter().circle_filled(c, r - 4.0, colour);
    }
}
