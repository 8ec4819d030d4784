//! Helpers for the tests that drive the real program window with
//! egui_kittest: building the harness on a data folder, finding widgets the
//! way a person (or a screen reader) does, clicking and typing, and waiting
//! for the background saver.

#![allow(dead_code)]

pub mod bare;
pub mod poll;
pub mod review;
pub mod views;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, Node};
use reflectietool::Questionnaire;
use reflectietool::app::ReflectieApp;
use reflectietool::model::reflection::{NetworkKind, NetworkProfile, Reflection};
use reflectietool::storage::settings::{Settings, ThemeChoice};

/// The program's window size.
pub const WINDOW: egui::Vec2 = egui::vec2(1180.0, 800.0);

/// The harness type of these tests.
pub type H = Harness<'static, ReflectieApp>;

/// Starts the program on a data folder in a window of the given size, as
/// `main` does. The harness's own light/dark choice is set from the saved
/// settings, because egui_kittest applies it after the app was built.
pub fn start_sized(dir: &Path, size: egui::Vec2) -> H {
    let theme = match Settings::load(dir).theme {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark => egui::Theme::Dark,
    };
    let dir: PathBuf = dir.to_owned();
    let mut h = Harness::builder()
        .with_size(size)
        .with_theme(theme)
        .with_max_steps(24)
        .with_render_cursor(false)
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    h.run();
    h
}

/// Starts the program on a data folder in a window of the normal size.
pub fn start(dir: &Path) -> H {
    start_sized(dir, WINDOW)
}

/// Runs until the picture is stable: no pointer, nothing pending.
pub fn settle(h: &mut H) {
    h.remove_cursor();
    h.run();
    h.step();
    h.run();
}

/// Closes the window the way the window manager does: a close request (the
/// program saves what is pending), then `on_exit` as eframe calls it, then
/// the harness is dropped.
pub fn close_window(mut h: H) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    eframe::App::on_exit(h.state_mut());
    drop(h);
}

