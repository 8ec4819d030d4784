//! The home page: how it works, cards with open points and actions, a
//! list that refreshes itself when the window comes back, an import that
//! is already here, the export notice's buttons, a delete question that
//! defaults to Annuleren, and the trash with *Terugzetten*.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use egui::accesskit::Role;
use reflectietool::Questionnaire;
use reflectietool::app::Page;
use reflectietool::app::workers::dialogs::{Answer, Request};
use reflectietool::model::reflection::{ActionPoint, Answer as Given, Entry};
use reflectietool::storage::{self, Store};

fn step_until(h: &mut H, what: &str, done: impl Fn(&H) -> bool) {
    let start = Instant::now();
    while !done(h) {
        assert!(start.elapsed() < Duration::from_secs(30), "{what}");
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    h.run();
}

fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && !p.ends_with("settings.ron"))
        .collect();
    v.sort();
    v
}

#[test]
fn home_explains_how_it_works_and_counts_open_points_and_actions() {
    let tmp = tempfile::tempdir().unwrap();
    let q = Questionnaire::builtin_v1();
    let mut r = reflection("Netwerk Teller", "2026-2027");
    let ids: Vec<String> = q.questions().map(|(_, qq)| qq.id.clone()).collect();
    let open_ids: Vec<&String> = ids
        .iter()
        .filter(|id| {
            matches!(
                q.question(id).map(|qq| &qq.kind),
                Some(reflectietool::model::questionnaire::QuestionKind::Open { .. })
            )
        })
        .take(3)
        .collect();
    assert_eq!(
        open_ids.len(),
        3,
        "the built-in questionnaire has open questions"
    );
    // answered; answered but to discuss later; skipped
    r.agreed.insert(
        open_ids[0].clone(),
        Entry {
            answer: Some(Given::Open("Ja".into())),
            ..Entry::default()
        },
    );
    r.agreed.insert(
        open_ids[1].clone(),
        Entry {
            answer: Some(Given::Open("Misschien".into())),
            discuss_later: true,
            ..Entry::default()
        },
    );
    r.agreed.insert(
        open_ids[2].clone(),
        Entry {
            skipped: true,
            ..Entry::default()
        },
    );
    for what in ["Ledenavond plannen", "Begroting maken"] {
        r.actions.push(ActionPoint {
            id: what.into(),
            what: what.into(),
            ..ActionPoint::default()
        });
    }
    Store::open(tmp.path()).unwrap().save(&r).unwrap();

    let mut h = start(tmp.path());
    // with reflections, how it works is folded: the cards come first
    assert!(!has_text_containing(&h, "2½ uur"), "{}", tree(&h));
    click(&mut h, Q::LabelContains("Hoe werkt het?"));
    assert!(has_text_containing(&h, "2½ uur"));
    assert!(has_text_containing(&h, "het bestuur samen"));
    assert!(has_text_containing(&h, "vanzelf op deze computer"));
    // all questions but the answered and the skipped one are open
    let open = q.question_count() - 2;
    let card = item_texts(&h, "Netwerk Teller");
    let want = format!("{open} open punten  ·  2 actiepunten");
    assert!(card.contains(&want), "{want:?} not in {card:?}");
    // dates as people write them, not 2026-11-25
    assert!(
        card.iter().any(|l| l.contains("laatste wijziging")
            && !l.contains(&r.updated[..10])
            && l.contains(", ")),
        "{card:?}"
    );
    close_window(h);
}

#[test]
fn the_list_refreshes_when_the_window_comes_back() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    assert!(h.state().summaries().next().is_none());
    // another program puts a file in the folder meanwhile
    Store::open(tmp.path())
        .unwrap()
        .save(&reflection("Netwerk van de stick", "2026-2027"))
        .unwrap();
    h.step();
    assert!(
        !has_text(&h, "Netwerk van de stick"),
        "not read without a reason"
    );
    h.event(egui::Event::WindowFocused(true));
    h.run();
    assert!(has_text(&h, "Netwerk van de stick"), "{}", tree(&h));
}

