//! The copy a board shares with the diversity officer: only what the board
//! chose, never a private note, members by label, anonymous or not at all;
//! marked as a shared copy; written with its PDF into a folder, never over
//! another file, and never half.

use std::fs;
use std::io;
use std::path::Path;

use reflectietool::format::reflection::validate_reflection;
use reflectietool::lang::Lang;
use reflectietool::model::reflection::{MemberSharing, Reflection, Sharing, new_id};
use reflectietool::model::share::{SharedCopy, contents, shared_copy};
use reflectietool::report::share::{ShareError, share_stem, write_pair, write_share_on};
use reflectietool::storage::{self, StorageError};
use reflectietool::{Questionnaire, sample};

const PRIVATE: &str = "GEHEIM-PRIVÉ-7731";
const LABELS: [&str; 3] = ["Zarifa", "Bartholomeus", "Chidinma"];
const AT: &str = "2026-11-25T20:00:00Z";
const ACTION: &str = "ACTIEPUNT-UNIEK-4242";

/// A board's reflection with private notes, shared notes, actions, reasons
/// and dissent, and three members named as the window names them.
fn board() -> Reflection {
    let q = Questionnaire::builtin_v1();
    let mut r = sample::full_reflection(&q, "deel-netwerk", 3);
    for (i, (m, label)) in r.respondents.iter_mut().zip(LABELS).enumerate() {
        m.label = label.to_owned();
        m.id = new_id(label);
        if let Some(e) = m.answers.values_mut().next() {
            e.rationale = format!("eigen reden van lid {i}");
        }
    }
    for (i, note) in r.private_notes.values_mut().enumerate() {
        *note = format!("{PRIVATE} nummer {i}");
    }
    r.actions[0].who = "Zarifa".into();
    r.actions[1].what = ACTION.into();
    r
}

fn every_choice() -> Vec<Sharing> {
    let mut all = Vec::new();
    for bits in 0..8u8 {
        for members in [
            MemberSharing::Omit,
            MemberSharing::Anonymous,
            MemberSharing::ByLabel,
        ] {
            all.push(Sharing {
                notes: bits & 1 != 0,
                actions: bits & 2 != 0,
                reasons: bits & 4 != 0,
                members,
            });
        }
    }
    all
}

fn copy_with(sharing: Sharing) -> (Reflection, String) {
    let mut r = board();
    r.sharing = sharing;
    let copy = shared_copy(&r, AT);
    let text = storage::to_ron(&copy);
    (copy, text)
}

#[test]
fn no_private_note_is_ever_in_the_copy() {
    for sharing in every_choice() {
        let (copy, text) = copy_with(sharing.clone());
        assert!(copy.private_notes.is_empty(), "{sharing:?}");
        assert!(
            !text.contains(PRIVATE),
            "{sharing:?}: a private note in the copy"
        );
        assert!(!text.contains("private_notes: {\n    \""), "{sharing:?}");
        // the copy is a valid reflection, marked as shared
        let q = Questionnaire::builtin_v1();
        assert_eq!(validate_reflection(&copy, Some(&q), &text), vec![]);
        assert_eq!(copy.shared, Some(SharedCopy { at: AT.into() }));
        assert_eq!(copy.sharing, sharing, "the choice goes along");
    }
}

#[test]
fn notes_actions_and_reasons_go_along_only_when_chosen() {
    let r = board();
    let a_note = r.notes.values().next().unwrap().clone();
    let a_reason = r
        .agreed
        .values()
        .find(|e| !e.rationale.is_empty())
        .unwrap()
        .rationale
        .clone();
    let a_dissent = r
        .agreed
        .values()
        .find(|e| !e.dissent.is_empty())
        .unwrap()
        .dissent
        .clone();
    let an_action = ACTION;
    for sharing in every_choice() {
        let (copy, text) = copy_with(sharing.clone());
        assert_eq!(copy.notes.is_empty(), !sharing.notes, "{sharing:?}");
        assert_eq!(text.contains(&a_note), sharing.notes, "{sharing:?}");
        assert_eq!(copy.actions.is_empty(), !sharing.actions, "{sharing:?}");
        assert_eq!(text.contains(an_action), sharing.actions, "{sharing:?}");
        assert_eq!(text.contains(&a_reason), sharing.reasons, "{sharing:?}");
        assert_eq!(text.contains(&a_dissent), sharing.reasons, "{sharing:?}");
        let reasons = copy
            .agreed
            .values()
            .chain(copy.respondents.iter().flat_map(|m| m.answers.values()))
            .any(|e| !e.rationale.is_empty() || !e.dissent.is_empty());
        assert_eq!(reasons, sharing.reasons, "{sharing:?}");
        // the answers themselves always go along
        for (id, e) in &r.agreed {
            assert_eq!(copy.agreed[id].answer, e.answer, "{id}");
            assert_eq!(copy.agreed[id].decided, e.decided, "{id}");
        }
    }
}

