//! The profile forms as GOV.UK makes them: the new-reflection form and
//! *Netwerkgegevens*, which edits the profile of an open reflection. Errors
//! are summarised at the top with links to their fields and shown beside
//! each field; the focus goes to the first error; a message goes when its
//! field is right; the member count reads "ca. 40"; every kind of network
//! is a visible radio button; the questionnaire is only chosen when there
//! is a choice.

mod common;

use common::*;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::app::Page;
use reflectietool::lang::Lang;
use reflectietool::model::reflection::NetworkKind;
use reflectietool::storage::Store;

const NAME: Q = Q::Role(Role::TextInput, "Naam van het netwerk");
const SIZE: Q = Q::Role(Role::TextInput, "Aantal leden (optioneel)");
const YEAR: Q = Q::Role(Role::TextInput, "Bestuursjaar");
const NAME_MISSING: &str = "Vul de naam van het netwerk in.";
const YEAR_MISSING: &str = "Vul het bestuursjaar in, bijvoorbeeld 2026-2027.";
const NOT_A_NUMBER: &str = "Vul een getal in, bijvoorbeeld 40.";

/// Returns the label of the widget with the keyboard focus.
fn focused(h: &H) -> String {
    let node = h
        .query_by(|n| n.is_focused())
        .unwrap_or_else(|| panic!("nothing has the keyboard focus\n{}", tree(h)));
    node.accesskit_node().label().unwrap_or_default()
}

/// Returns how many texts (labels' values) are exactly `text`.
fn texts_equal(h: &H, text: &str) -> Vec<egui::Rect> {
    let text = text.to_owned();
    h.query_all_by(move |n| n.role() == Role::Label && n.value().as_deref() == Some(&*text))
        .map(|n| n.rect())
        .collect()
}

fn new_form(h: &mut H) {
    click(h, Q::Label("+ Nieuwe reflectie"));
    assert_eq!(h.state().page, Page::New);
}

fn link(message: &str) -> Q<'_> {
    Q::Role(Role::Link, message)
}

