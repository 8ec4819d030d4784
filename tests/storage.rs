//! Storage: round trips, backups, unreadable and newer files, the trash,
//! and a read-only folder. Every test works in its own temporary folder.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use reflectietool::format::ReflectionError;
use reflectietool::format::questionnaire::parse_questionnaire;
use reflectietool::model::reflection::{
    ActionPoint, ActionStatus, Answer, Decision, Entry, FORMAT_VERSION, NetworkKind,
    NetworkProfile, OTHER, Reflection, Respondent, ScaleAnswer,
};
use reflectietool::storage::{self, StorageError, Store};

/// Text that RON must escape or that looks like RON syntax.
const TRICKY: &str = "Zij zei: \"dit is (niet) [klaar]\" # geen commentaar\n\
                      pad C:\\map\\bestand, regel 2 ) ] } // ook geen commentaar\n\
                      \ttab, r#\"raw\"#, '\\u{0}' en einde\\";

/// Turkish, Polish, Romanian and emoji.
const UNICODE: &str = "İstanbul ışık şeker ğ; Łódź żółw; București ș ț Ș Ț; 🏳️‍🌈 ✊🏾 👩🏽‍🎓";

fn entry(answer: Answer) -> Entry {
    Entry {
        answer: Some(answer),
        ..Entry::default()
    }
}

/// One answer of every kind and variant, keyed by question id.
fn every_answer(tag: &str) -> BTreeMap<String, Entry> {
    let answers = [
        ("open", Answer::Open(format!("{tag}: {TRICKY} {UNICODE}"))),
        ("open-empty", Answer::Open(String::new())),
        ("scale-level-0", Answer::Scale(ScaleAnswer::Level(0))),
        ("scale-level-4", Answer::Scale(ScaleAnswer::Level(4))),
        ("scale-dont-know", Answer::Scale(ScaleAnswer::DontKnow)),
        ("scale-na", Answer::Scale(ScaleAnswer::NotApplicable)),
        (
            "single",
            Answer::Single {
                choice: "bestuur".into(),
                other: String::new(),
            },
        ),
        (
            "single-other",
            Answer::Single {
                choice: OTHER.into(),
                other: format!("{tag}: iets anders \"{UNICODE}\""),
            },
        ),
        (
            "multiple",
            Answer::Multiple {
                choices: vec!["leden".into(), "alumni".into()],
                other: String::new(),
            },
        ),
        (
            "multiple-other",
            Answer::Multiple {
                choices: vec!["leden".into(), OTHER.into()],
                other: format!("{tag}: {TRICKY}"),
            },
        ),
        (
            "position-both",
            Answer::Position {
                now: Some(1.0 / 3.0),
                desired: Some(0.1),
            },
        ),
        (
            "position-edges",
            Answer::Position {
                now: Some(0.0),
                desired: Some(1.0),
            },
        ),
        (
            "position-now",
            Answer::Position {
                now: Some(0.75),
                desired: None,
            },
        ),
        (
            "position-desired",
            Answer::Position {
                now: None,
                desired: Some(0.123_456_79),
            },
        ),
        (
            "position-none",
            Answer::Position {
                now: None,
                desired: None,
            },
        ),
    ];
    answers
        .into_iter()
        .map(|(id, a)| (format!("{tag}-{id}"), entry(a)))
        .collect()
}

