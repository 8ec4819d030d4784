//! Laptop and projector: the top bar keeps its controls on screen from 75
//! to 200 % at 1366×768 and 1920×1080, + stays under the pointer while
//! zooming, nothing is cut off and no word breaks inside, and the focus
//! outline can be seen.

mod common;

use std::path::Path;

use common::views::*;
use common::*;
use egui::accesskit::Role;
use egui_kittest::Node;
use egui_kittest::kittest::NodeT;
use reflectietool::Lang;
use reflectietool::app::SaveStatus;
use reflectietool::storage::Store;

const NL: Lang = Lang::Nl;

/// A name long enough to wrap at 200 %, with a long word in it.
const LONG_NAME: &str = "Studentenvereniging voor Samenwerkingsverbanden Öğrenci Ağı – Łódź";

fn data_dir_with_fixtures(dir: &Path) {
    let store = Store::open(dir).unwrap();
    store.save(&reflection(LONG_NAME, "2026-2027")).unwrap();
    store
        .save(&reflection("Vrouwennetwerk TU Delft", "2025-2026"))
        .unwrap();
}

fn open_theme5(h: &mut H, lang: Lang) {
    open_theme5_of(h, LONG_NAME, lang);
}

#[test]
fn the_top_bar_stays_on_screen_from_75_to_200_percent() {
    for view in every_view() {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let mut h = start_view(tmp.path(), view);
        assert_top_bar_on_screen(&h, view, None);
        open_theme5(&mut h, view.lang);
        let failed = view.lang.pick(
            "⚠ Niet opgeslagen — zie de melding",
            "⚠ Not saved — see the message",
        );
        set_status(&mut h, SaveStatus::Failed);
        assert_top_bar_on_screen(&h, view, Some(failed));
        set_status(&mut h, SaveStatus::Saved("21:58".into()));
        let saved = view.lang.pick("✔ Opgeslagen om 21:58", "✔ Saved at 21:58");
        assert_top_bar_on_screen(&h, view, Some(saved));
    }
}

#[test]
fn repeated_clicks_on_zoom_in_stay_on_zoom_in() {
    for (w, hgt) in [(1366, 768), (1920, 1080)] {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let view = View::new(w, hgt, 0.8, NL, false);
        let mut h = start_view(tmp.path(), view);
        open_theme5(&mut h, NL);
        set_status(&mut h, SaveStatus::Saved("21:58".into()));
        // the pointer stays where "+" was first; the window keeps its pixels
        let at = find(&h, Q::Label("Inzoomen")).rect().center() * h.ctx.zoom_factor();
        let mut zoom = h.state().settings.zoom;
        while zoom < 2.0 - 1e-3 {
            click_at_pixel(&mut h, at);
            let now = h.state().settings.zoom;
            assert!(
                now > zoom + 0.05,
                "{w}×{hgt}: the click at {at:?} after {zoom} did not zoom in"
            );
            zoom = now;
            h.set_size(view.points() * view.zoom / zoom);
            h.run();
            let plus = find(&h, Q::Label("Inzoomen")).rect();
            let plus_px = egui::Rect::from_min_max(plus.min * zoom, plus.max * zoom);
            assert!(
                plus_px.contains(at),
                "{w}×{hgt} at {zoom}: + moved from under the pointer {at:?} to {plus_px:?}"
            );
            assert_top_bar_on_screen(&h, View { zoom, ..view }, Some("✔ Opgeslagen om"));
        }
        assert!((zoom - 2.0).abs() < 1e-3);
    }
}

// ---------------------------------------------------------------------------
// The focus outline
// ---------------------------------------------------------------------------

#[test]
fn the_focus_outline_stands_out_3_to_1_in_light_and_dark() {
    use reflectietool::app::style;
    const { assert!(style::FOCUS_WIDTH >= 2.0, "at least 2 px at 100 %") };
    let ctx = egui::Context::default();
    style::apply(&ctx);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let v = ctx.style_of(theme).visuals.clone();
        let focus = style::focus_colour(theme == egui::Theme::Dark);
        // every background a control can stand on
        for (what, bg) in [
            ("panel", v.panel_fill),
            ("window and card", v.window_fill),
            ("field", v.extreme_bg_color),
            ("faint", v.faint_bg_color),
        ] {
            let ratio = contrast(focus, bg);
            assert!(
                ratio >= 3.0,
                "{theme:?}: the focus outline has {ratio:.2}:1 against the {what} background"
            );
        }
    }
}

/// Renders the window and returns the colours of the pixels on the top and
/// bottom edges of a rectangle (in points).
fn edge_pixels(h: &mut H, r: egui::Rect) -> Vec<egui::Color32> {
    let ppp = h.ctx.pixels_per_point();
    let image = h.render().expect("the window renders");
    let (x0, y0) = (
        (r.left() * ppp).round() as u32,
        (r.top() * ppp).round() as u32,
    );
    let (x1, y1) = (
        (r.right() * ppp).round() as u32,
        (r.bottom() * ppp).round() as u32,
    );
    let mut out = Vec::new();
    for x in x0 + 4..x1.saturating_sub(4) {
        for y in [y0, y1.saturating_sub(1)] {
            let p = image.get_pixel(x.min(image.width() - 1), y.min(image.height() - 1));
            out.push(egui::Color32::from_rgb(p[0], p[1], p[2]));
        }
    }
    out
}

