//! A radar chart of two reflections' theme averages, painted with egui's
//! painter: one axis per theme (its title at the end), one ring per level
//! of the scale (its name beside the top axis), and one polygon per
//! reflection. The two are told apart by more than colour: the first has
//! a solid line with squares, the second a dashed line with triangles; a
//! legend says which is which. A screen reader hears the chart's text
//! alternative instead, which lists each theme's two levels in words.

use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2};

use crate::app::style;

/// One side of a comparison: how its line and its points look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The first (left) reflection: a solid line with squares.
    A,
    /// The second (right) reflection: a dashed line with triangles.
    B,
}

impl Side {
    /// Returns the side's colour on the given theme.
    pub fn colour(self, visuals: &egui::Visuals) -> Color32 {
        style::side_colour(visuals, self == Side::A)
    }

    /// Returns the side's marker as a character, for texts: ■ or ▲.
    pub fn symbol(self) -> &'static str {
        match self {
            Side::A => "■",
            Side::B => "▲",
        }
    }
}

/// One reflection's polygon: a value from 0 to 1 per axis, or none.
#[derive(Debug, Clone, Copy)]
pub struct Series<'a> {
    /// How it looks.
    pub side: Side,
    /// Its value per axis, in the order of the axes.
    pub values: &'a [Option<f64>],
}

/// The widest a radar chart gets, in points.
const MAX_WIDTH: f32 = 620.0;
/// The widest an axis label gets before it wraps, in points.
const LABEL_WIDTH: f32 = 130.0;
/// The room above and below the rings for the axis labels, in points.
const LABEL_ROOM_Y: f32 = 58.0;
/// The largest radius of the outer ring, in points.
const MAX_RADIUS: f32 = 170.0;

/// Draws a radar chart with one axis per entry of `axes` and one ring per
/// entry of `rings` (the level names, lowest first); `alt` is what a
/// screen reader hears. Returns the chart's response.
pub fn radar_ui(
    ui: &mut egui::Ui,
    axes: &[String],
    rings: &[String],
    series: &[Series<'_>],
    alt: &str,
) -> egui::Response {
    let width = ui.available_width().min(MAX_WIDTH);
    let radius = (width / 2.0 - LABEL_WIDTH - 12.0).clamp(60.0, MAX_RADIUS);
    let height = 2.0 * (radius + LABEL_ROOM_Y);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
    if !ui.is_rect_visible(rect) || axes.is_empty() {
        return response;
    }
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let grid = style::track_colour(visuals);
    let faint = grid.gamma_multiply(0.45);
    let text = visuals.text_color();
    let centre = rect.center();
    let n = axes.len();
    let dir = |i: usize| {
        let a = -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * i as f32 / n as f32;
        Vec2::new(a.cos(), a.sin())
    };
    let at = |i: usize, v: f64| centre + dir(i) * radius * v.clamp(0.0, 1.0) as f32;

    // rings: one per level above the lowest (the lowest is the centre)
    let steps = rings.len().saturating_sub(1).max(1);
    for r in 1..=steps {
        let v = r as f64 / steps as f64;
        let mut ring: Vec<Pos2> = (0..n).map(|i| at(i, v)).collect();
        ring.push(ring[0]);
        let stroke = if r == steps {
            Stroke::new(1.5, grid)
        } else {
            Stroke::new(1.0, faint)
        };
        painter.add(Shape::line(ring, stroke));
    }
    for i in 0..n {
        painter.line_segment([centre, at(i, 1.0)], Stroke::new(1.0, faint));
    }
    // the axis labels, wrapped, placed outside the outer ring
    let body = egui::TextStyle::Body.resolve(ui.style());
    for (i, title) in axes.iter().enumerate() {
        let d = dir(i);
        let galley = painter.layout(title.clone(), body.clone(), text, LABEL_WIDTH);
        let anchor = at(i, 1.0) + d * 10.0;
        let size = galley.size();
        let x = if d.x > 0.3 {
            anchor.x
        } else if d.x < -0.3 {
            anchor.x - size.x
        } else {
            anchor.x - size.x / 2.0
        };
        let y = if d.y > 0.3 {
            anchor.y
        } else if d.y < -0.3 {
            anchor.y - size.y
        } else {
            anchor.y - size.y / 2.0
        };
        let pos = Pos2::new(
            x.clamp(rect.left(), rect.right() - size.x),
            y.clamp(rect.top(), rect.bottom() - size.y),
        );
        painter.galley(pos, galley, text);
    }
    // the polygons, the second over the first
    let ground = visuals.window_fill;
    for s in series {
        let colour = s.side.colour(visuals);
        let points: Vec<Pos2> = s
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.filter(|v| v.is_finite()).map(|v| at(i, v)))
            .collect();
        if points.len() >= 2 {
            let mut closed = points.clone();
            closed.push(points[0]);
            let stroke = Stroke::new(2.5, colour);
            match s.side {
                Side::A => {
                    painter.add(Shape::line(closed, stroke));
                }
                Side::B => {
                    painter.extend(Shape::dashed_line(&closed, stroke, 9.0, 6.0));
                }
            }
        }
        for p in points {
            painter.add(marker(s.side, p, 6.0, colour, Stroke::new(1.5, ground)));
        }
    }
    // the level names beside the top axis, small, over the lines
    let small = egui::TextStyle::Small.resolve(ui.style());
    let behind = visuals.panel_fill.gamma_multiply(0.85);
    for (r, name) in rings.iter().enumerate() {
        let p = centre + Vec2::new(-6.0, -radius * r as f32 / steps as f32);
        let galley = painter.layout_no_wrap(name.clone(), small.clone(), style::muted(ui));
        let at = egui::Align2::RIGHT_CENTER.anchor_size(p, galley.size());
        painter.rect_filled(at.expand(1.0), 2.0, behind);
        painter.galley(at.min, galley, style::muted(ui));
    }
    response
}

