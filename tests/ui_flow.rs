//! The program driven like a person drives it: widgets are found by their
//! accessible names, clicked and typed into, keys are pressed; then the
//! program's state and the files on disk are checked.
//!
//! Run with `cargo test --release --test ui_flow`.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use reflectietool::app::{Command, Page, SaveStatus};
use reflectietool::lang::Lang;
use reflectietool::model::reflection::{Answer, Entry, OTHER, Reflection, ScaleAnswer};
use reflectietool::storage::settings::{Settings, ZOOM_RANGE};
use reflectietool::storage::{self, Store, TRASH_DIR};

/// A network name with Turkish and Polish letters.
const NAME: &str = "Öğrenci Ağı İğdır – Łódź Żółć";
const OPEN_ANSWER: &str =
    "De gemeente İzmir geeft ruimte; de partner uit Łódź vraagt veel tijd. Şimdi ğ ı ż ś ń.";
const OTHER_TEXT: &str = "Een stilteruimte (ışık, światło)";
const NOTE: &str = "We waren het niet eens over de sponsor — İpek wil stoppen, Paweł niet.";
const ACTION_WHAT: &str = "Gesprek met de decaan over een vaste ruimte";
const ACTION_WHO: &str = "Voorzitter (Şule)";
const ACTION_DUE: &str = "maart 2027";

// The prompts of theme 5, "Positie en samenwerking", one per kind.
const Q_POSITION: &str = "Waar ligt het zwaartepunt"; // positie.aanpassen-veranderen
const Q_SCALE: &str = "We letten erop dat leden"; // positie.overaanpassing
const Q_POSITION_2: &str = "Waar gaat jullie energie"; // positie.binnen-buiten
const Q_OPEN: &str = "Welke samenwerking levert jullie het meest op, en wat kost die jullie?"; // positie.partners
const Q_MULTIPLE: &str = "Wat vragen jullie van de instelling"; // positie.vragen
const Q_LATER: &str = "Jullie hebben twee minuten met de directie"; // positie.pitch
// A statement of theme 5 of questionnaire 2.0, "Positie".
const Q2_SCALE: &str = "Leden passen zich bij ons meer aan"; // positie.aanpassingsdruk

/// Puts questionnaire 1.0 in the data folder as a file, so that the form
/// for a new reflection offers it beside the built-in 2.0: these flows
/// walk 1.0's theme 5.
fn offer_1_0(dir: &Path) {
    let folder = dir.join("questionnaires");
    fs::create_dir_all(&folder).unwrap();
    fs::write(
        folder.join("reflectietool-1.0.ron"),
        reflectietool::model::questionnaire::BUILTIN_V1_SOURCE,
    )
    .unwrap();
}

/// Chooses questionnaire 1.0 (the file) in the form for a new reflection.
fn choose_1_0(h: &mut H) {
    click(h, Q::Label("Reflectietool voor identiteitsnetwerken 1.0"));
}

fn entry<'a>(r: &'a Reflection, id: &str) -> &'a Entry {
    r.agreed
        .get(id)
        .unwrap_or_else(|| panic!("no answer to {id}; answers: {:?}", r.agreed))
}

fn session(h: &H) -> &Reflection {
    &h.state()
        .session
        .as_ref()
        .expect("a reflection is open")
        .reflection
}

fn approx(a: Option<f32>, b: f32, what: &str) {
    let a = a.unwrap_or_else(|| panic!("{what}: not set"));
    assert!((a - b).abs() <= 0.021, "{what}: {a} is not about {b}");
}

/// Queues a command as a click would, and draws the result: a command
/// applied at the end of a frame without input asks for no new frame, so one
/// is stepped here.
fn command(h: &mut H, c: Command) {
    h.state_mut().push(c);
    h.step();
    h.step();
    h.run();
}

/// Clicks point `i` (0 to 4) of the track labelled `track` ("Nu" or
/// "Doel") of the position question below `prompt`.
fn click_point(h: &mut H, prompt: &str, track: &str, i: usize) {
    let q = Q::InQuestion {
        prompt,
        label: track,
    };
    scroll_to(h, q);
    let r = find(h, q).rect();
    // the points lie 14 px in from each end of the track
    let x = r.left() + 14.0 + i as f32 * (r.width() - 28.0) / 4.0;
    let pos = egui::pos2(x, r.center().y);
    h.hover_at(pos);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
}

