//! Board consensus without a mouse: with Tab, Shift+Tab, Enter, Space and
//! the arrow keys alone the board adds a member, passes the laptop round,
//! each member scores a statement and a position, the board reveals the
//! answers, chooses whether labels show, and says how it decided.
//!
//! Run with `cargo test --test ui_consensus_keys`.

mod common;

use common::*;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::app::Command;
use reflectietool::model::reflection::{Answer, Decision, MemberSharing, Reflection, ScaleAnswer};
use reflectietool::storage::Store;

const Q_SCALE: &str = "We letten erop dat leden";
const Q_SCALE_ID: &str = "positie.overaanpassing";
const Q_POSITION_ID: &str = "positie.aanpassen-veranderen";

fn state(h: &H) -> &Reflection {
    &h.state()
        .session
        .as_ref()
        .expect("a reflection is open")
        .reflection
}

/// Returns the label (or value) of the focused widget, and its role.
fn focused(h: &H) -> Option<(Role, String)> {
    h.query_by(|n| n.is_focused()).map(|n| {
        let a = n.accesskit_node();
        (
            a.role(),
            a.label().or_else(|| a.value()).unwrap_or_default(),
        )
    })
}

/// Presses Tab (or Shift+Tab with `back`) until the focused widget has
/// this role and label; fails after `max` presses.
#[track_caller]
fn tab_to_widget(h: &mut H, role: Role, label: &str, back: bool, max: usize) {
    for _ in 0..max {
        if focused(h).is_some_and(|(r, l)| r == role && l == label) {
            return;
        }
        let m = if back {
            Modifiers::SHIFT
        } else {
            Modifiers::NONE
        };
        press(h, m, Key::Tab);
    }
    panic!(
        "{role:?} {label:?} did not get the focus after {max} presses of Tab; focus on {:?}\n{}",
        focused(h),
        tree(h)
    );
}