#[test]
fn importing_the_same_file_again_opens_the_one_that_is_here() {
    let tmp = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let source = reflection("Netwerk Dubbel", "2026-2027");
    let source_path = Store::open(usb.path()).unwrap().save(&source).unwrap();
    let picked = Arc::new(Mutex::new(source_path.clone()));
    let picked_in = picked.clone();
    let mut h = start(tmp.path());
    h.state_mut().set_file_picker(Arc::new(move |_r: &Request| {
        Answer::Chosen(picked_in.lock().unwrap().clone())
    }));

    click(&mut h, Q::Label("Importeren…"));
    step_until(&mut h, "the first import opens", |h| {
        h.state().page == Page::Reflect
    });
    let first = h.state().session.as_ref().unwrap().path.clone();
    click(&mut h, Q::Label("⌂ Reflecties"));
    assert_eq!(ron_files(tmp.path()), vec![first.clone()]);

    click(&mut h, Q::Label("Importeren…"));
    step_until(&mut h, "the second import opens", |h| {
        h.state().page == Page::Reflect
    });
    assert_eq!(
        h.state().session.as_ref().unwrap().path,
        first,
        "the reflection that is here is opened"
    );
    assert!(has_text(&h, "Deze reflectie staat er al"), "{}", tree(&h));
    assert_eq!(ron_files(tmp.path()), vec![first.clone()], "no second file");
    click(&mut h, Q::Label("⌂ Reflecties"));
    assert_eq!(h.state().summaries().count(), 1, "one card");

    // a different file with the same id is a reflection of its own
    let mut other = source.clone();
    other.profile.name = "Netwerk Anders".into();
    other.touch();
    let other_dir = tempfile::tempdir().unwrap();
    *picked.lock().unwrap() = Store::open(other_dir.path()).unwrap().save(&other).unwrap();
    click(&mut h, Q::Label("Importeren…"));
    step_until(&mut h, "the third import opens", |h| {
        h.state().page == Page::Reflect
    });
    let already = |h: &H| {
        h.state()
            .notices
            .iter()
            .filter(|n| n.text.nl.starts_with("Deze reflectie staat er al"))
            .count()
    };
    // the second import's message closed on the way home; the third
    // import, a reflection of its own, does not say so
    assert_eq!(already(&h), 0, "only the second import said so");
    let third = &h.state().session.as_ref().unwrap().reflection;
    assert_ne!(third.id, source.id, "it got an id of its own");
    let third_path = h.state().session.as_ref().unwrap().path.clone();
    assert_eq!(ron_files(tmp.path()).len(), 2);

    // that file once more: the same content under the id it got here
    click(&mut h, Q::Label("⌂ Reflecties"));
    click(&mut h, Q::Label("Importeren…"));
    step_until(&mut h, "the fourth import opens", |h| {
        h.state().page == Page::Reflect
    });
    assert_eq!(h.state().session.as_ref().unwrap().path, third_path);
    assert_eq!(
        already(&h),
        1,
        "the fourth import says the reflection is here"
    );
    assert_eq!(ron_files(tmp.path()).len(), 2, "still two files");
}

