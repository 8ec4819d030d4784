//! Helpers for the tests that draw one page's function on a bare `Ui`
//! (no program around it): a harness with the program's style whose state
//! collects the commands, the texts on screen with where they are, and the
//! idle check.

use std::sync::Arc;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reflectietool::Questionnaire;
use reflectietool::app::{Command, style};
use reflectietool::review::ReviewEntry;

/// The harness of a bare page: its state is the commands pushed.
pub type H = Harness<'static, Vec<Command>>;

/// Returns a review entry of a reflection read from `/netwerken/<name>.ron`.
pub fn entry(name: &str, r: reflectietool::Reflection, q: &Questionnaire) -> ReviewEntry {
    ReviewEntry {
        path: format!("/netwerken/{name}.ron").into(),
        reflection: r,
        questionnaire: Some(Arc::new(q.clone())),
        upgraded_from: None,
    }
}

/// A harness that draws `draw` in a scroll area with the program's style.
pub fn harness(
    size: egui::Vec2,
    theme: egui::Theme,
    draw: impl FnMut(&mut egui::Ui, &mut Vec<Command>) + 'static,
) -> H {
    zoomed(size, 1.0, theme, draw)
}

/// Like [`harness`], at a zoom (pixels per point).
pub fn zoomed(
    size: egui::Vec2,
    zoom: f32,
    theme: egui::Theme,
    draw: impl FnMut(&mut egui::Ui, &mut Vec<Command>) + 'static,
) -> H {
    let mut draw = draw;
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(zoom)
        .with_theme(theme)
        .with_max_steps(24)
        .with_context_setup(|ctx| style::apply(ctx))
        .build_ui_state(
            move |ui, commands: &mut Vec<Command>| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| draw(ui, commands));
            },
            Vec::new(),
        );
    h.run();
    h
}

/// Returns every text on screen with its top, from top to bottom.
pub fn labels(h: &H) -> Vec<(f32, String)> {
    let mut out: Vec<(f32, String)> = h
        .query_all_by(|n| n.role() == Role::Label)
        .filter_map(|n| n.value().map(|v| (n.rect().top(), v)))
        .collect();
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out
}

/// Returns the top of the text that reads exactly `text`.
pub fn y_of(h: &H, text: &str) -> f32 {
    labels(h)
        .into_iter()
        .find(|(_, v)| v == text)
        .unwrap_or_else(|| panic!("no text {text:?} on screen"))
        .0
}

/// Returns how soon the last frame asked for the next one.
pub fn repaint_delay<S>(h: &Harness<'_, S>) -> Duration {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .unwrap_or(Duration::MAX)
}

/// Steps three frames without input and fails if one asks for another.
pub fn assert_quiet<S>(h: &mut Harness<'_, S>, what: &str) {
    h.run();
    for _ in 0..3 {
        h.step();
        assert_eq!(
            repaint_delay(h),
            Duration::MAX,
            "an idle {what} requests no repaint: {:?}",
            h.ctx.repaint_causes()
        );
    }
}
