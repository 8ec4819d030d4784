//! Last year beside this year in the self-assessment, read back with
//! `pdftotext`: the page *Wat is er veranderd*, the previous board's action
//! points with what became of them, the letter to the next board, the
//! lines over three years, and a broken link named; in Dutch and English,
//! through the library and through `reflectietool export`.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use reflectietool::model::continuity::History;
use reflectietool::model::reflection::{
    ActionPoint, ActionStatus, Answer, Entry, Outcome, OutcomeResult, Reflection, ScaleAnswer,
};
use reflectietool::report::{self, Document, Print, PrintOptions};
use reflectietool::storage::Store;
use reflectietool::storage::catalogue::Catalogue;
use reflectietool::{Lang, Questionnaire};

fn text_of(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success());
    // one line, so that a phrase broken over two lines is still found
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn pdf_text(pdf: &[u8], dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, pdf).unwrap();
    text_of(&path)
}

fn level(n: u8) -> Entry {
    Entry {
        answer: Some(Answer::Scale(ScaleAnswer::Level(n))),
        ..Entry::default()
    }
}

const ACTIONS: [(&str, &str, OutcomeResult, &str); 4] = [
    (
        "a1",
        "Mentorprogramma opzetten",
        OutcomeResult::Done,
        "twintig koppels",
    ),
    (
        "a2",
        "Alumnidag houden",
        OutcomeResult::Partly,
        "alleen in het voorjaar",
    ),
    (
        "a3",
        "Website vernieuwen",
        OutcomeResult::StillOpen,
        "geen tijd gehad",
    ),
    (
        "a4",
        "Samenwerking met de gemeente",
        OutcomeResult::Dropped,
        "de gemeente stopte",
    ),
];

/// Three linked years in `dir`: 2024-2025, 2025-2026 (with four actions)
/// and 2026-2027 (with the outcomes, one carried, and a letter).
fn three_years(dir: &Path) -> (Store, Reflection, Reflection) {
    let store = Store::open(dir).unwrap();
    let q = Questionnaire::builtin_v1();
    let mut first = Reflection::new(reflectietool_profile("2024-2025"), &q);
    for (i, t) in q.themes.iter().enumerate() {
        for qu in &t.questions {
            first.agreed.insert(qu.id.clone(), level((i % 2) as u8));
        }
    }
    // only statements keep a level; the rest of the ids are not statements
    first.agreed.retain(|id, _| {
        matches!(
            q.question(id).unwrap().kind,
            reflectietool::model::questionnaire::QuestionKind::Scale { .. }
        )
    });
    store.save(&first).unwrap();
    let (mut second, second_path) = store.start_next_year(&first, &q, "2025-2026").unwrap();
    second.agreed = first.agreed.keys().map(|k| (k.clone(), level(2))).collect();
    second.agreed.insert(
        "positie.aanpassen-veranderen".into(),
        Entry {
            answer: Some(Answer::Position {
                now: Some(0.0),
                desired: Some(0.5),
            }),
            ..Entry::default()
        },
    );
    second.actions = ACTIONS
        .iter()
        .map(|(id, what, _, _)| ActionPoint {
            id: (*id).into(),
            theme: Some("waarde".into()),
            what: (*what).into(),
            who: "Voorzitter".into(),
            status: ActionStatus::Busy,
            ..ActionPoint::default()
        })
        .collect();
    store.save_at(&second_path, &second).unwrap();
    let (mut third, third_path) = store.start_next_year(&second, &q, "2026-2027").unwrap();
    third.agreed = first.agreed.keys().map(|k| (k.clone(), level(3))).collect();
    third.agreed.insert("waarde.erkenning".into(), level(0));
    third.agreed.insert(
        "positie.aanpassen-veranderen".into(),
        Entry {
            answer: Some(Answer::Position {
                now: Some(0.5),
                desired: Some(1.0),
            }),
            ..Entry::default()
        },
    );
    for (a, (_, _, result, why)) in third.previous_actions.iter_mut().zip(ACTIONS) {
        a.outcome = Some(Outcome {
            result,
            why: why.into(),
        });
    }
    reflectietool::model::continuity::carry_action(&mut third, "a3").unwrap();
    third.letter = "Aan het bestuur van 2027: houd de mentoren vast.".into();
    store.save_at(&third_path, &third).unwrap();
    (store, second, third)
}

