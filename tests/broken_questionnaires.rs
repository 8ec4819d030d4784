//! Broken questionnaires: every problem is reported, together, at the line
//! and column where it is, in Dutch and in English, saying what to change.
//!
//! The fixtures live in `tests/questionnaires/broken/`; each is small and
//! valid apart from the defect(s) it is about. The expected positions are
//! counted from the fixtures, and every case also names the text found at
//! that position, so that a miscounted table fails here rather than
//! silently agreeing with the program.

use std::path::{Path, PathBuf};

use reflectietool::Lang;
use reflectietool::format::problem::Problem;
use reflectietool::format::questionnaire::{
    QuestionnaireError, load_questionnaire, parse_questionnaire,
};
use reflectietool::format::scan::Locations;
use reflectietool::model::questionnaire::{BUILTIN_V1_SOURCE, Questionnaire};

/// One expected problem.
struct Expect {
    line: usize,
    column: usize,
    /// The source around the position, as `before|after`: the text just
    /// before the position ends with `before`, the text from it starts with
    /// `after`.
    at: &'static str,
    /// A fragment of the English message.
    en: &'static str,
    /// A fragment of the Dutch message.
    nl: &'static str,
}

/// One broken fixture and all the problems it must give, in order.
struct Case {
    file: &'static str,
    problems: &'static [Expect],
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

const CASES: &[Case] = &[
    // RON syntax and type errors: the first error only, where it is.
    Case {
        file: "syntax_missing_comma.ron",
        // just after the title's `)`, where the comma belongs, not at the
        // start of the next line; columns count characters, not bytes
        problems: &[e(
            18,
            54,
            "en: \"Purpose\")|",
            "a comma is missing",
            "er ontbreekt een komma",
        )],
    },
    Case {
        file: "syntax_missing_bracket.ron",
        // the `)` of the theme comes where the `]` was due
        problems: &[e(
            23,
            9,
            "        |),",
            "a `Question(…)` should start here",
            "hier hoort `Question(…)` te beginnen",
        )],
    },
    Case {
        file: "syntax_unterminated_string.ron",
        // at the opening quote of the string that never ends
        problems: &[e(
            22,
            101,
            "Scale(scale: |\"eens))",
            "this text is never closed",
            "aanhalingstekens",
        )],
    },
    Case {
        file: "unknown_field.ron",
        problems: &[e(
            14,
            21,
            "|promt:",
            "there is no field `promt` here",
            "het veld `promt` bestaat hier niet",
        )],
    },
    Case {
        file: "unknown_kind.ron",
        problems: &[e(
            15,
            27,
            "kind: |Slider()",
            "there is no variant `Slider` here",
            "de soort `Slider` bestaat hier niet",
        )],
    },
    Case {
        file: "missing_required_field.ron",
        // the `)` that closes the question: where `kind:` has to be added
        problems: &[e(
            15,
            17,
            "|),",
            "the field `kind` is missing (in `Question`)",
            "het veld `kind` ontbreekt (in `Question`)",
        )],
    },
    // Problems found after parsing: all of them, each where it is.
    Case {
        file: "duplicate_question_id.ron",
        problems: &[e(
            20,
            30,
            "Question(id: |\"samen.open\", prompt: (nl: \"Wie?\"",
            "duplicate question id \"samen.open\" (also used at line 12, column 30); give every question its own id",
            "vraag-id \"samen.open\" komt twee keer voor (ook op regel 12, kolom 30)",
        )],
    },
    Case {
        file: "duplicate_theme_id.ron",
        problems: &[e(
            16,
            17,
            "id: |\"doel\"",
            "duplicate theme id \"doel\" (also used at line 8, column 17)",
            "thema-id \"doel\" komt twee keer voor (ook op regel 8, kolom 17)",
        )],
    },
    Case {
        file: "duplicate_option_id.ron",
        problems: &[e(
            20,
            34,
            "(id: |\"leden\", label: (nl: \"Nieuwe leden\"",
            "duplicate option id \"leden\" (also used at line 18, column 34)",
            "optie-id \"leden\" komt twee keer voor (ook op regel 18, kolom 34)",
        )],
    },
    Case {
        file: "reserved_option_other.ron",
        problems: &[e(
            19,
            34,
            "(id: |\"other\"",
            "option id \"other\" is reserved",
            "optie-id \"other\" is gereserveerd",
        )],
    },
    Case {
        file: "unknown_scale.ron",
        problems: &[e(
            21,
            99,
            "Scale(scale: |\"eenz\")",
            "question \"doel.eens\" refers to scale \"eenz\", which does not exist; use one of: eens",
            "vraag \"doel.eens\" verwijst naar schaal \"eenz\", die niet bestaat; kies een van: eens",
        )],
    },
    Case {
        file: "missing_english.ron",
        // `en` is absent, so the text itself is pointed at
        problems: &[e(
            12,
            51,
            "prompt: |(nl: \"Wat?\")",
            "Question \"doel.open\" has no English text; fill in en:",
            "Vraag \"doel.open\" heeft geen Engelse tekst; vul en:",
        )],
    },
    Case {
        file: "empty_dutch.ron",
        problems: &[e(
            9,
            25,
            "title: (nl: |\"  \"",
            "The title of theme \"doel\" has no Dutch text; fill in nl:",
            "De titel van thema \"doel\" heeft geen Nederlandse tekst; vul nl:",
        )],
    },
    Case {
        file: "theme_missing_introduction.ron",
        // the whole introduction is absent: both languages, at the theme
        problems: &[
            e(
                7,
                9,
                "|Theme(",
                "The introduction of theme \"doel\" has no Dutch text",
                "De inleiding van thema \"doel\" heeft geen Nederlandse tekst",
            ),
            e(
                7,
                9,
                "|Theme(",
                "The introduction of theme \"doel\" has no English text",
                "De inleiding van thema \"doel\" heeft geen Engelse tekst",
            ),
        ],
    },
    Case {
        file: "position_missing_pole.ron",
        problems: &[e(
            16,
            111,
            "en: |\"\"),",
            "The right pole of question \"doel.koers\" has no English text",
            "De rechterpool van vraag \"doel.koers\" heeft geen Engelse tekst",
        )],
    },
    Case {
        file: "missing_version.ron",
        // an absent field of the questionnaire: the questionnaire itself
        problems: &[e(
            2,
            1,
            "|Questionnaire(",
            "the questionnaire has no version; add for example version: \"1.0\"",
            "de vragenlijst heeft geen versie; voeg bijvoorbeeld version: \"1.0\" toe",
        )],
    },
    Case {
        file: "empty_questionnaire_id.ron",
        problems: &[e(
            3,
            9,
            "id: |\"\",",
            "The questionnaire has an empty id; give it a short id",
            "De vragenlijst heeft een lege id; geef een korte id",
        )],
    },
    Case {
        file: "bad_id_characters.ron",
        problems: &[e(
            12,
            30,
            "Question(id: |\"doel open!\"",
            "id \"doel open!\" contains characters other than letters, digits",
            "id \"doel open!\" bevat andere tekens dan letters, cijfers",
        )],
    },
    Case {
        file: "scale_one_level.ron",
        problems: &[e(
            9,
            21,
            "levels: |[",
            "scale \"eens\" has 1 level(s); give it between 2 and 10 levels",
            "schaal \"eens\" heeft 1 niveau(s); geef haar tussen 2 en 10 niveaus",
        )],
    },
    Case {
        file: "single_one_option.ron",
        problems: &[e(
            16,
            34,
            "options: |[",
            "question \"doel.vorm\" has 1 option(s); give it between 2 and 20 options",
            "vraag \"doel.vorm\" heeft 1 antwoordoptie(s); geef haar tussen 2 en 20 opties",
        )],
    },
    Case {
        file: "multiple_no_options.ron",
        problems: &[e(
            15,
            45,
            "Multiple(options: |[])",
            "question \"doel.voor\" has 0 option(s)",
            "vraag \"doel.voor\" heeft 0 antwoordoptie(s)",
        )],
    },
    Case {
        file: "theme_without_questions.ron",
        problems: &[e(
            19,
            24,
            "questions: |[],",
            "theme \"leeg\" has no questions; add at least one",
            "thema \"leeg\" heeft geen vragen; voeg er minstens één toe",
        )],
    },
    Case {
        file: "asks_unknown_question.ron",
        problems: &[e(
            25,
            25,
            "\"doel.eens\", |\"doel.vraag\"",
            "asks names question \"doel.vraag\", but the questionnaire has no such question",
            "asks noemt vraag \"doel.vraag\", maar die vraag staat niet in de vragenlijst",
        )],
    },
    Case {
        file: "no_themes.ron",
        problems: &[e(
            6,
            13,
            "themes: |[],",
            "the questionnaire has no themes; add at least one theme",
            "de vragenlijst heeft geen thema's; voeg minstens één thema",
        )],
    },
    Case {
        file: "attribute_header.ron",
        // a `#![enable(...)]` line before the questionnaire must not cost
        // the positions
        problems: &[e(
            13,
            56,
            "prompt: (nl: |\"\", en: \"What?\")",
            "Question \"doel.open\" has no Dutch text",
            "Vraag \"doel.open\" heeft geen Nederlandse tekst",
        )],
    },
    Case {
        file: "byte_order_mark.ron",
        // a byte order mark must neither break parsing nor the positions
        problems: &[e(
            9,
            27,
            "introduction: |(nl: \"Waarom\")",
            "The introduction of theme \"doel\" has no English text",
            "De inleiding van thema \"doel\" heeft geen Engelse tekst",
        )],
    },
    Case {
        file: "several_problems.ron",
        // all six together, sorted by line and column, although the
        // validator meets the scale (line 20) before the themes
        problems: &[
            e(
                4,
                14,
                "version: |\"\",",
                "has no version",
                "heeft geen versie",
            ),
            // columns count characters: "Één" is three of them
            e(
                5,
                40,
                "en: |\"\"),",
                "The title has no English text",
                "De titel heeft geen Engelse tekst",
            ),
            e(
                12,
                99,
                "Scale(scale: |\"eenz\"",
                "refers to scale \"eenz\"",
                "verwijst naar schaal \"eenz\"",
            ),
            e(
                13,
                30,
                "Question(id: |\"doel.eens\", prompt: (nl: \"Nog",
                "duplicate question id \"doel.eens\" (also used at line 12, column 30)",
                "vraag-id \"doel.eens\" komt twee keer voor (ook op regel 12, kolom 30)",
            ),
            e(
                13,
                51,
                "prompt: |(nl: \"Nog eens?\")",
                "Question \"doel.eens\" has no English text",
                "Vraag \"doel.eens\" heeft geen Engelse tekst",
            ),
            e(
                20,
                21,
                "levels: |[",
                "scale \"eens\" has 1 level(s)",
                "schaal \"eens\" heeft 1 niveau(s)",
            ),
        ],
    },
];

fn fixture(dir: &str, file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/questionnaires")
        .join(dir)
        .join(file)
}

/// Loads a fixture that must be invalid and returns its problems.
fn problems_of(path: &Path) -> Vec<Problem> {
    match load_questionnaire(path) {
        Ok(q) => panic!("{} loaded although it is broken: {q:?}", path.display()),
        Err(QuestionnaireError::Invalid { file, problems }) => {
            assert_eq!(
                file,
                path.display().to_string(),
                "the file is named as given"
            );
            assert!(
                !problems.is_empty(),
                "{}: invalid without problems",
                path.display()
            );
            problems
        }
        Err(other) => panic!("{}: not a validation error: {other}", path.display()),
    }
}

/// Returns (text before, text from) the position in the source, counting
/// columns in characters, as an editor does (a byte order mark is no column).
fn split_at_position(source: &str, line: usize, column: usize) -> Option<(String, String)> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let text = source.split('\n').nth(line.checked_sub(1)?)?;
    let chars: Vec<char> = text.trim_end_matches('\r').chars().collect();
    let cut = column.checked_sub(1)?;
    if cut > chars.len() {
        return None;
    }
    Some((chars[..cut].iter().collect(), chars[cut..].iter().collect()))
}

