//! The member poll in the window: the board enters the tallies by label
//! on *Ledenpeiling*, they are saved in the reflection file, and the theme
//! page shows them beside the board's own score.

mod common;

use common::{Q, click, has_text_containing, poll, type_into, wait_saved};
use reflectietool::model::reflection::{Answer, Entry, ScaleAnswer};

#[test]
fn tallies_are_entered_saved_and_shown_beside_the_score() {
    let dir = tempfile::tempdir().unwrap();
    poll::install(dir.path());
    let q = poll::questionnaire();
    let mut r = reflectietool::Reflection::new(common::profile("Peilnetwerk", "2026-2027"), &q);
    r.agreed.insert(
        "waarde.erkenning".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::Level(2))),
            ..Entry::default()
        },
    );
    let mut h = common::start_open(dir.path(), &r, common::WINDOW);
    click(&mut h, Q::Label("Uitslag invullen"));
    type_into(&mut h, Q::Label("Aantal leden dat meedeed"), "23");
    let prompt = "1. Ik ontmoet hier mensen";
    for (label, n) in [
        ("Klopt niet", "2"),
        ("Klopt een beetje", "5"),
        ("Klopt grotendeels", "10"),
        ("Klopt helemaal", "6"),
    ] {
        type_into(&mut h, Q::InQuestion { prompt, label }, n);
    }
    wait_saved(&mut h);
    let path = h.state().session.as_ref().unwrap().path.clone();
    let saved = reflectietool::storage::read_reflection(&path)
        .unwrap()
        .reflection;
    let tally = saved.poll.expect("the tallies are in the file");
    assert_eq!(tally.count, 23);
    assert_eq!(
        tally.counts.get("waarde.erkenning"),
        Some(&vec![2, 5, 10, 6, 0])
    );
    assert_eq!(
        tally.counts.len(),
        1,
        "statements with nothing counted are left out"
    );

    // the theme of the statement shows the members beside the board's level
    let theme = q
        .themes
        .iter()
        .position(|t| t.questions.iter().any(|x| x.id == "waarde.erkenning"))
        .unwrap();
    h.state_mut()
        .push(reflectietool::app::Command::SelectTheme(theme));
    h.run();
    assert!(
        has_text_containing(&h, "Leden (n = 23): 2 · 5 · [10] · 6 · weet niet 0"),
        "{}",
        common::tree(&h)
    );
    // a polled statement without tallies shows no line
    assert!(!has_text_containing(&h, "Leden (n = 23): 0"));
    common::close_window(h);
}
