//! A crash test for saving: a child process saves a growing reflection over
//! and over and is killed with SIGKILL at random moments. After every kill
//! the file must parse and hold exactly the last save the child reported, or
//! the one it was busy with; the backup must be one save behind or equal.
//!
//! The child is this test binary itself, started with `--exact crash_child
//! --ignored`; the variable [`CHILD_DIR`] tells it to act and where to save.
//! Each new child loads what the previous one left and goes on from there.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use reflectietool::model::reflection::{
    ActionPoint, ActionStatus, Answer, Entry, FORMAT_VERSION, NetworkProfile, QuestionnaireRef,
    Reflection, Respondent, ScaleAnswer,
};
use reflectietool::storage::{self, StorageError, Store};

/// Tells the child test where the data folder is; without it, it does nothing.
const CHILD_DIR: &str = "REFLECTIETOOL_CRASH_CHILD_DIR";
/// The reflection's id.
const ID: &str = "crash";
/// How many kills.
const KILLS: usize = 240;
/// The most recent entries a state keeps; the file grows up to this many.
const WINDOW: u64 = 200;

/// The reflection after `n` saves: entries `n-WINDOW+1 ..= n`, all texts
/// depending on `n` so that every save changes the file's size and bytes.
fn state(n: u64) -> Reflection {
    let first = n.saturating_sub(WINDOW - 1).max(1);
    let mut r = Reflection {
        format_version: FORMAT_VERSION,
        id: ID.into(),
        profile: NetworkProfile {
            name: format!("Crashtest ş ł ț 🎉 na {n} keer opslaan"),
            size: Some(u32::try_from(n).unwrap()),
            ..NetworkProfile::default()
        },
        questionnaire: QuestionnaireRef {
            id: "reflectietool".into(),
            version: "crash".into(),
        },
        respondents: vec![Respondent {
            id: "r".into(),
            label: "Lid".into(),
            answers: Default::default(),
        }],
        agreed: Default::default(),
        notes: Default::default(),
        actions: Vec::new(),
        previous_actions: Vec::new(),
        letter: String::new(),
        network_id: "crash-netwerk".into(),
        continues: None,
        private_notes: Default::default(),
        sharing: Default::default(),
        shared: None,
        route: None,
        poll: None,
        created: "2026-01-01T00:00:00Z".into(),
        updated: format!("2026-01-01T00:00:00Z#{n}"),
    };
    for k in first..=n {
        let pad = "x".repeat((k % 23) as usize);
        r.notes
            .insert(format!("n{k:07}"), format!("notitie {k} \"{pad}\"\n)]#"));
        r.agreed.insert(
            format!("q{k:07}"),
            Entry {
                answer: Some(match k % 3 {
                    0 => Answer::Open(format!("antwoord {k} {pad}")),
                    1 => Answer::Scale(ScaleAnswer::Level((k % 5) as u8)),
                    _ => Answer::Position {
                        now: Some((k % 11) as f32 / 10.0),
                        desired: None,
                    },
                }),
                rationale: pad.clone(),
                ..Entry::default()
            },
        );
        r.respondents[0].answers.insert(
            format!("q{k:07}"),
            Entry {
                answer: Some(Answer::Open(format!("{k}"))),
                ..Entry::default()
            },
        );
    }
    r.actions.push(ActionPoint {
        id: format!("a{n}"),
        what: format!("actie {n}"),
        status: ActionStatus::ALL[(n % 4) as usize],
        ..ActionPoint::default()
    });
    r
}

/// The save count of a reflection on disk, checked against [`state`].
fn saved_count(path: &Path) -> Option<u64> {
    let loaded = match storage::read_reflection(path) {
        Ok(l) => l.reflection,
        Err(StorageError::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            return None;
        }
        Err(e) => panic!("{}: does not parse after a kill: {e}", path.display()),
    };
    let n = u64::from(loaded.profile.size.expect("the count is in profile.size"));
    assert!(
        loaded == state(n),
        "{}: claims save {n} but holds something else",
        path.display()
    );
    Some(n)
}

/// The child: go on from what is on disk, saving forever, reporting each save.
#[test]
#[ignore = "the child process of crash_kills_leave_a_whole_file"]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let store = Store::open(dir).unwrap();
    let mut n = saved_count(&store.path_of(ID)).unwrap_or(0);
    let mut out = std::io::stdout().lock();
    writeln!(out, "start {n}").unwrap();
    out.flush().unwrap();
    loop {
        n += 1;
        store.save(&state(n)).unwrap();
        writeln!(out, "saved {n}").unwrap();
        out.flush().unwrap();
    }
}

