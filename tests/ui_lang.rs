//! The window's language on a first start: Dutch unless the locale asks for
//! English; once chosen, the saved choice wins.

mod common;

use common::*;
use reflectietool::Lang;
use reflectietool::app::ReflectieApp;
use reflectietool::storage::settings::Settings;

fn start_first(dir: &std::path::Path, first: Lang) -> H {
    let dir = dir.to_owned();
    let mut h = egui_kittest::Harness::builder()
        .with_size(WINDOW)
        .with_max_steps(24)
        .build_eframe(move |cc| ReflectieApp::with_first_lang(&cc.egui_ctx, &dir, first));
    h.run();
    h
}

#[test]
fn a_first_start_speaks_the_locales_language_until_one_is_chosen() {
    let tmp = tempfile::tempdir().unwrap();
    // the plain constructor: Dutch
    let h = start(tmp.path());
    assert!(has_text(&h, "Reflecties"), "{}", tree(&h));
    drop(h);
    // an English locale on a first start: English
    let h = start_first(tmp.path(), Lang::En);
    assert!(has_text(&h, "Reflections"), "{}", tree(&h));
    drop(h);
    // a saved choice wins over the locale
    let mut h = start_first(tmp.path(), Lang::En);
    click(&mut h, Q::Label("Nederlands"));
    assert_eq!(Settings::load(tmp.path()).lang, Lang::Nl);
    drop(h);
    let h = start_first(tmp.path(), Lang::En);
    assert!(has_text(&h, "Reflecties"), "{}", tree(&h));
}
