//! The consensus part of the self-assessment: where the board differs,
//! with a dot strip per statement and the agreed answer beside it, and the
//! spread of each statement on the theme pages.
//!
//! The analysis is [`crate::model::consensus`]; this module only puts it
//! into words. Members appear by label, or as "Lid 1", "Lid 2" when the
//! board did not choose to share labels (see
//! [`crate::model::consensus::member_names`]).

use serde::Serialize;

use crate::model::analysis::statement_scale;
use crate::model::consensus::{
    self, Consensus, DifferenceKind, MemberScore, PositionSpread, StatementSpread,
};
use crate::model::position;
use crate::model::reflection::{Answer, Entry, Reflection, ScaleAnswer};
use crate::report::answers::{Ctx, ThemeView};

/// One row of a dot strip: a level (or "don't know", …) with its members.
#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    /// The level's label, or "Weet niet", "Niet van toepassing", "Geen antwoord".
    pub label: String,
    /// The level, from 0; none for the rows that are no level.
    pub level: Option<usize>,
    /// How many members chose it.
    pub count: usize,
    /// The members who chose it, by name, joined by commas.
    pub names: String,
}

/// A question on which the board differs, with the agreed answer.
#[derive(Debug, Clone, Serialize)]
pub struct DifferenceView {
    /// "2.3".
    pub number: String,
    /// The theme's title.
    pub theme: String,
    /// The question.
    pub prompt: String,
    /// `scale` or `position`.
    pub kind: &'static str,
    /// For a position question its two poles: "Links: … · Rechts: …".
    pub poles: String,
    /// The number of levels (0 for a position question).
    pub levels: usize,
    /// The dot strip: one row per level (highest first), then the rows that
    /// are no level; for a position question one row per member.
    pub rows: Vec<RowView>,
    /// The dot strip in words.
    pub alt: String,
    /// The agreed answer in words, or "not agreed yet".
    pub agreed: String,
    /// How the board reached it, if it did.
    pub decided: String,
    /// Why, in paragraphs.
    pub rationale: Vec<String>,
    /// A dissenting note, in paragraphs.
    pub dissent: Vec<String>,
}

/// The consensus section of the full self-assessment.
#[derive(Debug, Clone, Serialize)]
pub struct ConsensusView {
    /// "3 bestuursleden scoorden eerst elk apart: Lid 1, Lid 2, Lid 3."
    pub scored: String,
    /// The questions on which the board differs, widest spread first.
    pub items: Vec<DifferenceView>,
}

/// The spread of one statement on its theme page.
#[derive(Debug, Clone, Serialize)]
pub struct SpreadView {
    /// The number of levels.
    pub levels: usize,
    /// How many members chose each level, from the lowest up.
    pub counts: Vec<usize>,
    /// The spread in words: "3 leden: Grotendeels, 1: Een beetje".
    pub alt: String,
}

/// Builds the consensus section, or `None` when no member scored apart.
pub(crate) fn section(cx: &Ctx, r: &Reflection) -> Option<ConsensusView> {
    if r.respondents.is_empty() {
        return None;
    }
    let c = consensus::consensus(cx.q, r, cx.lang);
    let n = c.members.len();
    let scored = format!(
        "{n} {}: {}.",
        if n == 1 {
            cx.w("consensus_scored_one")
        } else {
            cx.w("consensus_scored")
        },
        c.members.join(", ")
    );
    let items = consensus::least_consensus(&c)
        .iter()
        .filter_map(|d| match d.kind {
            DifferenceKind::Statement => c
                .statements
                .iter()
                .find(|s| s.id == d.id)
                .map(|s| statement(cx, r, &c, s)),
            DifferenceKind::Position => c
                .positions
                .iter()
                .find(|p| p.id == d.id)
                .map(|p| position_item(cx, r, &c, p)),
        })
        .collect();
    Some(ConsensusView { scored, items })
}

/// Puts the spread of every statement that a member scored beside its
/// agreed answer on the theme pages.
pub(crate) fn add_spreads(cx: &Ctx, r: &Reflection, themes: &mut [ThemeView]) {
    if r.respondents.is_empty() {
        return;
    }
    let c = consensus::consensus(cx.q, r, cx.lang);
    for s in &c.statements {
        // a statement no member scored has no spread to show
        if s.members.iter().all(|m| *m == MemberScore::Unanswered) {
            continue;
        }
        let Some(scale) = statement_scale(cx.q, &cx.q.themes[s.theme].questions[s.index]) else {
            continue;
        };
        if let Some(view) = themes
            .get_mut(s.theme)
            .and_then(|t| t.questions.get_mut(s.index))
        {
            view.spread = Some(SpreadView {
                levels: s.levels,
                counts: s.counts(),
                alt: s.describe(scale, cx.lang),
            });
        }
    }
}

