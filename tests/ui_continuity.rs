//! Continuity across boards in the window: a board of 2025-2026 with
//! answers and four action points starts 2026-2027; the new reflection is
//! linked and empty and shows last year's answers; one text is taken over;
//! the four outcomes are recorded and one open action is carried into this
//! year; new answers are set; after reopening all is back, and the
//! 2025-2026 file is byte for byte the same. A broken link is named.

mod common;

use common::*;
use reflectietool::Questionnaire;
use reflectietool::app::{Command, Page};
use reflectietool::model::reflection::{
    ActionPoint, ActionStatus, Answer, Entry, OutcomeResult, Reflection, ScaleAnswer,
};
use reflectietool::storage::Store;

/// The Dutch prompt of a question of the built-in questionnaire 2.0, which
/// the next board year answers.
fn prompt(id: &str) -> String {
    Questionnaire::builtin()
        .question(id)
        .unwrap()
        .prompt
        .nl
        .clone()
}

fn last_year() -> Reflection {
    let mut r = reflection("Studentenvereniging Ünal", "2025-2026");
    r.agreed.insert(
        "waarde.erkenning".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::Level(1))),
            rationale: "Nog weinig nieuwe leden voelen zich herkend".into(),
            ..Entry::default()
        },
    );
    r.agreed.insert(
        "waarde.blij-balen".into(),
        Entry {
            answer: Some(Answer::Open("Wij zijn een thuis voor eerstejaars.".into())),
            ..Entry::default()
        },
    );
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
    let action = |id: &str, what: &str, status| ActionPoint {
        id: id.into(),
        theme: Some("waarde".into()),
        what: what.into(),
        who: "Voorzitter".into(),
        status,
        ..ActionPoint::default()
    };
    r.actions = vec![
        action("a1", "Mentorprogramma opzetten", ActionStatus::Done),
        action("a2", "Alumnidag houden", ActionStatus::Busy),
        action("a3", "Website vernieuwen", ActionStatus::Open),
        action("a4", "Samenwerking met de gemeente", ActionStatus::Dropped),
    ];
    r.letter = "Beste opvolgers: begin op tijd met de alumnidag.".into();
    r
}

fn session(h: &H) -> &Reflection {
    &h.state()
        .session
        .as_ref()
        .expect("a reflection is open")
        .reflection
}

