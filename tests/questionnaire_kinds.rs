//! Questionnaire 2.0 for every kind of network, with evidence: the checks
//! on hints, evidence hints, level descriptions, kinds and variants; what
//! an employee network reads and what its self-assessment and worksheet
//! leave out and say they left out; the evidence note in the PDF; and 1.0
//! still built in beside 2.0.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use reflectietool::Lang;
use reflectietool::Questionnaire;
use reflectietool::format::parse_questionnaire;
use reflectietool::model::reflection::{Answer, Entry, NetworkKind, QuestionnaireRef, ScaleAnswer};
use reflectietool::storage::catalogue::Catalogue;

mod common;

fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 12, 3)
}

/// The text of a PDF as `pdftotext` reads it, with runs of white space as
/// one space (a sentence may wrap anywhere).
fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, pdf).unwrap();
    text_of(&path)
}

fn text_of(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A questionnaire with one theme whose questions are `questions` (RON).
fn with_questions(questions: &str) -> String {
    format!(
        r#"Questionnaire(
    id: "t", version: "1", title: (nl: "T", en: "T"),
    scales: [Scale(id: "s", levels: [
        Level(label: (nl: "a", en: "a"), description: (nl: "a", en: "a")),
        Level(label: (nl: "b", en: "b"), description: (nl: "b", en: "b")),
        Level(label: (nl: "c", en: "c"), description: (nl: "c", en: "c")),
    ])],
    themes: [Theme(id: "th", title: (nl: "T", en: "T"), introduction: (nl: "I.", en: "I."), questions: [
{questions}
    ])],
)"#
    )
}

/// The English problems of a questionnaire that should not load.
fn problems(questions: &str) -> Vec<String> {
    match parse_questionnaire(&with_questions(questions), "t.ron") {
        Ok(_) => panic!("should not load: {questions}"),
        Err(e) => e
            .problems()
            .iter()
            .map(|p| format!("{}:{} {}", p.line, p.column, p.message.en))
            .collect(),
    }
}

#[test]
fn a_complete_statement_with_hint_evidence_descriptions_and_variants_loads() {
    let q = parse_questionnaire(
        &with_questions(
            r#"Question(id: "a", prompt: (nl: "Leden", en: "Members"),
    kind: Scale(scale: "s", descriptions: [(nl: "x", en: "x"), (nl: "y", en: "y"), (nl: "z", en: "z")]),
    hint: (nl: "h", en: "h"), evidence: (nl: "e", en: "e"),
    kinds: [StudentAssociation, Employee],
    variants: [Variant(kinds: [Employee], prompt: (nl: "Collega's", en: "Colleagues"))]),"#,
        ),
        "t.ron",
    )
    .unwrap_or_else(|e| panic!("{}", e.describe(Lang::En)));
    let a = q.question("a").unwrap();
    assert_eq!(a.prompt_for(NetworkKind::Employee).en, "Colleagues");
    assert!(!a.applies_to(NetworkKind::Pride));
    let scale = q.scale_of(a).unwrap();
    assert_eq!(
        scale.levels[1].description.nl, "y",
        "the statement's own level"
    );
}

