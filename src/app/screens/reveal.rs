//! The reveal: once the board has scored alone, the members' answers are
//! shown beside the board's agreed answer, per theme, with how the board
//! decided.

use crate::app::Command;
use crate::app::session::Session;
use crate::app::style;
use crate::lang::Lang;
use crate::model::consensus::{Consensus, MemberScore};
use crate::model::position;
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::reflection::{Decision, Entry, OTHER};

fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    lang.pick(nl, en)
}

/// Draws the button that shows (or hides) the members' answers on this
/// theme, when the board has members and scores together.
pub fn reveal_button_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &Session,
    commands: &mut Vec<Command>,
) {
    if session.reflection.respondents.is_empty()
        || session.respondent.is_some()
        || session.members.passing
    {
        return;
    }
    let shown = session.revealed.contains(&session.theme);
    let text = if shown {
        t(
            lang,
            "Antwoorden van de leden verbergen",
            "Hide the members' answers",
        )
    } else {
        t(lang, "Onthullen", "Reveal")
    };
    ui.horizontal_wrapped(|ui| {
        if ui.button(style::bold(text)).clicked() {
            commands.push(Command::Reveal(!shown));
        }
        if !shown {
            ui.label(
                egui::RichText::new(t(
                    lang,
                    "Laat zien wat elk lid bij de vragen van dit thema antwoordde.",
                    "Shows what each member answered to this theme's questions.",
                ))
                .color(style::muted(ui)),
            );
        }
    });
    ui.add_space(8.0);
}

/// Draws what the members answered to one question, and how the board
/// decided its answer; returns whether the entry changed.
pub fn spread_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    c: &Consensus,
    question: &Question,
    entry: &mut Entry,
) -> bool {
    if !has_answers(c, &question.id) {
        return false;
    }
    let mut shown = false;
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(egui::Margin::same(8))
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(style::bold(t(
                lang,
                "Wat de leden antwoordden",
                "What the members answered",
            )));
            shown = members_ui(ui, lang, q, c, question);
        });
    if !shown {
        return false;
    }
    ui.add_space(4.0);
    decided_ui(ui, lang, entry)
}

fn members_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    c: &Consensus,
    question: &Question,
) -> bool {
    let id = question.id.as_str();
    match &question.kind {
        QuestionKind::Scale { scale } => {
            let (Some(s), Some(scale)) = (c.statements.iter().find(|s| s.id == id), q.scale(scale))
            else {
                return false;
            };
            let alt = s.describe(scale, lang);
            dot_strip_ui(
                ui,
                scale.levels.iter().map(|l| l.label.get(lang)).collect(),
                &s.members,
                &c.members,
                &alt,
            );
            ui.label(egui::RichText::new(&alt).small());
            let level = |x: usize| {
                scale
                    .levels
                    .get(x)
                    .map_or_else(|| (x + 1).to_string(), |l| l.label.get(lang).to_owned())
            };
            if let (Some(m), Some((lo, hi))) = (s.median(), s.range()) {
                let median = if m.fract() == 0.0 {
                    level(m as usize)
                } else {
                    format!(
                        "{} {} {} {}",
                        t(lang, "tussen", "between"),
                        level(m.floor() as usize),
                        t(lang, "en", "and"),
                        level(m.ceil() as usize)
                    )
                };
                let range = if lo == hi {
                    t(lang, "één niveau", "one level").to_owned()
                } else {
                    format!(
                        "{} {} {} {}",
                        t(lang, "van", "from"),
                        level(lo),
                        t(lang, "tot", "to"),
                        level(hi)
                    )
                };
                ui.label(
                    egui::RichText::new(format!(
                        "{}: {median} · {}: {range}",
                        t(lang, "Mediaan", "Median"),
                        t(lang, "Spreiding", "Range")
                    ))
                    .small()
                    .color(style::muted(ui)),
                );
            }
            true
        }
        QuestionKind::Position { .. } => {
            let Some(p) = c.positions.iter().find(|p| p.id == id) else {
                return false;
            };
            let words = |v: Option<f64>| match v.and_then(|v| position::nearest_point(v as f32)) {
                Some(i) => position::point_words(i, lang).to_owned(),
                None => position::unset_words(lang).to_owned(),
            };
            for ((n, g), name) in p.members.iter().zip(&c.members) {
                ui.label(format!(
                    "{name} — {}: {} · {}: {}",
                    t(lang, "Nu", "Now"),
                    words(*n),
                    t(lang, "Doel", "Goal"),
                    words(*g)
                ));
            }
            true
        }
        QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } => {
            let Some(ch) = c.choices.iter().find(|x| x.id == id) else {
                return false;
            };
            let parts: Vec<String> = ch
                .counts
                .iter()
                .map(|(oid, n)| {
                    let label = if oid == OTHER {
                        t(lang, "Anders", "Other").to_owned()
                    } else {
                        options
                            .iter()
                            .find(|o| &o.id == oid)
                            .map_or_else(|| oid.clone(), |o| o.label.get(lang).to_owned())
                    };
                    format!("{label}: {n}")
                })
                .collect();
            ui.add(egui::Label::new(parts.join(" · ")).wrap());
            true
        }
        QuestionKind::Open { .. } => {
            let Some(o) = c.open.iter().find(|x| x.id == id) else {
                return false;
            };
            if o.texts.is_empty() {
                ui.label(
                    egui::RichText::new(t(
                        lang,
                        "Geen lid schreef iets.",
                        "No member wrote anything.",
                    ))
                    .color(style::muted(ui)),
                );
            }
            for (name, text) in &o.texts {
                ui.add(egui::Label::new(format!("{name}: {text}")).wrap());
            }
            true
        }
    }
}

