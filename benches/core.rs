//! Benchmarks of the core: the built-in questionnaire, and saving, loading
//! and listing a full reflection (8 respondents, every question answered).
//!
//! Run with `cargo bench --bench core` (`-- list` for the listings only,
//! `-- review` for the officer's review of 1,000 reflections).
//! Files go to a folder under `target/tmp`, on the same disk as the
//! project, so that fsync is real.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use reflectietool::Questionnaire;
use reflectietool::format::questionnaire::parse_questionnaire;
use reflectietool::model::questionnaire::{BUILTIN_NAME, BUILTIN_SOURCE};
use reflectietool::review::Review;
use reflectietool::review::csv::{CsvOptions, Separator, csv_files};
use reflectietool::storage::catalogue::Catalogue;
use reflectietool::storage::{self, Store, collection};

/// How many respondents the full reflection has.
const RESPONDENTS: usize = 8;
/// How many reflections the listed folder holds.
const LISTED: usize = 50;
/// How many reflections the large folder holds (issue 7: listed in at most 1 s).
const MANY: usize = 1_000;
/// How many reflections the officer's review opens (issue 10): 250
/// networks in four board years.
const REVIEWED: usize = 1_000;
/// How many members scored in each reviewed reflection (shared anonymously).
const REVIEWED_MEMBERS: usize = 4;

fn bench_core(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();

    c.bench_function("questionnaire: parse + validate built-in", |b| {
        b.iter(|| parse_questionnaire(black_box(BUILTIN_SOURCE), BUILTIN_NAME).unwrap())
    });

    let store = Store::open(tmp.path().join("one")).unwrap();
    let r = reflectietool::sample::full_reflection(&q, "volledig", RESPONDENTS);
    // every question for the network's kind counts as answered
    assert_eq!(
        r.answered_count(&q),
        q.questions_for(r.profile.kind).count()
    );
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
        b.iter(|| reflectietool::format::parse_reflection(black_box(&text), &path).unwrap())
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

/// Lists a folder of 1,000 full reflections (8 respondents each), written
/// once; the page cache holds them after the first run, as it does for a
/// folder the program lists again and again.
fn bench_list_1000(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let dir = tmp.path().join("duizend");
    std::fs::create_dir_all(&dir).unwrap();
    let mut bytes = 0;
    for i in 0..MANY {
        let r =
            reflectietool::sample::full_reflection(&q, &format!("reflectie-{i:04}"), RESPONDENTS);
        let text = storage::to_ron(&r);
        bytes += text.len();
        std::fs::write(dir.join(format!("{}.ron", r.id)), text).unwrap();
    }
    eprintln!(
        "{MANY} reflections, {:.1} MiB in all; {} threads available",
        bytes as f64 / (1024.0 * 1024.0),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let store = Store::open(&dir).unwrap();
    let mut group = c.benchmark_group("list_1000");
    group.sample_size(10);
    group.bench_function("Store::list", |b| {
        b.iter(|| {
            let list = store.list().unwrap();
            assert_eq!(list.len(), MANY);
            assert!(list.iter().all(|e| e.is_ok()));
            list
        })
    });
    // the officer's read-only loader, summaries only (the full reflections
    // of 1,000 files would be held in memory at once)
    group.bench_function("collection::summarise_folder", |b| {
        b.iter(|| {
            let c = collection::summarise_folder(&dir).unwrap();
            assert_eq!(c.files.len(), MANY);
            assert_eq!(c.readable().count(), MANY);
            c
        })
    });
    group.finish();
    // criterion gives the wall time, which other programs on the machine
    // stretch; the CPU time says what a list costs on free cores
    if let Some(start) = cpu_seconds() {
        let rounds = 5;
        for _ in 0..rounds {
            black_box(store.list().unwrap());
        }
        if let Some(end) = cpu_seconds() {
            let per_list = (end - start) / rounds as f64;
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
            eprintln!(
                "list_1000: {per_list:.2} s of CPU per list, so {:.2} s on {threads} free cores",
                per_list / threads as f64
            );
        }
    }
}

/// Opens a review of 1,000 reflections (250 networks × 4 board years, 4
/// members each, shared anonymously), written once into a folder, and
/// makes its three CSV files in memory.
fn bench_review_1000(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let dir = tmp.path().join("review");
    std::fs::create_dir_all(&dir).unwrap();
    let mut bytes = 0;
    for i in 0..REVIEWED {
        let (network, year) = (i / 4, 2022 + (i % 4) as i32);
        let mut r = reflectietool::sample::network_year(&q, network, year, REVIEWED_MEMBERS);
        r.sharing.members = reflectietool::model::reflection::MemberSharing::Anonymous;
        let text = storage::to_ron(&r);
        bytes += text.len();
        std::fs::write(dir.join(format!("{}.ron", r.id)), text).unwrap();
    }
    eprintln!(
        "review: {REVIEWED} reflections, {:.1} MiB in all",
        bytes as f64 / (1024.0 * 1024.0)
    );
    let catalogue = Catalogue::builtin(std::sync::Arc::new(q));
    let sources = [dir.clone()];
    let open = || {
        let review = Review::open(&sources, &catalogue);
        assert_eq!(review.entries.len(), REVIEWED);
        assert!(review.unreadable.is_empty());
        review
    };
    let options = CsvOptions {
        separator: Separator::Semicolon,
        lang: reflectietool::Lang::Nl,
    };
    let mut group = c.benchmark_group("review_1000");
    group.sample_size(10);
    group.bench_function("Review::open", |b| b.iter(open));
    let review = open();
    group.bench_function("csv_files (answers_long, summary_wide, codebook)", |b| {
        b.iter(|| csv_files(black_box(&review), &options))
    });
    group.finish();
    let files = csv_files(&review, &options);
    eprintln!(
        "review: answers_long.csv {:.1} MiB, summary_wide.csv {:.0} KiB, codebook.csv {:.0} KiB",
        files.answers_long.len() as f64 / (1024.0 * 1024.0),
        files.summary_wide.len() as f64 / 1024.0,
        files.codebook.len() as f64 / 1024.0
    );
    // the CPU time of one round of each, which other programs on the
    // machine do not stretch
    if let Some(start) = cpu_seconds() {
        let review = black_box(open());
        let opened = cpu_seconds();
        black_box(csv_files(&review, &options));
        if let (Some(opened), Some(end)) = (opened, cpu_seconds()) {
            eprintln!(
                "review_1000: {:.2} s of CPU to open, {:.2} s of CPU for the CSV",
                opened - start,
                end - opened
            );
        }
    }
}

/// Returns the CPU time this process has used (user + system), on Linux.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // the fields after the command name, which is in parentheses
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // the kernel counts in ticks of 1/100 s on every usual Linux system
    Some(ticks / 100.0)
}

criterion_group!(benches, bench_core, bench_list_1000, bench_review_1000);
criterion_main!(benches);
