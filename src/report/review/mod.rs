//! The data of the officer's overview (PDF): a cover with what was read,
//! the table of every network and board year, the radar of the average
//! network, what networks ask, and one short paragraph per network, with
//! every text resolved in one language.
//!
//! Everything comes from [`crate::review`]: the table from
//! [`Overview`], what networks ask from [`asks`]. Private notes are never
//! read (the review has emptied them already).

use serde::Serialize;

use crate::lang::Lang;
use crate::report::self_assessment::{Axis, Chart, Fact, Ring};
use crate::report::text::{LONGEST_WORD, LONGEST_WORD_MEDIUM, LONGEST_WORD_NARROW, Shaper};
use crate::report::words::{Words, decimal, long_date, word, words};
use crate::review::Review;
use crate::review::asks::asks;
use crate::review::overview::{Overview, Row, level_index};

mod asked;
mod network;

use asked::ask_view;
use network::network_view;

/// A file that could not be read, as the cover lists it.
#[derive(Debug, Clone, Serialize)]
pub struct UnreadableView {
    /// The file's name.
    pub name: String,
    /// Why, with the file, line and column.
    pub reason: String,
}

/// The cover of the overview.
#[derive(Debug, Clone, Serialize)]
pub struct OverviewCover {
    /// The date of printing.
    pub date: String,
    /// "3 netwerken · 6 bestanden gelezen".
    pub headline: String,
    /// The facts listed on the cover.
    pub facts: Vec<Fact>,
    /// The files that could not be read.
    pub unreadable: Vec<UnreadableView>,
    /// "Niet te lezen: 1 bestand".
    pub unreadable_line: String,
}

/// A theme column of the table.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnView {
    /// The theme's number.
    pub number: usize,
    /// The theme's title.
    pub title: String,
}

/// One theme of one row: the level as a word, the level for its tint, and
/// an arrow when it moved since the previous year.
#[derive(Debug, Clone, Serialize)]
pub struct CellView {
    /// The level word ("Grotendeels"), a percentage without a common
    /// scale, or "–".
    pub word: String,
    /// The nearest level as a share from 0 (the lowest) to 1, for the
    /// tint that repeats the word; none without a value.
    pub tint: Option<f64>,
    /// "↑", "↓" or "".
    pub arrow: &'static str,
}

/// One row of the table.
#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    /// The network's name.
    pub name: String,
    /// The institution, under the name.
    pub institution: String,
    /// The board year.
    pub year: String,
    /// The kind of network.
    pub kind: String,
    /// One cell per column.
    pub cells: Vec<CellView>,
    /// "74%", or "–" when the questionnaire is unknown.
    pub complete: String,
    /// "↑ 0,4", "↓ 0,2", "gelijk", or "–" without a previous year.
    pub change: String,
    /// Marks such as "dubbel" or "onbekende vragenlijst".
    pub marks: Vec<String>,
}

/// The table of the overview.
#[derive(Debug, Clone, Serialize)]
pub struct TableView {
    /// The theme columns that have statements.
    pub columns: Vec<ColumnView>,
    /// The rows, by name and board year.
    pub rows: Vec<RowView>,
    /// The level words from the lowest up, for the legend.
    pub levels: Vec<String>,
}

/// One option of what networks ask.
#[derive(Debug, Clone, Serialize)]
pub struct OptionView {
    /// The option.
    pub label: String,
    /// How many networks chose it.
    pub count: usize,
    /// Its share of the networks that answered, from 0 to 1.
    pub share: f64,
    /// The networks that chose it (the first few, then "en 12 andere").
    pub names: String,
}

/// Networks' own words: one text, and the networks that wrote it (the
/// same words from several networks print once).
#[derive(Debug, Clone, Serialize)]
pub struct WordsView {
    /// The networks, with their board years (the first few, then "en 12
    /// andere").
    pub name: String,
    /// What they wrote, in paragraphs.
    pub text: Vec<String>,
}

/// One question of what networks ask.
#[derive(Debug, Clone, Serialize)]
pub struct AskView {
    /// The question.
    pub prompt: String,
    /// "12 van de 30 netwerken beantwoordden deze vraag".
    pub answered: String,
    /// Every option, most chosen first; empty for an open question.
    pub options: Vec<OptionView>,
    /// The networks' own words.
    pub words: Vec<WordsView>,
}

/// One network's paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct NetworkView {
    /// "Name (2026-2027)".
    pub title: String,
    /// "Studentenvereniging · Hogeschool Rotterdam".
    pub about: String,
    /// The paragraph.
    pub text: String,
}

/// Everything the overview template reads.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewOverview {
    /// `nl` or `en`.
    pub lang: &'static str,
    /// The words of the document.
    pub words: Words,
    /// The cover.
    pub cover: OverviewCover,
    /// The table.
    pub table: TableView,
    /// The radar of the average network.
    pub chart: Chart,
    /// What networks ask.
    pub asks: Vec<AskView>,
    /// One paragraph per network.
    pub networks: Vec<NetworkView>,
}

