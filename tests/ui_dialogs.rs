//! File dialogs run off the UI thread: the window keeps drawing while a
//! dialog is open, the picked file is used when it closes, and when no file
//! comes back the path field is offered. A stand-in picker replaces the
//! system dialog, so no window opens.

mod common;

use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use reflectietool::app::workers::dialogs::{Purpose, Request};
use reflectietool::app::{Command, ExportKind, Page};
use reflectietool::storage::Store;

fn step_until(h: &mut H, what: &str, done: impl Fn(&H) -> bool) {
    let start = Instant::now();
    while !done(h) {
        assert!(start.elapsed() < Duration::from_secs(5), "{what}");
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    h.run();
}

#[test]
fn the_window_keeps_drawing_while_the_import_dialog_is_open() {
    let tmp = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let source = Store::open(usb.path())
        .unwrap()
        .save(&reflection("Netwerk op de stick", "2026-2027"))
        .unwrap();

    let (release, wait) = mpsc::channel::<()>();
    let wait = Mutex::new(wait);
    let seen: Arc<Mutex<Vec<Request>>> = Arc::default();
    let seen_in = seen.clone();
    let picked = source.clone();
    let mut h = start(tmp.path());
    h.state_mut().set_file_picker(Arc::new(move |r: &Request| {
        seen_in.lock().unwrap().push(r.clone());
        wait.lock().unwrap().recv().ok()?;
        Some(picked.clone())
    }));
    click(&mut h, Q::Label("Importeren…"));
    // the dialog is open and the window still answers
    for _ in 0..5 {
        h.step();
    }
    assert!(h.state().is_dialog_open());
    assert_eq!(h.state().page, Page::Home);
    click(&mut h, Q::Label("Lijst vernieuwen"));
    // a second dialog waits for the first
    h.state_mut().push(Command::PickImport);
    h.step();
    h.step();
    h.run();
    assert!(
        has_text_containing(&h, "al een bestandsvenster open"),
        "{}",
        tree(&h)
    );

    release.send(()).unwrap();
    step_until(&mut h, "the picked file is imported", |h| {
        h.state().page == Page::Reflect
    });
    assert_eq!(
        h.state().session.as_ref().unwrap().reflection.profile.name,
        "Netwerk op de stick"
    );
    let requests = seen.lock().unwrap();
    assert_eq!(requests.len(), 1, "one dialog at a time");
    assert_eq!(requests[0].purpose, Purpose::Import);
    assert!(!requests[0].save);
    drop(requests);
    close_window(h);
}

#[test]
fn no_file_from_the_dialog_shows_the_path_fields() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    h.state_mut()
        .set_file_picker(Arc::new(|_r: &Request| None::<PathBuf>));

    click(&mut h, Q::Label("Importeren…"));
    step_until(&mut h, "the import path field shows", |h| {
        h.state().home.show_path_field
    });
    assert!(exists(&h, Q::Label("Pad naar bestand")), "{}", tree(&h));

    h.state_mut().push(Command::Export(ExportKind::Worksheet));
    h.step();
    step_until(&mut h, "the export path form shows", |h| {
        h.state().export_form.is_some()
    });
    let form = h.state().export_form.clone().unwrap();
    assert_eq!(form.kind, ExportKind::Worksheet);
    assert!(form.path.ends_with(".pdf"), "{}", form.path);
    assert!(exists(&h, Q::Label("Pad van de pdf")), "{}", tree(&h));
    assert!(!h.state().is_exporting(), "nothing is made without a path");
}