#[test]
fn members_go_along_by_label_anonymous_or_not_at_all() {
    let r = board();
    for sharing in every_choice() {
        let (copy, text) = copy_with(sharing.clone());
        match sharing.members {
            MemberSharing::Omit => assert!(copy.respondents.is_empty()),
            MemberSharing::ByLabel => {
                let labels: Vec<&str> = copy.respondents.iter().map(|m| m.label.as_str()).collect();
                assert_eq!(labels, LABELS);
            }
            MemberSharing::Anonymous => {
                let labels: Vec<&str> = copy.respondents.iter().map(|m| m.label.as_str()).collect();
                assert_eq!(labels, ["Lid 1", "Lid 2", "Lid 3"]);
                let ids: Vec<&str> = copy.respondents.iter().map(|m| m.id.as_str()).collect();
                assert_eq!(ids, ["lid-1", "lid-2", "lid-3"]);
                // each member keeps their own answers, in the same order
                for (m, original) in copy.respondents.iter().zip(&r.respondents) {
                    let answers = |x: &reflectietool::model::reflection::Respondent| -> Vec<_> {
                        x.answers
                            .iter()
                            .map(|(id, e)| (id.clone(), e.answer.clone()))
                            .collect()
                    };
                    assert_eq!(answers(m), answers(original));
                }
                // no label (nor an id made of it) anywhere in the file
                let lower = text.to_lowercase();
                for label in LABELS {
                    assert!(
                        !lower.contains(&label.to_lowercase()),
                        "{sharing:?}: {label} is in the anonymous copy"
                    );
                }
                if sharing.actions {
                    assert_eq!(copy.actions[0].who, "Lid 1", "a Wie that is a member");
                }
            }
        }
    }
}

#[test]
fn the_copy_reads_back_as_it_was_written_and_a_full_file_stays_unmarked() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, text) = copy_with(Sharing::default());
    let path = dir.path().join("kopie.ron");
    fs::write(&path, &text).unwrap();
    let back = storage::read_reflection(&path).unwrap().reflection;
    assert_eq!(back, copy);
    assert!(back.shared.is_some());
    // a board's own file has no mark, and reads without one
    let full = storage::to_ron(&board());
    assert!(
        !full.contains("shared:"),
        "a full file is written as before"
    );
    let path = dir.path().join("vol.ron");
    fs::write(&path, &full).unwrap();
    assert_eq!(
        storage::read_reflection(&path).unwrap().reflection.shared,
        None
    );
}