/// Starts the view of a difference: where it is and what it asks.
fn frame(cx: &Ctx, theme: usize, index: usize, kind: &'static str) -> DifferenceView {
    let t = &cx.q.themes[theme];
    let qu = &t.questions[index];
    DifferenceView {
        number: format!("{}.{}", theme + 1, index + 1),
        theme: t.title.get(cx.lang).to_owned(),
        prompt: qu.prompt.get(cx.lang).to_owned(),
        kind,
        poles: String::new(),
        levels: 0,
        rows: Vec::new(),
        alt: String::new(),
        agreed: String::new(),
        decided: String::new(),
        rationale: Vec::new(),
        dissent: Vec::new(),
    }
}

/// Adds the agreed answer's way and reasons.
fn agreed_reasons(cx: &Ctx, view: &mut DifferenceView, entry: Option<&Entry>) {
    if let Some(e) = entry {
        view.decided = e
            .decided
            .map(|d| d.label().get(cx.lang).to_owned())
            .unwrap_or_default();
        view.rationale = cx.shape.paragraphs(&e.rationale);
        view.dissent = cx.shape.paragraphs(&e.dissent);
    }
}

fn statement(cx: &Ctx, r: &Reflection, c: &Consensus, s: &StatementSpread) -> DifferenceView {
    let mut view = frame(cx, s.theme, s.index, "scale");
    let qu = &cx.q.themes[s.theme].questions[s.index];
    let entry = r.agreed.get(&qu.id);
    let Some(scale) = statement_scale(cx.q, qu) else {
        return view;
    };
    view.levels = s.levels;
    let names = |pick: &dyn Fn(&MemberScore) -> bool| -> (usize, String) {
        let who: Vec<&str> = s
            .members
            .iter()
            .zip(&c.members)
            .filter(|(m, _)| pick(m))
            .map(|(_, n)| n.as_str())
            .collect();
        (who.len(), who.join(", "))
    };
    for (l, level) in scale.levels.iter().enumerate().rev() {
        let (count, names) = names(&|m| *m == MemberScore::Level(l));
        view.rows.push(RowView {
            label: level.label.get(cx.lang).to_owned(),
            level: Some(l),
            count,
            names,
        });
    }
    for (score, key) in [
        (MemberScore::DontKnow, "ws_dont_know"),
        (MemberScore::NotApplicable, "ws_not_applicable"),
        (MemberScore::Unanswered, "consensus_no_answer"),
    ] {
        let (count, names) = names(&|m| *m == score);
        if count > 0 {
            view.rows.push(RowView {
                label: cx.w(key),
                level: None,
                count,
                names,
            });
        }
    }
    view.alt = s.describe(scale, cx.lang);
    let answer = entry
        .and_then(|e| e.answer.as_ref())
        .filter(|a| a.is_readable(qu, cx.q));
    view.agreed = match answer {
        Some(Answer::Scale(ScaleAnswer::Level(l))) => scale
            .levels
            .get(usize::from(*l))
            .map(|x| x.label.get(cx.lang).to_owned())
            .unwrap_or_default(),
        Some(Answer::Scale(ScaleAnswer::DontKnow)) => cx.w("ws_dont_know"),
        Some(Answer::Scale(ScaleAnswer::NotApplicable)) => cx.w("ws_not_applicable"),
        _ => cx.w("consensus_not_agreed"),
    };
    agreed_reasons(cx, &mut view, entry);
    view
}

fn position_item(cx: &Ctx, r: &Reflection, c: &Consensus, p: &PositionSpread) -> DifferenceView {
    let mut view = frame(cx, p.theme, p.index, "position");
    let qu = &cx.q.themes[p.theme].questions[p.index];
    let entry = r.agreed.get(&qu.id);
    let words = |v: Option<f64>| match v.and_then(|v| position::nearest_point(v as f32)) {
        Some(i) => position::point_words(i, cx.lang).to_owned(),
        None => position::unset_words(cx.lang).to_owned(),
    };
    let (now, goal) = (cx.w("now"), cx.w("goal"));
    if let crate::model::questionnaire::QuestionKind::Position { left, right } = &qu.kind {
        view.poles = format!(
            "{}: {} · {}: {}",
            cx.w("consensus_left"),
            left.get(cx.lang),
            cx.w("consensus_right"),
            right.get(cx.lang)
        );
    }
    for ((n, g), name) in p.members.iter().zip(&c.members) {
        view.rows.push(RowView {
            label: name.clone(),
            level: None,
            count: 1,
            names: format!("{now}: {} · {goal}: {}", words(*n), words(*g)),
        });
    }
    view.alt = p.describe(cx.lang);
    view.agreed = match crate::model::analysis::position(cx.q, qu, entry) {
        Some((n, g)) => format!("{now}: {} · {goal}: {}", words(n), words(g)),
        None => cx.w("consensus_not_agreed"),
    };
    agreed_reasons(cx, &mut view, entry);
    view
}
