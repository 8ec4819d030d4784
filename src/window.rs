//! Opens the window: options, icon and title.

use std::path::Path;

use anyhow::Context as _;

use crate::app::ReflectieApp;

/// Returns the program icon, from `assets/icon.png`.
pub fn icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png")).ok()
}

/// Returns the window options: title, size and icon.
pub fn options() -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Reflectietool")
        .with_app_id("reflectietool")
        .with_inner_size([1180.0, 800.0])
        .with_min_inner_size([640.0, 480.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
        ..Default::default()
    }
}

/// Opens the window on a data folder and runs until it is closed.
pub fn run(data_dir: &Path) -> anyhow::Result<()> {
    let dir = data_dir.to_owned();
    eframe::run_native(
        "Reflectietool",
        options(),
        Box::new(move |cc| Ok(Box::new(ReflectieApp::new(&cc.egui_ctx, &dir)))),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))
    .context("the window could not be opened (is there a display?); the command line still works: reflectietool --help")
}
