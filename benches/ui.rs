//! Benchmarks of the window, without a GPU: the CPU time of one frame on the
//! largest theme page of a fully answered reflection, and of building the
//! app up to its first frame. (The start of the real window next to an empty
//! eframe program is timed by `scripts/first-frame.sh`.)
//!
//! Run with `cargo bench --bench ui`.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use reflectietool::Questionnaire;
use reflectietool::app::{Command, ReflectieApp};
use reflectietool::storage::Store;

fn bench_ui(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let r = reflectietool::sample::full_reflection(&q, "volledig", 8);
    store.save(&r).unwrap();
    let (largest, _) = q
        .themes
        .iter()
        .enumerate()
        .max_by_key(|(_, t)| t.questions.len())
        .unwrap();

    let dir = tmp.path().to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1180.0, 800.0))
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    harness
        .state_mut()
        .push(Command::Open(store.path_of("volledig")));
    harness.step();
    harness.state_mut().push(Command::SelectTheme(largest));
    harness.step();
    harness.step();
    assert_eq!(harness.state().session.as_ref().unwrap().theme, largest);
    c.bench_function(
        "ui: one frame of the largest theme page (fully answered)",
        |b| b.iter(|| harness.step()),
    );
    drop(harness);

    let dir = tmp.path().to_owned();
    c.bench_function("ui: build the app and run its first frame (home)", |b| {
        b.iter(|| {
            let dir = dir.clone();
            let mut h = Harness::builder()
                .with_size(egui::vec2(1180.0, 800.0))
                .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
            h.step();
            h
        })
    });
}

criterion_group!(benches, bench_ui);
criterion_main!(benches);
