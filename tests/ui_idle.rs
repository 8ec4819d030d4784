//! An idle window does not repaint: after a frame with no input and nothing
//! left to save, the app asks for no further frame.

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reflectietool::Questionnaire;
use reflectietool::app::{Command, ReflectieApp, ReviewCommand, ReviewView};
use reflectietool::storage::Store;

fn repaint_delay(h: &Harness<'_, ReflectieApp>) -> Duration {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .unwrap_or(Duration::MAX)
}

/// Steps until egui's own one-off repaints (new widgets are styled on their
/// second frame) are done; fails if the window never goes quiet.
fn settle(h: &mut Harness<'_, ReflectieApp>) {
    for _ in 0..10 {
        h.step();
        if repaint_delay(h) == Duration::MAX {
            return;
        }
    }
    panic!(
        "the window kept asking for repaints: {:?}",
        h.ctx.repaint_causes()
    );
}

/// Steps three frames without input and fails if one asks for another.
fn assert_quiet(h: &mut Harness<'_, ReflectieApp>, what: &str) {
    for _ in 0..3 {
        h.step();
        assert_eq!(
            repaint_delay(h),
            Duration::MAX,
            "an idle {what} requests no repaint: {:?}",
            h.ctx.repaint_causes()
        );
    }
}

#[test]
fn an_idle_reflection_page_asks_for_no_repaint() {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    Store::open(tmp.path())
        .unwrap()
        .save(&{
            // eight members who scored, shown by their labels
            let mut r = reflectietool::sample::full_reflection(&q, "volledig", 8);
            r.sharing.members = reflectietool::model::reflection::MemberSharing::ByLabel;
            r
        })
        .unwrap();
    let dir = tmp.path().to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1180.0, 800.0))
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    h.state_mut()
        .push(Command::Open(tmp.path().join("volledig.ron")));
    h.run();
    assert!(h.state().session.is_some(), "the reflection opened");

    // a change asks for a frame to save it ...
    h.state_mut().push(Command::Edited);
    h.step();
    assert!(
        repaint_delay(&h) < Duration::from_secs(1),
        "a pending save schedules a frame"
    );
    // ... and once it is saved, the window goes quiet
    let start = Instant::now();
    while h.state().has_unsaved() || h.state_mut().has_threads_waking() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the save finished"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    settle(&mut h);
    assert_quiet(&mut h, "window");

    // the overview (also with its print choices), the network details and
    // the form with its error summary are quiet too
    for (command, page) in [
        (Command::ShowOverview { print: false }, "overview"),
        (Command::ShowOverview { print: true }, "overview to print"),
        (Command::EditProfile, "network details"),
    ] {
        h.state_mut().push(command);
        h.run();
        settle(&mut h);
        assert_quiet(&mut h, &format!("{page}"));
    }
    h.state_mut().push(Command::CancelProfile);
    h.run();

    // the share page, with what goes along and what not, is quiet too
    h.state_mut().push(Command::ShowShare);
    h.run();
    assert_eq!(h.state().page, reflectietool::app::Page::Share);
    settle(&mut h);
    assert_quiet(&mut h, "share page");
    h.state_mut().push(Command::CloseShare);
    h.run();

    // the largest theme with the answers of its 8 members revealed (dot
    // strips with names, markers, counts and texts) is quiet too
    let (largest, _) = q
        .themes
        .iter()
        .enumerate()
        .max_by_key(|(_, t)| t.questions.len())
        .unwrap();
    h.state_mut().push(Command::SelectTheme(largest));
    h.run();
    h.state_mut().push(Command::Reveal(true));
    h.step();
    h.run();
    assert!(
        h.state()
            .session
            .as_ref()
            .is_some_and(|s| s.revealed.contains(&largest)),
        "the theme is revealed"
    );
    assert!(
        h.query_all_by_role(egui::accesskit::Role::Image).count() > 8,
        "the members' answers are drawn"
    );
    settle(&mut h);
    assert_quiet(&mut h, "revealed theme");

    // the home page is quiet too
    h.state_mut().push(Command::GoHome);
    h.run();
    settle(&mut h);
    assert_quiet(&mut h, "home page");
}