/// How many names an option of what networks ask lists before "and N more".
pub const NAMES_SHOWN: usize = 8;

/// Builds the data of the overview of a review, dated `today`.
pub fn review_overview(review: &Review, lang: Lang, today: jiff::civil::Date) -> ReviewOverview {
    let words = words(lang);
    let shape = Shaper::new(lang);
    let ov = Overview::of(review);
    let latest = review.latest_per_network();
    // only themes with statements get a column: the others have no level
    let shown: Vec<usize> = (0..ov.columns.len())
        .filter(|&c| ov.rows.iter().any(|r| r.cells[c].statements > 0))
        .collect();
    let order = ov.view(&Default::default(), Default::default());
    let rows = order
        .iter()
        .map(|&i| row(&ov, &ov.rows[i], &shown, lang, &shape))
        .collect();
    let asked = asks(review, &latest);
    let mut networks: Vec<usize> = latest.clone();
    networks.sort_by(|&a, &b| {
        let (ra, rb) = (&ov.rows[a], &ov.rows[b]);
        ra.name
            .to_lowercase()
            .cmp(&rb.name.to_lowercase())
            .then(a.cmp(&b))
    });
    ReviewOverview {
        lang: lang.code(),
        cover: cover(review, &latest, lang, today, &words, &shape),
        table: TableView {
            columns: shown
                .iter()
                .map(|&c| ColumnView {
                    number: column_number(review, &ov, c),
                    title: ov.columns[c].title.get(lang).to_owned(),
                })
                .collect(),
            rows,
            levels: ov.levels.iter().map(|l| l.get(lang).to_owned()).collect(),
        },
        chart: average_chart(review, &ov, &latest, &shown, lang, &words),
        asks: asked
            .iter()
            .map(|a| ask_view(review, a, latest.len(), lang, &shape))
            .collect(),
        networks: networks
            .iter()
            .map(|&i| network_view(review, &ov, &ov.rows[i], &shown, &asked, lang, &shape))
            .collect(),
        words,
    }
}

/// The number of a column's theme in the first questionnaire that has it.
fn column_number(review: &Review, ov: &Overview, c: usize) -> usize {
    let id = &ov.columns[c].id;
    review
        .entries
        .iter()
        .filter_map(|e| e.questionnaire.as_deref())
        .find_map(|q| q.themes.iter().position(|t| &t.id == id))
        .map_or(c + 1, |p| p + 1)
}

