//! The board's members and passing the laptop: members are added by a
//! label, renamed and removed (asked first, and brought back with their
//! answers); each member scores a theme's statements alone, without the
//! others' answers or the board's in the window (nor in the accessibility
//! tree); the progress line counts who has scored; all is back after the
//! window is closed and opened again.
//!
//! Run with `cargo test --test ui_members`.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::Queryable;
use reflectietool::app::Command;
use reflectietool::model::questionnaire::QuestionKind;
use reflectietool::model::reflection::{Answer, Entry, Reflection, ScaleAnswer};
use reflectietool::storage::Store;

/// The statement of theme 5, "Positie en samenwerking".
const Q_SCALE: &str = "We letten erop dat leden";
const Q_SCALE_ID: &str = "positie.overaanpassing";
fn open_on_positie() -> (tempfile::TempDir, Store, PathBuf, H) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let path = store.save(&reflection("Netwerk", "2026-2027")).unwrap();
    let h = reopen(tmp.path(), &path);
    (tmp, store, path, h)
}

fn reopen(dir: &Path, path: &Path) -> H {
    let mut h = start(dir);
    h.state_mut().push(Command::Open(path.to_owned()));
    h.run();
    h.state_mut().push(Command::SelectTheme(POSITIE));
    h.run();
    h
}

fn state(h: &H) -> &Reflection {
    &h.state()
        .session
        .as_ref()
        .expect("a reflection is open")
        .reflection
}

fn labels(r: &Reflection) -> Vec<String> {
    r.respondents.iter().map(|m| m.label.clone()).collect()
}

fn answer_of(r: &Reflection, member: &str) -> Option<Answer> {
    r.respondents
        .iter()
        .find(|m| m.label == member)
        .and_then(|m| m.answers.get(Q_SCALE_ID))
        .and_then(|e| e.answer.clone())
}

fn add_member(h: &mut H, label: &str) {
    type_into(h, Q::Label("Nieuw lid"), label);
    click(h, Q::Role(Role::Button, "Toevoegen"));
}

/// The statement's tile of this level.
fn tile(level: &str) -> Q<'_> {
    Q::InQuestion {
        prompt: Q_SCALE,
        label: level,
    }
}

/// Returns whether any radio button or selected item in the window is on
/// with this label.
fn any_checked(h: &H, label: &str) -> bool {
    let label = label.to_owned();
    h.query_all_by(move |n| {
        n.label().as_deref() == Some(label.as_str())
            && (matches!(n.toggled(), Some(Toggled::True)) || n.is_selected() == Some(true))
    })
    .next()
    .is_some()
}

fn any_label_containing(h: &H, part: &str) -> bool {
    let part = part.to_owned();
    h.query_all_by(move |n| n.label().is_some_and(|l| l.contains(part.as_str())))
        .next()
        .is_some()
}

/// Lets `member` score the statement at `level`, then passes the laptop on.
fn score(h: &mut H, member: &str, level: &str) {
    click(h, Q::Role(Role::Button, member));
    assert!(
        has_text(
            h,
            &format!("Nu scoort: {member} — de antwoorden van anderen zijn verborgen")
        ),
        "the banner says who scores\n{}",
        tree(h)
    );
    scroll_to(h, tile(level));
    click(h, tile(level));
    assert!(is_checked(h, tile(level)));
    click(h, Q::Role(Role::Button, "Klaar, geef door"));
    assert!(
        !exists(
            h,
            Q::InQuestion {
                prompt: Q_SCALE,
                label: level
            }
        ) && !has_text(h, "We letten erop"),
        "after passing on, no question is on screen\n{}",
        tree(h)
    );
}

