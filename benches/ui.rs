//! Benchmarks of the window, without a GPU: the CPU time of one frame on the
//! largest theme page of a fully answered reflection (also with the answers
//! of its 8 members revealed), of a question slide of the presentation (alone, and with the
//! presenter view beside it), and of building the
//! app up to its first frame, and of one keystroke typed into a
//! 20,000-character multi-line answer. (The start of the real window next to an empty
//! eframe program is timed by `scripts/first-frame.sh`.)
//!
//! Run with `cargo bench --bench ui`.

use criterion::{Criterion, criterion_group, criterion_main};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::Questionnaire;
use reflectietool::app::{Command, ReflectieApp};
use reflectietool::model::questionnaire::QuestionKind;
use reflectietool::model::reflection::Answer;
use reflectietool::storage::Store;

/// Builds the program on a data folder holding `r`, opens it and shows
/// `theme`.
fn open_on_theme(
    store: &Store,
    r: &reflectietool::Reflection,
    theme: usize,
) -> Harness<'static, ReflectieApp> {
    store.save(r).unwrap();
    let dir = store.dir().to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1180.0, 800.0))
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    harness
        .state_mut()
        .push(Command::Open(store.path_of(&r.id)));
    harness.step();
    harness.state_mut().push(Command::SelectTheme(theme));
    harness.run();
    harness
}

fn bench_ui(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let r = reflectietool::sample::full_reflection(&q, "volledig", 8);
    let (largest, _) = q
        .themes
        .iter()
        .enumerate()
        .max_by_key(|(_, t)| t.questions.len())
        .unwrap();

    let mut harness = open_on_theme(&store, &r, largest);
    assert_eq!(harness.state().session.as_ref().unwrap().theme, largest);
    c.bench_function(
        "ui: one frame of the largest theme page (fully answered)",
        |b| b.iter(|| harness.step()),
    );
    drop(harness);

    // the same page with the answers of its 8 members revealed: a dot strip
    // per statement with the members' labels, their markers per position,
    // the counts and texts of the others
    let mut shown = r.clone();
    shown.id = "onthuld".into();
    shown.sharing.members = reflectietool::model::reflection::MemberSharing::ByLabel;
    let mut harness = open_on_theme(&store, &shown, largest);
    harness.state_mut().push(Command::Reveal(true));
    // the command is applied after the frame that took it; the next one
    // draws the answers
    harness.step();
    harness.run();
    assert_eq!(shown.respondents.len(), 8);
    // one dot strip per statement, two marker strips per position
    let strips: usize = q.themes[largest]
        .questions
        .iter()
        .map(|qq| match qq.kind {
            QuestionKind::Scale { .. } => 1,
            QuestionKind::Position { .. } => 2,
            _ => 0,
        })
        .sum();
    assert!(strips > 0);
    assert_eq!(
        harness.query_all_by_role(Role::Image).count(),
        strips,
        "the members' answers are revealed"
    );
    c.bench_function(
        "ui: one frame of the largest theme page with 8 members revealed",
        |b| b.iter(|| harness.step()),
    );
    drop(harness);

    // a question slide of the presentation, full screen at 1920 x 1080: a
    // statement with its levels, described, and the members' answers revealed
    let mut harness = open_on_theme(&store, &shown, largest);
    harness.set_size(egui::vec2(1920.0, 1080.0));
    harness.state_mut().push(Command::Present(true));
    harness.run();
    let slides = reflectietool::model::slides::slides(&q);
    let at = slides
        .iter()
        .position(|s| match *s {
            reflectietool::model::slides::Slide::Question { theme, question } => {
                theme == largest
                    && matches!(
                        q.themes[theme].questions[question].kind,
                        QuestionKind::Scale { .. }
                    )
            }
            _ => false,
        })
        .expect("the largest theme has a statement");
    harness.state_mut().push(Command::GoToSlide(at));
    harness.run();
    assert_eq!(harness.state().present.slide, at);
    harness.get_by_label("Onthullen").click();
    harness.run();
    assert_eq!(
        harness.query_all_by_role(Role::Image).count(),
        1,
        "the members' answers to the statement are on the slide"
    );
    c.bench_function(
        "ui: one frame of a question slide (statement, 8 members revealed, 1920x1080)",
        |b| b.iter(|| harness.step()),
    );

    // the same slide on a second screen: the presenter view on the laptop
    // and the slide drawn again for the wall (inside the window here, as
    // where there are no native viewports)
    harness.state_mut().present.set_screens(vec![
        reflectietool::app::present::Screen {
            name: "eDP-1".into(),
            size: [1366, 768],
            position: [0, 0],
            scale: 1.0,
            current: true,
        },
        reflectietool::app::present::Screen {
            name: "HDMI-1".into(),
            size: [1920, 1080],
            position: [1366, 0],
            scale: 1.0,
            current: false,
        },
    ]);
    harness.state_mut().push(Command::Screen(
        reflectietool::app::present::ScreenCommand::Open,
    ));
    harness.run();
    assert_eq!(harness.state().present.second, Some(1));
    c.bench_function(
        "ui: one frame of the presenter view with the slide on a second screen (1920x1080)",
        |b| b.iter(|| harness.step()),
    );
    drop(harness);

    type_in_long_answer(c, &q);
    // 1.0 has a single choice with "other, namely"; 2.0 has none
    type_in_long_line(c, &Questionnaire::builtin_v1());

    let dir = tmp.path().to_owned();
    c.bench_function("ui: build the app and run its first frame (home)", |b| {
        b.iter(|| {
            let dir = dir.clone();
            let mut h = Harness::builder()
                .with_size(egui::vec2(1180.0, 800.0))
                .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
            h.step();
            h
        })
    });
}

