//! Questionnaires in the data folder's `questionnaires/`: a valid one can be
//! chosen for a new reflection; a broken one is shown with its file, line
//! and column, and does not stop the others.

mod common;

use common::*;
use reflectietool::app::{Command, Page};

#[test]
fn a_broken_questionnaire_is_shown_and_a_valid_one_can_be_used() {
    let tmp = tempfile::tempdir().unwrap();
    let qdir = tmp.path().join("questionnaires");
    std::fs::create_dir_all(&qdir).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questionnaires");
    std::fs::copy(root.join("valid/minimal.ron"), qdir.join("minimal.ron")).unwrap();
    let broken = qdir.join("kapot.ron");
    std::fs::copy(root.join("broken/duplicate_question_id.ron"), &broken).unwrap();
    let broken_bytes = std::fs::read(&broken).unwrap();

    let mut h = start(tmp.path());
    click(&mut h, Q::Label("+ Nieuwe reflectie"));
    assert_eq!(h.state().page, Page::New);
    // the error names the file with line and column, and says what to change
    let shown = format!("{}:20:30:", broken.display());
    assert!(
        has_text_containing(&h, &shown),
        "the broken questionnaire is reported as {shown}…:\n{}",
        tree(&h)
    );
    assert!(has_text_containing(&h, "geef ze allebei een eigen id"));

    // the valid one is offered next to the built-in one, and can be used
    let valid: Vec<String> = h
        .state()
        .questionnaires
        .valid()
        .map(|q| q.id.clone())
        .collect();
    // 1.0 and 2.0 built in, then the file
    assert_eq!(valid, ["reflectietool", "reflectietool", "minimal"]);
    // a new reflection is offered the newest built-in one and the file
    let offered: Vec<String> = h
        .state()
        .questionnaires
        .choosable()
        .iter()
        .map(|(q, _)| format!("{} {}", q.id, q.version))
        .collect();
    assert_eq!(offered[0], "reflectietool 2.0");
    assert_eq!(offered.len(), 2);
    h.state_mut().form.questionnaire = 1;
    type_into(&mut h, Q::Label("Naam van het netwerk"), "Eigen vragen");
    click(&mut h, Q::Label("Beginnen"));
    assert_eq!(h.state().page, Page::Reflect);
    let session = h.state().session.as_ref().unwrap();
    assert_eq!(session.reflection.questionnaire.id, "minimal");
    assert_eq!(session.questionnaire.id, "minimal");

    // going home and back: it opens with its own questionnaire
    h.state_mut().push(Command::GoHome);
    h.step();
    h.step();
    let path = h.state().summaries().next().unwrap().path.clone();
    h.state_mut().push(Command::Open(path));
    h.step();
    h.step();
    assert_eq!(
        h.state().session.as_ref().unwrap().questionnaire.id,
        "minimal"
    );
    assert_eq!(
        std::fs::read(&broken).unwrap(),
        broken_bytes,
        "the broken file is untouched"
    );
    close_window(h);
}