/// How to find a widget.
#[derive(Debug, Clone, Copy)]
pub enum Q<'a> {
    /// The accessible label is exactly this.
    Label(&'a str),
    /// The accessible label contains this.
    LabelContains(&'a str),
    /// The role and the exact label.
    Role(Role, &'a str),
    /// A text (a label's value) that starts with this.
    Text(&'a str),
    /// The first widget labelled `label` below the question whose prompt
    /// starts with `prompt`.
    InQuestion {
        /// The start of the question's prompt.
        prompt: &'a str,
        /// The widget's label.
        label: &'a str,
    },
    /// Like `InQuestion`, for a widget of this role; also finds a widget
    /// that labels another one (a checkbox that labels its text field).
    RoleInQuestion {
        /// The start of the question's prompt.
        prompt: &'a str,
        /// The widget's role.
        role: Role,
        /// The widget's label.
        label: &'a str,
    },
    /// The widget labelled `label` of the list item named `row`: on the same
    /// row (a table) or the first below the name (a card).
    InRow {
        /// A text in the row (a label's exact value).
        row: &'a str,
        /// The widget's label.
        label: &'a str,
    },
}

fn top(n: &Node<'_>) -> f32 {
    n.rect().top()
}

/// Finds the text node (role Label) whose value starts with `prefix`.
pub fn text<'h>(h: &'h H, prefix: &str) -> Node<'h> {
    let prefix = prefix.to_owned();
    let found: Vec<Node<'h>> = h
        .query_all_by(move |n| {
            n.role() == Role::Label && n.value().is_some_and(|v| v.starts_with(prefix.as_str()))
        })
        .collect();
    match found.len() {
        1 => found[0],
        0 => panic!(
            "no text starting with the given prefix on screen\n{}",
            tree(h)
        ),
        n => panic!("{n} texts start with the given prefix; be more precise"),
    }
}

/// Returns whether some text (a label's value) starts with `prefix`.
pub fn has_text(h: &H, prefix: &str) -> bool {
    let prefix = prefix.to_owned();
    h.query_all_by(move |n| {
        n.role() == Role::Label && n.value().is_some_and(|v| v.starts_with(prefix.as_str()))
    })
    .next()
    .is_some()
}

/// Returns whether some text (a label's value) contains `part`.
pub fn has_text_containing(h: &H, part: &str) -> bool {
    let part = part.to_owned();
    h.query_all_by(move |n| {
        n.role() == Role::Label && n.value().is_some_and(|v| v.contains(part.as_str()))
    })
    .next()
    .is_some()
}

/// Returns the texts of the list item named `name`: its row in a table, or
/// the lines of its card (up to its first button).
pub fn item_texts(h: &H, name: &str) -> Vec<String> {
    let r = text(h, name).rect();
    let buttons_below = h
        .query_all_by_role(Role::Button)
        .map(|n| n.rect().bottom())
        .filter(|b| *b > r.top())
        .fold(f32::INFINITY, f32::min);
    h.query_all_by(|n| n.role() == Role::Label)
        .filter(|n| {
            n.rect().center().y > r.top() - 6.0
                && n.rect().center().y < buttons_below.max(r.bottom() + 6.0)
        })
        .filter_map(|n| n.value())
        .collect()
}

/// Finds one widget.
#[track_caller]
pub fn find<'h>(h: &'h H, q: Q<'_>) -> Node<'h> {
    match q {
        Q::Label(l) => h.get_by_label(leak(l)),
        Q::LabelContains(l) => h.get_by_label_contains(leak(l)),
        Q::Role(r, l) => h.get_by_role_and_label(r, leak(l)),
        Q::Text(t) => text(h, t),
        Q::InQuestion { prompt, label } => {
            let y = top(&text(h, prompt));
            h.query_all_by_label(leak(label))
                .filter(|n| top(n) >= y)
                .min_by(|a, b| top(a).total_cmp(&top(b)))
                .unwrap_or_else(|| {
                    panic!("no {label:?} below the question {prompt:?}\n{}", tree(h))
                })
        }
        Q::RoleInQuestion {
            prompt,
            role,
            label,
        } => {
            let y = top(&text(h, prompt));
            let label = label.to_owned();
            h.query_all_by(move |n| {
                n.role() == role && n.label().as_deref() == Some(label.as_str())
            })
            .filter(|n| top(n) >= y)
            .min_by(|a, b| top(a).total_cmp(&top(b)))
            .unwrap_or_else(|| panic!("no {role:?} below the question {prompt:?}\n{}", tree(h)))
        }
        Q::InRow { row, label } => {
            let row_text = row.to_owned();
            let r = h
                .query_all_by(move |n| {
                    n.role() == Role::Label && n.value().as_deref() == Some(row_text.as_str())
                })
                .next()
                .unwrap_or_else(|| panic!("no item with the text {row:?}\n{}", tree(h)))
                .rect();
            // the first such widget on the item's row (a table) or below its
            // name (a card); a card's buttons may name their item after a
            // colon for screen readers ("Openen: <name> <year>")
            let named = format!("{label}: ");
            let label_owned = label.to_owned();
            h.query_all_by(move |n| {
                n.label()
                    .is_some_and(|l| l == label_owned || l.starts_with(named.as_str()))
            })
            .filter(|n| n.rect().center().y > r.top() - 6.0)
            .min_by(|a, b| a.rect().center().y.total_cmp(&b.rect().center().y))
            .unwrap_or_else(|| panic!("no {label:?} on the item {row:?}\n{}", tree(h)))
        }
    }
}

/// kittest's queries want `&'tree str`; the tests use few, short strings.
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

/// Returns whether a widget can be found.
pub fn exists(h: &H, q: Q<'_>) -> bool {
    match q {
        Q::Label(l) => h.query_all_by_label(leak(l)).next().is_some(),
        Q::LabelContains(l) => h.query_all_by_label_contains(leak(l)).next().is_some(),
        Q::Role(r, l) => h.query_all_by_role_and_label(r, leak(l)).next().is_some(),
        Q::Text(t) => has_text(h, t),
        _ => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            find(h, q);
        }))
        .is_ok(),
    }
}

/// Brings a widget into view, as a person scrolls to it (a widget outside
/// a scroll area stays where it is).
pub fn scroll_to(h: &mut H, q: Q<'_>) {
    find(h, q).scroll_to_me();
    h.run();
    let r = find(h, q).rect();
    let screen = h.ctx.content_rect();
    assert!(
        screen.contains_rect(r),
        "{q:?} is not in view after scrolling to it: {r:?}"
    );
}

/// Scrolls a widget into view and clicks it with the mouse.
#[track_caller]
pub fn click(h: &mut H, q: Q<'_>) {
    scroll_to(h, q);
    find(h, q).click();
    h.run();
}

/// Scrolls a text field into view, focuses it and types.
#[track_caller]
pub fn type_into(h: &mut H, q: Q<'_>, text: &str) {
    scroll_to(h, q);
    find(h, q).focus();
    h.run();
    assert!(
        find(h, q).is_focused(),
        "{q:?} did not take the keyboard focus"
    );
    find(h, q).type_text(text);
    h.run();
}