#[test]
fn members_are_added_renamed_removed_and_brought_back() {
    let (_tmp, store, path, mut h) = open_on_positie();
    click(&mut h, Q::Role(Role::Button, "Leden…"));
    assert!(has_text(&h, "Leden van het bestuur"));
    assert!(
        has_text(&h, "Een rol of initialen"),
        "the hint says no full name is needed"
    );
    add_member(&mut h, "Voorzitter");
    add_member(&mut h, "PM");
    add_member(&mut h, "Secretaris");
    assert_eq!(labels(state(&h)), ["Voorzitter", "PM", "Secretaris"]);
    let ids: Vec<String> = state(&h).respondents.iter().map(|m| m.id.clone()).collect();
    assert!(
        ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2],
        "{ids:?}"
    );

    // rename: the field of member 2
    retype(&mut h, Q::Role(Role::TextInput, "Lid 2"), "Penningmeester");
    assert_eq!(
        labels(state(&h)),
        ["Voorzitter", "Penningmeester", "Secretaris"]
    );
    wait_saved(&mut h);
    assert_eq!(
        labels(&store.load_at(&path).unwrap().reflection),
        ["Voorzitter", "Penningmeester", "Secretaris"],
        "added and renamed members are saved"
    );

    // Penningmeester has an answer, to see it come back
    h.state_mut()
        .session
        .as_mut()
        .unwrap()
        .reflection
        .respondents[1]
        .answers
        .insert(
            Q_SCALE_ID.into(),
            Entry {
                answer: Some(Answer::Scale(ScaleAnswer::Level(1))),
                ..Entry::default()
            },
        );

    // removing asks first; Annuleren (the focused choice) keeps the member
    click(
        &mut h,
        Q::InRow {
            row: "Lid 2",
            label: "Verwijderen",
        },
    );
    assert!(has_text(&h, "Lid verwijderen?"));
    assert!(
        find(&h, Q::Role(Role::Button, "Annuleren")).is_focused(),
        "{}",
        tree(&h)
    );
    click(&mut h, Q::Role(Role::Button, "Annuleren"));
    assert!(!has_text(&h, "Lid verwijderen?"));
    assert_eq!(state(&h).respondents.len(), 3);

    click(
        &mut h,
        Q::InRow {
            row: "Lid 2",
            label: "Verwijderen",
        },
    );
    click(&mut h, Q::Role(Role::Button, "Lid verwijderen"));
    assert_eq!(labels(state(&h)), ["Voorzitter", "Secretaris"]);
    wait_saved(&mut h);
    assert_eq!(
        labels(&store.load_at(&path).unwrap().reflection),
        ["Voorzitter", "Secretaris"],
        "the removal is saved"
    );
    assert!(has_text(&h, "Verwijderd: Penningmeester"));
    click(&mut h, Q::Role(Role::Button, "Terugzetten"));
    assert_eq!(
        labels(state(&h)),
        ["Voorzitter", "Penningmeester", "Secretaris"]
    );
    assert_eq!(
        answer_of(state(&h), "Penningmeester"),
        Some(Answer::Scale(ScaleAnswer::Level(1))),
        "the member comes back with their answers"
    );
    wait_saved(&mut h);
    let disk = store.load_at(&path).unwrap().reflection;
    assert_eq!(
        labels(&disk),
        ["Voorzitter", "Penningmeester", "Secretaris"]
    );
    assert_eq!(
        answer_of(&disk, "Penningmeester"),
        Some(Answer::Scale(ScaleAnswer::Level(1)))
    );
    close_window(h);
}