/// Returns whether any member answered this question (members score
/// choice and open questions only when their files were imported).
fn has_answers(c: &Consensus, id: &str) -> bool {
    c.statements.iter().any(|s| s.id == id)
        || c.positions.iter().any(|p| p.id == id)
        || c.choices
            .iter()
            .any(|x| x.id == id && x.counts.iter().any(|(_, n)| *n > 0))
        || c.open.iter().any(|x| x.id == id && !x.texts.is_empty())
}

/// Draws one dot per member on the scale's levels (members without a level
/// are left out; the text alternative names them).
fn dot_strip_ui(
    ui: &mut egui::Ui,
    levels: Vec<&str>,
    scores: &[MemberScore],
    names: &[String],
    alt: &str,
) {
    let n = levels.len().max(1);
    let counts: Vec<usize> = (0..n)
        .map(|l| {
            scores
                .iter()
                .filter(|s| **s == MemberScore::Level(l))
                .count()
        })
        .collect();
    let rows = counts.iter().copied().max().unwrap_or(0).max(1);
    let dot = 5.0;
    let width = ui.available_width().min(520.0);
    let height = rows as f32 * (dot * 2.0 + 3.0) + 22.0;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let alt = alt.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter_at(rect);
    let colour = ui.visuals().text_color();
    let line = ui.visuals().widgets.noninteractive.bg_stroke;
    let step = width / n as f32;
    let base = rect.bottom() - 18.0;
    painter.line_segment(
        [
            egui::pos2(rect.left(), base),
            egui::pos2(rect.right(), base),
        ],
        line,
    );
    let mut hover: Vec<(egui::Rect, String)> = Vec::new();
    for (l, label) in levels.iter().enumerate() {
        let x = rect.left() + step * (l as f32 + 0.5);
        painter.text(
            egui::pos2(x, base + 2.0),
            egui::Align2::CENTER_TOP,
            *label,
            egui::FontId::proportional(11.0),
            colour,
        );
        let mut k = 0;
        for (m, s) in scores.iter().enumerate() {
            if *s == MemberScore::Level(l) {
                let centre = egui::pos2(x, base - dot - 2.0 - k as f32 * (dot * 2.0 + 3.0));
                painter.circle_filled(centre, dot, colour);
                hover.push((
                    egui::Rect::from_center_size(centre, egui::vec2(dot * 2.0, dot * 2.0)),
                    names.get(m).cloned().unwrap_or_default(),
                ));
                k += 1;
            }
        }
    }
    if let Some(pos) = response.hover_pos()
        && let Some((_, name)) = hover.iter().find(|(r, _)| r.expand(2.0).contains(pos))
    {
        response.on_hover_text_at_pointer(name.clone());
    }
}

/// Draws how the board decided its answer: three radio buttons.
fn decided_ui(ui: &mut egui::Ui, lang: Lang, entry: &mut Entry) -> bool {
    let mut changed = false;
    let name = t(lang, "Hoe besloten", "How decided");
    ui.label(name);
    let group = egui::UiBuilder::new()
        .layout(egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true))
        .accessibility_role(egui::accesskit::Role::RadioGroup)
        .accessibility_label(name);
    ui.scope_builder(group, |ui| {
        for d in Decision::ALL {
            let r = ui.radio(entry.decided == Some(d), d.label().get(lang));
            if r.clicked() && entry.decided != Some(d) {
                entry.decided = Some(d);
                changed = true;
            }
        }
    });
    changed
}

/// Shows (`on`) or hides the members' answers on the theme on screen.
pub(crate) fn reveal(session: &mut Option<Session>, on: bool) {
    if let Some(s) = session {
        if on {
            s.revealed.insert(s.theme);
        } else {
            s.revealed.remove(&s.theme);
        }
    }
}