#[test]
fn an_empty_form_shows_a_summary_with_links_and_each_message_beside_its_field() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    new_form(&mut h);
    assert!(
        !has_text(&h, "Er is een probleem"),
        "no errors before a submit"
    );
    // the board year is filled in for them; empty it, and write words as the count
    retype(&mut h, YEAR, "");
    retype(&mut h, SIZE, "veel");
    click(&mut h, Q::Label("Beginnen"));

    assert_eq!(h.state().page, Page::New, "nothing is created");
    assert!(Store::open(tmp.path()).unwrap().list().unwrap().is_empty());
    // the summary is at the top, above the heading, with one link per error
    // in the order of the form
    let summary = text(&h, "Er is een probleem").rect();
    assert!(summary.top() < text(&h, "Nieuwe reflectie").rect().top());
    let links: Vec<(f32, String)> = h
        .query_all_by_role(Role::Link)
        .map(|n| {
            (
                n.rect().top(),
                n.accesskit_node().label().unwrap_or_default(),
            )
        })
        .collect();
    let mut sorted = links.clone();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let labels: Vec<&str> = sorted.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(labels, [NAME_MISSING, NOT_A_NUMBER, YEAR_MISSING]);
    assert!(sorted.iter().all(|(y, _)| *y > summary.top()));

    // the focus is on the first field with an error
    assert_eq!(focused(&h), "Naam van het netwerk");
    // a screen reader hears the hint and the error with the field
    let described = find(&h, NAME)
        .accesskit_node()
        .description()
        .unwrap_or_default();
    assert!(
        described.contains("Zoals hij op de pdf moet staan"),
        "{described:?}"
    );
    assert!(
        described.contains(&format!("Fout: {NAME_MISSING}")),
        "{described:?}"
    );

    // each message is also beside its field: under the label, above the field
    for (label, field, message) in [
        ("Naam van het netwerk", NAME, NAME_MISSING),
        ("Aantal leden (optioneel)", SIZE, NOT_A_NUMBER),
        ("Bestuursjaar", YEAR, YEAR_MISSING),
    ] {
        let label_y = texts_equal(&h, label)[0].top();
        let field_y = find(&h, field).rect().top();
        let beside: Vec<egui::Rect> = texts_equal(&h, message)
            .into_iter()
            .filter(|r| r.top() > label_y && r.bottom() <= field_y + 1.0)
            .collect();
        assert_eq!(
            beside.len(),
            1,
            "{message:?} is shown between {label:?} and its field\n{}",
            tree(&h)
        );
    }

    // a link moves the focus to its field
    click(&mut h, link(NOT_A_NUMBER));
    eprintln!(
        "DEBUG focus={:?} form.focus={:?}",
        h.ctx.memory(|m| m.focused()),
        h.state().form.profile.focus
    );
    eprintln!(
        "DEBUG4 {:?}",
        h.query_all_by(|n| n.is_focused())
            .map(|n| (n.accesskit_node().role(), n.accesskit_node().label()))
            .collect::<Vec<_>>()
    );
    assert_eq!(focused(&h), "Aantal leden (optioneel)");
    click(&mut h, link(YEAR_MISSING));
    assert_eq!(focused(&h), "Bestuursjaar");

    // fixing one field takes its message away at once, the others stay
    type_into(&mut h, NAME, "Ubuntu");
    assert!(!exists(&h, link(NAME_MISSING)));
    assert_eq!(
        focused(&h),
        "Naam van het netwerk",
        "the focus stays in the field"
    );
    assert!(texts_equal(&h, NAME_MISSING).is_empty(), "{}", tree(&h));
    assert!(exists(&h, link(NOT_A_NUMBER)));
    assert_eq!(
        texts_equal(&h, NOT_A_NUMBER).len(),
        1,
        "still beside its field"
    );

    // a field that was right at the submit gets no message while typing;
    // the next submit finds it
    retype(
        &mut h,
        Q::Role(Role::TextInput, "Plaats (optioneel)"),
        "Rotterdam",
    );
    retype(&mut h, NAME, "");
    assert!(
        !exists(&h, link(NAME_MISSING)),
        "no new message while typing {:?}",
        h.state().form.profile.errors
    );
    assert!(exists(&h, link(NOT_A_NUMBER)));
    click(&mut h, Q::Label("Beginnen"));
    assert!(exists(&h, link(NAME_MISSING)), "the submit finds it");
    assert_eq!(focused(&h), "Naam van het netwerk");
    type_into(&mut h, NAME, "Ubuntu");

    // "ca. 40" is a number of members; with the year the summary goes
    // typed over "veel": still no number, still the message
    find(&h, SIZE).focus();
    h.run();
    press(&mut h, CTRL, Key::A);
    find(&h, SIZE).type_text("ca");
    h.run();
    assert_eq!(value(&h, SIZE), "ca");
    assert!(exists(&h, link(NOT_A_NUMBER)), "no number yet");
    find(&h, SIZE).type_text(". 40");
    h.run();
    assert!(!exists(&h, link(NOT_A_NUMBER)));
    assert_eq!(
        focused(&h),
        "Aantal leden (optioneel)",
        "the focus stays in the field"
    );
    type_into(&mut h, YEAR, "2026-2027");
    assert!(!has_text(&h, "Er is een probleem"), "{}", tree(&h));
    assert_eq!(value(&h, SIZE), "ca. 40", "the field keeps what was typed");

    click(&mut h, Q::Label("Beginnen"));
    assert_eq!(h.state().page, Page::Reflect);
    let session = h.state().session.as_ref().unwrap();
    assert_eq!(session.reflection.profile.size, Some(40));
    let on_disk = Store::open(tmp.path())
        .unwrap()
        .load_at(&session.path)
        .unwrap()
        .reflection;
    assert_eq!(on_disk.profile.size, Some(40));
    assert_eq!(on_disk.profile.name, "Ubuntu");
    close_window(h);
}

