//! The diversity officer's review: the reflections of many networks, read
//! and never written, side by side.
//!
//! A [`Review`] is opened from folders and files that others made (a
//! shared drive, a stick, attachments saved from mail). Everything is read
//! with the read-only [`collection`] loader: no byte, lock, backup or
//! temporary file is written where the files are. What cannot be read is
//! listed with its file, line and column, and the rest still opens. Two
//! files for the same network and board year are flagged, never merged.
//!
//! Private notes never reach the review: they are emptied as each file is
//! read, so that no screen, CSV or PDF of the officer can show them, even
//! when a board sent its full file instead of a shared copy. A full file
//! is read as its board's sharing choices say, as if it were a shared copy
//! ([`crate::model::share::shared_copy`]): members not shared are left
//! out, anonymous ones are "Lid 1", …; notes, action points and reasons
//! only when the board chose to share them.
//!
//! The modules: [`overview`] (the table: one row per network and year),
//! [`compare`] (two reflections side by side), [`asks`] (what networks ask
//! of the institution) and [`feedback`] (the officer's own file with
//! feedback per network), and [`csv`] (the three CSV files of a review).
//!
//! [`collection`]: crate::storage::collection

pub mod asks;
pub mod compare;
pub mod csv;
pub mod feedback;
pub mod overview;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::Reflection;
use crate::storage::catalogue::Catalogue;
use crate::storage::{StorageError, collection};

/// One readable reflection of a review.
#[derive(Debug, Clone)]
pub struct ReviewEntry {
    /// The file it was read from.
    pub path: PathBuf,
    /// The reflection, with its private notes emptied.
    pub reflection: Reflection,
    /// The questionnaire it answers, when the program knows it (the same
    /// id; the same version if there is one).
    pub questionnaire: Option<Arc<Questionnaire>>,
    /// The format version the file was in, when it was older than today's
    /// (upgraded in memory only).
    pub upgraded_from: Option<u32>,
}

impl ReviewEntry {
    /// Returns the network's name, or the file name when the name is empty.
    pub fn name(&self) -> String {
        let name = self.reflection.profile.name.trim();
        if name.is_empty() {
            self.path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            name.to_owned()
        }
    }

    /// Returns the board year, such as "2026-2027" (may be empty).
    pub fn board_year(&self) -> &str {
        self.reflection.profile.board_year.trim()
    }

    /// Returns the key that names this network and year in the officer's
    /// feedback: the network id and the board year, or the file name when
    /// the file has no network id.
    pub fn key(&self) -> String {
        let network = if self.reflection.network_id.is_empty() {
            self.path
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            self.reflection.network_id.clone()
        };
        format!("{network}/{}", self.board_year())
    }

    /// Returns the name and year as one line, such as "Netwerk (2026-2027)".
    pub fn title(&self) -> String {
        if self.board_year().is_empty() {
            self.name()
        } else {
            format!("{} ({})", self.name(), self.board_year())
        }
    }
}

/// A file of the review that cannot be read, and why.
#[derive(Debug, Clone)]
pub struct Unreadable {
    /// The file (or folder).
    pub path: PathBuf,
    /// Why it cannot be read; it names the line and column when the text is
    /// at fault.
    pub error: Arc<StorageError>,
}

impl Unreadable {
    /// Describes the problem in one sentence, with the file.
    pub fn describe(&self, lang: Lang) -> String {
        self.error.describe(lang)
    }
}

/// The reflections of a review, read from folders and files.
#[derive(Debug, Default, Clone)]
pub struct Review {
    /// The folders and files the review was opened from, as given.
    pub sources: Vec<PathBuf>,
    /// The readable reflections, in the order of the sources (a folder's
    /// files by name).
    pub entries: Vec<ReviewEntry>,
    /// The files (and folders) that cannot be read.
    pub unreadable: Vec<Unreadable>,
    /// Groups of entries (places in [`Review::entries`]) for the same network
    /// and board year: flagged, not merged.
    pub same_network_year: Vec<Vec<usize>>,
    /// Entries whose questionnaire the program does not know.
    pub unknown_questionnaire: Vec<usize>,
}

