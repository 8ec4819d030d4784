//! One network in the officer's review: read-only (every control in the
//! reflection is disabled, a click on a level or typing in an answer
//! changes nothing in memory or on disk, and no saver is attached), and the
//! officer's feedback beside it, which saves itself into the officer's own
//! `reviews/` folder and is back after the program is closed and started
//! again, while the networks' files stay as they were.

mod common;

use common::review::*;
use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::app::screens::review::feedback::GENERAL_LABEL;
use reflectietool::app::screens::review::network::READ_ONLY_GROUP;
use reflectietool::app::{Command, ReviewCommand, ReviewView};

const UNAL_2025: &str = "Openen: Studentenvereniging Ünal & Łukasz (2025-2026)";

fn is_control(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::CheckBox
            | Role::RadioButton
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::Slider
            | Role::ComboBox
    )
}

/// Lists the controls of the read-only part that are not disabled; fails
/// when the part has too few controls to prove anything.
fn enabled_in_reflection(h: &H) -> (usize, Vec<String>) {
    let group = h.get_by_label(READ_ONLY_GROUP.0);
    let mut n = 0;
    let mut enabled = Vec::new();
    for c in group.query_all_by(|c| is_control(c.role())) {
        n += 1;
        let a = c.accesskit_node();
        if !a.is_disabled() {
            enabled.push(format!("{:?} {:?}", a.role(), a.label()));
        }
    }
    (n, enabled)
}

fn open_network(h: &mut H) -> usize {
    click(h, Q::Label(UNAL_2025));
    match h.state().reviews.open.as_ref().unwrap().view {
        ReviewView::Network(i) => i,
        v => panic!("the network did not open: {v:?}"),
    }
}

#[test]
fn a_network_opens_read_only_and_no_control_takes_input() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = review_folder(tmp.path());
    set_read_only(&folder, true);
    let before = record(&folder);
    let mut h = start_sized(&tmp.path().join("data"), egui::vec2(1400.0, 6000.0));
    open_review(&mut h, &[folder.clone()]);
    let i = open_network(&mut h);
    let reflection = h.state().reviews.open.as_ref().unwrap().review.entries[i]
        .reflection
        .clone();
    assert!(!reflection.respondents.is_empty(), "a network with members");

    // every theme: each control of the reflection is disabled
    let themes = h.state().reviews.open.as_ref().unwrap().review.entries[i]
        .questionnaire
        .as_ref()
        .unwrap()
        .themes
        .len();
    let mut seen = 0;
    for theme in 0..themes {
        h.state_mut()
            .push(Command::Review(ReviewCommand::NetworkTheme(theme)));
        h.run();
        let (n, enabled) = enabled_in_reflection(&h);
        seen += n;
        assert!(enabled.is_empty(), "theme {}: {enabled:?}", theme + 1);
    }
    assert!(seen > 100, "the themes have controls to check ({seen})");

    // the statements' theme, with the members' spread and how decided
    click(&mut h, Q::LabelContains("2. Waarde voor leden"));
    assert!(
        has_text(&h, "Wat de leden antwoordden"),
        "the members' spread is shown"
    );
    let group = h.get_by_label(READ_ONLY_GROUP.0);
    let tile = group
        .query_all_by(|n| n.role() == Role::RadioButton && n.label().as_deref() == Some("Nog niet"))
        .next()
        .expect("a level tile");
    tile.click();
    h.run();
    // the first text field of the theme (an open answer), if it has one
    let first_field = |h: &H| {
        h.get_by_label(READ_ONLY_GROUP.0)
            .query_all_by(|n| matches!(n.role(), Role::TextInput | Role::MultilineTextInput))
            .next()
            .is_some()
    };
    for theme in 0..themes {
        h.state_mut()
            .push(Command::Review(ReviewCommand::NetworkTheme(theme)));
        h.run();
        if first_field(&h) {
            let group = h.get_by_label(READ_ONLY_GROUP.0);
            let f = group
                .query_all_by(|n| matches!(n.role(), Role::TextInput | Role::MultilineTextInput))
                .next()
                .unwrap();
            f.focus();
            f.click();
            h.run();
            h.get_by_label(READ_ONLY_GROUP.0)
                .query_all_by(|n| matches!(n.role(), Role::TextInput | Role::MultilineTextInput))
                .next()
                .unwrap()
                .type_text("veranderd");
            h.run();
            break;
        }
    }
    for key in [egui::Key::Space, egui::Key::ArrowRight, egui::Key::Enter] {
        press(&mut h, egui::Modifiers::NONE, key);
    }
    let s = h.state().reviews.open.as_ref().unwrap();
    assert!(
        s.review.entries[i].reflection == reflection,
        "nothing changed in memory"
    );
    assert!(
        s.file.feedback.is_empty(),
        "no feedback was written by those clicks"
    );
    assert!(h.state().session.is_none(), "no reflection is open to save");
    assert!(!h.state().has_unsaved(), "nothing waits to be saved");

    // outside the reflection: the way back and the feedback take input
    for label in ["← Terug naar de tabel", GENERAL_LABEL.0] {
        assert!(
            !find(&h, Q::Label(label)).accesskit_node().is_disabled(),
            "{label}"
        );
    }
    close_window(h);
    assert!(record(&folder) == before, "the folder is exactly as it was");
    set_read_only(&folder, false);
}

