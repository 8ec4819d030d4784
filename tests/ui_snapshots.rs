//! Pictures of the program, compared with the PNGs in `tests/snapshots/`.
//!
//! Renders with wgpu (lavapipe on a machine without a GPU). Regenerate after
//! an intended change of the look with
//! `UPDATE_SNAPSHOTS=1 cargo test --release --test ui_snapshots`, then look at
//! every changed picture before keeping it.
//!
//! The pictures must not depend on the day, the time zone or the temporary
//! folder: the fixtures have fixed times, chosen so that the local time the
//! home page shows is the same in every time zone, and the data folder's path
//! is masked.

mod common;

use std::path::Path;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use reflectietool::app::SaveStatus;
use reflectietool::model::reflection::{
    ActionPoint, ActionStatus, Answer, Entry, OTHER, Reflection, ScaleAnswer,
};
use reflectietool::storage::Store;
use reflectietool::{Lang, Questionnaire};

/// Returns the RFC 3339 time stamp of a local date and time in the system's
/// time zone, so that the program shows exactly that local time again.
fn local_stamp(y: i16, m: i8, d: i8, hour: i8, minute: i8) -> String {
    jiff::civil::date(y, m, d)
        .at(hour, minute, 0, 0)
        .to_zoned(jiff::tz::TimeZone::system())
        .expect("a valid local time")
        .timestamp()
        .to_string()
}

fn fixed(mut r: Reflection, id: &str, created: String, updated: String) -> Reflection {
    r.id = id.to_owned();
    r.created = created;
    r.updated = updated;
    r
}

fn answered(answer: Answer) -> Entry {
    Entry {
        answer: Some(answer),
        ..Entry::default()
    }
}

/// A reflection with answers of every kind in theme 5, a flag, a skipped
/// question, a note and an action point.
fn filled() -> Reflection {
    let mut r = fixed(
        reflection("Öğrenci Ağı İğdır – Łódź Żółć", "2026-2027"),
        "ogrenci-agi-fixture",
        local_stamp(2026, 9, 14, 19, 30),
        local_stamp(2026, 11, 24, 21, 58),
    );
    let a = &mut r.agreed;
    let pos = |now: Option<f32>, desired: Option<f32>| answered(Answer::Position { now, desired });
    a.insert(
        "positie.aanpassen-veranderen".into(),
        pos(Some(0.3), Some(0.7)),
    );
    a.insert(
        "positie.overaanpassing".into(),
        Entry {
            discuss_later: true,
            ..answered(Answer::Scale(ScaleAnswer::Level(2)))
        },
    );
    a.insert("positie.binnen-buiten".into(), pos(Some(0.8), Some(0.4)));
    a.insert("positie.proces-doel".into(), pos(Some(0.5), None));
    a.insert(
        "positie.partners".into(),
        answered(Answer::Open(
            "De gemeente İzmir-Rotterdam geeft ons een ruimte, maar vraagt elk kwartaal een verslag. \
             De partner uit Łódź betaalt de reis; dat kost veel tijd van het bestuur.\n\
             Als die partner stopt, vragen we de hogeschool om hulp (Şule, Paweł)."
                .into(),
        )),
    );
    a.insert(
        "positie.aanvulling".into(),
        answered(Answer::Scale(ScaleAnswer::DontKnow)),
    );
    a.insert(
        "positie.vragen".into(),
        answered(Answer::Multiple {
            choices: vec!["geld".into(), "zichtbaarheid".into(), OTHER.into()],
            other: "Een stilteruimte".into(),
        }),
    );
    a.insert(
        "positie.functies".into(),
        answered(Answer::Multiple {
            choices: vec!["antenne".into()],
            other: String::new(),
        }),
    );
    a.insert(
        "positie.aan-tafel".into(),
        Entry {
            skipped: true,
            ..Entry::default()
        },
    );
    a.insert(
        "positie.rol".into(),
        answered(Answer::Single {
            choice: "kritische-vriend".into(),
            other: String::new(),
        }),
    );
    a.insert(
        "positie.confronterend-insider".into(),
        pos(Some(0.9), Some(0.95)),
    );
    a.insert(
        "positie.bijhouden".into(),
        answered(Answer::Scale(ScaleAnswer::Level(0))),
    );
    a.insert(
        "positie.pitch".into(),
        answered(Answer::Open(
            "Eén verhaal, één getal (38 leden), één vraag: een vaste ruimte.".into(),
        )),
    );
    r.notes.insert(
        "positie".into(),
        "We waren het niet eens over de sponsor — İpek wil stoppen, Paweł niet.".into(),
    );
    r.actions.push(ActionPoint {
        id: "actie-fixture".into(),
        theme: Some("positie".into()),
        what: "Gesprek met de decaan over een vaste ruimte".into(),
        who: "Voorzitter".into(),
        due: "maart 2027".into(),
        status: ActionStatus::Busy,
        ..ActionPoint::default()
    });
    r
}

