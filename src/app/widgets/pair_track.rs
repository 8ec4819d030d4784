//! The position questions of a comparison: per question the two poles,
//! one track with both reflections' ● *Nu* and ◆ *Doel* (the first
//! reflection's filled, above the line; the second's open, below it), and
//! the same in words with the pole each marker is near. The track's text
//! alternative says it all for a screen reader.

use egui::{Pos2, Rect, Sense, Shape, Stroke, Vec2};

use crate::app::widgets::radar::{self, Side};
use crate::app::{style, t};
use crate::lang::Lang;
use crate::model::position::{self, Marker, POINTS};
use crate::review::compare::{Comparison, PositionPair};

/// Draws each position question both answered: the poles, one track with
/// both reflections' *Nu* and *Doel*, and the same in words.
pub fn positions_ui(ui: &mut egui::Ui, lang: Lang, c: &Comparison, names: (&str, &str)) {
    ui.label(style::title(t(
        lang,
        "Posities: Nu en Doel",
        "Positions: Now and Goal",
    )));
    if c.positions.is_empty() {
        ui.label(t(
            lang,
            "Geen positievraag die beide beantwoordden.",
            "No position question that both answered.",
        ));
        return;
    }
    ui.add(
        egui::Label::new(radar::marked(
            ui,
            &match lang {
                Lang::Nl => format!(
                    "● Nu, ◆ Doel. Boven de lijn, gevuld: ■ {}. Onder de lijn, open: ▲ {}.",
                    names.0, names.1
                ),
                Lang::En => format!(
                    "● Now, ◆ Goal. Above the line, filled: ■ {}. Below the line, open: ▲ {}.",
                    names.0, names.1
                ),
            },
            false,
        ))
        .wrap(),
    );
    for p in &c.positions {
        ui.add_space(8.0);
        position_pair_ui(ui, lang, p, names);
    }
}

/// Returns where a marker stands, in words with the pole it is near.
fn point_text(v: Option<f64>, lang: Lang, left: &str, right: &str) -> String {
    match v.and_then(|v| position::nearest_point(v as f32)) {
        Some(i) => position::point_phrase(i, lang, left, right),
        None => position::unset_words(lang).to_owned(),
    }
}

fn position_pair_ui(ui: &mut egui::Ui, lang: Lang, p: &PositionPair, names: (&str, &str)) {
    let (left, right) = (p.left.get(lang), p.right.get(lang));
    let line = |side: Side, name: &str, (now, goal): (Option<f64>, Option<f64>)| {
        format!(
            "{} {name} — ● {}: {} · ◆ {}: {}",
            side.symbol(),
            Marker::Now.name(lang),
            point_text(now, lang, left, right),
            Marker::Goal.name(lang),
            point_text(goal, lang, left, right)
        )
    };
    let la = line(Side::A, names.0, p.a);
    let lb = line(Side::B, names.1, p.b);
    ui.add(egui::Label::new(style::bold(p.prompt.get(lang))).wrap());
    let width = ui.available_width().min(style::TEXT_WIDTH);
    ui.allocate_ui(Vec2::new(width, 0.0), |ui| {
        ui.columns(2, |cols| {
            cols[0].add(egui::Label::new(left).wrap());
            cols[1].with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
                ui.add(egui::Label::new(right).wrap().halign(egui::Align::Max));
            });
        });
    });
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, 58.0), Sense::hover());
    let alt = format!("{}: {la}; {lb}", p.prompt.get(lang));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
    if ui.is_rect_visible(rect) {
        paint_track(ui, rect, p);
    }
    ui.add(egui::Label::new(radar::marked(ui, &la, false)).wrap());
    ui.add(egui::Label::new(radar::marked(ui, &lb, false)).wrap());
}

/// Paints a track of five points with the first reflection's markers
/// (filled) above the line and the second's (open) below it.
fn paint_track(ui: &egui::Ui, rect: Rect, p: &PositionPair) {
    let visuals = ui.visuals();
    let track = style::track_colour(visuals);
    let ground = visuals.window_fill;
    let painter = ui.painter_at(rect.expand(2.0));
    let y = rect.center().y;
    let (x0, x1) = (rect.left() + 14.0, rect.right() - 14.0);
    painter.line_segment(
        [Pos2::new(x0, y), Pos2::new(x1, y)],
        Stroke::new(3.0, track),
    );
    let x_of = |i: usize| x0 + (x1 - x0) * i as f32 / (POINTS - 1) as f32;
    for i in 0..POINTS {
        painter.line_segment(
            [Pos2::new(x_of(i), y - 6.0), Pos2::new(x_of(i), y + 6.0)],
            Stroke::new(2.0, track),
        );
    }
    for (side, (now, goal), dy) in [(Side::A, p.a, -15.0), (Side::B, p.b, 15.0)] {
        for (marker, v) in [(Marker::Now, now), (Marker::Goal, goal)] {
            let Some(i) = v.and_then(|v| position::nearest_point(v as f32)) else {
                continue;
            };
            let colour = style::marker_colour(visuals, marker);
            // Nu and Doel at the same point: side by side
            let same = now.zip(goal).is_some_and(|(n, g)| {
                position::nearest_point(n as f32) == position::nearest_point(g as f32)
            });
            let dx = match (same, marker) {
                (true, Marker::Now) => -8.0,
                (true, Marker::Goal) => 8.0,
                _ => 0.0,
            };
            let c = Pos2::new(x_of(i) + dx, y + dy);
            let (fill, stroke) = match side {
                Side::A => (colour, Stroke::new(1.5, ground)),
                Side::B => (ground, Stroke::new(2.5, colour)),
            };
            painter.add(marker_shape(marker, c, fill, stroke));
        }
    }
}

/// Returns a position marker at `c`: a circle for *Nu*, a diamond for
/// *Doel* (a little smaller than on the board's own track).
fn marker_shape(marker: Marker, c: Pos2, fill: egui::Color32, stroke: Stroke) -> Shape {
    match marker {
        Marker::Now => Shape::Circle(egui::epaint::CircleShape {
            center: c,
            radius: 8.0,
            fill,
            stroke,
        }),
        Marker::Goal => Shape::convex_polygon(
            vec![
                c + Vec2::new(0.0, -10.0),
                c + Vec2::new(10.0, 0.0),
                c + Vec2::new(0.0, 10.0),
                c + Vec2::new(-10.0, 0.0),
            ],
            fill,
            stroke,
        ),
    }
}
