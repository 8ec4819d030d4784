//! ron's own errors, in Dutch and in English: each common kind gets a
//! sentence of its own in both languages that says what to change, in
//! questionnaires and in reflections alike, and the Dutch never quotes
//! ron's English.

use std::path::Path;

use reflectietool::format::Problem;
use reflectietool::format::questionnaire::parse_questionnaire;
use reflectietool::format::reflection::parse_reflection;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn small_reflection() -> String {
    std::fs::read_to_string(root().join("tests/reflections/valid/small.ron")).unwrap()
}

fn minimal_questionnaire() -> String {
    std::fs::read_to_string(root().join("tests/questionnaires/valid/minimal.ron")).unwrap()
}

/// The one problem ron finds in a broken reflection.
fn reflection_problem(source: &str) -> Problem {
    let err = parse_reflection(source, Path::new("r.ron")).expect_err("the text is broken");
    assert_eq!(err.problems().len(), 1, "{err}");
    err.problems()[0].clone()
}

/// The one problem ron finds in a broken questionnaire.
fn questionnaire_problem(source: &str) -> Problem {
    let err = parse_questionnaire(source, "q.ron").expect_err("the text is broken");
    assert_eq!(err.problems().len(), 1, "{err:?}");
    err.problems()[0].clone()
}

/// Replaces exactly one occurrence, so that a changed fixture fails here.
fn replace_once(source: &str, from: &str, to: &str) -> String {
    assert_eq!(
        source.matches(from).count(),
        1,
        "`{from}` is not there once"
    );
    source.replacen(from, to, 1)
}

/// ron's English words, which must not appear in a Dutch message.
const RON_ENGLISH: &[&str] = &[
    "Unexpected",
    "Expected",
    "expected",
    "found",
    "RON",
    "Integer is out of bounds",
    "trailing",
    "Invalid",
    "missing field",
    "named",
];

/// Words that advise what to do.
const ADVICE_EN: &[&str] = &["add", "use", "check", "remove", "save"];
const ADVICE_NL: &[&str] = &[
    "voeg",
    "gebruik",
    "controleer",
    "zet",
    "kies",
    "haal",
    "sla",
];

