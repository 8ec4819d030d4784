//! Benchmarks of the core: the built-in questionnaire, and saving, loading
//! and listing a full reflection (8 respondents, every question answered).
//!
//! Run with `cargo bench --bench core`. Files go to a folder under
//! `target/tmp`, on the same disk as the project, so that fsync is real.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use reflectietool::Questionnaire;
use reflectietool::format::questionnaire::parse_questionnaire;
use reflectietool::model::questionnaire::{BUILTIN_NAME, BUILTIN_SOURCE};
use reflectietool::storage::{self, Store};

/// How many respondents the full reflection has.
const RESPONDENTS: usize = 8;
/// How many reflections the listed folder holds.
const LISTED: usize = 50;

fn bench_core(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();

    c.bench_function("questionnaire: parse + validate built-in", |b| {
        b.iter(|| parse_questionnaire(black_box(BUILTIN_SOURCE), BUILTIN_NAME).unwrap())
    });

    let store = Store::open(tmp.path().join("one")).unwrap();
    let r = reflectietool::sample::full_reflection(&q, "volledig", RESPONDENTS);
    assert_eq!(r.answered_count(&q), q.question_count());
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