/// Scrolls a text field into view, empties it (Ctrl+A, Backspace) and
/// types `text` into it.
pub fn retype(h: &mut H, q: Q<'_>, text: &str) {
    scroll_to(h, q);
    find(h, q).focus();
    h.run();
    press(h, CTRL, egui::Key::A);
    press(h, egui::Modifiers::NONE, egui::Key::Backspace);
    assert_eq!(value(h, q), "", "{q:?} is empty before typing");
    if !text.is_empty() {
        find(h, q).type_text(text);
        h.run();
    }
}

/// Returns the text in a text field.
pub fn value(h: &H, q: Q<'_>) -> String {
    find(h, q).value().unwrap_or_default()
}

/// Returns whether a checkbox or radio button is on.
pub fn is_checked(h: &H, q: Q<'_>) -> bool {
    matches!(find(h, q).accesskit_node().toggled(), Some(Toggled::True))
}

/// Returns a slider's value.
pub fn slider_value(h: &H, q: Q<'_>) -> Option<f64> {
    find(h, q).accesskit_node().numeric_value()
}

/// Presses a key with modifiers, as on Linux (Ctrl is also "command").
pub fn press(h: &mut H, modifiers: egui::Modifiers, key: egui::Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Ctrl, as egui-winit reports it on Linux and Windows.
pub const CTRL: egui::Modifiers = egui::Modifiers {
    alt: false,
    ctrl: true,
    shift: false,
    mac_cmd: false,
    command: true,
};

/// Presses Tab until the widget has the keyboard focus; fails after `max`.
#[track_caller]
pub fn tab_to(h: &mut H, q: Q<'_>, max: usize) -> usize {
    for i in 0..max {
        if find(h, q).is_focused() {
            return i;
        }
        h.key_press(egui::Key::Tab);
        h.run();
    }
    panic!(
        "{q:?} did not get the focus after {max} presses of Tab\n{}",
        tree(h)
    );
}

/// Steps the program until nothing waits to be saved; fails after 5 s.
#[track_caller]
pub fn wait_saved(h: &mut H) {
    let start = Instant::now();
    loop {
        h.step();
        if !h.state().has_unsaved() {
            h.run();
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the changes were not saved within 5 s; notices: {:?}",
            h.state().notices
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Steps the program for a while in real time (so that the save debounce
/// can pass), without expecting the save to succeed.
pub fn let_time_pass(h: &mut H, ms: u64) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(ms) {
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run();
}

/// A compact dump of what is on screen, for failure messages.
pub fn tree(h: &H) -> String {
    fn rec(n: Node<'_>, depth: usize, out: &mut String) {
        let a = n.accesskit_node();
        if a.role() != Role::TextRun && (a.label().is_some() || a.value().is_some()) {
            // a node may have no place (a window's own root)
            let (left, top) = a
                .bounding_box()
                .map_or((f64::NAN, f64::NAN), |b| (b.x0, b.y0));
            out.push_str(&format!(
                "{}{:?} label={:?} value={:?} at ({:.0},{:.0}){}\n",
                "  ".repeat(depth.min(12)),
                a.role(),
                a.label(),
                a.value().map(|v| v.chars().take(60).collect::<String>()),
                left,
                top,
                if a.is_focused() { " FOCUSED" } else { "" }
            ));
        }
        for c in n.children() {
            rec(c, depth + 1, out);
        }
    }
    let mut out = String::new();
    rec(h.root(), 0, &mut out);
    out
}

/// A profile for test reflections.
pub fn profile(name: &str, year: &str) -> NetworkProfile {
    NetworkProfile {
        name: name.to_owned(),
        kind: NetworkKind::StudentAssociation,
        institution: "Hogeschool Rotterdam".to_owned(),
        city: "Rotterdam".to_owned(),
        dimensions: vec!["eerste generatie".to_owned()],
        size: Some(120),
        board_year: year.to_owned(),
    }
}

/// A new, empty reflection on the built-in questionnaire.
pub fn reflection(name: &str, year: &str) -> Reflection {
    Reflection::new(profile(name, year), &Questionnaire::builtin_v1())
}

/// The theme index of "positie" (theme 5).
pub const POSITIE: usize = 4;

/// Saves `r` in the data folder `dir`, starts the program there in a
/// window of `size` and opens the reflection on its first theme.
pub fn start_open(dir: &Path, r: &Reflection, size: egui::Vec2) -> H {
    let store = reflectietool::storage::Store::open(dir).unwrap();
    store.save(r).unwrap();
    let mut h = start_sized(dir, size);
    h.state_mut()
        .push(reflectietool::app::Command::Open(store.path_of(&r.id)));
    h.run();
    assert!(h.state().session.is_some(), "the reflection opened");
    h
}

/// Returns the viewport commands the program sent in the last frame.
pub fn viewport_commands(h: &H) -> Vec<egui::ViewportCommand> {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}