/// A reflection that uses every part of the model.
fn full_reflection(id: &str) -> Reflection {
    let q = reflectietool::Questionnaire::builtin_v1();
    let mut r = Reflection::new(
        NetworkProfile {
            name: format!("Netwerk {UNICODE} \"{TRICKY}\""),
            kind: NetworkKind::Pride,
            institution: "Hogeschool (Rotterdam) [HR] #1".into(),
            city: "Şanlıurfa / Kraków / Iași".into(),
            dimensions: vec![
                "gender".into(),
                "seksualiteit".into(),
                TRICKY.into(),
                UNICODE.into(),
            ],
            size: Some(u32::MAX),
            board_year: "2026-2027".into(),
        },
        &q,
    );
    r.id = id.to_owned();
    r.created = "2026-01-02T03:04:05Z".into();
    r.updated = "2026-11-24T21:57:00Z".into();
    r.respondents = ["Voorzitter", "Penningmeester 💶", "Secretaris \"ş\""]
        .iter()
        .enumerate()
        .map(|(i, label)| Respondent {
            id: format!("r{i}"),
            label: (*label).to_owned(),
            answers: every_answer(&format!("resp{i}")),
        })
        .collect();
    // the respondents differ from each other
    r.respondents[1].answers.insert(
        "alleen-r1".into(),
        entry(Answer::Scale(ScaleAnswer::Level(2))),
    );
    r.respondents[2].answers.clear();
    r.respondents[2].answers.insert(
        "open".into(),
        entry(Answer::Open("Ğ ı İ ł ż ș ț 🎉".into())),
    );

    r.agreed = every_answer("agreed");
    r.agreed.insert(
        "with-rationale".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::Level(3))),
            discuss_later: true,
            skipped: false,
            rationale: format!("Omdat {TRICKY}"),
            dissent: format!("Niet eens: {UNICODE}"),
            decided: Some(Decision::Majority),
            evidence: format!("Enquête: {TRICKY}"),
        },
    );
    r.agreed.insert(
        "skipped".into(),
        Entry {
            answer: None,
            discuss_later: false,
            skipped: true,
            rationale: "Past niet bij ons".into(),
            dissent: String::new(),
            decided: None,
            evidence: String::new(),
        },
    );
    r.agreed.insert(
        "discuss-later-only".into(),
        Entry {
            discuss_later: true,
            ..Entry::default()
        },
    );
    r.notes
        .insert("identiteit".into(), format!("Notitie {TRICKY}"));
    r.notes.insert("missie".into(), UNICODE.into());
    r.notes
        .insert("diversiteit".into(), "regel 1\nregel 2\n\n# kop?\n)".into());
    r.notes.insert("leeg".into(), String::new());
    r.actions = ActionStatus::ALL
        .iter()
        .enumerate()
        .map(|(i, status)| ActionPoint {
            id: format!("a{i}"),
            theme: (i % 2 == 0).then(|| "missie".to_owned()),
            what: format!("Actie {i}: {TRICKY}"),
            who: UNICODE.into(),
            due: "vóór 1 maart (of eerder)".into(),
            status: *status,
            ..ActionPoint::default()
        })
        .collect();
    r
}

/// The file names, contents and modification times in a folder, recursively.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    let mut out = BTreeMap::new();
    for e in fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let path = e.path();
        let meta = fs::metadata(&path).unwrap();
        if meta.is_dir() {
            out.extend(snapshot(&path));
            out.insert(path, (Vec::new(), meta.modified().unwrap()));
        } else {
            out.insert(
                path.clone(),
                (fs::read(&path).unwrap(), meta.modified().unwrap()),
            );
        }
    }
    out
}

fn names(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

fn store() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path().join("data")).unwrap();
    (tmp, store)
}

