//! The review's table: one row per network and board year, one column per
//! theme, with how complete each reflection is, how much its board
//! disagreed, and how each theme moved since the same network's previous
//! year. Sorting and filtering are plain functions over the rows, so that
//! the window, the CSV and the PDF show the same table.

use std::cmp::Ordering;

use crate::lang::{Lang, Text};
use crate::model::analysis::{common_scale, scores};
use crate::model::consensus::consensus;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::NetworkKind;

use super::Review;

/// A theme column of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The theme's id: the same column for every questionnaire version
    /// that has a theme with this id.
    pub id: String,
    /// The theme's title.
    pub title: Text,
}

/// One theme of one reflection: the board's agreed level on average.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Cell {
    /// The average level of the theme's statements, from 0 (the lowest
    /// level) to 1 (the highest); `None` when no statement has a level or
    /// the reflection has no such theme.
    pub value: Option<f64>,
    /// How many of the theme's statements have a level.
    pub answered: usize,
    /// How many statements the theme has in this reflection's questionnaire.
    pub statements: usize,
    /// The change of `value` since the same network's previous board year,
    /// when both years have one.
    pub change: Option<f64>,
}

/// How much the members of a board disagreed, from their own scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Disagreement {
    /// How many members scored.
    pub members: usize,
    /// How many statements and positions the members answered apart (two
    /// or more levels, or both halves of the scale; see
    /// [`crate::model::consensus::least_consensus`]).
    pub differing: usize,
    /// How many statements and positions at least two members answered.
    pub compared: usize,
}

impl Disagreement {
    /// Returns the share of compared questions answered apart, from 0 to 1.
    pub fn share(&self) -> f64 {
        if self.compared == 0 {
            0.0
        } else {
            self.differing as f64 / self.compared as f64
        }
    }
}

/// One row of the table: one reflection.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The place of the reflection in [`Review::entries`].
    pub entry: usize,
    /// The network's name.
    pub name: String,
    /// The board year.
    pub board_year: String,
    /// The kind of network.
    pub kind: NetworkKind,
    /// The institution the network belongs to.
    pub institution: String,
    /// One cell per column of [`Overview::columns`].
    pub cells: Vec<Cell>,
    /// How many questions the board handled (answered or skipped).
    pub handled: usize,
    /// How many questions its questionnaire has (0 when the questionnaire is
    /// unknown).
    pub questions: usize,
    /// How much the members disagreed, when the board had members who scored.
    pub disagreement: Option<Disagreement>,
    /// The same network's previous board year in the review, if any.
    pub previous: Option<usize>,
    /// Whether another file holds the same network and board year.
    pub duplicate: bool,
    /// Whether the program does not know the reflection's questionnaire.
    pub unknown_questionnaire: bool,
}

impl Row {
    /// Returns how complete the reflection is, from 0 to 1.
    pub fn complete(&self) -> f64 {
        if self.questions == 0 {
            0.0
        } else {
            (self.handled as f64 / self.questions as f64).min(1.0)
        }
    }
}

/// The table of a review.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// The theme columns, in the order of the first questionnaire that has
    /// them.
    pub columns: Vec<Column>,
    /// One row per readable reflection, in the order of the review.
    pub rows: Vec<Row>,
    /// The names of the levels of the scale the averages are read on, from
    /// the lowest up (empty when the questionnaires have no common scale).
    pub levels: Vec<Text>,
}

impl Overview {
    /// Builds the table of a review.
    pub fn of(review: &Review) -> Overview {
        let mut columns: Vec<Column> = Vec::new();
        let mut levels: Vec<Text> = Vec::new();
        for q in review
            .entries
            .iter()
            .filter_map(|e| e.questionnaire.as_deref())
        {
            for t in &q.themes {
                if !columns.iter().any(|c| c.id == t.id) {
                    columns.push(Column {
                        id: t.id.clone(),
                        title: t.title.clone(),
                    });
                }
            }
            if levels.is_empty()
                && let Some(s) = common_scale(q)
            {
                levels = s.levels.iter().map(|l| l.label.clone()).collect();
            }
        }
        let mut rows: Vec<Row> = review
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let q = e.questionnaire.as_deref();
                let r = &e.reflection;
                Row {
                    entry: i,
                    name: e.name(),
                    board_year: e.board_year().to_owned(),
                    kind: r.profile.kind,
                    institution: r.profile.institution.trim().to_owned(),
                    cells: q
                        .map(|q| cells(q, &columns, r))
                        .unwrap_or_else(|| vec![Cell::default(); columns.len()]),
                    // how complete, counted against the questions for its kind
                    handled: q.map(|q| r.handled_count(q)).unwrap_or(0),
                    questions: q
                        .map(|q| q.questions_for(r.profile.kind).count())
                        .unwrap_or(0),
                    disagreement: q.and_then(|q| disagreement(q, r)),
                    previous: review.previous_year(i),
                    duplicate: review.is_duplicate(i),
                    unknown_questionnaire: q.is_none(),
                }
            })
            .collect();
        for i in 0..rows.len() {
            if let Some(p) = rows[i].previous {
                let before = rows[p].cells.clone();
                for (cell, old) in rows[i].cells.iter_mut().zip(before) {
                    cell.change = match (cell.value, old.value) {
                        (Some(now), Some(then)) => Some(now - then),
                        _ => None,
                    };
                }
            }
        }
        Overview {
            columns,
            rows,
            levels,
        }
    }

    /// Returns the name of the level nearest to an average (0 to 1), such
    /// as "Grotendeels"; `None` without a common scale.
    pub fn level_word(&self, value: f64, lang: Lang) -> Option<&str> {
        let i = level_index(value, self.levels.len())?;
        Some(self.levels[i].get(lang))
    }

    /// Returns the rows that pass the filter, sorted, as places in
    /// [`Overview::rows`].
    pub fn view(&self, filter: &Filter, sort: Sort) -> Vec<usize> {
        let mut out: Vec<usize> = (0..self.rows.len())
            .filter(|&i| filter.passes(&self.rows[i]))
            .collect();
        out.sort_by(|&a, &b| {
            let (ra, rb) = (&self.rows[a], &self.rows[b]);
            let o = compare_rows(ra, rb, sort.key);
            let o = if sort.ascending { o } else { o.reverse() };
            o.then_with(|| by_name(ra, rb)).then(a.cmp(&b))
        });
        out
    }
}