fn assert_told(p: &Problem, en: &str, nl: &str, what: &str) {
    assert!(
        p.message.en.contains(en),
        "{what}: English `{}` lacks `{en}`",
        p.message.en
    );
    assert!(
        p.message.nl.contains(nl),
        "{what}: Dutch `{}` lacks `{nl}`",
        p.message.nl
    );
    for word in RON_ENGLISH {
        assert!(
            !p.message.nl.contains(word),
            "{what}: Dutch `{}` holds ron's English `{word}`",
            p.message.nl
        );
    }
    let words = |s: &str| {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert!(
        words(&p.message.en)
            .iter()
            .any(|w| ADVICE_EN.contains(&w.as_str())),
        "{what}: `{}` does not say what to do",
        p.message.en
    );
    assert!(
        words(&p.message.nl)
            .iter()
            .any(|w| ADVICE_NL.contains(&w.as_str())),
        "{what}: `{}` does not say what to do",
        p.message.nl
    );
}

#[test]
fn common_kinds_in_reflections() {
    let good = small_reflection();
    // (unknown fields are let through in reflections, for files of a newer
    // program; questionnaires refuse them, below)
    let cases: Vec<(&str, String, &str, &str)> = vec![
        (
            "unexpected end",
            good.trim_end().strip_suffix(')').unwrap().to_owned(),
            "the file ends while something is still open",
            "het bestand houdt op terwijl er nog iets open staat",
        ),
        (
            "expected comma",
            replace_once(&good, "\"netwerk-een-2026\",", "\"netwerk-een-2026\""),
            "a comma is missing",
            "er ontbreekt een komma",
        ),
        (
            "unknown variant",
            replace_once(&good, "Scale(Level(2))", "Scale(Niveau(2))"),
            "there is no variant `Niveau` here",
            "de soort `Niveau` bestaat hier niet",
        ),
        (
            "missing field",
            replace_once(&good, "  created: \"2026-11-25T14:30:00Z\",\n", ""),
            "the field `created` is missing",
            "het veld `created` ontbreekt",
        ),
        (
            "integer out of bounds",
            replace_once(&good, "Level(2)", "Level(300)"),
            "this number does not fit here",
            "dit getal past niet op deze plek",
        ),
        (
            "expected string",
            replace_once(&good, "choice: \"gender\"", "choice: 5"),
            "use a text in double quotes here",
            "zet hier een tekst tussen dubbele aanhalingstekens",
        ),
        (
            "expected number",
            replace_once(&good, "Some(0.25)", "Some(\"kwart\")"),
            "use a number here",
            "gebruik hier een getal",
        ),
        (
            "expected option",
            replace_once(&good, "Some(0.25)", "0.25"),
            "use `Some(…)`",
            "gebruik hier `Some(…)`",
        ),
        (
            "expected array",
            replace_once(&good, "  respondents: [", "  respondents: (["),
            "use a list between `[` and `]` here",
            "gebruik hier een lijst",
        ),
        (
            "expected map",
            replace_once(&good, "  agreed: {", "  agreed: [{"),
            "use a map between `{` and `}` here",
            "gebruik hier een tabel",
        ),
        (
            "expected struct name",
            replace_once(&good, "NetworkProfile(", "Profiel("),
            "this says `Profiel`, but `NetworkProfile` belongs here",
            "hier staat `Profiel`, maar hier hoort `NetworkProfile`",
        ),
        (
            "invalid escape",
            replace_once(&good, "\"Netwerk Een\"", "\"Netwerk \\q Een\""),
            "the character after this backslash",
            "na deze backslash",
        ),
        (
            "trailing characters",
            format!("{good})\n"),
            "there is more after the end of the document",
            "na het einde van het document staat nog iets",
        ),
        (
            "duplicate field",
            replace_once(
                &good,
                "  id: \"netwerk-een-2026\",\n",
                "  id: \"a\",\n  id: \"b\",\n",
            ),
            "the field `id` is given twice",
            "het veld `id` staat hier twee keer",
        ),
    ];
    for (what, source, en, nl) in &cases {
        let p = reflection_problem(source);
        assert_told(&p, en, nl, what);
        assert!(p.message.en.starts_with("the file cannot be read here: "));
        assert!(
            p.message
                .nl
                .starts_with("het bestand is hier niet te lezen: ")
        );
    }
}

#[test]
fn common_kinds_in_questionnaires() {
    let good = minimal_questionnaire();
    let cases: Vec<(&str, String, &str, &str)> = vec![
        (
            "unexpected end",
            good[..good.len() / 2].to_owned(),
            "the file ends while something is still open",
            "het bestand houdt op",
        ),
        (
            "unknown field",
            replace_once(
                &good,
                "    title: (nl: \"Minimaal\"",
                "    titel: (nl: \"Minimaal\"",
            ),
            "there is no field `titel` here",
            "het veld `titel` bestaat hier niet",
        ),
        (
            "missing field",
            replace_once(&good, ", kind: Open()", ""),
            "the field `kind` is missing (in `Question`)",
            "het veld `kind` ontbreekt (in `Question`)",
        ),
        (
            "expected string",
            replace_once(&good, "version: \"1\"", "version: 1"),
            "use a text in double quotes here",
            "zet hier een tekst tussen dubbele aanhalingstekens",
        ),
        (
            "trailing characters",
            format!("{good}]"),
            "there is more after the end of the document",
            "na het einde van het document",
        ),
    ];
    for (what, source, en, nl) in &cases {
        let p = questionnaire_problem(source);
        assert_told(&p, en, nl, what);
    }
}

#[test]
fn a_missing_comma_points_where_the_comma_belongs() {
    let source = replace_once(
        &small_reflection(),
        "\"netwerk-een-2026\",",
        "\"netwerk-een-2026\"",
    );
    let p = reflection_problem(&source);
    // line 4 is `  id: "netwerk-een-2026"`: just after the closing quote
    assert_eq!((p.line, p.column), (4, 25));
}