#[test]
fn the_screen_lists_private_notes_as_never_included() {
    for sharing in every_choice() {
        let mut r = board();
        r.sharing = sharing.clone();
        let c = contents(&r);
        assert!(
            c.excluded[0].nl.starts_with("Privénotities"),
            "{:?}",
            c.excluded
        );
        assert!(c.excluded[0].en.starts_with("Private notes"));
        let has =
            |list: &[reflectietool::Text], word: &str| list.iter().any(|t| t.nl.starts_with(word));
        assert_eq!(has(&c.included, "Notities"), sharing.notes);
        assert_eq!(has(&c.excluded, "Notities"), !sharing.notes);
        assert_eq!(has(&c.included, "Actiepunten"), sharing.actions);
        assert_eq!(has(&c.excluded, "Actiepunten"), !sharing.actions);
        assert_eq!(has(&c.included, "“Waarom”"), sharing.reasons);
        assert_eq!(has(&c.excluded, "“Waarom”"), !sharing.reasons);
        let members = has(&c.included, "De eigen antwoorden van 3 leden");
        assert_eq!(members, sharing.members != MemberSharing::Omit);
        let names = has(&c.excluded, "De namen van de leden");
        assert_eq!(names, sharing.members == MemberSharing::Anonymous);
        for t in c.included.iter().chain(&c.excluded) {
            assert!(!t.nl.is_empty() && !t.en.is_empty());
            assert!(!t.en.contains(PRIVATE) && !t.nl.contains(PRIVATE));
        }
    }
    // a reflection without members or private notes still says both
    let q = Questionnaire::builtin_v1();
    let empty = Reflection::new(Default::default(), &q);
    let c = contents(&empty);
    assert!(c.excluded[0].nl.starts_with("Privénotities"));
    assert!(!c.included.iter().any(|t| t.nl.contains("leden")));
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_share_writes_the_copy_and_its_pdf_and_never_over_another_file() {
    let q = Questionnaire::builtin_v1();
    let mut r = board();
    r.profile.name = "Pride Ünal".into();
    r.profile.board_year = "2026-2027".into();
    r.sharing = Sharing {
        notes: true,
        actions: false,
        reasons: true,
        members: MemberSharing::Anonymous,
    };
    let dir = tempfile::tempdir().unwrap();
    let date = jiff::civil::date(2026, 11, 25);
    let first = write_share_on(&r, &q, Lang::Nl, dir.path(), AT, date).unwrap();
    assert_eq!(share_stem(&r, Lang::Nl), "pride-unal-2026-2027-gedeeld");
    assert_eq!(
        first.copy,
        dir.path().join("pride-unal-2026-2027-gedeeld.ron")
    );
    assert_eq!(
        first.pdf,
        dir.path().join("pride-unal-2026-2027-gedeeld.pdf")
    );
    let back = storage::read_reflection(&first.copy).unwrap().reflection;
    assert_eq!(back, shared_copy(&r, AT));
    let text = pdf_text(&first.pdf);
    assert!(text.contains("Pride Ünal"), "the PDF is the network's");
    assert!(!text.contains(PRIVATE), "no private note in the PDF");
    for label in LABELS {
        assert!(
            !text.contains(label),
            "{label} is in the PDF of an anonymous copy"
        );
    }
    assert!(!text.contains(ACTION), "no action point in the PDF");
    assert!(
        text.contains("niet gedeeld"),
        "the PDF says the actions were not shared"
    );

    // a second share does not overwrite the first: the next free names
    let pdf_before = fs::read(&first.pdf).unwrap();
    let second = write_share_on(&r, &q, Lang::En, dir.path(), AT, date).unwrap();
    assert_eq!(
        second.copy,
        dir.path().join("pride-unal-2026-2027-shared.ron")
    );
    let third = write_share_on(&r, &q, Lang::Nl, dir.path(), AT, date).unwrap();
    assert_eq!(
        third.copy,
        dir.path().join("pride-unal-2026-2027-gedeeld (2).ron")
    );
    assert_eq!(
        third.pdf,
        dir.path().join("pride-unal-2026-2027-gedeeld (2).pdf")
    );
    assert_eq!(fs::read(&first.pdf).unwrap(), pdf_before);
    // a PDF alone (a copy moved away) also keeps its name taken
    fs::remove_file(&third.copy).unwrap();
    let fourth = write_share_on(&r, &q, Lang::Nl, dir.path(), AT, date).unwrap();
    assert_eq!(
        fourth.copy,
        dir.path().join("pride-unal-2026-2027-gedeeld (3).ron")
    );
    // nothing else is left in the folder: no temporary files
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 7, "{names:?}");
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
}