#[test]
fn every_broken_fixture_is_in_the_table_and_only_once() {
    let dir = fixture("broken", "");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    on_disk.sort();
    let mut in_table: Vec<String> = CASES.iter().map(|c| c.file.to_owned()).collect();
    in_table.sort();
    let before = in_table.len();
    in_table.dedup();
    assert_eq!(before, in_table.len(), "a fixture is in the table twice");
    assert_eq!(
        on_disk, in_table,
        "fixtures on disk and in the table differ"
    );
    assert!(
        on_disk.len() >= 14,
        "too few broken fixtures: {}",
        on_disk.len()
    );
}

#[test]
fn the_table_positions_match_the_fixture_text() {
    // This checks the table against the fixtures, not the program: the
    // expected line and column really hold the text the case names.
    for case in CASES {
        let path = fixture("broken", case.file);
        let source = std::fs::read_to_string(&path).unwrap();
        for x in case.problems {
            let (before, after) = x.at.split_once('|').expect("`at` has a `|`");
            let (head, tail) = split_at_position(&source, x.line, x.column)
                .unwrap_or_else(|| panic!("{}: there is no {}:{}", case.file, x.line, x.column));
            assert!(
                head.ends_with(before) && tail.starts_with(after),
                "{}:{}:{}: expected `{before}|{after}`, the text there is `{head}|{tail}`",
                case.file,
                x.line,
                x.column
            );
        }
    }
}