/// Returns the shape of a side's point at `c`: a square for the first, a
/// triangle for the second; `r` is about half its width.
pub fn marker(side: Side, c: Pos2, r: f32, fill: Color32, stroke: Stroke) -> Shape {
    match side {
        Side::A => Shape::Rect(egui::epaint::RectShape::new(
            Rect::from_center_size(c, Vec2::splat(2.0 * r)),
            1.0,
            fill,
            stroke,
            egui::StrokeKind::Outside,
        )),
        Side::B => Shape::convex_polygon(
            vec![
                c + Vec2::new(0.0, -1.25 * r),
                c + Vec2::new(1.2 * r, 0.85 * r),
                c + Vec2::new(-1.2 * r, 0.85 * r),
            ],
            fill,
            stroke,
        ),
    }
}

/// Draws one entry of the legend: the side's line style, then its symbol
/// and its name (a text a screen reader reads, such as "■ 2025-2026").
pub fn legend_ui(ui: &mut egui::Ui, side: Side, name: &str) {
    ui.horizontal(|ui| {
        let h = ui.spacing().interact_size.y;
        let (rect, _) = ui.allocate_exact_size(Vec2::new(40.0, h), Sense::hover());
        let colour = side.colour(ui.visuals());
        let y = rect.center().y;
        let (l, r) = (
            Pos2::new(rect.left() + 2.0, y),
            Pos2::new(rect.right() - 2.0, y),
        );
        let stroke = Stroke::new(2.5, colour);
        match side {
            Side::A => {
                ui.painter().line_segment([l, r], stroke);
            }
            Side::B => {
                ui.painter()
                    .extend(Shape::dashed_line(&[l, r], stroke, 9.0, 6.0));
            }
        }
        let text = format!("{} {name}", side.symbol());
        ui.add(egui::Label::new(marked(ui, &text, true)).wrap());
    });
}

/// Lays out a text with its symbols in their colours: ■ and ▲ in the
/// colours of the two sides, ● and ◆ in those of *Nu* and *Doel*; the rest
/// in the text colour (`bold`: in the bold face).
pub fn marked(ui: &egui::Ui, text: &str, bold: bool) -> egui::text::LayoutJob {
    use crate::model::position::Marker;
    let visuals = ui.visuals();
    let mut font = egui::TextStyle::Body.resolve(ui.style());
    if bold {
        font.family = egui::FontFamily::Name(style::BOLD.into());
    }
    let plain = visuals.text_color();
    let colour_of = |c: char| match c {
        '■' => Side::A.colour(visuals),
        '▲' => Side::B.colour(visuals),
        '●' => style::marker_colour(visuals, Marker::Now),
        '◆' => style::marker_colour(visuals, Marker::Goal),
        _ => plain,
    };
    let mut job = egui::text::LayoutJob::default();
    let mut run = String::new();
    let mut run_colour = plain;
    for c in text.chars() {
        let colour = colour_of(c);
        if colour != run_colour && !run.is_empty() {
            job.append(
                &run,
                0.0,
                egui::TextFormat::simple(font.clone(), run_colour),
            );
            run.clear();
        }
        run_colour = colour;
        run.push(c);
    }
    if !run.is_empty() {
        job.append(&run, 0.0, egui::TextFormat::simple(font, run_colour));
    }
    job
}