/// A second, nearly empty reflection for the home page.
fn second() -> Reflection {
    let mut r = fixed(
        reflection("Vrouwennetwerk TU Delft", "2025-2026"),
        "vrouwennetwerk-fixture",
        local_stamp(2025, 10, 2, 9, 5),
        local_stamp(2026, 3, 1, 16, 45),
    );
    r.agreed.insert(
        "profiel.basis".into(),
        answered(Answer::Single {
            choice: "gender".into(),
            other: String::new(),
        }),
    );
    r
}

fn data_dir_with_fixtures(dir: &Path) {
    let store = Store::open(dir).unwrap();
    store.save(&filled()).unwrap();
    store.save(&second()).unwrap();
}

/// Hides the data folder's path, which differs per run.
fn mask_data_dir(h: &mut H) {
    let r = h
        .query_all_by(|n| {
            n.role() == Role::Label
                && n.value()
                    .is_some_and(|v| v.starts_with("Gegevensmap:") || v.starts_with("Data folder:"))
        })
        .next()
        .expect("the data folder line")
        .rect();
    // a fixed width: the text's own width changes with the random name
    h.mask(egui::Rect::from_min_size(
        r.min - egui::vec2(1.0, 1.0),
        egui::vec2(700.0, r.height() + 2.0),
    ));
}

#[test]
fn home_with_two_reflections() {
    let tmp = tempfile::tempdir().unwrap();
    data_dir_with_fixtures(tmp.path());
    let mut h = start(tmp.path());
    assert!(
        has_text_containing(&h, "2026-11-24 21:58"),
        "the fixed local time shows\n{}",
        tree(&h)
    );
    assert!(has_text_containing(&h, "2026-03-01 16:45"));
    settle(&mut h);
    mask_data_dir(&mut h);
    h.snapshot("home_nl");

    click(&mut h, Q::Label("English"));
    settle(&mut h);
    assert!(has_text(&h, "Reflections"));
    mask_data_dir(&mut h);
    h.snapshot("home_en");
}

/// Opens the filled reflection on theme 5 in a window of the given height.
fn theme5(dir: &Path, height: f32) -> H {
    data_dir_with_fixtures(dir);
    let mut h = start_sized(dir, egui::vec2(WINDOW.x, height));
    click(
        &mut h,
        Q::InRow {
            row: "Öğrenci Ağı İğdır – Łódź Żółć",
            label: "Openen",
        },
    );
    click(&mut h, Q::LabelContains("5. Positie en samenwerking"));
    assert!(has_text(&h, "Thema 5 van 6"));
    settle(&mut h);
    h
}

/// Tall enough to show all of theme 5 at once.
const FULL_PAGE: f32 = 5600.0;

fn assert_whole_page_visible(h: &H, last_button: &str) {
    let r = find(h, Q::Label(last_button)).rect();
    assert!(
        r.bottom() < FULL_PAGE,
        "the page does not fit the tall window: {r:?}"
    );
}

#[test]
fn theme_page_dutch() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = theme5(tmp.path(), WINDOW.y);
    h.snapshot("theme5_nl");
}

#[test]
fn theme_page_full_dutch() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = theme5(tmp.path(), FULL_PAGE);
    assert_whole_page_visible(&h, "Volgend thema →");
    h.snapshot("theme5_full_nl");
}

#[test]
fn theme_page_full_english() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = theme5(tmp.path(), FULL_PAGE);
    click(&mut h, Q::Label("English"));
    settle(&mut h);
    assert!(has_text(&h, "Theme 5 of 6"), "{}", tree(&h));
    assert_whole_page_visible(&h, "Next theme →");
    h.snapshot("theme5_full_en");
}

#[test]
fn theme_page_full_dark() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = theme5(tmp.path(), FULL_PAGE);
    click(&mut h, Q::Label("Donker"));
    settle(&mut h);
    assert!(exists(&h, Q::Label("Licht")), "the button now offers light");
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    assert_whole_page_visible(&h, "Volgend thema →");
    h.snapshot("theme5_full_dark_nl");
}

// ---------------------------------------------------------------------------
// Laptop and projector: real screen sizes, zoom, language and theme
// ---------------------------------------------------------------------------

const NL: Lang = Lang::Nl;
const EN: Lang = Lang::En;

/// The views of the home page's snapshots: every screen size, zoom,
/// language and theme at least once.
const HOME_VIEWS: [View; 6] = [
    View::new(1366, 768, 1.0, NL, false),
    View::new(1366, 768, 1.5, EN, false),
    View::new(1366, 768, 1.5, NL, true),
    View::new(1366, 768, 2.0, NL, true),
    View::new(1920, 1080, 1.5, NL, false),
    View::new(1920, 1080, 1.5, EN, true),
];