#[test]
fn every_problem_is_reported_at_its_line_and_column_in_both_languages() {
    let mut failures = Vec::new();
    for case in CASES {
        let path = fixture("broken", case.file);
        let got = problems_of(&path);
        let show = |ps: &[Problem]| {
            ps.iter()
                .map(|p| format!("  {}:{}: {}", p.line, p.column, p.message.en))
                .collect::<Vec<_>>()
                .join("\n")
        };
        if got.len() != case.problems.len() {
            failures.push(format!(
                "{}: expected {} problem(s), got {}:\n{}",
                case.file,
                case.problems.len(),
                got.len(),
                show(&got)
            ));
            continue;
        }
        for (i, (p, x)) in got.iter().zip(case.problems).enumerate() {
            let mut wrong = Vec::new();
            if (p.line, p.column) != (x.line, x.column) {
                wrong.push(format!(
                    "at {}:{}, expected {}:{}",
                    p.line, p.column, x.line, x.column
                ));
            }
            if !p.message.en.contains(x.en) {
                wrong.push(format!("English `{}` lacks `{}`", p.message.en, x.en));
            }
            if !p.message.nl.contains(x.nl) {
                wrong.push(format!("Dutch `{}` lacks `{}`", p.message.nl, x.nl));
            }
            if !wrong.is_empty() {
                failures.push(format!(
                    "{} problem {}: {}",
                    case.file,
                    i + 1,
                    wrong.join("; ")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn several_problems_are_all_reported_together_sorted_by_position() {
    let problems = problems_of(&fixture("broken", "several_problems.ron"));
    assert_eq!(problems.len(), 6, "{problems:#?}");
    let positions: Vec<(usize, usize)> = problems.iter().map(|p| (p.line, p.column)).collect();
    let mut sorted = positions.clone();
    sorted.sort();
    assert_eq!(
        positions, sorted,
        "problems are not in the order of the file"
    );
    assert_eq!(
        positions,
        [(4, 14), (5, 40), (12, 99), (13, 30), (13, 51), (20, 21)]
    );
}

#[test]
fn describe_names_file_line_and_column_in_each_language() {
    for case in CASES {
        let path = fixture("broken", case.file);
        let err = load_questionnaire(&path).unwrap_err();
        let name = path.display().to_string();
        for lang in [Lang::Nl, Lang::En] {
            let text = err.describe(lang);
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(
                lines.len(),
                case.problems.len(),
                "{}: one line per problem in {lang:?}:\n{text}",
                case.file
            );
            for (line, x) in lines.iter().zip(case.problems) {
                let prefix = format!("{name}:{}:{}: ", x.line, x.column);
                let fragment = lang.pick(x.nl, x.en);
                assert!(
                    line.starts_with(&prefix) && line.contains(fragment),
                    "{}: in {lang:?} expected `{prefix}...{fragment}...`, got `{line}`",
                    case.file
                );
            }
        }
        // Display is the English description
        assert_eq!(err.to_string(), err.describe(Lang::En));
    }
}

/// Words that say what to change, in each language.
const ADVICE: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "give", "add", "use", "fill", "check", "set", "choose", "save",
        ],
    ),
    (
        Lang::Nl,
        &[
            "geef",
            "voeg",
            "gebruik",
            "vul",
            "controleer",
            "zet",
            "kies",
            "sla",
        ],
    ),
];

#[test]
fn every_message_says_what_to_change() {
    let mut failures = Vec::new();
    for case in CASES {
        for p in problems_of(&fixture("broken", case.file)) {
            for (lang, words) in ADVICE {
                let message = p.message.get(*lang).to_lowercase();
                let advises = message
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| words.contains(&w));
                if !advises {
                    failures.push(format!("{} ({lang:?}): `{message}`", case.file));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "messages that do not say what to change:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_valid_fixtures_load_with_the_expected_counts() {
    // (file, themes, [open, scale, single, multiple, position])
    let expected: &[(&str, usize, [usize; 5])] = &[
        ("every_kind.ron", 2, [2, 1, 1, 1, 1]),
        ("minimal.ron", 1, [1, 0, 0, 0, 0]),
    ];
    for (file, themes, kinds) in expected {
        let path = fixture("valid", file);
        let q = load_questionnaire(&path).unwrap_or_else(|e| panic!("{}", e.describe(Lang::En)));
        assert_eq!(q.themes.len(), *themes, "{file}");
        assert_eq!(q.kind_counts(), *kinds, "{file}");
        assert_eq!(q.question_count(), kinds.iter().sum::<usize>(), "{file}");
    }
    let q = load_questionnaire(&fixture("valid", "every_kind.ron")).unwrap();
    let mate = q.scale("mate").expect("scale `mate`");
    assert!(mate.dont_know && mate.not_applicable);
    assert_eq!(mate.levels.len(), 3);
    // the raw string is read as written
    assert_eq!(q.themes[0].introduction.nl, "Zie \"Putnam (2000)\".");
}

#[test]
fn the_builtin_questionnaire_is_valid() {
    let q = parse_questionnaire(BUILTIN_V1_SOURCE, "builtin")
        .unwrap_or_else(|e| panic!("{}", e.describe(Lang::En)));
    assert_eq!(q, Questionnaire::builtin_v1());
    assert!(!q.themes.is_empty());
}

#[test]
fn a_file_that_is_not_utf8_is_reported_where_the_bad_byte_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.ron");
    // "é" in Latin-1 on line 3, after `    title: (nl: "Caf`
    let mut bytes = b"Questionnaire(\n    id: \"x\",\n    title: (nl: \"Caf".to_vec();
    bytes.push(0xe9);
    bytes.extend_from_slice(b"\", en: \"Cafe\"),\n)\n");
    std::fs::write(&path, &bytes).unwrap();
    let problems = problems_of(&path);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].line, problems[0].column), (3, 21));
    assert!(problems[0].message.en.contains("UTF-8"));
    assert!(problems[0].message.nl.contains("UTF-8"));
}

#[test]
fn a_missing_file_is_a_read_error_that_says_what_to_check() {
    let path = fixture("broken", "does-not-exist.ron");
    let err = load_questionnaire(&path).unwrap_err();
    assert!(matches!(err, QuestionnaireError::Read { .. }), "{err:?}");
    assert!(err.problems().is_empty());
    let name = path.display().to_string();
    let en = err.describe(Lang::En);
    let nl = err.describe(Lang::Nl);
    assert!(
        en.starts_with(&name) && en.contains("check that it exists"),
        "{en}"
    );
    assert!(
        nl.starts_with(&name) && nl.contains("controleer of het bestaat"),
        "{nl}"
    );
}

#[test]
fn parse_errors_and_validation_errors_name_the_file_given() {
    let err = parse_questionnaire("Questionnaire(", "mijn/lijst.ron").unwrap_err();
    assert!(
        err.describe(Lang::En).starts_with("mijn/lijst.ron:1:"),
        "{}",
        err.describe(Lang::En)
    );
    let err = parse_questionnaire("", "leeg.ron").unwrap_err();
    assert!(
        err.describe(Lang::Nl).starts_with("leeg.ron:1:1: "),
        "{}",
        err.describe(Lang::Nl)
    );
}

// ---------------------------------------------------------------------------
// Robustness: mutated questionnaires never panic, and every position that is
// reported lies within the file.

/// A tiny xorshift64 generator: deterministic, no crates needed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Applies one random mutation to a text.
fn mutate(rng: &mut XorShift, text: &str) -> (String, &'static str) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    let what = match rng.below(7) {
        0 => {
            if !out.is_empty() {
                out.remove(rng.below(out.len()));
            }
            "delete a character"
        }
        1 => {
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            let k = rng.below(lines.len());
            let mut s = String::new();
            for (i, l) in lines.iter().enumerate() {
                s.push_str(l);
                if i == k {
                    s.push_str(l);
                }
            }
            out = s.chars().collect();
            "duplicate a line"
        }
        2 => {
            let brackets: Vec<usize> = (0..out.len())
                .filter(|&i| "()[]{}".contains(out[i]))
                .collect();
            if !brackets.is_empty() {
                let i = brackets[rng.below(brackets.len())];
                let all = ['(', ')', '[', ']', '{', '}'];
                let mut c = all[rng.below(all.len())];
                if c == out[i] {
                    c = all[(all.iter().position(|a| *a == c).unwrap() + 1) % all.len()];
                }
                out[i] = c;
            }
            "swap a bracket"
        }
        3 => {
            out.truncate(rng.below(out.len() + 1));
            "truncate"
        }
        4 => {
            out.insert(rng.below(out.len() + 1), '"');
            "insert a quote"
        }
        5 => {
            let noise = [
                ',', ':', '"', '#', '/', '*', '\\', 'r', 'é', '\n', '\u{feff}', ' ', '!', '[',
            ];
            out.insert(rng.below(out.len() + 1), noise[rng.below(noise.len())]);
            "insert a character"
        }
        _ => {
            // delete a whole run, such as a field or a closing part
            if !out.is_empty() {
                let from = rng.below(out.len());
                let to = (from + 1 + rng.below(40)).min(out.len());
                out.drain(from..to);
            }
            "delete a run"
        }
    };
    (out.into_iter().collect(), what)
}

/// Checks that a position lies within `source`: a line from 1 to the number
/// of lines (+1 for the end of a file that ends in a newline), a column from
/// 1 to the length of that line + 1.
fn position_fits(source: &str, line: usize, column: usize) -> Result<(), String> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines: Vec<&str> = source.split('\n').collect();
    let count = source.lines().count();
    if line == 0 || line > count + 1 || line > lines.len() {
        return Err(format!("line {line} outside 1..={}", count + 1));
    }
    let len = lines[line - 1].chars().count();
    if column == 0 || column > len + 1 {
        return Err(format!(
            "column {column} outside 1..={} on line {line}",
            len + 1
        ));
    }
    Ok(())
}

