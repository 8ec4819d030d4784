//! Seeing the program as on a real screen: a window of so many pixels at a
//! zoom, in a language and a theme; what is in view there; contrast.

use std::path::Path;

use reflectietool::Lang;
use reflectietool::Questionnaire;
use reflectietool::app::SaveStatus;
use reflectietool::storage::settings::{Settings, ThemeChoice};

use super::*;

/// How the program is seen: a screen of `px` pixels, the program's zoom,
/// its language and light or dark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// The window's size in pixels, as a screen has them.
    pub px: (u32, u32),
    /// The program's zoom factor (1.0 is 100 %).
    pub zoom: f32,
    /// The language.
    pub lang: reflectietool::Lang,
    /// Dark (else light).
    pub dark: bool,
}

impl View {
    /// A view of a screen of `w`×`h` pixels.
    pub const fn new(w: u32, h: u32, zoom: f32, lang: reflectietool::Lang, dark: bool) -> View {
        View {
            px: (w, h),
            zoom,
            lang,
            dark,
        }
    }

    /// The window's size in points: what is left of the screen's pixels at
    /// this zoom.
    pub fn points(&self) -> egui::Vec2 {
        egui::vec2(self.px.0 as f32, self.px.1 as f32) / self.zoom
    }

    /// A name for a snapshot of `page` in this view, such as
    /// `home_1366x768_150_nl_light`.
    pub fn name(&self, page: &str) -> String {
        format!(
            "{page}_{}x{}_{:.0}_{}_{}",
            self.px.0,
            self.px.1,
            self.zoom * 100.0,
            self.lang.code(),
            if self.dark { "dark" } else { "light" }
        )
    }
}

/// Starts the program on a data folder as it would open after a person
/// chose this view's language, theme and zoom (saved in the settings), on
/// a screen of the view's size.
pub fn start_view(dir: &Path, view: View) -> H {
    let settings = Settings {
        lang: view.lang,
        theme: if view.dark {
            ThemeChoice::Dark
        } else {
            ThemeChoice::Light
        },
        zoom: view.zoom,
    };
    settings.save(dir).expect("the settings can be written");
    let h = start_sized(dir, view.points());
    assert!(
        (h.ctx.zoom_factor() - view.zoom).abs() < 1e-3,
        "the program took the saved zoom"
    );
    h
}

/// Renders the program in its view and saves (or compares) a snapshot named
/// after the page and the view. Settle first (and mask after settling: a
/// step clears the masks).
pub fn snapshot_view(h: &mut H, view: View, page: &str) {
    h.snapshot(view.name(page));
}

/// Returns the WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: egui::Color32, b: egui::Color32) -> f32 {
    fn luminance(c: egui::Color32) -> f32 {
        let lin = |v: u8| {
            let v = v as f32 / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Every screen size and zoom from 75 % to 200 %, in both languages.
pub fn every_view() -> Vec<View> {
    let mut views = Vec::new();
    for (w, h) in [(1366, 768), (1920, 1080)] {
        for step in 0..=((2.0 - 0.75) / 0.25) as usize {
            for lang in [Lang::Nl, Lang::En] {
                views.push(View::new(w, h, 0.75 + 0.25 * step as f32, lang, false));
            }
        }
    }
    views
}

/// Opens the reflection named `name` from the home page on theme 5 in the
/// language `lang`.
pub fn open_theme5_of(h: &mut H, name: &str, lang: Lang) {
    click(
        h,
        Q::InRow {
            row: name,
            label: lang.pick("Openen", "Open"),
        },
    );
    let title = Questionnaire::builtin_v1().themes[POSITIE]
        .title
        .get(lang)
        .to_owned();
    click(h, Q::LabelContains(&format!("5. {title}")));
    assert!(has_text(h, lang.pick("Thema 5 van 6", "Theme 5 of 6")));
}

/// Sets the save status the top bar shows.
pub fn set_status(h: &mut H, status: SaveStatus) {
    h.state_mut()
        .session
        .as_mut()
        .expect("a reflection is open")
        .status = status;
    h.run();
}

/// The texts of the top bar's controls in a language.
pub fn top_bar_controls(h: &H, lang: Lang) -> Vec<String> {
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
pub fn assert_top_bar_on_screen(h: &H, view: View, status: Option<&str>) {
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

/// Clicks at a place on the screen, in pixels, as a pointer does.
pub fn click_at_pixel(h: &mut H, px: egui::Pos2) {
    let pos = px / h.ctx.zoom_factor();
    h.hover_at(pos);
    h.drag_at(pos);
    h.drop_at(pos);
    h.run();
}
