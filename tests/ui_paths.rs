//! Files are found by the path they were listed with, never by the id
//! inside them: a file whose name differs from its id opens and is saved in
//! place; two files with the same id are both listed and both kept apart.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::*;
use egui::accesskit::Role;
use reflectietool::app::Page;
use reflectietool::storage::{self, Store, TRASH_DIR, to_ron};

const NOTES: &str = "Notities — komen in de pdf";

/// Writes a reflection into the data folder under a file name of its own
/// choosing, as a mail program or a person renaming it would.
fn put(dir: &Path, file: &str, name: &str, id: &str) -> PathBuf {
    let mut r = reflection(name, "2026-2027");
    r.id = id.to_owned();
    let path = dir.join(file);
    fs::write(&path, to_ron(&r)).unwrap();
    path
}

/// Clicks *Openen* on the card of `name` and checks that it opened.
fn open(h: &mut H, name: &str) {
    click(
        h,
        Q::InRow {
            row: name,
            label: "Openen",
        },
    );
    assert_eq!(
        h.state().page,
        Page::Reflect,
        "{name} opens; notices: {:?}",
        h.state().notices
    );
    assert_eq!(
        h.state().session.as_ref().unwrap().reflection.profile.name,
        name
    );
}

/// Types a note on the first theme, waits for the save and goes home.
fn note_and_go_home(h: &mut H, note: &str) {
    type_into(h, Q::Role(Role::MultilineTextInput, NOTES), note);
    wait_saved(h);
    click(h, Q::Label("⌂ Reflecties"));
    assert_eq!(h.state().page, Page::Home, "{:?}", h.state().notices);
}

fn notes_in(path: &Path) -> Vec<String> {
    storage::read_reflection(path)
        .unwrap()
        .reflection
        .notes
        .into_values()
        .collect()
}

fn ron_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    v.sort();
    v
}

#[test]
fn a_file_named_otherwise_than_its_id_opens_and_is_saved_in_place() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let file = put(dir, "netwerk (1).ron", "Netwerk Gemaild", "CON");

    let mut h = start(dir);
    assert!(has_text(&h, "Netwerk Gemaild"), "{}", tree(&h));
    open(&mut h, "Netwerk Gemaild");
    note_and_go_home(&mut h, "Opgeslagen in het gemailde bestand.");

    assert_eq!(
        notes_in(&file),
        vec!["Opgeslagen in het gemailde bestand.".to_owned()],
        "the edit is in the file that was listed"
    );
    assert_eq!(
        storage::read_reflection(&file).unwrap().reflection.id,
        "CON",
        "the id inside is kept"
    );
    assert!(!dir.join("CON.ron").exists(), "no file named by the id");
    assert_eq!(ron_files(dir), vec!["netwerk (1).ron".to_owned()]);
    close_window(h);
}

#[test]
fn two_files_with_the_same_id_are_both_listed_edited_and_deleted_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let first = put(dir, "dubbel.ron", "Pride Utrecht", "dubbel");
    let second = put(dir, "dubbel (2).ron", "Pride Utrecht kopie", "dubbel");

    let mut h = start(dir);
    assert!(
        has_text(&h, "Pride Utrecht kopie") && exists(&h, Q::Text("Pride Utrecht")),
        "both are listed\n{}",
        tree(&h)
    );
    assert_eq!(h.state().summaries().count(), 2);

    open(&mut h, "Pride Utrecht");
    note_and_go_home(&mut h, "Notitie van het eerste bestand.");
    open(&mut h, "Pride Utrecht kopie");
    note_and_go_home(&mut h, "Notitie van het tweede bestand.");

    assert_eq!(
        notes_in(&first),
        vec!["Notitie van het eerste bestand.".to_owned()]
    );
    assert_eq!(
        notes_in(&second),
        vec!["Notitie van het tweede bestand.".to_owned()]
    );
    let names = |p: &Path| storage::read_reflection(p).unwrap().reflection.profile.name;
    assert_eq!(names(&first), "Pride Utrecht");
    assert_eq!(names(&second), "Pride Utrecht kopie");

    // delete the second card: exactly that file goes to the trash
    click(
        &mut h,
        Q::InRow {
            row: "Pride Utrecht kopie",
            label: "Verwijderen…",
        },
    );
    assert!(
        has_text_containing(&h, "“Pride Utrecht kopie 2026-2027”"),
        "the confirmation names the second reflection\n{}",
        tree(&h)
    );
    click(&mut h, Q::Label("Naar prullenbak"));
    assert!(!second.exists(), "the second file left the data folder");
    assert!(first.exists(), "the first stays");
    assert_eq!(names(&first), "Pride Utrecht");
    let trashed: Vec<PathBuf> = fs::read_dir(dir.join(TRASH_DIR))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(trashed.len(), 1, "{trashed:?}");
    assert_eq!(names(&trashed[0]), "Pride Utrecht kopie");
    assert!(has_text(&h, "Pride Utrecht") && !has_text(&h, "Pride Utrecht kopie"));
    close_window(h);
}