#[test]
fn full_flow_survives_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    offer_1_0(dir);
    let mut h = start(dir);

    // the empty home page
    assert_eq!(h.state().page, Page::Home);
    assert!(has_text(&h, "Nog geen reflecties"), "{}", tree(&h));

    // a new reflection
    click(&mut h, Q::Label("+ Nieuwe reflectie"));
    assert_eq!(h.state().page, Page::New);
    type_into(
        &mut h,
        Q::Role(Role::TextInput, "Naam van het netwerk"),
        NAME,
    );
    assert_eq!(
        value(&h, Q::Role(Role::TextInput, "Naam van het netwerk")),
        NAME
    );
    choose_1_0(&mut h);
    click(&mut h, Q::Label("Beginnen"));
    assert_eq!(
        h.state().page,
        Page::Reflect,
        "{:?}",
        h.state().form.profile.errors
    );
    assert_eq!(session(&h).profile.name, NAME);
    assert!(
        has_text_containing(&h, NAME),
        "the top bar names the network\n{}",
        tree(&h)
    );
    let id = session(&h).id.clone();
    let store = Store::open(dir).unwrap();
    let path = store.path_of(&id);
    assert!(path.exists(), "a new reflection is saved at once");

    // theme 1 → 2 with Alt+→, 2 → 3 with the button at the end of the page,
    // then theme 5 from the sidebar
    assert_eq!(h.state().session.as_ref().unwrap().theme, 0);
    press(&mut h, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(
        h.state().session.as_ref().unwrap().theme,
        1,
        "Alt+→ goes to the next theme"
    );
    click(&mut h, Q::Label("Volgend thema →"));
    assert_eq!(
        h.state().session.as_ref().unwrap().theme,
        2,
        "“Volgend thema →” goes to the next theme"
    );
    press(&mut h, Modifiers::ALT, Key::ArrowLeft);
    assert_eq!(
        h.state().session.as_ref().unwrap().theme,
        1,
        "Alt+← goes back"
    );
    click(&mut h, Q::LabelContains("5. Positie en samenwerking"));
    assert_eq!(h.state().session.as_ref().unwrap().theme, POSITIE);
    assert!(has_text(&h, "Thema 5 van 6"));

    // position: “Nu” by keyboard (the first → places it in the middle),
    // “Doel” by a click on its own track
    let now = Q::InQuestion {
        prompt: Q_POSITION,
        label: "Nu",
    };
    scroll_to(&mut h, now);
    find(&h, now).focus();
    h.run();
    assert!(find(&h, now).is_focused());
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    click_point(&mut h, Q_POSITION, "Doel", 4);
    match &entry(session(&h), "positie.aanpassen-veranderen").answer {
        Some(Answer::Position { now, desired }) => {
            approx(*now, 0.75, "now after two presses of →");
            approx(*desired, 1.0, "goal, clicked at the right pole");
        }
        other => panic!("not a position: {other:?}"),
    }
    // the second position question: both by mouse
    click_point(&mut h, Q_POSITION_2, "Nu", 1);
    click_point(&mut h, Q_POSITION_2, "Doel", 3);
    match &entry(session(&h), "positie.binnen-buiten").answer {
        Some(Answer::Position { now, desired }) => {
            approx(*now, 0.25, "now, clicked on its track");
            approx(*desired, 0.75, "goal, clicked on its track");
        }
        other => panic!("not a position: {other:?}"),
    }
    let now2 = find(
        &h,
        Q::InQuestion {
            prompt: Q_POSITION_2,
            label: "Nu",
        },
    )
    .value()
    .unwrap_or_default();
    assert!(
        now2.starts_with("eerder naar links"),
        "the track says its point in words: {now2}"
    );

    // scale
    click(
        &mut h,
        Q::InQuestion {
            prompt: Q_SCALE,
            label: "Grotendeels",
        },
    );
    assert_eq!(
        entry(session(&h), "positie.overaanpassing").answer,
        Some(Answer::Scale(ScaleAnswer::Level(2)))
    );
    assert!(is_checked(
        &h,
        Q::InQuestion {
            prompt: Q_SCALE,
            label: "Grotendeels"
        }
    ));

    // open: the field is labelled by the question
    type_into(
        &mut h,
        Q::Role(Role::MultilineTextInput, Q_OPEN),
        OPEN_ANSWER,
    );
    assert_eq!(
        entry(session(&h), "positie.partners").answer,
        Some(Answer::Open(OPEN_ANSWER.into()))
    );

    // multiple choice: two options and “other”
    click(&mut h, Q::Label("Geld of subsidie"));
    click(&mut h, Q::Label("Een ruimte om samen te komen"));
    type_into(
        &mut h,
        Q::RoleInQuestion {
            prompt: Q_MULTIPLE,
            role: Role::MultilineTextInput,
            label: "Anders, namelijk:",
        },
        OTHER_TEXT,
    );
    assert_eq!(
        entry(session(&h), "positie.vragen").answer,
        Some(Answer::Multiple {
            choices: vec!["geld".into(), "ruimte".into(), OTHER.into()],
            other: OTHER_TEXT.into()
        })
    );
    assert!(
        is_checked(
            &h,
            Q::RoleInQuestion {
                prompt: Q_MULTIPLE,
                role: Role::CheckBox,
                label: "Anders, namelijk:"
            }
        ),
        "typing checks “other”"
    );

    // single choice
    click(
        &mut h,
        Q::Label("Co-creator: we bedenken samen nieuwe plannen"),
    );
    assert_eq!(
        entry(session(&h), "positie.rol").answer,
        Some(Answer::Single {
            choice: "co-creator".into(),
            other: String::new()
        })
    );

    // a flag on an unanswered question
    click(
        &mut h,
        Q::InQuestion {
            prompt: Q_LATER,
            label: "Later bespreken",
        },
    );
    let later = entry(session(&h), "positie.pitch");
    assert!(later.discuss_later && later.answer.is_none(), "{later:?}");
    assert!(
        exists(&h, Q::LabelContains("5. Positie en samenwerking  6/14  ⚑1")),
        "the sidebar counts 6 answers and 1 flag\n{}",
        tree(&h)
    );

    // a note
    type_into(
        &mut h,
        Q::Role(Role::MultilineTextInput, "Notities — komen in de pdf"),
        NOTE,
    );
    assert_eq!(
        session(&h).notes.get("positie").map(String::as_str),
        Some(NOTE)
    );

    // an action point
    click(&mut h, Q::Label("+ Actiepunt toevoegen"));
    assert_eq!(session(&h).actions.len(), 1);
    type_into(
        &mut h,
        Q::Role(Role::MultilineTextInput, "Wat"),
        ACTION_WHAT,
    );
    type_into(&mut h, Q::Role(Role::TextInput, "Wie"), ACTION_WHO);
    type_into(
        &mut h,
        Q::Role(Role::TextInput, "Wanneer klaar"),
        ACTION_DUE,
    );
    {
        let a = &session(&h).actions[0];
        assert_eq!(
            (a.what.as_str(), a.who.as_str(), a.due.as_str()),
            (ACTION_WHAT, ACTION_WHO, ACTION_DUE)
        );
        assert_eq!(a.theme.as_deref(), Some("positie"));
    }

    // English
    click(&mut h, Q::Label("English"));
    assert_eq!(h.state().settings.lang, Lang::En);
    assert!(exists(&h, Q::Label("Next theme →")), "{}", tree(&h));
    assert!(has_text(&h, "Themes"));
    assert!(has_text(&h, "Theme 5 of 6"));
    assert!(exists(&h, Q::Label("Mostly")));
    assert!(!exists(&h, Q::Label("Volgend thema →")));

    // saved, in the background
    wait_saved(&mut h);
    assert!(matches!(
        h.state().session.as_ref().unwrap().status,
        SaveStatus::Saved(_)
    ));
    assert!(has_text(&h, "✔ Saved at"), "the top bar says it is saved");
    let before = session(&h).clone();
    let on_disk = storage::read_reflection(&path).unwrap().reflection;
    assert_eq!(
        on_disk, before,
        "the file holds exactly what the program shows"
    );

    // close and start again
    close_window(h);
    assert_eq!(
        Settings::load(dir).lang,
        Lang::En,
        "settings.ron remembers English"
    );
    let mut h = start(dir);
    assert_eq!(h.state().settings.lang, Lang::En);
    assert!(
        has_text(&h, "Reflections"),
        "the home page is in English after the restart"
    );
    assert!(
        has_text(&h, NAME),
        "the home page lists the network\n{}",
        tree(&h)
    );
    let item = item_texts(&h, NAME);
    assert!(
        item.iter().any(|t| t.contains("6 / 54")),
        "the list counts 6 of 54 answered: {item:?}"
    );
    click(
        &mut h,
        Q::InRow {
            row: NAME,
            label: "Open",
        },
    );
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(session(&h), &before, "everything is back");

    // and it shows
    click(&mut h, Q::LabelContains("5. Positioning and cooperation"));
    assert!(
        exists(
            &h,
            Q::LabelContains("5. Positioning and cooperation  6/14  ⚑1")
        ),
        "{}",
        tree(&h)
    );
    let prompt_open = "Which partnership gives you the most, and what does it cost you?";
    assert_eq!(
        value(&h, Q::Role(Role::MultilineTextInput, prompt_open)),
        OPEN_ANSWER
    );
    assert!(is_checked(
        &h,
        Q::InQuestion {
            prompt: "We make sure members don't adapt",
            label: "Mostly"
        }
    ));
    assert!(is_checked(&h, Q::Label("Money or a grant")));
    assert!(is_checked(&h, Q::Label("A room to meet in")));
    assert!(!is_checked(&h, Q::Label("Training for the board")));
    let other_field = Q::RoleInQuestion {
        prompt: "What do you ask of the institution",
        role: Role::MultilineTextInput,
        label: "Other, namely:",
    };
    assert_eq!(value(&h, other_field), OTHER_TEXT);
    assert!(is_checked(
        &h,
        Q::RoleInQuestion {
            prompt: "What do you ask of the institution",
            role: Role::CheckBox,
            label: "Other, namely:"
        }
    ));
    assert!(is_checked(
        &h,
        Q::Label("Co-creator: we come up with new plans together")
    ));
    assert!(is_checked(
        &h,
        Q::InQuestion {
            prompt: "You have two minutes",
            label: "Discuss later"
        }
    ));
    assert!(!is_checked(
        &h,
        Q::InQuestion {
            prompt: "We make sure members don't adapt",
            label: "Discuss later"
        }
    ));
    let spoken = |label| {
        find(
            &h,
            Q::InQuestion {
                prompt: "Where does the weight",
                label,
            },
        )
        .value()
        .unwrap_or_default()
    };
    assert!(
        spoken("Now").starts_with("leaning to the right"),
        "{}",
        spoken("Now")
    );
    assert!(
        spoken("Goal").starts_with("at the right pole"),
        "{}",
        spoken("Goal")
    );
    assert_eq!(
        value(
            &h,
            Q::Role(Role::MultilineTextInput, "Notes — printed in the PDF")
        ),
        NOTE
    );
    assert_eq!(
        value(&h, Q::Role(Role::MultilineTextInput, "What")),
        ACTION_WHAT
    );
    assert_eq!(value(&h, Q::Role(Role::TextInput, "Who")), ACTION_WHO);
    assert_eq!(value(&h, Q::Role(Role::TextInput, "By when")), ACTION_DUE);

    // the file itself, read as the CLI and another program would
    let text = fs::read_to_string(&path).unwrap();
    for needle in [
        NAME,
        OPEN_ANSWER,
        OTHER_TEXT,
        NOTE,
        ACTION_WHAT,
        ACTION_WHO,
        ACTION_DUE,
        "co-creator",
        "discuss_later: true",
    ] {
        assert!(
            text.contains(needle),
            "the file does not contain {needle:?}:\n{text}"
        );
    }
    let r = storage::read_reflection(&path).unwrap().reflection;
    assert_eq!(
        r.agreed.len(),
        7,
        "six answers and one flag: {:?}",
        r.agreed.keys()
    );
    close_window(h);
}

