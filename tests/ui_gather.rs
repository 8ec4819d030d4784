//! Gathering the groups' work from the home page: *Map importeren…* with a
//! stand-in folder picker, and *Importeren…* with several files; the
//! report on screen and the files on disk.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use reflectietool::app::workers::dialogs::{Answer, Purpose, Request};
use reflectietool::storage::{Store, to_ron};

fn step_until(h: &mut H, what: &str, done: impl Fn(&H) -> bool) {
    let start = Instant::now();
    while !done(h) {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{what}\n{}",
            tree(h)
        );
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    h.run();
}

fn record(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && !p.ends_with("settings.ron"))
        .map(|p| {
            let b = fs::read(&p).unwrap();
            (p, b)
        })
        .collect()
}

#[test]
fn a_folder_from_a_stick_comes_in_with_a_report_and_nothing_is_written_over() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let existing = reflection("Netwerk Thuis", "2026-2027");
    let existing_path = store.save(&existing).unwrap();

    let stick = tempfile::tempdir().unwrap();
    fs::write(
        stick.path().join("a.ron"),
        to_ron(&reflection("Groep Noord", "2026-2027")),
    )
    .unwrap();
    let mut same_id = reflection("Groep Zuid", "2026-2027");
    same_id.id = existing.id.clone();
    fs::write(stick.path().join("b.ron"), to_ron(&same_id)).unwrap();
    fs::copy(&existing_path, stick.path().join("kopie.ron")).unwrap();
    fs::write(stick.path().join("kapot.ron"), "Reflection(\n  id: ???\n)").unwrap();
    let before = record(data.path());

    let mut h = start(data.path());
    let folder = stick.path().to_owned();
    h.state_mut().set_file_picker(Arc::new(move |r: &Request| {
        assert_eq!(r.purpose, Purpose::ImportFolder);
        Answer::Chosen(folder.clone())
    }));
    find(&h, Q::Label("Map importeren…")).click();
    h.step();
    step_until(&mut h, "the report shows", |h| {
        has_text(h, "Verslag van het importeren")
    });

    assert!(
        has_text(
            &h,
            "Binnengekomen: 2; overgeslagen (staat er al): 1; kapot: 1; niet opgeslagen: 0"
        ),
        "{}",
        tree(&h)
    );
    assert!(has_text_containing(
        &h,
        "binnengekomen: Groep Noord 2026-2027"
    ));
    assert!(has_text_containing(&h, "naast de reflectie die er al was"));
    assert!(has_text_containing(&h, "overgeslagen, staat er al"));
    assert!(
        has_text_containing(&h, "kapot.ron:2:"),
        "file, line and column\n{}",
        tree(&h)
    );
    let after = record(data.path());
    for (p, b) in &before {
        assert_eq!(after.get(p), Some(b), "{} unchanged", p.display());
    }
    assert_eq!(after.len(), 3, "two came in");
    assert_eq!(h.state().summaries().count(), 3, "the list is read again");

    // the report in English, and closed
    h.state_mut().settings.lang = reflectietool::Lang::En;
    h.run();
    assert!(
        has_text(
            &h,
            "Came in: 2; skipped (already here): 1; broken: 1; not saved: 0"
        ),
        "{}",
        tree(&h)
    );
    click(&mut h, Q::Label("Close report"));
    assert!(!has_text(&h, "Import report"));
}

#[test]
fn several_files_picked_at_once_are_gathered_and_one_is_opened_as_before() {
    let data = tempfile::tempdir().unwrap();
    let groups = tempfile::tempdir().unwrap();
    let a = groups.path().join("a.ron");
    let b = groups.path().join("b.ron");
    fs::write(&a, to_ron(&reflection("Groep Een", "2026-2027"))).unwrap();
    fs::write(&b, to_ron(&reflection("Groep Twee", "2026-2027"))).unwrap();
    let mut h = start(data.path());
    let picked = vec![a.clone(), b.clone()];
    h.state_mut().set_file_picker(Arc::new(move |r: &Request| {
        assert_eq!(r.purpose, Purpose::Import);
        Answer::ChosenMany(picked.clone())
    }));
    find(&h, Q::Label("Importeren…")).click();
    h.step();
    step_until(&mut h, "the report shows", |h| {
        has_text(h, "Verslag van het importeren")
    });
    assert!(has_text(
        &h,
        "Binnengekomen: 2; overgeslagen (staat er al): 0; kapot: 0; niet opgeslagen: 0"
    ));
    assert_eq!(record(data.path()).len(), 2);
    assert_eq!(
        h.state().page,
        reflectietool::app::Page::Home,
        "several files: the report, no reflection opened"
    );
}
