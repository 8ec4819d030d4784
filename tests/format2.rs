//! File format 2: a format-1 file opens with every answer and is written as
//! format 2 only at the next change; every new field survives a round trip;
//! the documented example is a valid reflection; and the core layers stay
//! free of the window and of import circles.

use std::fs;
use std::path::{Path, PathBuf};

use reflectietool::format::reflection::validate_reflection;
use reflectietool::model::reflection::{
    ActionPoint, ActionStatus, Answer, Continues, Decision, Entry, FORMAT_VERSION, MemberSharing,
    Origin, Outcome, OutcomeResult, Reflection, ScaleAnswer, Sharing,
};
use reflectietool::storage::{self, Store};
use reflectietool::{Questionnaire, sample};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn format1_fixture() -> PathBuf {
    root().join("tests/reflections/format1.ron")
}

#[test]
fn a_format_1_file_opens_with_every_answer_and_saves_as_format_2_only_when_changed() {
    let text = fs::read_to_string(format1_fixture()).unwrap();
    assert!(text.contains("format_version: 1,"));
    assert!(!text.contains("network_id"), "the fixture is format 1");

    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let path = dir.path().join("oud-netwerk.ron");
    fs::write(&path, &text).unwrap();

    let loaded = storage::read_reflection(&path).unwrap();
    assert_eq!(loaded.upgraded_from, Some(1));
    let r = loaded.reflection;
    assert_eq!(r.format_version, FORMAT_VERSION);
    assert_eq!(r.network_id, r.id, "format 1's id becomes the network id");
    assert!(r.private_notes.is_empty());
    assert_eq!(r.sharing, Sharing::default());

    // every answer of the file is there: the same count and the same texts
    let q = Questionnaire::builtin_v1();
    let answered_in_text = text.matches("answer: Some(").count();
    let answered = r.agreed.values().filter(|e| e.answer.is_some()).count()
        + r.respondents
            .iter()
            .flat_map(|p| p.answers.values())
            .filter(|e| e.answer.is_some())
            .count();
    assert!(answered_in_text > 40, "the fixture answers most questions");
    assert_eq!(answered, answered_in_text);
    assert_eq!(r.answered_count(&q), q.question_count());
    for e in r.agreed.values() {
        if let Some(Answer::Open(t)) = &e.answer {
            assert!(text.contains(t.as_str()), "open answer kept: {t}");
        }
    }
    assert!(!r.notes.is_empty(), "format 1 notes stay shared notes");
    assert!(
        validate_reflection(&r, Some(&q), &text).is_empty(),
        "{:?}",
        validate_reflection(&r, Some(&q), &text)
    );

    // reading and listing never rewrite it
    store.list().unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), text);

    // the next real change writes format 2, with every answer
    let mut changed = r.clone();
    changed
        .notes
        .insert("missie".into(), "Nieuwe notitie".into());
    changed.touch();
    fs::write(store.path_of(&changed.id), &text).unwrap();
    store.save(&changed).unwrap();
    let saved = fs::read_to_string(store.path_of(&changed.id)).unwrap();
    assert!(saved.contains("format_version: 2,"));
    assert!(saved.contains(&format!("network_id: \"{}\"", r.id)));
    let again = storage::read_reflection(&store.path_of(&changed.id)).unwrap();
    assert_eq!(again.upgraded_from, None);
    assert_eq!(again.reflection, changed);
    assert_eq!(again.reflection.agreed, r.agreed);
    assert_eq!(again.reflection.respondents, r.respondents);
}

