//! A mutation test of everything that reads a file the user hands us: the
//! questionnaire loader, the reflection loader (with its migration), the
//! validation of both, the position scanner and the file-kind check. Real
//! files are mutated — bytes flipped, deleted, duplicated and spliced,
//! tokens such as `NaN`, `99999999999`, `"` or a byte order mark put in,
//! invalid UTF-8 made — and every loader must answer without panicking,
//! with problems that point inside the file and say something in both
//! languages.
//!
//! The random numbers come from a fixed seed, so a failure repeats. The
//! number of cases is 100,000 in an optimised build (`cargo test --release
//! --test fuzz_loaders`) and 4,000 in a debug build; the variable
//! `REFLECTIETOOL_FUZZ_CASES` sets another number.

use std::path::Path;

use reflectietool::format::questionnaire::{parse_questionnaire, parse_questionnaire_bytes};
use reflectietool::format::reflection::{
    parse_reflection, parse_reflection_bytes, validate_reflection,
};
use reflectietool::format::scan::{FileKind, Locations, file_kind};
use reflectietool::format::{Problem, ReflectionError};
use reflectietool::model::questionnaire::{BUILTIN_V1_SOURCE, Questionnaire};
use reflectietool::{sample, storage};

/// A small, fast and fully deterministic random number generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// What may be put into a file: values that are out of range or of the
/// wrong kind, brackets, quotes, comments, a byte order mark, and bytes
/// that are not UTF-8.
const TOKENS: &[&[u8]] = &[
    b"NaN",
    b"inf",
    b"-inf",
    b"-1",
    b"-3",
    b"7.5",
    b"99999999999",
    b"1e999",
    b"255",
    b"256",
    b"\"",
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b":",
    b"\\",
    b"\\u{110000}",
    b"\\x",
    b"/*",
    b"*/",
    b"//",
    b"r#\"",
    b"\"#",
    b"\n",
    b"Some(",
    b"None",
    b"Level(200)",
    b"DontKnow",
    b"Open(\"x\")",
    b"#![enable(implicit_some)]",
    b"\"../../x\"",
    b"\"CON\"",
    "\u{feff}".as_bytes(),
    "é".as_bytes(),
    "🏳️‍🌈".as_bytes(),
    b"\xff",
    b"\xc3",
    b"\xe2\x82",
    b"\x00",
];

/// Changes the bytes once, in one of several ways; returns what it did.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>, corpus: &[Vec<u8>]) -> &'static str {
    let len = bytes.len();
    let at = rng.below(len + 1);
    match rng.below(9) {
        0 if len > 0 => {
            let i = rng.below(len);
            bytes[i] ^= 1 << rng.below(8);
            "flip a bit"
        }
        1 if len > 0 => {
            let start = at.min(len - 1);
            let n = 1 + rng.below(16);
            bytes.drain(start..(start + n).min(len));
            "delete"
        }
        2 => {
            let start = rng.below(len + 1);
            let n = rng.below(64).min(len - start);
            let piece = bytes[start..start + n].to_vec();
            bytes.splice(at..at, piece);
            "duplicate"
        }
        3 => {
            // a piece of another file, in place of a piece of this one
            let other = &corpus[rng.below(corpus.len())];
            let from = rng.below(other.len() + 1);
            let n = rng.below(200).min(other.len() - from);
            let cut = rng.below(64).min(len - at);
            bytes.splice(at..at + cut, other[from..from + n].iter().copied());
            "splice"
        }
        4 => {
            bytes.truncate(at);
            "truncate"
        }
        5 => {
            // a token in place of a number, where there is one
            let digit = (0..8)
                .map(|_| rng.below(len.max(1)))
                .find(|i| bytes.get(*i).is_some_and(u8::is_ascii_digit));
            let token = TOKENS[rng.below(TOKENS.len())];
            match digit {
                Some(i) => {
                    let end = (i..len)
                        .find(|j| !matches!(bytes[*j], b'0'..=b'9' | b'.'))
                        .unwrap_or(len);
                    bytes.splice(i..end, token.iter().copied());
                }
                None => {
                    bytes.splice(at..at, token.iter().copied());
                }
            }
            "replace a number"
        }
        6 => {
            bytes.splice(0..0, "\u{feff}".bytes());
            "byte order mark"
        }
        _ => {
            let token = TOKENS[rng.below(TOKENS.len())];
            bytes.splice(at..at, token.iter().copied());
            "insert a token"
        }
    }
}