/// A click on the Nu track of an unanswered position question sets Nu
/// only; a second click on the same track moves Nu, never Doel.
#[test]
fn a_click_on_a_track_sets_only_its_own_marker() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let r = reflection("Klikproef", "2026-2027");
    store.save(&r).unwrap();
    let mut h = start(tmp.path());
    click(
        &mut h,
        Q::InRow {
            row: "Klikproef",
            label: "Openen",
        },
    );
    click(&mut h, Q::LabelContains("5. Positie en samenwerking"));

    click_point(&mut h, Q_POSITION_2, "Nu", 1);
    let after_one = session(&h).agreed.get("positie.binnen-buiten").cloned();
    click_point(&mut h, Q_POSITION_2, "Nu", 3);
    let after_two = session(&h).agreed.get("positie.binnen-buiten").cloned();
    let pos = |e: &Option<Entry>| match e.as_ref().and_then(|e| e.answer.clone()) {
        Some(Answer::Position { now, desired }) => (now, desired),
        other => panic!("not a position: {other:?}"),
    };
    let (now, desired) = pos(&after_one);
    approx(now, 0.25, "now after one click");
    assert_eq!(desired, None, "a click on the Nu track set the goal too");
    let (now, desired) = pos(&after_two);
    approx(now, 0.75, "a second click on the Nu track moves Nu");
    assert_eq!(desired, None, "a second click on the Nu track set the goal");
    close_window(h);
}

