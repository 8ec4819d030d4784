//! Sharing from the window: *Delen met de diversiteitscoördinator…* shows
//! what will and will not be in the copy, saves the board's choice like any
//! other change, and writes the copy and its PDF into the chosen folder off
//! the UI thread; the board's own file changes only in its choice.

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use reflectietool::app::workers::dialogs::{Answer, Purpose, Request};
use reflectietool::app::{Command, Level, Page};
use reflectietool::model::reflection::{MemberSharing, Reflection, new_id};
use reflectietool::storage::{self, Store};
use reflectietool::{Questionnaire, sample};

const PRIVATE: &str = "GEHEIM-PRIVÉ-7731";
const LABELS: [&str; 3] = ["Zarifa", "Bartholomeus", "Chidinma"];
const ACTION: &str = "ACTIEPUNT-UNIEK-4242";

/// A reflection with private notes, notes, actions, reasons and three
/// members, saved in the data folder; returns its file.
fn saved_board(dir: &Path) -> (Reflection, PathBuf) {
    let q = Questionnaire::builtin_v1();
    let mut r = sample::full_reflection(&q, "deel-venster", 3);
    r.profile.name = "Netwerk Delen".into();
    for (m, label) in r.respondents.iter_mut().zip(LABELS) {
        m.label = label.to_owned();
        m.id = new_id(label);
    }
    for note in r.private_notes.values_mut() {
        *note = format!("{PRIVATE} alleen voor ons");
    }
    r.actions[0].what = ACTION.into();
    r.sharing = Default::default();
    let path = Store::open(dir).unwrap().save(&r).unwrap();
    (r, path)
}

