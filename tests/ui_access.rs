//! Every control on every page has an accessible name, so that a screen
//! reader can say what it is: home, the new-reflection form, each theme
//! page of a fully answered reflection, its overview (also opened to print)
//! and its network details, and the officer's review (its table, one
//! network read-only and its problems), in Dutch and in English.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use reflectietool::Questionnaire;
use reflectietool::app::{Command, ReflectieApp, ReviewCommand, ReviewView};
use reflectietool::lang::Lang;
use reflectietool::storage::Store;

/// Lists the interactive nodes that have no name, as "role at (x, y)".
fn unnamed(h: &Harness<'_, ReflectieApp>) -> Vec<String> {
    let mut out = Vec::new();
    let mut controls = 0;
    for node in h.root().children_recursive() {
        let ak = node.accesskit_node();
        let role = ak.role();
        if matches!(
            role,
            Role::Button
                | Role::CheckBox
                | Role::RadioButton
                | Role::TextInput
                | Role::MultilineTextInput
                | Role::Slider
                | Role::ComboBox
        ) {
            controls += 1;
            let name = ak.label().unwrap_or_default();
            if name.trim().is_empty() {
                out.push(format!("{role:?} {:?}", ak.bounding_box()));
            }
        }
    }
    assert!(controls > 3, "the page has controls to check ({controls})");
    out
}

fn settle(h: &mut Harness<'_, ReflectieApp>) {
    for _ in 0..4 {
        h.step();
    }
}

#[test]
fn every_control_has_an_accessible_name() {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    Store::open(tmp.path())
        .unwrap()
        .save(&reflectietool::sample::full_reflection(&q, "volledig", 2))
        .unwrap();
    // a folder of networks' files for the review, outside the data folder
    let others = tempfile::tempdir().unwrap();
    let folder = others.path().to_owned();
    for n in 0..3 {
        let r = reflectietool::sample::network_year(&q, n, 2025, if n == 0 { 3 } else { 0 });
        std::fs::write(
            folder.join(format!("n{n}.ron")),
            reflectietool::storage::to_ron(&r),
        )
        .unwrap();
    }
    std::fs::write(folder.join("kapot.ron"), "Reflection(").unwrap();
    let dir = tmp.path().to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1180.0, 5000.0))
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    for lang in [Lang::Nl, Lang::En] {
        h.state_mut().push(Command::SetLang(lang));
        h.state_mut().push(Command::GoHome);
        settle(&mut h);
        let missing = unnamed(&h);
        assert!(
            missing.is_empty(),
            "home ({lang:?}): unnamed controls {missing:?}"
        );

        h.state_mut().push(Command::ShowNewForm);
        settle(&mut h);
        let missing = unnamed(&h);
        assert!(
            missing.is_empty(),
            "new form ({lang:?}): unnamed controls {missing:?}"
        );

        h.state_mut()
            .push(Command::Open(tmp.path().join("volledig.ron")));
        settle(&mut h);
        for theme in 0..q.themes.len() {
            h.state_mut().push(Command::SelectTheme(theme));
            settle(&mut h);
            let missing = unnamed(&h);
            assert!(
                missing.is_empty(),
                "theme {} ({lang:?}): unnamed controls {missing:?}",
                theme + 1
            );
        }
        for (command, page) in [
            (Command::ShowOverview { print: false }, "overview"),
            (Command::ShowOverview { print: true }, "overview, to print"),
            (Command::EditProfile, "network details"),
        ] {
            h.state_mut().push(command);
            settle(&mut h);
            let missing = unnamed(&h);
            assert!(
                missing.is_empty(),
                "{page} ({lang:?}): unnamed controls {missing:?}"
            );
        }
        h.state_mut().push(Command::CancelProfile);
        settle(&mut h);

        // the officer's review: its table, one network and its problems
        h.state_mut().push(Command::GoHome);
        h.state_mut()
            .push(Command::Review(ReviewCommand::Open(vec![folder.clone()])));
        h.step();
        let start = std::time::Instant::now();
        while h.state().reviews.open.is_none() {
            assert!(start.elapsed().as_secs() < 10, "the review was read");
            std::thread::sleep(std::time::Duration::from_millis(10));
            h.step();
        }
        for (view, page) in [
            (ReviewView::Table, "review table"),
            (ReviewView::Network(0), "review network"),
            (ReviewView::Problems, "review problems"),
        ] {
            h.state_mut()
                .push(Command::Review(ReviewCommand::Show(view)));
            settle(&mut h);
            let missing = unnamed(&h);
            assert!(
                missing.is_empty(),
                "{page} ({lang:?}): unnamed controls {missing:?}"
            );
        }
    }
}
