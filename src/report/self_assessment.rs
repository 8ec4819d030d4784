//! The data of the self-assessment: the cover, the summary (radar chart,
//! positions, strengths and points of attention, action plan), every answer
//! and the closing page, with every text resolved in one language.
//!
//! The scoring comes from [`crate::model::analysis`]; this module only puts
//! it into words. Private notes are never read: no document holds them.

use serde::Serialize;

use crate::lang::Lang;
use crate::model::analysis;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{ActionStatus, Reflection};
use crate::report::answers::{self, Ctx, OrphanView, PositionView, ThemeView};
use crate::report::consensus;
use crate::report::document::{Document, Print, PrintOptions};
use crate::report::sources::{SourceView, method, sources};
use crate::report::text::{LONGEST_WORD, LONGEST_WORD_MEDIUM, LONGEST_WORD_NARROW, Shaper};
use crate::report::words::{Words, decimal, long_date, words};

/// A label and a value, as the cover lists them.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    /// What it is.
    pub label: String,
    /// Its value.
    pub value: String,
}

/// The cover of the self-assessment.
#[derive(Debug, Clone, Serialize)]
pub struct Cover {
    /// The questionnaire's title.
    pub title: String,
    /// The network's name.
    pub network: String,
    /// The board year.
    pub board_year: String,
    /// The network and the board year for the page footer, shortened to fit.
    pub footer: String,
    /// The date of printing.
    pub date: String,
    /// The facts listed on the cover, empty ones left out.
    pub facts: Vec<Fact>,
    /// Questions answered.
    pub answered: usize,
    /// Questions in the questionnaire.
    pub total: usize,
    /// The share answered, from 0 to 1.
    pub fraction: f64,
    /// "40 of 54 questions answered (74%)".
    pub completeness: String,
}

/// One axis of the radar chart: a theme with statements.
#[derive(Debug, Clone, Serialize)]
pub struct Axis {
    /// The theme's number, as in the answers part.
    pub number: usize,
    /// The theme's title.
    pub title: String,
    /// The average level, from 0 (the lowest level) to 1 (the highest), if any statement has a level.
    pub value: Option<f64>,
    /// The average as text: "2,4 · Grotendeels", or "–".
    pub display: String,
    /// Statements answered with a level.
    pub answered: usize,
    /// Statements in the theme.
    pub statements: usize,
    /// The title with what the average rests on: "Waarde voor leden (3 van
    /// 9)", or "… (nog geen antwoorden)".
    pub label: String,
    /// Whether no statement has a level: drawn as a gap, not at the centre.
    pub unanswered: bool,
    /// Whether fewer than half of the statements have a level: drawn as a
    /// hollow point and marked in the legend.
    pub sparse: bool,
    /// Last year's average on the same scale, when there is a last year
    /// with a level for this theme: drawn as the second, dashed polygon.
    pub before: Option<f64>,
    /// Last year's average as text, or empty.
    pub before_display: String,
}

/// A ring of the radar chart.
#[derive(Debug, Clone, Serialize)]
pub struct Ring {
    /// Where it lies, from 0 (centre) to 1 (edge).
    pub at: f64,
    /// Its label.
    pub label: String,
}

/// The radar chart of the statement themes.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// The themes with statements.
    pub axes: Vec<Axis>,
    /// The rings, from the centre outwards.
    pub rings: Vec<Ring>,
    /// The themes without statements.
    pub excluded: Vec<String>,
    /// Whether any statement has a level, so that there is anything to draw.
    pub has_data: bool,
    /// With a last year: this board year and last year's, for the legend
    /// of the two polygons; else empty.
    pub years: Vec<String>,
}

/// A statement with its agreed level, for strengths and points of attention.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    /// The question's number.
    pub number: String,
    /// The statement.
    pub prompt: String,
    /// The theme's title.
    pub theme: String,
    /// The chosen level's label.
    pub label: String,
    /// The chosen level, from 0.
    pub level: usize,
    /// The number of levels of the scale.
    pub levels: usize,
}

