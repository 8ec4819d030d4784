//! Continuity across boards, below the window: starting the next board
//! year (a new linked reflection; the old file byte for byte the same),
//! the chain of linked years through the data folder on two questionnaire
//! versions, what carries over, and a broken link that is named while the
//! rest still works.

use std::path::Path;
use std::sync::Arc;

use reflectietool::Questionnaire;
use reflectietool::model::continuity::{self, Change};
use reflectietool::model::questionnaire::{Question, QuestionKind, Text};
use reflectietool::model::reflection::{
    ActionPoint, ActionStatus, Answer, Entry, NetworkKind, NetworkProfile, OutcomeResult,
    Reflection, ScaleAnswer,
};
use reflectietool::storage::Store;
use reflectietool::storage::catalogue::Catalogue;

fn profile(year: &str) -> NetworkProfile {
    NetworkProfile {
        name: "Studentenvereniging Ünal".into(),
        kind: NetworkKind::StudentAssociation,
        institution: "Hogeschool Utrecht".into(),
        city: "Utrecht".into(),
        dimensions: vec!["migratieachtergrond".into()],
        size: Some(80),
        board_year: year.into(),
    }
}

fn level(n: u8) -> Entry {
    Entry {
        answer: Some(Answer::Scale(ScaleAnswer::Level(n))),
        rationale: format!("omdat het niveau {n} is"),
        ..Entry::default()
    }
}

fn open(text: &str) -> Entry {
    Entry {
        answer: Some(Answer::Open(text.into())),
        ..Entry::default()
    }
}

fn action(id: &str, what: &str, status: ActionStatus) -> ActionPoint {
    ActionPoint {
        id: id.into(),
        theme: Some("waarde".into()),
        what: what.into(),
        who: "Voorzitter".into(),
        due: "2026-03-01".into(),
        status,
        ..ActionPoint::default()
    }
}

/// The questionnaire's next version: "waarde.verhaal" is gone and
/// "waarde.nieuw" is new.
fn version_2() -> Questionnaire {
    let mut q = Questionnaire::builtin_v1();
    q.version = "2.0".into();
    let theme = q.themes.iter_mut().find(|t| t.id == "waarde").unwrap();
    theme.questions.retain(|x| x.id != "waarde.verhaal");
    theme.questions.push(Question::new(
        "waarde.nieuw",
        Text::new(
            "Wat is er nieuw bij jullie netwerk?",
            "What is new at your network?",
        ),
        QuestionKind::Open {
            hint: Text::default(),
        },
    ));
    q
}

/// A reflection of 2025-2026 with answers and four actions.
fn year_2025(q: &Questionnaire) -> Reflection {
    let mut r = Reflection::new(profile("2025-2026"), q);
    r.agreed.insert("waarde.erkenning".into(), level(1));
    r.agreed.insert("waarde.contacten".into(), level(3));
    r.agreed
        .insert("waarde.verhaal".into(), open("Ons verhaal van vorig jaar"));
    r.agreed.insert(
        "positie.aanpassen-veranderen".into(),
        Entry {
            answer: Some(Answer::Position {
                now: Some(0.25),
                desired: Some(0.75),
            }),
            ..Entry::default()
        },
    );
    r.actions = vec![
        action("a1", "Mentorprogramma opzetten", ActionStatus::Done),
        action("a2", "Alumnidag houden", ActionStatus::Busy),
        action("a3", "Website vernieuwen", ActionStatus::Open),
        action("a4", "Samenwerking met de gemeente", ActionStatus::Dropped),
    ];
    r.letter = "Beste volgende bestuur, begin vroeg met de alumnidag.".into();
    r.private_notes
        .insert("waarde".into(), "PRIVÉ: niet doorgeven".into());
    r
}