/// Checks that a problem points inside the text (a line that exists, a
/// column from 1 to one past the end of the line) and says something in
/// both languages, the Dutch without ron's English words.
fn check_problem(source: &str, p: &Problem) -> Result<(), String> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines: Vec<&str> = source.split('\n').collect();
    if p.line == 0 || p.line > lines.len() {
        return Err(format!("line {} of {}", p.line, lines.len()));
    }
    let width = lines[p.line - 1].chars().count();
    if p.column == 0 || p.column > width + 1 {
        return Err(format!(
            "column {} on line {} of {} characters",
            p.column, p.line, width
        ));
    }
    if p.message.nl.trim().is_empty() || p.message.en.trim().is_empty() {
        return Err("an empty message".into());
    }
    for english in ["Expected ", "Unexpected ", "RON"] {
        if p.message.nl.contains(english) {
            return Err(format!("English in Dutch: {}", p.message.nl));
        }
    }
    Ok(())
}

/// The questionnaires a mutated reflection may be checked against.
struct Known {
    builtin: Questionnaire,
    builtin2: Questionnaire,
    every_kind: Questionnaire,
}

impl Known {
    /// Finds a questionnaire by id and version, else by id.
    fn find(&self, id: &str, version: &str) -> Option<&Questionnaire> {
        let all = [&self.builtin, &self.builtin2, &self.every_kind];
        all.iter()
            .find(|q| q.id == id && q.version == version)
            .or_else(|| all.iter().find(|q| q.id == id))
            .copied()
    }
}

/// Runs every loader on one mutated file; returns how many problems the
/// loader for its kind found (1 for a file of no known kind), or why a
/// problem is wrong.
fn load_everything(bytes: &[u8], known: &Known) -> Result<usize, String> {
    let path = Path::new("fuzz.ron");
    let (mut q_problems, mut r_problems) = (0, 0);
    let text = String::from_utf8_lossy(bytes);
    let kind = file_kind(&text);
    let locations = Locations::scan(&text);
    for p in [
        "",
        "id",
        "agreed[\"waarde.erkenning\"].answer[0]",
        "themes[1].questions[0].kind",
        "respondents[0].answers[\"profiel.basis\"]",
    ] {
        let pos = locations.find(p);
        if pos.line == 0 || pos.column == 0 {
            return Err(format!("Locations::find({p:?}) gave {pos:?}"));
        }
    }

    // questionnaires, from bytes (as files are read) and from text
    let q = parse_questionnaire_bytes(bytes, "fuzz.ron");
    if let Err(e) = &q {
        if e.problems().is_empty() {
            return Err("a questionnaire error without problems".into());
        }
        for p in e.problems() {
            check_problem(&text, p)?;
        }
        q_problems += e.problems().len();
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        let again = parse_questionnaire(s, "fuzz.ron");
        if again.is_ok() != q.is_ok() {
            return Err("bytes and text disagree on a questionnaire".into());
        }
    }

    // reflections, with their validation against the questionnaire
    match parse_reflection_bytes(bytes, path) {
        Ok(loaded) => {
            let r = &loaded.reflection;
            let source = std::str::from_utf8(bytes).map_err(|_| "not UTF-8, yet read")?;
            for q in [
                known.find(&r.questionnaire.id, &r.questionnaire.version),
                None,
            ] {
                for p in validate_reflection(r, q, source) {
                    check_problem(source, &p)?;
                    r_problems += 1;
                }
            }
            let _ = storage::to_ron(r);
        }
        Err(e @ ReflectionError::Invalid { .. }) => {
            if e.problems().is_empty() {
                return Err("a reflection error without problems".into());
            }
            for p in e.problems() {
                check_problem(&text, p)?;
            }
            r_problems += e.problems().len();
            let _ = e.describe(reflectietool::Lang::Nl);
        }
        Err(e) => {
            r_problems += 1;
            let _ = e.describe(reflectietool::Lang::Nl);
        }
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        let _ = parse_reflection(s, path);
    }
    // routes, checked against the built-in questionnaire of their version
    let mut route_problems = 0;
    if let Ok(s) = std::str::from_utf8(bytes) {
        let version = reflectietool::format::route::named_head(s).map(|(_, v)| v);
        let builtin = match version.as_deref() {
            Some("2.0") => &known.builtin2,
            _ => &known.builtin,
        };
        if let Err(e) = reflectietool::format::route::parse_route(s, "fuzz.ron", builtin) {
            if e.problems().is_empty() {
                return Err("a route error without problems".into());
            }
            for p in e.problems() {
                check_problem(s, p)?;
            }
            route_problems += e.problems().len();
            let _ = e.describe(reflectietool::Lang::Nl);
        }
    }
    // the problems of the loader that the file's first word asks for
    Ok(match kind {
        FileKind::Questionnaire => q_problems,
        FileKind::Reflection => r_problems,
        FileKind::Route => route_problems,
        FileKind::Unknown => 1,
    })
}

