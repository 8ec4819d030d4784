//! A measurement, not a check of behaviour alone: how many clicks and how
//! much scrolling a board needs for a first reflection — the profile, one
//! answer of each kind, a note, an action point, and printing. Run with
//! `cargo test --release --test ui_measure -- --ignored --nocapture`; it
//! prints the figures and fails if the flow does not end with the answers on
//! disk and a PDF.
//!
//! Before issue 8 ("a board evening that flows") the same flow took 18
//! clicks (6 for the profile) and 1366×700 px of window scrolled 4,667 px.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use egui::accesskit::Role;

/// Counts clicks (a click, or focusing a field to type) and the distance
/// the page had to scroll to bring each widget into view.
struct Meter {
    clicks: usize,
    scrolled: f32,
}

impl Meter {
    fn bring(&mut self, h: &mut H, q: Q<'_>) {
        // let the autosave of the last change pass, as it does while a
        // person moves the mouse
        if h.state().session.is_some() {
            wait_saved(h);
        }
        let before = find(h, q).rect().top();
        scroll_to(h, q);
        let after = find(h, q).rect().top();
        self.scrolled += (before - after).abs();
        if std::env::var_os("MEASURE_STEPS").is_some() {
            eprintln!("{q:?}: {:.0} px", (before - after).abs());
        }
    }
    fn click(&mut self, h: &mut H, q: Q<'_>) {
        self.bring(h, q);
        find(h, q).click();
        h.run();
        self.clicks += 1;
    }
    fn type_into(&mut self, h: &mut H, q: Q<'_>, text: &str) {
        self.bring(h, q);
        self.clicks += 1;
        type_into(h, q, text);
    }
    fn click_at(&mut self, h: &mut H, pos: egui::Pos2) {
        h.hover_at(pos);
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        h.remove_cursor();
        h.run();
        self.clicks += 1;
    }
}

#[test]
#[ignore = "a measurement: run with --ignored --nocapture"]
fn clicks_and_scrolling_for_a_first_reflection() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("in-het-kort.pdf");
    let mut h = start_sized(tmp.path(), egui::vec2(1366.0, 700.0));
    h.state_mut().open_viewer = false;
    let picked = pdf.clone();
    h.state_mut().set_file_picker(Arc::new(move |_| {
        reflectietool::app::workers::dialogs::Answer::Chosen(picked.clone())
    }));
    let mut m = Meter {
        clicks: 0,
        scrolled: 0.0,
    };

    // the profile
    m.click(&mut h, Q::Label("+ Nieuwe reflectie"));
    // the name field has the focus when the form opens: no click
    find(&h, Q::Role(Role::TextInput, "Naam van het netwerk")).type_text("Ubuntu");
    h.run();
    m.click(&mut h, Q::Label("Pride- of lhbtiq+-netwerk"));
    m.type_into(
        &mut h,
        Q::Role(Role::TextInput, "Instelling (optioneel)"),
        "Hogeschool Rotterdam",
    );
    m.click(&mut h, Q::Label("Beginnen"));
    let profile_clicks = m.clicks;

    // theme 5 holds one question of each kind
    m.click(&mut h, Q::LabelContains("5. Positie en samenwerking"));
    let prompt = "Waar ligt het zwaartepunt";
    for (label, point) in [("Nu", 1.0), ("Doel", 3.0)] {
        let track = Q::RoleInQuestion {
            prompt,
            role: Role::Slider,
            label,
        };
        m.bring(&mut h, track);
        let r = find(&h, track).rect();
        let x = r.left() + 14.0 + (r.width() - 28.0) * point / 4.0;
        m.click_at(&mut h, egui::pos2(x, r.center().y));
    }
    m.click(
        &mut h,
        Q::InQuestion {
            prompt: "We letten erop dat leden",
            label: "Grotendeels",
        },
    );
    m.type_into(
        &mut h,
        Q::Role(
            Role::MultilineTextInput,
            "Welke samenwerking levert jullie het meest op, en wat kost die jullie?",
        ),
        "De gemeente.",
    );
    m.click(&mut h, Q::Label("Geld of subsidie"));
    m.click(
        &mut h,
        Q::Label("Co-creator: we bedenken samen nieuwe plannen"),
    );
    m.type_into(
        &mut h,
        Q::Role(Role::MultilineTextInput, NOTES),
        "Een notitie.",
    );
    m.click(&mut h, Q::Label("+ Actiepunt toevoegen"));
    // the new action's "Wat" has the focus: typing needs no click
    let what = Q::Role(Role::MultilineTextInput, "Wat");
    assert!(find(&h, what).is_focused());
    find(&h, what).type_text("Gesprek met de decaan");
    h.run();

    // print: the overview first, where "In het kort" is chosen already
    m.click(&mut h, Q::Label("Zelfevaluatie (pdf)…"));
    let save = Q::LabelContains(SAVE_PDF);
    m.bring(&mut h, save);
    find(&h, save).click();
    m.clicks += 1;
    h.step();
    m.clicks += 1; // "Opslaan" in the save dialog
    let start = Instant::now();
    while !pdf.exists() || h.state().is_exporting() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the PDF was made"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    wait_saved(&mut h);
    let s = h.state().session.as_ref().unwrap();
    let r = &s.reflection;
    assert_eq!(r.answered_count(&s.questionnaire), 5, "{:?}", r.agreed);
    assert_eq!(r.actions.len(), 1);
    assert_eq!(r.actions[0].what, "Gesprek met de decaan");
    assert_eq!(r.profile.institution, "Hogeschool Rotterdam");
    println!(
        "first reflection at 1366×700, 100 %: {} clicks ({} for the profile), {:.0} px scrolled",
        m.clicks, profile_clicks, m.scrolled
    );
}

/// The label of the notes field.
const NOTES: &str = "Notities — komen in de pdf";
/// The start of the overview's button that saves the PDF.
const SAVE_PDF: &str = "Pdf opslaan";