fn wait_until(h: &mut H, what: &str, done: impl Fn(&H) -> bool) {
    let start = Instant::now();
    while !done(h) {
        assert!(start.elapsed() < Duration::from_secs(60), "{what}");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.run();
}

/// Clicks *Delen*: the spinner turns until the share is written, so the
/// harness steps instead of running until the picture is still.
fn click_share(h: &mut H) {
    scroll_to(h, Q::Label("Delen"));
    find(h, Q::Label("Delen")).click();
    h.step();
    wait_until(h, "the share is written", |h| !h.state().is_sharing());
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Returns the texts below the heading `head` and beside it, in its column.
fn column(h: &H, head: &str) -> Vec<String> {
    let r = text(h, head).rect();
    h.query_all_by(|n| n.role() == Role::Label)
        .filter(|n| {
            let c = n.rect();
            c.top() > r.top() && c.left() >= r.left() - 2.0 && c.left() < r.left() + 40.0
        })
        .filter_map(|n| n.value())
        .collect()
}

#[test]
fn a_board_shares_a_copy_without_private_notes_names_or_actions() {
    let data = tempfile::tempdir().unwrap();
    let stick = tempfile::tempdir().unwrap();
    let (original, path) = saved_board(data.path());
    let mut h = start(data.path());
    let asked: Arc<Mutex<Vec<Request>>> = Arc::default();
    let asked_in = asked.clone();
    let folder = stick.path().to_owned();
    h.state_mut().set_file_picker(Arc::new(move |r: &Request| {
        asked_in.lock().unwrap().push(r.clone());
        Answer::Chosen(folder.clone())
    }));
    h.state_mut().push(Command::Open(path.clone()));
    h.run();

    click(&mut h, Q::Label("Delen met de diversiteitscoördinator…"));
    assert_eq!(h.state().page, Page::Share);
    // before anything is written, the screen says what goes and what not
    let not = column(&h, "✖ Gaat niet mee");
    assert!(not[0].starts_with("• Privénotities"), "{not:?}");
    assert!(!has_text_containing(&h, PRIVATE), "{}", tree(&h));
    let goes = column(&h, "✔ Gaat mee");
    assert!(
        goes.iter().any(|t| t.starts_with("• Actiepunten")),
        "{goes:?}"
    );

    // anonymous members, no action points
    click(&mut h, Q::Label("Zonder namen: als Lid 1, Lid 2, …"));
    click(&mut h, Q::Role(Role::CheckBox, "Actiepunten"));
    assert!(!is_checked(&h, Q::Role(Role::CheckBox, "Actiepunten")));
    let goes = column(&h, "✔ Gaat mee");
    let not = column(&h, "✖ Gaat niet mee");
    assert!(
        not.iter().any(|t| t.starts_with("• Actiepunten")),
        "{not:?}"
    );
    assert!(
        not.iter().any(|t| t == "• De namen van de leden"),
        "{not:?}"
    );
    assert!(
        goes.iter()
            .any(|t| t.contains("zonder namen: Lid 1 tot en met Lid 3")),
        "{goes:?}"
    );

    // the folder from the dialog, then Delen
    click(&mut h, Q::Label("Andere map kiezen…"));
    wait_until(&mut h, "the folder dialog closes", |h| {
        !h.state().is_dialog_open()
    });
    assert_eq!(asked.lock().unwrap()[0].purpose, Purpose::ShareFolder);
    assert!(has_text_containing(&h, &stick.path().display().to_string()));
    click_share(&mut h);
    let notice = h.state().notices.last().expect("a notice").clone();
    assert_eq!(notice.level, Level::Info, "{notice:?}");
    assert!(notice.actions.iter().any(|a| a.label.nl == "Map openen"));
    assert!(exists(&h, Q::Label("Map openen")), "{}", tree(&h));

    // the copy, read back with the program's own loader
    let copy_path = stick.path().join("netwerk-delen-2026-2027-gedeeld.ron");
    let text = std::fs::read_to_string(&copy_path).unwrap();
    let copy = storage::read_reflection(&copy_path).unwrap().reflection;
    assert!(!text.contains(PRIVATE), "no private note in the copy");
    for label in LABELS {
        assert!(
            !text.to_lowercase().contains(&label.to_lowercase()),
            "{label} in the copy"
        );
    }
    assert!(
        copy.actions.is_empty() && !text.contains(ACTION),
        "no action points"
    );
    assert_eq!(copy.notes, original.notes, "the notes go along");
    assert_eq!(copy.respondents.len(), 3);
    assert!(copy.shared.is_some(), "marked as a shared copy");
    let pdf = stick.path().join("netwerk-delen-2026-2027-gedeeld.pdf");
    let pdf = pdf_text(&pdf);
    assert!(pdf.contains("Netwerk Delen"));
    assert!(!pdf.contains(PRIVATE), "no private note in the PDF");
    assert!(!pdf.contains(ACTION), "no action point in the PDF");

    // the board's own file: only the sharing choice changed
    wait_saved(&mut h);
    let mine = storage::read_reflection(&path).unwrap().reflection;
    assert_eq!(mine.sharing.members, MemberSharing::Anonymous);
    assert!(!mine.sharing.actions);
    let mut expected = original.clone();
    expected.sharing = mine.sharing.clone();
    expected.updated = mine.updated.clone();
    assert_eq!(mine, expected);

    // sharing again writes next to it, never over it; Terug goes back
    click_share(&mut h);
    assert!(
        stick
            .path()
            .join("netwerk-delen-2026-2027-gedeeld (2).ron")
            .exists()
    );
    assert_eq!(std::fs::read_to_string(&copy_path).unwrap(), text);
    click(&mut h, Q::Label("Terug"));
    assert_eq!(h.state().page, Page::Reflect);
    close_window(h);
}

#[test]
fn without_a_folder_dialog_the_folder_is_typed_and_a_missing_one_is_reported() {
    let data = tempfile::tempdir().unwrap();
    let stick = tempfile::tempdir().unwrap();
    let (_, path) = saved_board(data.path());
    let mut h = start(data.path());
    h.state_mut()
        .set_file_picker(Arc::new(|_r: &Request| Answer::Unavailable));
    h.state_mut().push(Command::Open(path));
    h.state_mut().push(Command::ShowOverview { print: false });
    h.run();
    click(&mut h, Q::Label("Delen met de diversiteitscoördinator…"));
    click(&mut h, Q::Label("Andere map kiezen…"));
    wait_until(&mut h, "the dialog answers", |h| {
        !h.state().is_dialog_open()
    });
    let field = Q::Role(
        Role::TextInput,
        "Op deze computer kan het programma geen mapvenster openen. In welke map komt de kopie? Bijvoorbeeld de map van de stick.",
    );
    // nothing typed: said, nothing started
    retype(&mut h, field, "");
    click(&mut h, Q::Label("Delen"));
    assert!(!h.state().is_sharing());
    let notice = h.state().notices.last().unwrap().clone();
    assert_eq!(notice.level, Level::Error);
    assert!(notice.text.nl.contains("nog geen map"), "{notice:?}");
    // a folder that is not there: a clear message, nothing written
    let gone = stick.path().join("niet-hier");
    retype(&mut h, field, &gone.display().to_string());
    click_share(&mut h);
    let notice = h.state().notices.last().unwrap().clone();
    assert_eq!(notice.level, Level::Error);
    assert!(notice.text.nl.contains("bestaat niet"), "{notice:?}");
    assert!(notice.text.nl.contains("kies een andere map"), "{notice:?}");
    assert!(!gone.exists());
    // the stick's folder, typed, and Enter
    retype(&mut h, field, &stick.path().display().to_string());
    h.key_press(egui::Key::Enter);
    h.step();
    wait_until(&mut h, "the share is written", |h| !h.state().is_sharing());
    assert!(
        stick
            .path()
            .join("netwerk-delen-2026-2027-gedeeld.pdf")
            .exists()
    );
    click(&mut h, Q::Label("Terug"));
    assert_eq!(h.state().page, Page::Overview, "back where it was opened");
    close_window(h);
}

#[test]
fn the_share_page_is_reached_and_used_with_the_keyboard() {
    let data = tempfile::tempdir().unwrap();
    let (_, path) = saved_board(data.path());
    let mut h = start(data.path());
    h.state_mut().push(Command::Open(path));
    h.state_mut().push(Command::ShowShare);
    h.run();
    h.run();
    // the first control has the focus; Tab reaches every choice, the
    // folder and Delen; Space on a choice changes it, and it is saved
    assert!(
        find(&h, Q::Role(Role::CheckBox, "Notities per thema")).is_focused(),
        "{}",
        tree(&h)
    );
    tab_to(&mut h, Q::Role(Role::CheckBox, "Actiepunten"), 5);
    tab_to(&mut h, Q::Label("Met de namen die jullie ze gaven"), 8);
    h.key_press(egui::Key::Space);
    h.run();
    wait_saved(&mut h);
    assert_eq!(
        h.state()
            .session
            .as_ref()
            .unwrap()
            .reflection
            .sharing
            .members,
        MemberSharing::ByLabel
    );
    assert!(has_text_containing(
        &h,
        "met hun namen: Zarifa, Bartholomeus, Chidinma"
    ));
    tab_to(&mut h, Q::Label("Andere map kiezen…"), 5);
    tab_to(&mut h, Q::Label("Delen"), 5);
    tab_to(&mut h, Q::Label("Terug"), 5);
    close_window(h);
}

#[test]
fn the_share_page_at_laptop_size_from_100_to_200_percent() {
    use common::views::{View, snapshot_view, start_view};
    use reflectietool::Lang;
    let mut results = egui_kittest::SnapshotResults::new();
    for view in [
        View::new(1366, 768, 1.0, Lang::Nl, false),
        View::new(1366, 768, 2.0, Lang::Nl, false),
        View::new(1366, 768, 1.5, Lang::En, true),
        View::new(1366, 768, 2.0, Lang::En, true),
    ] {
        let data = tempfile::tempdir().unwrap();
        let (_, path) = saved_board(data.path());
        let mut h = start_view(data.path(), view);
        h.state_mut().push(Command::Open(path));
        h.state_mut().push(Command::ShowShare);
        h.run();
        // a folder that reads the same on every machine
        h.state_mut().share.as_mut().unwrap().folder = PathBuf::from("/media/usb-stick");
        settle(&mut h);
        // everything up to Delen is reachable by scrolling, nothing is cut
        scroll_to(&mut h, Q::Label(view.lang.pick("Delen", "Share")));
        let screen = h.ctx.content_rect();
        for n in h.query_all_by(|n| n.role() == Role::Label) {
            assert!(
                n.rect().right() <= screen.right() + 0.5,
                "{:?} runs off the window at {view:?}",
                n.value()
            );
        }
        // the picture: the members' choice and what goes along and what not
        scroll_to(
            &mut h,
            Q::Text(view.lang.pick("✖ Gaat niet mee", "✖ Not included")),
        );
        settle(&mut h);
        snapshot_view(&mut h, view, "share");
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

#[test]
fn home_tells_a_shared_copy_from_a_full_file() {
    let data = tempfile::tempdir().unwrap();
    let (board, _) = saved_board(data.path());
    let mut copy = reflectietool::model::share::shared_copy(&board, "2026-11-25T12:00:00Z");
    copy.id = "kopie-van-het-netwerk".into();
    copy.profile.name = "Kopie Netwerk".into();
    Store::open(data.path()).unwrap().save(&copy).unwrap();
    let h = start(data.path());
    let card = item_texts(&h, "Kopie Netwerk");
    assert!(
        card.iter()
            .any(|t| t.contains("gedeelde kopie van 25 november 2026")),
        "{card:?}"
    );
    let full = item_texts(&h, "Netwerk Delen");
    assert!(
        !full.iter().any(|t| t.contains("gedeelde kopie")),
        "{full:?}"
    );
}
