//! Writes the officer's documents of a sample review, to look at them:
//! the overview and a feedback letter, in Dutch and English, of 3 networks
//! in 2 board years (or of `N` networks) and a file that cannot be read.
//! The reflections themselves go into `netwerken/` beside them, a folder
//! to try the review with in the window.
//!
//! ```sh
//! cargo run --release --example review_pdfs -- /tmp/review [N]
//! pdftoppm -png -r 60 /tmp/review/overzicht-nl.pdf /tmp/review/ov-nl
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use reflectietool::review::feedback::Feedback;
use reflectietool::review::{Review, ReviewEntry, Unreadable};
use reflectietool::storage::StorageError;
use reflectietool::{Lang, Questionnaire, report, sample};

fn main() {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| "/tmp/review".into()));
    let networks: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
    std::fs::create_dir_all(&out).expect("the output folder");
    let q = Arc::new(Questionnaire::builtin());
    let entries: Vec<ReviewEntry> = (0..networks)
        .flat_map(|n| [2025, 2026].map(|y| (n, y)))
        .map(|(n, y)| ReviewEntry {
            path: format!("/stick/n{n}-{y}.ron").into(),
            reflection: sample::network_year(&q, n, y, if n == 0 { 3 } else { 0 }),
            questionnaire: Some(q.clone()),
            upgraded_from: None,
        })
        .collect();
    let folder = out.join("netwerken");
    std::fs::create_dir_all(&folder).expect("the folder of reflections");
    for e in &entries {
        let name = e.path.file_name().expect("a file name");
        std::fs::write(
            folder.join(name),
            reflectietool::storage::to_ron(&e.reflection),
        )
        .expect("written");
    }
    let unreadable = vec![Unreadable {
        path: "/stick/kapot-bestand.ron".into(),
        error: std::sync::Arc::new(StorageError::Read {
            path: "/stick/kapot-bestand.ron".into(),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        }),
    }];
    let review = Review::from_entries(vec!["/stick".into()], entries, unreadable);
    let e = &review.entries[1];
    let feedback = Feedback {
        network: e.name(),
        board_year: e.board_year().to_owned(),
        general: "Wat goed dat jullie dit jaar de leden zelf lieten meedenken over de activiteiten. \
                  De stap naar een vaste contactpersoon bij de hogeschool is gezet.\n\n\
                  Volgend jaar zou ik graag zien dat jullie de interne diversiteit verder uitwerken."
            .into(),
        themes: BTreeMap::from([
            ("waarde".to_owned(), "Sterk: leden voelen zich thuis. Vraag alumni om als rolmodel mee te doen.".to_owned()),
            ("diversiteit".to_owned(), "Hier is ruimte voor groei; kijk wie er niet komt, en waarom.".to_owned()),
        ]),
    };
    let date = jiff::civil::date(2026, 11, 25);
    for lang in [Lang::Nl, Lang::En] {
        let code = lang.code();
        let pdf = report::review_overview_pdf_on(&review, lang, date).expect("the overview");
        std::fs::write(out.join(format!("overview-{code}.pdf")), pdf).expect("written");
        let pdf = report::feedback_letter_pdf_on(e, &feedback, lang, date).expect("the letter");
        std::fs::write(out.join(format!("letter-{code}.pdf")), pdf).expect("written");
    }
    println!("{}", out.display());
}