/// An action point in the words of the chosen language.
#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    /// What will be done.
    pub what: Vec<String>,
    /// Who does it.
    pub who: String,
    /// By when.
    pub due: String,
    /// The status, in words.
    pub status: String,
    /// The status as a key: open, busy, done or dropped.
    pub status_key: &'static str,
    /// The theme it came from.
    pub theme: String,
}

/// Everything the self-assessment template reads.
#[derive(Debug, Clone, Serialize)]
pub struct SelfAssessment {
    /// `nl` or `en`.
    pub lang: &'static str,
    /// Which document: `short` (summary and adoption line) or `full`.
    pub document: &'static str,
    /// The words of the document.
    pub words: Words,
    /// The cover.
    pub cover: Cover,
    /// The radar chart.
    pub chart: Chart,
    /// The answered position questions.
    pub positions: Vec<PositionView>,
    /// The statements with the highest levels.
    pub strongest: Vec<Statement>,
    /// The statements with the lowest levels.
    pub weakest: Vec<Statement>,
    /// The action plan.
    pub actions: Vec<ActionView>,
    /// The themes with all answers.
    pub themes: Vec<ThemeView>,
    /// Where the board differs, when members scored apart.
    pub consensus: Option<crate::report::consensus::ConsensusView>,
    /// Answers to questions the questionnaire no longer has.
    pub orphans: Vec<OrphanView>,
    /// The letter to the next board, in paragraphs (a shared note).
    pub letter: Vec<String>,
    /// The previous board's action points with what became of them.
    pub outcomes: Vec<crate::report::continuity::OutcomeView>,
    /// Last year beside this year, when the reflection continues another
    /// (see [`crate::report::continuity::mark_history`]).
    pub years: Option<crate::report::continuity::YearsView>,
    /// The closing page on the method, in paragraphs.
    pub method: Vec<String>,
    /// The research cited in the theme introductions.
    pub sources: Vec<SourceView>,
}

/// How many statements the summary lists as strengths and as points of attention.
pub const TOP: usize = 3;
/// Builds the data of the full self-assessment of a reflection, dated
/// `today`, with everything that may print (notes, reasons and dissent,
/// discuss-later marks).
pub fn self_assessment(
    r: &Reflection,
    q: &Questionnaire,
    lang: Lang,
    today: jiff::civil::Date,
) -> SelfAssessment {
    self_assessment_for(
        r,
        q,
        lang,
        today,
        Print {
            document: Document::Full,
            options: PrintOptions::ALL,
        },
    )
}

/// Builds the data of one document of a reflection, dated `today`, with
/// only what `print` lets in.
pub fn self_assessment_for(
    r: &Reflection,
    q: &Questionnaire,
    lang: Lang,
    today: jiff::civil::Date,
    print: Print,
) -> SelfAssessment {
    // only the questions for the network's kind, in its kind's words
    let q = &q.for_kind(r.profile.kind);
    let mut data = everything(r, q, lang, today);
    data.document = print.document.key();
    leave_out(&mut data, print.options);
    if let Some(shared) = &r.shared {
        mark_shared(&mut data, r, &shared.at, lang);
    }
    data
}

/// Says on the cover which session route the board followed, how many of
/// the questionnaire's questions it covered, and which it left out (per
/// theme, with how many); the document itself holds only the route's
/// questions.
pub fn mark_route(
    data: &mut SelfAssessment,
    route: &crate::model::route::Route,
    full: &Questionnaire,
    lang: Lang,
) {
    let words = data.words.clone();
    let word = |k: &str| words.get(k).copied().unwrap_or_default();
    let covered = route.question_count(full);
    data.cover.facts.push(Fact {
        label: word("route").to_owned(),
        value: format!(
            "{} ({covered} {} {} {})",
            route.title.get(lang),
            word("of"),
            full.question_count(),
            word("route_questions")
        ),
    });
    let left = route.left_out(full);
    if !left.is_empty() {
        data.cover.facts.push(Fact {
            label: word("route_left_out").to_owned(),
            value: per_theme(&left, lang),
        });
    }
}

