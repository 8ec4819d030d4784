//! The position question as a board uses it: two aligned tracks of five
//! points, ● *Nu* and ◆ *Doel*, set by clicking a point or by the arrow
//! keys, cleared by a button; nothing drawn before a marker is set; an
//! older value between two points shown at the nearest point and kept on
//! disk until that marker is moved. And the contrast of the tracks and
//! markers, computed from the style's own colours.
//!
//! Run with `cargo test --test ui_position`.

mod common;

use std::path::Path;

use common::*;
use egui::{Key, Modifiers};
use reflectietool::app::style;
use reflectietool::lang::Lang;
use reflectietool::model::position::{self, Marker};
use reflectietool::model::reflection::{Answer, Entry, Reflection};
use reflectietool::palette::{Rgb, contrast};
use reflectietool::storage::Store;

/// The first position question of theme 5 and its id.
const PROMPT: &str = "Waar ligt het zwaartepunt";
const ID: &str = "positie.aanpassen-veranderen";
/// The network's name in these tests.
const NAME: &str = "Positieproef";

fn now_track() -> Q<'static> {
    Q::InQuestion {
        prompt: PROMPT,
        label: "Nu",
    }
}

fn goal_track() -> Q<'static> {
    Q::InQuestion {
        prompt: PROMPT,
        label: "Doel",
    }
}

/// Saves a reflection, with `answer` for the position question if given,
/// starts the program and opens theme 5; returns the harness and the
/// reflection's id.
fn open_theme5(dir: &Path, answer: Option<Answer>) -> (H, String) {
    let mut r = reflection(NAME, "2026-2027");
    if let Some(a) = answer {
        r.agreed.insert(
            ID.into(),
            Entry {
                answer: Some(a),
                ..Entry::default()
            },
        );
    }
    Store::open(dir).unwrap().save(&r).unwrap();
    let mut h = start(dir);
    click(
        &mut h,
        Q::InRow {
            row: NAME,
            label: "Openen",
        },
    );
    click(&mut h, Q::LabelContains("5. Positie en samenwerking"));
    scroll_to(&mut h, goal_track());
    (h, r.id)
}

/// Returns the position answer in the open reflection: (now, goal).
fn shown_answer(h: &H) -> (Option<f32>, Option<f32>) {
    let r = &h
        .state()
        .session
        .as_ref()
        .expect("a reflection is open")
        .reflection;
    position_of(r)
}

fn position_of(r: &Reflection) -> (Option<f32>, Option<f32>) {
    match r.agreed.get(ID).and_then(|e| e.answer.clone()) {
        None => (None, None),
        Some(Answer::Position { now, desired }) => (now, desired),
        Some(other) => panic!("not a position: {other:?}"),
    }
}

/// Reads the position answer from the file on disk.
fn on_disk(dir: &Path, id: &str) -> (Option<f32>, Option<f32>) {
    position_of(&Store::open(dir).unwrap().load(id).unwrap().reflection)
}

/// Clicks point `i` (0 to 4) of a track with the mouse.
fn click_point(h: &mut H, track: Q<'_>, i: usize) {
    let r = find(h, track).rect();
    // the points lie 14 px in from each end of the track
    let x = r.left() + 14.0 + (r.width() - 28.0) * i as f32 / 4.0;
    let pos = egui::pos2(x, r.center().y);
    h.hover_at(pos);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
}

/// The words the track says to a screen reader.
fn spoken(h: &H, track: Q<'_>) -> String {
    find(h, track).value().unwrap_or_default()
}

/// Counts the pixels of a marker's colour on a track, in a rendered frame,
/// and returns the x (in points) of their middle.
fn marker_pixels(h: &mut H, track: Q<'_>, marker: Marker) -> (usize, f32) {
    let r = find(h, track).rect();
    let visuals = h.ctx.style_of(h.ctx.theme()).visuals.clone();
    let colour = style::marker_colour(&visuals, marker);
    let ppp = h.ctx.pixels_per_point();
    let image = h.render().expect("the frame renders");
    let (mut n, mut sum) = (0usize, 0.0f32);
    let (x0, x1) = ((r.left() * ppp) as u32, (r.right() * ppp) as u32);
    let (y0, y1) = ((r.top() * ppp) as u32, (r.bottom() * ppp) as u32);
    for y in y0..y1.min(image.height()) {
        for x in x0..x1.min(image.width()) {
            let p = image.get_pixel(x, y).0;
            let near = |a: u8, b: u8| a.abs_diff(b) <= 6;
            if near(p[0], colour.r()) && near(p[1], colour.g()) && near(p[2], colour.b()) {
                n += 1;
                sum += x as f32 / ppp;
            }
        }
    }
    (n, if n > 0 { sum / n as f32 } else { f32::NAN })
}