/// The program's own settings file in the data folder is not a reflection
/// and must not be listed as an unreadable one.
#[test]
fn the_settings_file_is_not_listed_as_a_broken_reflection() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    click(&mut h, Q::Label("English"));
    click(&mut h, Q::Label("Nederlands"));
    assert!(
        Settings::path_in(tmp.path()).exists(),
        "the language choice is saved"
    );
    click(&mut h, Q::Label("Lijst vernieuwen"));
    assert!(
        !has_text(&h, "Bestanden die niet te lezen zijn"),
        "settings.ron is shown as an unreadable reflection:\n{}",
        tree(&h)
    );
    assert!(
        h.state().home.entries.is_empty(),
        "{:?}",
        h.state().home.entries
    );
    close_window(h);
}

/// 2. A broken reflection file next to a good one: the home page names the
/// file and the line; the good one opens and saves; the broken file is not
/// touched.
#[test]
fn a_broken_file_is_reported_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let store = Store::open(dir).unwrap();
    let good = reflection("Vrouwennetwerk Delft", "2025-2026");
    store.save(&good).unwrap();
    let broken_path = dir.join("kapot-netwerk.ron");
    let broken: &[u8] = b"Reflection(\n  format_version: 1,\n  id: \"kapot-netwerk\",\n  @@@ hier is iemand op het toetsenbord gaan zitten\n)\n";
    fs::write(&broken_path, broken).unwrap();

    let mut h = start(dir);
    assert!(
        has_text(&h, "Bestanden die niet te lezen zijn"),
        "{}",
        tree(&h)
    );
    let problem = text(&h, broken_path.to_str().unwrap()).value().unwrap();
    assert!(
        problem.starts_with(&format!("{}:4:", broken_path.display())),
        "the error names the file and line 4: {problem}"
    );
    assert!(
        problem.contains("Het bestand is niet veranderd"),
        "{problem}"
    );
    assert!(
        has_text(&h, "Vrouwennetwerk Delft"),
        "the good reflection is listed"
    );

    // the good one opens, changes and is saved
    click(
        &mut h,
        Q::InRow {
            row: "Vrouwennetwerk Delft",
            label: "Openen",
        },
    );
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(session(&h).id, good.id);
    click(&mut h, Q::LabelContains("5. Positie en samenwerking"));
    click(
        &mut h,
        Q::InQuestion {
            prompt: Q_SCALE,
            label: "Helemaal",
        },
    );
    wait_saved(&mut h);
    let saved = store.load(&good.id).unwrap().reflection;
    assert_eq!(
        saved.agreed["positie.overaanpassing"].answer,
        Some(Answer::Scale(ScaleAnswer::Level(3)))
    );

    // back home: still reported, and untouched
    click(&mut h, Q::Label("⌂ Reflecties"));
    assert_eq!(h.state().page, Page::Home);
    click(&mut h, Q::Label("Lijst vernieuwen"));
    assert!(has_text(&h, broken_path.to_str().unwrap()));
    close_window(h);
    assert_eq!(
        fs::read(&broken_path).unwrap(),
        broken,
        "the broken file is byte for byte the same"
    );
    assert!(
        !storage::backup_path(&broken_path).exists(),
        "no backup was made of the broken file"
    );
}