#[test]
fn hints_and_evidence_belong_to_statements_and_positions_only() {
    let p = problems(
        r#"Question(id: "o", prompt: (nl: "O", en: "O"), kind: Open(hint: (nl: "", en: "")), hint: (nl: "h", en: "h")),
Question(id: "k", prompt: (nl: "K", en: "K"), kind: Single(options: [Choice(id: "x", label: (nl: "x", en: "x")), Choice(id: "y", label: (nl: "y", en: "y"))]), evidence: (nl: "e", en: "e")),"#,
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p[0].contains("\"o\" is an open question; put its hint in kind: Open"),
        "{p:?}"
    );
    let line = with_questions(r#"Question(id: "o""#)
        .lines()
        .position(|l| l.contains("Question(id: \"o\""))
        .unwrap()
        + 1;
    assert!(
        p[0].starts_with(&format!("{line}:")),
        "at the line of the hint: {p:?}"
    );
    assert!(
        p[1].contains("\"k\" has no \"How do you know?\" field"),
        "{p:?}"
    );
}

#[test]
fn level_descriptions_are_one_per_level_in_both_languages() {
    let p = problems(
        r#"Question(id: "a", prompt: (nl: "A", en: "A"), kind: Scale(scale: "s", descriptions: [(nl: "x", en: "x"), (nl: "y", en: "")])),"#,
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p.iter()
            .any(|m| m.contains("has 2 level description(s), but scale \"s\" has 3 levels")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|m| m.contains("Level description 2 of question \"a\" has no English text")),
        "{p:?}"
    );
}

#[test]
fn variants_name_kinds_the_question_is_for_once_and_are_complete() {
    let p = problems(
        r#"Question(id: "a", prompt: (nl: "A", en: "A"), kind: Scale(scale: "s"),
    kinds: [Women, Women, Employee],
    variants: [
        Variant(kinds: [Employee], prompt: (nl: "B", en: "B")),
        Variant(kinds: [Employee, Pride], prompt: (nl: "C", en: "")),
        Variant(kinds: [], prompt: (nl: "D", en: "D")),
    ]),"#,
    );
    let all = p.join("\n");
    assert!(all.contains("names Women twice in kinds"), "{all}");
    assert!(
        all.contains("has two variants for Employee (also variant 1)"),
        "{all}"
    );
    assert!(
        all.contains(
            "variant 2 of question \"a\" is for Pride, but the question itself is not for Pride"
        ),
        "{all}"
    );
    assert!(
        all.contains("Variant 2 of question \"a\" has no English text"),
        "{all}"
    );
    assert!(
        all.contains("variant 3 of question \"a\" names no kind of network"),
        "{all}"
    );
    assert_eq!(p.len(), 5, "{all}");
    // each message in Dutch too
    let e = parse_questionnaire(&with_questions(r#"Question(id: "a", prompt: (nl: "A", en: "A"), kind: Scale(scale: "s"), kinds: [Women, Women])"#), "t.ron").unwrap_err();
    assert!(
        e.describe(Lang::Nl)
            .contains("noemt Women twee keer in kinds"),
        "{}",
        e.describe(Lang::Nl)
    );
}

#[test]
fn every_kind_reads_a_complete_questionnaire_in_both_languages() {
    let q = Questionnaire::builtin();
    assert_eq!(q.version, "2.0", "2.0 is the built-in default");
    for kind in NetworkKind::ALL {
        let k = q.for_kind(kind);
        assert!(k.question_count() >= 50, "{kind:?}: {}", k.question_count());
        for (_, question) in k.questions() {
            for lang in [Lang::Nl, Lang::En] {
                assert!(
                    !question.prompt.get(lang).trim().is_empty(),
                    "{kind:?} {}",
                    question.id
                );
                if question.asks_evidence() {
                    assert!(
                        !question.evidence.get(lang).trim().is_empty(),
                        "{kind:?} {} evidence",
                        question.id
                    );
                }
            }
        }
        // left out and kept add up to the whole
        assert_eq!(
            k.question_count() + q.left_out_for_kind(kind).len(),
            q.question_count(),
            "{kind:?}"
        );
    }
    let employee = q.for_kind(NetworkKind::Employee);
    assert!(employee.question("profiel.collegas").is_some());
    assert!(employee.question("profiel.leden").is_none());
    assert!(employee.question("diversiteit.familie").is_none());
    assert!(
        employee
            .question("waarde.erkenning")
            .unwrap()
            .prompt
            .nl
            .starts_with("Collega's")
    );
    let students = q.for_kind(NetworkKind::StudentAssociation);
    assert!(students.question("profiel.collegas").is_none());
    assert!(
        students
            .question("waarde.erkenning")
            .unwrap()
            .prompt
            .nl
            .starts_with("Leden")
    );
}

/// A reflection of an employee network on 2.0, with one statement scored
/// and its evidence written.
fn employee_reflection() -> reflectietool::Reflection {
    let q = Questionnaire::builtin();
    let mut profile = common::profile("Kleurrijk Werkt", "2026-2027");
    profile.kind = NetworkKind::Employee;
    let mut r = reflectietool::Reflection::new(profile, &q);
    r.agreed.insert(
        "waarde.erkenning".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::Level(2))),
            evidence: "Drie collega's zeiden het na de iftar in april.".into(),
            ..Entry::default()
        },
    );
    r
}