/// Types text with the keyboard into the focused field.
fn type_keys(h: &mut H, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

fn key(h: &mut H, k: Key) {
    press(h, Modifiers::NONE, k);
}

#[test]
fn the_whole_consensus_flow_works_with_the_keyboard_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let path = store.save(&reflection("Netwerk", "2026-2027")).unwrap();
    let mut h = start(tmp.path());
    h.state_mut().push(Command::Open(path.clone()));
    h.run();
    h.state_mut().push(Command::SelectTheme(POSITIE));
    h.run();

    // the members panel, from the theme list: Shift+Tab goes back into it
    tab_to_widget(&mut h, Role::Button, "Leden…", true, 40);
    key(&mut h, Key::Enter);
    assert!(has_text(&h, "Leden van het bestuur"), "{}", tree(&h));
    assert_eq!(
        focused(&h),
        Some((Role::TextInput, "Nieuw lid".to_owned())),
        "the panel opens with the focus on the field for a new member"
    );
    for m in ["A", "B"] {
        type_keys(&mut h, m);
        key(&mut h, Key::Enter);
        assert_eq!(
            focused(&h).map(|(_, l)| l),
            Some("Nieuw lid".to_owned()),
            "after Enter the field keeps the focus for the next member"
        );
    }
    let labels: Vec<String> = state(&h)
        .respondents
        .iter()
        .map(|r| r.label.clone())
        .collect();
    assert_eq!(labels, ["A", "B"]);
    tab_to_widget(&mut h, Role::Button, "Sluiten", false, 10);
    key(&mut h, Key::Enter);
    assert!(!has_text(&h, "Leden van het bestuur"));
    assert_eq!(
        focused(&h),
        Some((Role::Button, "Het bestuur samen".to_owned())),
        "closed, the focus goes to the choice of who scores"
    );

    // pass the laptop: each member scores the statement (Space on a tile)
    // and the first position (arrows on its track)
    for (m, (member, level, steps)) in [("A", "Nog niet", 0), ("B", "Helemaal", 3)]
        .into_iter()
        .enumerate()
    {
        tab_to_widget(&mut h, Role::Button, member, false, 40);
        key(&mut h, Key::Enter);
        assert!(
            has_text(&h, &format!("Nu scoort: {member}")),
            "Enter on a member's name lets them score\n{}",
            tree(&h)
        );
        assert_eq!(
            focused(&h),
            Some((Role::Button, "Klaar, geef door".to_owned())),
            "the page starts again at its first control, not nowhere"
        );
        tab_to_widget(&mut h, Role::Slider, "Nu", false, 20);
        for _ in 0..=steps {
            key(&mut h, Key::ArrowRight);
        }
        tab_to_widget(&mut h, Role::RadioButton, level, false, 20);
        key(&mut h, Key::Space);
        let r = &state(&h).respondents[m];
        assert_eq!(
            r.answers.get(Q_SCALE_ID).and_then(|e| e.answer.clone()),
            Some(Answer::Scale(ScaleAnswer::Level(if m == 0 {
                0
            } else {
                3
            }))),
            "{member} scored with Space"
        );
        let now = match r.answers.get(Q_POSITION_ID).and_then(|e| e.answer.clone()) {
            Some(Answer::Position { now, .. }) => now,
            _ => None,
        };
        // the first → puts Nu in the middle, each further one a point on
        assert_eq!(now, Some(if m == 0 { 0.5 } else { 1.0 }), "{member}'s Nu");
        tab_to_widget(&mut h, Role::Button, "Klaar, geef door", true, 30);
        key(&mut h, Key::Enter);
        assert!(has_text(&h, "Geef de laptop door"), "{}", tree(&h));
        assert_eq!(
            focused(&h),
            Some((Role::Button, "Het bestuur samen".to_owned())),
            "passed on, the focus is on the choice of who scores next"
        );
    }

    // the board together, the reveal, labels and how it was decided
    tab_to_widget(&mut h, Role::Button, "Het bestuur samen", false, 20);
    key(&mut h, Key::Enter);
    assert!(has_text(&h, Q_SCALE));
    tab_to_widget(&mut h, Role::Button, "Onthullen", false, 40);
    key(&mut h, Key::Enter);
    assert!(
        has_text(&h, "1 lid: Helemaal, 1: Nog niet"),
        "the reveal shows the statement's text alternative\n{}",
        tree(&h)
    );
    tab_to_widget(
        &mut h,
        Role::CheckBox,
        "Laten zien wie wat antwoordde",
        false,
        5,
    );
    key(&mut h, Key::Space);
    assert_eq!(state(&h).sharing.members, MemberSharing::ByLabel);
    // the position's "Hoe besloten" comes first; the statement's after it
    tab_to_widget(&mut h, Role::RadioButton, "Samen eens", false, 40);
    for _ in 0..40 {
        let in_statement = h
            .query_by(|n| n.is_focused())
            .is_some_and(|n| n.rect().top() > text(&h, Q_SCALE).rect().top());
        if in_statement {
            break;
        }
        key(&mut h, Key::Tab);
        tab_to_widget(&mut h, Role::RadioButton, "Samen eens", false, 40);
    }
    key(&mut h, Key::Space);
    assert_eq!(
        state(&h).agreed.get(Q_SCALE_ID).and_then(|e| e.decided),
        Some(Decision::Agreed),
        "Space on 'Samen eens' records how the board decided\n{}",
        tree(&h)
    );
    // and the board's own answer, with Space on a tile
    tab_to_widget(&mut h, Role::RadioButton, "Grotendeels", true, 30);
    key(&mut h, Key::Space);
    assert_eq!(
        state(&h)
            .agreed
            .get(Q_SCALE_ID)
            .and_then(|e| e.answer.clone()),
        Some(Answer::Scale(ScaleAnswer::Level(2)))
    );
    wait_saved(&mut h);
    let disk = store.load_at(&path).unwrap().reflection;
    assert_eq!(
        disk.agreed.get(Q_SCALE_ID).and_then(|e| e.decided),
        Some(Decision::Agreed)
    );
    assert_eq!(disk.respondents.len(), 2);
    close_window(h);
}
