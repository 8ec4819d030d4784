//! The two-pole position question: the two poles, a one-line instruction,
//! and two aligned tracks of five points, one for ● *Nu* (where the network
//! stands now) and one for ◆ *Doel* (where it wants to be). Each track sets
//! only its own marker, by mouse (click or drag to a point) or by keyboard
//! (Tab to the track, ← and →, Delete clears), and tells a screen reader
//! its name and its point in words. A marker that is not set is not drawn.
//!
//! The stored value stays a number from 0 to 1: an older answer between
//! two points is shown at the nearest point and keeps its value until that
//! marker is moved.

use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2};

use crate::app::{style, t};
use crate::lang::Lang;
use crate::model::position::{self, Marker, POINTS};
use crate::model::reflection::{Answer, Entry};

/// The height of one track.
const TRACK_HEIGHT: f32 = 34.0;
/// The room at each end of a track, so that a marker at a pole fits.
const END_ROOM: f32 = 14.0;

/// Draws a two-pole position question with a track for *Nu* and one for
/// *Doel*; returns whether the answer changed.
pub fn position_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    left: &str,
    right: &str,
    entry: &mut Entry,
) -> bool {
    position_beside_ui(ui, lang, left, right, entry, None)
}

/// Draws a position question like [`position_ui`], with last year's
/// markers (`before`: now and goal) faded behind this year's.
pub fn position_beside_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    left: &str,
    right: &str,
    entry: &mut Entry,
    before: Option<(Option<f32>, Option<f32>)>,
) -> bool {
    let (mut now, mut goal) = match &entry.answer {
        Some(Answer::Position { now, desired }) => (*now, *desired),
        _ => (None, None),
    };
    let width = ui.available_width();

    ui.allocate_ui(Vec2::new(width, 0.0), |ui| {
        ui.columns(2, |cols| {
            cols[0].with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.add(egui::Label::new(style::bold(left)).wrap());
            });
            cols[1].with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
                ui.add(
                    egui::Label::new(style::bold(right))
                        .wrap()
                        .halign(egui::Align::Max),
                );
            });
        });
    });
    ui.add(
        egui::Label::new(
            egui::RichText::new(t(
                lang,
                "Klik op een streepje bij Nu en bij Doel (of: Tab en ← →).",
                "Click a tick for Now and for Goal (or: Tab and ← →).",
            ))
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    let (old_now, old_goal) = before.unwrap_or((None, None));
    let mut changed = marker_ui(ui, lang, Marker::Now, left, right, width, &mut now, old_now);
    changed |= marker_ui(
        ui,
        lang,
        Marker::Goal,
        left,
        right,
        width,
        &mut goal,
        old_goal,
    );
    if changed {
        entry.answer = if now.is_none() && goal.is_none() {
            None
        } else {
            Some(Answer::Position { now, desired: goal })
        };
    }
    changed
}

/// Draws one marker's heading (symbol, name, point in words, a clear
/// button) and its track; returns whether the value changed.
#[allow(clippy::too_many_arguments)]
fn marker_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    marker: Marker,
    left: &str,
    right: &str,
    width: f32,
    value: &mut Option<f32>,
    before: Option<f32>,
) -> bool {
    let colour = style::marker_colour(ui.visuals(), marker);
    let name = marker.name(lang);
    let mut changed = false;
    ui.add_space(4.0);
    // the heading's room first, its contents after the track: so the Tab
    // key reaches the track before the button that clears it
    let (heading, _) = ui.allocate_exact_size(
        Vec2::new(width, ui.spacing().interact_size.y),
        Sense::hover(),
    );
    changed |= track_ui(ui, lang, marker, left, right, width, value, before);
    let mut heading_ui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(heading)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    let ui = &mut heading_ui;
    {
        ui.label(style::bold(format!("{} {name}:", marker.symbol())).color(colour));
        let words = position::value_words(*value, lang).unwrap_or_default();
        let shown = if value.is_some() {
            egui::RichText::new(words)
        } else {
            egui::RichText::new(words).italics().color(style::muted(ui))
        };
        ui.label(shown);
        if value.is_some() {
            let clear = ui.small_button(t(lang, "Wissen", "Clear")).on_hover_text(t(
                lang,
                "Dit teken weghalen; de vraag is dan voor dit teken weer open",
                "Remove this marker; the question is then open again for it",
            ));
            let label = format!("{name} {}", t(lang, "wissen", "clear"));
            let enabled = clear.enabled();
            clear.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &label));
            if clear.clicked() {
                *value = None;
                changed = true;
                // the track above was drawn with the marker: draw again
                ui.ctx().request_repaint();
            }
        }
    }
    changed
}

