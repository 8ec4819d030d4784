//! `reflectietool check` on reflections: they are validated against their
//! questionnaire, not only parsed, and every problem is reported as
//! `file:line:column: message` at the bad value itself, in Dutch and in
//! English. Also: a byte order mark is accepted, format 1 is fine, and a
//! file or text over the limits gets a clear message.
//!
//! The fixtures live in `tests/reflections/`; each broken one is the valid
//! `valid/small.ron` with one defect. Every case names the text found at
//! its position, so that a miscounted table fails here.

use std::path::{Path, PathBuf};
use std::process::Command;

use reflectietool::Lang;
use reflectietool::format::reflection::{
    MAX_FILE_BYTES, MAX_TEXT_CHARS, ReflectionError, parse_reflection, parse_reflection_bytes,
    validate_reflection,
};
use reflectietool::model::questionnaire::Questionnaire;
use reflectietool::model::reflection::FORMAT_VERSION;
use reflectietool::storage::{self, StorageError};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(kind: &str, name: &str) -> PathBuf {
    root().join("tests/reflections").join(kind).join(name)
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs the program in the project folder, with a data folder of its own.
fn run(args: &[&str]) -> Run {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(args)
        .current_dir(root())
        .env("REFLECTIETOOL_DATA_DIR", data.path())
        .env("LANG", "C")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the program starts");
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    assert!(
        !run.stderr.contains("panicked") && run.code.is_some(),
        "{args:?} panicked or was killed:\n{}",
        run.stderr
    );
    run
}

/// One expected problem: where, the text there (`before|after`), and a
/// fragment of each language's message.
struct Expect {
    line: usize,
    column: usize,
    at: &'static str,
    en: &'static str,
    nl: &'static str,
}

const fn e(
    line: usize,
    column: usize,
    at: &'static str,
    en: &'static str,
    nl: &'static str,
) -> Expect {
    Expect {
        line,
        column,
        at,
        en,
        nl,
    }
}

const CASES: &[(&str, &[Expect])] = &[
    (
        "position_nan.ron",
        &[e(
            28,
            19,
            "now: Some(|NaN)",
            "a position must be a number from 0 to 1, not NaN",
            "een positie moet een getal van 0 tot en met 1 zijn, niet NaN",
        )],
    ),
    (
        "position_inf.ron",
        &[e(29, 23, "desired: Some(|inf)", "not inf", "niet inf")],
    ),
    (
        "position_7_5.ron",
        &[e(29, 23, "desired: Some(|7.5)", "not 7.5", "niet 7.5")],
    ),
    (
        "position_negative.ron",
        &[e(28, 19, "now: Some(|-3)", "not -3", "niet -3")],
    ),
    (
        "scale_level_200.ron",
        &[e(
            38,
            32,
            "Level(|200)",
            "level 200 does not exist; this scale has levels 0 to 3",
            "niveau 200 bestaat niet",
        )],
    ),
    (
        "open_where_scale.ron",
        &[e(
            38,
            20,
            "answer: Some(|Open(",
            "of another kind than the question asks for",
            "van een andere soort dan de vraag vraagt",
        )],
    ),
    (
        "unknown_option.ron",
        &[e(
            34,
            17,
            "choice: |\"bestaat-niet\"",
            "no option with id \"bestaat-niet\"",
            "geen keuze met id \"bestaat-niet\"",
        )],
    ),
    (
        "id_path.ron",
        &[e(
            5,
            7,
            "  id: |\"../../../tmp/evil\"",
            "the id \"../../../tmp/evil\" cannot be part of a file name",
            "het id \"../../../tmp/evil\" kan geen deel van een bestandsnaam zijn",
        )],
    ),
    (
        "id_reserved.ron",
        &[e(
            5,
            7,
            "  id: |\"CON\"",
            "the id \"CON\" cannot be part of a file name",
            "kan geen deel van een bestandsnaam zijn",
        )],
    ),
    (
        "dates_unreadable.ron",
        &[
            e(
                41,
                12,
                "created: |\"gisteren\"",
                "\"gisteren\" is not a date and time",
                "\"gisteren\" is geen datum en tijd",
            ),
            e(
                42,
                12,
                "updated: |\"2026-13-45",
                "is not a date and time",
                "is geen datum en tijd",
            ),
        ],
    ),
    (
        "duplicate_respondent.ron",
        &[e(
            21,
            11,
            "      id: |\"voorzitter\"",
            "two respondents have the id \"voorzitter\"",
            "twee respondenten hebben het id \"voorzitter\"",
        )],
    ),
];

/// Returns (text before, text from) a position; columns count characters.
fn split_at_position(source: &str, line: usize, column: usize) -> Option<(String, String)> {
    let text = source.split('\n').nth(line.checked_sub(1)?)?;
    let chars: Vec<char> = text.chars().collect();
    let cut = column.checked_sub(1)?;
    (cut <= chars.len()).then(|| (chars[..cut].iter().collect(), chars[cut..].iter().collect()))
}

#[test]
fn every_broken_fixture_is_in_the_table_and_the_table_matches_the_text() {
    let mut on_disk: Vec<String> = std::fs::read_dir(root().join("tests/reflections/broken"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut in_table: Vec<String> = CASES.iter().map(|(f, _)| f.to_string()).collect();
    in_table.sort();
    assert_eq!(on_disk, in_table);
    for (file, expects) in CASES {
        let source = std::fs::read_to_string(fixture("broken", file)).unwrap();
        for x in *expects {
            let (before, after) = x.at.split_once('|').unwrap();
            let (head, tail) = split_at_position(&source, x.line, x.column)
                .unwrap_or_else(|| panic!("{file}: no {}:{}", x.line, x.column));
            assert!(
                head.ends_with(before) && tail.starts_with(after),
                "{file}:{}:{}: expected `{before}|{after}`, found `{head}|{tail}`",
                x.line,
                x.column
            );
        }
    }
}

#[test]
fn check_reports_each_defect_at_the_bad_value_in_both_languages() {
    let mut failures = Vec::new();
    for (file, expects) in CASES {
        let name = format!("tests/reflections/broken/{file}");
        for lang in [Lang::En, Lang::Nl] {
            let r = run(&["--lang", lang.code(), "check", &name]);
            if r.code != Some(1) || !r.stdout.is_empty() {
                failures.push(format!(
                    "{name} ({lang:?}): exit {:?}, stdout `{}`, stderr `{}`",
                    r.code, r.stdout, r.stderr
                ));
                continue;
            }
            let lines: Vec<&str> = r.stderr.lines().collect();
            if lines.len() != expects.len() {
                failures.push(format!(
                    "{name} ({lang:?}): expected {} problem(s):\n{}",
                    expects.len(),
                    r.stderr
                ));
                continue;
            }
            for (line, x) in lines.iter().zip(*expects) {
                let prefix = format!("{name}:{}:{}: ", x.line, x.column);
                let fragment = match lang {
                    Lang::En => x.en,
                    Lang::Nl => x.nl,
                };
                if !line.starts_with(&prefix) || !line.contains(fragment) {
                    failures.push(format!(
                        "{name} ({lang:?}): expected `{prefix}…{fragment}…`, got `{line}`"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_valid_fixtures_are_ok() {
    for file in ["small.ron", "format_1.ron"] {
        let name = format!("tests/reflections/valid/{file}");
        let r = run(&["--lang", "en", "check", &name]);
        assert_eq!(r.code, Some(0), "{name}: {}", r.stderr);
        assert_eq!(r.stderr, "");
        assert!(
            r.stdout.starts_with(&format!(
                "{name}: ok, reflection of Netwerk Een (2026-2027), questionnaire reflectietool 1.0, 3/"
            )),
            "{}",
            r.stdout
        );
    }
    // format 1 is ok, and says it is read as the current format
    let r = run(&[
        "--lang",
        "en",
        "check",
        "tests/reflections/valid/format_1.ron",
    ]);
    assert!(
        r.stdout.contains(&format!(
            "note: file format 1; the program reads it as format {FORMAT_VERSION}"
        )),
        "{}",
        r.stdout
    );
    let loaded = storage::read_reflection(&fixture("valid", "format_1.ron")).unwrap();
    assert_eq!(loaded.upgraded_from, Some(1));
    assert_eq!(loaded.reflection.network_id, "netwerk-een-2026");
}

#[test]
fn validation_without_the_questionnaire_still_checks_positions_and_ids() {
    let path = fixture("broken", "position_nan.ron");
    let source = std::fs::read_to_string(&path).unwrap();
    let r = parse_reflection(&source, &path).unwrap().reflection;
    let without = validate_reflection(&r, None, &source);
    assert_eq!(
        without
            .iter()
            .map(|p| (p.line, p.column))
            .collect::<Vec<_>>(),
        [(28, 19)]
    );
    // a wrong kind needs the questionnaire to be seen
    let path = fixture("broken", "open_where_scale.ron");
    let source = std::fs::read_to_string(&path).unwrap();
    let r = parse_reflection(&source, &path).unwrap().reflection;
    assert!(validate_reflection(&r, None, &source).is_empty());
    let q = Questionnaire::builtin_v1();
    assert_eq!(validate_reflection(&r, Some(&q), &source).len(), 1);
}

#[test]
fn both_positions_out_of_range_are_both_reported() {
    let source = std::fs::read_to_string(fixture("valid", "small.ron"))
        .unwrap()
        .replace("Some(0.25)", "Some(-0.5)")
        .replace("Some(0.75)", "Some(1.5)");
    let r = parse_reflection(&source, Path::new("x.ron"))
        .unwrap()
        .reflection;
    let q = Questionnaire::builtin_v1();
    let problems = validate_reflection(&r, Some(&q), &source);
    let at: Vec<(usize, usize)> = problems.iter().map(|p| (p.line, p.column)).collect();
    assert_eq!(at, [(27, 19), (28, 23)], "{problems:#?}");
}

/// A copy of the valid fixture with a byte order mark, as Notepad saves it.
fn with_bom(dir: &Path) -> PathBuf {
    let mut bytes = vec![0xef, 0xbb, 0xbf];
    bytes.extend(std::fs::read(fixture("valid", "small.ron")).unwrap());
    let path = dir.join("notepad.ron");
    std::fs::write(&path, &bytes).unwrap();
    path
}

#[test]
fn a_byte_order_mark_is_accepted_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let path = with_bom(dir.path());
    let name = path.display().to_string();
    let r = run(&["--lang", "en", "check", &name]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stdout.starts_with(&format!("{name}: ok, ")),
        "{}",
        r.stdout
    );
    // the loader of the window and of `list` and `export`
    let loaded = storage::read_reflection(&path).unwrap();
    assert_eq!(loaded.reflection.id, "netwerk-een-2026");
    let bytes = std::fs::read(&path).unwrap();
    assert!(parse_reflection_bytes(&bytes, &path).is_ok());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(parse_reflection(&text, &path).is_ok());
    // positions after a byte order mark still count from the first character
    let broken = text.replace("Some(0.25)", "Some(2.5)");
    let r = parse_reflection(&broken, &path).unwrap().reflection;
    let problems = validate_reflection(&r, Some(&Questionnaire::builtin_v1()), &broken);
    assert_eq!((problems[0].line, problems[0].column), (27, 19));
    // the file was only read
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

/// A reflection whose shared note on one theme is `chars` characters long.
fn with_note(chars: usize) -> String {
    let source = std::fs::read_to_string(fixture("valid", "small.ron")).unwrap();
    let note = "ab cd ".repeat(chars / 6 + 1)[..chars].to_owned();
    source.replace(
        "  created:",
        &format!("  notes: {{\n    \"waarde\": \"{note}\",\n  }},\n  created:"),
    )
}

#[test]
fn a_text_over_the_limit_is_reported_where_it_starts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.ron");
    std::fs::write(&path, with_note(MAX_TEXT_CHARS + 1)).unwrap();
    let name = path.display().to_string();
    let r = run(&["--lang", "en", "check", &name]);
    assert_eq!(r.code, Some(1));
    // line 41 is `    "waarde": "ab cd …`: the text starts at column 15
    // the file is refused as a whole (by every reader: check, list, the
    // window, export), with the text's position first
    assert!(
        r.stderr.starts_with(&format!(
            "{name}:41:15: this text is {} characters long; a text may be at most {MAX_TEXT_CHARS} characters. Shorten it or put part of it in a separate document\n",
            MAX_TEXT_CHARS + 1
        )),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("The file is left untouched"),
        "{}",
        r.stderr
    );
    let store_dir = tempfile::tempdir().unwrap();
    let copy = store_dir.path().join("long.ron");
    std::fs::copy(&path, &copy).unwrap();
    let store = reflectietool::storage::Store::open(store_dir.path()).unwrap();
    assert!(store.load_at(&copy).is_err(), "the window does not open it");
    assert!(
        store.list().unwrap()[0].is_err(),
        "home lists it as unreadable"
    );
    let nl = run(&["--lang", "nl", "check", &name]);
    assert!(
        nl.stderr
            .starts_with(&format!("{name}:41:15: deze tekst is ")),
        "{}",
        nl.stderr
    );
    // no document is made of it either
    let pdf = dir.path().join("long.pdf");
    let export = run(&[
        "--lang",
        "en",
        "export",
        &name,
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(export.code, Some(1));
    assert!(
        export
            .stderr
            .starts_with(&format!("{name}:41:15: this text is ")),
        "{}",
        export.stderr
    );
    assert!(!pdf.exists());
    // exactly at the limit is fine
    std::fs::write(&path, with_note(MAX_TEXT_CHARS)).unwrap();
    assert_eq!(run(&["check", &name]).code, Some(0));
}

#[test]
fn a_20_megabyte_note_is_refused_by_check_list_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let path = data.join("groot.ron");
    let source = with_note(20_000_000);
    assert!(source.len() > 20_000_000);
    std::fs::write(&path, &source).unwrap();
    let name = path.display().to_string();
    let size = format!("{:.1} MB", source.len() as f64 / (1024.0 * 1024.0));
    let limit = format!("{:.1} MB", MAX_FILE_BYTES as f64 / (1024.0 * 1024.0));

    let check = run(&["--lang", "en", "check", &name]);
    assert_eq!(check.code, Some(1));
    assert_eq!(check.stdout, "");
    assert!(
        check.stderr.starts_with(&format!(
            "{name}: this file is {size}, larger than the {limit} a reflection may be; it is not read."
        )),
        "{}",
        check.stderr
    );

    let list = run(&["--lang", "en", "list", "--data-dir", data.to_str().unwrap()]);
    assert!(
        list.stderr
            .contains(&format!("{name}: this file is {size}")),
        "{}",
        list.stderr
    );

    let pdf = dir.path().join("groot.pdf");
    let export = run(&[
        "--lang",
        "nl",
        "export",
        &name,
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(export.code, Some(1));
    assert!(
        export.stderr.starts_with(&format!(
            "{name}: dit bestand is {}, groter dan de {} die een reflectie mag zijn",
            size.replace('.', ","),
            limit.replace('.', ",")
        )),
        "{}",
        export.stderr
    );
    assert!(!pdf.exists());

    // the library says the same, without reading past the limit
    match storage::read_reflection(&path) {
        Err(StorageError::Reflection(ReflectionError::TooLarge { size, limit, .. })) => {
            assert_eq!((size, limit), (source.len(), MAX_FILE_BYTES));
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    // the file is untouched
    assert_eq!(std::fs::read_to_string(&path).unwrap().len(), source.len());
}

#[test]
fn values_inside_some_are_found_where_they_are() {
    // the previous reflection's id and an action's outcome sit inside
    // `Some(…)`; their problems point at the value, not at `Some`
    let source = std::fs::read_to_string(fixture("valid", "small.ron"))
        .unwrap()
        .replace(
            "  profile:",
            "  continues: Some(Continues(\n    id: \"../vorig\",\n  )),\n  profile:",
        );
    let r = parse_reflection(&source, Path::new("x.ron"))
        .unwrap()
        .reflection;
    let problems = validate_reflection(&r, None, &source);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    // line 7 is `    id: "../vorig",`
    assert_eq!((problems[0].line, problems[0].column), (7, 9));
    assert!(problems[0].message.en.contains("\"../vorig\""));
}
