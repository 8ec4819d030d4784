//! The member poll in files: the questionnaire's poll is validated with
//! line and column (complete texts, 2–12 items, scale statements, as many
//! answers as levels, none twice), and a reflection's tallies are checked
//! by `check` and kept through a save and a shared copy.

mod common;

use common::poll;
use reflectietool::format::reflection::{parse_reflection, validate_reflection};
use reflectietool::format::{Problem, parse_questionnaire};
use reflectietool::model::poll::PollTally;

/// The problems of a changed fixture: `from` replaced once by `to`.
fn problems_with(from: &str, to: &str) -> (String, Vec<Problem>) {
    let source = poll::source();
    assert!(source.contains(from), "the fixture holds {from}");
    let source = source.replacen(from, to, 1);
    let problems = match parse_questionnaire(&source, "peiling.ron") {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().to_vec(),
    };
    (source, problems)
}

/// The line and column where `needle` starts, at its `nth` occurrence
/// (from 0) after the poll begins.
fn position(source: &str, needle: &str, nth: usize) -> (usize, usize) {
    let poll_at = source.find("poll: Some(").unwrap();
    let mut at = poll_at;
    for _ in 0..=nth {
        at = source[at..].find(needle).map(|i| at + i).unwrap() + 1;
    }
    let before = &source[..at - 1];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, column)
}

fn assert_one(problems: &[Problem], at: (usize, usize), part: &str) {
    assert_eq!(problems.len(), 1, "one problem: {problems:?}");
    let p = &problems[0];
    assert_eq!((p.line, p.column), at, "where: {p:?}");
    assert!(
        p.message.en.contains(part),
        "message says {part}: {}",
        p.message.en
    );
    assert!(!p.message.nl.is_empty() && p.message.nl != p.message.en);
}

#[test]
fn the_fixture_poll_is_valid() {
    let q = poll::questionnaire();
    let p = q.poll.as_ref().expect("a poll");
    assert_eq!(p.items.len(), 8);
    assert_eq!(p.answers.len(), 4);
    let ids: Vec<&str> = p.items.iter().map(|i| i.question.as_str()).collect();
    assert_eq!(ids, poll::ITEMS);
}

#[test]
fn a_missing_english_prompt_is_found_at_its_line() {
    let from = "en: \"The board asks me what I need.\"";
    let (source, problems) = problems_with(from, "en: \"\"");
    let (line, column) = position(&source, "en: \"\")", 0);
    // the problem points at the empty text itself, after `en: `
    assert_one(&problems, (line, column + 4), "no English text");
}

#[test]
fn a_missing_dutch_answer_is_found() {
    let (source, problems) = problems_with("nl: \"Klopt een beetje\"", "nl: \" \"");
    let (line, column) = position(&source, "nl: \" \"", 0);
    assert_one(&problems, (line, column + 4), "no Dutch text");
}

#[test]
fn an_unknown_question_is_named() {
    let (source, problems) = problems_with(
        "question: \"waarde.oefenen\"",
        "question: \"waarde.bestaat-niet\"",
    );
    assert_one(
        &problems,
        position(&source, "\"waarde.bestaat-niet\"", 0),
        "no such question",
    );
}

#[test]
fn only_scale_statements_can_be_polled() {
    // positie.rol is a position question, not a statement on a scale
    let (source, problems) =
        problems_with("question: \"waarde.oefenen\"", "question: \"positie.rol\"");
    assert_one(
        &problems,
        position(&source, "\"positie.rol\"", 0),
        "not a statement on a scale",
    );
}

#[test]
fn a_statement_polled_twice_is_found_at_the_second() {
    let (source, problems) = problems_with(
        "question: \"waarde.contacten\"",
        "question: \"waarde.erkenning\"",
    );
    assert_one(
        &problems,
        position(&source, "\"waarde.erkenning\"", 1),
        "twice",
    );
}

#[test]
fn the_answers_must_match_the_scale_levels() {
    let (_, problems) = problems_with(
        "            (nl: \"Klopt helemaal\", en: \"Fully true\"),\n",
        "",
    );
    // every polled statement's scale has four levels, the poll three answers
    assert_eq!(problems.len(), 8, "{problems:?}");
    assert!(
        problems
            .iter()
            .all(|p| p.message.en.contains("4 levels") && p.message.en.contains("3 answers"))
    );
}

