//! How the profile forms look at 1366×768 at 100 % and 200 %, in Dutch and
//! English: the new-reflection form empty and with errors, and
//! *Netwerkgegevens* with errors and after following a link in the summary.

mod common;

use common::views::set_status;
use common::*;
use egui::accesskit::Role;
use reflectietool::app::{Page, SaveStatus};
use reflectietool::lang::Lang;

/// Starts on an empty data folder at 1366×768 with this language and zoom.
fn start_at(dir: &std::path::Path, lang: Lang, zoom: f32) -> H {
    let settings = reflectietool::storage::settings::Settings {
        lang,
        zoom,
        ..Default::default()
    };
    settings.save(dir).unwrap();
    // the screen's pixels: zoomed, the window holds fewer points
    start_sized(dir, egui::vec2(1366.0, 768.0) / zoom)
}

fn settle(h: &mut H) {
    h.remove_cursor();
    h.run();
    h.step();
    h.run();
}

/// The form empty, with errors, and Netwerkgegevens, at 1366×768 at 100 %
/// and 200 %, in Dutch and English, as people see them.
fn forms_look(lang: Lang, zoom: f32) {
    {
        let tag = format!("{}_{}", lang.code(), (zoom * 100.0) as u32);
        let en = lang == Lang::En;
        let tmp = tempfile::tempdir().unwrap();
        let mut h = start_at(tmp.path(), lang, zoom);
        let (new, start, save) = if en {
            ("+ New reflection", "Start", "Save")
        } else {
            ("+ Nieuwe reflectie", "Beginnen", "Opslaan")
        };
        let (name, size, year) = if en {
            (
                "Name of the network",
                "Number of members (optional)",
                "Board year",
            )
        } else {
            (
                "Naam van het netwerk",
                "Aantal leden (optioneel)",
                "Bestuursjaar",
            )
        };
        let (name, size, year) = (
            Q::Role(Role::TextInput, name),
            Q::Role(Role::TextInput, size),
            Q::Role(Role::TextInput, year),
        );
        click(&mut h, Q::Label(new));
        settle(&mut h);
        h.snapshot(format!("form_empty_{tag}"));

        retype(&mut h, size, "veel");
        retype(&mut h, year, "");
        click(&mut h, Q::Label(start));
        assert!(exists(
            &h,
            Q::Role(
                Role::Link,
                if en {
                    "Fill in the name of the network."
                } else {
                    "Vul de naam van het netwerk in."
                }
            )
        ));
        settle(&mut h);
        h.snapshot(format!("form_errors_{tag}"));

        retype(&mut h, name, "Öğrenci Ağı İğdır");
        retype(&mut h, size, "ca. 40");
        retype(&mut h, year, "2026-2027");
        click(&mut h, Q::Label(start));
        assert_eq!(h.state().page, Page::Reflect);
        // a fixed save time: the clock's would change the picture
        wait_saved(&mut h);
        set_status(&mut h, SaveStatus::Saved("21:58".into()));
        click(
            &mut h,
            Q::Label(if en {
                "Network details…"
            } else {
                "Netwerkgegevens…"
            }),
        );
        assert_eq!(h.state().page, Page::Profile);
        retype(&mut h, name, "");
        retype(&mut h, size, "veel");
        click(&mut h, Q::Label(save));
        settle(&mut h);
        h.snapshot(format!("profile_edit_errors_{tag}"));

        // the second link leads to the number of members, label and all
        let second = if en {
            "Fill in a number, for example 40."
        } else {
            "Vul een getal in, bijvoorbeeld 40."
        };
        click(&mut h, Q::Role(Role::Link, second));
        settle(&mut h);
        assert!(find(&h, size).is_focused());
        h.snapshot(format!("profile_edit_link_{tag}"));
    }
}

#[test]
fn the_forms_look_right_in_dutch_at_100_percent() {
    forms_look(Lang::Nl, 1.0);
}

#[test]
fn the_forms_look_right_in_english_at_100_percent() {
    forms_look(Lang::En, 1.0);
}

#[test]
fn the_forms_look_right_in_dutch_at_200_percent() {
    forms_look(Lang::Nl, 2.0);
}

#[test]
fn the_forms_look_right_in_english_at_200_percent() {
    forms_look(Lang::En, 2.0);
}