fn catalogue(q1: &Questionnaire, q2: Option<&Questionnaire>) -> Catalogue {
    let mut c = Catalogue::builtin(Arc::new(q1.clone()));
    if let Some(q2) = q2 {
        c.add(q2.clone(), None);
    }
    c
}

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn the_next_year_is_linked_empty_and_leaves_the_old_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let q = Questionnaire::builtin_v1();
    let old = year_2025(&q);
    let old_path = store.save(&old).unwrap();
    let before = bytes(&old_path);

    let (new, new_path) = store.start_next_year(&old, &q, "2026-2027").unwrap();
    assert_ne!(new_path, old_path);
    assert_ne!(new.id, old.id);
    assert_eq!(new.network_id, old.network_id, "the same network");
    let link = new.continues.as_ref().expect("linked");
    assert_eq!(
        (link.id.as_str(), link.board_year.as_str()),
        (old.id.as_str(), "2025-2026")
    );
    assert_eq!(new.profile.board_year, "2026-2027");
    assert_eq!(new.profile.name, old.profile.name);
    assert_eq!(new.profile.institution, old.profile.institution);
    assert!(new.agreed.is_empty(), "the new board answers again");
    assert!(new.actions.is_empty());
    assert!(new.private_notes.is_empty(), "private notes do not travel");
    assert!(new.letter.is_empty());
    assert_eq!(new.previous_actions.len(), 4);
    for (p, a) in new.previous_actions.iter().zip(&old.actions) {
        assert_eq!(p.what, a.what);
        assert_eq!(p.status, a.status);
        assert!(p.outcome.is_none());
        let o = p.origin.as_ref().unwrap();
        assert_eq!(
            (o.reflection.as_str(), o.action.as_str()),
            (old.id.as_str(), a.id.as_str())
        );
    }
    assert_eq!(
        bytes(&old_path),
        before,
        "the old file is byte for byte the same"
    );
    assert!(!reflectietool::storage::backup_path(&old_path).exists());

    // on disk as it was returned
    let read = store.load_at(&new_path).unwrap().reflection;
    assert_eq!(read, new);

    // carrying an open action keeps its origin, once
    let mut new = read;
    let id = continuity::carry_action(&mut new, "a3").expect("carried");
    assert!(
        continuity::carry_action(&mut new, "a3").is_none(),
        "not twice"
    );
    let carried = new.actions.iter().find(|a| a.id == id).unwrap();
    assert_eq!(carried.what, "Website vernieuwen");
    assert_eq!(carried.origin.as_ref().unwrap().action, "a3");
    assert_eq!(carried.status, ActionStatus::Open);

    // the history finds last year
    let h = store.history(&new, &catalogue(&q, None));
    assert!(h.broken.is_none());
    assert_eq!(h.years.len(), 1);
    assert_eq!(h.years[0].reflection.id, old.id);
    assert_eq!(h.years[0].reflection.letter, old.letter);
}

#[test]
fn three_years_on_two_versions_keep_gone_answers_and_mark_new_questions() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let q1 = Questionnaire::builtin_v1();
    let q2 = version_2();
    let c = catalogue(&q1, Some(&q2));
    assert_eq!(c.newest("reflectietool").unwrap().version, "2.0");

    let mut first = year_2025(&q1);
    first.profile.board_year = "2024-2025".into();
    let first_path = store.save(&first).unwrap();
    let (mut second, second_path) = store.start_next_year(&first, &q1, "2025-2026").unwrap();
    second.agreed.insert("waarde.erkenning".into(), level(1));
    second
        .agreed
        .insert("waarde.verhaal".into(), open("Het verhaal van 2025"));
    store.save_at(&second_path, &second).unwrap();
    let (first_bytes, second_bytes) = (bytes(&first_path), bytes(&second_path));

    let newest = c.newest(&second.questionnaire.id).unwrap();
    let (mut third, third_path) = store
        .start_next_year(&second, &newest, "2026-2027")
        .unwrap();
    assert_eq!(third.questionnaire.version, "2.0");
    third.agreed.insert("waarde.erkenning".into(), level(3));
    store.save_at(&third_path, &third).unwrap();

    let h = store.history(&third, &c);
    assert!(h.broken.is_none(), "{:?}", h.broken);
    let years: Vec<&str> = h
        .years
        .iter()
        .map(|y| y.reflection.profile.board_year.as_str())
        .collect();
    assert_eq!(years, ["2025-2026", "2024-2025"], "last year first");
    assert_eq!(h.years[0].questionnaire.as_ref().unwrap().version, "1.0");

    let carry = continuity::carry_over(
        &h.years[0].reflection,
        h.years[0].questionnaire.as_deref(),
        &q2,
    );
    assert_eq!(
        carry.new,
        ["waarde.nieuw"],
        "the new question is marked new"
    );
    let gone = carry.gone.get("waarde.verhaal").expect("kept and listed");
    assert_eq!(
        gone.answer,
        Some(Answer::Open("Het verhaal van 2025".into()))
    );
    assert_eq!(
        reflectietool::model::answer_words::plain_answer(gone, reflectietool::Lang::Nl),
        "Het verhaal van 2025"
    );
    // same id carries over: last year's answer stands beside this year's
    let changes = continuity::theme_changes(&q2, &third.agreed, &h.years[0].reflection.agreed);
    let waarde = q2.themes.iter().position(|t| t.id == "waarde").unwrap();
    assert_eq!(changes[waarde], Some(Change::Up));
    let moved = continuity::moved_most(&q2, &third.agreed, &h.years[0].reflection.agreed, 5);
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].steps(), 2);

    assert_eq!(
        bytes(&first_path),
        first_bytes,
        "reading the chain writes nothing"
    );
    assert_eq!(bytes(&second_path), second_bytes);

    // a renamed file is still found by its id
    let renamed = dir.path().join("vorig-jaar.ron");
    std::fs::rename(&second_path, &renamed).unwrap();
    let h = store.history(&third, &c);
    assert_eq!(h.years.len(), 2, "{:?}", h.broken);
}

