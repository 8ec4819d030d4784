//! The officer's review in the window: a folder of twelve networks' files,
//! made read-only, opens from the home page through the folder dialog; the
//! broken file is listed with its line and column, the duplicate is flagged
//! and the file of another questionnaire version is marked; afterwards not
//! a byte, a timestamp or a name in the folder changed. The table sorts by
//! its headers and filters by its choices.

mod common;

use std::sync::{Arc, Mutex};

use common::review::*;
use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use reflectietool::app::workers::dialogs::{Answer, Purpose, Request};
use reflectietool::app::{Page, ReviewView};
use reflectietool::review::overview::SortKey;

#[test]
fn a_read_only_folder_opens_and_nothing_in_it_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let folder = review_folder(tmp.path());
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 12);
    set_read_only(&folder, true);
    let before = record(&folder);

    // tall enough for every row of the table (only rows in view are laid out)
    let mut h = start_sized(&data, egui::vec2(1600.0, 1600.0));
    let asked: Arc<Mutex<Vec<Purpose>>> = Arc::default();
    let asked_in = asked.clone();
    let chosen = folder.clone();
    h.state_mut().set_file_picker(Arc::new(move |r: &Request| {
        asked_in.lock().unwrap().push(r.purpose.clone());
        Answer::Chosen(chosen.clone())
    }));
    click_and_read(&mut h, Q::Label("Reflecties bekijken (review)…"));
    assert_eq!(*asked.lock().unwrap(), [Purpose::ReviewFolder]);
    assert_eq!(h.state().page, Page::Review);
    assert!(
        has_text(&h, "Alleen lezen"),
        "the page says it is read-only"
    );

    let s = h.state().reviews.open.as_ref().unwrap();
    assert_eq!(s.review.entries.len(), 11, "eleven files are readable");
    assert_eq!(s.review.unreadable.len(), 1);
    // the broken file, with its line and column
    assert!(
        has_text_containing(&h, "kapot.ron:3:"),
        "the broken file is listed with its position\n{}",
        tree(&h)
    );
    // the duplicate: both rows marked, and explained
    let marked = h
        .query_all_by(|n| n.role() == Role::Label && n.value().as_deref() == Some("⚠ dubbel"))
        .count();
    assert_eq!(marked, 2, "both files of the duplicate are marked");
    assert!(has_text(
        &h,
        "⚠ Voor 1 netwerk en bestuursjaar zijn er twee of meer bestanden"
    ));
    // the other questionnaire version
    assert!(has_text(&h, "vragenlijst 0.9"), "{}", tree(&h));

    // every network can be opened and read, and the problems page lists
    // the duplicate's files
    let entries = s.review.entries.len();
    for i in 0..entries {
        h.state_mut().push(reflectietool::app::Command::Review(
            reflectietool::app::ReviewCommand::Show(ReviewView::Network(i)),
        ));
        h.run();
    }
    click(&mut h, Q::Label("← Terug naar de tabel"));
    click(&mut h, Q::Label("Problemen (2)"));
    assert!(
        has_text(
            &h,
            "⚠ Dubbel: 2 bestanden voor Vrouwennetwerk Aletta (2025-2026)"
        ),
        "{}",
        tree(&h)
    );
    assert!(has_text_containing(&h, "z-kopie.ron"));
    assert!(has_text_containing(
        &h,
        "versie 0.9, gelezen met versie 1.0"
    ));
    close_window(h);

    // not a byte, not a timestamp, not a name or mode changed in the folder
    let after = record(&folder);
    assert_eq!(
        before.files.keys().collect::<Vec<_>>(),
        after.files.keys().collect::<Vec<_>>()
    );
    assert!(before == after, "the folder is exactly as it was");
    // the officer's review file is in the officer's own data folder
    let reviews: Vec<_> = std::fs::read_dir(data.join("reviews"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(reviews.len(), 1, "{reviews:?}");
    assert!(reviews[0].ends_with(".ron"));
    set_read_only(&folder, false);
}

#[test]
fn the_table_sorts_by_its_headers_and_filters_by_its_choices() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = review_folder(tmp.path());
    let mut h = start_sized(&tmp.path().join("data"), egui::vec2(1600.0, 1600.0));
    open_review(&mut h, &[folder]);
    // by name at first, A to Z
    let rows = table_rows(&h);
    assert_eq!(rows.len(), 11, "{rows:?}");
    let mut sorted = rows.clone();
    sorted.sort_by_key(|r| r.to_lowercase());
    assert_eq!(rows, sorted);

    // a header sorts by its column, ascending; again descending
    click(&mut h, Q::Label("Bestuursjaar: klik om hierop te sorteren"));
    let years = |h: &H| -> Vec<String> {
        table_rows(h)
            .iter()
            .map(|r| {
                r.rsplit_once('(')
                    .unwrap()
                    .1
                    .trim_end_matches(')')
                    .to_owned()
            })
            .collect()
    };
    let up = years(&h);
    assert!(up.windows(2).all(|w| w[0] <= w[1]), "{up:?}");
    assert_eq!(up.first().map(String::as_str), Some("2023-2024"));
    assert!(exists(
        &h,
        Q::Label("Bestuursjaar: gesorteerd oplopend; klik om om te draaien")
    ));
    click(
        &mut h,
        Q::Label("Bestuursjaar: gesorteerd oplopend; klik om om te draaien"),
    );
    let down = years(&h);
    assert!(down.windows(2).all(|w| w[0] >= w[1]), "{down:?}");
    assert_eq!(down.first().map(String::as_str), Some("2025-2026"));
    let s = h.state().reviews.open.as_ref().unwrap();
    assert_eq!(s.sort.key, SortKey::Year);
    assert!(!s.sort.ascending);

    // a theme's header sorts by its level, lowest first
    click(
        &mut h,
        Q::Label("Waarde voor leden: klik om hierop te sorteren"),
    );
    let s = h.state().reviews.open.as_ref().unwrap();
    let values: Vec<f64> = s
        .rows
        .iter()
        .map(|&r| s.overview.rows[r].cells[1].value.unwrap_or(-1.0))
        .collect();
    assert!(values.windows(2).all(|w| w[0] <= w[1]), "{values:?}");
    let shown = table_rows(&h);
    let expected: Vec<String> = s
        .rows
        .iter()
        .map(|&r| s.review.entries[s.overview.rows[r].entry].title())
        .collect();
    assert_eq!(
        shown, expected,
        "the screen shows the rows in the state's order"
    );

    // a board year chosen in its filter: only that year's rows
    click(&mut h, Q::Role(Role::ComboBox, "Bestuursjaar"));
    click(&mut h, Q::Role(Role::Button, "2024-2025"));
    let only = years(&h);
    assert_eq!(only, ["2024-2025"; 3], "{}", tree(&h));
    assert!(has_text(&h, "3 van 11 rijen"));
    // the search field narrows further, by name
    type_into(&mut h, Q::Label("Zoeken"), "pride");
    assert_eq!(table_rows(&h), ["Pride Erasmus (2024-2025)"]);
    // the kind of network
    click(&mut h, Q::Label("Filters wissen"));
    assert_eq!(table_rows(&h).len(), 11);
    click(&mut h, Q::Role(Role::ComboBox, "Soort netwerk"));
    click(&mut h, Q::Role(Role::Button, "Pride- of lhbtiq+-netwerk"));
    let rows = table_rows(&h);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(
        rows.iter().all(|r| r.starts_with("Pride Erasmus")),
        "{rows:?}"
    );
    let s = h.state().reviews.open.as_ref().unwrap();
    assert!(
        s.rows
            .iter()
            .all(|&r| s.overview.rows[r].kind == s.filter.kind.unwrap())
    );
}