/// Draws a track of five points with one marker, and lets the mouse and the
/// keyboard move it; returns whether the value changed.
#[allow(clippy::too_many_arguments)]
fn track_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    marker: Marker,
    left: &str,
    right: &str,
    width: f32,
    value: &mut Option<f32>,
    before: Option<f32>,
) -> bool {
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, TRACK_HEIGHT), Sense::click_and_drag());
    let line = Rect::from_min_max(
        Pos2::new(rect.left() + END_ROOM, rect.center().y),
        Pos2::new(rect.right() - END_ROOM, rect.center().y),
    );
    let x_of = |i: usize| line.left() + line.width() * i as f32 / (POINTS - 1) as f32;
    let point_at = |x: f32| {
        let f = ((x - line.left()) / line.width()).clamp(0.0, 1.0);
        (f * (POINTS - 1) as f32).round() as usize
    };
    let shown = value.and_then(position::nearest_point);
    let mut to: Option<Option<usize>> = None;

    if response.clicked() || response.drag_started() {
        // the keys then move the marker just placed
        response.request_focus();
    }
    if let Some(p) = response.interact_pointer_pos() {
        to = Some(Some(point_at(p.x)));
    }
    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    ..Default::default()
                },
            );
        });
        let (back, forth, home, end, delete) = ui.input(|i| {
            (
                i.num_presses(egui::Key::ArrowLeft),
                i.num_presses(egui::Key::ArrowRight),
                i.num_presses(egui::Key::Home),
                i.num_presses(egui::Key::End),
                i.num_presses(egui::Key::Delete) + i.num_presses(egui::Key::Backspace),
            )
        });
        to = to.or(keyboard_move(shown, back, forth, home, end, delete));
    }
    // a disabled track (the officer's read-only view) takes no action either
    let enabled = response.enabled();
    let (dec, inc) = ui.input(|i| {
        use egui::accesskit::Action;
        if !enabled {
            return (0, 0);
        }
        (
            i.num_accesskit_action_requests(response.id, Action::Decrement),
            i.num_accesskit_action_requests(response.id, Action::Increment),
        )
    });
    to = to.or(keyboard_move(shown, dec, inc, 0, 0, 0));

    let mut changed = false;
    match to {
        // the shown point chosen again: an older value between two points
        // stays as it is
        Some(Some(i)) if Some(i) != shown => {
            *value = Some(position::point_value(i));
            changed = true;
        }
        Some(None) if value.is_some() => {
            *value = None;
            changed = true;
        }
        _ => {}
    }
    let shown = value.and_then(position::nearest_point);

    let mut spoken = match shown {
        Some(i) => position::point_phrase(i, lang, left, right),
        None => position::unset_words(lang).to_owned(),
    };
    let old = before.and_then(position::nearest_point);
    if let Some(i) = old {
        spoken.push_str(&format!(
            "; {}: {}",
            t(lang, "vorig jaar", "last year"),
            position::point_phrase(i, lang, left, right)
        ));
    }
    let name = marker.name(lang);
    response.widget_info(|| egui::WidgetInfo {
        current_text_value: Some(spoken.clone()),
        ..egui::WidgetInfo::labeled(egui::Role::Slider, enabled, name)
    });
    ui.ctx().accesskit_node_builder(response.id, |b| {
        use egui::accesskit::Action;
        if !enabled {
            return;
        }
        if shown.is_none_or(|i| i + 1 < POINTS) {
            b.add_action(Action::Increment);
        }
        if shown.is_none_or(|i| i > 0) {
            b.add_action(Action::Decrement);
        }
    });
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }

    // drawing
    let visuals = ui.visuals();
    let track = style::track_colour(visuals);
    let colour = style::marker_colour(visuals, marker);
    let ground = visuals.window_fill;
    let painter = ui.painter_at(rect.expand(3.0));
    painter.line_segment(
        [line.left_center(), line.right_center()],
        Stroke::new(3.0, track),
    );
    for i in 0..POINTS {
        let x = x_of(i);
        painter.line_segment(
            [
                Pos2::new(x, line.center().y - 8.0),
                Pos2::new(x, line.center().y + 8.0),
            ],
            Stroke::new(2.0, track),
        );
    }
    if response.has_focus() {
        painter.rect_stroke(
            rect.shrink(1.0),
            4.0,
            Stroke::new(2.0, ui.visuals().selection.stroke.color),
            egui::StrokeKind::Inside,
        );
    }
    // where a click would put the marker: an outline only
    if let Some(p) = response.hover_pos()
        && !response.is_pointer_button_down_on()
    {
        let i = point_at(p.x);
        if Some(i) != shown {
            let c = Pos2::new(x_of(i), line.center().y);
            painter.add(marker_shape(
                marker,
                c,
                Color32::TRANSPARENT,
                Stroke::new(2.0, colour),
            ));
        }
    }
    // last year's marker, faded, behind this year's
    if let Some(i) = old {
        let c = Pos2::new(x_of(i), line.center().y);
        let faded = colour.gamma_multiply(0.3);
        painter.add(marker_shape(
            marker,
            c,
            faded,
            Stroke::new(1.5, colour.gamma_multiply(0.5)),
        ));
    }
    if let Some(i) = shown {
        let c = Pos2::new(x_of(i), line.center().y);
        painter.add(marker_shape(marker, c, colour, Stroke::new(2.0, ground)));
    }
    changed
}