#[test]
fn round_trip_keeps_everything() {
    let (_tmp, store) = store();
    let r = full_reflection("volledig_1");

    // the fixture really covers every kind and variant
    let all: Vec<&Answer> = r
        .agreed
        .values()
        .chain(r.respondents.iter().flat_map(|p| p.answers.values()))
        .filter_map(|e| e.answer.as_ref())
        .collect();
    let has = |f: &dyn Fn(&Answer) -> bool| all.iter().any(|a| f(a));
    assert!(has(&|a| matches!(a, Answer::Open(_))));
    assert!(has(&|a| matches!(a, Answer::Scale(ScaleAnswer::Level(_)))));
    assert!(has(&|a| matches!(a, Answer::Scale(ScaleAnswer::DontKnow))));
    assert!(has(&|a| matches!(
        a,
        Answer::Scale(ScaleAnswer::NotApplicable)
    )));
    assert!(has(
        &|a| matches!(a, Answer::Single { choice, .. } if choice == OTHER)
    ));
    assert!(has(
        &|a| matches!(a, Answer::Single { choice, .. } if choice != OTHER)
    ));
    assert!(has(
        &|a| matches!(a, Answer::Multiple { choices, other } if choices.iter().any(|c| c == OTHER) && !other.is_empty())
    ));
    assert!(has(&|a| matches!(
        a,
        Answer::Position {
            now: Some(_),
            desired: Some(_)
        }
    )));
    assert!(has(&|a| matches!(
        a,
        Answer::Position {
            now: Some(_),
            desired: None
        }
    )));
    assert!(has(&|a| matches!(
        a,
        Answer::Position {
            now: None,
            desired: Some(_)
        }
    )));
    let statuses: BTreeSet<_> = r.actions.iter().map(|a| a.status as u8).collect();
    assert_eq!(statuses.len(), ActionStatus::ALL.len());
    assert!(r.respondents.len() >= 3);

    let path = store.save(&r).unwrap();
    assert_eq!(path, store.dir().join("volledig_1.ron"));
    assert!(
        !storage::backup_path(&path).exists(),
        "a first save has nothing to back up"
    );

    let loaded = store.load(&r.id).unwrap();
    assert_eq!(loaded.upgraded_from, None);
    assert_eq!(loaded.reflection, r);

    // the text on disk is what to_ron makes, and saving the loaded
    // reflection again writes the same bytes
    let first = fs::read(&path).unwrap();
    assert_eq!(first, storage::to_ron(&r).into_bytes());
    store.save(&loaded.reflection).unwrap();
    assert_eq!(fs::read(&path).unwrap(), first);

    // the unicode is stored as itself, readable in a text editor
    let text = String::from_utf8(first).unwrap();
    assert!(
        text.contains("İstanbul ışık şeker ğ; Łódź żółw; București ș ț"),
        "{text}"
    );

    // and the summary that list() gives agrees
    let list = store.list().unwrap();
    assert_eq!(list.len(), 1);
    let s = list[0].as_ref().unwrap();
    assert_eq!(s.id, r.id);
    assert_eq!(s.profile, r.profile);
    assert_eq!(s.questionnaire, r.questionnaire);
    assert_eq!(s.updated, r.updated);
    assert_eq!(s.answered, r.answered_any());
}

#[test]
fn answers_to_unknown_questions_are_kept_and_reported() {
    let source = r#"Questionnaire(
        id: "klein",
        version: "2",
        title: (nl: "Klein", en: "Small"),
        themes: [
            Theme(id: "t1", title: (nl: "Een", en: "One"), introduction: (nl: "Inleiding", en: "Introduction"), questions: [
                Question(id: "blijft", prompt: (nl: "Blijft?", en: "Stays?"), kind: Open()),
                Question(id: "ook", prompt: (nl: "Ook?", en: "Also?"), kind: Open()),
            ]),
        ],
    )"#;
    let q = parse_questionnaire(source, "klein.ron").unwrap();
    let (_tmp, store) = store();
    let mut r = Reflection::new(NetworkProfile::default(), &q);
    r.id = "wees".into();
    r.agreed
        .insert("blijft".into(), entry(Answer::Open("ja".into())));
    r.agreed
        .insert("weg-1".into(), entry(Answer::Open("oud antwoord".into())));
    r.agreed.insert(
        "weg-2".into(),
        Entry {
            discuss_later: true,
            ..Entry::default()
        },
    );
    r.respondents.push(Respondent {
        id: "p".into(),
        label: "Lid".into(),
        answers: [
            ("ook".to_owned(), entry(Answer::Open("x".into()))),
            (
                "weg-3".to_owned(),
                entry(Answer::Scale(ScaleAnswer::Level(1))),
            ),
            (
                "weg-1".to_owned(),
                entry(Answer::Open("ook van een lid".into())),
            ),
        ]
        .into_iter()
        .collect(),
    });
    store.save(&r).unwrap();
    let loaded = store.load("wees").unwrap().reflection;
    assert_eq!(loaded, r);
    assert_eq!(
        loaded.agreed["weg-1"].answer,
        Some(Answer::Open("oud antwoord".into()))
    );
    assert_eq!(
        loaded.respondents[0].answers["weg-3"].answer,
        Some(Answer::Scale(ScaleAnswer::Level(1)))
    );
    assert_eq!(loaded.orphaned(&q), ["weg-1", "weg-2", "weg-3"]);
    assert_eq!(loaded.answered_count(&q), 1, "only 'blijft' counts");
    assert_eq!(
        loaded.answered_any(),
        2,
        "'blijft' and 'weg-1' say something"
    );

    // saved again (as the program does after a change), still kept
    let mut again = loaded.clone();
    again.notes.insert("t1".into(), "n".into());
    store.save(&again).unwrap();
    assert_eq!(
        store.load("wees").unwrap().reflection.orphaned(&q),
        ["weg-1", "weg-2", "weg-3"]
    );

    // with the built-in questionnaire, whatever it holds, the made-up ids are orphans
    let builtin = reflectietool::Questionnaire::builtin_v1();
    let orphans = loaded.orphaned(&builtin);
    for id in ["weg-1", "weg-2", "weg-3"] {
        assert!(
            orphans.iter().any(|o| o == id),
            "{id} missing from {orphans:?}"
        );
    }
}