/// One character typed into an open answer of 20,000 characters (250
/// lines of 80), and the frame that shows it: the cost of a keystroke.
fn type_in_long_answer(c: &mut Criterion, q: &Questionnaire) {
    let (theme, question) = q
        .themes
        .iter()
        .enumerate()
        .find_map(|(i, t)| {
            t.questions
                .iter()
                .find(|qq| matches!(qq.kind, QuestionKind::Open { .. }))
                .map(|qq| (i, qq.clone()))
        })
        .expect("the built-in questionnaire has an open question");
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let mut r = reflectietool::sample::full_reflection(q, "lang", 0);
    let line = format!("{}\n", "abcdefghij".repeat(8));
    let long: String = line.repeat(250).chars().take(20_000).collect();
    r.agreed.get_mut(&question.id).unwrap().answer = Some(Answer::Open(long));

    let mut harness = open_on_theme(&store, &r, theme);
    // as the network's kind reads it
    let prompt = question.prompt_for(r.profile.kind).nl.clone();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, &prompt)
        .focus();
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::MultilineTextInput, &prompt)
            .is_focused(),
        "the long answer has the focus"
    );
    c.bench_function(
        "ui: type one character into a 20,000-character answer",
        |b| {
            b.iter(|| {
                harness.event(egui::Event::Text("x".into()));
                harness.step();
            })
        },
    );
    let typed =
        match &harness.state().session.as_ref().unwrap().reflection.agreed[&question.id].answer {
            Some(Answer::Open(s)) => s.chars().count(),
            _ => 0,
        };
    // (a filter that leaves this benchmark out types nothing)
    let filtered = std::env::args().skip(1).any(|a| !a.starts_with('-')) && typed == 20_000;
    assert!(
        typed > 20_000 || filtered,
        "the keystrokes reached the answer ({typed})"
    );
}

/// One character typed into an "other, namely" field that a file filled
/// with 29,000 characters: the case that used to cost about 100 ms per key
/// when the field was one line. The field grows to a few lines now and takes
/// at most 1,200 characters, so the key is refused and the long text is not
/// laid out again.
fn type_in_long_line(c: &mut Criterion, q: &Questionnaire) {
    let (theme, question) = q
        .themes
        .iter()
        .enumerate()
        .find_map(|(i, t)| {
            t.questions
                .iter()
                .find(|qq| matches!(qq.kind, QuestionKind::Single { other: true, .. }))
                .map(|qq| (i, qq.clone()))
        })
        .expect("the built-in questionnaire has a single choice with other");
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let mut r = reflectietool::sample::full_reflection(q, "regel", 0);
    r.agreed.get_mut(&question.id).unwrap().answer = Some(Answer::Single {
        choice: "other".into(),
        other: "abcdefghij".repeat(2_900),
    });

    let mut harness = open_on_theme(&store, &r, theme);
    let long = |n: &egui_kittest::Node<'_>| {
        matches!(
            n.accesskit_node().role(),
            Role::TextInput | Role::MultilineTextInput
        ) && n.value().is_some_and(|v| v.len() >= 29_000)
    };
    let field = harness
        .root()
        .children_recursive()
        .find(long)
        .expect("the long line is on the page");
    field.focus();
    harness.run();
    assert!(
        harness
            .root()
            .children_recursive()
            .any(|n| long(&n) && n.is_focused()),
        "the long line has the focus"
    );
    c.bench_function(
        "ui: type one character into an \"other\" field holding 29,000 characters",
        |b| {
            b.iter(|| {
                harness.event(egui::Event::Text("x".into()));
                harness.step();
            })
        },
    );
}

criterion_group!(benches, bench_ui);
criterion_main!(benches);