/// The x of point `i` of a track, in points.
fn point_x(h: &H, track: Q<'_>, i: usize) -> f32 {
    let r = find(h, track).rect();
    r.left() + 14.0 + (r.width() - 28.0) * i as f32 / 4.0
}

#[test]
fn nothing_is_drawn_until_a_marker_is_set_then_a_click_sets_only_its_own() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut h, id) = open_theme5(tmp.path(), None);
    assert_eq!(spoken(&h, now_track()), "nog niet gekozen");
    assert_eq!(spoken(&h, goal_track()), "nog niet gekozen");
    assert!(
        has_text(&h, "Klik op een streepje"),
        "the instruction shows"
    );
    assert_eq!(marker_pixels(&mut h, now_track(), Marker::Now).0, 0);
    assert_eq!(marker_pixels(&mut h, goal_track(), Marker::Goal).0, 0);
    assert!(!exists(&h, Q::Label("Nu wissen")), "nothing to clear yet");

    click_point(&mut h, now_track(), 1);
    assert_eq!(shown_answer(&h), (Some(0.25), None));
    assert!(
        spoken(&h, now_track()).starts_with("eerder naar links ("),
        "{}",
        spoken(&h, now_track())
    );
    assert_eq!(spoken(&h, goal_track()), "nog niet gekozen");
    assert!(
        has_text(&h, "eerder naar links"),
        "the words show on screen"
    );
    let (n, x) = marker_pixels(&mut h, now_track(), Marker::Now);
    assert!(n > 50, "the ● is drawn ({n} pixels)");
    let want = point_x(&h, now_track(), 1);
    assert!((x - want).abs() < 3.0, "● at {x}, point 1 at {want}");
    assert_eq!(marker_pixels(&mut h, goal_track(), Marker::Goal).0, 0);

    click_point(&mut h, goal_track(), 4);
    assert_eq!(shown_answer(&h), (Some(0.25), Some(1.0)));
    assert!(spoken(&h, goal_track()).starts_with("bij de rechterpool ("));
    let (n, x) = marker_pixels(&mut h, goal_track(), Marker::Goal);
    assert!(n > 50, "the ◆ is drawn ({n} pixels)");
    let want = point_x(&h, goal_track(), 4);
    assert!((x - want).abs() < 3.0, "◆ at {x}, point 4 at {want}");

    wait_saved(&mut h);
    assert_eq!(on_disk(tmp.path(), &id), (Some(0.25), Some(1.0)));
    close_window(h);
}

#[test]
fn the_arrow_keys_move_the_focused_marker_between_the_points() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut h, id) = open_theme5(tmp.path(), None);
    find(&h, goal_track()).focus();
    h.run();
    assert!(find(&h, goal_track()).is_focused());
    // the first press places the marker in the middle
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(shown_answer(&h), (None, Some(0.5)));
    assert_eq!(spoken(&h, goal_track()), "in het midden");
    for _ in 0..3 {
        press(&mut h, Modifiers::NONE, Key::ArrowRight);
    }
    assert_eq!(shown_answer(&h), (None, Some(1.0)), "it stops at the pole");
    press(&mut h, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(shown_answer(&h), (None, Some(0.75)));
    assert!(
        find(&h, goal_track()).is_focused(),
        "← and → do not move the focus away"
    );
    // the Now track by the keyboard as well
    find(&h, now_track()).focus();
    h.run();
    press(&mut h, Modifiers::NONE, Key::ArrowLeft);
    press(&mut h, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(shown_answer(&h), (Some(0.25), Some(0.75)));
    press(&mut h, Modifiers::NONE, Key::Home);
    assert_eq!(shown_answer(&h), (Some(0.0), Some(0.75)));
    assert!(spoken(&h, now_track()).starts_with("bij de linkerpool ("));
    // Delete clears the focused marker only
    press(&mut h, Modifiers::NONE, Key::Delete);
    assert_eq!(shown_answer(&h), (None, Some(0.75)));
    wait_saved(&mut h);
    assert_eq!(on_disk(tmp.path(), &id), (None, Some(0.75)));
    close_window(h);
}

#[test]
fn a_marker_is_cleared_by_its_own_button() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut h, id) = open_theme5(
        tmp.path(),
        Some(Answer::Position {
            now: Some(0.25),
            desired: Some(0.75),
        }),
    );
    click(
        &mut h,
        Q::InQuestion {
            prompt: PROMPT,
            label: "Nu wissen",
        },
    );
    assert_eq!(shown_answer(&h), (None, Some(0.75)));
    assert_eq!(spoken(&h, now_track()), "nog niet gekozen");
    assert_eq!(marker_pixels(&mut h, now_track(), Marker::Now).0, 0);
    assert!(marker_pixels(&mut h, goal_track(), Marker::Goal).0 > 50);
    click(
        &mut h,
        Q::InQuestion {
            prompt: PROMPT,
            label: "Doel wissen",
        },
    );
    assert_eq!(shown_answer(&h), (None, None));
    let r = &h.state().session.as_ref().unwrap().reflection;
    assert!(
        r.agreed.get(ID).is_none_or(|e| e.answer.is_none()),
        "no answer is left: {:?}",
        r.agreed.get(ID)
    );
    wait_saved(&mut h);
    assert_eq!(on_disk(tmp.path(), &id), (None, None));
    close_window(h);
}