#[test]
fn an_export_notice_opens_the_pdf_and_its_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("werkblad.pdf");
    let opened: Arc<Mutex<Vec<PathBuf>>> = Arc::default();
    let opened_in = opened.clone();
    let mut h = start(tmp.path());
    h.state_mut().open_viewer = false;
    h.state_mut().set_opener(Arc::new(move |p: &Path| {
        opened_in.lock().unwrap().push(p.to_owned());
        Ok(())
    }));
    let chosen = pdf.clone();
    h.state_mut()
        .set_file_picker(Arc::new(move |_r: &Request| Answer::Chosen(chosen.clone())));
    // the controls of the bar and the page's first button stay where they are
    let zoom_button = |h: &H| {
        (
            find(h, Q::Label("Nederlands")).rect(),
            find(h, Q::Label("+ Nieuwe reflectie")).rect(),
        )
    };
    let before = zoom_button(&h);

    // the spinner repaints while the PDF is made: step, do not run
    scroll_to(&mut h, Q::Label("Leeg werkblad (pdf)…"));
    find(&h, Q::Label("Leeg werkblad (pdf)…")).click();
    let start_wait = Instant::now();
    let mut seen_progress = false;
    while !pdf.exists() || h.state().is_exporting() || h.state().is_dialog_open() {
        assert!(
            start_wait.elapsed() < Duration::from_secs(60),
            "the PDF was made"
        );
        h.step();
        if h.state().is_exporting() && has_text(&h, "Pdf maken…") {
            seen_progress = true;
            assert_eq!(zoom_button(&h), before, "the progress moves nothing");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run();
    assert!(seen_progress, "the page showed that the PDF was being made");
    assert!(!has_text(&h, "Pdf maken…"));
    // (the notice that follows sits above the page, as every notice does)
    assert_eq!(zoom_button(&h).0, before.0);
    assert!(
        has_text_containing(&h, &pdf.display().to_string()),
        "{}",
        tree(&h)
    );
    assert!(
        opened.lock().unwrap().is_empty(),
        "nothing opens by itself in tests"
    );

    click(&mut h, Q::Label("Pdf openen"));
    click(&mut h, Q::Label("Map openen"));
    assert_eq!(
        *opened.lock().unwrap(),
        vec![pdf.clone(), out.path().to_owned()]
    );

    // an opener that fails says so in plain words
    h.state_mut().set_opener(Arc::new(|_p: &Path| {
        Err(std::io::Error::from_raw_os_error(2))
    }));
    click(&mut h, Q::Label("Pdf openen"));
    assert!(
        has_text_containing(&h, "geen programma op deze computer wilde het openen"),
        "{}",
        tree(&h)
    );
    assert!(!has_text_containing(&h, "os error"));
    // and a PDF that is gone meanwhile is said to be gone
    fs::remove_file(&pdf).unwrap();
    click(&mut h, Q::Label("Pdf openen"));
    assert!(has_text_containing(&h, "bestaat niet meer"), "{}", tree(&h));
}

#[test]
fn the_delete_question_defaults_to_cancel() {
    let tmp = tempfile::tempdir().unwrap();
    let r = reflection("Netwerk Blijft", "2026-2027");
    let path = Store::open(tmp.path()).unwrap().save(&r).unwrap();
    let mut h = start(tmp.path());
    click(
        &mut h,
        Q::InRow {
            row: "Netwerk Blijft",
            label: "Verwijderen…",
        },
    );
    assert!(has_text(&h, "Reflectie verwijderen?"));
    h.run();
    assert!(
        find(&h, Q::Role(Role::Button, "Annuleren")).is_focused(),
        "Annuleren has the focus\n{}",
        tree(&h)
    );
    assert!(exists(&h, Q::Role(Role::Button, "Naar prullenbak")));
    // Enter on the focused button cancels
    press(&mut h, egui::Modifiers::NONE, egui::Key::Enter);
    assert!(!has_text(&h, "Reflectie verwijderen?"), "{}", tree(&h));
    assert!(path.exists());
    assert_eq!(h.state().home.confirm_delete, None);
    // asked again, the focus is on Annuleren again
    click(
        &mut h,
        Q::InRow {
            row: "Netwerk Blijft",
            label: "Verwijderen…",
        },
    );
    h.run();
    assert!(find(&h, Q::Role(Role::Button, "Annuleren")).is_focused());
}

#[test]
fn a_trashed_reflection_is_restored_from_home_with_its_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let q = Questionnaire::builtin_v1();
    let r = reflectietool::sample::full_reflection(&q, "volledig", 1);
    let name = format!("{} {}", r.profile.name, r.profile.board_year);
    let path = Store::open(tmp.path()).unwrap().save(&r).unwrap();
    let mut h = start(tmp.path());
    assert!(
        !exists(&h, Q::LabelContains("Prullenbak")),
        "no trash shown while it is empty"
    );

    click(&mut h, Q::Label(&format!("Verwijderen…: {name}")));
    click(&mut h, Q::Label("Naar prullenbak"));
    assert!(!path.exists());
    assert_eq!(h.state().summaries().count(), 0);
    assert!(exists(&h, Q::Label("Prullenbak (1)")));

    click(&mut h, Q::Label("Prullenbak (1)"));
    click(&mut h, Q::Label(&format!("Terugzetten: {name}")));
    assert!(path.exists(), "back under its own name");
    assert_eq!(
        storage::read_reflection(&path).unwrap().reflection,
        r,
        "with all its answers"
    );
    assert_eq!(h.state().summaries().count(), 1, "the card is back");
    assert!(!exists(&h, Q::LabelContains("Prullenbak (")));
    assert!(has_text_containing(&h, "Teruggezet uit de prullenbak"));

    // the notice of a delete puts it back too
    click(&mut h, Q::Label(&format!("Verwijderen…: {name}")));
    click(&mut h, Q::Label("Naar prullenbak"));
    assert!(!path.exists());
    assert!(has_text_containing(
        &h,
        &format!("“{name}” staat nu in de prullenbak")
    ));
    click(&mut h, Q::Label("Terugzetten"));
    assert!(path.exists());
    assert_eq!(h.state().summaries().count(), 1);

    click(&mut h, Q::Label(&format!("Openen: {name}")));
    assert_eq!(h.state().session.as_ref().unwrap().reflection, r);
}

#[test]
fn a_home_page_with_trash_and_messages_is_idle_when_nothing_happens() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    store
        .save(&reflection("Netwerk Stil", "2026-2027"))
        .unwrap();
    let gone = store.save(&reflection("Netwerk Weg", "2026-2027")).unwrap();
    let mut h = start(tmp.path());
    click(&mut h, Q::Label("Verwijderen…: Netwerk Weg 2026-2027"));
    click(&mut h, Q::Label("Naar prullenbak"));
    assert!(!gone.exists());
    click(&mut h, Q::Label("Prullenbak (1)"));
    let repaint_delay = |h: &H| {
        h.output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map(|v| v.repaint_delay)
            .unwrap_or(Duration::MAX)
    };
    let mut quiet = false;
    for _ in 0..10 {
        h.step();
        if repaint_delay(&h) == Duration::MAX {
            quiet = true;
            break;
        }
    }
    assert!(quiet, "{:?}", h.ctx.repaint_causes());
    for _ in 0..3 {
        h.step();
        assert_eq!(
            repaint_delay(&h),
            Duration::MAX,
            "{:?}",
            h.ctx.repaint_causes()
        );
    }
}

/// On a first start (no reflections yet) "Hoe werkt het?" is open.
#[test]
fn how_it_works_is_open_on_a_first_start() {
    let tmp = tempfile::tempdir().unwrap();
    let h = start(tmp.path());
    assert!(has_text_containing(&h, "2½ uur"), "{}", tree(&h));
    assert!(has_text_containing(&h, "het bestuur samen"));
    assert!(has_text_containing(&h, "Op een beamer: kies Licht"));
}
