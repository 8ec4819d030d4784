//! The reveal: on a theme page with members, the members' answers stay
//! out of the window (and its accessibility tree) until the board presses
//! "Onthullen"; then each statement shows the members' dots with their
//! text alternative, and how the board decided is saved.
//!
//! Run with `cargo test --test ui_reveal`.

mod common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::app::Command;
use reflectietool::lang::Lang;
use reflectietool::model::consensus::consensus;
use reflectietool::model::questionnaire::Questionnaire;
use reflectietool::model::reflection::{
    Answer, Decision, Entry, MemberSharing, Reflection, Respondent, ScaleAnswer,
};
use reflectietool::storage::Store;

/// The statement of theme 5, "Positie en samenwerking".
const Q_SCALE: &str = "We letten erop dat leden";
const Q_SCALE_ID: &str = "positie.overaanpassing";
/// An open question of the same theme.
const Q_OPEN_ID: &str = "positie.partners";
const OPEN_TEXT: &str = "Penningmeester: De gemeente: veel geld, weinig vrijheid";

fn member(id: &str, label: &str, score: ScaleAnswer) -> Respondent {
    let mut answers = std::collections::BTreeMap::new();
    answers.insert(
        Q_SCALE_ID.to_owned(),
        Entry {
            answer: Some(Answer::Scale(score)),
            ..Entry::default()
        },
    );
    Respondent {
        id: id.to_owned(),
        label: label.to_owned(),
        answers,
    }
}

/// A reflection whose three members scored the statement differently.
fn three_members() -> Reflection {
    let mut r = reflection("Netwerk", "2026-2027");
    r.sharing.members = MemberSharing::ByLabel;
    r.respondents = vec![
        member("m1", "Voorzitter", ScaleAnswer::Level(3)),
        member("m2", "Penningmeester", ScaleAnswer::Level(1)),
        member("m3", "Secretaris", ScaleAnswer::DontKnow),
    ];
    // one member's file (imported) also answered an open question
    r.respondents[1].answers.insert(
        Q_OPEN_ID.to_owned(),
        Entry {
            answer: Some(Answer::Open(
                "De gemeente: veel geld, weinig vrijheid".into(),
            )),
            ..Entry::default()
        },
    );
    r
}

fn any_label_containing(h: &H, part: &str) -> bool {
    let part = part.to_owned();
    h.query_all_by(move |n| {
        n.label().is_some_and(|l| l.contains(part.as_str()))
            || n.value().is_some_and(|v| v.contains(part.as_str()))
    })
    .next()
    .is_some()
}