/// Where the keys move a marker shown at `shown`: a step back or forth (an
/// unset marker starts in the middle), to the first or last point, or away
/// (none). Returns none when no key was pressed.
fn keyboard_move(
    shown: Option<usize>,
    back: usize,
    forth: usize,
    home: usize,
    end: usize,
    delete: usize,
) -> Option<Option<usize>> {
    if delete > 0 {
        return Some(None);
    }
    if home > 0 {
        return Some(Some(0));
    }
    if end > 0 {
        return Some(Some(POINTS - 1));
    }
    if back == 0 && forth == 0 {
        return None;
    }
    let from = match shown {
        Some(i) => i as isize,
        // the first press places the marker in the middle
        None => {
            let mid = (POINTS / 2) as isize;
            let steps = forth as isize - back as isize;
            return Some(Some(
                (mid + steps - steps.signum()).clamp(0, POINTS as isize - 1) as usize,
            ));
        }
    };
    let to = (from + forth as isize - back as isize).clamp(0, POINTS as isize - 1);
    Some(Some(to as usize))
}

/// Returns the shape of a marker at `c`: a circle for *Nu*, a diamond for
/// *Doel*.
fn marker_shape(marker: Marker, c: Pos2, fill: Color32, stroke: Stroke) -> Shape {
    match marker {
        Marker::Now => Shape::Circle(egui::epaint::CircleShape {
            center: c,
            radius: 10.0,
            fill,
            stroke,
        }),
        Marker::Goal => Shape::convex_polygon(
            vec![
                c + Vec2::new(0.0, -12.0),
                c + Vec2::new(12.0, 0.0),
                c + Vec2::new(0.0, 12.0),
                c + Vec2::new(-12.0, 0.0),
            ],
            fill,
            stroke,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::keyboard_move;

    #[test]
    fn keys_step_between_points_and_stop_at_the_poles() {
        assert_eq!(keyboard_move(Some(1), 0, 1, 0, 0, 0), Some(Some(2)));
        assert_eq!(keyboard_move(Some(0), 3, 0, 0, 0, 0), Some(Some(0)));
        assert_eq!(keyboard_move(Some(4), 0, 2, 0, 0, 0), Some(Some(4)));
        assert_eq!(keyboard_move(None, 0, 1, 0, 0, 0), Some(Some(2)));
        assert_eq!(keyboard_move(None, 0, 2, 0, 0, 0), Some(Some(3)));
        assert_eq!(keyboard_move(None, 1, 0, 0, 0, 0), Some(Some(2)));
        assert_eq!(keyboard_move(Some(2), 0, 0, 0, 1, 0), Some(Some(4)));
        assert_eq!(keyboard_move(Some(2), 0, 0, 1, 0, 0), Some(Some(0)));
        assert_eq!(keyboard_move(Some(2), 0, 0, 0, 0, 1), Some(None));
        assert_eq!(keyboard_move(Some(2), 0, 0, 0, 0, 0), None);
    }
}