#[test]
fn a_table_of_300_networks_lays_out_only_the_rows_in_view_and_scrolls() {
    let q = reflectietool::Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("veel");
    std::fs::create_dir_all(&folder).unwrap();
    for i in 0..300 {
        let r = reflectietool::sample::network_year(&q, i, 2025, 0);
        std::fs::write(
            folder.join(format!("r{i:03}.ron")),
            reflectietool::storage::to_ron(&r),
        )
        .unwrap();
    }
    let mut h = start_sized(&tmp.path().join("data"), egui::vec2(1366.0, 768.0));
    open_review(&mut h, &[folder]);
    assert_eq!(h.state().reviews.open.as_ref().unwrap().rows.len(), 300);
    let first = table_rows(&h);
    assert!(
        !first.is_empty() && first.len() < 30,
        "only the rows in view are laid out: {}",
        first.len()
    );
    // the wheel over the table scrolls it (the page does not hold it at
    // the top)
    let at = h
        .get_by_label(first[0].as_str().pipe_open())
        .rect()
        .center();
    h.event(egui::Event::PointerMoved(at));
    for _ in 0..60 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -400.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        h.step();
    }
    h.run();
    let later = table_rows(&h);
    assert!(!later.is_empty() && later[0] != first[0], "{later:?}");
    let s = h.state().reviews.open.as_ref().unwrap();
    let last = s.review.entries[s.overview.rows[*s.rows.last().unwrap()].entry].title();
    assert!(later.contains(&last), "the last row is reached: {later:?}");
}