/// 3. Deleting asks first; “Annuleren” and Escape keep the reflection,
/// “Naar prullenbak” moves it to `trash/`.
#[test]
fn deleting_asks_first_and_moves_to_the_trash() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let store = Store::open(dir).unwrap();
    let keep = reflection("Pride Utrecht", "2026-2027");
    let gone = reflection("Ubuntu Amsterdam", "2026-2027");
    store.save(&keep).unwrap();
    store.save(&gone).unwrap();
    let gone_path = store.path_of(&gone.id);

    let mut h = start(dir);
    assert!(has_text(&h, "Pride Utrecht") && has_text(&h, "Ubuntu Amsterdam"));

    // cancel with the button
    click(
        &mut h,
        Q::InRow {
            row: "Ubuntu Amsterdam",
            label: "Verwijderen…",
        },
    );
    assert!(
        has_text(&h, "Reflectie verwijderen?"),
        "the confirmation shows\n{}",
        tree(&h)
    );
    assert!(
        has_text_containing(&h, "“Ubuntu Amsterdam 2026-2027”"),
        "it names the reflection"
    );
    click(&mut h, Q::Label("Annuleren"));
    assert!(!has_text(&h, "Reflectie verwijderen?"));
    assert!(gone_path.exists() && has_text(&h, "Ubuntu Amsterdam"));

    // cancel with Escape
    click(
        &mut h,
        Q::InRow {
            row: "Ubuntu Amsterdam",
            label: "Verwijderen…",
        },
    );
    assert!(has_text(&h, "Reflectie verwijderen?"));
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(
        !has_text(&h, "Reflectie verwijderen?"),
        "Escape closes the confirmation"
    );
    assert!(gone_path.exists());
    assert_eq!(h.state().home.confirm_delete, None);

    // delete
    click(
        &mut h,
        Q::InRow {
            row: "Ubuntu Amsterdam",
            label: "Verwijderen…",
        },
    );
    click(&mut h, Q::Label("Naar prullenbak"));
    assert!(!gone_path.exists(), "the file left the data folder");
    assert!(
        !has_text(&h, "Ubuntu Amsterdam"),
        "and the list\n{}",
        tree(&h)
    );
    assert!(has_text(&h, "Pride Utrecht"));
    assert!(
        has_text_containing(&h, "prullenbak"),
        "a notice says where it went"
    );
    let trashed: Vec<_> = fs::read_dir(dir.join(TRASH_DIR))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(trashed.len(), 1, "{trashed:?}");
    let name = trashed[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with(&gone.id), "{name}");
    assert_eq!(
        storage::read_reflection(&trashed[0]).unwrap().reflection,
        gone,
        "the trashed file is intact"
    );
    assert!(store.path_of(&keep.id).exists());
    close_window(h);
}