#[test]
fn backup_holds_the_previous_version() {
    let (_tmp, store) = store();
    let mut r = full_reflection("met-backup");
    let path = store.save(&r).unwrap();
    let first = fs::read(&path).unwrap();
    let v1 = r.clone();

    r.notes.insert("identiteit".into(), "tweede versie".into());
    r.updated = "2026-11-25T10:00:00Z".into();
    store.save(&r).unwrap();
    let bak = storage::backup_path(&path);
    assert_eq!(bak, store.dir().join("met-backup.ron.bak"));
    assert_eq!(
        fs::read(&bak).unwrap(),
        first,
        "the backup is the first version, byte for byte"
    );
    assert_eq!(storage::read_reflection(&bak).unwrap().reflection, v1);
    assert_eq!(store.load("met-backup").unwrap().reflection, r);

    // a third save moves the backup on to the second version
    let second = fs::read(&path).unwrap();
    r.actions.clear();
    store.save(&r).unwrap();
    assert_eq!(fs::read(&bak).unwrap(), second);
    assert_eq!(store.load("met-backup").unwrap().reflection, r);

    // the backup does not show up as a reflection, and no temporary files stay
    assert_eq!(store.list().unwrap().len(), 1);
    assert_eq!(
        names(store.dir()),
        BTreeSet::from(["met-backup.ron".into(), "met-backup.ron.bak".into()])
    );
}

/// A reflection file with a syntax error on line 3; the text up to there is valid.
const GARBAGE: &str =
    "Reflection(\n  format_version: 2,\n  id: @@@ \"kapot\",\n  profile: (name: \"x\"),\n)\n";

fn expect_invalid(err: &StorageError, path: &Path) -> (usize, usize) {
    match err {
        StorageError::Reflection(ReflectionError::Invalid { path: p, problems }) => {
            assert_eq!(p, path);
            assert!(!problems.is_empty());
            (problems[0].line, problems[0].column)
        }
        other => panic!("expected Invalid for {}, got {other:?}", path.display()),
    }
}

