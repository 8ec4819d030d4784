//! Board consensus from start to end, as issue 9 shows it: three members
//! are added in the window; each scores theme 5 with the laptop passed
//! round, without the others' answers in the window or its accessibility
//! tree; the board reveals them; the overview's "Waar het bestuur
//! verschilt" puts the 0–3 split above the 1–3 split (a 2–3 split is not on
//! it); the board sets its answer with how it was decided, why, and a
//! dissent; after closing and opening the program it is all back, in the
//! window and on disk.
//!
//! Run with `cargo test --test ui_consensus_flow`.

mod common;

use std::path::Path;

use common::*;
use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::Queryable;
use reflectietool::app::{Command, Page};
use reflectietool::model::reflection::{Answer, Decision, Reflection, ScaleAnswer};
use reflectietool::storage::Store;

/// The three statements of theme 5 and what each member scores: a 0–3
/// split, a 2–3 split and a 1–3 split.
const STATEMENTS: [(&str, &str, [&str; 3]); 3] = [
    (
        "positie.overaanpassing",
        "We letten erop dat leden",
        ["Nog niet", "Helemaal", "Helemaal"],
    ),
    (
        "positie.aanvulling",
        "Onze partners zien wat wij doen",
        ["Grotendeels", "Helemaal", "Helemaal"],
    ),
    (
        "positie.aan-tafel",
        "We worden uitgenodigd als de instelling",
        ["Een beetje", "Helemaal", "Helemaal"],
    ),
];
const MEMBERS: [&str; 3] = ["Voorzitter", "Penningmeester", "Secretaris"];
const LEVELS: [&str; 4] = ["Nog niet", "Een beetje", "Grotendeels", "Helemaal"];
const REASONS: &str = "“Waarom” en “Niet iedereen is het eens” — komen in de pdf";
const WHY: &str = "De meeste leden passen zich niet aan voor recruiters.";
const DISSENT: &str = "De voorzitter ziet het anders: het gebeurt bij elke borrel.";

fn tile<'a>(prompt: &'a str, level: &'a str) -> Q<'a> {
    Q::InQuestion {
        prompt,
        label: level,
    }
}

fn state(h: &H) -> &Reflection {
    &h.state()
        .session
        .as_ref()
        .expect("a reflection is open")
        .reflection
}

/// Returns whether any control with a level's name is chosen, or any text
/// or name in the window shows a member's answers.
fn any_answer_in_tree(h: &H) -> Option<String> {
    for level in LEVELS {
        let chosen = h
            .query_all_by(move |n| {
                n.label().as_deref() == Some(level) && n.toggled() == Some(Toggled::True)
            })
            .next()
            .is_some();
        if chosen {
            return Some(format!("{level} is chosen"));
        }
    }
    let leaks = [
        "Wat de leden antwoordden",
        "1 lid:",
        "2 leden:",
        "Mediaan",
        "Hoe besloten",
    ];
    for leak in leaks {
        let found = h
            .query_all_by(move |n| {
                n.label().is_some_and(|l| l.contains(leak))
                    || n.value().is_some_and(|v| v.contains(leak))
            })
            .next()
            .is_some();
        if found {
            return Some(format!("{leak:?} is in the tree"));
        }
    }
    if h.query_all_by(|n| n.role() == Role::Image).next().is_some() {
        return Some("a dot strip is in the tree".into());
    }
    None
}

fn open(dir: &Path, path: &Path) -> H {
    let mut h = start(dir);
    h.state_mut().push(Command::Open(path.to_owned()));
    h.run();
    h.state_mut().push(Command::SelectTheme(POSITIE));
    h.run();
    h
}

/// The link of a statement in the overview's "Waar het bestuur verschilt",
/// and where it is, if it is there.
fn difference_at(h: &H, statement: usize) -> Option<f32> {
    let q = reflectietool::Questionnaire::builtin_v1();
    let (ti, qi) = q
        .themes
        .iter()
        .enumerate()
        .find_map(|(ti, t)| {
            t.questions
                .iter()
                .position(|x| x.id == STATEMENTS[statement].0)
                .map(|qi| (ti, qi))
        })
        .unwrap();
    let link = format!(
        "{}.{} {}",
        ti + 1,
        qi + 1,
        q.themes[ti].questions[qi].prompt.nl
    );
    let top = text(h, "Waar het bestuur verschilt").rect().bottom();
    let bottom = text(h, "Later bespreken (").rect().top();
    h.query_all_by(move |n| n.role() == Role::Link && n.label().as_deref() == Some(link.as_str()))
        .map(|n| n.rect().top())
        .find(|y| *y > top && *y < bottom)
}

