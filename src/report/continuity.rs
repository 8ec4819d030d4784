//! Last year beside this year in the self-assessment: the radar's second
//! polygon, last year's markers on the positions, the page *Wat is er
//! veranderd* (the themes' averages and the statements that moved most),
//! the previous board's action points with what became of them, a small
//! line per theme over three or more linked years, and a link that broke.
//!
//! The outcomes are the reflection's own (the new board records them in
//! its file); the other parts read the earlier years found through the
//! links ([`History`]). Private notes are read nowhere.

use serde::Serialize;

use crate::model::analysis;
use crate::model::continuity::{self, Change, History};
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{OutcomeResult, Reflection};
use crate::report::answers::Ctx;
use crate::report::self_assessment::{SelfAssessment, average_display};
use crate::report::text::{LONGEST_WORD_MEDIUM, LONGEST_WORD_NARROW, Shaper};
use crate::report::words::words;

/// How many statements the page *Wat is er veranderd* lists at most.
pub const MOVED_TOP: usize = 8;

/// One of the previous board's action points with what became of it.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeView {
    /// What was to be done, in paragraphs.
    pub what: Vec<String>,
    /// Who was to do it.
    pub who: String,
    /// Its status as the previous board left it, in words.
    pub status: String,
    /// What became of it, in words, or "not recorded yet".
    pub outcome: String,
    /// done, partly, dropped, open, or none.
    pub outcome_key: &'static str,
    /// The line of why.
    pub why: String,
    /// Whether it was taken into this year's action points.
    pub carried: bool,
}

/// A theme's average last year and this year.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeMoveView {
    /// The theme's number.
    pub number: usize,
    /// Its title.
    pub title: String,
    /// Last year's average in words, or "–".
    pub before: String,
    /// This year's average in words, or "–".
    pub now: String,
    /// ▲, ▼, = or empty.
    pub symbol: String,
    /// up, down, same or none.
    pub key: &'static str,
}

/// A statement whose level moved.
#[derive(Debug, Clone, Serialize)]
pub struct MovedView {
    /// "2.3".
    pub number: String,
    /// The statement.
    pub prompt: String,
    /// Its theme.
    pub theme: String,
    /// Last year's level label.
    pub before: String,
    /// This year's level label.
    pub now: String,
    /// "+2", "−1".
    pub steps: String,
    /// Whether it moved up.
    pub up: bool,
}

/// A theme's average over the linked years, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct LineView {
    /// The theme's number.
    pub number: usize,
    /// Its title.
    pub title: String,
    /// The average per year, from 0 to 1, or none.
    pub values: Vec<Option<f64>>,
}

/// Last year beside this year.
#[derive(Debug, Clone, Serialize)]
pub struct YearsView {
    /// This board year.
    pub this_year: String,
    /// Last year's board year (empty when last year was not found).
    pub last_year: String,
    /// Whether last year was found.
    pub found: bool,
    /// The broken link, in paragraphs; empty when none broke.
    pub broken: Vec<String>,
    /// Per theme with statements, last year's and this year's average.
    pub themes: Vec<ThemeMoveView>,
    /// The statements that moved most.
    pub moved: Vec<MovedView>,
    /// The board years of the lines, oldest first; empty with fewer than three.
    pub line_years: Vec<String>,
    /// Per theme with statements, its line over the years.
    pub lines: Vec<LineView>,
}

/// Lists the previous board's action points with what became of them.
pub(crate) fn outcomes(cx: &Ctx, r: &Reflection) -> Vec<OutcomeView> {
    let lang = cx.lang;
    r.previous_actions
        .iter()
        .map(|a| {
            let (outcome, outcome_key, why) = match &a.outcome {
                Some(o) => (
                    continuity::outcome_label(o.result).get(lang).to_owned(),
                    match o.result {
                        OutcomeResult::Done => "done",
                        OutcomeResult::Partly => "partly",
                        OutcomeResult::Dropped => "dropped",
                        OutcomeResult::StillOpen => "open",
                    },
                    cx.shape.line(&o.why, LONGEST_WORD_MEDIUM),
                ),
                None => (cx.w("outcome_none"), "none", String::new()),
            };
            OutcomeView {
                what: cx.shape.paragraphs_within(&a.what, LONGEST_WORD_MEDIUM),
                who: cx.shape.line(&a.who, LONGEST_WORD_NARROW),
                status: a.status.label().get(lang).to_owned(),
                outcome,
                outcome_key,
                why,
                carried: a
                    .origin
                    .as_ref()
                    .is_some_and(|o| continuity::is_carried(r, o)),
            }
        })
        .collect()
}

