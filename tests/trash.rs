//! The trash folder: what it lists, and restoring, which puts a reflection
//! back with everything in it and never overwrites a file.

use std::fs;

use reflectietool::Questionnaire;
use reflectietool::sample::full_reflection;
use reflectietool::storage::{self, Store, TRASH_DIR};

fn store() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    (tmp, store)
}

#[test]
fn no_trash_folder_is_an_empty_trash() {
    let (_tmp, store) = store();
    assert!(store.list_trash().unwrap().is_empty());
    assert!(!store.trash_dir().exists(), "listing makes no folder");
}

#[test]
fn a_trashed_reflection_is_listed_and_comes_back_whole() {
    let (_tmp, store) = store();
    let q = Questionnaire::builtin_v1();
    let r = full_reflection(&q, "bestuur-2026", 2);
    let path = store.save(&r).unwrap();
    // a second save makes a backup, which travels along
    store.save(&r).unwrap();
    let trashed = store.trash_at(&path).unwrap();
    assert!(!path.exists());

    let list = store.list_trash().unwrap();
    assert_eq!(list.len(), 1, "the backup is not listed as a reflection");
    assert_eq!(list[0].path, trashed);
    assert_eq!(list[0].name, "bestuur-2026");
    assert!(list[0].deleted > 1_700_000_000, "{}", list[0].deleted);
    assert_eq!(list[0].content.as_ref().unwrap().id, r.id);

    let back = store.restore(&trashed).unwrap();
    assert_eq!(back, path, "it gets its old name back");
    assert_eq!(storage::read_reflection(&back).unwrap().reflection, r);
    assert!(storage::backup_path(&back).exists(), "and its backup");
    assert!(store.list_trash().unwrap().is_empty());
    let listed: Vec<_> = store.list().unwrap().into_iter().flatten().collect();
    assert_eq!(listed.len(), 1);
}

#[test]
fn restoring_never_overwrites_a_file() {
    let (_tmp, store) = store();
    let q = Questionnaire::builtin_v1();
    let old = full_reflection(&q, "netwerk", 1);
    let path = store.save(&old).unwrap();
    let trashed = store.trash_at(&path).unwrap();
    // meanwhile a new reflection took the name
    let mut new = full_reflection(&q, "netwerk", 0);
    new.profile.name = "Het nieuwe bestuur".into();
    store.save(&new).unwrap();
    let new_bytes = fs::read(&path).unwrap();

    let back = store.restore(&trashed).unwrap();
    assert_ne!(back, path);
    assert_eq!(back, store.dir().join("netwerk-2.ron"));
    assert_eq!(
        fs::read(&path).unwrap(),
        new_bytes,
        "the new file is untouched"
    );
    assert_eq!(storage::read_reflection(&back).unwrap().reflection, old);
}

#[test]
fn only_files_in_the_trash_folder_are_restored() {
    let (tmp, store) = store();
    let q = Questionnaire::builtin_v1();
    let path = store.save(&full_reflection(&q, "hier", 0)).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().join("ander.1790000000.ron");
    fs::copy(&path, &outside).unwrap();
    assert!(store.restore(&outside).is_err());
    assert!(outside.exists(), "a file outside the trash is not moved");
    assert!(store.restore(&path).is_err(), "nor one in the data folder");
    assert!(path.exists());
    assert!(
        !tmp.path().join(TRASH_DIR).exists(),
        "nothing went to the trash"
    );
}

#[test]
fn an_unreadable_file_in_the_trash_is_listed_with_its_error() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.trash_dir()).unwrap();
    let broken = store.trash_dir().join("kapot.1790000000.ron");
    fs::write(&broken, "Reflection(").unwrap();
    let list = store.list_trash().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].name, "kapot");
    assert!(list[0].content.is_err());
}