#[test]
fn members_answers_show_only_after_the_reveal_and_how_decided_is_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let r = three_members();
    let path = store.save(&r).unwrap();
    let q = Questionnaire::builtin_v1();
    let c = consensus(&q, &r, Lang::Nl);
    let spread = c
        .statements
        .iter()
        .find(|s| s.id == Q_SCALE_ID)
        .expect("the statement is in the consensus");
    let scale = reflectietool::model::analysis::statement_scale(
        &q,
        q.themes[POSITIE]
            .questions
            .iter()
            .find(|x| x.id == Q_SCALE_ID)
            .unwrap(),
    )
    .unwrap();
    let alt = spread.describe(scale, Lang::Nl);
    assert!(alt.contains("weet het niet"), "{alt}");

    let mut h = start(tmp.path());
    h.state_mut().push(Command::Open(path.clone()));
    h.run();
    h.state_mut().push(Command::SelectTheme(POSITIE));
    h.run();

    // before the reveal: nothing of the members in the window
    assert!(has_text(&h, Q_SCALE));
    assert!(
        !any_label_containing(&h, &alt)
            && !any_label_containing(&h, "Wat de leden antwoordden")
            && !any_label_containing(&h, "Hoe besloten")
            && !any_label_containing(&h, "veel geld, weinig vrijheid"),
        "members' answers are hidden before the reveal\n{}",
        tree(&h)
    );

    click(&mut h, Q::Role(Role::Button, "Onthullen"));
    assert!(
        h.query_all_by(|n| n.role() == Role::Image && n.label().as_deref() == Some(alt.as_str()))
            .next()
            .is_some(),
        "the dot strip is labelled with the text alternative {alt:?}\n{}",
        tree(&h)
    );
    assert!(
        h.query_all_by(|n| n.role() == Role::Label && n.value().as_deref() == Some(alt.as_str()))
            .next()
            .is_some(),
        "the text alternative is also a visible line\n{}",
        tree(&h)
    );
    assert!(any_label_containing(&h, "Mediaan"));
    assert!(
        any_label_containing(&h, OPEN_TEXT),
        "an open question lists the members' texts with their labels\n{}",
        tree(&h)
    );
    // the board's own answer is not prefilled
    let board = |h: &H| {
        h.state()
            .session
            .as_ref()
            .unwrap()
            .reflection
            .agreed
            .get(Q_SCALE_ID)
            .cloned()
    };
    assert_eq!(board(&h), None);

    let majority = Q::InQuestion {
        prompt: Q_SCALE,
        label: "Meerderheid besliste",
    };
    scroll_to(&mut h, majority);
    click(&mut h, majority);
    assert!(is_checked(&h, majority));
    wait_saved(&mut h);
    let disk = store.load_at(&path).unwrap().reflection;
    assert_eq!(
        disk.agreed.get(Q_SCALE_ID).and_then(|e| e.decided),
        Some(Decision::Majority)
    );
    assert_eq!(
        disk.agreed.get(Q_SCALE_ID).and_then(|e| e.answer.clone()),
        None,
        "choosing how it was decided sets no answer"
    );

    // hiding again takes the members' answers out
    click(
        &mut h,
        Q::Role(Role::Button, "Antwoorden van de leden verbergen"),
    );
    assert!(!any_label_containing(&h, &alt));
    close_window(h);
}

/// The description of the statement's dot strip (who stands where), if any.
fn strip_description(h: &H) -> Option<String> {
    let images: Vec<_> = h.query_all_by(|n| n.role() == Role::Image).collect();
    assert_eq!(
        images.len(),
        1,
        "one dot strip: no strip where no member answered\n{}",
        tree(h)
    );
    images
        .first()
        .and_then(|n| n.accesskit_node().description())
}

#[test]
fn the_board_chooses_whether_the_reveal_shows_labels() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let path = store.save(&three_members()).unwrap();
    let mut h = start(tmp.path());
    h.state_mut().push(Command::Open(path.clone()));
    h.run();
    h.state_mut().push(Command::SelectTheme(POSITIE));
    h.run();
    click(&mut h, Q::Role(Role::Button, "Onthullen"));
    let labels = Q::Role(Role::CheckBox, "Laten zien wie wat antwoordde");
    assert!(is_checked(&h, labels), "the file shares members by label");
    let described = strip_description(&h).unwrap_or_default();
    assert!(
        described.contains("Voorzitter: Helemaal")
            && described.contains("Penningmeester: Een beetje"),
        "with labels, the dot strip says who stands where: {described:?}"
    );
    assert!(
        has_text(&h, "Weet het niet: Secretaris"),
        "and who is not on the strip\n{}",
        tree(&h)
    );
    assert!(any_label_containing(&h, OPEN_TEXT));

    click(&mut h, labels);
    assert!(!is_checked(&h, labels));
    assert_eq!(strip_description(&h), None, "no names without labels");
    assert!(!has_text(&h, "Weet het niet: Secretaris"));
    assert!(
        any_label_containing(&h, "Lid 2: De gemeente: veel geld"),
        "an open text comes with 'Lid 2' instead\n{}",
        tree(&h)
    );
    assert!(!any_label_containing(&h, OPEN_TEXT));
    wait_saved(&mut h);
    assert_eq!(
        store.load_at(&path).unwrap().reflection.sharing.members,
        MemberSharing::Anonymous,
        "the choice is saved (and goes for the self-assessment too)"
    );

    click(&mut h, labels);
    wait_saved(&mut h);
    assert_eq!(
        store.load_at(&path).unwrap().reflection.sharing.members,
        MemberSharing::ByLabel
    );
    close_window(h);
}