/// The good reflection and the unreadable files of the tests below.
struct BadFolder {
    _tmp: tempfile::TempDir,
    store: Store,
    good: Reflection,
    /// id, bytes, and the line the error must be on.
    bad: Vec<(&'static str, Vec<u8>, usize)>,
}

fn bad_folder() -> BadFolder {
    let (tmp, store) = store();
    let good = full_reflection("goed");
    store.save(&good).unwrap();

    let whole = storage::to_ron(&full_reflection("afgekapt"));
    // cut inside the rationale string, as a full disk or a crash could
    let cut = whole.find("Omdat Zij zei").unwrap() + 8;
    let truncated = whole[..cut].to_owned();
    let truncated_lines = truncated.lines().count();

    let mut not_utf8 = storage::to_ron(&full_reflection("geen-utf8")).into_bytes();
    let at = not_utf8.windows(5).position(|w| w == b"Omdat").unwrap();
    not_utf8[at] = 0xff;
    let not_utf8_line = not_utf8[..at].iter().filter(|b| **b == b'\n').count() + 1;

    let bad = vec![
        ("kapot", GARBAGE.as_bytes().to_vec(), 3),
        ("afgekapt", truncated.into_bytes(), truncated_lines),
        ("geen-utf8", not_utf8, not_utf8_line),
        ("leeg", Vec::new(), 1),
    ];
    for (id, bytes, _) in &bad {
        fs::write(store.path_of(id), bytes).unwrap();
    }
    BadFolder {
        _tmp: tmp,
        store,
        good,
        bad,
    }
}

#[test]
fn unreadable_files_are_reported_and_never_changed() {
    let f = bad_folder();
    let before = snapshot(f.store.dir());

    // list: the good one is there, each bad one is an error with its place
    let list = f.store.list().unwrap();
    assert_eq!(list.len(), 1 + f.bad.len());
    let good: Vec<_> = list.iter().filter_map(|e| e.as_ref().ok()).collect();
    assert_eq!(good.len(), 1);
    assert_eq!(good[0].id, "goed");
    assert_eq!(good[0].profile, f.good.profile);
    for (id, _, line) in &f.bad {
        let path = f.store.path_of(id);
        let err = list
            .iter()
            .filter_map(|e| e.as_ref().err())
            .find(|e| e.path() == Some(path.as_path()))
            .unwrap_or_else(|| panic!("no error for {id}"));
        assert_eq!(expect_invalid(err, &path).0, *line, "{id}: {err}");
    }
    assert_eq!(snapshot(f.store.dir()), before);

    // load: the same errors, nothing written
    for (id, _, line) in &f.bad {
        let path = f.store.path_of(id);
        let err = f.store.load(id).unwrap_err();
        assert_eq!(expect_invalid(&err, &path).0, *line, "{id}: {err}");
    }
    assert_eq!(snapshot(f.store.dir()), before);

    // save over it: refused, nothing written, no backup, no temporary file
    for (id, bytes, _) in &f.bad {
        let path = f.store.path_of(id);
        let mut r = full_reflection(id);
        r.notes.insert("x".into(), "nieuw".into());
        match f.store.save(&r) {
            Err(StorageError::WouldOverwriteUnreadable { path: p }) => assert_eq!(p, path),
            other => panic!("{id}: expected WouldOverwriteUnreadable, got {other:?}"),
        }
        assert_eq!(&fs::read(&path).unwrap(), bytes, "{id} changed");
    }
    assert_eq!(snapshot(f.store.dir()), before);

    // the good one can still be saved next to them
    let mut good = f.good.clone();
    good.notes.insert("missie".into(), "verder".into());
    f.store.save(&good).unwrap();
    assert_eq!(f.store.load("goed").unwrap().reflection, good);
    for (id, bytes, _) in &f.bad {
        assert_eq!(&fs::read(f.store.path_of(id)).unwrap(), bytes);
    }
}

#[test]
fn invalid_file_error_names_path_line_and_column() {
    let (_tmp, store) = store();
    let path = store.path_of("kapot");
    fs::write(&path, GARBAGE).unwrap();
    let err = store.load("kapot").unwrap_err();
    let (line, column) = expect_invalid(&err, &path);
    assert_eq!(line, 3);
    // "  id: @@@": the error is at the value after "id:", columns 6 to 7
    assert!((6..=7).contains(&column), "column {column}");
    assert_eq!(err.path(), Some(path.as_path()));
    let en = err.to_string();
    let place = format!("{}:{line}:{column}:", path.display());
    assert!(en.starts_with(&place), "{en}");
    assert!(en.contains("left untouched"), "{en}");
    assert!(
        en.contains("kapot.ron.bak"),
        "names the backup to restore: {en}"
    );
    let nl = err.describe(reflectietool::Lang::Nl);
    assert!(nl.starts_with(&place), "{nl}");
    assert!(nl.contains("niet veranderd"), "{nl}");

    // not UTF-8: the place of the first bad byte, in characters
    let path = store.path_of("latin1");
    fs::write(&path, b"Reflection(\n  id: \"\xc3\xa9\xe9\",\n)").unwrap();
    let err = store.load("latin1").unwrap_err();
    assert_eq!(expect_invalid(&err, &path), (2, 9));

    // a reflection without format_version
    let text = storage::to_ron(&full_reflection("zonder")).replace("  format_version: 2,\n", "");
    let path = store.path_of("zonder");
    fs::write(&path, &text).unwrap();
    let err = store.load("zonder").unwrap_err();
    let msg = err.to_string();
    expect_invalid(&err, &path);
    assert!(msg.contains("format_version"), "{msg}");

    // format_version 0 does not exist: its line is named
    let text = storage::to_ron(&full_reflection("nul"))
        .replace("format_version: 2,", "format_version: 0,");
    let path = store.path_of("nul");
    fs::write(&path, &text).unwrap();
    let err = store.load("nul").unwrap_err();
    assert_eq!(expect_invalid(&err, &path).0, 2);
}

#[test]
fn newer_format_is_refused_and_untouched() {
    let (_tmp, store) = store();
    // a newer program may add fields and answer kinds this one does not know
    let mut text = storage::to_ron(&full_reflection("nieuwer"))
        .replace("format_version: 2,", "format_version: 99,");
    text = text.replacen(
        "  created:",
        "  ranking: Some(Ranking(order: [\"a\", \"b\"], weights: {\"a\": 1.5})),\n  created:",
        1,
    );
    let path = store.path_of("nieuwer");
    fs::write(&path, &text).unwrap();
    let before = snapshot(store.dir());

    let check = |err: StorageError| match err {
        StorageError::Reflection(ReflectionError::NewerFormat {
            path: p,
            found,
            supported,
        }) => {
            assert_eq!(p, path);
            assert_eq!(found, 99);
            assert_eq!(supported, FORMAT_VERSION);
        }
        other => panic!("expected NewerFormat, got {other:?}"),
    };
    check(store.load("nieuwer").unwrap_err());
    check(storage::read_reflection(&path).unwrap_err());
    let list = store.list().unwrap();
    assert_eq!(list.len(), 1);
    check(list.into_iter().next().unwrap().unwrap_err());
    assert_eq!(snapshot(store.dir()), before);

    // saving this program's version over it would lose the newer data; the
    // refusal says why (a newer version), not that the file is broken
    match store.save(&full_reflection("nieuwer")) {
        Err(StorageError::Reflection(ReflectionError::NewerFormat {
            path: p, found: 99, ..
        })) => assert_eq!(p, path),
        other => panic!("expected NewerFormat, got {other:?}"),
    }
    assert_eq!(snapshot(store.dir()), before);
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn loading_and_listing_never_write() {
    let f = bad_folder();
    let store = &f.store;
    // a backup, a newer file, a hidden temporary file, a stray file and a trash folder too
    let mut good = f.good.clone();
    good.updated = "2027-01-01T00:00:00Z".into();
    store.save(&good).unwrap();
    let newer = storage::to_ron(&full_reflection("nieuwer"))
        .replace("format_version: 2,", "format_version: 3,");
    fs::write(store.path_of("nieuwer"), newer).unwrap();
    // a temporary file of a running process (this one): opening keeps it
    let tmp_name = format!(".goed.ron.{}-0.tmp", std::process::id());
    fs::write(store.dir().join(tmp_name), "half").unwrap();
    fs::write(store.dir().join("LEESMIJ.txt"), "geen reflectie").unwrap();
    fs::create_dir(store.dir().join("trash")).unwrap();
    fs::write(store.dir().join("trash").join("oud.1.ron"), GARBAGE).unwrap();
    // let any write show in the modification times
    std::thread::sleep(std::time::Duration::from_millis(20));
    let before = snapshot(store.dir());

    for _ in 0..2 {
        let list = store.list().unwrap();
        assert_eq!(
            list.len(),
            2 + f.bad.len(),
            "goed, nieuwer and the bad ones; not the rest"
        );
        assert_eq!(list.iter().filter(|e| e.is_ok()).count(), 1);
        assert_eq!(store.load("goed").unwrap().reflection, good);
        assert_eq!(
            storage::read_reflection(&storage::backup_path(&store.path_of("goed")))
                .unwrap()
                .reflection,
            f.good
        );
        assert!(store.load("nieuwer").is_err());
        for (id, _, _) in &f.bad {
            assert!(store.load(id).is_err());
        }
        assert!(matches!(
            store.load("bestaat-niet"),
            Err(StorageError::Read { .. })
        ));
        assert!(matches!(
            store.load("../goed"),
            Err(StorageError::BadId { .. })
        ));
        let reopened = Store::open(store.dir()).unwrap();
        assert_eq!(reopened.list().unwrap().len(), list.len());
    }
    assert_eq!(snapshot(store.dir()), before);
}

#[test]
fn cli_list_reports_bad_files_and_leaves_them_alone() {
    let f = bad_folder();
    let before = snapshot(f.store.dir());
    let out = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(["list", "--lang", "en", "--data-dir"])
        .arg(f.store.dir())
        .env_remove(storage::DATA_DIR_ENV)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        out.status.success(),
        "the folder could be read: {stdout}\n{stderr}"
    );
    assert_eq!(snapshot(f.store.dir()), before, "list changed the folder");

    assert!(
        stdout.contains(&f.good.profile.name.lines().next().unwrap().to_owned()),
        "{stdout}"
    );
    assert!(stdout.contains("2026-2027"), "{stdout}");
    for (id, _, line) in &f.bad {
        let path = f.store.path_of(id);
        assert!(!stdout.contains(&path.display().to_string()), "{stdout}");
        let column = expect_invalid(&f.store.load(id).unwrap_err(), &path).1;
        let place = format!("{}:{line}:{column}: ", path.display());
        assert!(stderr.contains(&place), "no {place} in:\n{stderr}");
    }
    assert!(stderr.contains("left untouched"), "{stderr}");

    // the same in Dutch
    let out = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(["--lang", "nl", "list", "--data-dir"])
        .arg(f.store.dir())
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("{}:3:", f.store.path_of("kapot").display())),
        "{stderr}"
    );
    assert!(stderr.contains("niet veranderd"), "{stderr}");
    assert_eq!(snapshot(f.store.dir()), before);
}

