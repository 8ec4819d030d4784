//! Benchmarks of the printable documents: the self-assessment of a fully
//! answered reflection (8 respondents, every question answered, notes and
//! ten action points) and the blank worksheet of the built-in questionnaire,
//! from the data in memory to the bytes of the PDF; and the self-assessment
//! of a reflection whose one shared note is 7 MB, which the report cuts to
//! `MAX_TEXT_CHARS` characters; and the officer's overview (PDF) of a
//! review of 300 networks in two board years (600 reflections).
//!
//! Run with `cargo bench --bench report`.

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use reflectietool::report;
use reflectietool::{Lang, Questionnaire};

/// How many respondents the full reflection has.
const RESPONDENTS: usize = 8;

fn bench_report(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let r = reflectietool::sample::full_reflection(&q, "volledig", RESPONDENTS);
    let date = jiff::civil::date(2026, 11, 24);

    // the very first document also parses the fonts and builds the library
    let start = Instant::now();
    let pdf = report::self_assessment_pdf_on(&r, &q, Lang::Nl, date).unwrap();
    eprintln!(
        "first self-assessment in this process: {:.0} ms, {} bytes ({:.0} KiB)",
        start.elapsed().as_secs_f64() * 1000.0,
        pdf.len(),
        pdf.len() as f64 / 1024.0
    );
    let sheet = report::worksheet_pdf_on(&q, Lang::Nl, date).unwrap();
    eprintln!(
        "worksheet: {} bytes ({:.0} KiB)",
        sheet.len(),
        sheet.len() as f64 / 1024.0
    );

    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function(
        "self-assessment: full reflection, 8 respondents (nl)",
        |b| b.iter(|| report::self_assessment_pdf_on(black_box(&r), &q, Lang::Nl, date).unwrap()),
    );
    group.bench_function(
        "self-assessment: full reflection, 8 respondents (en)",
        |b| b.iter(|| report::self_assessment_pdf_on(black_box(&r), &q, Lang::En, date).unwrap()),
    );
    group.bench_function("worksheet: built-in questionnaire (nl)", |b| {
        b.iter(|| report::worksheet_pdf_on(black_box(&q), Lang::Nl, date).unwrap())
    });
    group.bench_function("data only: self-assessment JSON view (nl)", |b| {
        b.iter(|| {
            serde_json::to_vec(&report::self_assessment::self_assessment(
                black_box(&r),
                &q,
                Lang::Nl,
                date,
            ))
            .unwrap()
        })
    });
    // one note of 7 MB (below the 8 MiB file limit): cut, then typeset
    let mut long = reflectietool::Reflection::new(Default::default(), &q);
    long.notes
        .insert(q.themes[0].id.clone(), "lang woord ".repeat(7_000_000 / 11));
    let start = Instant::now();
    let pdf = report::self_assessment_pdf_on(&long, &q, Lang::Nl, date).unwrap();
    eprintln!(
        "7 MB note, first run: {:.0} ms, {} KiB",
        start.elapsed().as_secs_f64() * 1000.0,
        pdf.len() / 1024
    );
    group.sample_size(10);
    group.bench_function("self-assessment: one 7 MB note (nl)", |b| {
        b.iter(|| report::self_assessment_pdf_on(black_box(&long), &q, Lang::Nl, date).unwrap())
    });
    // the officer's overview: 300 networks, two board years each
    let shared = std::sync::Arc::new(q.clone());
    let entries = (0..300)
        .flat_map(|n| [2025, 2026].map(|y| (n, y)))
        .map(|(n, y)| reflectietool::review::ReviewEntry {
            path: format!("n{n}-{y}.ron").into(),
            reflection: reflectietool::sample::network_year(
                &q,
                n,
                y,
                if n % 10 == 0 { 4 } else { 0 },
            ),
            questionnaire: Some(shared.clone()),
            upgraded_from: None,
        })
        .collect();
    let review = reflectietool::review::Review::from_entries(Vec::new(), entries, Vec::new());
    let start = Instant::now();
    let pdf = report::review_overview_pdf_on(&review, Lang::Nl, date).unwrap();
    eprintln!(
        "overview of 300 networks, first run: {:.0} ms, {} KiB, {} pages",
        start.elapsed().as_secs_f64() * 1000.0,
        pdf.len() / 1024,
        report::review_overview_pages(&review, Lang::Nl).unwrap()
    );
    group.bench_function("review overview: 300 networks × 2 years (nl)", |b| {
        b.iter(|| report::review_overview_pdf_on(black_box(&review), Lang::Nl, date).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench_report);
criterion_main!(benches);
