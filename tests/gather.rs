//! Gathering the groups' work (`storage::gather`): a folder with two new
//! reflections, one whose id is already used, one identical copy and one
//! broken file gives the expected report, and no file is written over.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use reflectietool::Questionnaire;
use reflectietool::lang::Lang;
use reflectietool::model::reflection::{NetworkKind, NetworkProfile, Reflection};
use reflectietool::storage::{Store, gather, read_reflection, to_ron};

fn reflection(name: &str) -> Reflection {
    let profile = NetworkProfile {
        name: name.to_owned(),
        kind: NetworkKind::StudentAssociation,
        institution: "Hogeschool Utrecht".to_owned(),
        city: "Utrecht".to_owned(),
        dimensions: vec![],
        size: Some(40),
        board_year: "2026-2027".to_owned(),
    };
    Reflection::new(profile, &Questionnaire::builtin_v1())
}

/// Every file in a folder (not in sub-folders) with its bytes.
fn record(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn a_stick_with_new_a_known_id_a_copy_and_a_broken_file_is_gathered_without_writing_over_anything()
{
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let existing = reflection("Netwerk Bestaand");
    let existing_path = store.save(&existing).unwrap();
    let copied = reflection("Netwerk Gekopieerd");
    let copied_path = store.save(&copied).unwrap();

    let stick = tempfile::tempdir().unwrap();
    let groep_a = reflection("Groep A");
    let groep_b = reflection("Groep B");
    fs::write(stick.path().join("groep-a.ron"), to_ron(&groep_a)).unwrap();
    fs::write(stick.path().join("groep-b.ron"), to_ron(&groep_b)).unwrap();
    // the same id as the one in the data folder, other content
    let mut same_id = reflection("Netwerk Bestaand, andere groep");
    same_id.id = existing.id.clone();
    fs::write(stick.path().join("zelfde-id.ron"), to_ron(&same_id)).unwrap();
    // an identical copy of a file in the data folder
    fs::copy(&copied_path, stick.path().join("kopie.ron")).unwrap();
    // a broken file: the third line is not RON
    fs::write(
        stick.path().join("kapot.ron"),
        "Reflection(\n  format_version: 2,\n  id: ???,\n)",
    )
    .unwrap();
    let stick_before = record(stick.path());
    let data_before = record(data.path());

    let report = gather::gather(&store, &[stick.path().to_owned()]);

    assert_eq!(
        record(stick.path()),
        stick_before,
        "nothing written on the stick"
    );
    let data_after = record(data.path());
    for (path, bytes) in &data_before {
        assert_eq!(
            data_after.get(path),
            Some(bytes),
            "{} is unchanged",
            path.display()
        );
    }
    assert_eq!(
        data_after.len(),
        data_before.len() + 3,
        "three files came in"
    );

    let came: Vec<&str> = report.came_in.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        came,
        vec![
            "Groep A 2026-2027",
            "Groep B 2026-2027",
            "Netwerk Bestaand, andere groep 2026-2027"
        ]
    );
    let beside = &report.came_in[2];
    assert_eq!(beside.renamed_from.as_deref(), Some(existing.id.as_str()));
    assert_ne!(beside.to, existing_path, "kept beside, never over it");
    let kept = read_reflection(&beside.to).unwrap().reflection;
    assert_ne!(kept.id, existing.id, "the copy got an id of its own");
    assert_eq!(kept.profile.name, "Netwerk Bestaand, andere groep");
    // the new ones came in byte for byte
    let a = &report.came_in[0];
    assert_eq!(
        fs::read(&a.to).unwrap(),
        fs::read(stick.path().join("groep-a.ron")).unwrap()
    );
    assert!(a.renamed_from.is_none());

    assert_eq!(report.duplicates.len(), 1);
    assert_eq!(report.duplicates[0].from, stick.path().join("kopie.ron"));
    assert_eq!(report.duplicates[0].same_as, copied_path);

    assert_eq!(report.broken.len(), 1);
    let broken = report.broken[0].describe(Lang::En);
    assert!(
        broken.contains("kapot.ron:3:"),
        "file, line and column: {broken}"
    );
    assert!(report.not_saved.is_empty());
    assert!(!report.all_ok());

    let lines = report.lines(Lang::Nl);
    assert_eq!(
        lines[0],
        "Binnengekomen: 3; overgeslagen (staat er al): 1; kapot: 1; niet opgeslagen: 0"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("kapot, niet geïmporteerd:") && l.contains("kapot.ron:3:"))
    );
    let en = report.lines(Lang::En);
    assert!(
        en.iter()
            .any(|l| l.starts_with("skipped, already here:") && l.contains("kopie.ron"))
    );

    // gathering the same stick again brings nothing new in
    let again = gather::gather(&store, &[stick.path().to_owned()]);
    assert!(again.came_in.is_empty(), "{:?}", again.came_in);
    assert_eq!(again.duplicates.len(), 4);
    assert_eq!(record(data.path()), data_after);
}

#[test]
fn two_groups_with_the_same_file_in_one_batch_give_one_copy() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let one = tempfile::tempdir().unwrap();
    let r = reflection("Groep C");
    let a = one.path().join("a.ron");
    let b = one.path().join("b.ron");
    fs::write(&a, to_ron(&r)).unwrap();
    fs::write(&b, to_ron(&r)).unwrap();
    let report = gather::gather(&store, &[a, b.clone()]);
    assert_eq!(report.came_in.len(), 1);
    assert_eq!(report.duplicates.len(), 1);
    assert_eq!(report.duplicates[0].from, b);
    assert!(report.all_ok());
}
