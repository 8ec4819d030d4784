//! `reflectietool check FILE...`, run as the real program: what it prints on
//! stdout and stderr, its exit code, and that it never panics.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use reflectietool::Questionnaire;
use reflectietool::model::questionnaire::{BUILTIN_V1_NAME, QuestionKind};
use reflectietool::model::reflection::{NetworkProfile, Reflection};
use reflectietool::storage::Store;

/// The project folder; the program runs there, so paths stay relative.
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What one run of the program gave.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn assert_no_panic(&self, what: &str) {
        assert!(
            !self.stderr.contains("panicked") && !self.stderr.contains("RUST_BACKTRACE"),
            "{what}: the program panicked:\n{}",
            self.stderr
        );
        assert!(
            self.code.is_some(),
            "{what}: the program was killed by a signal:\n{}",
            self.stderr
        );
    }
}

/// Runs the program in the project folder with a neutral environment: no
/// language from the user's LANG unless given, and a data folder of its own.
fn run_with(args: &[&str], lang_env: Option<&str>) -> Run {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reflectietool"));
    cmd.args(args)
        .current_dir(root())
        .env("REFLECTIETOOL_DATA_DIR", data.path())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("RUST_BACKTRACE");
    match lang_env {
        Some(l) => cmd.env("LANG", l),
        None => cmd.env("LANG", "C"),
    };
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("the program starts");
    let run = Run {
        code: status.code(),
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
    };
    run.assert_no_panic(&format!("{args:?}"));
    run
}

fn run(args: &[&str]) -> Run {
    run_with(args, None)
}

/// The line `check` prints for a valid questionnaire, counted here from the
/// questionnaire itself rather than with the program's own summary.
fn ok_line(name: &str, q: &Questionnaire) -> String {
    let mut counts = [0usize; 5];
    let mut questions = 0;
    for theme in &q.themes {
        for question in &theme.questions {
            questions += 1;
            let k = match question.kind {
                QuestionKind::Open { .. } => 0,
                QuestionKind::Scale { .. } => 1,
                QuestionKind::Single { .. } => 2,
                QuestionKind::Multiple { .. } => 3,
                QuestionKind::Position { .. } => 4,
            };
            counts[k] += 1;
        }
    }
    format!(
        "{name}: ok, {} themes, {questions} questions (open {}, scale {}, single {}, multiple {}, position {})",
        q.themes.len(),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        counts[4]
    )
}

const BROKEN: &str = "tests/questionnaires/broken/unknown_scale.ron";
const SEVERAL: &str = "tests/questionnaires/broken/several_problems.ron";
const EVERY_KIND: &str = "tests/questionnaires/valid/every_kind.ron";

#[test]
fn check_the_builtin_questionnaire_file() {
    let r = run(&["--lang", "en", "check", BUILTIN_V1_NAME]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    let q = Questionnaire::builtin_v1();
    assert_eq!(r.stdout, format!("{}\n", ok_line(BUILTIN_V1_NAME, &q)));
    assert_eq!(r.stderr, "");
    // the file on disk is the one built in
    let on_disk = std::fs::read_to_string(root().join(BUILTIN_V1_NAME)).unwrap();
    assert_eq!(
        on_disk,
        reflectietool::model::questionnaire::BUILTIN_V1_SOURCE
    );
}

#[test]
fn check_a_valid_fixture_counts_every_kind() {
    let r = run(&["--lang", "en", "check", EVERY_KIND]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "{EVERY_KIND}: ok, 2 themes, 6 questions (open 2, scale 1, single 1, multiple 1, position 1)\n"
        )
    );
    assert_eq!(r.stderr, "");
}

#[test]
fn check_says_ok_in_dutch_without_english_words() {
    let r = run(&["--lang", "nl", "check", EVERY_KIND]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "{EVERY_KIND}: ok, 2 thema's, 6 vragen (open 2, schaal 1, één antwoord 1, meer antwoorden 1, positie 1)\n"
        )
    );
}