#[test]
fn three_members_score_alone_the_board_reveals_agrees_and_it_is_all_back() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let path = store.save(&reflection("Netwerk", "2026-2027")).unwrap();
    let mut h = open(tmp.path(), &path);

    // three members, added in the window
    click(&mut h, Q::Role(Role::Button, "Leden…"));
    for m in MEMBERS {
        type_into(&mut h, Q::Label("Nieuw lid"), m);
        click(&mut h, Q::Role(Role::Button, "Toevoegen"));
    }
    click(&mut h, Q::Role(Role::Button, "Sluiten"));
    let labels: Vec<&str> = state(&h)
        .respondents
        .iter()
        .map(|r| r.label.as_str())
        .collect();
    assert_eq!(labels, MEMBERS);

    // each scores alone: nothing of the others is in the tree
    for (m, member) in MEMBERS.iter().enumerate() {
        click(&mut h, Q::Role(Role::Button, member));
        assert!(
            has_text(
                &h,
                &format!("Nu scoort: {member} — de antwoorden van anderen zijn verborgen")
            ),
            "{}",
            tree(&h)
        );
        if let Some(leak) = any_answer_in_tree(&h) {
            panic!("{member} sees another's answer: {leak}\n{}", tree(&h));
        }
        for (_, prompt, scores) in STATEMENTS {
            click(&mut h, tile(prompt, scores[m]));
            assert!(is_checked(&h, tile(prompt, scores[m])));
        }
        click(&mut h, Q::Role(Role::Button, "Klaar, geef door"));
        assert!(
            !has_text(&h, STATEMENTS[0].1),
            "after passing on, no question is on screen"
        );
        if let Some(leak) = any_answer_in_tree(&h) {
            panic!("after {member}, the next sees: {leak}\n{}", tree(&h));
        }
    }
    click(&mut h, Q::Role(Role::Button, "Het bestuur samen"));
    assert!(has_text(&h, STATEMENTS[0].1));
    // before the reveal, the board sees none of the members' answers
    if let Some(leak) = any_answer_in_tree(&h) {
        panic!("before the reveal the board sees: {leak}\n{}", tree(&h));
    }

    // the reveal: each statement's dot strip with its text alternative
    click(&mut h, Q::Role(Role::Button, "Onthullen"));
    for alt in [
        "2 leden: Helemaal, 1: Nog niet",
        "2 leden: Helemaal, 1: Grotendeels",
        "2 leden: Helemaal, 1: Een beetje",
    ] {
        assert!(
            h.query_all_by(|n| n.role() == Role::Image && n.label().as_deref() == Some(alt))
                .next()
                .is_some(),
            "a dot strip says {alt:?}\n{}",
            tree(&h)
        );
    }

    assert!(
        any_answer_in_tree(&h).is_some(),
        "the check that found nothing before the reveal finds the answers now"
    );

    // where to talk first: 0–3 above 1–3; 2–3 is not far enough apart
    click(&mut h, Q::Label("☰ Overzicht"));
    assert!(
        has_text(&h, "Waar het bestuur verschilt (2)"),
        "{}",
        tree(&h)
    );
    let (wide, close, middle) = (
        difference_at(&h, 0),
        difference_at(&h, 1),
        difference_at(&h, 2),
    );
    assert!(
        wide.is_some() && middle.is_some(),
        "{wide:?} {middle:?}\n{}",
        tree(&h)
    );
    assert!(wide < middle, "the 0–3 split comes first");
    assert_eq!(close, None, "a 2–3 split is not on the list");
    // the first link leads to its question, still revealed
    let first = {
        let y = wide.unwrap();
        h.query_all_by(|n| n.role() == Role::Link)
            .find(|n| n.rect().top() == y)
            .unwrap()
    };
    first.click();
    h.run();
    assert_eq!(h.state().page, Page::Reflect);
    assert!(has_text(&h, "Wat de leden antwoordden"));

    // the agreed answer: not prefilled; set with how, why and a dissent
    let (id, prompt, _) = STATEMENTS[0];
    assert_eq!(
        state(&h).agreed.get(id).and_then(|e| e.answer.clone()),
        None
    );
    click(&mut h, tile(prompt, "Grotendeels"));
    let majority = tile(prompt, "Meerderheid besliste");
    click(&mut h, majority);
    click(&mut h, tile(prompt, REASONS));
    let field = |label| Q::RoleInQuestion {
        prompt,
        role: Role::MultilineTextInput,
        label,
    };
    type_into(&mut h, field("Waarom"), WHY);
    type_into(&mut h, field("Niet iedereen is het eens"), DISSENT);
    wait_saved(&mut h);
    close_window(h);

    // on disk
    let check = |r: &Reflection| {
        let labels: Vec<&str> = r.respondents.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, MEMBERS);
        for (id, _, scores) in STATEMENTS {
            for (m, score) in scores.iter().enumerate() {
                let level = LEVELS.iter().position(|l| l == score).unwrap() as u8;
                assert_eq!(
                    r.respondents[m]
                        .answers
                        .get(id)
                        .and_then(|e| e.answer.clone()),
                    Some(Answer::Scale(ScaleAnswer::Level(level))),
                    "{} on {id}",
                    MEMBERS[m]
                );
            }
        }
        let e = &r.agreed[STATEMENTS[0].0];
        assert_eq!(e.answer, Some(Answer::Scale(ScaleAnswer::Level(2))));
        assert_eq!(e.decided, Some(Decision::Majority));
        assert_eq!(e.rationale, WHY);
        assert_eq!(e.dissent, DISSENT);
        for (id, _, _) in &STATEMENTS[1..] {
            assert_eq!(
                r.agreed.get(*id).and_then(|e| e.answer.clone()),
                None,
                "the board's answer is never filled in from the members'"
            );
        }
    };
    check(&store.load_at(&path).unwrap().reflection);

    // and in the window again
    let mut h = open(tmp.path(), &path);
    check(state(&h));
    click(&mut h, Q::Role(Role::Button, "Onthullen"));
    assert!(is_checked(&h, tile(prompt, "Grotendeels")));
    assert!(is_checked(&h, majority));
    assert_eq!(value(&h, field("Waarom")), WHY);
    assert_eq!(value(&h, field("Niet iedereen is het eens")), DISSENT);
    assert!(
        h.query_all_by(|n| n.role() == Role::Image
            && n.label().as_deref() == Some("2 leden: Helemaal, 1: Nog niet"))
            .next()
            .is_some(),
        "the members' scores are back in the reveal"
    );
    close_window(h);
}