/// Returns the index of the level nearest to an average from 0 to 1 on a
/// scale of `levels` levels.
pub fn level_index(value: f64, levels: usize) -> Option<usize> {
    if levels == 0 || !value.is_finite() {
        return None;
    }
    let i = (value.clamp(0.0, 1.0) * (levels - 1) as f64).round() as usize;
    Some(i.min(levels - 1))
}

fn cells(
    q: &Questionnaire,
    columns: &[Column],
    r: &crate::model::reflection::Reflection,
) -> Vec<Cell> {
    let s = scores(q, &r.agreed);
    columns
        .iter()
        .map(|c| {
            q.themes
                .iter()
                .position(|t| t.id == c.id)
                .and_then(|ti| s.themes.get(ti))
                .map(|t| Cell {
                    value: t.value,
                    answered: t.answered,
                    statements: t.statements,
                    change: None,
                })
                .unwrap_or_default()
        })
        .collect()
}

fn disagreement(
    q: &Questionnaire,
    r: &crate::model::reflection::Reflection,
) -> Option<Disagreement> {
    if r.respondents.is_empty() {
        return None;
    }
    let c = consensus(q, r, Lang::Nl);
    let compared_statements = c
        .statements
        .iter()
        .filter(|s| s.chosen().len() >= 2)
        .count();
    let compared_positions = c
        .positions
        .iter()
        .filter(|p| {
            p.members
                .iter()
                .filter(|m| m.0.is_some() || m.1.is_some())
                .count()
                >= 2
        })
        .count();
    let differing = c.statements.iter().filter(|s| s.differs()).count()
        + c.positions.iter().filter(|p| p.differs()).count();
    Some(Disagreement {
        members: r.respondents.len(),
        differing,
        compared: compared_statements + compared_positions,
    })
}

/// What the table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// The network's name.
    #[default]
    Name,
    /// The board year.
    Year,
    /// The kind of network.
    Kind,
    /// The institution.
    Institution,
    /// The average of one theme column.
    Theme(usize),
    /// How complete the reflection is.
    Complete,
    /// How much the board disagreed.
    Disagreement,
}

/// A sort order: a key and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    /// What to sort by.
    pub key: SortKey,
    /// Lowest first (true) or highest first.
    pub ascending: bool,
}

impl Default for Sort {
    fn default() -> Sort {
        Sort {
            key: SortKey::Name,
            ascending: true,
        }
    }
}

fn by_name(a: &Row, b: &Row) -> Ordering {
    a.name
        .to_lowercase()
        .cmp(&b.name.to_lowercase())
        .then_with(|| a.board_year.cmp(&b.board_year))
}

/// Compares two optional numbers; a missing one counts as lower than any
/// number.
fn opt(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Greater,
        (None, Some(_)) => Ordering::Less,
        (None, None) => Ordering::Equal,
    }
}

fn compare_rows(a: &Row, b: &Row, key: SortKey) -> Ordering {
    match key {
        SortKey::Name => by_name(a, b),
        SortKey::Year => a.board_year.cmp(&b.board_year),
        SortKey::Kind => NetworkKind::ALL
            .iter()
            .position(|k| *k == a.kind)
            .cmp(&NetworkKind::ALL.iter().position(|k| *k == b.kind)),
        SortKey::Institution => a
            .institution
            .to_lowercase()
            .cmp(&b.institution.to_lowercase()),
        SortKey::Theme(c) => opt(
            a.cells.get(c).and_then(|x| x.value),
            b.cells.get(c).and_then(|x| x.value),
        ),
        SortKey::Complete => a.complete().total_cmp(&b.complete()),
        SortKey::Disagreement => opt(
            a.disagreement.map(|d| d.share()),
            b.disagreement.map(|d| d.share()),
        ),
    }
}

/// Which rows the table shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this board year, if set.
    pub board_year: Option<String>,
    /// Only this kind of network, if set.
    pub kind: Option<NetworkKind>,
    /// Only this institution, if set (compared without case).
    pub institution: Option<String>,
    /// Only rows whose name or institution contains this text (without
    /// case), if not empty.
    pub text: String,
}

impl Filter {
    /// Returns whether a row passes the filter.
    pub fn passes(&self, row: &Row) -> bool {
        if self
            .board_year
            .as_ref()
            .is_some_and(|y| *y != row.board_year)
        {
            return false;
        }
        if self.kind.is_some_and(|k| k != row.kind) {
            return false;
        }
        if self
            .institution
            .as_ref()
            .is_some_and(|i| i.to_lowercase() != row.institution.to_lowercase())
        {
            return false;
        }
        let text = self.text.trim().to_lowercase();
        text.is_empty()
            || row.name.to_lowercase().contains(&text)
            || row.institution.to_lowercase().contains(&text)
    }

    /// Returns whether the filter lets every row through.
    pub fn is_empty(&self) -> bool {
        self.board_year.is_none()
            && self.kind.is_none()
            && self.institution.is_none()
            && self.text.trim().is_empty()
    }
}