/// 4. Import through the path field (shown when no file dialog can be
/// shown), then the same file again, which is recognised and opens the one
/// that is here; a changed file with the same id is saved under an id of
/// its own.
#[test]
fn importing_a_file_opens_and_keeps_it() {
    let tmp = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut source = reflection("Netwerk Eerste Generatie Nijmegen", "2025-2026");
    source.agreed.insert(
        "positie.partners".into(),
        Entry {
            answer: Some(Answer::Open(
                "De gemeente, maar die vraagt veel verslagen.".into(),
            )),
            ..Entry::default()
        },
    );
    source.notes.insert(
        "positie".into(),
        "Overgenomen van het vorige bestuur.".into(),
    );
    let source_path = Store::open(usb.path()).unwrap().save(&source).unwrap();
    let source_bytes = fs::read(&source_path).unwrap();

    let mut h = start(dir);
    // what the home page shows after the file dialog returned nothing
    h.state_mut().home.show_path_field = true;
    h.step();
    h.run();
    type_into(
        &mut h,
        Q::Role(Role::TextInput, "Pad naar bestand"),
        source_path.to_str().unwrap(),
    );
    click(&mut h, Q::Label("Bestand importeren"));
    assert_eq!(
        h.state().page,
        Page::Reflect,
        "the import opens; notices: {:?}",
        h.state().notices
    );
    assert_eq!(
        session(&h),
        &source,
        "the imported reflection is the file's"
    );
    assert!(
        has_text(&h, "Geïmporteerd: Netwerk Eerste Generatie Nijmegen"),
        "{}",
        tree(&h)
    );
    let store = Store::open(dir).unwrap();
    assert_eq!(
        store.load(&source.id).unwrap().reflection,
        source,
        "saved in the data folder"
    );
    assert_eq!(
        fs::read(&source_path).unwrap(),
        source_bytes,
        "the source file is not changed"
    );

    // the same file again (issue 8): recognised, the one here is opened,
    // no second card
    click(&mut h, Q::Label("⌂ Reflecties"));
    command(&mut h, Command::Import(source_path.clone()));
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(session(&h), &source);
    assert!(has_text(&h, "Deze reflectie staat er al"), "{}", tree(&h));
    click(&mut h, Q::Label("⌂ Reflecties"));
    assert_eq!(h.state().summaries().count(), 1);

    // another file with the same id: a second reflection with its own id
    let mut changed = source.clone();
    changed
        .notes
        .insert("positie".into(), "Een andere versie.".into());
    let other_dir = tempfile::tempdir().unwrap();
    let changed_path = Store::open(other_dir.path())
        .unwrap()
        .save(&changed)
        .unwrap();
    command(&mut h, Command::Import(changed_path));
    assert_eq!(h.state().page, Page::Reflect);
    let second = session(&h).clone();
    assert_ne!(
        second.id, source.id,
        "an id already in use is not overwritten"
    );
    assert_eq!(second.agreed, source.agreed);
    assert_eq!(second.notes, changed.notes);
    assert_eq!(store.load(&second.id).unwrap().reflection, second);
    assert_eq!(
        store.load(&source.id).unwrap().reflection,
        source,
        "the first import is intact"
    );

    // a file that is not a reflection: an error, nothing added
    let junk = usb.path().join("boodschappen.ron");
    fs::write(&junk, "melk, brood, kaas\n").unwrap();
    click(&mut h, Q::Label("⌂ Reflecties"));
    command(&mut h, Command::Import(junk.clone()));
    assert_eq!(h.state().page, Page::Home);
    assert!(
        has_text_containing(&h, "boodschappen.ron:1:"),
        "the error names the file and line\n{}",
        tree(&h)
    );
    assert_eq!(h.state().summaries().count(), 2);
    close_window(h);
}

