//! Importing members' files into the board's reflection ("each on their
//! own laptop"): each file becomes a member, the same file twice adds
//! nobody, files of another questionnaire or network and broken files are
//! refused with a message naming them, and no import writes a byte to the
//! board's file or to a member's file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use reflectietool::Questionnaire;
use reflectietool::lang::Lang;
use reflectietool::model::reflection::{Entry, NetworkKind, NetworkProfile, Reflection};
use reflectietool::sample::answer_for;
use reflectietool::storage::Store;
use reflectietool::storage::members::import_members;

fn profile(name: &str) -> NetworkProfile {
    NetworkProfile {
        name: name.to_owned(),
        kind: NetworkKind::Pride,
        board_year: "2026-2027".to_owned(),
        ..NetworkProfile::default()
    }
}

/// A member's reflection with answers to the first `n` questions, varied by `seed`.
fn member(name: &str, board: &Reflection, seed: usize, n: usize) -> Reflection {
    let q = Questionnaire::builtin_v1();
    let mut r = Reflection::new(profile(name), &q);
    r.network_id = board.network_id.clone();
    r.agreed = answers(&q, seed, n);
    r
}

fn answers(q: &Questionnaire, seed: usize, n: usize) -> BTreeMap<String, Entry> {
    q.questions()
        .take(n)
        .enumerate()
        .map(|(i, (_, question))| {
            (
                question.id.clone(),
                Entry {
                    answer: Some(answer_for(q, question, seed + i)),
                    ..Entry::default()
                },
            )
        })
        .collect()
}

fn save(dir: &Path, r: &Reflection) -> PathBuf {
    Store::open(dir).unwrap().save(r).unwrap()
}

fn bytes(paths: &[PathBuf]) -> Vec<Vec<u8>> {
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn board() -> Reflection {
    Reflection::new(profile("Pride Leiden"), &Questionnaire::builtin_v1())
}

#[test]
fn three_members_are_added_once_and_their_files_stay_as_they_were() {
    let usb = tempfile::tempdir().unwrap();
    let mut board = board();
    let members = [
        member("Voorzitter", &board, 1, 6),
        member("Penningmeester", &board, 2, 4),
        member("Secretaris", &board, 3, 9),
    ];
    let files: Vec<PathBuf> = members.iter().map(|m| save(usb.path(), m)).collect();
    let before = bytes(&files);

    let outcome = import_members(&board, &files);
    assert!(outcome.refused.is_empty(), "{:?}", outcome.refused);
    assert!(outcome.already.is_empty());
    assert_eq!(outcome.added.len(), 3);
    assert!(
        board.respondents.is_empty(),
        "nothing is added before apply"
    );
    assert_eq!(outcome.apply(&mut board), 3);
    let labels: Vec<&str> = board.respondents.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["Voorzitter", "Penningmeester", "Secretaris"]);
    for (r, m) in board.respondents.iter().zip(&members) {
        assert_eq!(
            r.answers, m.agreed,
            "{} keeps the answers of the file",
            r.label
        );
    }
    let text = outcome.describe(Lang::Nl);
    assert!(text.contains("Toegevoegd als lid (3)"), "{text}");
    assert!(text.contains("“Penningmeester”"), "{text}");

    // the same file again: still three, reported as already there
    let again = import_members(&board, &files[1..2]);
    assert!(again.added.is_empty());
    assert_eq!(again.already.len(), 1);
    assert_eq!(again.apply(&mut board), 0);
    assert_eq!(board.respondents.len(), 3);
    assert!(
        again.describe(Lang::Nl).contains("Staat er al")
            && again.describe(Lang::Nl).contains("Penningmeester"),
        "{}",
        again.describe(Lang::Nl)
    );
    assert!(again.describe(Lang::En).contains("Already there"));
    // the same file twice in one choice adds one member
    let mut fresh = self::board();
    fresh.network_id = board.network_id.clone();
    let twice = import_members(&fresh, &[files[0].clone(), files[0].clone()]);
    assert_eq!((twice.added.len(), twice.already.len()), (1, 1));

    assert_eq!(bytes(&files), before, "the members' files are not written");
}

