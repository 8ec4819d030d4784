//! Makes the self-assessment of a reflection whose one shared note is 7 MB
//! (below the 8 MiB file limit), to measure time and peak memory:
//!
//! ```sh
//! cargo build --release --example long_note
//! /usr/bin/time -v target/release/examples/long_note /tmp/long.pdf
//! ```
//!
//! The report cuts the note to `MAX_TEXT_CHARS` characters with a marker,
//! so the typesetter sees about 100,000 characters, not 7 million.

use std::time::Instant;

use reflectietool::model::reflection::{NetworkProfile, Reflection};
use reflectietool::{Lang, Questionnaire, report};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "long-note.pdf".into());
    let q = Questionnaire::builtin();
    let mut r = Reflection::new(
        NetworkProfile {
            name: "Lange notitie".into(),
            ..Default::default()
        },
        &q,
    );
    let note = "lang woord ".repeat(7_000_000 / 11);
    eprintln!("note: {} bytes", note.len());
    r.notes.insert(q.themes[0].id.clone(), note);
    let start = Instant::now();
    let pdf = report::self_assessment_pdf(&r, &q, Lang::Nl)?;
    eprintln!(
        "self-assessment: {:.0} ms, {} KiB",
        start.elapsed().as_secs_f64() * 1000.0,
        pdf.len() / 1024
    );
    report::write_pdf(std::path::Path::new(&out), &pdf)?;
    Ok(())
}