#[test]
fn the_help_is_dutch_unless_english_is_asked_for() {
    for args in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["export", "--help"],
        vec!["worksheet", "--help"],
    ] {
        let nl = run(&args);
        assert_eq!(nl.code, Some(0), "{args:?}: {}", nl.stderr);
        assert!(
            nl.stdout.contains("Gebruik: reflectietool"),
            "{}",
            nl.stdout
        );
        assert!(nl.stdout.contains("Toont deze hulp"), "{}", nl.stdout);
        for english in [
            "Usage",
            "Options",
            "Commands",
            "Print help",
            "[default:",
            "[env:",
        ] {
            assert!(
                !nl.stdout.contains(english),
                "{args:?}: «{english}» in the Dutch help:\n{}",
                nl.stdout
            );
        }
        let en = run_with(&args, Some("en_GB.UTF-8"));
        assert_eq!(en.code, Some(0));
        assert!(en.stdout.contains("Usage: reflectietool"), "{}", en.stdout);
        assert!(!en.stdout.contains("Gebruik"), "{}", en.stdout);
    }
    let flagged = run(&["--lang", "en", "--help"]);
    assert!(
        flagged.stdout.contains("Usage: reflectietool"),
        "{}",
        flagged.stdout
    );
}

#[test]
fn check_a_broken_file_fails_with_file_line_and_column() {
    let r = run(&["--lang", "en", "check", BROKEN]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stdout, "", "nothing is ok");
    assert_eq!(
        r.stderr,
        format!(
            "{BROKEN}:21:99: question \"doel.eens\" refers to scale \"eenz\", which does not exist; use one of: eens\n"
        )
    );
}

#[test]
fn check_reports_every_problem_of_a_file_by_line() {
    let r = run(&["--lang", "en", "check", SEVERAL]);
    assert_eq!(r.code, Some(1));
    let positions: Vec<&str> = r
        .stderr
        .lines()
        .map(|l| {
            let rest = l.strip_prefix(SEVERAL).and_then(|l| l.strip_prefix(':'));
            let rest = rest.unwrap_or_else(|| panic!("`{l}` does not start with the file"));
            let mut parts = rest.splitn(3, ':');
            let (line, col) = (parts.next().unwrap(), parts.next().unwrap());
            &rest[..line.len() + 1 + col.len()]
        })
        .collect();
    assert_eq!(
        positions,
        ["4:14", "5:40", "12:99", "13:30", "13:51", "20:21"],
        "{}",
        r.stderr
    );
}

#[test]
fn check_a_syntax_error_points_where_the_comma_belongs() {
    let f = "tests/questionnaires/broken/syntax_missing_comma.ron";
    let r = run(&["--lang", "en", "check", f]);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr.starts_with(&format!("{f}:18:54: ")) && r.stderr.contains("a comma is missing"),
        "{}",
        r.stderr
    );
}

#[test]
fn check_a_mix_reports_the_valid_ones_and_fails() {
    let r = run(&["--lang", "en", "check", EVERY_KIND, BROKEN, BUILTIN_V1_NAME]);
    assert_eq!(r.code, Some(1), "one file is broken");
    let q = Questionnaire::builtin_v1();
    assert_eq!(
        r.stdout,
        format!(
            "{EVERY_KIND}: ok, 2 themes, 6 questions (open 2, scale 1, single 1, multiple 1, position 1)\n{}\n",
            ok_line(BUILTIN_V1_NAME, &q)
        )
    );
    assert!(
        r.stderr.starts_with(&format!("{BROKEN}:21:99: ")),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

#[test]
fn check_a_missing_file() {
    let missing = "tests/questionnaires/does-not-exist.ron";
    let r = run(&["--lang", "en", "check", missing, EVERY_KIND]);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr
            .starts_with(&format!("{missing}: cannot read the file")),
        "{}",
        r.stderr
    );
    // the other file is still checked
    assert!(
        r.stdout.starts_with(&format!("{EVERY_KIND}: ok")),
        "{}",
        r.stdout
    );
    let r = run(&["--lang", "nl", "check", missing]);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr
            .starts_with(&format!("{missing}: het bestand is niet te lezen")),
        "{}",
        r.stderr
    );
}