#[test]
fn an_idle_review_asks_for_no_repaint() {
    use reflectietool::app::{ReviewCommand, ReviewView};
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("netwerken");
    std::fs::create_dir_all(&folder).unwrap();
    for n in 0..4 {
        for y in [2024, 2025] {
            let r = reflectietool::sample::network_year(&q, n, y, if n == 0 { 3 } else { 0 });
            std::fs::write(
                folder.join(format!("n{n}-{y}.ron")),
                reflectietool::storage::to_ron(&r),
            )
            .unwrap();
        }
    }
    std::fs::write(folder.join("kapot.ron"), "Reflection(").unwrap();
    let dir = tmp.path().join("data");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1180.0, 800.0))
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    h.state_mut()
        .push(Command::Review(ReviewCommand::Open(vec![folder])));
    let start = Instant::now();
    // the reading thread wakes the window after handing over the review:
    // wait until it has ended, so that its wake is not taken for a repaint
    while h.state().reviews.open.is_none()
        || h.state().has_unsaved()
        || h.state_mut().has_threads_waking()
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the review was read"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    settle(&mut h);
    assert_quiet(&mut h, "review table");
    for (view, page) in [
        (ReviewView::Network(0), "network, read-only"),
        (ReviewView::Problems, "review problems"),
        (ReviewView::Table, "review table again"),
    ] {
        h.state_mut()
            .push(Command::Review(ReviewCommand::Show(view)));
        h.run();
        settle(&mut h);
        assert_quiet(&mut h, page);
    }
    // feedback asks for a frame to save it, and then the page is quiet
    h.state_mut()
        .push(Command::Review(ReviewCommand::Show(ReviewView::Network(0))));
    let key = h.state().reviews.open.as_ref().unwrap().review.entries[0].key();
    h.state_mut()
        .push(Command::Review(ReviewCommand::SetFeedback {
            key,
            theme: None,
            text: "Goed bezig.".into(),
        }));
    h.step();
    assert!(
        repaint_delay(&h) < Duration::from_secs(1),
        "a pending save schedules a frame"
    );
    let start = Instant::now();
    while h.state().has_unsaved() || h.state_mut().has_threads_waking() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the feedback was saved"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    settle(&mut h);
    assert_quiet(&mut h, "network with saved feedback");
}

#[test]
fn the_text_cursor_does_not_blink() {
    // a blinking cursor repaints the window twice a second for as long as
    // a field has the focus (12 % of a core in a debug build, measured on
    // the profile page); the test harness turns blinking off itself, so
    // the program's style is checked on a context that blinks
    let ctx = egui::Context::default();
    ctx.all_styles_mut(|s| s.visuals.text_cursor.blink = true);
    reflectietool::app::style::apply(&ctx);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        assert!(
            !ctx.style_of(theme).visuals.text_cursor.blink,
            "the text cursor blinks in {theme:?}"
        );
    }
}

#[test]
fn the_review_compare_and_asks_pages_ask_for_no_repaint() {
    let q = Questionnaire::builtin_v1();
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    for n in 0..3 {
        for y in [2025, 2026] {
            std::fs::write(
                folder.path().join(format!("n{n}-{y}.ron")),
                reflectietool::storage::to_ron(&reflectietool::sample::network_year(&q, n, y, 2)),
            )
            .unwrap();
        }
    }
    let dir = data.path().to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1180.0, 800.0))
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    h.run();
    h.state_mut().push(Command::Review(ReviewCommand::Open(vec![
        folder.path().to_owned(),
    ])));
    let start = Instant::now();
    while h.state().reviews.open.is_none() || h.state_mut().has_threads_waking() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the review opened"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    for (view, page) in [
        (ReviewView::Compare(0, 1), "comparison"),
        (ReviewView::Asks, "page of what networks ask"),
    ] {
        h.state_mut()
            .push(Command::Review(ReviewCommand::Show(view)));
        h.run();
        assert_eq!(h.state().reviews.open.as_ref().unwrap().view, view);
        settle(&mut h);
        assert_quiet(&mut h, page);
    }
}

#[test]
fn an_idle_slide_asks_for_no_repaint_and_a_running_timer_once_a_second() {
    use reflectietool::app::present::TimerCommand;
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let r = reflectietool::sample::full_reflection(&q, "dia", 4);
    Store::open(tmp.path()).unwrap().save(&r).unwrap();
    let dir = tmp.path().to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    h.state_mut()
        .push(Command::Open(tmp.path().join("dia.ron")));
    h.run();
    h.state_mut().push(Command::Present(true));
    h.run();
    assert_eq!(h.state().page, reflectietool::app::Page::Present);
    // an introduction, a question slide, and a revealed question slide
    settle(&mut h);
    assert_quiet(&mut h, "introduction slide");
    h.state_mut().push(Command::GoToSlide(2));
    h.run();
    settle(&mut h);
    assert_quiet(&mut h, "question slide");
    h.state_mut().push(Command::Reveal(true));
    h.run();
    settle(&mut h);
    assert_quiet(&mut h, "revealed question slide");

    // a running timer: the next frame when the shown second changes, never
    // sooner than ~0.9 s and never later than a second
    h.state_mut().push(Command::Timer(TimerCommand::Toggle));
    h.step();
    for _ in 0..5 {
        h.step();
        let wait = repaint_delay(&h);
        assert!(
            wait >= Duration::from_millis(900) && wait <= Duration::from_secs(1),
            "a running timer repaints once a second, not after {wait:?}: {:?}",
            h.ctx.repaint_causes()
        );
    }
    assert!(
        h.state()
            .present
            .timer
            .is_running(std::time::Instant::now())
    );
    // paused: nothing at all
    h.state_mut().push(Command::Timer(TimerCommand::Toggle));
    h.step();
    settle(&mut h);
    assert_quiet(&mut h, "slide with a paused timer");
    assert!(
        h.state().present.timer.is_started(),
        "it is paused, not reset"
    );
}
