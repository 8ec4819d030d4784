//! Focus where the work is, and what a screen reader hears: Tab on a theme
//! page reaches the first question first; F6 / Shift+F6 cycle between the
//! questions, the theme list and the top bar; a new page puts the focus on
//! its first control. In the accessibility tree the window is named, each
//! question is a group named by its prompt, a card's buttons say which
//! reflection they act on, and every progress bar says what it counts.

mod common;

use common::*;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::Questionnaire;
use reflectietool::app::Page;
use reflectietool::model::reflection::{Answer, Entry};
use reflectietool::storage::Store;

/// Returns the label of the focused widget and the name of the question
/// group it lies in (if any); fails when nothing has the focus.
fn focused(h: &H) -> (String, Option<String>) {
    let node = h
        .query_by(|n| n.is_focused())
        .unwrap_or_else(|| panic!("nothing has the keyboard focus\n{}", tree(h)));
    let ak = node.accesskit_node();
    let label = ak.label().or_else(|| ak.value()).unwrap_or_default();
    let mut group = None;
    let mut up = ak.parent();
    while let Some(p) = up {
        if p.role() == Role::Group {
            group = p.label();
            break;
        }
        up = p.parent();
    }
    (label, group)
}

/// Returns the names of the question groups that hold a widget labelled
/// `label`, top to bottom.
fn groups_holding(h: &H, label: &str) -> Vec<Option<String>> {
    let label = label.to_owned();
    let mut nodes: Vec<_> = h
        .query_all_by(move |n| n.label().as_deref() == Some(label.as_str()))
        .collect();
    nodes.sort_by(|a, b| a.rect().top().total_cmp(&b.rect().top()));
    nodes
        .iter()
        .map(|n| {
            let mut up = n.accesskit_node().parent();
            while let Some(p) = up {
                if p.role() == Role::Group {
                    return p.label();
                }
                up = p.parent();
            }
            None
        })
        .collect()
}

fn open_one(dir: &std::path::Path) -> H {
    Store::open(dir)
        .unwrap()
        .save(&reflection("Netwerk Ünal", "2026-2027"))
        .unwrap();
    let mut h = start(dir);
    click(
        &mut h,
        Q::InRow {
            row: "Netwerk Ünal",
            label: "Openen",
        },
    );
    assert_eq!(h.state().page, Page::Reflect);
    h
}

#[test]
fn tab_and_f6_go_where_the_work_is() {
    let q = Questionnaire::builtin_v1();
    let first = |theme: usize| q.themes[theme].questions[0].prompt.nl.clone();
    let tmp = tempfile::tempdir().unwrap();
    let mut h = open_one(tmp.path());

    press(&mut h, Modifiers::NONE, Key::Tab);
    let (label, group) = focused(&h);
    assert_eq!(
        group.as_deref(),
        Some(first(0).as_str()),
        "one Tab after opening lands in the first question, on {label:?}\n{}",
        tree(&h)
    );

    // with nothing focused (Escape), Tab still goes to the first question
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(
        h.query_by(|n| n.is_focused()).is_none(),
        "Escape drops the focus"
    );
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(focused(&h).1.as_deref(), Some(first(0).as_str()));

    let sidebar = format!("1. {}", q.themes[0].title.nl);
    press(&mut h, Modifiers::NONE, Key::F6);
    let (label, _) = focused(&h);
    assert!(
        label.starts_with(&sidebar),
        "F6 moves to the theme list, not to {label:?}"
    );
    press(&mut h, Modifiers::NONE, Key::F6);
    assert_eq!(focused(&h).0, "⌂ Reflecties", "F6 again: the top bar");
    press(&mut h, Modifiers::NONE, Key::F6);
    assert_eq!(
        focused(&h).1.as_deref(),
        Some(first(0).as_str()),
        "F6 again: back to the questions"
    );
    press(&mut h, Modifiers::SHIFT, Key::F6);
    assert_eq!(
        focused(&h).0,
        "⌂ Reflecties",
        "Shift+F6: back to the top bar"
    );
    press(&mut h, Modifiers::SHIFT, Key::F6);
    assert!(
        focused(&h).0.starts_with(&sidebar),
        "Shift+F6: the theme list"
    );

    // the next theme starts on its first control
    press(&mut h, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(h.state().session.as_ref().unwrap().theme, 1);
    let (label, group) = focused(&h);
    assert_eq!(
        group.as_deref(),
        Some(first(1).as_str()),
        "Alt+→ puts the focus in the first question of theme 2, not on {label:?}"
    );

    // home and the new-reflection form start on their first control too
    click(&mut h, Q::Label("⌂ Reflecties"));
    assert_eq!(h.state().page, Page::Home);
    assert_eq!(focused(&h).0, "+ Nieuwe reflectie");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().page, Page::New);
    assert_eq!(focused(&h).0, "Naam van het netwerk");
}

