//! Benchmarks of the officer's review in the window, without a GPU: reading
//! a folder of 1,000 reflections up to the first drawn table, and the CPU
//! time of one frame of the table with 300 networks (only the rows in view
//! are laid out).
//!
//! Run with `cargo bench --bench review_ui`.

use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use reflectietool::Questionnaire;
use reflectietool::app::{Command, ReflectieApp, ReviewCommand};
use reflectietool::sample::network_year;
use reflectietool::storage::to_ron;

/// Writes `n` reflections into `folder`: networks of three board years.
fn folder_of(folder: &Path, n: usize) {
    let q = Questionnaire::builtin();
    std::fs::create_dir_all(folder).unwrap();
    for i in 0..n {
        let r = network_year(
            &q,
            i / 3,
            2023 + (i % 3) as i32,
            if i % 5 == 0 { 4 } else { 0 },
        );
        std::fs::write(folder.join(format!("r{i:04}.ron")), to_ron(&r)).unwrap();
    }
}

/// Builds the program and reads a review of `folder` up to its first frame
/// with the table drawn.
fn open(data: &Path, folder: &Path) -> Harness<'static, ReflectieApp> {
    let dir = data.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    h.state_mut().push(Command::Review(ReviewCommand::Open(vec![
        folder.to_owned(),
    ])));
    h.step();
    while h.state().reviews.open.is_none() {
        std::thread::sleep(Duration::from_millis(1));
        h.step();
    }
    h.step();
    h
}

fn bench_review(c: &mut Criterion) {
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let thousand = tmp.path().join("1000");
    folder_of(&thousand, 1000);
    let mut g = c.benchmark_group("review");
    g.sample_size(10);
    g.bench_function("read 1,000 reflections to the first drawn table", |b| {
        b.iter(|| open(&tmp.path().join("data-1000"), &thousand))
    });
    g.finish();

    let three = tmp.path().join("300");
    folder_of(&three, 300);
    let mut h = open(&tmp.path().join("data-300"), &three);
    assert_eq!(h.state().reviews.open.as_ref().unwrap().rows.len(), 300);
    c.bench_function("review: one frame of the table with 300 networks", |b| {
        b.iter(|| h.step())
    });
}

criterion_group!(benches, bench_review);
criterion_main!(benches);