const PATHS: &[&str] = &[
    "",
    "id",
    "version",
    "title.nl",
    "scales[0].levels[1].label.en",
    "themes",
    "themes[0].id",
    "themes[0].questions[0].prompt.nl",
    "themes[1].questions[2].kind.options[1].id",
    "themes[9].questions[99].kind.scale",
];

fn fuzz(name: &str, original: &str, seed: u64, rounds: usize) -> (usize, usize) {
    let mut rng = XorShift(seed);
    let (mut invalid, mut valid) = (0, 0);
    for round in 0..rounds {
        // one to three mutations on top of each other
        let mut source = original.to_owned();
        let mut done = Vec::new();
        for _ in 0..=rng.below(3) {
            let (s, what) = mutate(&mut rng, &source);
            source = s;
            done.push(what);
        }
        let context = || format!("{name}, round {round} ({}):\n{source}", done.join(", "));
        let result = std::panic::catch_unwind(|| parse_questionnaire(&source, "fuzz.ron"));
        let result =
            result.unwrap_or_else(|_| panic!("parse_questionnaire panicked on {}", context()));
        match result {
            Ok(_) => valid += 1,
            Err(err) => {
                invalid += 1;
                let problems = err.problems();
                assert!(
                    !problems.is_empty(),
                    "an error without problems on {}",
                    context()
                );
                for p in problems {
                    if let Err(why) = position_fits(&source, p.line, p.column) {
                        panic!("{why}: `{}` on {}", p.message.en, context());
                    }
                    assert!(!p.message.nl.trim().is_empty() && !p.message.en.trim().is_empty());
                }
                let text = err.describe(Lang::Nl);
                assert_eq!(text.lines().count(), problems.len(), "{}", context());
            }
        }
        let locations = std::panic::catch_unwind(|| Locations::scan(&source))
            .unwrap_or_else(|_| panic!("Locations::scan panicked on {}", context()));
        for path in PATHS {
            let pos = locations.find(path);
            if let Err(why) = position_fits(&source, pos.line, pos.column) {
                panic!("Locations::find({path:?}): {why} on {}", context());
            }
        }
    }
    (invalid, valid)
}