#[test]
fn a_missing_or_unreadable_year_is_named_and_the_rest_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let q = Questionnaire::builtin_v1();
    let c = catalogue(&q, None);
    let first = year_2025(&q);
    let first_path = store.save(&first).unwrap();
    let (second, second_path) = store.start_next_year(&first, &q, "2026-2027").unwrap();
    let (third, _) = store.start_next_year(&second, &q, "2027-2028").unwrap();

    // the oldest file deleted: last year is still found, the link before it is named
    std::fs::remove_file(&first_path).unwrap();
    let h = store.history(&third, &c);
    assert_eq!(h.years.len(), 1);
    let b = h.broken.as_ref().expect("named");
    assert_eq!(b.id, first.id);
    assert_eq!(b.board_year, "2025-2026");
    let text = b.describe();
    assert!(
        text.nl.contains("2025-2026") && text.nl.contains("niet (meer) in de map"),
        "{}",
        text.nl
    );
    assert!(
        text.en.contains("not (or no longer) in the folder"),
        "{}",
        text.en
    );

    // last year's file unreadable: named as such, nothing written there
    std::fs::write(&second_path, "Reflection(kapot").unwrap();
    let h = store.history(&third, &c);
    assert!(h.years.is_empty());
    let b = h.broken.as_ref().unwrap();
    assert_eq!(b.id, second.id);
    assert!(b.reason.nl.contains("niet te lezen"), "{}", b.reason.nl);
    assert_eq!(bytes(&second_path), b"Reflection(kapot");
}

#[test]
fn outcomes_and_the_letter_are_shared_private_notes_never() {
    let q = Questionnaire::builtin_v1();
    let old = year_2025(&q);
    let mut new = continuity::next_year(&old, &q, "2026-2027");
    new.previous_actions[0].outcome = Some(reflectietool::model::reflection::Outcome {
        result: OutcomeResult::Done,
        why: "twintig koppels".into(),
    });
    new.letter = "Aan het bestuur van 2027".into();
    new.private_notes.insert("waarde".into(), "GEHEIM".into());
    let copy = reflectietool::model::share::shared_copy(&new, "2026-11-25T20:00:00Z");
    assert_eq!(copy.previous_actions.len(), 4);
    assert_eq!(
        copy.previous_actions[0].outcome.as_ref().unwrap().why,
        "twintig koppels"
    );
    assert_eq!(copy.letter, "Aan het bestuur van 2027");
    assert!(copy.private_notes.is_empty());
    let mut no_notes = new.clone();
    no_notes.sharing.notes = false;
    no_notes.sharing.actions = false;
    let copy = reflectietool::model::share::shared_copy(&no_notes, "2026-11-25T20:00:00Z");
    assert!(copy.letter.is_empty() && copy.previous_actions.is_empty());
}