#[test]
fn feedback_is_saved_in_the_officers_file_and_back_after_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let folder = review_folder(tmp.path());
    let before = record(&folder);
    let size = egui::vec2(1400.0, 1600.0);
    let mut h = start_sized(&data, size);
    open_review(&mut h, &[folder.clone()]);
    open_network(&mut h);
    let general = "Sterk dat de leden apart scoorden; bespreek de actiepunten in maart.";
    type_into(&mut h, Q::Label(GENERAL_LABEL.0), general);
    let theme_label = "Feedback op het thema “Over jullie netwerk”";
    type_into(&mut h, Q::Label(theme_label), "Mooi profiel.");
    // saved within a second, off the UI thread
    let start = std::time::Instant::now();
    wait_saved(&mut h);
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
    assert!(has_text(&h, "✔ Opgeslagen om"), "{}", tree(&h));
    click(&mut h, Q::Label("← Terug naar de tabel"));
    let marked = h
        .query_all_by(|n| n.role() == Role::Label && n.value().as_deref() == Some("✎ geschreven"))
        .count();
    assert_eq!(marked, 1, "the table marks the feedback");
    close_window(h);

    // the feedback is in the officer's own review file
    let files: Vec<_> = std::fs::read_dir(data.join("reviews"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.starts_with("ReviewFile("), "{text}");
    assert!(text.contains("Sterk dat de leden apart scoorden") && text.contains("Mooi profiel."));
    // and nowhere in the networks' folder
    assert!(
        record(&folder) == before,
        "the networks' files are unchanged"
    );

    // started again: home lists the review, and opening it reads it again
    let mut h = start_sized(&data, size);
    assert!(
        has_text_containing(&h, "feedback voor 1 netwerk ·"),
        "home says for how many networks there is feedback: {}",
        tree(&h)
    );
    click_and_read(&mut h, Q::Label("Openen: netwerken"));
    open_network(&mut h);
    assert_eq!(value(&h, Q::Label(GENERAL_LABEL.0)), general);
    assert_eq!(value(&h, Q::Label(theme_label)), "Mooi profiel.");
    // opening the same folder again opens the same review, not a second one
    click(&mut h, Q::Label("← Terug naar de tabel"));
    h.state_mut().push(Command::GoHome);
    h.run();
    open_review(&mut h, &[folder.clone()]);
    let s = h.state().reviews.open.as_ref().unwrap();
    assert_eq!(
        s.file.feedback.len(),
        1,
        "the earlier review with its feedback"
    );
    close_window(h);
    assert_eq!(std::fs::read_dir(data.join("reviews")).unwrap().count(), 1);
    assert!(record(&folder) == before);
}
