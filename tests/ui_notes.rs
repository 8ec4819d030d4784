//! Private notes and unreadable values in the window: a theme shows the
//! shared notes and the private notes apart, and typing a private note saves
//! it in `private_notes`; an answer the window cannot show (NaN, inf or -3
//! as a position, level 200, text where a scale belongs, an unknown option)
//! is shown as "Onleesbare waarde" with what is wrong, the file stays byte
//! for byte the same until the user clears it, and clearing saves.

mod common;

use std::fs;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::Questionnaire;
use reflectietool::model::questionnaire::QuestionKind;
use reflectietool::model::reflection::{Answer, Entry, ScaleAnswer};
use reflectietool::storage::{Store, to_ron};

const PRIVATE: &str = "Privénotities — komen niet in de pdf of in gedeelde bestanden";
const SHARED: &str = "Notities — komen in de pdf";

#[test]
fn a_private_note_is_saved_apart_from_the_shared_notes() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let path = store.save(&reflection("Netwerk", "2026-2027")).unwrap();
    let mut h = start(tmp.path());
    h.state_mut()
        .push(reflectietool::app::Command::Open(path.clone()));
    h.run();
    let theme = Questionnaire::builtin_v1().themes[0].id.clone();

    assert!(exists(&h, Q::Role(Role::MultilineTextInput, SHARED)));
    type_into(
        &mut h,
        Q::Role(Role::MultilineTextInput, PRIVATE),
        "Sanne twijfelt nog",
    );
    wait_saved(&mut h);
    let on_disk = store.load_at(&path).unwrap().reflection;
    assert_eq!(
        on_disk.private_notes.get(&theme).map(String::as_str),
        Some("Sanne twijfelt nog")
    );
    assert!(
        on_disk.notes.is_empty(),
        "nothing went into the shared notes"
    );

    type_into(&mut h, Q::Role(Role::MultilineTextInput, SHARED), "Gedeeld");
    wait_saved(&mut h);
    let on_disk = store.load_at(&path).unwrap().reflection;
    assert_eq!(
        on_disk.notes.get(&theme).map(String::as_str),
        Some("Gedeeld")
    );
    assert_eq!(
        on_disk.private_notes.get(&theme).map(String::as_str),
        Some("Sanne twijfelt nog")
    );
    close_window(h);
}

/// Counts the sliders in the question group named `prompt`.
fn sliders_in(h: &H, prompt: &str) -> usize {
    let prompt = prompt.to_owned();
    let group = h
        .query_by(move |n| n.role() == Role::Group && n.label().as_deref() == Some(prompt.as_str()))
        .expect("the question is a group named by its prompt");
    group
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Slider)
        .count()
}

fn answered(answer: Answer) -> Entry {
    Entry {
        answer: Some(answer),
        ..Entry::default()
    }
}

#[test]
fn unreadable_values_are_shown_as_such_and_kept_until_cleared() {
    let q = Questionnaire::builtin_v1();
    let theme = &q.themes[POSITIE];
    let first = |f: &dyn Fn(&QuestionKind) -> bool| {
        theme
            .questions
            .iter()
            .find(|qq| f(&qq.kind))
            .expect("theme 5 has this kind of question")
    };
    let position = first(&|k| matches!(k, QuestionKind::Position { .. }));
    let scale = first(&|k| matches!(k, QuestionKind::Scale { .. }));
    let single = first(&|k| matches!(k, QuestionKind::Single { .. }));
    let multiple = first(&|k| matches!(k, QuestionKind::Multiple { .. }));
    let scale2 = theme
        .questions
        .iter()
        .filter(|qq| matches!(qq.kind, QuestionKind::Scale { .. }))
        .nth(1)
        .expect("theme 5 has two scale questions");

    for (what, bad) in [
        (
            "NaN",
            Answer::Position {
                now: Some(f32::NAN),
                desired: Some(0.5),
            },
        ),
        (
            "inf",
            Answer::Position {
                now: Some(0.2),
                desired: Some(f32::INFINITY),
            },
        ),
        (
            "-3",
            Answer::Position {
                now: Some(-3.0),
                desired: None,
            },
        ),
        (
            "7.5",
            Answer::Position {
                now: Some(7.5),
                desired: None,
            },
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let mut r = reflection("Netwerk", "2026-2027");
        r.agreed.insert(position.id.clone(), answered(bad));
        r.agreed.insert(
            scale.id.clone(),
            answered(Answer::Scale(ScaleAnswer::Level(200))),
        );
        r.agreed
            .insert(scale2.id.clone(), answered(Answer::Open("veel".into())));
        r.agreed.insert(
            single.id.clone(),
            answered(Answer::Single {
                choice: "bestaat-niet".into(),
                other: String::new(),
            }),
        );
        r.agreed.insert(
            multiple.id.clone(),
            answered(Answer::Multiple {
                choices: vec!["ook-niet".into()],
                other: String::new(),
            }),
        );
        let path = tmp.path().join("netwerk.ron");
        fs::write(&path, to_ron(&r)).unwrap();
        let before = fs::read(&path).unwrap();

        let mut h = start(tmp.path());
        h.state_mut()
            .push(reflectietool::app::Command::Open(path.clone()));
        h.run();
        assert!(h.state().session.is_some(), "{what}: the file opens");
        h.state_mut()
            .push(reflectietool::app::Command::SelectTheme(POSITIE));
        h.run();

        let markers = h
            .query_all_by(|n| {
                n.role() == Role::Label && n.value().as_deref() == Some("⚠ Onleesbare waarde")
            })
            .count();
        assert_eq!(markers, 5, "{what}: five answers are marked\n{}", tree(&h));
        assert!(
            has_text_containing(&h, "niveau 200 bestaat niet"),
            "{what}: the marker says what is wrong"
        );
        assert!(has_text_containing(&h, "bestaat-niet"));
        assert!(has_text_containing(&h, "ook-niet"));
        // none of the five counts as answered in the theme list
        let progress = format!(
            "Thema {}: 0 van {} vragen beantwoord of overgeslagen",
            theme.title.nl,
            theme.questions.len()
        );
        assert!(
            h.query_all_by(|n| n.role() == Role::ProgressIndicator
                && n.label().as_deref() == Some(progress.as_str()))
                .count()
                == 1,
            "{what}: the theme list says {progress}"
        );
        // nothing shows the bad position as a value: its question holds no slider
        let sliders = sliders_in(&h, &position.prompt.nl);
        assert_eq!(
            sliders, 0,
            "{what}: no slider shows the unreadable position"
        );

        // idling does not write the file
        let_time_pass(&mut h, 700);
        assert_eq!(
            fs::read(&path).unwrap(),
            before,
            "{what}: the file is unchanged after opening and idling"
        );

        // clearing is a change, and is saved
        click(
            &mut h,
            Q::InQuestion {
                prompt: &position.prompt.nl,
                label: "Wissen en opnieuw antwoorden",
            },
        );
        wait_saved(&mut h);
        let on_disk = Store::open(tmp.path())
            .unwrap()
            .load_at(&path)
            .unwrap()
            .reflection;
        assert!(
            on_disk
                .agreed
                .get(&position.id)
                .is_none_or(|e| e.answer.is_none()),
            "{what}: the cleared answer is gone from the file"
        );
        assert_eq!(
            on_disk.agreed[&scale.id].answer,
            Some(Answer::Scale(ScaleAnswer::Level(200))),
            "{what}: the other unreadable values stay as they were"
        );
        assert_eq!(
            sliders_in(&h, &position.prompt.nl),
            2,
            "{what}: the position can be answered again"
        );
        close_window(h);
    }
}
