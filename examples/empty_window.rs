//! An empty eframe window, the baseline for `scripts/first-frame.sh`.

fn main() -> eframe::Result {
    eframe::run_native(
        "empty",
        eframe::NativeOptions {
            viewport: egui::ViewportBuilder::default().with_title("empty-baseline"),
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