fn reflectietool_profile(year: &str) -> reflectietool::model::reflection::NetworkProfile {
    reflectietool::model::reflection::NetworkProfile {
        name: "Netwerk Jaren".into(),
        board_year: year.into(),
        ..Default::default()
    }
}

fn full() -> Print {
    Print {
        document: Document::Full,
        options: PrintOptions::ALL,
    }
}

fn history(store: &Store, r: &Reflection) -> History {
    let q = Arc::new(Questionnaire::builtin_v1());
    store.history(r, &Catalogue::builtin(q))
}

fn date() -> jiff::civil::Date {
    jiff::civil::date(2027, 6, 1)
}

#[test]
fn three_years_print_what_changed_the_outcomes_the_letter_and_the_lines() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, third) = three_years(dir.path());
    let h = history(&store, &third);
    assert_eq!(h.years.len(), 2);
    let q = Questionnaire::builtin_v1();
    let nl = report::print_history_pdf_on(&third, &q, None, &h, Lang::Nl, date(), full()).unwrap();
    let text = pdf_text(&nl, dir.path(), "nl.pdf");
    for phrase in [
        "Wat is er veranderd",
        "Stellingen die het meest verschoven",
        "Over de jaren",
        "Actiepunten van het vorige bestuur",
        "Brief aan het volgende bestuur",
        "Aan het bestuur van 2027: houd de mentoren vast.",
        "Vervaagd: vorig jaar",
        "Meegenomen naar dit jaar",
    ] {
        assert!(text.contains(phrase), "{phrase:?} is missing:\n{text}");
    }
    for (_, what, result, why) in ACTIONS {
        let word = reflectietool::model::continuity::outcome_label(result);
        let at = text
            .find(what)
            .unwrap_or_else(|| panic!("{what} is missing"));
        let rest = &text[at..];
        assert!(rest.contains(why), "{why} follows {what}");
        assert!(rest.contains(&word.nl), "{} follows {what}", word.nl);
    }
    // the three board years name the lines, oldest first
    let a = text.find("2024-2025").unwrap();
    assert!(text[a..].contains("2025-2026") && text[a..].contains("2026-2027"));

    let en = report::print_history_pdf_on(&third, &q, None, &h, Lang::En, date(), full()).unwrap();
    let text = pdf_text(&en, dir.path(), "en.pdf");
    for phrase in [
        "What has changed",
        "Statements that moved most",
        "Over the years",
        "The previous board's action points",
        "Letter to the next board",
        "Partly done",
        "Still open",
    ] {
        assert!(text.contains(phrase), "{phrase:?} is missing:\n{text}");
    }
}

#[test]
fn two_years_print_both_polygons_key_and_no_lines() {
    let dir = tempfile::tempdir().unwrap();
    let (store, second, _) = three_years(dir.path());
    // the second year alone continues the first: two years
    let h = history(&store, &second);
    assert_eq!(h.years.len(), 1);
    let q = Questionnaire::builtin_v1();
    let pdf =
        report::print_history_pdf_on(&second, &q, None, &h, Lang::Nl, date(), full()).unwrap();
    let text = pdf_text(&pdf, dir.path(), "two.pdf");
    assert!(text.contains("Wat is er veranderd"));
    assert!(
        text.contains("Vorig jaar:"),
        "the legend gives last year's average"
    );
    assert!(!text.contains("Over de jaren"), "lines need three years");
}

#[test]
fn a_broken_link_is_named_in_the_pdf_and_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let (store, second, third) = three_years(dir.path());
    std::fs::remove_file(store.path_of(&second.id)).unwrap();
    let h = history(&store, &third);
    assert!(h.years.is_empty() && h.broken.is_some());
    let q = Questionnaire::builtin_v1();
    let pdf = report::print_history_pdf_on(&third, &q, None, &h, Lang::Nl, date(), full()).unwrap();
    let text = pdf_text(&pdf, dir.path(), "broken.pdf");
    assert!(text.contains("Koppeling verbroken"), "{text}");
    assert!(text.contains("De reflectie van het vorige bestuursjaar 2025-2026"));
    // the outcomes are the new file's own: they still print
    assert!(text.contains("Website vernieuwen") && text.contains("geen tijd gehad"));

    // the command line follows the links in the file's folder
    let out = dir.path().join("export.pdf");
    let run = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .arg("export")
        .arg(store.path_of(&third.id))
        .arg("--out")
        .arg(&out)
        .args(["--lang", "en", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = text_of(&out);
    assert!(text.contains("Broken link"), "{text}");
    assert!(text.contains("The previous board's action points"));
}