#[test]
fn counts_as_people_write_them_are_kept_as_the_number() {
    for typed in ["40", "ongeveer 40", "± 40", "40 leden"] {
        let tmp = tempfile::tempdir().unwrap();
        let mut h = start(tmp.path());
        new_form(&mut h);
        type_into(&mut h, NAME, "Telling");
        type_into(&mut h, SIZE, typed);
        click(&mut h, Q::Label("Beginnen"));
        assert_eq!(h.state().page, Page::Reflect, "{typed:?} is accepted");
        let s = h.state().session.as_ref().unwrap();
        assert_eq!(s.reflection.profile.size, Some(40), "{typed:?}");
        close_window(h);
    }
}

#[test]
fn a_count_in_words_is_refused_with_a_plain_message() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    new_form(&mut h);
    type_into(&mut h, NAME, "Ubuntu");
    type_into(&mut h, SIZE, "veel");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().page, Page::New, "Enter submits, and is refused");
    assert!(exists(&h, link(NOT_A_NUMBER)));
    assert_eq!(
        texts_equal(&h, NOT_A_NUMBER).len(),
        1,
        "and beside the field"
    );
    assert_eq!(focused(&h), "Aantal leden (optioneel)", "the only error");
    assert!(Store::open(tmp.path()).unwrap().list().unwrap().is_empty());
}

#[test]
fn the_form_in_english_says_optional_and_there_is_a_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    click(&mut h, Q::Label("English"));
    click(&mut h, Q::Label("+ New reflection"));
    for optional in [
        "Institution (optional)",
        "City (optional)",
        "Identities you centre (optional)",
        "Number of members (optional)",
    ] {
        assert!(exists(&h, Q::Role(Role::TextInput, optional)), "{optional}");
    }
    assert!(exists(&h, Q::Role(Role::TextInput, "Name of the network")));
    click(&mut h, Q::Label("Start"));
    assert!(has_text(&h, "There is a problem"));
    assert!(exists(&h, link("Fill in the name of the network.")));
    assert_eq!(focused(&h), "Name of the network");
}

#[test]
fn every_kind_of_network_is_a_radio_button_on_screen() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start_sized(tmp.path(), egui::vec2(1366.0, 768.0));
    new_form(&mut h);
    assert_eq!(
        h.query_all_by_role(Role::ComboBox).count(),
        0,
        "no drop-down list hides options"
    );
    for kind in NetworkKind::ALL.into_iter().rev() {
        let label = kind.label().get(Lang::Nl).to_owned();
        let q = Q::Role(Role::RadioButton, &label);
        click(&mut h, q);
        assert_eq!(h.state().form.profile.input.kind, kind, "{label}");
        assert!(is_checked(&h, q), "{label}");
    }
    type_into(&mut h, NAME, "Soorten");
    click(&mut h, Q::Label("Beginnen"));
    let s = h.state().session.as_ref().unwrap();
    assert_eq!(s.reflection.profile.kind, NetworkKind::ALL[0]);
}

#[test]
fn the_questionnaire_is_only_chosen_when_there_is_a_choice() {
    // one questionnaire: nothing to choose
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    new_form(&mut h);
    assert!(!has_text(&h, "Vragenlijst"), "{}", tree(&h));
    assert_eq!(h.query_all_by_role(Role::RadioButton).count(), 7);
    drop(h);

    // two: both offered as radio buttons, and the chosen one is used
    let tmp = tempfile::tempdir().unwrap();
    let qdir = tmp.path().join("questionnaires");
    std::fs::create_dir_all(&qdir).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questionnaires");
    std::fs::copy(root.join("valid/minimal.ron"), qdir.join("minimal.ron")).unwrap();
    let mut h = start(tmp.path());
    new_form(&mut h);
    assert!(has_text(&h, "Vragenlijst"), "{}", tree(&h));
    let radios: Vec<String> = h
        .query_all_by_role(Role::RadioButton)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(radios.len(), 9, "{radios:?}");
    let builtin = radios
        .iter()
        .find(|l| l.ends_with("(ingebouwd)"))
        .expect("the built-in questionnaire is offered")
        .clone();
    assert!(is_checked(&h, Q::Role(Role::RadioButton, &builtin)));
    let other = radios[8].clone();
    assert_ne!(other, builtin);
    click(&mut h, Q::Role(Role::RadioButton, &other));
    type_into(&mut h, NAME, "Eigen vragen");
    click(&mut h, Q::Label("Beginnen"));
    assert_eq!(h.state().page, Page::Reflect);
    let s = h.state().session.as_ref().unwrap();
    assert_eq!(s.reflection.questionnaire.id, "minimal");
    close_window(h);
}