#[test]
fn an_old_value_shows_at_the_nearest_point_and_stays_until_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let old = Answer::Position {
        now: Some(0.37),
        desired: Some(0.9),
    };
    let (mut h, id) = open_theme5(tmp.path(), Some(old));
    assert!(
        spoken(&h, now_track()).starts_with("eerder naar links ("),
        "0.37 is shown at point 1: {}",
        spoken(&h, now_track())
    );
    assert!(spoken(&h, goal_track()).starts_with("bij de rechterpool ("));
    let (_, x) = marker_pixels(&mut h, now_track(), Marker::Now);
    let want = point_x(&h, now_track(), 1);
    assert!((x - want).abs() < 3.0, "● at {x}, point 1 at {want}");
    // looking changes nothing; clicking the point already shown neither
    click_point(&mut h, now_track(), 1);
    let_time_pass(&mut h, 300);
    assert_eq!(shown_answer(&h), (Some(0.37), Some(0.9)));
    close_window(h);
    assert_eq!(on_disk(tmp.path(), &id), (Some(0.37), Some(0.9)));

    // moving the goal leaves the old now as it is
    let mut h = start(tmp.path());
    click(
        &mut h,
        Q::InRow {
            row: NAME,
            label: "Openen",
        },
    );
    click(&mut h, Q::LabelContains("5. Positie en samenwerking"));
    scroll_to(&mut h, goal_track());
    click_point(&mut h, goal_track(), 2);
    wait_saved(&mut h);
    assert_eq!(on_disk(tmp.path(), &id), (Some(0.37), Some(0.5)));
    // and moving the now marker by a key goes from the point shown
    find(&h, now_track()).focus();
    h.run();
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    wait_saved(&mut h);
    assert_eq!(on_disk(tmp.path(), &id), (Some(0.5), Some(0.5)));
    close_window(h);
}

#[test]
fn the_english_window_names_now_and_goal() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut h, _) = open_theme5(
        tmp.path(),
        Some(Answer::Position {
            now: Some(0.5),
            desired: None,
        }),
    );
    click(&mut h, Q::Label("English"));
    let prompt = "Where does the weight";
    let now = Q::InQuestion {
        prompt,
        label: "Now",
    };
    let goal = Q::InQuestion {
        prompt,
        label: "Goal",
    };
    scroll_to(&mut h, goal);
    assert_eq!(spoken(&h, now), position::point_words(2, Lang::En));
    assert_eq!(spoken(&h, goal), "not chosen yet");
    assert!(exists(&h, Q::Label("Now clear")));
    close_window(h);
}

fn rgb(c: egui::Color32) -> Rgb {
    Rgb(c.r(), c.g(), c.b())
}

#[test]
fn track_ticks_markers_and_focus_have_three_to_one_in_light_and_dark() {
    let ctx = egui::Context::default();
    style::apply(&ctx);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let visuals = ctx.style_of(theme).visuals.clone();
        assert_eq!(visuals.dark_mode, theme == egui::Theme::Dark);
        // the page and the question cards the tracks are drawn on
        for (ground_name, ground) in [("page", visuals.panel_fill), ("card", visuals.window_fill)] {
            for (what, c) in [
                ("track and ticks", style::track_colour(&visuals)),
                ("● Nu", style::marker_colour(&visuals, Marker::Now)),
                ("◆ Doel", style::marker_colour(&visuals, Marker::Goal)),
                ("focus outline", visuals.selection.stroke.color),
            ] {
                let ratio = contrast(rgb(c), rgb(ground));
                assert!(
                    ratio >= 3.0,
                    "{what} on the {ground_name} in {theme:?}: {ratio:.2}:1"
                );
            }
        }
        // the two markers are told apart by more than their shape
        let now = rgb(style::marker_colour(&visuals, Marker::Now));
        let goal = rgb(style::marker_colour(&visuals, Marker::Goal));
        assert_ne!(now, goal);
    }
}