/// The files that are mutated: the built-in questionnaire, the valid
/// questionnaire fixtures, the reflection fixtures and sample reflections.
fn corpus() -> (Vec<(String, Vec<u8>)>, Known) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let builtin = Questionnaire::builtin_v1();
    let every_kind = parse_questionnaire(
        &std::fs::read_to_string(root.join("tests/questionnaires/valid/every_kind.ron")).unwrap(),
        "every_kind.ron",
    )
    .unwrap();
    let mut files: Vec<(String, Vec<u8>)> = vec![
        (
            "the built-in questionnaire 1.0".into(),
            BUILTIN_V1_SOURCE.as_bytes().to_vec(),
        ),
        (
            "the built-in questionnaire 2.0".into(),
            reflectietool::model::questionnaire::BUILTIN_SOURCE
                .as_bytes()
                .to_vec(),
        ),
    ];
    for dir in [
        "tests/questionnaires/valid",
        "tests/reflections/valid",
        "tests/reflections/broken",
    ] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for p in paths {
            files.push((
                format!("{dir}/{}", p.file_name().unwrap().to_string_lossy()),
                std::fs::read(&p).unwrap(),
            ));
        }
    }
    for (name, source) in reflectietool::model::route::BUILTIN_ROUTES {
        files.push((name.to_owned(), source.as_bytes().to_vec()));
    }
    files.push((
        "a sample reflection on the built-in questionnaire".into(),
        storage::to_ron(&sample::full_reflection(&builtin, "fuzz-builtin", 1)).into_bytes(),
    ));
    for respondents in [0, 3] {
        files.push((
            format!("a sample reflection on every_kind.ron, {respondents} respondents"),
            storage::to_ron(&sample::full_reflection(
                &every_kind,
                "fuzz-every-kind",
                respondents,
            ))
            .into_bytes(),
        ));
    }
    (
        files,
        Known {
            builtin,
            builtin2: Questionnaire::builtin(),
            every_kind,
        },
    )
}

/// How many cases to run in all.
fn cases() -> usize {
    std::env::var("REFLECTIETOOL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            4_000
        } else {
            100_000
        })
}

/// Runs one share of the cases: `part` of `parts`, each with its own seed,
/// so that the test harness spreads them over the cores.
fn run_part(part: u64, parts: usize) {
    let (files, known) = corpus();
    let bytes: Vec<Vec<u8>> = files.iter().map(|(_, b)| b.clone()).collect();
    // large files cost far more per case: pick them less often
    let weights: Vec<usize> = bytes
        .iter()
        .map(|b| if b.len() > 20_000 { 1 } else { 6 })
        .collect();
    let total_weight: usize = weights.iter().sum();
    let mut rng = Rng(0x5eed_f00d_0000_0001 ^ (part << 32));
    let n = cases().div_ceil(parts);
    let (mut broken, mut problems) = (0usize, 0usize);
    for case in 0..n {
        let mut pick = rng.below(total_weight);
        let mut which = 0;
        while pick >= weights[which] {
            pick -= weights[which];
            which += 1;
        }
        let mut mutant = bytes[which].clone();
        let mut done = Vec::new();
        for _ in 0..=rng.below(3) {
            done.push(mutate(&mut rng, &mut mutant, &bytes));
        }
        let result = std::panic::catch_unwind(|| load_everything(&mutant, &known));
        let context = || {
            format!(
                "part {part}, case {case}: {} after {}:\n{}",
                files[which].0,
                done.join(", "),
                String::from_utf8_lossy(&mutant)
                    .chars()
                    .take(4000)
                    .collect::<String>()
            )
        };
        match result {
            Err(_) => panic!("a loader panicked on {}", context()),
            Ok(Err(why)) => panic!("{why} on {}", context()),
            Ok(Ok(found)) => {
                problems += found;
                broken += usize::from(found > 0);
            }
        }
    }
    // the mutations really break files, so the checks above were exercised
    assert!(
        broken * 3 > n,
        "only {broken} of {n} mutants had a problem ({problems} problems)"
    );
}

#[test]
fn mutated_files_never_panic_part_1() {
    run_part(1, 4);
}

#[test]
fn mutated_files_never_panic_part_2() {
    run_part(2, 4);
}

#[test]
fn mutated_files_never_panic_part_3() {
    run_part(3, 4);
}

#[test]
fn mutated_files_never_panic_part_4() {
    run_part(4, 4);
}

#[test]
fn the_unmutated_files_load_as_they_should() {
    let (files, known) = corpus();
    for (name, bytes) in &files {
        let found = load_everything(bytes, &known).unwrap_or_else(|why| panic!("{name}: {why}"));
        let broken = name.contains("/broken/");
        assert_eq!(found > 0, broken, "{name}: {found} problem(s)");
    }
    // the random numbers repeat
    let (mut a, mut b) = (Rng(7), Rng(7));
    assert_eq!(
        (0..4).map(|_| a.next()).collect::<Vec<_>>(),
        (0..4).map(|_| b.next()).collect::<Vec<_>>()
    );
}
