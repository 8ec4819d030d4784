//! The presentation on two screens: where the computer has a second screen,
//! *Toon op tweede scherm* puts the slides in their own window on the chosen
//! screen and the laptop shows the presenter view (the slide, what comes
//! next, the theme's notes, the timer). With one screen the button is not
//! there. Tests have no native windows, so the slides' window is drawn
//! inside the main one, as egui does where there are no viewports.
//!
//! Run with `cargo test --release --test ui_second_screen`.

mod common;

use common::*;
use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportCommand};
use egui_kittest::kittest::Queryable;
use reflectietool::app::present::Screen;
use reflectietool::app::{Command, Page};
use reflectietool::model::questionnaire::Questionnaire;
use reflectietool::storage::Store;

const SCREEN: egui::Vec2 = egui::vec2(1920.0, 1080.0);

fn two_screens() -> Vec<Screen> {
    vec![
        Screen {
            name: "eDP-1".into(),
            size: [1366, 768],
            position: [0, 0],
            scale: 1.0,
            current: true,
        },
        Screen {
            name: "HDMI-1".into(),
            size: [1920, 1080],
            position: [1366, 0],
            scale: 1.0,
            current: false,
        },
    ]
}

/// Counts the texts on screen that start with `prefix`.
fn count(h: &H, prefix: &str) -> usize {
    let prefix = prefix.to_owned();
    h.query_all_by(move |n| {
        n.role() == Role::Label && n.value().is_some_and(|v| v.starts_with(prefix.as_str()))
    })
    .count()
}

#[test]
fn with_one_screen_there_is_no_second_screen_button() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start_open(tmp.path(), &reflection("Netwerk", "2026-2027"), SCREEN);
    click(&mut h, Q::Label("▶ Presenteren"));
    assert_eq!(h.state().page, Page::Present);
    assert!(!exists(&h, Q::Label("🖵 Toon op tweede scherm")));
    assert!(exists(&h, Q::Label("Tweede scherm zoeken")));
    // asking again where nothing can be asked changes nothing
    click(&mut h, Q::Label("Tweede scherm zoeken"));
    assert!(h.state().present.second.is_none());
    assert!(!exists(&h, Q::Label("🖵 Toon op tweede scherm")));
}

#[test]
fn the_slides_go_to_the_second_screen_and_the_laptop_shows_the_presenter_view() {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let r = reflection("Netwerk", "2026-2027");
    let mut h = start_open(tmp.path(), &r, SCREEN);
    click(&mut h, Q::Label("▶ Presenteren"));
    h.state_mut().present.set_screens(two_screens());
    h.run();
    // the screen the window is not on is chosen for the slides
    assert_eq!(h.state().present.chosen, 1);
    assert_eq!(
        find(&h, Q::Role(Role::ComboBox, "Scherm voor de dia's:")).value(),
        Some("2: HDMI-1 (1920×1080)".to_owned()),
        "the chooser says which screen"
    );
    click(&mut h, Q::Label("🖵 Toon op tweede scherm"));
    assert_eq!(h.state().present.second, Some(1));
    assert!(
        viewport_commands(&h).contains(&ViewportCommand::Fullscreen(false))
            || !h.state().present.fullscreen,
        "the laptop leaves full screen for the presenter view"
    );
    h.run();
    // the slides' window shows the theme's introduction, the laptop too,
    // with what comes next and the notes
    let intro = q.themes[0].title.nl.as_str();
    assert!(
        count(&h, intro) >= 2,
        "on the wall and on the laptop\n{}",
        tree(&h)
    );
    assert!(has_text(&h, "Hierna"));
    assert!(has_text(&h, q.themes[0].questions[0].prompt.nl.as_str()));
    assert!(has_text(
        &h,
        "Nu op het tweede scherm: 2: HDMI-1 (1920×1080)"
    ));
    assert!(exists(
        &h,
        Q::Role(
            Role::MultilineTextInput,
            "Privénotities — komen niet in de pdf of in gedeelde bestanden"
        )
    ));

    // PageDown moves both
    press(&mut h, Modifiers::NONE, Key::PageDown);
    assert_eq!(h.state().present.slide, 1);
    let first = q.themes[0].questions[0].prompt.nl.as_str();
    let second = q.themes[0].questions[1].prompt.nl.as_str();
    assert!(
        count(&h, first) >= 2,
        "the question on both screens\n{}",
        tree(&h)
    );
    assert!(has_text(&h, second), "and the next one beside it");

    // a note typed on the laptop is saved, and stays off the wall
    type_into(
        &mut h,
        Q::Role(Role::MultilineTextInput, "Notities — komen in de pdf"),
        "Beamer werkt",
    );
    wait_saved(&mut h);
    let store = Store::open(tmp.path()).unwrap();
    let saved = store.load_at(&store.path_of(&r.id)).unwrap().reflection;
    assert_eq!(
        saved.notes.get(&q.themes[0].id).map(String::as_str),
        Some("Beamer werkt")
    );

    // the slides come back to the laptop
    click(&mut h, Q::Label("Tweede scherm sluiten"));
    assert_eq!(h.state().present.second, None);
    assert!(!has_text(&h, "Hierna"));
    assert_eq!(count(&h, first), 1, "one slide again\n{}", tree(&h));
    // and leaving the presentation closes the second screen too
    click(&mut h, Q::Label("🖵 Toon op tweede scherm"));
    assert_eq!(h.state().present.second, Some(1));
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(h.state().present.second, None);
}

#[test]
fn another_screen_can_be_chosen_and_the_english_texts_are_there() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start_open(tmp.path(), &reflection("Network", "2026-2027"), SCREEN);
    h.state_mut()
        .push(Command::SetLang(reflectietool::lang::Lang::En));
    h.run();
    h.state_mut().push(Command::Present(true));
    h.run();
    let mut three = two_screens();
    three.push(Screen {
        name: "DP-2".into(),
        size: [3840, 2160],
        position: [3286, 0],
        scale: 2.0,
        current: false,
    });
    h.state_mut().present.set_screens(three);
    h.run();
    assert!(has_text(&h, "Screen for the slides:"), "{}", tree(&h));
    h.state_mut().push(Command::Screen(
        reflectietool::app::present::ScreenCommand::Choose(2),
    ));
    h.run();
    click(&mut h, Q::Label("🖵 Show on second screen"));
    assert_eq!(h.state().present.second, Some(2));
    assert!(has_text(
        &h,
        "Now on the second screen: 3: DP-2 (3840×2160)"
    ));
    assert!(has_text(&h, "Next"));
    // on the last slide, nothing comes next
    let n = reflectietool::model::slides::slides(&Questionnaire::builtin_v1()).len();
    h.state_mut().push(Command::GoToSlide(n - 1));
    h.run();
    assert!(has_text(&h, "This is the last slide."));
}