fn cover(
    review: &Review,
    latest: &[usize],
    lang: Lang,
    today: jiff::civil::Date,
    words: &Words,
    shape: &Shaper,
) -> OverviewCover {
    let w = |k: &str| word(words, k);
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { w(one) } else { w(many) });
    let networks = count(latest.len(), "ov_network_one", "ov_networks");
    let files = count(review.entries.len(), "ov_file_one", "ov_files");
    let years = review
        .board_years()
        .into_iter()
        .filter(|y| !y.is_empty())
        .map(|y| shape.line(&y, LONGEST_WORD))
        .collect::<Vec<_>>()
        .join(", ");
    let mut facts = vec![
        Fact {
            label: w("ov_networks_label"),
            value: networks.clone(),
        },
        Fact {
            label: w("ov_files_label"),
            value: files.clone(),
        },
        Fact {
            label: w("ov_years"),
            value: if years.is_empty() {
                "–".into()
            } else {
                years
            },
        },
    ];
    let institutions = review.institutions();
    if !institutions.is_empty() {
        facts.push(Fact {
            label: w("institution"),
            value: shape.line(&institutions.join(", "), LONGEST_WORD),
        });
    }
    if !review.same_network_year.is_empty() {
        facts.push(Fact {
            label: w("ov_duplicates"),
            value: review
                .same_network_year
                .iter()
                .map(|g| shape.line(&review.entries[g[0]].title(), LONGEST_WORD))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    if !review.unknown_questionnaire.is_empty() {
        facts.push(Fact {
            label: w("ov_unknown_q_label"),
            value: review.unknown_questionnaire.len().to_string(),
        });
    }
    facts.push(Fact {
        label: w("printed"),
        value: long_date(today, lang),
    });
    let unreadable: Vec<UnreadableView> = review
        .unreadable
        .iter()
        .map(|u| UnreadableView {
            name: shape.line(
                &u.path.file_name().map_or_else(
                    || u.path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                ),
                LONGEST_WORD,
            ),
            reason: shape.line(&u.describe(lang), LONGEST_WORD),
        })
        .collect();
    OverviewCover {
        date: long_date(today, lang),
        headline: format!("{networks} · {files}"),
        facts,
        unreadable_line: format!("{}: {}", w("ov_unreadable_label"), unreadable.len()),
        unreadable,
    }
}

/// Expresses a change of an average (0 to 1) in levels of the common scale,
/// or in percentage points without one.
fn in_levels(change: f64, levels: usize) -> f64 {
    if levels > 1 {
        change * (levels - 1) as f64
    } else {
        change * 100.0
    }
}

/// Returns ↑ or ↓ for a change that shows at one decimal, else "".
fn arrow(change: f64, levels: usize) -> &'static str {
    let c = (in_levels(change, levels) * 10.0).round();
    if c > 0.0 {
        "↑"
    } else if c < 0.0 {
        "↓"
    } else {
        ""
    }
}

/// Returns the average as a word: the nearest level, or a percentage.
fn level_text(ov: &Overview, value: Option<f64>, lang: Lang) -> String {
    match value {
        None => "–".into(),
        Some(v) => ov
            .level_word(v, lang)
            .map_or_else(|| format!("{}%", (v * 100.0).round() as i64), str::to_owned),
    }
}

fn row(ov: &Overview, r: &Row, shown: &[usize], lang: Lang, shape: &Shaper) -> RowView {
    let levels = ov.levels.len();
    let cells = shown
        .iter()
        .map(|&c| {
            let cell = r.cells[c];
            CellView {
                word: level_text(ov, cell.value, lang),
                tint: cell.value.and_then(|v| {
                    let steps = if levels > 1 { levels } else { 5 };
                    level_index(v, steps).map(|i| i as f64 / (steps - 1) as f64)
                }),
                arrow: cell.change.map_or("", |d| arrow(d, levels)),
            }
        })
        .collect();
    let changes: Vec<f64> = shown.iter().filter_map(|&c| r.cells[c].change).collect();
    let change = if r.previous.is_none() || changes.is_empty() {
        "–".to_owned()
    } else {
        let mean = changes.iter().sum::<f64>() / changes.len() as f64;
        match arrow(mean, levels) {
            "" => lang.pick("gelijk", "the same").to_owned(),
            a => format!("{a} {}", decimal(in_levels(mean, levels).abs(), lang)),
        }
    };
    let mut marks = Vec::new();
    if r.duplicate {
        marks.push(lang.pick("dubbel bestand", "duplicate file").to_owned());
    }
    if r.unknown_questionnaire {
        marks.push(
            lang.pick("onbekende vragenlijst", "unknown questionnaire")
                .to_owned(),
        );
    }
    RowView {
        name: shape.line(&r.name, LONGEST_WORD_MEDIUM),
        institution: shape.line(&r.institution, LONGEST_WORD_MEDIUM),
        year: shape.line(&r.board_year, LONGEST_WORD_NARROW),
        kind: shape.line(r.kind.label().get(lang), LONGEST_WORD_MEDIUM),
        cells,
        complete: if r.unknown_questionnaire {
            "–".into()
        } else {
            format!("{}%", (r.complete() * 100.0).round() as i64)
        },
        change,
        marks,
    }
}

/// Builds the radar of the average network: per theme the mean over the
/// newest reflection of each network that has a level for it.
fn average_chart(
    review: &Review,
    ov: &Overview,
    latest: &[usize],
    shown: &[usize],
    lang: Lang,
    words: &Words,
) -> Chart {
    let w = |k: &str| word(words, k);
    let n = ov.levels.len();
    let rings: Vec<Ring> = if n > 1 {
        ov.levels
            .iter()
            .enumerate()
            .map(|(i, l)| Ring {
                at: i as f64 / (n - 1) as f64,
                label: l.get(lang).to_owned(),
            })
            .collect()
    } else {
        (0..=4)
            .map(|i| Ring {
                at: i as f64 / 4.0,
                label: format!("{}%", i * 25),
            })
            .collect()
    };
    let axes: Vec<Axis> = shown
        .iter()
        .map(|&c| {
            let with: Vec<&Row> = latest
                .iter()
                .map(|&i| &ov.rows[i])
                .filter(|r| r.cells[c].statements > 0)
                .collect();
            let values: Vec<f64> = with.iter().filter_map(|r| r.cells[c].value).collect();
            let value =
                (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
            let title = ov.columns[c].title.get(lang).to_owned();
            let display = match value {
                None => "–".to_owned(),
                Some(v) if n > 1 => format!(
                    "{} · {}",
                    decimal(1.0 + v * (n - 1) as f64, lang),
                    ov.level_word(v, lang).unwrap_or_default()
                ),
                Some(v) => format!("{}%", (v * 100.0).round() as i64),
            };
            Axis {
                number: column_number(review, ov, c),
                label: format!(
                    "{title} ({} {} {} {})",
                    values.len(),
                    w("of"),
                    with.len(),
                    w("ov_networks")
                ),
                title,
                value,
                display,
                answered: values.len(),
                statements: with.len(),
                unanswered: value.is_none(),
                sparse: !values.is_empty() && values.len() * 2 < with.len(),
                before: None,
                before_display: String::new(),
            }
        })
        .collect();
    Chart {
        has_data: axes.iter().any(|a| a.value.is_some()),
        excluded: (0..ov.columns.len())
            .filter(|c| !shown.contains(c))
            .map(|c| ov.columns[c].title.get(lang).to_owned())
            .collect(),
        axes,
        rings,
        years: Vec::new(),
    }
}