#[test]
fn check_a_folder_instead_of_a_file() {
    let r = run(&["--lang", "en", "check", "tests/questionnaires"]);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr
            .starts_with("tests/questionnaires: cannot read the file"),
        "{}",
        r.stderr
    );
}

/// Random bytes from a fixed seed, far from UTF-8.
fn garbage(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

#[test]
fn check_garbage_and_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = garbage(4096);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the garbage is not UTF-8"
    );
    let noise = dir.path().join("noise.ron");
    std::fs::write(&noise, &bytes).unwrap();
    let empty = dir.path().join("empty.ron");
    std::fs::write(&empty, "").unwrap();
    let blank = dir.path().join("blank.ron");
    std::fs::write(&blank, "\n  // just a comment\n").unwrap();
    for path in [&noise, &empty, &blank] {
        let name = path.display().to_string();
        let r = run(&["--lang", "en", "check", &name]);
        assert_eq!(r.code, Some(1), "{name}");
        assert_eq!(r.stdout, "", "{name}");
        assert_eq!(
            r.stderr,
            format!(
                "{name}:1:1: this is not a questionnaire, a reflection or a route; such a file starts with Questionnaire(, Reflection( or Route(\n"
            )
        );
    }
}

#[test]
fn check_a_questionnaire_that_is_not_utf8() {
    // a valid questionnaire, but saved in Latin-1: "Één" in line 5 of the
    // fixture becomes bytes that are not UTF-8. `check` must not call it ok,
    // because loading it in the program fails.
    let dir = tempfile::tempdir().unwrap();
    let source =
        std::fs::read_to_string(root().join("tests/questionnaires/valid/minimal.ron")).unwrap();
    let source = source.replace(
        "title: (nl: \"Minimaal\"",
        "title: (nl: \"Minimaal \u{c9}\u{e9}n\"",
    );
    let latin1: Vec<u8> = source.chars().map(|c| c as u32 as u8).collect();
    let path = dir.path().join("latin1.ron");
    std::fs::write(&path, &latin1).unwrap();
    let name = path.display().to_string();
    let r = run(&["--lang", "en", "check", &name]);
    assert_eq!(r.code, Some(1), "stdout:\n{}", r.stdout);
    assert_eq!(r.stdout, "");
    // line 4 is `    title: (nl: "Minimaal É…`: the bad byte is column 27
    assert!(
        r.stderr.starts_with(&format!("{name}:4:27: ")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("UTF-8"), "{}", r.stderr);
}

#[test]
fn lang_picks_the_language_of_messages() {
    let nl = run(&["--lang", "nl", "check", BROKEN]);
    let en = run(&["--lang", "en", "check", BROKEN]);
    for r in [&nl, &en] {
        assert_eq!(r.code, Some(1));
        assert!(
            r.stderr.starts_with(&format!("{BROKEN}:21:99: ")),
            "{}",
            r.stderr
        );
    }
    assert!(
        nl.stderr
            .contains("verwijst naar schaal \"eenz\", die niet bestaat; kies een van: eens"),
        "{}",
        nl.stderr
    );
    assert!(!nl.stderr.contains("does not exist"), "{}", nl.stderr);
    assert!(
        en.stderr.contains("which does not exist; use one of: eens"),
        "{}",
        en.stderr
    );

    // without the flag: English only when the locale is English, Dutch for
    // C, POSIX, an empty LANG or any other language; the flag wins over LANG
    let from_env = run_with(&["check", BROKEN], Some("nl_NL.UTF-8"));
    assert_eq!(from_env.stderr, nl.stderr);
    for dutch in ["C", "C.UTF-8", "POSIX", "", "de_DE.UTF-8"] {
        let r = run_with(&["check", BROKEN], Some(dutch));
        assert_eq!(r.stderr, nl.stderr, "LANG={dutch:?} gives Dutch");
    }
    let from_en = run_with(&["check", BROKEN], Some("en_GB.UTF-8"));
    assert_eq!(from_en.stderr, en.stderr);
    let flag_wins = run_with(&["--lang", "en", "check", BROKEN], Some("nl_NL.UTF-8"));
    assert_eq!(flag_wins.stderr, en.stderr);
    // the flag may also come after the command
    let after = run(&["check", BROKEN, "--lang", "nl"]);
    assert_eq!(after.stderr, nl.stderr);

    // Dutch for every kind of message
    let several = run(&["--lang", "nl", "check", SEVERAL]);
    assert!(
        several.stderr.contains("heeft geen versie"),
        "{}",
        several.stderr
    );
    assert!(
        several
            .stderr
            .contains("komt twee keer voor (ook op regel 12, kolom 30)")
    );
    let syntax = run(&[
        "--lang",
        "nl",
        "check",
        "tests/questionnaires/broken/unknown_field.ron",
    ]);
    assert!(
        syntax.stderr.contains("het bestand is hier niet te lezen"),
        "{}",
        syntax.stderr
    );
}

#[test]
fn an_unknown_language_is_refused_without_panicking() {
    let r = run(&["--lang", "de", "check", EVERY_KIND]);
    assert_eq!(r.code, Some(2), "a usage error");
    assert!(r.stderr.contains("gebruik nl of en"), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    let r = run_with(&["--lang", "de", "check", EVERY_KIND], Some("en_US.UTF-8"));
    assert!(r.stderr.contains("use nl or en"), "{}", r.stderr);
}

#[test]
fn usage_errors_are_dutch_unless_english_is_asked_for() {
    let cases: [(&[&str], &str, &str); 3] = [
        (&["check"], "er ontbreekt iets", "something is missing"),
        (
            &["bogus"],
            "onbekende opdracht bogus",
            "unknown command bogus",
        ),
        (
            &["check", "--bogus", EVERY_KIND],
            "onbekende optie --bogus",
            "unknown option --bogus",
        ),
    ];
    for (args, nl, en) in cases {
        for locale in ["C", "POSIX", ""] {
            let r = run_with(args, Some(locale));
            assert_eq!(r.code, Some(2), "{args:?}");
            assert!(
                r.stderr.contains(nl),
                "{args:?} LANG={locale:?}: {}",
                r.stderr
            );
            assert!(r.stderr.contains("reflectietool --help"), "says what to do");
        }
        let r = run_with(args, Some("en_GB.UTF-8"));
        assert!(r.stderr.contains(en), "{args:?}: {}", r.stderr);
        // --lang counts even when the rest cannot be read
        let mut with_flag = vec!["--lang", "en"];
        with_flag.extend_from_slice(args);
        let r = run_with(&with_flag, Some("C"));
        assert!(r.stderr.contains(en), "{with_flag:?}: {}", r.stderr);
    }
}

fn saved_reflection(dir: &Path) -> (PathBuf, Reflection) {
    let store = Store::open(dir.join("data")).unwrap();
    let profile = NetworkProfile {
        name: "Netwerk Één".into(),
        board_year: "2026-2027".into(),
        ..NetworkProfile::default()
    };
    let reflection = Reflection::new(profile, &Questionnaire::builtin_v1());
    let path = store.save(&reflection).unwrap();
    (path, reflection)
}

#[test]
fn check_a_reflection_file() {
    let dir = tempfile::tempdir().unwrap();
    let (path, r) = saved_reflection(dir.path());
    let name = path.display().to_string();
    let q = Questionnaire::builtin_v1();

    let run_en = run(&["--lang", "en", "check", &name]);
    assert_eq!(run_en.code, Some(0), "stderr:\n{}", run_en.stderr);
    assert_eq!(run_en.stderr, "");
    assert_eq!(
        run_en.stdout,
        format!(
            "{name}: ok, reflection of Netwerk Één (2026-2027), questionnaire {} {}, 0/{} questions answered, 0 respondents, 0 action points\n",
            q.id,
            q.version,
            q.question_count()
        )
    );
    assert_eq!(r.questionnaire.id, q.id);

    let run_nl = run(&["--lang", "nl", "check", &name]);
    assert_eq!(run_nl.code, Some(0));
    assert!(
        run_nl.stdout.starts_with(&format!(
            "{name}: ok, reflectie van Netwerk Één (2026-2027)"
        )),
        "{}",
        run_nl.stdout
    );

    // together with questionnaires, in any order
    let both = run(&["--lang", "en", "check", &name, EVERY_KIND]);
    assert_eq!(both.code, Some(0), "{}", both.stderr);
    assert_eq!(both.stdout.lines().count(), 2, "{}", both.stdout);
}

#[test]
fn check_a_broken_reflection_file() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = saved_reflection(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    // drop the last closing parenthesis
    let cut = text.trim_end().strip_suffix(')').unwrap().to_owned();
    std::fs::write(&path, &cut).unwrap();
    let name = path.display().to_string();
    let r = run(&["--lang", "en", "check", &name]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stdout, "");
    let last_line = cut.lines().count();
    assert!(
        r.stderr.starts_with(&format!("{name}:{last_line}:")),
        "expected a position on line {last_line}:\n{}",
        r.stderr
    );
    // the file is left as it was
    assert_eq!(std::fs::read_to_string(&path).unwrap(), cut);
}

#[test]
fn no_argument_combination_makes_the_program_panic() {
    // Running without a command opens the window, so that is not tried here.
    let dir = tempfile::tempdir().unwrap();
    let noise = dir.path().join("noise.ron");
    std::fs::write(&noise, garbage(300)).unwrap();
    let not_a_dir = dir.path().join("file");
    std::fs::write(&not_a_dir, "x").unwrap();
    let (reflection, _) = saved_reflection(dir.path());
    let half = dir.path().join("half.ron");
    std::fs::write(
        &half,
        &reflectietool::model::questionnaire::BUILTIN_V1_SOURCE[..half_of_builtin()],
    )
    .unwrap();
    let noise = noise.display().to_string();
    let not_a_dir = not_a_dir.display().to_string();
    let reflection = reflection.display().to_string();
    let half = half.display().to_string();
    let data = dir.path().join("data").display().to_string();

    let cases: Vec<(Vec<&str>, &[i32])> = vec![
        (vec!["check"], &[2]),
        (vec!["check", ""], &[2]),
        (vec!["check", "/"], &[1]),
        (vec!["check", "-"], &[1]),
        (vec!["check", "--", "--lang"], &[1]),
        (vec!["check", &noise, &noise], &[1]),
        (vec!["check", &half], &[1]),
        (
            vec!["check", &reflection, &reflection, BUILTIN_V1_NAME],
            &[0],
        ),
        (vec!["check", &reflection, BROKEN, SEVERAL, &noise], &[1]),
        (vec!["--lang", "nl", "check", &not_a_dir, &half], &[1]),
        (vec!["--lang", "NL", "check", EVERY_KIND], &[0]),
        (vec!["--lang", "", "check", EVERY_KIND], &[2]),
        (vec!["--lang"], &[2]),
        (vec!["check", "--bogus", EVERY_KIND], &[2]),
        (vec!["bogus"], &[2]),
        (vec!["--help"], &[0]),
        (vec!["check", "--help"], &[0]),
        (vec!["--version"], &[0]),
        (vec!["list", "--data-dir", &data], &[0]),
        (vec!["list", "--data-dir", &not_a_dir], &[1]),
        (vec!["--lang", "nl", "list", "--data-dir", &not_a_dir], &[1]),
    ];
    for (args, codes) in cases {
        for lang in [None, Some("nl_NL.UTF-8")] {
            let r = run_with(&args, lang);
            assert!(
                r.code.is_some_and(|c| codes.contains(&c)),
                "{args:?} (LANG {lang:?}) exited with {:?}, expected one of {codes:?}\nstdout:\n{}\nstderr:\n{}",
                r.code,
                r.stdout,
                r.stderr
            );
            if r.code != Some(0) {
                assert!(!r.stderr.trim().is_empty(), "{args:?}: a failure says why");
            }
        }
    }
}

/// Half the length of the built-in questionnaire, at a character boundary.
fn half_of_builtin() -> usize {
    let s = reflectietool::model::questionnaire::BUILTIN_V1_SOURCE;
    let mut k = s.len() / 2;
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}
