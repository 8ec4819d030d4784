//! Questionnaire 2.0 in the window, as a board uses it: a statement shows
//! its hint and a labelled "Hoe weten jullie dit?" field whose text reaches
//! the file; an employee network reads "collega's" and does not see the
//! questions for students; changing the kind of network changes what the
//! theme page shows; a reflection made on 1.0 opens with its own texts.

mod common;

use common::*;
use egui_kittest::kittest::Queryable;
use reflectietool::app::Command;
use reflectietool::model::questionnaire::Questionnaire;
use reflectietool::model::reflection::{NetworkKind, Reflection};

/// A new reflection on 2.0 for a network of this kind.
fn on_2_0(kind: NetworkKind) -> Reflection {
    let mut profile = profile("Netwerk", "2026-2027");
    profile.kind = kind;
    Reflection::new(profile, &Questionnaire::builtin())
}

/// The index of a theme of the questionnaire the window shows.
fn theme_of(h: &H, question: &str) -> usize {
    let q = &h.state().session.as_ref().unwrap().questionnaire;
    q.themes
        .iter()
        .position(|t| t.questions.iter().any(|x| x.id == question))
        .unwrap_or_else(|| panic!("{question} is on a theme page"))
}

#[test]
fn the_evidence_field_of_a_statement_reaches_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start_open(dir.path(), &on_2_0(NetworkKind::StudentAssociation), WINDOW);
    let theme = theme_of(&h, "waarde.erkenning");
    h.state_mut().push(Command::SelectTheme(theme));
    h.run();
    let prompt = "Leden vertellen dat ze bij ons mensen ontmoeten";
    assert!(has_text(&h, prompt), "the student wording");
    // the question's own hint of what to point to
    assert!(has_text_containing(&h, "Denk aan wat leden zelf zeiden"));
    type_into(
        &mut h,
        Q::InQuestion {
            prompt,
            label: "Hoe weten jullie dit?",
        },
        "Vijf leden zeiden het in de evaluatie van oktober.",
    );
    wait_saved(&mut h);
    let path = h.state().session.as_ref().unwrap().path.clone();
    let saved = reflectietool::storage::read_reflection(&path)
        .unwrap()
        .reflection;
    assert_eq!(
        saved
            .agreed
            .get("waarde.erkenning")
            .map(|e| e.evidence.as_str()),
        Some("Vijf leden zeiden het in de evaluatie van oktober.")
    );
    // an open question has no evidence field: one field per statement and position
    let q = h.state().session.as_ref().unwrap().questionnaire.clone();
    let fields = q.themes[theme]
        .questions
        .iter()
        .filter(|x| x.asks_evidence())
        .count();
    let labelled = h.query_all_by_label("Hoe weten jullie dit?").count();
    assert_eq!(labelled, fields, "{}", tree(&h));
    close_window(h);
}

#[test]
fn an_employee_network_reads_its_own_words_in_english_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start_open(dir.path(), &on_2_0(NetworkKind::Employee), WINDOW);
    let session = h.state().session.as_ref().unwrap();
    assert!(session.questionnaire.question("profiel.collegas").is_some());
    assert!(session.questionnaire.question("profiel.leden").is_none());
    assert!(
        session
            .questionnaire
            .question("diversiteit.familie")
            .is_none()
    );
    let theme = theme_of(&h, "waarde.erkenning");
    h.state_mut().push(Command::SelectTheme(theme));
    h.run();
    assert!(has_text(
        &h,
        "Collega's vertellen dat ze bij ons mensen ontmoeten"
    ));
    assert!(!has_text(
        &h,
        "Leden vertellen dat ze bij ons mensen ontmoeten"
    ));
    click(&mut h, Q::Label("English"));
    let prompt = "Colleagues tell us that they meet people here";
    assert!(has_text(&h, prompt), "{}", tree(&h));
    type_into(
        &mut h,
        Q::InQuestion {
            prompt,
            label: "How do you know?",
        },
        "A survey in May.",
    );
    wait_saved(&mut h);
    let path = h.state().session.as_ref().unwrap().path.clone();
    let saved = reflectietool::storage::read_reflection(&path)
        .unwrap()
        .reflection;
    assert_eq!(
        saved.agreed["waarde.erkenning"].evidence,
        "A survey in May."
    );
    close_window(h);
}