impl Review {
    /// Reads every reflection in the given folders and files, without
    /// writing anything anywhere. A file given twice (or in a folder and by
    /// name) is read once.
    pub fn open(sources: &[PathBuf], catalogue: &Catalogue) -> Review {
        let mut files: Vec<PathBuf> = Vec::new();
        let mut unreadable = Vec::new();
        for source in sources {
            if source.is_dir() {
                match collection::reflection_files(source) {
                    Ok(paths) => files.extend(paths),
                    Err(error) => unreadable.push(Unreadable {
                        path: source.clone(),
                        error: Arc::new(error),
                    }),
                }
            } else {
                files.push(source.clone());
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        files.retain(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
        let read = collection::read_files(&files);
        let mut entries = Vec::new();
        for file in read.files {
            match file.content {
                Ok(loaded) => {
                    let mut reflection = loaded.reflection;
                    if reflection.shared.is_none() {
                        // a board's full file: the officer sees what the
                        // board chose to share, as in a shared copy
                        reflection = crate::model::share::shared_copy(&reflection, "");
                        reflection.shared = None;
                    }
                    reflection.private_notes.clear();
                    let questionnaire = catalogue.find(&reflection.questionnaire);
                    entries.push(ReviewEntry {
                        path: file.path,
                        reflection,
                        questionnaire,
                        upgraded_from: loaded.upgraded_from,
                    });
                }
                Err(error) => unreadable.push(Unreadable {
                    path: file.path,
                    error: Arc::new(error),
                }),
            }
        }
        Review::from_entries(sources.to_vec(), entries, unreadable)
    }

    /// Builds a review of entries already read (and of the problems met
    /// while reading them).
    pub fn from_entries(
        sources: Vec<PathBuf>,
        entries: Vec<ReviewEntry>,
        unreadable: Vec<Unreadable>,
    ) -> Review {
        let mut groups: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (i, e) in entries.iter().enumerate() {
            if !e.reflection.network_id.is_empty() {
                groups
                    .entry((e.reflection.network_id.clone(), e.board_year().to_owned()))
                    .or_default()
                    .push(i);
            }
        }
        let mut same_network_year: Vec<Vec<usize>> =
            groups.into_values().filter(|g| g.len() > 1).collect();
        same_network_year.sort();
        let unknown_questionnaire = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.questionnaire.is_none())
            .map(|(i, _)| i)
            .collect();
        Review {
            sources,
            entries,
            unreadable,
            same_network_year,
            unknown_questionnaire,
        }
    }

    /// Returns whether an entry shares its network and board year with
    /// another entry.
    pub fn is_duplicate(&self, entry: usize) -> bool {
        self.same_network_year.iter().any(|g| g.contains(&entry))
    }

    /// Finds the same network's reflection of the board year before this
    /// one: the same network id and the latest board year that sorts before
    /// this one's (board years such as "2025-2026" sort by their text).
    /// Entries flagged as duplicates of each other are never each other's
    /// previous year.
    pub fn previous_year(&self, entry: usize) -> Option<usize> {
        let this = self.entries.get(entry)?;
        let network = &this.reflection.network_id;
        if network.is_empty() || this.board_year().is_empty() {
            return None;
        }
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                &e.reflection.network_id == network
                    && !e.board_year().is_empty()
                    && e.board_year() < this.board_year()
            })
            .max_by(|(ia, a), (ib, b)| a.board_year().cmp(b.board_year()).then(ib.cmp(ia)))
            .map(|(i, _)| i)
    }

    /// Lists every entry of the same network (by network id), oldest
    /// board year first; an entry without a network id has only itself.
    pub fn years_of(&self, entry: usize) -> Vec<usize> {
        let Some(this) = self.entries.get(entry) else {
            return Vec::new();
        };
        if this.reflection.network_id.is_empty() {
            return vec![entry];
        }
        let mut out: Vec<usize> = (0..self.entries.len())
            .filter(|&i| self.entries[i].reflection.network_id == this.reflection.network_id)
            .collect();
        out.sort_by(|&a, &b| {
            self.entries[a]
                .board_year()
                .cmp(self.entries[b].board_year())
                .then(a.cmp(&b))
        });
        out
    }

    /// Lists the board years in the review, sorted, each once.
    pub fn board_years(&self) -> Vec<String> {
        let mut years: Vec<String> = self
            .entries
            .iter()
            .map(|e| e.board_year().to_owned())
            .collect();
        years.sort();
        years.dedup();
        years
    }

    /// Lists the institutions in the review, sorted, each once (empty ones
    /// left out).
    pub fn institutions(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .entries
            .iter()
            .map(|e| e.reflection.profile.institution.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        out.sort_by_key(|s| s.to_lowercase());
        out.dedup();
        out
    }

    /// Returns the newest entry of each network (by network id; entries
    /// without one each count alone), in the order of the entries: what
    /// "across networks" counts, so that a network is not counted once per
    /// year.
    pub fn latest_per_network(&self) -> Vec<usize> {
        let mut latest: BTreeMap<&str, usize> = BTreeMap::new();
        let mut alone = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            let id = e.reflection.network_id.as_str();
            if id.is_empty() {
                alone.push(i);
                continue;
            }
            match latest.get(id) {
                Some(&j) if self.entries[j].board_year() >= e.board_year() => {}
                _ => {
                    latest.insert(id, i);
                }
            }
        }
        let mut out: Vec<usize> = latest.into_values().chain(alone).collect();
        out.sort();
        out
    }

    /// Returns the file of an entry, for messages.
    pub fn path(&self, entry: usize) -> Option<&Path> {
        self.entries.get(entry).map(|e| e.path.as_path())
    }
}

#[cfg(test)]
mod tests;
