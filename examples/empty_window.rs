//! An empty eframe window, the baseline for `scripts/first-frame.sh`.
//!
//! Without arguments it opens at eframe's default size; with `--app-size`
//! it opens as the Reflectietool's window does (its size, centred), so that
//! the comparison is of the start, not of how many pixels the software
//! renderer has to fill.

fn main() -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default().with_title("empty-baseline");
    let app_size = std::env::args().any(|a| a == "--app-size");
    if app_size {
        viewport = viewport.with_inner_size(reflectietool::window::DEFAULT_SIZE);
    }
    eframe::run_native(
        "empty",
        eframe::NativeOptions {
            viewport,
            centered: app_size,
            ..Default::default()
        },
        Box::new(|_cc| Ok(Box::new(Empty))),
    )
}

struct Empty;

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("empty");
        });
        if std::env::var_os("REFLECTIETOOL_STARTUP_PROBE").is_some() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}