#[test]
fn the_next_board_starts_from_last_year_and_everything_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let old = last_year();
    let mut h = start_open(dir.path(), &old, WINDOW);
    let store = Store::open(dir.path()).unwrap();
    let old_path = store.path_of(&old.id);
    let old_bytes = std::fs::read(&old_path).unwrap();

    // start the next board year from the reflection
    click(&mut h, Q::Label("Volgend bestuursjaar starten…"));
    assert_eq!(value(&h, Q::Label("Nieuw bestuursjaar")), "2026-2027");
    click(&mut h, Q::Label("Starten"));
    assert_eq!(
        h.state().page,
        Page::LastYear,
        "the new year starts on last year's page"
    );
    let new = session(&h).clone();
    assert_ne!(new.id, old.id);
    assert_eq!(new.network_id, old.network_id);
    assert_eq!(new.continues.as_ref().unwrap().id, old.id);
    assert_eq!(new.profile.board_year, "2026-2027");
    assert!(new.agreed.is_empty(), "the new reflection starts empty");
    let new_path = h.state().session.as_ref().unwrap().path.clone();

    // the letter first, then the action points
    assert!(has_text(&h, "Brief van het vorige bestuur"));
    assert!(has_text(
        &h,
        "Beste opvolgers: begin op tijd met de alumnidag."
    ));
    let letter_y = text(&h, "Beste opvolgers").rect().top();
    let actions_y = text(&h, "Actiepunten van vorig jaar").rect().top();
    assert!(letter_y < actions_y, "the letter is shown first");

    // what became of the four actions
    let outcomes = [
        (1, "Gedaan", "Twintig koppels gemaakt"),
        (2, "Deels gedaan", "Alleen in het voorjaar"),
        (3, "Staat nog open", "Geen tijd gehad"),
        (4, "Vervallen", "De gemeente stopte ermee"),
    ];
    for (n, outcome, why) in outcomes {
        click(
            &mut h,
            Q::Label(&format!("{outcome} — actiepunt van vorig jaar {n}")),
        );
        type_into(
            &mut h,
            Q::Label(&format!("Waarom — actiepunt van vorig jaar {n}")),
            why,
        );
    }
    click(
        &mut h,
        Q::Label("Meenemen naar dit jaar: Website vernieuwen"),
    );
    assert!(has_text(
        &h,
        "✓ Meegenomen naar de actiepunten van dit jaar"
    ));
    assert!(
        !exists(&h, Q::LabelContains("Meenemen naar dit jaar")),
        "an action is carried once"
    );

    // last year's answers beside this year's
    h.state_mut().push(Command::SelectTheme(1));
    h.run();
    assert!(
        has_text(&h, "Vorig jaar 2025-2026: 2 · Een beetje"),
        "{}",
        tree(&h)
    );
    assert!(has_text(
        &h,
        "Waarom: Nog weinig nieuwe leden voelen zich herkend"
    ));
    // an open answer is folded until asked for
    let verhaal = prompt("waarde.blij-balen");
    assert!(!has_text(&h, "Wij zijn een thuis voor eerstejaars."));
    click(
        &mut h,
        Q::InQuestion {
            prompt: &verhaal,
            label: "Vorig jaar 2025-2026: het antwoord van het vorige bestuur",
        },
    );
    assert!(has_text(&h, "Wij zijn een thuis voor eerstejaars."));
    click(&mut h, Q::Label(&format!("Neem over als begin: {verhaal}")));
    assert_eq!(
        session(&h).agreed["waarde.blij-balen"].answer,
        Some(Answer::Open("Wij zijn een thuis voor eerstejaars.".into()))
    );
    // a new answer, set as the board sets it
    click(
        &mut h,
        Q::InQuestion {
            prompt: &prompt("waarde.erkenning"),
            label: "Vaak",
        },
    );
    assert_eq!(
        session(&h).agreed["waarde.erkenning"].answer,
        Some(Answer::Scale(ScaleAnswer::Level(2)))
    );
    assert!(has_text(&h, "Stellingen, vergeleken met 2025-2026: ▲"));
    wait_saved(&mut h);
    close_window(h);

    // reopen: all back
    let mut h = start(dir.path());
    h.state_mut().push(Command::Open(new_path.clone()));
    h.run();
    assert_eq!(h.state().page, Page::LastYear);
    let r = session(&h).clone();
    let got: Vec<(OutcomeResult, &str)> = r
        .previous_actions
        .iter()
        .map(|a| {
            let o = a.outcome.as_ref().expect("an outcome");
            (o.result, o.why.as_str())
        })
        .collect();
    assert_eq!(
        got,
        [
            (OutcomeResult::Done, "Twintig koppels gemaakt"),
            (OutcomeResult::Partly, "Alleen in het voorjaar"),
            (OutcomeResult::StillOpen, "Geen tijd gehad"),
            (OutcomeResult::Dropped, "De gemeente stopte ermee"),
        ]
    );
    assert_eq!(r.actions.len(), 1, "the carried action is in this year's");
    assert_eq!(r.actions[0].what, "Website vernieuwen");
    let origin = r.actions[0].origin.as_ref().unwrap();
    assert_eq!(
        (origin.reflection.as_str(), origin.action.as_str()),
        (old.id.as_str(), "a3")
    );
    assert_eq!(
        r.agreed["waarde.erkenning"].answer,
        Some(Answer::Scale(ScaleAnswer::Level(2)))
    );
    assert!(
        matches!(&r.agreed["waarde.blij-balen"].answer, Some(Answer::Open(t)) if t.starts_with("Wij zijn"))
    );
    assert!(has_text(
        &h,
        "✓ Meegenomen naar de actiepunten van dit jaar"
    ));
    close_window(h);

    assert_eq!(
        std::fs::read(&old_path).unwrap(),
        old_bytes,
        "the 2025-2026 file is byte for byte unchanged"
    );
}

#[test]
fn the_next_year_starts_from_home_too() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let old = last_year();
    store.save(&old).unwrap();
    let mut h = start(dir.path());
    click(
        &mut h,
        Q::Label("Volgend bestuursjaar starten…: Studentenvereniging Ünal 2025-2026"),
    );
    retype(&mut h, Q::Label("Nieuw bestuursjaar"), "2026/27");
    click(&mut h, Q::Label("Starten"));
    assert_eq!(h.state().page, Page::LastYear);
    assert_eq!(session(&h).profile.board_year, "2026/27");
    assert_eq!(session(&h).previous_actions.len(), 4);
}

#[test]
fn a_broken_link_is_named_in_the_window_and_the_rest_works() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let q = Questionnaire::builtin_v1();
    let old = last_year();
    let old_path = store.save(&old).unwrap();
    let (new, new_path) = store.start_next_year(&old, &q, "2026-2027").unwrap();
    std::fs::remove_file(&old_path).unwrap();

    let mut h = start(dir.path());
    h.state_mut().push(Command::Open(new_path));
    h.run();
    assert_eq!(h.state().page, Page::LastYear);
    assert!(has_text(&h, "⚠ Koppeling verbroken"));
    assert!(has_text_containing(
        &h,
        "De reflectie van het vorige bestuursjaar 2025-2026"
    ));
    // what the new file holds still works: last year's action points
    assert!(has_text(&h, "Website vernieuwen"));
    h.state_mut().push(Command::SelectTheme(1));
    h.run();
    assert_eq!(session(&h).id, new.id);
    assert!(!has_text_containing(&h, "Vorig jaar 2025-2026:"));
}
