//! The reveal: once the board has scored alone, the members' answers are
//! shown beside the board's agreed answer, per theme, with how the board
//! decided.

use crate::app::Command;
use crate::app::session::Session;
use crate::app::style;
use crate::app::widgets::dots::{self, Mark, Strip};
use crate::lang::Lang;
use crate::model::consensus::{Consensus, MemberScore};
use crate::model::position::{self, Marker};
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::reflection::{Decision, Entry, MemberSharing, OTHER};

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
    let mut names = session.reflection.sharing.members == MemberSharing::ByLabel;
    if ui
        .checkbox(
            &mut names,
            t(
                lang,
                "Laten zien wie wat antwoordde",
                "Show who answered what",
            ),
        )
        .changed()
    {
        commands.push(Command::ShowMemberLabels(names));
    }
    ui.add(
        egui::Label::new(
            egui::RichText::new(t(
                lang,
                "Met de rol of initialen van elk lid, ook in de zelfevaluatie. Uit: “Lid 1”, “Lid 2”, …",
                "With each member's role or initials, also in the self-assessment. Off: “Member 1”, “Member 2”, …",
            ))
            .small()
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    ui.add_space(8.0);
}

/// Draws what the members answered to one question (`names`: with each
/// member's label beside their mark), and how the board decided its
/// answer; returns whether the entry changed.
pub fn spread_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    c: &Consensus,
    question: &Question,
    names: bool,
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
            shown = members_ui(ui, lang, q, c, question, names);
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
    names: bool,
) -> bool {
    let id = question.id.as_str();
    match &question.kind {
        QuestionKind::Scale { scale, .. } => {
            let (Some(s), Some(scale)) = (c.statements.iter().find(|s| s.id == id), q.scale(scale))
            else {
                return false;
            };
            let alt = s.describe(scale, lang);
            let strip = Strip {
                places: scale.levels.iter().map(|l| l.label.get(lang)).collect(),
                track: false,
                members: s
                    .members
                    .iter()
                    .zip(&c.members)
                    .map(|(score, name)| {
                        let place = match score {
                            MemberScore::Level(l) => Some(*l),
                            _ => None,
                        };
                        (place, name.as_str())
                    })
                    .collect(),
                names,
                mark: Mark::Dot,
                colour: ui.visuals().text_color(),
                alt: &alt,
            };
            let width = ui.available_width().min(if names { 680.0 } else { 520.0 });
            dots::strip_ui(ui, &strip, width);
            ui.add(egui::Label::new(egui::RichText::new(&alt).small()).wrap());
            if names {
                off_strip_ui(ui, lang, &s.members, &c.members);
            }
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
            let places: Vec<&str> = (0..position::POINTS)
                .map(|i| position::point_words(i, lang))
                .collect();
            let width = ui.available_width();
            for (marker, goal) in [(Marker::Now, false), (Marker::Goal, true)] {
                let colour = style::marker_colour(ui.visuals(), marker);
                ui.label(
                    style::bold(format!("{} {}", marker.symbol(), marker.name(lang))).color(colour),
                );
                let alt = p.describe_marker(goal, lang);
                let strip = Strip {
                    places: places.clone(),
                    track: true,
                    members: p
                        .members
                        .iter()
                        .zip(&c.members)
                        .map(|((n, g), name)| {
                            let v = if goal { *g } else { *n };
                            (
                                v.and_then(|v| position::nearest_point(v as f32)),
                                name.as_str(),
                            )
                        })
                        .collect(),
                    names,
                    mark: if goal { Mark::Diamond } else { Mark::Dot },
                    colour,
                    alt: &alt,
                };
                dots::strip_ui(ui, &strip, width);
                ui.add(egui::Label::new(egui::RichText::new(&alt).small()).wrap());
            }
            true
        }
        QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } => {
            let Some(ch) = c.choices.iter().find(|x| x.id == id) else {
                return false;
            };
            // one line per option, how many first: easy to scan, and
            // an option's label may hold commas of its own
            let all = c.members.len();
            for (oid, n) in &ch.counts {
                let label = if oid == OTHER {
                    t(lang, "Anders", "Other").to_owned()
                } else {
                    options
                        .iter()
                        .find(|o| &o.id == oid)
                        .map_or_else(|| oid.clone(), |o| o.label.get(lang).to_owned())
                };
                let count = match lang {
                    Lang::Nl => format!("{n} van {all}"),
                    Lang::En => format!("{n} of {all}"),
                };
                let line = egui::RichText::new(format!("{count} — {label}"));
                ui.add(
                    egui::Label::new(if *n == 0 {
                        line.color(style::muted(ui))
                    } else {
                        line
                    })
                    .wrap(),
                );
            }
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
            // side by side where two columns fit, else one under another
            let columns = if ui.available_width() >= 600.0 { 2 } else { 1 };
            let rows: Vec<&[(String, String)]> = o.texts.chunks(columns).collect();
            for row in rows {
                ui.columns(columns, |cols| {
                    for ((name, text), col) in row.iter().zip(cols.iter_mut()) {
                        // one text, the name in bold: a screen reader reads
                        // the name with the answer
                        let mut job = egui::text::LayoutJob::default();
                        let st = col.style().clone();
                        for part in [style::bold(format!("{name}: ")), egui::RichText::new(text)] {
                            part.append_to(
                                &mut job,
                                &st,
                                egui::FontSelection::Default,
                                egui::Align::Min,
                            );
                        }
                        // a column justifies its texts; these read better ragged
                        col.with_layout(egui::Layout::top_down(egui::Align::Min), |col| {
                            col.add(egui::Label::new(job).wrap());
                        });
                    }
                });
                ui.add_space(4.0);
            }
            true
        }
    }
}

/// Says who is not on a dot strip, when the members are shown by label:
/// "Weet het niet: Şule · Niet van toepassing: JdV".
fn off_strip_ui(ui: &mut egui::Ui, lang: Lang, scores: &[MemberScore], names: &[String]) {
    let parts: Vec<String> = [
        (
            MemberScore::DontKnow,
            t(lang, "Weet het niet", "Does not know"),
        ),
        (
            MemberScore::NotApplicable,
            t(lang, "Niet van toepassing", "Not applicable"),
        ),
        (
            MemberScore::Unanswered,
            t(lang, "Geen antwoord", "No answer"),
        ),
    ]
    .into_iter()
    .filter_map(|(score, words)| {
        let who: Vec<&str> = scores
            .iter()
            .zip(names)
            .filter(|(s, _)| **s == score)
            .map(|(_, n)| n.as_str())
            .collect();
        (!who.is_empty()).then(|| format!("{words}: {}", who.join(", ")))
    })
    .collect();
    if !parts.is_empty() {
        ui.add(egui::Label::new(egui::RichText::new(parts.join(" · ")).small()).wrap());
    }
}

/// Returns whether any member answered this question (members score
/// choice and open questions only when their files were imported; a
/// member may leave a statement or position open).
fn has_answers(c: &Consensus, id: &str) -> bool {
    c.statements
        .iter()
        .any(|s| s.id == id && s.members.iter().any(|m| *m != MemberScore::Unanswered))
        || c.positions
            .iter()
            .any(|p| p.id == id && p.members.iter().any(|(n, g)| n.is_some() || g.is_some()))
        || c.choices
            .iter()
            .any(|x| x.id == id && x.counts.iter().any(|(_, n)| *n > 0))
        || c.open.iter().any(|x| x.id == id && !x.texts.is_empty())
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