/// 5. Only the keyboard: Tab to “+ Nieuwe reflectie”, Enter, Tab to the
/// name, type, Enter; Alt+→ to theme 5; Tab to a scale level, Space. Then
/// Ctrl+plus zooms up to 200 % and no further, Ctrl+minus and Ctrl+0.
#[test]
fn keyboard_only() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut h = start(dir);

    tab_to(&mut h, Q::Label("+ Nieuwe reflectie"), 20);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().page, Page::New);
    let name = Q::Role(Role::TextInput, "Naam van het netwerk");
    tab_to(&mut h, name, 20);
    find(&h, name).type_text("Şehir Netwerk Gdańsk");
    h.run();
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(
        h.state().page,
        Page::Reflect,
        "Enter in the name field starts; {:?}",
        h.state().form.profile.errors
    );
    assert_eq!(session(&h).profile.name, "Şehir Netwerk Gdańsk");

    // a new reflection answers questionnaire 2.0: seven themes
    assert_eq!(session(&h).questionnaire.version, "2.0");
    for _ in 0..4 {
        press(&mut h, Modifiers::ALT, Key::ArrowRight);
    }
    assert_eq!(h.state().session.as_ref().unwrap().theme, POSITIE);
    for _ in 0..3 {
        press(&mut h, Modifiers::ALT, Key::ArrowRight);
    }
    assert_eq!(
        h.state().session.as_ref().unwrap().theme,
        6,
        "Alt+→ stops at the last theme"
    );
    press(&mut h, Modifiers::ALT, Key::ArrowLeft);
    assert_eq!(h.state().session.as_ref().unwrap().theme, 5);
    press(&mut h, Modifiers::ALT, Key::ArrowLeft);
    assert_eq!(h.state().session.as_ref().unwrap().theme, POSITIE);

    let mostly = Q::InQuestion {
        prompt: Q2_SCALE,
        label: "Herkennen we nauwelijks",
    };
    let presses = tab_to(&mut h, mostly, 60);
    press(&mut h, Modifiers::NONE, Key::Space);
    assert_eq!(
        entry(session(&h), "positie.aanpassingsdruk").answer,
        Some(Answer::Scale(ScaleAnswer::Level(2))),
        "Space on a focused level picks it (after {presses} Tabs)"
    );
    press(&mut h, Modifiers::NONE, Key::Tab);
    let fully = Q::InQuestion {
        prompt: Q2_SCALE,
        label: "Herkennen we niet",
    };
    assert!(
        find(&h, fully).is_focused(),
        "Tab goes to the next level\n{}",
        tree(&h)
    );
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(
        entry(session(&h), "positie.aanpassingsdruk").answer,
        Some(Answer::Scale(ScaleAnswer::Level(3))),
        "Enter on a focused level picks it"
    );
    wait_saved(&mut h);
    let id = session(&h).id.clone();
    let on_disk = Store::open(dir).unwrap().load(&id).unwrap().reflection;
    assert_eq!(
        on_disk.agreed["positie.aanpassingsdruk"].answer,
        Some(Answer::Scale(ScaleAnswer::Level(3)))
    );

    // zoom
    let (_, hi) = ZOOM_RANGE;
    assert_eq!(h.state().settings.zoom, 1.0);
    press(&mut h, CTRL, Key::Plus);
    assert!(
        (h.state().settings.zoom - 1.1).abs() < 1e-4,
        "Ctrl+plus zooms in: {}",
        h.state().settings.zoom
    );
    assert!(
        (h.ctx.zoom_factor() - 1.1).abs() < 1e-4,
        "the window zooms too"
    );
    for _ in 0..15 {
        press(&mut h, CTRL, Key::Plus);
        assert!(
            h.state().settings.zoom <= hi,
            "zoom went past {hi}: {}",
            h.state().settings.zoom
        );
    }
    assert_eq!(h.state().settings.zoom, hi);
    assert!(
        has_text(&h, "Thema 5 van 7") || exists(&h, Q::Label("200 %")),
        "the window still draws at 200 %"
    );
    assert!(
        exists(&h, Q::Label("200 %")),
        "the zoom button shows 200 %\n{}",
        tree(&h)
    );
    press(&mut h, CTRL, Key::Minus);
    assert!(
        (h.state().settings.zoom - 1.9).abs() < 1e-4,
        "Ctrl+minus: {}",
        h.state().settings.zoom
    );
    press(&mut h, CTRL, Key::Num0);
    assert_eq!(h.state().settings.zoom, 1.0, "Ctrl+0 resets");
    assert_eq!(h.ctx.zoom_factor(), 1.0);
    press(&mut h, CTRL, Key::Plus);
    close_window(h);
    assert!(
        (Settings::load(dir).zoom - 1.1).abs() < 1e-4,
        "the zoom is remembered"
    );
}

