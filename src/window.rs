//! Opens the window: options, icon and title.

use crate::storage::location::DataDir;

use crate::app::ReflectieApp;
use crate::lang::Lang;

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
    // what the first frame needs is prepared on the other core while the
    // window and its GPU surface are made. Not earlier: making the event
    // loop, X11's input method reads the locale's Compose file one `getc` at
    // a time, and once a process has a second thread each `getc` takes a
    // lock (some 10 ms)
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
            let mut app = ReflectieApp::with_first_lang(&cc.egui_ctx, &dir, Lang::from_env());
            app.portable = portable;
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!(failure_message(Lang::from_env(), &e.to_string())))
}

/// Says in `lang` that the window could not be opened, why (`cause`), what
/// to try and what still works.
pub fn failure_message(lang: Lang, cause: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "De Reflectietool kon geen venster openen ({cause}). Kijk of er een \
             beeldscherm is en of de stuurprogramma's van de videokaart bijgewerkt \
             zijn. Lukt het daarna nog niet, start het programma dan met de \
             omgevingsvariabele WGPU_BACKEND=gl. Je gegevens zijn niet aangeraakt. \
             De opdrachtregel werkt wel: reflectietool --help"
        ),
        Lang::En => format!(
            "The Reflectietool could not open its window ({cause}). Check that \
             there is a display and that the graphics card's drivers are up to \
             date. If it still fails, start the program with the environment \
             variable WGPU_BACKEND=gl. Your data has not been touched. The \
             command line still works: reflectietool --help"
        ),
    }
}

/// Tells the user that the window failed: on the standard error, and on
/// Windows, where a program started by a double-click has no console, also
/// in a message box.
pub fn report_failure(message: &str) {
    eprintln!("{message}");
    #[cfg(windows)]
    {
        let _ = rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title("Reflectietool")
            .set_description(message)
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
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

    #[test]
    fn a_failed_window_says_why_what_to_try_and_what_still_works_in_both_languages() {
        let cause = "no suitable adapter found";
        let nl = failure_message(Lang::Nl, cause);
        let en = failure_message(Lang::En, cause);
        for text in [&nl, &en] {
            assert!(text.contains(cause), "{text}");
            assert!(text.contains("WGPU_BACKEND=gl"), "{text}");
            assert!(text.contains("reflectietool --help"), "{text}");
        }
        assert!(nl.contains("kon geen venster openen"), "{nl}");
        assert!(en.contains("could not open its window"), "{en}");
        assert_ne!(nl, en);
    }
}