#[test]
fn mutated_questionnaires_never_panic_and_stay_within_the_file() {
    let every_kind = std::fs::read_to_string(fixture("valid", "every_kind.ron")).unwrap();
    let several = std::fs::read_to_string(fixture("broken", "several_problems.ron")).unwrap();
    let mut total_invalid = 0;
    for (name, source, seed) in [
        (
            "the built-in questionnaire",
            BUILTIN_V1_SOURCE,
            0x5eed_0001_u64,
        ),
        ("every_kind.ron", every_kind.as_str(), 0x5eed_0002),
        ("several_problems.ron", several.as_str(), 0x5eed_0003),
    ] {
        let rounds = 400;
        let (invalid, valid) = fuzz(name, source, seed, rounds);
        assert_eq!(invalid + valid, rounds);
        total_invalid += invalid;
    }
    // the mutations really break files, so the checks above were exercised
    assert!(
        total_invalid > 600,
        "only {total_invalid} of 1200 mutants were invalid"
    );
}

#[test]
fn the_prng_is_deterministic() {
    let mut a = XorShift(42);
    let mut b = XorShift(42);
    let xs: Vec<u64> = (0..5).map(|_| a.next()).collect();
    let ys: Vec<u64> = (0..5).map(|_| b.next()).collect();
    assert_eq!(xs, ys);
    assert_eq!(xs[0], 45_454_805_674);
}