/// Turns a row's name into the label of its *Openen* button.
trait PipeOpen {
    fn pipe_open(&self) -> &'static str;
}

impl PipeOpen for str {
    fn pipe_open(&self) -> &'static str {
        Box::leak(format!("Openen: {self}").into_boxed_str())
    }
}

/// A file dropped on the window, as the window system hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn files_dropped_on_home_open_a_review_and_a_path_field_stands_in_for_the_dialog() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = review_folder(tmp.path());
    let before = record(&folder);
    let mut h = start_sized(&tmp.path().join("data"), egui::vec2(1600.0, 1600.0));
    // two files dropped on the home page: a review of just those two
    for name in ["n0-2023.ron", "n0-2024.ron"] {
        h.input_mut()
            .dropped_files
            .push(Arc::new(Dropped(folder.join(name))));
    }
    h.step();
    wait_review(&mut h);
    assert_eq!(table_rows(&h).len(), 2, "{}", tree(&h));
    // a third dropped on the open review joins it
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(folder.join("n1-2023.ron"))));
    h.step();
    wait_review(&mut h);
    assert_eq!(table_rows(&h).len(), 3);
    assert_eq!(
        h.state().reviews.open.as_ref().unwrap().file.sources.len(),
        3
    );

    // no dialog on this computer: a field takes the folder's path
    h.state_mut().push(reflectietool::app::Command::GoHome);
    h.run();
    h.state_mut()
        .set_file_picker(Arc::new(|_r: &Request| Answer::Unavailable));
    click(&mut h, Q::Label("Reflecties bekijken (review)…"));
    let start = std::time::Instant::now();
    while h.state().reviews.path_field.is_none() {
        assert!(start.elapsed().as_secs() < 5, "the path field opened");
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
    // it takes the focus as it appears: typing and Ctrl+Enter suffice
    let field = Q::Label("Mappen of bestanden om te bekijken (alleen lezen)");
    assert!(find(&h, field).is_focused(), "the path field has the focus");
    h.event(egui::Event::Text(folder.display().to_string()));
    h.run();
    assert_eq!(value(&h, field), folder.display().to_string());
    h.key_press_modifiers(CTRL, egui::Key::Enter);
    h.step();
    wait_review(&mut h);
    assert_eq!(table_rows(&h).len(), 11);
    close_window(h);
    assert!(record(&folder) == before, "the folder is exactly as it was");
}

#[test]
fn the_officer_renames_a_review_and_home_lists_it_by_that_name() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let folder = review_folder(tmp.path());
    let mut h = start_sized(&data, egui::vec2(1400.0, 1000.0));
    open_review(&mut h, &[folder.clone()]);
    assert!(has_text(&h, "Review: netwerken"), "{}", tree(&h));
    click(&mut h, Q::Label("✎ Naam wijzigen"));
    // the field has the focus and holds the name to change
    let field = Q::Label("Naam van deze review");
    assert!(find(&h, field).is_focused());
    assert_eq!(value(&h, field), "netwerken");
    h.key_press_modifiers(CTRL, egui::Key::A);
    h.event(egui::Event::Text("Netwerken HvA 2026".into()));
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(has_text(&h, "Review: Netwerken HvA 2026"), "{}", tree(&h));
    wait_saved(&mut h);
    let file = std::fs::read_dir(data.join("reviews"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .next()
        .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("title: \"Netwerken HvA 2026\""), "{text}");
    // an empty name is not taken
    click(&mut h, Q::Label("✎ Naam wijzigen"));
    h.key_press_modifiers(CTRL, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.run();
    click(&mut h, Q::Label("Opslaan"));
    assert!(has_text(&h, "Review: Netwerken HvA 2026"));
    h.state_mut().push(reflectietool::app::Command::GoHome);
    h.run();
    assert!(has_text(&h, "Netwerken HvA 2026"), "{}", tree(&h));
    close_window(h);
}