/// A reflection with every field of format 2 set to something not default.
fn every_field() -> Reflection {
    let q = Questionnaire::builtin_v1();
    let mut r = sample::full_reflection(&q, "alles-2", 3);
    r.network_id = "netwerk-stabiel_01".into();
    r.continues = Some(Continues {
        id: "vorig-jaar".into(),
        board_year: "2025-2026".into(),
    });
    r.private_notes.insert(
        "positie".into(),
        "Alleen voor ons: 'quote' \"dubbel\" \\ ) ] }".into(),
    );
    r.sharing = Sharing {
        notes: false,
        actions: true,
        reasons: false,
        members: MemberSharing::ByLabel,
    };
    for (i, e) in r.agreed.values_mut().enumerate() {
        e.decided = Some(Decision::ALL[i % 3]);
    }
    r.agreed.insert(
        "geen-besluit".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::DontKnow)),
            decided: None,
            ..Entry::default()
        },
    );
    r.actions.push(ActionPoint {
        id: "overgenomen".into(),
        theme: None,
        what: "Ruimte vragen".into(),
        who: "Secretaris".into(),
        due: "2027".into(),
        status: ActionStatus::Open,
        outcome: Some(Outcome {
            result: OutcomeResult::Partly,
            why: "Alleen op dinsdag".into(),
        }),
        origin: Some(Origin {
            reflection: "vorig-jaar".into(),
            action: "a3".into(),
        }),
    });
    for (i, result) in [
        OutcomeResult::Done,
        OutcomeResult::Dropped,
        OutcomeResult::StillOpen,
    ]
    .into_iter()
    .enumerate()
    {
        r.actions[i].outcome = Some(Outcome {
            result,
            why: format!("reden {i}"),
        });
    }
    // what the next board records about the previous board's actions,
    // and the letter to the next board
    r.previous_actions.push(ActionPoint {
        id: "a3".into(),
        theme: Some("waarde".into()),
        what: "Website vernieuwen".into(),
        who: "Penningmeester".into(),
        due: "2026".into(),
        status: ActionStatus::Busy,
        outcome: Some(Outcome {
            result: OutcomeResult::StillOpen,
            why: "Geen tijd".into(),
        }),
        origin: Some(Origin {
            reflection: "vorig-jaar".into(),
            action: "a3".into(),
        }),
    });
    r.letter = "Beste opvolgers: 'quote' \"dubbel\" \\ ) ]".into();
    r
}

#[test]
fn every_new_field_survives_a_round_trip_through_the_file() {
    let r = every_field();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let path = store.save(&r).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    for field in [
        "network_id:",
        "continues:",
        "private_notes:",
        "sharing:",
        "decided:",
        "outcome:",
        "origin:",
        "ByLabel",
        "Partly",
        "ChairDecided",
        "previous_actions:",
        "letter:",
        "StillOpen",
    ] {
        assert!(text.contains(field), "{field} is written");
    }
    let back = storage::read_reflection(&path).unwrap();
    assert_eq!(back.upgraded_from, None);
    assert_eq!(back.reflection, r);
    let q = Questionnaire::builtin_v1();
    assert_eq!(
        validate_reflection(&back.reflection, Some(&q), &text),
        vec![]
    );
}

/// Returns the first ```ron block of a Markdown file.
fn ron_block(markdown: &str) -> String {
    let start = markdown.find("```ron\n").expect("a ron block") + 7;
    let end = markdown[start..].find("```").unwrap() + start;
    markdown[start..end].to_owned()
}

#[test]
fn the_documented_example_is_a_valid_format_2_reflection() {
    let doc = fs::read_to_string(root().join("questionnaires/FORMAT.md")).unwrap();
    let example = ron_block(&doc);
    let loaded = reflectietool::format::parse_reflection(&example, Path::new("FORMAT.md")).unwrap();
    assert_eq!(loaded.upgraded_from, None);
    let r = loaded.reflection;
    assert_eq!(
        validate_reflection(&r, None, &example),
        vec![],
        "the example passes every check"
    );
    assert_eq!(r.respondents.len(), 2);
    assert_eq!(r.agreed.len(), 6);
    assert_eq!(r.sharing.members, MemberSharing::Anonymous);
    assert!(r.continues.is_some());
    assert!(r.actions[0].origin.is_some());
    assert_eq!(r.agreed["veilige-plek"].decided, Some(Decision::Majority));
    // it round-trips through the program's own writer
    let written = storage::to_ron(&r);
    let back = reflectietool::format::parse_reflection(&written, Path::new("x")).unwrap();
    assert_eq!(back.reflection, r);
    // every field of the example is documented in the table
    for field in [
        "format_version",
        "network_id",
        "continues",
        "respondents",
        "agreed",
        "private_notes",
        "sharing",
        "shared",
        "decided",
        "outcome",
        "origin",
        "previous_actions",
        "letter",
    ] {
        assert!(doc.contains(&format!("`{field}`")), "{field} documented");
    }
}

