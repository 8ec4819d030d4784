//! The window's "Import members' answers…" button: the file dialog for
//! several files (a test double that returns three members' files), one
//! message that says who was added and what was refused, the members in
//! the open reflection, and on disk after the autosave.

mod common;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use reflectietool::Questionnaire;
use reflectietool::app::workers::dialogs::{Answer, Purpose, Request};
use reflectietool::app::{Command, Level};
use reflectietool::model::reflection::{Entry, Reflection};
use reflectietool::sample::answer_for;
use reflectietool::storage::Store;

const BUTTON: &str = "Antwoorden van leden importeren…";

fn member(name: &str, board: &Reflection, seed: usize) -> Reflection {
    let q = Questionnaire::builtin_v1();
    let mut r = Reflection::new(profile(name, "2026-2027"), &q);
    r.network_id = board.network_id.clone();
    r.agreed = q
        .questions()
        .take(5)
        .enumerate()
        .map(|(i, (_, question))| {
            (
                question.id.clone(),
                Entry {
                    answer: Some(answer_for(&q, question, seed + i)),
                    ..Entry::default()
                },
            )
        })
        .collect();
    r
}

fn step_until(h: &mut H, what: &str, done: impl Fn(&H) -> bool) {
    let start = Instant::now();
    while !done(h) {
        assert!(start.elapsed() < Duration::from_secs(30), "{what}");
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    h.run();
}

#[test]
fn the_button_imports_three_members_files_and_the_autosave_writes_them() {
    let data = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let board = reflection("Netwerk", "2026-2027");
    let path = store.save(&board).unwrap();
    let usb_store = Store::open(usb.path()).unwrap();
    let mut files: Vec<PathBuf> = ["Voorzitter", "Penningmeester", "Secretaris"]
        .iter()
        .enumerate()
        .map(|(i, name)| usb_store.save(&member(name, &board, i * 3)).unwrap())
        .collect();
    let mut other = member("Vreemd", &board, 1);
    other.questionnaire.id = "andere-vragenlijst".into();
    let refused = usb_store.save(&other).unwrap();
    files.push(refused.clone());
    let usb_before: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();

    let requests = Arc::new(Mutex::new(Vec::<Request>::new()));
    let seen = requests.clone();
    let chosen = files.clone();
    let mut h = start(data.path());
    h.state_mut().set_file_picker(Arc::new(move |r: &Request| {
        seen.lock().unwrap().push(r.clone());
        Answer::ChosenMany(chosen.clone())
    }));
    h.state_mut().push(Command::Open(path.clone()));
    h.run();

    click(&mut h, Q::Label(BUTTON));
    step_until(&mut h, "the import's message", |h| {
        !h.state().notices.is_empty()
    });
    assert_eq!(requests.lock().unwrap()[0].purpose, Purpose::ImportMembers);

    // one message: who was added, and the refused file with its reason
    assert!(
        has_text_containing(
            &h,
            "Toegevoegd als lid (3): “Voorzitter”, “Penningmeester”, “Secretaris”."
        ),
        "{}",
        tree(&h)
    );
    assert!(
        has_text_containing(&h, "andere vragenlijst"),
        "{}",
        tree(&h)
    );
    assert_eq!(h.state().notices.len(), 1);
    assert_eq!(
        h.state().notices[0].level,
        Level::Error,
        "a refused file stays on screen"
    );
    let labels =
        |r: &Reflection| -> Vec<String> { r.respondents.iter().map(|m| m.label.clone()).collect() };
    let session = h.state().session.as_ref().unwrap();
    assert_eq!(
        labels(&session.reflection),
        ["Voorzitter", "Penningmeester", "Secretaris"]
    );

    wait_saved(&mut h);
    let on_disk = store.load_at(&path).unwrap().reflection;
    assert_eq!(
        labels(&on_disk),
        ["Voorzitter", "Penningmeester", "Secretaris"]
    );
    assert_eq!(
        on_disk.respondents[1].answers,
        member("Penningmeester", &board, 3).agreed,
        "the member's answers came along"
    );

    // the same files again: nobody added twice
    h.state_mut().push(Command::Dismiss(0));
    h.run();
    click(&mut h, Q::Label(BUTTON));
    step_until(&mut h, "the second message", |h| {
        !h.state().notices.is_empty()
    });
    assert!(
        has_text_containing(&h, "Staat er al (niet opnieuw toegevoegd)"),
        "{}",
        tree(&h)
    );
    assert_eq!(
        h.state()
            .session
            .as_ref()
            .unwrap()
            .reflection
            .respondents
            .len(),
        3
    );

    let usb_after: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    assert_eq!(usb_after, usb_before, "the members' files are not written");
}

#[test]
fn without_a_file_dialog_a_field_takes_the_paths_one_per_line() {
    let data = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let board = reflection("Netwerk", "2026-2027");
    let path = store.save(&board).unwrap();
    let usb_store = Store::open(usb.path()).unwrap();
    let a = usb_store.save(&member("Voorzitter", &board, 1)).unwrap();
    let b = usb_store.save(&member("Secretaris", &board, 2)).unwrap();
    let mut h = start(data.path());
    h.state_mut()
        .set_file_picker(Arc::new(|_r: &Request| Answer::Unavailable));
    h.state_mut().push(Command::Open(path.clone()));
    h.run();

    const FIELD: &str = "Bestanden van de leden";
    assert!(!exists(&h, Q::Label(FIELD)));
    click(&mut h, Q::Label(BUTTON));
    step_until(&mut h, "the path field", |h| exists(h, Q::Label(FIELD)));
    type_into(
        &mut h,
        Q::Role(egui::accesskit::Role::MultilineTextInput, FIELD),
        &format!("{}\n\"{}\"", a.display(), b.display()),
    );
    click(&mut h, Q::Label("Importeren"));
    assert!(
        has_text_containing(&h, "Toegevoegd als lid (2): “Voorzitter”, “Secretaris”."),
        "{}",
        tree(&h)
    );
    assert!(!exists(&h, Q::Label(FIELD)), "the field closed");
    wait_saved(&mut h);
    assert_eq!(
        store.load_at(&path).unwrap().reflection.respondents.len(),
        2
    );
}