#[test]
fn a_screen_reader_hears_names_and_questions() {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let mut r = reflection("Netwerk Ünal", "2026-2027");
    let theme = &q.themes[0];
    // two of the first theme's questions answered
    for question in theme.questions.iter().take(2) {
        let answer = match &question.kind {
            reflectietool::model::questionnaire::QuestionKind::Open { .. } => {
                Answer::Open("ja".into())
            }
            _ => continue,
        };
        r.agreed.insert(
            question.id.clone(),
            Entry {
                answer: Some(answer),
                ..Entry::default()
            },
        );
    }
    r.agreed.insert(
        theme.questions[0].id.clone(),
        Entry {
            discuss_later: true,
            ..Entry::default()
        },
    );
    Store::open(tmp.path()).unwrap().save(&r).unwrap();
    let mut h = start(tmp.path());

    // the window has a name
    assert_eq!(
        h.root().accesskit_node().label().as_deref(),
        Some("Reflectietool")
    );
    // a card's buttons say which reflection they act on
    assert!(exists(
        &h,
        Q::Role(Role::Button, "Openen: Netwerk Ünal 2026-2027")
    ));
    assert!(exists(
        &h,
        Q::Role(Role::Button, "Verwijderen…: Netwerk Ünal 2026-2027")
    ));

    click(&mut h, Q::Label("Openen: Netwerk Ünal 2026-2027"));
    assert_eq!(
        h.root().accesskit_node().label().as_deref(),
        Some("Reflectietool — Netwerk Ünal 2026-2027"),
        "the window is named after the open network"
    );

    // each "Later bespreken" lies in the group of its own question
    let prompts: Vec<Option<String>> = theme
        .questions
        .iter()
        .map(|qq| Some(qq.prompt.nl.clone()))
        .collect();
    assert_eq!(groups_holding(&h, "Later bespreken"), prompts);
    assert_eq!(groups_holding(&h, "Overslaan"), prompts);
    // and so does every option of a choice question
    for question in &theme.questions {
        if let reflectietool::model::questionnaire::QuestionKind::Single { options, .. }
        | reflectietool::model::questionnaire::QuestionKind::Multiple { options, .. } =
            &question.kind
        {
            for o in options {
                let groups = groups_holding(&h, &o.label.nl);
                assert!(
                    groups.contains(&Some(question.prompt.nl.clone())),
                    "option {:?} is heard with its question: {groups:?}",
                    o.label.nl
                );
            }
        }
    }

    // every progress bar says what it counts
    let bars: Vec<String> = h
        .query_all_by_role(Role::ProgressIndicator)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(bars.len(), q.themes.len(), "one bar per theme: {bars:?}");
    // a skipped question counts as handled, as an answered one
    let handled = r
        .agreed
        .values()
        .filter(|e| e.is_answered() || e.skipped)
        .count();
    assert_eq!(
        bars[0],
        format!(
            "Thema {}: {handled} van {} vragen beantwoord of overgeslagen",
            theme.title.nl,
            theme.questions.len()
        )
    );
    for (bar, t) in bars.iter().zip(&q.themes).skip(1) {
        assert_eq!(
            bar,
            &format!(
                "Thema {}: 0 van {} vragen beantwoord of overgeslagen",
                t.title.nl,
                t.questions.len()
            )
        );
    }
}

#[test]
fn tab_scrolls_the_focused_control_into_view() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = open_one(tmp.path());
    h.state_mut()
        .push(reflectietool::app::Command::SelectTheme(POSITIE));
    h.run();
    let screen = h.ctx.content_rect();
    let mut below_the_fold = 0;
    let mut seen = Vec::new();
    for i in 0..16 {
        press(&mut h, Modifiers::NONE, Key::Tab);
        // the scroll may be animated
        for _ in 0..20 {
            h.step();
        }
        let node = h
            .query_by(|n| n.is_focused())
            .unwrap_or_else(|| panic!("nothing has the focus after {i} Tabs"));
        let r = node.rect();
        let label = node
            .accesskit_node()
            .label()
            .or_else(|| node.accesskit_node().value())
            .unwrap_or_default();
        assert!(
            screen.contains_rect(r),
            "after {} Tabs the focus is on {label:?} at {r:?}, outside the window {screen:?}",
            i + 1
        );
        if !seen.contains(&label) {
            seen.push(label);
        }
        if r.top() > screen.center().y {
            below_the_fold += 1;
        }
    }
    assert!(
        below_the_fold > 0 && seen.len() > 8,
        "Tab went down the page: {seen:?}"
    );
    // and back up with Shift+Tab
    for i in 0..16 {
        press(&mut h, Modifiers::SHIFT, Key::Tab);
        for _ in 0..20 {
            h.step();
        }
        let r = h.query_by(|n| n.is_focused()).unwrap().rect();
        assert!(
            screen.contains_rect(r),
            "after {} Shift+Tabs the focus is at {r:?}, outside {screen:?}",
            i + 1
        );
    }
    close_window(h);
}