#[test]
fn trash_moves_the_file_and_its_backup() {
    let (_tmp, store) = store();
    let keep = full_reflection("blijft");
    store.save(&keep).unwrap();
    let mut r = full_reflection("weg");
    store.save(&r).unwrap();
    let first = fs::read(store.path_of("weg")).unwrap();
    r.notes.insert("missie".into(), "laatste".into());
    store.save(&r).unwrap();
    let last = fs::read(store.path_of("weg")).unwrap();

    let to = store.trash("weg").unwrap();
    let trash = store.dir().join("trash");
    assert_eq!(to.parent(), Some(trash.as_path()));
    assert_eq!(fs::read(&to).unwrap(), last, "moved, not changed");
    assert!(!store.path_of("weg").exists());
    assert!(!storage::backup_path(&store.path_of("weg")).exists());
    let in_trash = names(&trash);
    assert_eq!(in_trash.len(), 2, "{in_trash:?}");
    let bak = trash.join(in_trash.iter().find(|n| n.ends_with(".bak")).unwrap());
    assert_eq!(fs::read(bak).unwrap(), first);

    let list = store.list().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].as_ref().unwrap().id, "blijft");
    assert!(matches!(store.load("weg"), Err(StorageError::Read { .. })));

    // the same id saved and trashed again (within the same second) keeps both
    let mut again = r.clone();
    again.notes.insert("missie".into(), "opnieuw".into());
    store.save(&again).unwrap();
    let second = store.trash("weg").unwrap();
    assert_ne!(second, to);
    assert_eq!(
        fs::read(&to).unwrap(),
        last,
        "the first trashed file was overwritten"
    );
    assert_eq!(storage::read_reflection(&second).unwrap().reflection, again);

    // nothing to trash, or a bad id: an error, and nothing else is touched
    let before = snapshot(store.dir());
    assert!(store.trash("weg").is_err());
    assert!(matches!(
        store.trash("../blijft"),
        Err(StorageError::BadId { .. })
    ));
    assert_eq!(snapshot(store.dir()), before);
    assert_eq!(store.load("blijft").unwrap().reflection, keep);
}