fn files_in(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn a_full_or_read_only_target_leaves_nothing_and_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let write = |path: &Path, bytes: &[u8]| -> io::Result<()> {
        storage::write_new_atomic(path, bytes).map_err(|e| match e {
            StorageError::Write { source, .. } => source,
            other => io::Error::other(other.to_string()),
        })
    };
    // the PDF is written, then the disk is full: the PDF goes again
    let full = |path: &Path, bytes: &[u8]| -> io::Result<()> {
        if path.extension().is_some_and(|x| x == "ron") {
            Err(io::Error::from(io::ErrorKind::StorageFull))
        } else {
            write(path, bytes)
        }
    };
    let e = write_pair(
        dir.path(),
        "netwerk-gedeeld",
        b"%PDF",
        b"Reflection()",
        &full,
    )
    .unwrap_err();
    assert!(
        matches!(e, ShareError::Write { ref path, .. } if path.ends_with("netwerk-gedeeld.ron"))
    );
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );
    assert!(
        e.describe(Lang::Nl).contains("de schijf is vol"),
        "{}",
        e.describe(Lang::Nl)
    );
    assert!(e.describe(Lang::Nl).contains("kies een andere map"));
    assert!(e.describe(Lang::En).contains("the disk is full"));
    assert!(!e.describe(Lang::Nl).contains("os error"));
    // a read-only stick: nothing at all
    let read_only = |_: &Path, _: &[u8]| -> io::Result<()> {
        Err(io::Error::from(io::ErrorKind::ReadOnlyFilesystem))
    };
    let e = write_pair(dir.path(), "netwerk-gedeeld", b"%PDF", b"R", &read_only).unwrap_err();
    assert!(
        e.describe(Lang::Nl).contains("alleen-lezen"),
        "{}",
        e.describe(Lang::Nl)
    );
    assert!(e.describe(Lang::En).contains("read-only"));
    assert!(files_in(dir.path()).is_empty());

    // a folder that is not there, or a file instead of a folder
    let q = Questionnaire::builtin_v1();
    let r = board();
    let date = jiff::civil::date(2026, 11, 25);
    let gone = dir.path().join("stick-weg");
    let e = write_share_on(&r, &q, Lang::Nl, &gone, AT, date).unwrap_err();
    assert!(matches!(e, ShareError::Folder { .. }), "{e:?}");
    assert!(
        e.describe(Lang::Nl).contains("bestaat niet"),
        "{}",
        e.describe(Lang::Nl)
    );
    let file = dir.path().join("een-bestand");
    fs::write(&file, "x").unwrap();
    let e = write_share_on(&r, &q, Lang::En, &file, AT, date).unwrap_err();
    assert!(matches!(e, ShareError::Folder { .. }), "{e:?}");
    assert_eq!(files_in(dir.path()), ["een-bestand"]);
}

#[test]
fn writing_a_new_file_never_replaces_one_that_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.ron");
    fs::write(&path, "van iemand anders").unwrap();
    let e = storage::write_new_atomic(&path, b"nieuw").unwrap_err();
    assert!(
        matches!(&e, StorageError::Write { source, .. } if source.kind() == io::ErrorKind::AlreadyExists),
        "{e:?}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "van iemand anders");
    assert_eq!(files_in(dir.path()), ["x.ron"], "no temporary file is left");
    let new = dir.path().join("y.ron");
    storage::write_new_atomic(&new, b"nieuw").unwrap();
    assert_eq!(fs::read_to_string(&new).unwrap(), "nieuw");
}

#[test]
fn the_officers_read_only_loader_reads_a_copy_beside_a_full_file() {
    let q = Questionnaire::builtin_v1();
    let dir = tempfile::tempdir().unwrap();
    let mut other = board();
    other.id = "ander-netwerk".into();
    other.network_id = "ander-netwerk".into();
    storage::write_atomic(
        &dir.path().join("ander-netwerk.ron"),
        storage::to_ron(&other).as_bytes(),
    )
    .unwrap();
    let date = jiff::civil::date(2026, 11, 25);
    write_share_on(&board(), &q, Lang::Nl, dir.path(), AT, date).unwrap();
    let read = storage::collection::read_folder(dir.path()).unwrap();
    assert_eq!(
        read.unreadable().count(),
        0,
        "the PDF is not taken for a reflection"
    );
    let mut shared: Vec<bool> = read
        .readable()
        .map(|(_, l)| l.reflection.shared.is_some())
        .collect();
    shared.sort();
    assert_eq!(shared, [false, true], "one full file, one shared copy");
}
