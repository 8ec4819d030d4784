//! File dialogs run off the UI thread: the window keeps drawing while a
//! dialog is open, the picked file is used when it closes, a cancelled
//! dialog does nothing more, and only when no dialog can be shown at all
//! the path field is offered (and can be closed). A stand-in picker
//! replaces the system dialog, so no window opens.

mod common;

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use egui::accesskit::Role;
use reflectietool::app::workers::dialogs::{Answer, Purpose, Request};
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
        if wait.lock().unwrap().recv().is_err() {
            return Answer::Cancelled;
        }
        Answer::Chosen(picked.clone())
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
fn a_cancelled_dialog_does_nothing_more() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    let asked = Arc::new(Mutex::new(0));
    let asked_in = asked.clone();
    h.state_mut().set_file_picker(Arc::new(move |_r: &Request| {
        *asked_in.lock().unwrap() += 1;
        Answer::Cancelled
    }));
    let notices_before = h.state().notices.len();

    click(&mut h, Q::Label("Importeren…"));
    step_until(&mut h, "the import dialog closes", |h| {
        !h.state().is_dialog_open()
    });
    assert_eq!(*asked.lock().unwrap(), 1, "the dialog was shown once");
    assert!(
        !h.state().home.show_path_field,
        "no path field after cancel"
    );
    assert!(!exists(&h, Q::Label("Pad naar bestand")), "{}", tree(&h));

    h.state_mut().push(Command::Export(ExportKind::Worksheet));
    h.step();
    step_until(&mut h, "the save dialog closes", |h| {
        !h.state().is_dialog_open()
    });
    assert_eq!(*asked.lock().unwrap(), 2);
    assert!(
        h.state().export_form.is_none(),
        "no second dialog after cancel"
    );
    assert!(
        !exists(&h, Q::Label("Waar komt de pdf? Map en bestandsnaam")),
        "{}",
        tree(&h)
    );
    assert!(!h.state().is_exporting(), "nothing is made");
    assert_eq!(h.state().notices.len(), notices_before, "and no message");
    assert!(!has_text_containing(&h, "geen bestandsnaam"));
    assert_eq!(h.state().page, Page::Home);
}

#[test]
fn the_path_panel_can_be_closed_with_its_button_and_with_escape() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    h.state_mut()
        .set_file_picker(Arc::new(|_r: &Request| Answer::Unavailable));
    for how in ["button", "Escape"] {
        click(&mut h, Q::Label("Importeren…"));
        step_until(&mut h, "the import path field shows", |h| {
            h.state().home.show_path_field
        });
        assert!(exists(&h, Q::Label("Pad naar bestand")), "{}", tree(&h));
        assert!(
            find(&h, Q::Role(Role::TextInput, "Pad naar bestand")).is_focused(),
            "the path field takes the focus when it appears"
        );
        type_into(
            &mut h,
            Q::Role(Role::TextInput, "Pad naar bestand"),
            "/nergens/x.ron",
        );
        match how {
            "button" => click(&mut h, Q::Label("Importeren sluiten")),
            _ => press(&mut h, egui::Modifiers::NONE, egui::Key::Escape),
        }
        assert!(!h.state().home.show_path_field, "closed with the {how}");
        assert!(
            !exists(&h, Q::Label("Pad naar bestand")),
            "{how}\n{}",
            tree(&h)
        );
        assert!(
            h.state().home.import_path.is_empty(),
            "the typed path is dropped"
        );
    }
    assert_eq!(h.state().page, Page::Home);
}

#[test]
fn no_dialog_available_shows_the_path_fields() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    h.state_mut()
        .set_file_picker(Arc::new(|_r: &Request| Answer::Unavailable));

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
    assert!(
        exists(&h, Q::Label("Waar komt de pdf? Map en bestandsnaam")),
        "{}",
        tree(&h)
    );
    assert!(!h.state().is_exporting(), "nothing is made without a path");
    // the form closes with Escape
    press(&mut h, egui::Modifiers::NONE, egui::Key::Escape);
    assert!(h.state().export_form.is_none(), "{}", tree(&h));
}

#[test]
fn the_export_path_field_takes_the_focus_when_it_appears() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    h.state_mut()
        .set_file_picker(Arc::new(|_r: &Request| Answer::Unavailable));
    for round in 0..2 {
        h.state_mut().push(Command::Export(ExportKind::Worksheet));
        h.step();
        step_until(&mut h, "the export path form shows", |h| {
            h.state().export_form.is_some()
        });
        h.run();
        assert!(
            find(&h, Q::Label("Waar komt de pdf? Map en bestandsnaam")).is_focused(),
            "round {round}: the path field has the focus"
        );
        // typing goes into the field, after the suggestion
        h.key_press(egui::Key::End);
        h.event(egui::Event::Text("x".into()));
        h.run();
        let path = h.state().export_form.clone().unwrap().path;
        assert!(path.ends_with(".pdfx"), "round {round}: {path}");
        press(&mut h, egui::Modifiers::NONE, egui::Key::Escape);
        assert!(h.state().export_form.is_none());
    }
}