/// Starts on a saved reflection, opened; returns the harness, the store and
/// the file.
fn open_saved(dir: &std::path::Path) -> (H, Store, std::path::PathBuf) {
    let store = Store::open(dir).unwrap();
    let path = store
        .save(&reflection("Netwerk Ünal", "2026-2027"))
        .unwrap();
    let mut h = start(dir);
    click(
        &mut h,
        Q::InRow {
            row: "Netwerk Ünal",
            label: "Openen",
        },
    );
    assert_eq!(h.state().page, Page::Reflect);
    (h, store, path)
}

#[test]
fn the_profile_of_an_open_reflection_can_be_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut h, store, path) = open_saved(tmp.path());
    assert_eq!(
        h.state().window_title(),
        "Reflectietool — Netwerk Ünal 2026-2027"
    );

    click(&mut h, Q::Label("Netwerkgegevens…"));
    assert_eq!(h.state().page, Page::Profile);
    assert!(has_text(&h, "Netwerkgegevens"));
    // the same fields, filled in from the reflection, the focus on the name
    assert_eq!(value(&h, NAME), "Netwerk Ünal");
    assert_eq!(value(&h, SIZE), "120");
    assert_eq!(
        value(&h, Q::Role(Role::TextInput, "Plaats (optioneel)")),
        "Rotterdam"
    );
    assert_eq!(focused(&h), "Naam van het netwerk");

    retype(&mut h, NAME, "Netwerk Ünal Rotterdam");
    retype(&mut h, SIZE, "ongeveer 60");
    click(&mut h, Q::Role(Role::RadioButton, "Medewerkersnetwerk"));
    click(&mut h, Q::Label("Opslaan"));
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(
        h.state().window_title(),
        "Reflectietool — Netwerk Ünal Rotterdam 2026-2027"
    );
    wait_saved(&mut h);
    let on_disk = store.load_at(&path).unwrap().reflection.profile;
    assert_eq!(on_disk.name, "Netwerk Ünal Rotterdam");
    assert_eq!(on_disk.size, Some(60));
    assert_eq!(on_disk.kind, NetworkKind::Employee);
    assert_eq!(on_disk.city, "Rotterdam", "untouched fields stay");
    close_window(h);
}

#[test]
fn an_invalid_profile_is_not_saved_and_cancel_discards() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut h, store, path) = open_saved(tmp.path());
    let before = std::fs::read(&path).unwrap();

    click(&mut h, Q::Label("Netwerkgegevens…"));
    retype(&mut h, NAME, "");
    retype(&mut h, SIZE, "veel");
    click(&mut h, Q::Label("Opslaan"));
    assert_eq!(h.state().page, Page::Profile, "the form stays");
    assert!(has_text(&h, "Er is een probleem"));
    assert!(exists(&h, link(NAME_MISSING)));
    assert!(exists(&h, link(NOT_A_NUMBER)));
    assert_eq!(focused(&h), "Naam van het netwerk");
    let s = h.state().session.as_ref().unwrap();
    assert_eq!(s.reflection.profile.name, "Netwerk Ünal");
    assert!(!h.state().has_unsaved(), "nothing waits to be saved");
    let_time_pass(&mut h, 1200);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );

    // Annuleren throws the typing away
    type_into(&mut h, NAME, "Iets anders");
    click(&mut h, Q::Label("Annuleren"));
    assert_eq!(h.state().page, Page::Reflect);
    let s = h.state().session.as_ref().unwrap();
    assert_eq!(s.reflection.profile.name, "Netwerk Ünal");
    assert_eq!(s.reflection.profile.size, Some(120));
    assert!(!h.state().has_unsaved());
    // opened again, the form shows the saved profile, without errors
    click(&mut h, Q::Label("Netwerkgegevens…"));
    assert_eq!(value(&h, NAME), "Netwerk Ünal");
    assert!(!has_text(&h, "Er is een probleem"));
    click(&mut h, Q::Label("Annuleren"));
    close_window(h);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );
    assert_eq!(store.list().unwrap().len(), 1);
}