#[test]
fn the_focused_control_is_outlined_in_light_and_dark() {
    use reflectietool::app::style;
    for dark in [false, true] {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let view = View::new(1366, 768, 1.0, NL, dark);
        let mut h = start_view(tmp.path(), view);
        tab_to(&mut h, Q::Label("English"), 40);
        settle(&mut h);
        let r = find(&h, Q::Label("English")).rect();
        let ring = r.expand(style::FOCUS_GAP + style::FOCUS_WIDTH / 2.0);
        let focus = style::focus_colour(dark);
        let edge = edge_pixels(&mut h, ring);
        let outlined = edge.iter().filter(|c| contrast(**c, focus) < 1.2).count();
        assert!(
            outlined * 10 >= edge.len() * 8,
            "dark {dark}: only {outlined} of {} pixels around the focused control show the outline",
            edge.len()
        );
        // and no outline without focus: move the focus elsewhere
        tab_to(&mut h, Q::Label("Inzoomen"), 10);
        settle(&mut h);
        let edge = edge_pixels(&mut h, ring);
        let outlined = edge.iter().filter(|c| contrast(**c, focus) < 1.2).count();
        assert!(
            outlined * 10 < edge.len(),
            "dark {dark}: the outline stays after the focus left"
        );
    }
}

// ---------------------------------------------------------------------------
// Nothing cut off, no word broken inside
// ---------------------------------------------------------------------------

/// A text as laid out: its whole value and its rows with where they lie.
struct Laid {
    value: String,
    rows: Vec<(String, egui::Rect)>,
}

fn laid_out_texts(h: &H) -> Vec<Laid> {
    fn rec(n: Node<'_>, out: &mut Vec<Laid>) {
        let rows: Vec<(String, egui::Rect)> = n
            .children()
            .filter(|c| c.accesskit_node().role() == Role::TextRun)
            .map(|c| (c.accesskit_node().value().unwrap_or_default(), c.rect()))
            .collect();
        if !rows.is_empty() {
            out.push(Laid {
                value: n.accesskit_node().value().unwrap_or_default(),
                rows,
            });
        }
        for c in n.children() {
            rec(c, out);
        }
    }
    let mut out = Vec::new();
    rec(h.root(), &mut out);
    out
}

/// Asserts that the texts whose first row `keep` selects lie within the
/// window's width, are shown whole (not cut off with …) and wrap between
/// words only; returns how many texts were checked.
fn assert_texts_whole(h: &H, view: View, keep: impl Fn(egui::Rect) -> bool) -> usize {
    let screen = h.ctx.content_rect();
    let texts: Vec<Laid> = laid_out_texts(h)
        .into_iter()
        .filter(|t| keep(t.rows[0].1))
        .collect();
    for t in &texts {
        let joined: String = t.rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(joined, t.value, "{view:?}: a text is cut off");
        for (row, r) in &t.rows {
            assert!(
                r.left() >= screen.left() - 0.5 && r.right() <= screen.right() + 0.5,
                "{view:?}: {row:?} at {r:?} reaches outside the window {screen:?}"
            );
        }
        for pair in t.rows.windows(2) {
            let end = pair[0].0.chars().last().unwrap_or(' ');
            let start = pair[1].0.chars().next().unwrap_or(' ');
            assert!(
                !(end.is_alphanumeric() && start.is_alphanumeric()),
                "{view:?}: a word breaks inside: {:?} | {:?}",
                pair[0].0,
                pair[1].0
            );
        }
    }
    texts.len()
}

#[test]
fn home_top_bar_and_theme_list_wrap_whole_words_from_75_to_200_percent() {
    let mut wrapped_name = false;
    for view in every_view() {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let mut h = start_view(tmp.path(), view);
        let n = assert_texts_whole(&h, view, |_| true);
        // at 200 % on 1366×768 the home buttons take two rows (Map
        // importeren… was added), so four texts are in view there
        assert!(n >= 4, "{view:?}: the home page's texts are found ({n})");
        open_theme5(&mut h, view.lang);
        set_status(&mut h, SaveStatus::Saved("21:58".into()));
        // the top bar (above the theme list) and the theme list (left of
        // the theme page)
        let main_left = text(&h, view.lang.pick("Thema 5 van 6", "Theme 5 of 6"))
            .rect()
            .left();
        let list_top = text(&h, view.lang.pick("Thema's", "Themes")).rect().top();
        let n = assert_texts_whole(&h, view, |r| r.right() < main_left || r.bottom() < list_top);
        assert!(n >= 3, "{view:?}: the top bar and the list are found");
        let name_rows = laid_out_texts(&h)
            .into_iter()
            .find(|t| t.value.starts_with(LONG_NAME))
            .expect("the name in the top bar")
            .rows
            .len();
        wrapped_name |= name_rows > 1;
    }
    assert!(wrapped_name, "somewhere the long name needed two rows");
}

#[test]
fn the_theme_button_suggests_light_for_a_projector() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start_view(tmp.path(), View::new(1366, 768, 1.5, NL, true));
    let hint = "Licht is beter leesbaar op een beamer";
    assert!(
        !has_text_containing(&h, hint),
        "no hint before the button is reached"
    );
    tab_to(&mut h, Q::Label("Licht"), 40);
    h.run();
    assert!(has_text_containing(&h, hint), "{}", tree(&h));
    tab_to(&mut h, Q::Label("Uitzoomen"), 5);
    h.run();
    assert!(
        !has_text_containing(&h, hint),
        "the hint goes with the focus"
    );
}
