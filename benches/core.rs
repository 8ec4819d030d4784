//! Benchmarks of the core: the built-in questionnaire, and saving, loading
//! and listing a full reflection (8 respondents, every question answered).
//!
//! Run with `cargo bench --bench core`. Files go to a folder under
//! `target/tmp`, on the same disk as the project, so that fsync is real.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use reflectietool::Questionnaire;
use reflectietool::questionnaire::{BUILTIN_NAME, BUILTIN_SOURCE, Question, QuestionKind};
use reflectietool::reflection::{
    ActionPoint, ActionStatus, Answer, Entry, NetworkKind, NetworkProfile, OTHER, Reflection,
    Respondent, ScaleAnswer,
};
use reflectietool::storage::{self, Store};
use reflectietool::validate::parse_questionnaire;

/// How many respondents the full reflection has.
const RESPONDENTS: usize = 8;
/// How many reflections the listed folder holds.
const LISTED: usize = 50;

/// A realistic piece of free text, a few sentences long.
fn text(seed: usize) -> String {
    format!(
        "Antwoord {seed}: we merken dat nieuwe leden vooral via vrienden binnenkomen; \
         de activiteiten trekken steeds dezelfde groep. Afspraak: in het voorjaar \
         vragen we na de borrel wie er voor het eerst was, en waarom (of waarom niet)."
    )
}

/// An answer of the kind the question asks for, varied by `seed`.
fn answer_for(q: &Questionnaire, question: &Question, seed: usize) -> Answer {
    match &question.kind {
        QuestionKind::Open { .. } => Answer::Open(text(seed)),
        QuestionKind::Scale { scale } => {
            let scale = q.scale(scale);
            let levels = scale.map_or(5, |s| s.levels.len()).max(1);
            match seed % 9 {
                7 if scale.is_some_and(|s| s.dont_know) => Answer::Scale(ScaleAnswer::DontKnow),
                8 if scale.is_some_and(|s| s.not_applicable) => {
                    Answer::Scale(ScaleAnswer::NotApplicable)
                }
                _ => Answer::Scale(ScaleAnswer::Level((seed % levels) as u8)),
            }
        }
        QuestionKind::Single { options, other } => {
            if options.is_empty() || (*other && seed % 4 == 0) {
                Answer::Single {
                    choice: OTHER.into(),
                    other: "iets anders, namelijk de studievereniging".into(),
                }
            } else {
                Answer::Single {
                    choice: options[seed % options.len()].id.clone(),
                    other: String::new(),
                }
            }
        }
        QuestionKind::Multiple { options, other } => {
            let mut choices: Vec<String> = options
                .iter()
                .enumerate()
                .filter(|(i, _)| (i + seed) % 2 == 0)
                .map(|(_, o)| o.id.clone())
                .collect();
            let mut other_text = String::new();
            if *other && seed % 3 == 0 {
                choices.push(OTHER.into());
                other_text = "en de alumnivereniging".into();
            }
            Answer::Multiple {
                choices,
                other: other_text,
            }
        }
        QuestionKind::Position { .. } => Answer::Position {
            now: Some((seed % 11) as f32 / 10.0),
            desired: Some(((seed + 4) % 11) as f32 / 10.0),
        },
    }
}

/// A reflection with every question answered by each respondent and agreed.
fn full_reflection(q: &Questionnaire, id: &str) -> Reflection {
    let mut r = Reflection::new(
        NetworkProfile {
            name: "Studentenvereniging Ünal & Łukasz".into(),
            kind: NetworkKind::StudentAssociation,
            institution: "Hogeschool Rotterdam".into(),
            city: "Rotterdam".into(),
            dimensions: vec!["migratieachtergrond".into(), "eerste generatie".into()],
            size: Some(240),
            board_year: "2026-2027".into(),
        },
        q,
    );
    r.id = id.to_owned();
    let questions: Vec<&Question> = q.questions().map(|(_, question)| question).collect();
    r.respondents = (0..RESPONDENTS)
        .map(|p| Respondent {
            id: format!("r{p}"),
            label: format!("Bestuurslid {}", p + 1),
            answers: questions
                .iter()
                .enumerate()
                .map(|(i, question)| {
                    let entry = Entry {
                        answer: Some(answer_for(q, question, i * 7 + p)),
                        ..Entry::default()
                    };
                    (question.id.clone(), entry)
                })
                .collect(),
        })
        .collect();
    r.agreed = questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let entry = Entry {
                answer: Some(answer_for(q, question, i * 7)),
                discuss_later: i % 5 == 0,
                skipped: false,
                rationale: if i % 2 == 0 { text(i) } else { String::new() },
                dissent: if i % 6 == 0 {
                    "De penningmeester ziet het anders.".into()
                } else {
                    String::new()
                },
            };
            (question.id.clone(), entry)
        })
        .collect();
    r.notes = q
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.clone(), text(1000 + i)))
        .collect();
    r.actions = (0..10)
        .map(|i| ActionPoint {
            id: format!("a{i}"),
            theme: q
                .themes
                .get(i % q.themes.len().max(1))
                .map(|t| t.id.clone()),
            what: text(2000 + i),
            who: "Voorzitter".into(),
            due: "voor de ALV in maart".into(),
            status: ActionStatus::ALL[i % ActionStatus::ALL.len()],
        })
        .collect();
    // the generator answers every question, for every respondent
    assert_eq!(r.answered_count(q), q.question_count());
    assert!(
        r.respondents
            .iter()
            .all(|p| p.answers.len() == q.question_count())
    );
    r
}

fn bench_core(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();

    c.bench_function("questionnaire: parse + validate built-in", |b| {
        b.iter(|| parse_questionnaire(black_box(BUILTIN_SOURCE), BUILTIN_NAME).unwrap())
    });

    let store = Store::open(tmp.path().join("one")).unwrap();
    let r = full_reflection(&q, "volledig");
    let path = store.save(&r).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    eprintln!(
        "reflection with {RESPONDENTS} respondents x {} questions + agreed: {size} bytes ({:.1} KiB)",
        q.question_count(),
        size as f64 / 1024.0
    );

    c.bench_function("reflection: to_ron (no disk)", |b| {
        b.iter(|| storage::to_ron(black_box(&r)))
    });
    let text = storage::to_ron(&r);
    c.bench_function("reflection: parse (no disk)", |b| {
        b.iter(|| storage::parse_reflection(black_box(&text), &path).unwrap())
    });
    // the usual save: the file exists, so it is read, checked, kept as the
    // backup (written atomically), and the new version written atomically
    c.bench_function("store: save 8 respondents (backup + 2x fsync)", |b| {
        b.iter(|| store.save(black_box(&r)).unwrap())
    });
    c.bench_function("store: load 8 respondents", |b| {
        b.iter(|| store.load(black_box("volledig")).unwrap())
    });
    assert_eq!(store.load("volledig").unwrap().reflection, r);

    let many = Store::open(tmp.path().join("many")).unwrap();
    for i in 0..LISTED {
        let mut r = r.clone();
        r.id = format!("reflectie-{i:02}");
        r.profile.name = format!("Netwerk {i}");
        std::fs::write(many.path_of(&r.id), storage::to_ron(&r)).unwrap();
    }
    c.bench_function("store: list 50 reflections", |b| {
        b.iter(|| {
            let list = many.list().unwrap();
            assert_eq!(list.len(), LISTED);
            list
        })
    });
}

criterion_group!(benches, bench_core);
criterion_main!(benches);