/// The views of theme 5's snapshots.
const THEME_VIEWS: [View; 6] = [
    View::new(1366, 768, 1.0, EN, true),
    View::new(1366, 768, 1.5, NL, false),
    View::new(1366, 768, 1.5, NL, true),
    View::new(1366, 768, 2.0, NL, false),
    View::new(1366, 768, 2.0, EN, true),
    View::new(1920, 1080, 1.5, EN, false),
];

/// Every screen size and zoom from 75 % to 200 %, in both languages.
fn every_view() -> Vec<View> {
    let mut views = Vec::new();
    for (w, h) in [(1366, 768), (1920, 1080)] {
        for step in 0..=((2.0 - 0.75) / 0.25) as usize {
            for lang in [NL, EN] {
                views.push(View::new(w, h, 0.75 + 0.25 * step as f32, lang, false));
            }
        }
    }
    views
}

/// Opens the filled reflection on theme 5 in the view's language, with the
/// longest save status there is.
fn open_theme5(h: &mut H, lang: Lang) {
    click(
        h,
        Q::InRow {
            row: "Öğrenci Ağı İğdır – Łódź Żółć",
            label: lang.pick("Openen", "Open"),
        },
    );
    let title = Questionnaire::builtin().themes[POSITIE]
        .title
        .get(lang)
        .to_owned();
    click(h, Q::LabelContains(&format!("5. {title}")));
    assert!(has_text(h, lang.pick("Thema 5 van 6", "Theme 5 of 6")));
}

fn set_status(h: &mut H, status: SaveStatus) {
    h.state_mut()
        .session
        .as_mut()
        .expect("a reflection is open")
        .status = status;
    h.run();
}

/// The texts of the top bar's controls in a language.
fn top_bar_controls(h: &H, lang: Lang) -> Vec<String> {
    let mut labels: Vec<String> = [
        "Nederlands",
        "English",
        lang.pick("Uitzoomen", "Zoom out"),
        lang.pick("Inzoomen", "Zoom in"),
    ]
    .map(str::to_owned)
    .into();
    labels.push(format!("{:.0} %", h.state().settings.zoom * 100.0));
    labels.push(
        if h.ctx.theme() == egui::Theme::Dark {
            lang.pick("Licht", "Light")
        } else {
            lang.pick("Donker", "Dark")
        }
        .to_owned(),
    );
    labels
}

/// Asserts that every control of the top bar, the name and the save status
/// lie wholly inside the window.
fn assert_top_bar_on_screen(h: &H, view: View, status: Option<&str>) {
    let screen = h.ctx.content_rect();
    let mut rects: Vec<(String, egui::Rect)> = top_bar_controls(h, view.lang)
        .into_iter()
        .map(|l| {
            let r = find(h, Q::Label(&l)).rect();
            (l, r)
        })
        .collect();
    if let Some(s) = status {
        rects.push((s.to_owned(), text(h, s).rect()));
    }
    for (what, r) in rects {
        assert!(
            screen.expand(0.5).contains_rect(r),
            "{view:?}: {what:?} at {r:?} lies outside the window {screen:?}\n{}",
            tree(h)
        );
    }
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

/// Clicks at a place on the screen, in pixels, as a pointer does.
fn click_at_pixel(h: &mut H, px: egui::Pos2) {
    let pos = px / h.ctx.zoom_factor();
    h.hover_at(pos);
    h.drag_at(pos);
    h.drop_at(pos);
    h.run();
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

#[test]
fn home_snapshots_at_laptop_and_projector_sizes() {
    let mut results = egui_kittest::SnapshotResults::new();
    for view in HOME_VIEWS {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let mut h = start_view(tmp.path(), view);
        assert!(has_text(&h, view.lang.pick("Reflecties", "Reflections")));
        assert_top_bar_on_screen(&h, view, None);
        settle(&mut h);
        mask_data_dir(&mut h);
        snapshot_view(&mut h, view, "home");
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

#[test]
fn theme_snapshots_at_laptop_and_projector_sizes() {
    let mut results = egui_kittest::SnapshotResults::new();
    for view in THEME_VIEWS {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let mut h = start_view(tmp.path(), view);
        open_theme5(&mut h, view.lang);
        set_status(&mut h, SaveStatus::Saved("21:58".into()));
        let saved = view.lang.pick("✔ Opgeslagen om 21:58", "✔ Saved at 21:58");
        assert_top_bar_on_screen(&h, view, Some(saved));
        settle(&mut h);
        snapshot_view(&mut h, view, "theme5");
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

// ---------------------------------------------------------------------------
// The focus outline
// ---------------------------------------------------------------------------

#[test]
fn the_focus_outline_stands_out_3_to_1_in_light_and_dark() {
    use reflectietool::app::style;
    assert!(style::FOCUS_WIDTH >= 2.0, "at least 2 px at 100 %");
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