#[test]
fn respondents_in_a_members_file_count_as_members_and_blank_copies_stay_apart() {
    let usb = tempfile::tempdir().unwrap();
    let q = Questionnaire::builtin_v1();
    let mut board = board();
    // two members each filled in a copy of the board's blank reflection:
    // same id, same network, different answers
    let mut a = board.clone();
    a.agreed = answers(&q, 1, 3);
    let mut b = board.clone();
    b.agreed = answers(&q, 5, 3);
    b.respondents
        .push(reflectietool::model::reflection::Respondent {
            id: "huisgenoot".into(),
            label: "Noor".into(),
            answers: answers(&q, 7, 2),
        });
    let dir_a = usb.path().join("a");
    let dir_b = usb.path().join("b");
    let files = [save(&dir_a, &a), save(&dir_b, &b)];
    let outcome = import_members(&board, &files);
    assert!(outcome.refused.is_empty(), "{:?}", outcome.refused);
    assert_eq!(outcome.apply(&mut board), 3);
    let labels: Vec<&str> = board.respondents.iter().map(|r| r.label.as_str()).collect();
    // the two copies carry the network's name: the second gets a number
    assert_eq!(labels, ["Pride Leiden", "Pride Leiden (2)", "Noor"]);
}

#[test]
fn files_of_another_questionnaire_or_network_are_refused_and_the_boards_file_is_untouched() {
    let data = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let board = board();
    let board_file = save(data.path(), &board);
    let board_bytes = std::fs::read(&board_file).unwrap();

    let mut other_q = member("Voorzitter", &board, 1, 3);
    other_q.questionnaire.id = "andere-vragenlijst".into();
    let q = Questionnaire::builtin_v1();
    let mut other_net = Reflection::new(profile("Vrouwennetwerk Delft"), &q);
    other_net.agreed = answers(&q, 2, 3);
    let blank = member("Leeg", &board, 1, 0);
    let files = [
        save(usb.path(), &other_q),
        save(usb.path(), &other_net),
        save(usb.path(), &blank),
        board_file.clone(),
    ];
    let before = bytes(&files);

    let outcome = import_members(&board, &files);
    assert!(outcome.added.is_empty(), "{:?}", outcome.added);
    assert_eq!(outcome.refused.len(), 4);
    let reason = |i: usize, lang: Lang| outcome.refused[i].reason.get(lang).to_owned();
    for (i, file) in files.iter().enumerate() {
        assert_eq!(outcome.refused[i].file, *file);
        assert!(
            reason(i, Lang::Nl).contains(&file.display().to_string()),
            "the message names the file: {}",
            reason(i, Lang::Nl)
        );
    }
    assert!(
        reason(0, Lang::Nl).contains("andere vragenlijst"),
        "{}",
        reason(0, Lang::Nl)
    );
    assert!(reason(0, Lang::En).contains("another questionnaire"));
    assert!(
        reason(1, Lang::Nl).contains("ander netwerk"),
        "{}",
        reason(1, Lang::Nl)
    );
    assert!(reason(1, Lang::En).contains("Vrouwennetwerk Delft"));
    assert!(
        reason(2, Lang::Nl).contains("nog niets beantwoord"),
        "{}",
        reason(2, Lang::Nl)
    );
    assert!(
        reason(3, Lang::Nl).contains("eigen reflectie"),
        "{}",
        reason(3, Lang::Nl)
    );

    // the board's reflection takes in nothing, and no file changed
    let mut after = board.clone();
    assert_eq!(outcome.apply(&mut after), 0);
    assert_eq!(after, board);
    assert_eq!(std::fs::read(&board_file).unwrap(), board_bytes);
    assert_eq!(bytes(&files), before);
}

#[test]
fn a_broken_file_is_refused_with_its_line_and_column() {
    let usb = tempfile::tempdir().unwrap();
    let board = board();
    let good = save(usb.path(), &member("Voorzitter", &board, 1, 3));
    let broken = usb.path().join("kapot.ron");
    std::fs::write(
        &broken,
        "Reflection(\n    format_version: 2,\n    id: \"x\" oeps\n)\n",
    )
    .unwrap();
    let before = std::fs::read(&broken).unwrap();

    let outcome = import_members(&board, &[broken.clone(), good]);
    assert_eq!(outcome.added.len(), 1, "the good file is still imported");
    assert_eq!(outcome.refused.len(), 1);
    let nl = outcome.refused[0].reason.get(Lang::Nl).to_owned();
    let en = outcome.refused[0].reason.get(Lang::En).to_owned();
    let at = format!("{}:3:", broken.display());
    assert!(nl.contains(&at), "line 3 and a column: {nl}");
    assert!(en.contains(&at), "{en}");
    let describe = outcome.describe(Lang::En);
    assert!(
        describe.contains("Not imported") && describe.contains(&at),
        "{describe}"
    );
    assert_eq!(std::fs::read(&broken).unwrap(), before);
}
