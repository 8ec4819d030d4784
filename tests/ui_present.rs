//! The presentation for the projector: entered with *Presenteren* or F5
//! (full screen), one slide at a time with PageDown/PageUp and the arrows,
//! answered on the slide and saved, the timer's keys, and left with Esc.
//!
//! Run with `cargo test --release --test ui_present`.

mod common;

use common::*;
use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportCommand};
use egui_kittest::kittest::Queryable;
use reflectietool::app::{Command, Page};
use reflectietool::model::questionnaire::{QuestionKind, Questionnaire};
use reflectietool::model::reflection::{Answer, ScaleAnswer};
use reflectietool::model::slides::{Slide, slides};
use reflectietool::storage::Store;

const SCREEN: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// Presses a key and runs exactly one frame, so that what the program sent
/// in that frame can be read from its output.
fn key_one_frame(h: &mut H, key: Key) {
    // straight into the input: kittest's own key press runs a frame for the
    // press and another for the release
    for pressed in [true, false] {
        h.input_mut().events.push(egui::Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: Modifiers::NONE,
        });
    }
    h.step();
}

fn slide(h: &H) -> usize {
    h.state().present.slide
}

#[test]
fn the_board_goes_through_the_slides_and_back_and_leaves_with_escape() {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start_open(tmp.path(), &reflection("Netwerk", "2026-2027"), SCREEN);
    click(&mut h, Q::Label("▶ Presenteren"));
    assert_eq!(h.state().page, Page::Present);
    assert_eq!(slide(&h), 0);
    // the theme's introduction first
    assert!(has_text(&h, q.themes[0].title.nl.as_str()), "{}", tree(&h));
    assert!(has_text(&h, "Thema 1 van"));
    // no top bar on the slides
    assert!(!exists(&h, Q::Label("⌂ Reflecties")));

    let theme = &q.themes[0];
    let total = q.question_count();
    for i in 1..=5 {
        press(&mut h, Modifiers::NONE, Key::PageDown);
        assert_eq!(slide(&h), i);
        let prompt = theme.questions[i - 1].prompt.nl.as_str();
        assert!(
            has_text(&h, prompt),
            "slide {i} shows its prompt {prompt:?}\n{}",
            tree(&h)
        );
        assert!(has_text(&h, &format!("Vraag {i} van {total}")));
    }
    press(&mut h, Modifiers::NONE, Key::PageUp);
    assert_eq!(slide(&h), 4);
    assert!(has_text(&h, theme.questions[3].prompt.nl.as_str()));
    // the arrows, Space and the buttons too
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(slide(&h), 5);
    press(&mut h, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(slide(&h), 4);
    press(&mut h, Modifiers::NONE, Key::Space);
    assert_eq!(slide(&h), 5);
    click(&mut h, Q::Label("← Vorige"));
    assert_eq!(slide(&h), 4);
    click(&mut h, Q::Label("Volgende →"));
    assert_eq!(slide(&h), 5);
    // PageUp on the first slide stays there
    h.state_mut().push(Command::GoToSlide(0));
    h.run();
    press(&mut h, Modifiers::NONE, Key::PageUp);
    assert_eq!(slide(&h), 0);
    // and past the last one neither
    let n = slides(&q).len();
    h.state_mut().push(Command::GoToSlide(n + 10));
    h.run();
    assert_eq!(slide(&h), n - 1);
    press(&mut h, Modifiers::NONE, Key::PageDown);
    assert_eq!(slide(&h), n - 1);

    // Esc leaves the presentation and full screen, on the slide's theme
    key_one_frame(&mut h, Key::Escape);
    assert_eq!(h.state().page, Page::Reflect);
    assert!(
        viewport_commands(&h).contains(&ViewportCommand::Fullscreen(false)),
        "{:?}",
        viewport_commands(&h)
    );
    assert_eq!(
        h.state().session.as_ref().unwrap().theme,
        q.themes.len() - 1
    );
    h.run();
    assert!(exists(&h, Q::Label("⌂ Reflecties")), "the top bar is back");
}

#[test]
fn f5_enters_full_screen_on_the_theme_on_screen_and_f11_toggles() {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start_open(tmp.path(), &reflection("Netwerk", "2026-2027"), SCREEN);
    h.state_mut().push(Command::SelectTheme(1));
    h.run();
    key_one_frame(&mut h, Key::F5);
    assert_eq!(h.state().page, Page::Present);
    assert!(viewport_commands(&h).contains(&ViewportCommand::Fullscreen(true)));
    assert_eq!(slides(&q)[slide(&h)], Slide::ThemeIntro { theme: 1 });
    h.run();
    assert!(has_text(&h, q.themes[1].title.nl.as_str()));
    key_one_frame(&mut h, Key::F11);
    assert!(viewport_commands(&h).contains(&ViewportCommand::Fullscreen(false)));
    assert!(!h.state().present.fullscreen);
    key_one_frame(&mut h, Key::F11);
    assert!(viewport_commands(&h).contains(&ViewportCommand::Fullscreen(true)));
    h.run();
    click(&mut h, Q::Label("✕ Presentatie sluiten (Esc)"));
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(h.state().session.as_ref().unwrap().theme, 1);
}

#[test]
fn a_level_chosen_on_a_slide_is_saved() {
    let q = Questionnaire::builtin_v1();
    let all = slides(&q);
    let (at, question) = all
        .iter()
        .enumerate()
        .find_map(|(i, s)| match *s {
            Slide::Question { theme, question } => {
                let qq = &q.themes[theme].questions[question];
                matches!(qq.kind, QuestionKind::Scale { .. }).then_some((i, qq.clone()))
            }
            _ => None,
        })
        .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let r = reflection("Netwerk", "2026-2027");
    let mut h = start_open(tmp.path(), &r, SCREEN);
    key_one_frame(&mut h, Key::F5);
    h.run();
    h.state_mut().push(Command::GoToSlide(at));
    h.run();
    assert!(has_text(&h, question.prompt.nl.as_str()));
    // the levels and their descriptions are on the slide
    assert!(has_text(&h, "Grotendeels:"), "{}", tree(&h));
    click(&mut h, Q::Role(Role::RadioButton, "Grotendeels"));
    wait_saved(&mut h);
    let store = Store::open(tmp.path()).unwrap();
    let saved = store.load_at(&store.path_of(&r.id)).unwrap().reflection;
    assert_eq!(
        saved
            .agreed
            .get(&question.id)
            .and_then(|e| e.answer.clone()),
        Some(Answer::Scale(ScaleAnswer::Level(2))),
        "the level chosen on the slide is on disk"
    );
    assert_eq!(h.state().page, Page::Present);
}

#[test]
fn the_timer_keys_start_and_reset_but_not_while_typing() {
    let q = Questionnaire::builtin_v1();
    let all = slides(&q);
    let (at, question) = all
        .iter()
        .enumerate()
        .find_map(|(i, s)| match *s {
            Slide::Question { theme, question } => {
                let qq = &q.themes[theme].questions[question];
                matches!(qq.kind, QuestionKind::Open { .. }).then_some((i, qq.clone()))
            }
            _ => None,
        })
        .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start_open(tmp.path(), &reflection("Netwerk", "2026-2027"), SCREEN);
    key_one_frame(&mut h, Key::F5);
    h.run();
    h.state_mut().push(Command::GoToSlide(at));
    h.run();
    let running = |h: &H| {
        h.state()
            .present
            .timer
            .is_running(std::time::Instant::now())
    };
    // typed into the open answer, T and R and the arrows are letters
    type_into(
        &mut h,
        Q::Role(Role::MultilineTextInput, question.prompt.nl.as_str()),
        "TR",
    );
    press(&mut h, Modifiers::NONE, Key::T);
    press(&mut h, Modifiers::NONE, Key::ArrowLeft);
    assert!(!running(&h), "typing T does not start the timer");
    assert_eq!(slide(&h), at, "an arrow in a text field stays there");
    // Esc leaves the field first, then T starts the timer
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert_eq!(h.state().page, Page::Present, "Esc first leaves the field");
    press(&mut h, Modifiers::NONE, Key::T);
    assert!(running(&h), "T starts the timer");
    assert!(has_text(&h, "4:5") || has_text(&h, "5:00"), "{}", tree(&h));
    press(&mut h, Modifiers::NONE, Key::T);
    assert!(!running(&h), "T pauses it");
    assert!(h.state().present.timer.is_started());
    press(&mut h, Modifiers::NONE, Key::R);
    assert!(!h.state().present.timer.is_started(), "R resets it");
    // per slide: a new slide starts the timer again from its full time
    click(&mut h, Q::Label("▶ Timer starten (T)"));
    assert!(running(&h));
    press(&mut h, Modifiers::NONE, Key::PageDown);
    assert!(
        !h.state().present.timer.is_started(),
        "a new slide resets it"
    );
}

#[test]
fn a_revealed_theme_shows_the_members_answers_on_its_slides() {
    let q = Questionnaire::builtin_v1();
    let all = slides(&q);
    let (at, question) = all
        .iter()
        .enumerate()
        .find_map(|(i, s)| match *s {
            Slide::Question { theme, question } => {
                let qq = &q.themes[theme].questions[question];
                matches!(qq.kind, QuestionKind::Scale { .. }).then_some((i, qq.clone()))
            }
            _ => None,
        })
        .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let r = reflectietool::sample::full_reflection(&q, "leden", 4);
    let mut h = start_open(tmp.path(), &r, SCREEN);
    key_one_frame(&mut h, Key::F5);
    h.run();
    h.state_mut().push(Command::GoToSlide(at));
    h.run();
    assert!(has_text(&h, question.prompt.nl.as_str()));
    assert_eq!(
        h.query_all_by_role(Role::Image).count(),
        0,
        "hidden at first"
    );
    click(&mut h, Q::Label("Onthullen"));
    assert_eq!(
        h.query_all_by_role(Role::Image).count(),
        1,
        "the members' dots of this statement\n{}",
        tree(&h)
    );
}