/// A fixed-seed xorshift64 generator.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

enum Line {
    Start(u64),
    Saved(u64),
}

#[test]
fn crash_kills_leave_a_whole_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let path = dir.join(format!("{ID}.ron"));
    let bak = storage::backup_path(&path);
    let exe = std::env::current_exe().unwrap();
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    let began = Instant::now();
    // what the file held after the previous kill (0: no file yet)
    let mut on_disk = 0u64;
    let (mut ahead, mut torn_tmp, mut saves_total, mut guaranteed) = (0usize, 0usize, 0u64, 0u64);

    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "crash_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DIR, &dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let err_reader = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = stderr.read_to_string(&mut s);
            s
        });
        let (tx, rx) = mpsc::channel();
        let out_reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                // the harness writes "test crash_child ... " before the first line
                let parsed = if let Some((_, n)) = line.rsplit_once("start ") {
                    Line::Start(n.parse().unwrap())
                } else if let Some(n) = line.strip_prefix("saved ") {
                    Line::Saved(n.parse().unwrap())
                } else {
                    continue; // the harness's own lines
                };
                if tx.send(parsed).is_err() {
                    break;
                }
            }
        });

        // the child must start from exactly what the last kill left
        let started = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(Line::Start(n)) => n,
            other => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "round {round}: the child did not start (got a save line: {}):\n{}",
                    other.is_ok(),
                    err_reader.join().unwrap()
                );
            }
        };
        assert_eq!(
            started, on_disk,
            "round {round}: the child loaded another state"
        );

        // let it report 0, 1 or 2 saves, then kill it a random few
        // milliseconds later: anywhere in a save, or between saves
        let wait_for = rng.next() % 3;
        let mut last = started;
        while last < started + wait_for {
            match rx.recv_timeout(Duration::from_secs(30)) {
                Ok(Line::Saved(n)) => {
                    assert_eq!(n, last + 1, "round {round}: saves out of order");
                    last = n;
                }
                _ => {
                    let _ = child.kill();
                    panic!(
                        "round {round}: the child stopped saving:\n{}",
                        err_reader.join().unwrap()
                    );
                }
            }
        }
        guaranteed += wait_for;
        std::thread::sleep(Duration::from_micros(rng.next() % 20_000));
        child.kill().unwrap();
        let status = child.wait().unwrap();
        out_reader.join().unwrap();
        let stderr = err_reader.join().unwrap();
        assert_eq!(
            status.signal(),
            Some(9),
            "round {round}: the child stopped on its own ({status}):\n{stderr}"
        );
        for line in rx.try_iter() {
            match line {
                Line::Saved(n) => {
                    assert_eq!(n, last + 1, "round {round}: saves out of order");
                    last = n;
                }
                Line::Start(_) => panic!("round {round}: started twice"),
            }
        }
        saves_total += last - started;

        // the file holds the last reported save, or the one in progress
        let now = saved_count(&path).unwrap_or(0);
        assert!(
            now == last || now == last + 1,
            "round {round}: the file holds save {now}, but the child last reported {last}"
        );
        if now == last + 1 {
            ahead += 1;
        }
        // the backup is the save before, or the same when the kill fell
        // between writing the backup and writing the file
        if let Some(b) = saved_count(&bak) {
            assert!(
                b + 1 == now || b == now,
                "round {round}: backup holds {b}, file holds {now}"
            );
        } else {
            assert!(now <= 1, "round {round}: no backup after {now} saves");
        }
        // nothing but the file, its backup and temporary files killed midway
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            if name.starts_with(&format!(".{ID}.ron."))
                || name.starts_with(&format!(".{ID}.ron.bak."))
            {
                assert!(name.ends_with(".tmp"), "{name}");
                torn_tmp += 1;
                std::fs::remove_file(dir.join(&name)).unwrap();
            } else {
                assert!(
                    name == format!("{ID}.ron") || name == format!("{ID}.ron.bak"),
                    "{name}"
                );
            }
        }
        on_disk = now;
    }

    let store = Store::open(&dir).unwrap();
    let list = store.list().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        u64::from(list[0].as_ref().unwrap().profile.size.unwrap()),
        on_disk
    );
    eprintln!(
        "crash test: {KILLS} kills in {:.1?}; {saves_total} reported saves, file at save {on_disk}; \
         {ahead} kills fell after a rename but before the report; \
         {torn_tmp} temporary files left by kills during a write",
        began.elapsed()
    );
    assert!(on_disk >= guaranteed, "{on_disk} < {guaranteed}");
    assert!(
        on_disk > WINDOW,
        "the test should reach the sliding window: {on_disk}"
    );
}