#[test]
fn an_employee_networks_self_assessment_keeps_to_its_kind_and_says_what_it_left_out() {
    let q = Questionnaire::builtin();
    let r = employee_reflection();
    for (lang, words, left_word, evidence_word) in [
        (
            Lang::Nl,
            "Collega's vertellen dat ze bij ons mensen ontmoeten",
            "Niet voor dit soort netwerk",
            "Hoe we dit weten",
        ),
        (
            Lang::En,
            "Colleagues tell us that they meet people here",
            "Not for this kind of network",
            "How we know",
        ),
    ] {
        let pdf = reflectietool::report::self_assessment_pdf_on(&r, &q, lang, date()).unwrap();
        let text = pdftotext(&pdf);
        assert!(text.contains(words), "{lang:?}: the employee wording");
        assert!(
            !text.contains(q.question("diversiteit.familie").unwrap().prompt.get(lang)),
            "{lang:?}: a student question is left out"
        );
        let left = q.left_out_for_kind(NetworkKind::Employee).len();
        assert!(
            text.contains(&format!("{left_word} {left}")),
            "{lang:?}: the cover says what was left out: {text}"
        );
        assert!(
            text.contains(evidence_word)
                && text.contains("Drie collega's zeiden het na de iftar in april."),
            "{lang:?}: the evidence note"
        );
        // the statement's own level description, not the scale's
        let own = match &q.question("waarde.erkenning").unwrap().kind {
            reflectietool::model::questionnaire::QuestionKind::Scale { descriptions, .. } => {
                descriptions[2].get(lang).to_owned()
            }
            _ => unreachable!(),
        };
        assert!(text.contains(&own), "{lang:?}: {own}");
    }
    // a student association's document has no such line
    let mut students = r.clone();
    students.profile.kind = NetworkKind::StudentAssociation;
    let text = pdftotext(
        &reflectietool::report::self_assessment_pdf_on(&students, &q, Lang::Nl, date()).unwrap(),
    );
    let left = q.left_out_for_kind(NetworkKind::StudentAssociation).len();
    assert!(text.contains(&format!("Niet voor dit soort netwerk {left}")));
    assert!(text.contains("Leden vertellen dat ze bij ons mensen ontmoeten"));
}

#[test]
fn the_evidence_note_stays_out_when_reasons_are_left_out() {
    let q = Questionnaire::builtin();
    let r = employee_reflection();
    let print = reflectietool::report::Print {
        document: reflectietool::report::Document::Full,
        options: reflectietool::report::PrintOptions {
            reasons: false,
            ..reflectietool::report::PrintOptions::ALL
        },
    };
    let pdf = reflectietool::report::print_pdf_on(&r, &q, Lang::Nl, date(), print).unwrap();
    assert!(!pdftotext(&pdf).contains("iftar"));
}

