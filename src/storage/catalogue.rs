//! Which questionnaires there are, and which one a reflection answers,
//! decided in one place for the window and the command line: the built-in
//! questionnaire, then the files in the data folder's `questionnaires`
//! folder, then any named on the command line.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::format::{QuestionnaireError, load_questionnaire};
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::QuestionnaireRef;
use crate::storage::{EXTENSION, QUESTIONNAIRE_DIR};

/// A questionnaire the user can choose, or one that failed to load.
#[derive(Debug, Clone)]
pub enum Available {
    /// A valid questionnaire, and where it came from (`None`: built in).
    Ok(Arc<Questionnaire>, Option<PathBuf>),
    /// A questionnaire file that failed validation.
    Broken(PathBuf, Arc<QuestionnaireError>),
}

/// The questionnaires known to the program, in the order they were added.
#[derive(Debug, Clone)]
pub struct Catalogue {
    entries: Vec<Available>,
}

impl Catalogue {
    /// Creates a catalogue that holds only the built-in questionnaire and,
    /// when it is the program's own, its version 1.0 before it (so that
    /// reflections made on 1.0 keep their texts).
    pub fn builtin(builtin: Arc<Questionnaire>) -> Catalogue {
        let mut entries = Vec::new();
        if builtin.id == crate::model::questionnaire::BUILTIN_ID
            && !builtin.version.starts_with("1.")
        {
            entries.push(Available::Ok(Questionnaire::builtin_v1_shared(), None));
        }
        entries.push(Available::Ok(builtin, None));
        Catalogue { entries }
    }

    /// Creates a catalogue of the built-in questionnaire and those in the
    /// data folder's `questionnaires` folder (valid or broken), sorted by
    /// file name. Reads only; a missing folder is no error.
    pub fn load(builtin: Arc<Questionnaire>, data_dir: Option<&Path>) -> Catalogue {
        let mut catalogue = Catalogue::builtin(builtin);
        if let Some(dir) = data_dir {
            for p in questionnaire_files(&dir.join(QUESTIONNAIRE_DIR)) {
                catalogue.entries.push(match load_questionnaire(&p) {
                    Ok(q) => Available::Ok(Arc::new(q), Some(p)),
                    Err(e) => Available::Broken(p, Arc::new(e)),
                });
            }
        }
        catalogue
    }

    /// Adds a questionnaire; a later one wins over an earlier one with the
    /// same id and version.
    pub fn add(&mut self, questionnaire: Questionnaire, path: Option<PathBuf>) {
        self.entries
            .push(Available::Ok(Arc::new(questionnaire), path));
    }

    /// Returns every entry, valid or broken, in order.
    pub fn entries(&self) -> &[Available] {
        &self.entries
    }

    /// Returns the valid questionnaires, in order.
    pub fn valid(&self) -> impl Iterator<Item = &Arc<Questionnaire>> {
        self.entries.iter().filter_map(|a| match a {
            Available::Ok(q, _) => Some(q),
            Available::Broken(..) => None,
        })
    }

    /// Returns the questionnaires a new reflection can answer, each with
    /// whether it is built in: every valid one but the older versions of
    /// a built-in questionnaire (those are kept for the reflections made
    /// on them).
    pub fn choosable(&self) -> Vec<(Arc<Questionnaire>, bool)> {
        let entries: Vec<(&Arc<Questionnaire>, bool)> = self
            .entries
            .iter()
            .filter_map(|a| match a {
                Available::Ok(q, path) => Some((q, path.is_none())),
                Available::Broken(..) => None,
            })
            .collect();
        entries
            .iter()
            .enumerate()
            .filter(|(i, (q, builtin))| {
                !builtin
                    || !entries[i + 1..]
                        .iter()
                        .any(|(later, b)| *b && later.id == q.id)
            })
            .map(|(_, (q, builtin))| (Arc::clone(q), *builtin))
            .collect()
    }

    /// Finds the questionnaire a reflection answers: the same id and version
    /// if there is one (the latest added wins), else of the same id the
    /// closest earlier version, else the closest later one.
    pub fn find(&self, wanted: &QuestionnaireRef) -> Option<Arc<Questionnaire>> {
        let valid: Vec<&Arc<Questionnaire>> = self.valid().collect();
        if let Some(q) = valid
            .iter()
            .rev()
            .find(|q| q.id == wanted.id && q.version == wanted.version)
        {
            return Some(Arc::clone(q));
        }
        let same: Vec<&&Arc<Questionnaire>> = valid.iter().filter(|q| q.id == wanted.id).collect();
        let earlier = same
            .iter()
            .filter(|q| version_order(&q.version, &wanted.version).is_lt())
            .max_by(|a, b| version_order(&a.version, &b.version));
        let later = same
            .iter()
            .min_by(|a, b| version_order(&a.version, &b.version));
        earlier.or(later).map(|q| Arc::clone(q))
    }

    /// Returns the newest version of the questionnaire a reflection
    /// answers, when it is newer than the version the reflection names.
    pub fn newer_than(&self, r: &QuestionnaireRef) -> Option<Arc<Questionnaire>> {
        self.newest(&r.id)
            .filter(|q| version_order(&q.version, &r.version).is_gt())
    }

    /// Returns the newest version here of the questionnaire with this id
    /// (by version number; of equal versions the latest added).
    pub fn newest(&self, id: &str) -> Option<Arc<Questionnaire>> {
        let mut best: Option<&Arc<Questionnaire>> = None;
        for q in self.valid().filter(|q| q.id == id) {
            if best.is_none_or(|b| version_order(&q.version, &b.version).is_ge()) {
                best = Some(q);
            }
        }
        best.cloned()
    }
}

/// Compares two questionnaire versions as numbers separated by dots
/// ("1.10" after "1.9"); a part that is no number compares as text.
fn version_order(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |v: &str| -> Vec<(u64, String)> {
        v.split('.')
            .map(|p| (p.trim().parse().unwrap_or(0), p.trim().to_owned()))
            .collect()
    };
    parts(a).cmp(&parts(b))
}

/// Lists the `.ron` files in a folder, sorted; an unreadable folder has none.
pub fn questionnaire_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == EXTENSION))
        .collect();
    paths.sort();
    paths
}