#[test]
fn bad_ids_are_refused() {
    let (tmp, store) = store();
    for id in [
        "",
        "../uit",
        "a/b",
        "a.b",
        "naam met spatie",
        "ş",
        &"x".repeat(101),
    ] {
        let mut r = full_reflection("x");
        r.id = id.to_owned();
        assert!(
            matches!(store.save(&r), Err(StorageError::BadId { .. })),
            "{id:?}"
        );
        assert!(
            matches!(store.load(id), Err(StorageError::BadId { .. })),
            "{id:?}"
        );
    }
    assert!(names(store.dir()).is_empty());
    assert_eq!(names(tmp.path()), BTreeSet::from(["data".to_owned()]));
}

#[test]
fn a_failed_write_leaves_the_old_file_and_no_temporary_file() {
    let (_tmp, store) = store();
    let mut r = full_reflection("geblokkeerd");
    let path = store.save(&r).unwrap();
    let old = fs::read(&path).unwrap();
    // a folder where the backup should go: the temporary file is written,
    // but renaming it over the folder fails
    let bak = storage::backup_path(&path);
    fs::create_dir(&bak).unwrap();
    let before = snapshot(store.dir());

    r.notes.insert("missie".into(), "nieuw".into());
    match store.save(&r) {
        // the message names the reflection, not its backup
        Err(StorageError::Write { path: p, .. }) => assert_eq!(p, path),
        other => panic!("expected Write, got {other:?}"),
    }
    assert_eq!(fs::read(&path).unwrap(), old);
    assert_eq!(
        snapshot(store.dir()),
        before,
        "a temporary file was left behind"
    );

    fs::remove_dir(&bak).unwrap();
    store.save(&r).unwrap();
    assert_eq!(store.load("geblokkeerd").unwrap().reflection, r);
    assert_eq!(fs::read(&bak).unwrap(), old);
}