#[test]
fn the_worksheet_for_an_employee_network_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("werkblad.pdf");
    let run = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(["worksheet", "--lang", "nl", "--kind", "employee", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = text_of(&out);
    let q = Questionnaire::builtin();
    let left = q.left_out_for_kind(NetworkKind::Employee).len();
    assert!(
        text.contains(&format!(
            "Medewerkersnetwerk ({left} vragen zijn niet voor dit soort netwerk)"
        )),
        "{text}"
    );
    assert!(text.contains("Collega's vertellen dat ze bij ons"));
    assert!(!text.contains("Leden vertellen dat ze bij ons"));
    assert!(text.contains("Hoe weten jullie dit?"));
    // without --kind: every question, in the first wording
    let all = dir.path().join("alles.pdf");
    let run = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(["worksheet", "--lang", "en", "--out"])
        .arg(&all)
        .output()
        .unwrap();
    assert!(run.status.success());
    let text = text_of(&all);
    assert!(text.contains("Members tell us that they meet people here"));
    assert!(!text.contains("not for this kind of network"));
    // a kind that does not exist is refused with the ones that do
    let run = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(["worksheet", "--lang", "en", "--kind", "werk", "--out"])
        .arg(dir.path().join("x.pdf"))
        .output()
        .unwrap();
    assert!(!run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("\"werk\"") && err.contains("--kind"), "{err}");
    assert!(!dir.path().join("x.pdf").exists());
}

#[test]
fn a_reflection_on_1_0_finds_1_0_and_prints_with_its_own_texts() {
    let catalogue = Catalogue::builtin(Arc::new(Questionnaire::builtin()));
    let v1 = Questionnaire::builtin_v1();
    assert_eq!(v1.version, "1.0");
    let found = catalogue
        .find(&QuestionnaireRef {
            id: v1.id.clone(),
            version: "1.0".into(),
        })
        .unwrap();
    assert_eq!(found.version, "1.0");
    let newest = catalogue.newest(&v1.id).unwrap();
    assert_eq!(newest.version, "2.0");
    // a new reflection answers 2.0: 1.0 is not offered any more
    let choosable: Vec<String> = catalogue
        .choosable()
        .iter()
        .map(|(q, _)| q.version.clone())
        .collect();
    assert_eq!(choosable, ["2.0"]);

    let mut r = reflectietool::Reflection::new(common::profile("Oud Netwerk", "2025-2026"), &v1);
    r.agreed.insert(
        "waarde.verhaal".into(),
        Entry {
            answer: Some(Answer::Open("De diploma-uitreiking van Samira.".into())),
            ..Entry::default()
        },
    );
    let pdf = reflectietool::report::self_assessment_pdf_on(&r, &found, Lang::Nl, date()).unwrap();
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Welk moment van het afgelopen jaar laat het best zien"),
        "a 1.0 question"
    );
    assert!(text.contains("De diploma-uitreiking van Samira."));
    assert!(
        !text.contains("Niet voor dit soort netwerk"),
        "1.0 has no kinds"
    );
}

#[test]
fn the_builtin_routes_follow_the_version_of_the_reflection() {
    for (q, first) in [
        (Questionnaire::builtin_v1(), "profiel.basis"),
        (Questionnaire::builtin(), "profiel.samen"),
    ] {
        let routes = reflectietool::storage::routes::routes_for(&q, None);
        assert!(routes.problems.is_empty());
        let evening = routes.find("bestuursavond").unwrap();
        assert_eq!(evening.version, q.version);
        assert_eq!(evening.question_ids(&q)[0], first);
    }
    // the 2.0 evening for an employee network: its own questions only
    let q = Questionnaire::builtin();
    let evening = reflectietool::storage::routes::routes_for(&q, None)
        .find("bestuursavond")
        .unwrap()
        .clone();
    let walked = evening.apply(&q.for_kind(NetworkKind::Employee));
    let minutes: u32 = walked
        .questions()
        .map(|(_, x)| reflectietool::model::questionnaire::MINUTES_PER_KIND[x.kind.index()])
        .sum();
    assert!(walked.question_count() >= 24, "{}", walked.question_count());
    assert!(
        minutes + 2 * walked.themes.len() as u32 <= evening.minutes(),
        "the questions fit the evening's time"
    );
}
