//! The two-pole position track: where the network stands now and where it
//! wants to be, between two poles.

use egui::{Color32, Pos2, Rect, Sense, Stroke, Vec2};

use crate::app::{style, t};
use crate::lang::Lang;
use crate::model::reflection::{Answer, Entry};

/// Draws a two-pole position: a track with the *now* and *where we want to
/// be* markers, which the mouse sets by clicking or dragging, and two
/// sliders that the keyboard and screen readers use.
pub fn position_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    left: &str,
    right: &str,
    entry: &mut Entry,
) -> bool {
    let (mut now, mut desired) = match &entry.answer {
        Some(Answer::Position { now, desired }) => (*now, *desired),
        _ => (None, None),
    };
    let mut changed = false;
    let width = ui.available_width().min(style::TEXT_WIDTH);

    ui.allocate_ui(Vec2::new(width, 0.0), |ui| {
        ui.columns(2, |cols| {
            cols[0].with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.add(egui::Label::new(style::bold(left)).wrap());
            });
            cols[1].with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
                ui.add(egui::Label::new(style::bold(right)).wrap());
            });
        });
    });

    // mouse only: the sliders below serve the keyboard, so the track takes no focus
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, 44.0), Sense::CLICK | Sense::DRAG);
    let track_name = format!(
        "{}: {left} — {right}",
        t(
            lang,
            "Klik of sleep om een marker te zetten",
            "Click or drag to place a marker"
        )
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, &track_name));
    let track = Rect::from_min_max(
        Pos2::new(rect.left() + 14.0, rect.center().y - 3.0),
        Pos2::new(rect.right() - 14.0, rect.center().y + 3.0),
    );
    let x_of = |v: f32| track.left() + v.clamp(0.0, 1.0) * track.width();
    if let Some(p) = response.interact_pointer_pos() {
        let v = ((p.x - track.left()) / track.width()).clamp(0.0, 1.0);
        let v = (v * 100.0).round() / 100.0;
        // which marker moves: the one being dragged, else the nearest set
        // one, else the first that is not set yet
        let drag_id = response.id.with("dragging");
        // stored as a plain bool: true moves *now*, false moves *where we want to be*
        let mut which: Option<bool> = ui.data(|d| d.get_temp::<bool>(drag_id));
        if which.is_none() {
            which = Some(match (now, desired) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(n), Some(d)) => (n - v).abs() <= (d - v).abs(),
            });
        }
        if let Some(w) = which {
            ui.data_mut(|d| d.insert_temp(drag_id, w));
        }
        if which == Some(true) {
            changed |= now != Some(v);
            now = Some(v);
        } else {
            changed |= desired != Some(v);
            desired = Some(v);
        }
    } else {
        ui.data_mut(|d| d.remove::<bool>(response.id.with("dragging")));
    }
    let painter = ui.painter_at(rect.expand(2.0));
    let track_colour = ui.visuals().widgets.inactive.bg_fill;
    painter.rect_filled(track, 3.0, track_colour);
    for i in 0..=4 {
        let x = track.left() + track.width() * i as f32 / 4.0;
        painter.line_segment(
            [
                Pos2::new(x, track.top() - 5.0),
                Pos2::new(x, track.bottom() + 5.0),
            ],
            Stroke::new(1.0, style::muted(ui)),
        );
    }
    if let (Some(n), Some(d)) = (now, desired) {
        let y = rect.center().y;
        let (a, b) = (x_of(n), x_of(d));
        painter.line_segment(
            [Pos2::new(a, y), Pos2::new(b, y)],
            Stroke::new(2.5, style::muted(ui)),
        );
        let dir = (b - a).signum();
        if (b - a).abs() > 24.0 {
            let tip = Pos2::new(b - dir * 13.0, y);
            painter.add(egui::Shape::convex_polygon(
                vec![
                    tip,
                    tip + Vec2::new(-dir * 8.0, -5.0),
                    tip + Vec2::new(-dir * 8.0, 5.0),
                ],
                style::muted(ui),
                Stroke::NONE,
            ));
        }
    }
    if let Some(n) = now {
        painter.circle(
            Pos2::new(x_of(n), rect.center().y),
            10.0,
            style::now_colour(ui),
            Stroke::new(2.0, Color32::WHITE),
        );
    }
    if let Some(d) = desired {
        let c = Pos2::new(x_of(d), rect.center().y);
        painter.add(egui::Shape::convex_polygon(
            vec![
                c + Vec2::new(0.0, -11.0),
                c + Vec2::new(11.0, 0.0),
                c + Vec2::new(0.0, 11.0),
                c + Vec2::new(-11.0, 0.0),
            ],
            style::desired_colour(ui),
            Stroke::new(2.0, Color32::WHITE),
        ));
    }

    ui.horizontal(|ui| {
        changed |= marker_slider(
            ui,
            lang,
            &mut now,
            t(lang, "● Nu", "● Now"),
            style::now_colour(ui),
            left,
            right,
        );
    });
    ui.horizontal(|ui| {
        changed |= marker_slider(
            ui,
            lang,
            &mut desired,
            t(lang, "◆ Waar we naartoe willen", "◆ Where we want to be"),
            style::desired_colour(ui),
            left,
            right,
        );
    });
    if changed {
        entry.answer = if now.is_none() && desired.is_none() {
            None
        } else {
            Some(Answer::Position { now, desired })
        };
    }
    changed
}

fn marker_slider(
    ui: &mut egui::Ui,
    lang: Lang,
    value: &mut Option<f32>,
    label: &str,
    colour: Color32,
    left: &str,
    right: &str,
) -> bool {
    let l = ui
        .allocate_ui_with_layout(
            Vec2::new(230.0, 24.0),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_width(230.0);
                ui.label(egui::RichText::new(label).color(colour))
            },
        )
        .inner;
    let before = value.map_or(50.0, |v| (v * 100.0).round());
    let mut pct = before;
    let unset = value.is_none();
    let r = ui
        .scope(|ui| {
            if unset {
                // not chosen yet: a faded slider, so that 50 does not look like an answer
                ui.multiply_opacity(0.4);
            }
            ui.add(
                egui::Slider::new(&mut pct, 0.0..=100.0)
                    .step_by(5.0)
                    .show_value(false)
                    .min_decimals(0)
                    .trailing_fill(false),
            )
        })
        .inner
        .labelled_by(l.id)
        .on_hover_text(format!("0 = {left}, 100 = {right}"));
    let mut changed = false;
    if r.changed() && (pct != before || value.is_none()) {
        *value = Some(pct / 100.0);
        changed = true;
    }
    match value {
        Some(v) => {
            ui.label(egui::RichText::new(format!("{:.0}", *v * 100.0)).color(style::muted(ui)));
            if ui
                .small_button("×")
                .on_hover_text(t(lang, "Wissen", "Clear"))
                .clicked()
            {
                *value = None;
                changed = true;
            }
        }
        None => {
            ui.label(
                egui::RichText::new(t(lang, "nog niet gekozen", "not chosen yet"))
                    .color(style::muted(ui)),
            );
        }
    }
    changed
}