#[test]
fn changing_the_kind_of_network_changes_the_questions() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start_open(dir.path(), &on_2_0(NetworkKind::StudentAssociation), WINDOW);
    let count = |h: &H| {
        h.state()
            .session
            .as_ref()
            .unwrap()
            .questionnaire
            .question_count()
    };
    let q = Questionnaire::builtin();
    assert_eq!(
        count(&h),
        q.questions_for(NetworkKind::StudentAssociation).count()
    );
    click(&mut h, Q::Label("Netwerkgegevens…"));
    click(&mut h, Q::Label(NetworkKind::Employee.label().nl.as_str()));
    click(&mut h, Q::Label("Opslaan"));
    let s = h.state().session.as_ref().unwrap();
    assert_eq!(s.reflection.profile.kind, NetworkKind::Employee);
    assert_eq!(count(&h), q.questions_for(NetworkKind::Employee).count());
    assert!(s.questionnaire.question("profiel.collegas").is_some());
    close_window(h);
}

#[test]
fn a_reflection_on_1_0_opens_with_its_own_questions() {
    let dir = tempfile::tempdir().unwrap();
    let r = Reflection::new(profile("Oud", "2025-2026"), &Questionnaire::builtin_v1());
    let mut h = start_open(dir.path(), &r, WINDOW);
    let s = h.state().session.as_ref().unwrap();
    assert_eq!(s.full_questionnaire.version, "1.0");
    assert!(s.questionnaire.question("waarde.verhaal").is_some());
    h.state_mut().push(Command::SelectTheme(1));
    h.run();
    assert!(
        has_text_containing(&h, "Welk moment van het afgelopen jaar"),
        "{}",
        tree(&h)
    );
    close_window(h);
}

/// Pictures of a statement with its evidence field, for a student
/// association and an employee network, in Dutch and English, at the size
/// of a student laptop (compared with `tests/snapshots/`).
#[test]
fn the_evidence_field_looks_right_for_students_and_employees() {
    let mut results = egui_kittest::SnapshotResults::new();
    for (kind, name, lang, prompt, label) in [
        (
            NetworkKind::StudentAssociation,
            "evidence_student_nl",
            "Nederlands",
            "Leden vertellen dat ze bij ons mensen ontmoeten",
            "Hoe weten jullie dit?",
        ),
        (
            NetworkKind::StudentAssociation,
            "evidence_student_en",
            "English",
            "Members tell us that they meet people here",
            "How do you know?",
        ),
        (
            NetworkKind::Employee,
            "evidence_employee_nl",
            "Nederlands",
            "Collega's vertellen dat ze bij ons mensen ontmoeten",
            "Hoe weten jullie dit?",
        ),
        (
            NetworkKind::Employee,
            "evidence_employee_en",
            "English",
            "Colleagues tell us that they meet people here",
            "How do you know?",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut r = on_2_0(kind);
        r.id = format!("fixture-{name}");
        r.agreed.insert(
            "waarde.erkenning".into(),
            reflectietool::model::reflection::Entry {
                answer: Some(reflectietool::model::reflection::Answer::Scale(
                    reflectietool::model::reflection::ScaleAnswer::Level(2),
                )),
                evidence: "Drie leden zeiden het na de introductieavond; de evaluatie van oktober."
                    .into(),
                ..Default::default()
            },
        );
        let mut h = start_open(dir.path(), &r, egui::vec2(1366.0, 768.0));
        click(&mut h, Q::Label(lang));
        let theme = theme_of(&h, "waarde.erkenning");
        h.state_mut().push(Command::SelectTheme(theme));
        h.run();
        // the whole card in view, the board typing in the field
        click(&mut h, Q::InQuestion { prompt, label });
        scroll_to(&mut h, Q::Text(prompt));
        settle(&mut h);
        h.snapshot(name);
        results.extend_harness(&mut h);
        close_window(h);
    }
    results.unwrap();
}