/// Makes a folder read-only for the test and back again afterwards.
#[cfg(unix)]
struct ReadOnly {
    dir: PathBuf,
    immutable: bool,
}

#[cfg(unix)]
impl ReadOnly {
    /// Returns `None` when this system cannot make a folder read-only for us.
    fn new(dir: &Path) -> Option<ReadOnly> {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o555)).unwrap();
        let mut guard = ReadOnly {
            dir: dir.to_owned(),
            immutable: false,
        };
        if guard.writable() {
            // root ignores the mode; an immutable folder stops root too
            let ok = Command::new("chattr")
                .arg("+i")
                .arg(dir)
                .status()
                .is_ok_and(|s| s.success());
            guard.immutable = ok;
            if !ok || guard.writable() {
                return None;
            }
        }
        Some(guard)
    }

    fn writable(&self) -> bool {
        let probe = self.dir.join("probe");
        let ok = fs::write(&probe, b"x").is_ok();
        let _ = fs::remove_file(&probe);
        ok
    }
}

#[cfg(unix)]
impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.immutable {
            let _ = Command::new("chattr").arg("-i").arg(&self.dir).status();
        }
        let _ = fs::set_permissions(&self.dir, fs::Permissions::from_mode(0o755));
    }
}

#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_fails_and_keeps_the_old_file() {
    let (_tmp, store) = store();
    let mut r = full_reflection("alleen-lezen");
    let path = store.save(&r).unwrap();
    let old = fs::read(&path).unwrap();
    let before = snapshot(store.dir());

    let Some(guard) = ReadOnly::new(store.dir()) else {
        eprintln!("skipped: this system cannot make a folder read-only for this user");
        return;
    };
    r.notes.insert("missie".into(), "gaat niet lukken".into());
    let err = store.save(&r).unwrap_err();
    match &err {
        StorageError::Write { path: p, .. } => {
            assert!(
                *p == path || *p == storage::backup_path(&path),
                "the error names {}",
                p.display()
            );
        }
        other => panic!("expected Write, got {other:?}"),
    }
    assert!(err.to_string().contains("intact"), "{err}");
    // reading still works while the folder is read-only
    assert_eq!(fs::read(&path).unwrap(), old);
    assert!(store.load("alleen-lezen").is_ok());
    drop(guard);
    assert_eq!(
        snapshot(store.dir()),
        before,
        "no temporary file or backup was left"
    );
    assert_eq!(
        store
            .load("alleen-lezen")
            .unwrap()
            .reflection
            .notes
            .get("missie"),
        full_reflection("x").notes.get("missie")
    );
    // and once writable again, the save goes through
    store.save(&r).unwrap();
    assert_eq!(store.load("alleen-lezen").unwrap().reflection, r);
}