#[test]
fn the_profile_can_be_changed_from_the_home_page() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let path = store
        .save(&reflection("Netwerk Ünal", "2026-2027"))
        .unwrap();
    let mut h = start(tmp.path());
    click(
        &mut h,
        Q::InRow {
            row: "Netwerk Ünal",
            label: "Netwerkgegevens…",
        },
    );
    assert_eq!(h.state().page, Page::Profile);
    retype(&mut h, YEAR, "2027-2028");
    click(&mut h, Q::Label("Opslaan"));
    assert_eq!(h.state().page, Page::Home, "back where it started");
    assert_eq!(
        store.load_at(&path).unwrap().reflection.profile.board_year,
        "2027-2028"
    );
    assert!(has_text_containing(&h, "2027-2028"), "the card follows");
    close_window(h);
}

/// The red of an error has at least 3:1 contrast with the page and with a
/// text field's background, in light and in dark.
#[test]
fn the_error_colour_stands_out() {
    fn luminance(c: egui::Color32) -> f32 {
        let f = |v: u8| {
            let v = v as f32 / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * f(c.r()) + 0.7152 * f(c.g()) + 0.0722 * f(c.b())
    }
    fn contrast(a: egui::Color32, b: egui::Color32) -> f32 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }
    for visuals in [egui::Visuals::light(), egui::Visuals::dark()] {
        let ctx = egui::Context::default();
        reflectietool::app::style::apply(&ctx);
        ctx.set_visuals(visuals.clone());
        let mut seen = None;
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            seen = Some(reflectietool::app::style::error_colour(ui));
        });
        out.textures_delta.clear();
        let red = seen.unwrap();
        for bg in [
            visuals.panel_fill,
            visuals.extreme_bg_color,
            visuals.window_fill,
        ] {
            assert!(
                contrast(red, bg) >= 3.0,
                "{red:?} on {bg:?}: {:.2}:1 (dark: {})",
                contrast(red, bg),
                visuals.dark_mode
            );
        }
    }
}

#[test]
fn the_profile_opened_from_the_overview_returns_to_the_overview() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut h, _store, _path) = open_saved(tmp.path());
    click(&mut h, Q::LabelContains("Overzicht"));
    assert_eq!(h.state().page, Page::Overview);
    click(&mut h, Q::Label("Netwerkgegevens…"));
    assert_eq!(h.state().page, Page::Profile);
    retype(&mut h, NAME, "Netwerk Ünal Rotterdam");
    click(&mut h, Q::Label("Opslaan"));
    assert_eq!(h.state().page, Page::Overview, "Opslaan goes back");
    click(&mut h, Q::Label("Netwerkgegevens…"));
    click(&mut h, Q::Label("Annuleren"));
    assert_eq!(h.state().page, Page::Overview, "Annuleren goes back");
    // from a theme, back to the theme
    h.state_mut()
        .push(reflectietool::app::Command::SelectTheme(0));
    h.run();
    assert_eq!(h.state().page, Page::Reflect);
    click(&mut h, Q::Label("Netwerkgegevens…"));
    click(&mut h, Q::Label("Annuleren"));
    assert_eq!(h.state().page, Page::Reflect);
    close_window(h);
}