#[test]
fn saving_and_trashing_outside_the_data_folder_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let r = reflection("Buiten", "2026-2027");
    let outside = elsewhere.path().join("buiten.ron");
    assert!(store.save_at(&outside, &r).is_err());
    assert!(!outside.exists(), "nothing written outside the data folder");
    fs::write(&outside, to_ron(&r)).unwrap();
    assert!(store.trash_at(&outside).is_err());
    assert!(outside.exists(), "a file outside is not moved");
    let sneaky = tmp.path().join("..").join("buiten.ron");
    assert!(store.save_at(&sneaky, &r).is_err());
    let err = store
        .save_at(&tmp.path().join("sub").join("x.ron"), &r)
        .unwrap_err();
    assert!(
        err.describe(reflectietool::Lang::Nl)
            .contains("gegevensmap"),
        "{}",
        err.describe(reflectietool::Lang::Nl)
    );
}

#[test]
fn new_paths_never_collide() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let a = store.new_path_for("netwerk");
    assert_eq!(a, tmp.path().join("netwerk.ron"));
    fs::write(&a, "x").unwrap();
    let b = store.new_path_for("netwerk");
    assert_ne!(a, b);
    assert!(!b.exists());
    fs::write(&b, "x").unwrap();
    let c = store.new_path_for("netwerk");
    assert!(c != a && c != b && !c.exists());
    // an id that cannot be a file name still gets a safe, fresh one
    for bad in ["../../../tmp/evil", "CON", ""] {
        let p = store.new_path_for(bad);
        assert_eq!(p.parent(), Some(tmp.path()), "{bad:?}: {p:?}");
        assert!(!p.exists());
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            reflectietool::format::reflection::is_safe_id(&stem),
            "{stem}"
        );
    }
}

#[test]
fn an_imported_format_1_file_with_a_byte_order_mark_opens_and_is_written_as_format_2() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    // as Windows Notepad saves it: a byte order mark before the text
    let source = outside.path().join("netwerk (2).ron");
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(fs::read(root_dir().join("tests/reflections/format1.ron")).unwrap());
    fs::write(&source, &bytes).unwrap();
    let mut h = start(dir.path());
    command(&mut h, reflectietool::app::Command::Import(source.clone()));
    assert_eq!(h.state().page, Page::Reflect, "{:?}", h.state().notices);
    let session = h.state().session.as_ref().unwrap();
    assert_eq!(session.reflection.answered_any(), 54);
    let copy = session.path.clone();
    assert_eq!(copy.parent().unwrap(), dir.path());
    let written = fs::read_to_string(&copy).unwrap();
    assert!(
        written.contains("format_version: 2,"),
        "the copy is format 2"
    );
    // so no notice says it will be converted at the next change
    assert!(
        !h.state()
            .notices
            .iter()
            .any(|n| n.text.en.contains("file format 1")),
        "{:?}",
        h.state().notices
    );
    // the source was only read
    assert_eq!(fs::read(&source).unwrap(), bytes);
}

fn root_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Applies a command as a click would, and lets the frames settle.
fn command(h: &mut H, c: reflectietool::app::Command) {
    h.state_mut().push(c);
    h.step();
    h.step();
    h.run();
}
