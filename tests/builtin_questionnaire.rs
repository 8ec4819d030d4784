//! The built-in questionnaire and the example in `questionnaires/README.md`
//! are valid, and the built-in one has the content the product asks for.

use std::collections::HashSet;

use reflectietool::Questionnaire;
use reflectietool::format::questionnaire::parse_questionnaire;
use reflectietool::model::questionnaire::{KIND_NAMES, QuestionKind};

const README: &str = include_str!("../questionnaires/README.md");

/// The themes the built-in questionnaire must have, in this order.
const THEMES: [&str; 6] = [
    "profiel",
    "waarde",
    "missie",
    "diversiteit",
    "positie",
    "vooruit",
];

#[test]
fn builtin_id_constant_matches_the_file() {
    assert_eq!(
        reflectietool::Questionnaire::builtin_v1().id,
        reflectietool::model::questionnaire::BUILTIN_ID
    );
}

#[test]
fn builtin_loads_and_validates() {
    let q = Questionnaire::builtin_v1();
    assert_eq!(q.id, "reflectietool");
    assert_eq!(q.version, "1.0");
    println!(
        "built-in questionnaire: {}",
        q.summary(reflectietool::Lang::En)
    );
}

#[test]
fn builtin_has_the_themes_in_order() {
    let q = Questionnaire::builtin_v1();
    let ids: Vec<&str> = q.themes.iter().map(|t| t.id.as_str()).collect();
    assert!(ids.len() >= THEMES.len(), "themes: {ids:?}");
    assert_eq!(&ids[..THEMES.len()], &THEMES, "themes in the wrong order");
}

#[test]
fn builtin_has_enough_questions_of_every_kind() {
    let q = Questionnaire::builtin_v1();
    assert!(
        q.question_count() >= 45,
        "only {} questions",
        q.question_count()
    );
    let counts = q.kind_counts();
    for (name, n) in KIND_NAMES.iter().zip(counts) {
        assert!(n > 0, "no question of kind {name}");
    }
    // the healthy mix the issue asks for
    let [open, scale, single, multiple, position] = counts;
    assert!((12..=16).contains(&open), "open: {open}");
    assert!((18..=22).contains(&scale), "scale: {scale}");
    assert!((4..=6).contains(&single), "single: {single}");
    assert!((5..=7).contains(&multiple), "multiple: {multiple}");
    assert!((3..=5).contains(&position), "position: {position}");
}

#[test]
fn positioning_theme_has_at_least_three_positions() {
    let q = Questionnaire::builtin_v1();
    let theme = q
        .themes
        .iter()
        .find(|t| t.id == "positie")
        .expect("theme positie");
    let positions = theme
        .questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Position { .. }))
        .count();
    assert!(
        positions >= 3,
        "only {positions} position questions in positie"
    );
}

#[test]
fn every_theme_introduction_cites_a_year() {
    let q = Questionnaire::builtin_v1();
    for t in &q.themes {
        for (lang, text) in [("nl", &t.introduction.nl), ("en", &t.introduction.en)] {
            assert!(
                has_year(text),
                "theme {} ({lang}) cites no year: {text}",
                t.id
            );
        }
    }
}

#[test]
fn question_ids_name_their_theme() {
    let q = Questionnaire::builtin_v1();
    for (t, question) in q.questions() {
        assert!(
            question.id.starts_with(&format!("{}.", t.id)),
            "question {} is not prefixed with its theme {}",
            question.id,
            t.id
        );
    }
}

#[test]
fn open_questions_have_hints_and_choices_have_unique_labels() {
    let q = Questionnaire::builtin_v1();
    for (_, question) in q.questions() {
        match &question.kind {
            QuestionKind::Open { hint } => {
                assert!(
                    !hint.nl.trim().is_empty() && !hint.en.trim().is_empty(),
                    "open question {} has no hint",
                    question.id
                );
            }
            QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } => {
                let mut seen = HashSet::new();
                for o in options {
                    assert!(
                        seen.insert(&o.label.nl),
                        "{}: label {:?} twice",
                        question.id,
                        o.label.nl
                    );
                }
            }
            _ => {}
        }
    }
}

#[test]
fn prompts_are_short() {
    let q = Questionnaire::builtin_v1();
    for (_, question) in q.questions() {
        for text in [&question.prompt.nl, &question.prompt.en] {
            assert!(
                text.chars().count() <= 140,
                "prompt of {} is {} characters long",
                question.id,
                text.chars().count()
            );
        }
    }
}

#[test]
fn readme_example_is_valid() {
    let src = ron_block(README).expect("a ```ron block in questionnaires/README.md");
    let q = parse_questionnaire(src, "README example")
        .unwrap_or_else(|e| panic!("README example is invalid:\n{e}"));
    // one scale, one theme, one question of each kind
    assert_eq!(q.scales.len(), 1);
    assert_eq!(q.themes.len(), 1);
    assert_eq!(q.kind_counts(), [1, 1, 1, 1, 1]);
}

#[test]
fn open_without_hint_is_accepted_as_the_readme_says() {
    let src = ron_block(README).unwrap();
    let start = src
        .find("kind: Open(")
        .expect("an open question in the example");
    let end = start
        + src[start..]
            .find("                    ),\n                ),")
            .unwrap()
        + "                    ),".len();
    let changed = format!("{}kind: Open(){}", &src[..start], &src[end..]);
    let q = parse_questionnaire(&changed, "README example without hint")
        .unwrap_or_else(|e| panic!("Open() is rejected:\n{e}"));
    assert_eq!(q.kind_counts(), [1, 1, 1, 1, 1]);
}

/// Returns the contents of the first ```ron code block.
fn ron_block(markdown: &str) -> Option<&str> {
    let start = markdown.find("```ron\n")? + "```ron\n".len();
    let len = markdown[start..].find("\n```")?;
    Some(&markdown[start..start + len + 1])
}

/// Whether the text contains a year: four digits starting with 19 or 20,
/// not part of a longer number.
fn has_year(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(3)).any(|i| {
        let digits = b[i..i + 4].iter().all(u8::is_ascii_digit);
        let before = i == 0 || !b[i - 1].is_ascii_digit();
        let after = i + 4 == b.len() || !b[i + 4].is_ascii_digit();
        digits && before && after && (b[i..i + 2] == *b"19" || b[i..i + 2] == *b"20")
    })
}