/// Makes the data folder unwritable, in a way that also holds for root.
enum Blocked {
    /// The folder is read-only (`chmod 555`).
    ReadOnly,
    /// The folder is gone (moved away), as when a USB stick is pulled out;
    /// used when running as root, where chmod does not stop writes.
    MovedAway(std::path::PathBuf),
}

fn block(dir: &Path) -> Blocked {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.join("probe.tmp");
    if fs::File::create(&probe).is_ok() {
        // root: permissions do not apply
        fs::remove_file(&probe).unwrap();
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).unwrap();
        let away = dir.with_extension("weg");
        fs::rename(dir, &away).unwrap();
        eprintln!("running as root: chmod has no effect, so the data folder is moved away instead");
        Blocked::MovedAway(away)
    } else {
        Blocked::ReadOnly
    }
}

fn unblock(dir: &Path, b: Blocked) {
    use std::os::unix::fs::PermissionsExt;
    match b {
        Blocked::ReadOnly => fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).unwrap(),
        Blocked::MovedAway(away) => fs::rename(away, dir).unwrap(),
    }
}

/// 6. Saving fails: a notice in the window, the answer stays in the
/// program; once the folder is writable again the next change is saved.
#[test]
fn a_failed_save_is_shown_and_recovered() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("data");
    offer_1_0(&dir);
    let mut h = start(&dir);
    click(&mut h, Q::Label("+ Nieuwe reflectie"));
    type_into(
        &mut h,
        Q::Role(Role::TextInput, "Naam van het netwerk"),
        "Schrijfproef",
    );
    choose_1_0(&mut h);
    click(&mut h, Q::Label("Beginnen"));
    let id = session(&h).id.clone();
    let path = Store::open(&dir).unwrap().path_of(&id);
    click(&mut h, Q::LabelContains("5. Positie en samenwerking"));

    let blocked = block(&dir);
    click(
        &mut h,
        Q::InQuestion {
            prompt: Q_SCALE,
            label: "Een beetje",
        },
    );
    let_time_pass(&mut h, 1200);
    assert!(h.state().has_unsaved(), "the change is known to be unsaved");
    assert_eq!(
        h.state().session.as_ref().unwrap().status,
        SaveStatus::Failed
    );
    assert!(
        has_text_containing(&h, "opslaan lukt niet"),
        "an error notice shows\n{}",
        tree(&h)
    );
    assert!(has_text(&h, "⚠ Niet opgeslagen"), "the top bar says so");
    assert_eq!(
        entry(session(&h), "positie.overaanpassing").answer,
        Some(Answer::Scale(ScaleAnswer::Level(1))),
        "the answer is still in the program"
    );
    assert!(is_checked(
        &h,
        Q::InQuestion {
            prompt: Q_SCALE,
            label: "Een beetje"
        }
    ));

    unblock(&dir, blocked);
    assert!(
        storage::read_reflection(&path)
            .unwrap()
            .reflection
            .agreed
            .is_empty(),
        "the file on disk is the last good one"
    );
    click(
        &mut h,
        Q::Label("Co-creator: we bedenken samen nieuwe plannen"),
    );
    wait_saved(&mut h);
    assert!(matches!(
        h.state().session.as_ref().unwrap().status,
        SaveStatus::Saved(_)
    ));
    let saved = storage::read_reflection(&path).unwrap().reflection;
    assert_eq!(
        saved.agreed["positie.overaanpassing"].answer,
        Some(Answer::Scale(ScaleAnswer::Level(1)))
    );
    assert_eq!(
        saved.agreed["positie.rol"].answer,
        Some(Answer::Single {
            choice: "co-creator".into(),
            other: String::new()
        })
    );
    // the notice can be closed
    click(&mut h, Q::Label("Sluiten"));
    assert!(!has_text_containing(&h, "opslaan lukt niet"));
    close_window(h);
}