#[test]
fn a_poll_has_two_to_twelve_questions() {
    let source = poll::source();
    let start = source.find("        items: [").unwrap();
    let end = source[start..].find("        ],").unwrap() + start;
    let first_item = source[start..end].lines().nth(1).unwrap().to_owned();
    // one question
    let one = format!(
        "{}        items: [\n{first_item}\n{}",
        &source[..start],
        &source[end..]
    );
    let e = parse_questionnaire(&one, "p.ron").unwrap_err();
    assert_eq!(e.problems().len(), 1, "{e}");
    assert!(
        e.problems()[0].message.en.contains("has 1 question(s)"),
        "{e}"
    );
    // thirteen: the eight and five more statements
    let more: String = [
        "waarde.rolmodellen",
        "waarde.gelaagd",
        "waarde.codes",
        "diversiteit.bruggen",
        "diversiteit.bestuur",
    ]
    .iter()
    .map(|id| {
        format!("            (question: \"{id}\", prompt: (nl: \"Vraag\", en: \"Question\")),\n")
    })
    .collect();
    let many = format!("{}{more}{}", &source[..end], &source[end..]);
    let e = parse_questionnaire(&many, "p.ron").unwrap_err();
    assert_eq!(e.problems().len(), 1, "{e}");
    assert!(
        e.problems()[0].message.en.contains("has 13 question(s)"),
        "{e}"
    );
    // twelve is fine
    let twelve: String = more.lines().take(4).map(|l| format!("{l}\n")).collect();
    let ok = format!("{}{twelve}{}", &source[..end], &source[end..]);
    assert!(parse_questionnaire(&ok, "p.ron").is_ok());
}

/// A reflection on the fixture with tallies, saved as a file's text.
fn reflection_text(tally: PollTally) -> String {
    let q = poll::questionnaire();
    let mut r = reflectietool::Reflection::new(common::profile("Peilnetwerk", "2026-2027"), &q);
    r.poll = Some(tally);
    ron::ser::to_string_pretty(&r, ron::ser::PrettyConfig::default()).unwrap()
}

fn tally(count: u32, counts: &[(&str, Vec<u32>)]) -> PollTally {
    PollTally {
        count,
        counts: counts
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    }
}

fn check(text: &str) -> Vec<Problem> {
    let q = poll::questionnaire();
    let loaded = parse_reflection(text, std::path::Path::new("r.ron")).expect("the file reads");
    validate_reflection(&loaded.reflection, Some(&q), text)
}

#[test]
fn tallies_round_trip_and_pass_check() {
    let t = tally(
        23,
        &[
            ("waarde.erkenning", vec![2, 5, 10, 6, 0]),
            ("missie.zichtbaar", vec![1, 1, 1, 1, 19]),
        ],
    );
    let text = reflection_text(t.clone());
    assert!(text.contains("poll: Some("), "{text}");
    assert!(check(&text).is_empty(), "{:?}", check(&text));
    let back = parse_reflection(&text, std::path::Path::new("r.ron"))
        .unwrap()
        .reflection;
    assert_eq!(back.poll, Some(t));
    // no tallies: no field at all
    let q = poll::questionnaire();
    let none = reflectietool::Reflection::new(common::profile("Leeg", "2026-2027"), &q);
    let text = ron::ser::to_string_pretty(&none, ron::ser::PrettyConfig::default()).unwrap();
    assert!(!text.contains("poll"), "{text}");
}

#[test]
fn check_finds_wrong_lengths_sums_and_ids_at_their_lines() {
    let text = reflection_text(tally(
        10,
        &[
            ("waarde.erkenning", vec![2, 5, 1]),
            ("waarde.oefenen", vec![5, 5, 1, 0, 0]),
            ("positie.rol", vec![1, 0, 0, 0, 0]),
        ],
    ));
    let problems = check(&text);
    assert_eq!(problems.len(), 3, "{problems:?}");
    let line_of = |key: &str| {
        let at = text.find(&format!("\"{key}\": [")).unwrap();
        text[..at].matches('\n').count() + 1
    };
    let find = |part: &str| {
        problems
            .iter()
            .find(|p| p.message.en.contains(part))
            .unwrap_or_else(|| panic!("a problem saying {part}: {problems:?}"))
    };
    assert_eq!(
        find("has 3 counts; give 5").line,
        line_of("waarde.erkenning")
    );
    assert_eq!(
        find("11 ticks in all, more than the 10").line,
        line_of("waarde.oefenen")
    );
    assert_eq!(
        find("not a question of the member poll").line,
        line_of("positie.rol")
    );
}

#[test]
fn a_shared_copy_keeps_the_tallies() {
    let q = poll::questionnaire();
    let mut r = reflectietool::Reflection::new(common::profile("Deelnetwerk", "2026-2027"), &q);
    let t = tally(12, &[("waarde.erkenning", vec![1, 2, 3, 4, 2])]);
    r.poll = Some(t.clone());
    let shared = reflectietool::model::share::shared_copy(&r, "2026-12-03T10:00:00Z");
    assert_eq!(shared.poll, Some(t));
    // an empty tally is not written into the copy
    r.poll = Some(tally(0, &[("waarde.erkenning", vec![0, 0, 0, 0, 0])]));
    assert_eq!(
        reflectietool::model::share::shared_copy(&r, "2026-12-03T10:00:00Z").poll,
        None
    );
}