#[test]
fn each_member_scores_alone_and_the_progress_line_counts() {
    let (tmp, store, path, mut h) = open_on_positie();
    click(&mut h, Q::Role(Role::Button, "Leden…"));
    for m in ["A", "B", "C"] {
        add_member(&mut h, m);
    }
    click(&mut h, Q::Role(Role::Button, "Sluiten"));
    // the board's own answer, with reasons written
    scroll_to(&mut h, tile("Helemaal"));
    click(&mut h, tile("Helemaal"));
    assert!(
        any_label_containing(&h, "Waarom"),
        "the reasons row is there for the board"
    );
    assert!(has_text(&h, "0 van 3 leden hebben dit thema gescoord"));

    score(&mut h, "A", "Grotendeels");
    // B scores: neither A's answer nor the board's is in the tree
    click(&mut h, Q::Role(Role::Button, "B"));
    assert!(has_text(&h, "Nu scoort: B"));
    assert!(
        !any_checked(&h, "Grotendeels"),
        "A's answer is hidden\n{}",
        tree(&h)
    );
    assert!(
        !any_checked(&h, "Helemaal"),
        "the board's answer is hidden\n{}",
        tree(&h)
    );
    assert!(
        !any_label_containing(&h, "Waarom"),
        "no reasons row while a member scores"
    );
    assert!(
        !has_text(&h, "Notities"),
        "no board notes while a member scores"
    );
    assert!(
        has_text(&h, "De andere "),
        "a line says the other questions are answered together\n{}",
        tree(&h)
    );
    assert!(
        !exists(&h, Q::Label("Co-creator: we bedenken samen nieuwe plannen")),
        "choice questions are not scored alone"
    );
    // nothing leads to the board's answers while a member scores
    assert!(!exists(&h, Q::Role(Role::Button, "☰ Overzicht")));
    h.state_mut().push(Command::ShowOverview { print: false });
    h.run();
    assert!(has_text(&h, "Nu scoort: B"), "the overview does not open");
    click(&mut h, Q::Role(Role::Button, "Klaar, geef door"));
    score(&mut h, "B", "Een beetje");
    score(&mut h, "C", "Nog niet");

    let r = state(&h);
    assert_eq!(
        answer_of(r, "A"),
        Some(Answer::Scale(ScaleAnswer::Level(2)))
    );
    assert_eq!(
        answer_of(r, "B"),
        Some(Answer::Scale(ScaleAnswer::Level(1)))
    );
    assert_eq!(
        answer_of(r, "C"),
        Some(Answer::Scale(ScaleAnswer::Level(0)))
    );
    assert_eq!(
        r.agreed.get(Q_SCALE_ID).and_then(|e| e.answer.clone()),
        Some(Answer::Scale(ScaleAnswer::Level(3))),
        "the board's answer is untouched"
    );
    // the statement alone is not the whole theme: the positions count too
    assert!(
        has_text(&h, "0 van 3 leden hebben dit thema gescoord"),
        "{}",
        tree(&h)
    );
    {
        let s = h.state_mut().session.as_mut().unwrap();
        let q = s.questionnaire.clone();
        let a = &mut s.reflection.respondents[0];
        for question in &q.themes[POSITIE].questions {
            let answer = match question.kind {
                QuestionKind::Scale { .. } => Answer::Scale(ScaleAnswer::Level(2)),
                QuestionKind::Position { .. } => Answer::Position {
                    now: Some(0.25),
                    desired: Some(0.75),
                },
                _ => continue,
            };
            a.answers.entry(question.id.clone()).or_insert(Entry {
                answer: Some(answer),
                ..Entry::default()
            });
        }
    }
    h.state_mut().push(Command::Edited);
    h.run();
    assert!(
        has_text(&h, "1 van 3 leden hebben dit thema gescoord"),
        "{}",
        tree(&h)
    );

    // close and open again: members and answers are back, in state and on disk
    wait_saved(&mut h);
    close_window(h);
    let disk = store.load_at(&path).unwrap().reflection;
    assert_eq!(labels(&disk), ["A", "B", "C"]);
    assert_eq!(
        answer_of(&disk, "B"),
        Some(Answer::Scale(ScaleAnswer::Level(1)))
    );
    let h = reopen(tmp.path(), &path);
    let r = state(&h);
    assert_eq!(labels(r), ["A", "B", "C"]);
    assert_eq!(
        answer_of(r, "A"),
        Some(Answer::Scale(ScaleAnswer::Level(2)))
    );
    assert_eq!(
        answer_of(r, "C"),
        Some(Answer::Scale(ScaleAnswer::Level(0)))
    );
    assert!(has_text(&h, "1 van 3 leden hebben dit thema gescoord"));
    close_window(h);
}
