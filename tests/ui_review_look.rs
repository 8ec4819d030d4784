//! Pictures of the officer's review to look at (not compared): the home
//! page with an earlier review, the table, one network read-only with
//! feedback, and the problems, at 1366×768 (100 % and 200 %) and 1920×1080,
//! light and dark, in both languages. Run with
//! `UPDATE_SNAPSHOTS=1 REVIEW_LOOK_DIR=/tmp/look cargo test --release --test ui_review_look -- --ignored`
//! and open the PNGs in that folder.

mod common;

use common::review::*;
use common::views::*;
use common::*;
use reflectietool::Lang;
use reflectietool::app::{Command, ReviewCommand, ReviewView};

#[test]
#[ignore = "makes pictures to look at"]
fn pictures_of_the_review() {
    let out = std::env::var("REVIEW_LOOK_DIR").unwrap_or_else(|_| "/tmp/review-look".into());
    let options = egui_kittest::SnapshotOptions::new().output_path(&out);
    let tmp = tempfile::tempdir().unwrap();
    let folder = review_folder(tmp.path());
    let mut results = egui_kittest::SnapshotResults::new();
    for view in [
        View::new(1366, 768, 1.0, Lang::Nl, false),
        View::new(1366, 768, 2.0, Lang::En, false),
        View::new(1366, 768, 1.0, Lang::En, true),
        View::new(1920, 1080, 1.0, Lang::Nl, true),
        View::new(1920, 1080, 1.5, Lang::Nl, false),
    ] {
        let data = tmp.path().join(format!("data-{}", view.name("x")));
        std::fs::create_dir_all(&data).unwrap();
        let mut h = start_view(&data, view);
        open_review(&mut h, &[folder.clone()]);
        settle(&mut h);
        h.snapshot_options(view.name("review_table"), &options);
        h.state_mut()
            .push(Command::Review(ReviewCommand::Show(ReviewView::Network(0))));
        h.state_mut()
            .push(Command::Review(ReviewCommand::NetworkTheme(1)));
        let key = h.state().reviews.open.as_ref().unwrap().review.entries[0].key();
        h.state_mut()
            .push(Command::Review(ReviewCommand::SetFeedback {
                key,
                theme: None,
                text: "Mooi dat jullie de leden zelf lieten scoren.".into(),
            }));
        settle(&mut h);
        h.snapshot_options(view.name("review_network"), &options);
        h.state_mut()
            .push(Command::Review(ReviewCommand::Show(ReviewView::Problems)));
        settle(&mut h);
        h.snapshot_options(view.name("review_problems"), &options);
        h.state_mut().push(Command::GoHome);
        settle(&mut h);
        h.snapshot_options(view.name("review_home"), &options);
        results.extend_harness(&mut h);
    }
    // an updated picture counts as a failure unless UPDATE_SNAPSHOTS is set
    drop(results);
}