/// Adds last year beside this year to the data of a self-assessment of
/// `r` on `q`: the radar's second polygon, last year's position markers,
/// the themes' and statements' moves, the lines over three or more years,
/// and the broken link. Nothing is added when `r` continues no reflection.
pub fn mark_history(
    data: &mut SelfAssessment,
    r: &Reflection,
    q: &Questionnaire,
    history: &History,
    lang: crate::lang::Lang,
) {
    if !history.is_linked() {
        return;
    }
    let words = words(lang);
    let cx = Ctx {
        q,
        lang,
        words: &words,
        shape: Shaper::new(lang),
    };
    let common = analysis::common_scale(q);
    let this_year = r.profile.board_year.clone();
    let last = history.last_year();
    let last_year = last
        .map(|y| y.reflection.profile.board_year.clone())
        .or_else(|| r.continues.as_ref().map(|c| c.board_year.clone()))
        .unwrap_or_default();
    let broken = history
        .broken
        .as_ref()
        .map(|b| cx.shape.paragraphs(b.describe().get(lang)))
        .unwrap_or_default();
    let mut view = YearsView {
        this_year: cx.shape.line(&this_year, LONGEST_WORD_NARROW),
        last_year: cx.shape.line(&last_year, LONGEST_WORD_NARROW),
        found: last.is_some(),
        broken,
        themes: Vec::new(),
        moved: Vec::new(),
        line_years: Vec::new(),
        lines: Vec::new(),
    };
    if let Some(last) = last {
        let before = &last.reflection.agreed;
        // every year is scored on this year's questionnaire: questions
        // with the same id compare
        let then = analysis::scores(q, before);
        let changes = continuity::theme_changes(q, &r.agreed, before);
        for axis in &mut data.chart.axes {
            let ti = axis.number - 1;
            axis.before = then.themes.get(ti).and_then(|t| t.value);
            axis.before_display = average_display(axis.before, common, lang);
            let change = changes.get(ti).copied().flatten();
            view.themes.push(ThemeMoveView {
                number: axis.number,
                title: axis.title.clone(),
                before: axis.before_display.clone(),
                now: axis.display.clone(),
                symbol: change.map(|c| c.symbol().to_owned()).unwrap_or_default(),
                key: match change {
                    Some(Change::Up) => "up",
                    Some(Change::Down) => "down",
                    Some(Change::Same) => "same",
                    None => "none",
                },
            });
        }
        if data.chart.axes.iter().any(|a| a.before.is_some()) {
            data.chart.years = vec![view.this_year.clone(), view.last_year.clone()];
        }
        for p in &mut data.positions {
            if let Some(question) = q.question(&p.id)
                && let Some((now, goal)) = analysis::position(q, question, before.get(&p.id))
            {
                let point = |v: Option<f64>| {
                    v.and_then(|v| crate::model::position::nearest_point(v as f32))
                        .map(|i| f64::from(crate::model::position::point_value(i)))
                };
                p.before_now = point(now);
                p.before_goal = point(goal);
            }
        }
        view.moved = continuity::moved_most(q, &r.agreed, before, MOVED_TOP)
            .into_iter()
            .map(|m| {
                let theme = &q.themes[m.theme];
                let question = &theme.questions[m.index];
                let label = |l: analysis::Level| {
                    analysis::statement_scale(q, question)
                        .and_then(|s| s.levels.get(l.level))
                        .map(|x| format!("{} · {}", l.level + 1, x.label.get(lang)))
                        .unwrap_or_default()
                };
                let steps = m.steps();
                MovedView {
                    number: format!("{}.{}", m.theme + 1, m.index + 1),
                    prompt: question.prompt.get(lang).to_owned(),
                    theme: theme.title.get(lang).to_owned(),
                    before: label(m.before),
                    now: label(m.now),
                    steps: if steps > 0 {
                        format!("+{steps}")
                    } else {
                        format!("-{}", -steps)
                    },
                    up: steps > 0,
                }
            })
            .collect();
    }
    // three or more linked years: a line per theme, oldest first
    if history.years.len() >= 2 {
        let mut years: Vec<(&str, &std::collections::BTreeMap<_, _>)> = history
            .years
            .iter()
            .rev()
            .map(|y| {
                (
                    y.reflection.profile.board_year.as_str(),
                    &y.reflection.agreed,
                )
            })
            .collect();
        years.push((this_year.as_str(), &r.agreed));
        let scored: Vec<analysis::Scores> =
            years.iter().map(|(_, a)| analysis::scores(q, a)).collect();
        view.line_years = years
            .iter()
            .map(|(y, _)| cx.shape.line(y, LONGEST_WORD_NARROW))
            .collect();
        view.lines = data
            .chart
            .axes
            .iter()
            .map(|axis| LineView {
                number: axis.number,
                title: axis.title.clone(),
                values: scored
                    .iter()
                    .map(|s| s.themes.get(axis.number - 1).and_then(|t| t.value))
                    .collect(),
            })
            .collect();
    }
    data.years = Some(view);
}
