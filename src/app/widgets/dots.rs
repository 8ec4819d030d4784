//! The members' answers as marks on a line: a dot strip on a scale's levels
//! (one dot per member) or the members' markers on a position track (one
//! circle or diamond per member, on the five points of a track). Members who stand at the same place are stacked. The strip is
//! one image for a screen reader, named by its text alternative; when the
//! board shows the members' labels, each mark has its label beside it and
//! the image's description says who stands where.

use egui::{Color32, Pos2, Rect, Sense, Stroke, Vec2};

use crate::app::style;

/// The radius of a mark.
const MARK: f32 = 5.0;
/// The height of one stacked row of marks.
const ROW: f32 = 15.0;
/// The room at each end of a track, so that a mark at a pole fits.
const END_ROOM: f32 = 14.0;
/// The size of the labels under a strip and beside the marks.
const FONT: f32 = 11.0;

/// The shape of the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A dot: a member's level, or a member's *Nu*.
    Dot,
    /// A diamond: a member's *Doel*.
    Diamond,
}

/// What a strip shows.
pub struct Strip<'a> {
    /// The places from left to right, in words: a level's label, or a
    /// point's words ("bij de linkerpool").
    pub places: Vec<&'a str>,
    /// Whether the places are the points of a track, spread from end to
    /// end with a tick each and no words under them (else each place is a
    /// column with its label under it).
    pub track: bool,
    /// Each member's place, if any, with the name the member is shown by.
    pub members: Vec<(Option<usize>, &'a str)>,
    /// Whether the names stand beside the marks (the board shows labels).
    pub names: bool,
    /// The shape of the marks.
    pub mark: Mark,
    /// Their colour.
    pub colour: Color32,
    /// The text alternative: the strip in words.
    pub alt: &'a str,
}

/// Draws a strip of marks `width` wide; a screen reader reads it as an
/// image named by its text alternative, described by who stands where when
/// names are shown.
pub fn strip_ui(ui: &mut egui::Ui, strip: &Strip<'_>, width: f32) -> egui::Response {
    let n = strip.places.len().max(1);
    let mut stacks = vec![0usize; n];
    for (place, _) in &strip.members {
        if let Some(p) = place {
            stacks[(*p).min(n - 1)] += 1;
        }
    }
    let rows = stacks.iter().copied().max().unwrap_or(0).max(1);
    let labelled = !strip.track;
    let height = rows as f32 * ROW + 8.0 + if labelled { 18.0 } else { 0.0 };
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, strip.alt));
    if strip.names {
        let who: Vec<String> = strip
            .members
            .iter()
            .filter_map(|(p, name)| p.map(|p| format!("{name}: {}", place_name(strip, p))))
            .collect();
        if !who.is_empty() {
            ui.ctx().accesskit_node_builder(response.id, |node| {
                node.set_description(who.join("; "));
            });
        }
    }
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let font = egui::FontId::proportional(FONT);
    let base = rect.top() + rows as f32 * ROW + 6.0;
    let (x_of, step) = if strip.track && n > 1 {
        let inner = width - 2.0 * END_ROOM;
        let step = inner / (n - 1) as f32;
        (
            Box::new(move |i: usize| rect.left() + END_ROOM + step * i as f32)
                as Box<dyn Fn(usize) -> f32>,
            step,
        )
    } else {
        let step = width / n as f32;
        // with names the marks stand at the left of their column, the
        // names beside them
        let offset = if strip.names { MARK + 6.0 } else { step / 2.0 };
        (
            Box::new(move |i: usize| rect.left() + step * i as f32 + offset)
                as Box<dyn Fn(usize) -> f32>,
            step,
        )
    };
    let line = Stroke::new(1.0, style::track_colour(ui.visuals()));
    painter.line_segment(
        [Pos2::new(rect.left(), base), Pos2::new(rect.right(), base)],
        line,
    );
    for (i, label) in strip.places.iter().enumerate() {
        let x = x_of(i);
        if strip.track {
            painter.line_segment([Pos2::new(x, base - 4.0), Pos2::new(x, base + 4.0)], line);
        }
        if labelled {
            let align = if strip.names && !strip.track {
                egui::Align2::LEFT_TOP
            } else {
                egui::Align2::CENTER_TOP
            };
            let at = if align == egui::Align2::LEFT_TOP {
                x - MARK
            } else {
                x
            };
            painter.text(Pos2::new(at, base + 4.0), align, *label, font.clone(), text);
        }
    }
    let mut drawn = vec![0usize; n];
    let mut hover: Vec<(Rect, &str)> = Vec::new();
    for (place, name) in &strip.members {
        let Some(p) = place.map(|p| p.min(n - 1)) else {
            continue;
        };
        let centre = Pos2::new(x_of(p), base - MARK - 5.0 - drawn[p] as f32 * ROW);
        drawn[p] += 1;
        match strip.mark {
            Mark::Dot => painter.circle_filled(centre, MARK, strip.colour),
            Mark::Diamond => painter.add(egui::Shape::convex_polygon(
                vec![
                    centre + Vec2::new(0.0, -MARK - 1.0),
                    centre + Vec2::new(MARK + 1.0, 0.0),
                    centre + Vec2::new(0.0, MARK + 1.0),
                    centre + Vec2::new(-MARK - 1.0, 0.0),
                ],
                strip.colour,
                Stroke::NONE,
            )),
        };
        if strip.names {
            // beside the mark, as wide as the room to the next place; at the
            // right end of a track on its left
            let room = (step - 2.0 * MARK - 10.0).max(20.0);
            let left_side = strip.track && p + 1 == n;
            let galley = painter.layout_job(one_line(name, font.clone(), text, room));
            let at = if left_side {
                Pos2::new(
                    centre.x - MARK - 4.0 - galley.size().x,
                    centre.y - galley.size().y / 2.0,
                )
            } else {
                Pos2::new(centre.x + MARK + 4.0, centre.y - galley.size().y / 2.0)
            };
            painter.galley(at, galley, text);
        }
        hover.push((
            Rect::from_center_size(centre, Vec2::splat(2.0 * MARK)),
            name,
        ));
    }
    if let Some(pos) = response.hover_pos()
        && let Some((_, name)) = hover.iter().find(|(r, _)| r.expand(3.0).contains(pos))
    {
        let name = (*name).to_owned();
        return response.on_hover_text_at_pointer(name);
    }
    response
}

/// Returns the words of a place, or its number from 1.
fn place_name(strip: &Strip<'_>, p: usize) -> String {
    strip
        .places
        .get(p)
        .map_or_else(|| (p + 1).to_string(), |l| (*l).to_owned())
}

/// Lays out a text on one line of at most `width`, cut off with "…".
fn one_line(text: &str, font: egui::FontId, colour: Color32, width: f32) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::single_section(
        text.to_owned(),
        egui::TextFormat::simple(font, colour),
    );
    job.wrap = egui::text::TextWrapping {
        max_width: width,
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    job
}
