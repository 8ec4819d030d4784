//! Opens the window: options, icon and title.

use crate::storage::location::DataDir;

use anyhow::Context as _;

use crate::app::ReflectieApp;

/// Returns the program icon, from `assets/icon.png`.
pub fn icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png")).ok()
}

/// The window's first size, in points: it fits a 1366×768 screen with a
/// taskbar (about 40 px) and a title bar (about 30 px).
pub const DEFAULT_SIZE: [f32; 2] = [1280.0, 680.0];

/// Returns the window options: title, size and icon.
pub fn options() -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Reflectietool")
        .with_app_id("reflectietool")
        // fits a 1366×768 laptop screen with its taskbar and title bar
        .with_inner_size(DEFAULT_SIZE)
        .with_min_inner_size([560.0, 420.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
        centered: true,
        ..Default::default()
    }
}

/// Starts a thread that does on the other core what the program's first
/// frame waits for, while the main thread makes the window and its GPU
/// surface: the window's fonts, the built-in questionnaires and the time
/// zone (for the board year); the documents' fonts follow.
fn prepare_in_background() {
    use crate::fonts;
    use crate::model::questionnaire::Questionnaire;
    // no thread: each is done when it is first needed instead
    let _ = std::thread::Builder::new()
        .name("reflectietool-prepare".into())
        .spawn(|| {
            for (_, font) in crate::app::style::WINDOW_FONTS {
                font.bytes();
            }
            Questionnaire::builtin_shared();
            Questionnaire::builtin_v1_shared();
            let _ = jiff::tz::TimeZone::try_system();
            for font in fonts::ALL {
                font.bytes();
            }
        });
}

/// Opens the window on a data folder and runs until it is closed.
pub fn run(data_dir: &DataDir) -> anyhow::Result<()> {
    let mut options = options();
    // the fonts unpack on the other core while the window and its GPU
    // surface are made. Not earlier: making the event loop, X11's input
    // method reads the locale's Compose file one `getc` at a time, and once
    // a process has a second thread each `getc` takes a lock (some 10 ms)
    options.window_builder = Some(Box::new(|viewport| {
        prepare_in_background();
        viewport
    }));
    let dir = data_dir.path.clone();
    let portable = data_dir.portable_base.clone();
    eframe::run_native(
        "Reflectietool",
        options,
        Box::new(move |cc| {
            let mut app =
                ReflectieApp::with_first_lang(&cc.egui_ctx, &dir, crate::lang::Lang::from_env());
            app.portable = portable;
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))
    .context("the window could not be opened (is there a display?); the command line still works: reflectietool --help")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_window_fits_a_laptop_screen_and_is_centred() {
        let o = options();
        let size = o.viewport.inner_size.expect("a first size");
        // 1366×768 less a taskbar (about 40 px) and a title bar (about 30 px)
        assert!(
            size.x <= 1366.0 - 40.0 && size.y <= 768.0 - 70.0,
            "{size:?}"
        );
        let min = o.viewport.min_inner_size.expect("a least size");
        assert!(min.x <= size.x && min.y <= size.y && min.x >= 400.0 && min.y >= 300.0);
        assert!(o.centered);
    }
}