/// Lists the Rust files under `src/<dir>` (or the file `src/<dir>.rs`).
fn rust_files(part: &str) -> Vec<PathBuf> {
    let file = root().join("src").join(format!("{part}.rs"));
    if file.exists() {
        return vec![file];
    }
    let mut out = Vec::new();
    let mut stack = vec![root().join("src").join(part)];
    while let Some(dir) = stack.pop() {
        for e in fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    assert!(!out.is_empty(), "src/{part} has Rust files");
    out
}

/// Returns the code of a file without its comments, roughly: lines that
/// start with `//` are dropped.
fn code_of(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The layers from the bottom up; each may use only the layers before it.
const LAYERS: [&str; 6] = ["lang", "model", "format", "storage", "review", "report"];

#[test]
fn the_core_layers_import_no_window_code_and_no_layer_above_them() {
    let above_all = ["app", "cli", "window"];
    for (i, layer) in LAYERS.iter().enumerate() {
        for file in rust_files(layer) {
            let code = code_of(&file);
            for ui in ["egui", "eframe", "winit", "rfd"] {
                assert!(
                    !code.contains(&format!("{ui}::")) && !code.contains(&format!("use {ui}")),
                    "{} uses {ui}: the core must stay free of the window",
                    file.display()
                );
            }
            for higher in LAYERS[i + 1..].iter().chain(above_all.iter()) {
                assert!(
                    !code.contains(&format!("crate::{higher}::"))
                        && !code.contains(&format!("crate::{higher};"))
                        && !code.contains(&format!("crate::{higher}}}")),
                    "{} uses crate::{higher}, a layer above {layer}: that makes an import circle",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn an_unreadable_answer_does_not_count_as_answered() {
    let q = Questionnaire::builtin_v1();
    let (_, scale_q) = q
        .questions()
        .find(|(_, x)| {
            matches!(
                x.kind,
                reflectietool::model::questionnaire::QuestionKind::Scale { .. }
            )
        })
        .unwrap();
    let (_, position_q) = q
        .questions()
        .find(|(_, x)| {
            matches!(
                x.kind,
                reflectietool::model::questionnaire::QuestionKind::Position { .. }
            )
        })
        .unwrap();
    let mut r = Reflection::new(Default::default(), &q);
    let set = |r: &mut Reflection, id: &str, a: Answer| {
        r.agreed.insert(
            id.to_owned(),
            Entry {
                answer: Some(a),
                ..Entry::default()
            },
        );
    };
    set(&mut r, &scale_q.id, Answer::Scale(ScaleAnswer::Level(1)));
    set(
        &mut r,
        &position_q.id,
        Answer::Position {
            now: Some(0.5),
            desired: None,
        },
    );
    assert_eq!(r.answered_count(&q), 2);
    set(&mut r, &scale_q.id, Answer::Scale(ScaleAnswer::Level(200)));
    set(
        &mut r,
        &position_q.id,
        Answer::Position {
            now: Some(f32::NAN),
            desired: None,
        },
    );
    assert_eq!(r.answered_count(&q), 0);
    set(&mut r, &scale_q.id, Answer::Open("tekst".into()));
    assert_eq!(r.answered_count(&q), 0, "text where a scale belongs");
}