/// Says on the cover which questions of the whole questionnaire `full`
/// are not for the network's kind and so are not in the document (per
/// theme, with how many); nothing when every question is for it.
pub fn mark_kind(
    data: &mut SelfAssessment,
    full: &Questionnaire,
    kind: crate::model::reflection::NetworkKind,
    lang: Lang,
) {
    let left = full.left_out_for_kind(kind);
    if left.is_empty() {
        return;
    }
    let word = |k: &str| data.words.get(k).copied().unwrap_or_default().to_owned();
    data.cover.facts.push(Fact {
        label: word("kind_left_out"),
        value: format!(
            "{} {} ({})",
            left.len(),
            word("route_questions"),
            per_theme(&left, lang)
        ),
    });
}

/// Counts questions per theme, in their order: "Profiel: 1; Waarde: 2".
fn per_theme(
    questions: &[(
        &crate::model::questionnaire::Theme,
        &crate::model::questionnaire::Question,
    )],
    lang: Lang,
) -> String {
    let mut per_theme: Vec<(String, usize)> = Vec::new();
    for (theme, _) in questions {
        let title = theme.title.get(lang).to_owned();
        match per_theme.iter_mut().find(|(t, _)| *t == title) {
            Some((_, n)) => *n += 1,
            None => per_theme.push((title, 1)),
        }
    }
    per_theme
        .iter()
        .map(|(t, n)| format!("{t}: {n}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Marks the document of a shared copy: when it was shared, on the cover,
/// and that the action points were not shared, where they would be (not
/// that there are none).
fn mark_shared(data: &mut SelfAssessment, r: &Reflection, at: &str, lang: Lang) {
    let words = data.words.clone();
    let word = |k: &str| words.get(k).copied().unwrap_or_default();
    let (count, not_shared) = (word("action_count"), word("not_shared"));
    if !r.sharing.actions {
        for f in data.cover.facts.iter_mut().filter(|f| f.label == count) {
            f.value = not_shared.to_owned();
        }
        let none = word("action_not_shared");
        data.words.insert("action_none", none);
    }
    if at.parse::<jiff::Timestamp>().is_ok() {
        let label = word("shared").to_owned();
        let value = crate::lang::long_date_time(at, lang);
        data.cover.facts.push(Fact { label, value });
    }
}

/// Takes out of the data what the options leave out.
fn leave_out(data: &mut SelfAssessment, options: PrintOptions) {
    let discuss_label = data
        .words
        .get("discuss_later_count")
        .copied()
        .unwrap_or_default();
    if !options.discuss_later {
        data.cover.facts.retain(|f| f.label != discuss_label);
    }
    if !options.notes {
        // the letter to the next board is a shared note
        data.letter.clear();
    }
    for theme in &mut data.themes {
        if !options.notes {
            theme.notes.clear();
        }
        for question in &mut theme.questions {
            if !options.reasons {
                question.evidence.clear();
                question.rationale.clear();
                question.dissent.clear();
            }
            if !options.discuss_later {
                question.discuss_later = false;
            }
        }
    }
    if let Some(c) = &mut data.consensus {
        for item in &mut c.items {
            if !options.reasons {
                item.rationale.clear();
                item.dissent.clear();
            }
        }
    }
}

fn everything(
    r: &Reflection,
    q: &Questionnaire,
    lang: Lang,
    today: jiff::civil::Date,
) -> SelfAssessment {
    let words = words(lang);
    let cx = Ctx {
        q,
        lang,
        words: &words,
        shape: Shaper::new(lang),
    };
    let scores = analysis::scores(q, &r.agreed);
    let (strong, weak) = analysis::extremes(&scores.statements, TOP);
    let positions = analysis::positions(q, &r.agreed)
        .into_iter()
        .filter_map(|p| {
            let qu = &q.themes[p.theme].questions[p.index];
            let number = format!("{}.{}", p.theme + 1, p.index + 1);
            answers::position_view(&cx, qu, number, p.now, p.desired)
        })
        .collect();
    SelfAssessment {
        lang: lang.code(),
        document: Document::Full.key(),
        cover: cover(&cx, r, today),
        chart: chart(&cx, &scores),
        positions,
        strongest: strong.iter().map(|s| statement(&cx, s)).collect(),
        weakest: weak.iter().map(|s| statement(&cx, s)).collect(),
        actions: r.actions.iter().map(|a| action(&cx, a)).collect(),
        themes: {
            let mut themes = answers::themes(&cx, r);
            consensus::add_spreads(&cx, r, &mut themes);
            crate::report::poll::add_tallies(&cx, r, &mut themes);
            themes
        },
        consensus: consensus::section(&cx, r),
        orphans: answers::orphans(&cx, r),
        letter: cx.shape.paragraphs(&r.letter),
        outcomes: crate::report::continuity::outcomes(&cx, r),
        years: None,
        method: method(q, lang),
        sources: sources(q, lang),
        words: words.clone(),
    }
}

/// Builds the cover: the network, the questionnaire and how complete.
fn cover(cx: &Ctx, r: &Reflection, today: jiff::civil::Date) -> Cover {
    let (q, lang, shape) = (cx.q, cx.lang, &cx.shape);
    let w = |k: &str| cx.w(k);
    let total = q.question_count();
    let answered = r.answered_count(q);
    let fraction = if total == 0 {
        0.0
    } else {
        answered as f64 / total as f64
    };
    let p = &r.profile;
    let fact = |label: &str, value: String| Fact {
        label: w(label),
        value,
    };
    let mut facts = vec![
        fact("network", shape.line(&p.name, LONGEST_WORD)),
        fact("kind", p.kind.label().get(lang).to_owned()),
        fact("institution", shape.line(&p.institution, LONGEST_WORD)),
        fact("city", shape.line(&p.city, LONGEST_WORD)),
        fact(
            "dimensions",
            shape.line(&p.dimensions.join(", "), LONGEST_WORD),
        ),
        fact("size", p.size.map(|s| s.to_string()).unwrap_or_default()),
        fact("board_year", shape.line(&p.board_year, LONGEST_WORD)),
        fact(
            "questionnaire",
            if q.version.is_empty() {
                q.title.get(lang).to_owned()
            } else {
                format!("{}, {} {}", q.title.get(lang), w("version"), q.version)
            },
        ),
        fact(
            "respondents",
            if r.respondents.is_empty() {
                String::new()
            } else {
                r.respondents.len().to_string()
            },
        ),
        fact("action_count", r.actions.len().to_string()),
        fact("updated", time_stamp(cx, &r.updated)),
        fact("printed", long_date(today, lang)),
    ];
    let discuss = q
        .questions()
        .filter(|(_, qu)| r.agreed.get(&qu.id).is_some_and(|e| e.discuss_later))
        .count();
    if discuss > 0 {
        facts.insert(10, fact("discuss_later_count", discuss.to_string()));
    }
    let skipped = q
        .questions()
        .filter(|(_, qu)| {
            r.agreed
                .get(&qu.id)
                .is_some_and(|e| e.skipped && !e.is_answered())
        })
        .count();
    if skipped > 0 {
        facts.insert(10, fact("skipped_count", skipped.to_string()));
    }
    facts.retain(|f| !f.value.trim().is_empty());
    Cover {
        title: q.title.get(lang).to_owned(),
        network: shape.line(&p.name, LONGEST_WORD_MEDIUM),
        footer: shape.footer(&p.name, &p.board_year),
        board_year: shape.line(&p.board_year, LONGEST_WORD),
        date: long_date(today, lang),
        facts,
        answered,
        total,
        fraction,
        completeness: format!(
            "{answered} {} {total} {} ({}%)",
            w("of"),
            w("answered_of"),
            (fraction * 100.0).round() as i64
        ),
    }
}

/// Shows an RFC 3339 time stamp as local date and time, or as "unreadable
/// value" when it is none.
fn time_stamp(cx: &Ctx, stamp: &str) -> String {
    if stamp.parse::<jiff::Timestamp>().is_ok() {
        crate::lang::long_date_time(stamp, cx.lang)
    } else {
        cx.w("unreadable")
    }
}

/// Builds the radar chart: the average level of the statements per theme.
pub(crate) fn chart(cx: &Ctx, scores: &analysis::Scores) -> Chart {
    let (q, lang) = (cx.q, cx.lang);
    let common = analysis::common_scale(q);
    let rings: Vec<Ring> = match common {
        Some(s) => {
            let n = s.levels.len();
            s.levels
                .iter()
                .enumerate()
                .map(|(i, l)| Ring {
                    at: i as f64 / (n - 1) as f64,
                    label: l.label.get(lang).to_owned(),
                })
                .collect()
        }
        None => (0..=4)
            .map(|i| Ring {
                at: i as f64 / 4.0,
                label: format!("{}%", i * 25),
            })
            .collect(),
    };
    let mut axes = Vec::new();
    let mut excluded = Vec::new();
    for t in &scores.themes {
        let title = q.themes[t.theme].title.get(lang).to_owned();
        if t.statements == 0 {
            excluded.push(title);
            continue;
        }
        let display = average_display(t.value, common, lang);
        let label = if t.is_unanswered() {
            format!("{title} ({})", cx.w("chart_axis_unanswered"))
        } else {
            format!("{title} ({} {} {})", t.answered, cx.w("of"), t.statements)
        };
        axes.push(Axis {
            number: t.theme + 1,
            title,
            label,
            unanswered: t.is_unanswered(),
            sparse: t.is_sparse(),
            value: t.value,
            display,
            answered: t.answered,
            statements: t.statements,
            before: None,
            before_display: String::new(),
        });
    }
    let has_data = axes.iter().any(|a| a.value.is_some());
    Chart {
        axes,
        rings,
        excluded,
        has_data,
        years: Vec::new(),
    }
}

/// Puts a theme's average into words: "2,4 · Grotendeels" on a common
/// scale, a percentage without one, or "–".
pub(crate) fn average_display(
    value: Option<f64>,
    common: Option<&crate::model::questionnaire::Scale>,
    lang: Lang,
) -> String {
    match (value, common) {
        (None, _) => "–".to_owned(),
        (Some(v), Some(s)) => {
            let n = s.levels.len();
            let on_scale = 1.0 + v * (n - 1) as f64;
            let nearest = ((v * (n - 1) as f64).round() as usize).min(n - 1);
            format!(
                "{} · {}",
                decimal(on_scale, lang),
                s.levels[nearest].label.get(lang)
            )
        }
        (Some(v), None) => format!("{}%", (v * 100.0).round() as i64),
    }
}

/// Puts a scored statement into words.
fn statement(cx: &Ctx, s: &analysis::StatementScore) -> Statement {
    let (q, lang) = (cx.q, cx.lang);
    let theme = &q.themes[s.theme];
    let qu = &theme.questions[s.index];
    let label = analysis::statement_scale(q, qu)
        .and_then(|scale| scale.levels.get(s.level.level))
        .map(|l| l.label.get(lang).to_owned())
        .unwrap_or_default();
    Statement {
        number: format!("{}.{}", s.theme + 1, s.index + 1),
        prompt: qu.prompt.get(lang).to_owned(),
        theme: theme.title.get(lang).to_owned(),
        label,
        level: s.level.level,
        levels: s.level.levels,
    }
}

/// Puts an action point into words.
pub(crate) fn action(cx: &Ctx, a: &crate::model::reflection::ActionPoint) -> ActionView {
    ActionView {
        what: cx.shape.paragraphs_within(&a.what, LONGEST_WORD_MEDIUM),
        who: cx.shape.line(&a.who, LONGEST_WORD_NARROW),
        // a date typed as 2027-03-01 prints as people write it
        due: cx.shape.line(
            &crate::lang::long_date(&a.due, cx.lang),
            LONGEST_WORD_NARROW,
        ),
        status: a.status.label().get(cx.lang).to_owned(),
        status_key: match a.status {
            ActionStatus::Open => "open",
            ActionStatus::Busy => "busy",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        },
        theme: a
            .theme
            .as_ref()
            .and_then(|id| cx.q.themes.iter().find(|t| &t.id == id))
            .map(|t| t.title.get(cx.lang).to_owned())
            .unwrap_or_default(),
    }
}
