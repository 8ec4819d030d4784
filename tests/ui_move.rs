//! Moving a reflection from questionnaire 1.0 to 2.0 in the window, on
//! request: the sidebar offers it, the page lists what carries over, what
//! is new and what is kept aside, and after the move the file names 2.0
//! with every answer still in it. A reflection on 2.0 is offered nothing.

mod common;

use common::*;
use reflectietool::model::questionnaire::Questionnaire;
use reflectietool::model::reflection::{Answer, Entry, Reflection, ScaleAnswer};

#[test]
fn a_1_0_reflection_moves_to_2_0_with_every_answer_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = Reflection::new(
        profile("Oud Netwerk", "2025-2026"),
        &Questionnaire::builtin_v1(),
    );
    // one answer that 2.0 keeps, one it no longer asks
    r.agreed.insert(
        "waarde.erkenning".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::Level(3))),
            ..Entry::default()
        },
    );
    r.agreed.insert(
        "waarde.verhaal".into(),
        Entry {
            answer: Some(Answer::Open("De diploma-uitreiking.".into())),
            ..Entry::default()
        },
    );
    let mut h = start_open(dir.path(), &r, WINDOW);
    click(&mut h, Q::Label("Overzetten naar vragenlijst 2.0…"));
    assert!(
        has_text_containing(&h, "alle 2 antwoorden blijven in het bestand"),
        "{}",
        tree(&h)
    );
    let q2 = Questionnaire::builtin();
    let plan = reflectietool::model::upgrade::plan_move(&r, &Questionnaire::builtin_v1(), &q2);
    assert_eq!(plan.carried, ["waarde.erkenning"]);
    assert_eq!(plan.kept_aside, ["waarde.verhaal"]);
    assert!(exists(&h, Q::Label("Gaan mee (1)")), "{}", tree(&h));
    assert!(exists(&h, Q::Label("Apart bewaard (1)")));
    let new = q2
        .questions_for(r.profile.kind)
        .filter(|(_, q)| plan.new.contains(&q.id))
        .count();
    assert!(exists(&h, Q::Label(&format!("Nieuw ({new})"))));
    // the list names the question kept aside by its 1.0 prompt
    click(&mut h, Q::Label("Apart bewaard (1)"));
    assert!(has_text_containing(
        &h,
        "Welk moment van het afgelopen jaar"
    ));

    click(
        &mut h,
        Q::Role(
            egui::accesskit::Role::Button,
            "Overzetten naar vragenlijst 2.0",
        ),
    );
    wait_saved(&mut h);
    let s = h.state().session.as_ref().unwrap();
    assert_eq!(s.full_questionnaire.version, "2.0");
    assert!(s.newer.is_none(), "nothing newer to move to");
    let saved = reflectietool::storage::read_reflection(&s.path)
        .unwrap()
        .reflection;
    assert_eq!(saved.questionnaire.version, "2.0");
    assert_eq!(saved.agreed, r.agreed, "every answer is still in the file");
    assert!(
        has_text_containing(&h, "Overgezet naar vragenlijst 2.0: 1 antwoord gaat mee"),
        "{}",
        tree(&h)
    );
    assert!(!exists(&h, Q::Label("Overzetten naar vragenlijst 2.0…")));
    close_window(h);
}

#[test]
fn a_reflection_on_2_0_is_offered_no_move() {
    let dir = tempfile::tempdir().unwrap();
    let r = Reflection::new(
        profile("Nieuw Netwerk", "2026-2027"),
        &Questionnaire::builtin(),
    );
    let h = start_open(dir.path(), &r, WINDOW);
    assert!(h.state().session.as_ref().unwrap().newer.is_none());
    assert!(!exists(&h, Q::LabelContains("Overzetten naar vragenlijst")));
    close_window(h);
}
