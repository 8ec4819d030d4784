//! The widget each kind of question needs. Each function edits one entry
//! and returns whether it changed.

use egui::Stroke;

use crate::app::widgets::position::position_beside_ui;
use crate::app::widgets::text::{growing_ui, hint_ui};
use crate::app::widgets::tile::{tile_ui, tile_width};
use crate::app::widgets::{LINE_CHARS, TEXT_CHARS};
use crate::app::{style, t};
use crate::lang::Lang;
use crate::model::questionnaire::{Choice, Question, QuestionKind, Questionnaire, Scale};
use crate::model::reflection::{Answer, Entry, OTHER, ScaleAnswer, Unreadable};

/// Draws a question's answer widget and its flags; returns whether the entry changed.
pub fn question_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    questionnaire: &Questionnaire,
    question: &Question,
    prompt_id: egui::Id,
    entry: &mut Entry,
) -> bool {
    question_beside_ui(ui, lang, questionnaire, question, prompt_id, entry, None)
}

/// Draws a question's answer widget and its flags like [`question_ui`],
/// with last year's answer (`before`) where the widget shows it: a
/// position's old markers, faded behind the new ones.
pub fn question_beside_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    questionnaire: &Questionnaire,
    question: &Question,
    prompt_id: egui::Id,
    entry: &mut Entry,
    before: Option<&Entry>,
) -> bool {
    let mut changed = false;
    ui.push_id(&question.id, |ui| {
        // the flags keep to the card's width, whatever an answer widget takes
        let width = ui.available_width();
        let skipped = entry.skipped;
        changed |= ui
            .scope(|ui| {
                if skipped {
                    // skipped on purpose: the answer widgets fade, and stay usable
                    ui.multiply_opacity(0.45);
                }
                let unreadable = entry
                    .answer
                    .as_ref()
                    .and_then(|a| a.check(question, questionnaire).err());
                if let Some(problem) = unreadable {
                    // never shown as something else: the value stays in the
                    // file until the user clears it
                    return unreadable_ui(ui, lang, &problem, entry);
                }
                match &question.kind {
                    QuestionKind::Open { hint } => open_ui(ui, hint.get(lang), prompt_id, entry),
                    // with the statement's own level descriptions, if any
                    QuestionKind::Scale { .. } => match questionnaire.scale_of(question) {
                        Some(s) => scale_ui(ui, lang, &s, entry),
                        None => false,
                    },
                    QuestionKind::Single { options, other } => {
                        single_ui(ui, lang, options, *other, entry)
                    }
                    QuestionKind::Multiple { options, other } => {
                        multiple_ui(ui, lang, options, *other, entry)
                    }
                    QuestionKind::Position { left, right } => {
                        let old = before
                            .and_then(|e| e.answer.as_ref())
                            .filter(|a| a.is_readable(question, questionnaire))
                            .and_then(|a| match a {
                                Answer::Position { now, desired } => Some((*now, *desired)),
                                _ => None,
                            });
                        position_beside_ui(ui, lang, left.get(lang), right.get(lang), entry, old)
                    }
                }
            })
            .inner;
        ui.add_space(2.0);
        changed |= ui
            .scope(|ui| {
                ui.set_max_width(width);
                flags_ui(ui, lang, question, entry)
            })
            .inner;
    });
    changed
}

/// Draws a question's flags ("discuss later", "skip", which never both
/// hold) and, when there is an answer, the button that clears it; returns
/// whether the entry changed.
fn flags_ui(ui: &mut egui::Ui, lang: Lang, question: &Question, entry: &mut Entry) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        let mut later = entry.discuss_later;
        if ui
            .checkbox(&mut later, t(lang, "Later bespreken", "Discuss later"))
            .on_hover_text(t(
                lang,
                "Markeer deze vraag om er later als bestuur op terug te komen",
                "Mark this question to come back to it later as a board",
            ))
            .changed()
        {
            entry.set_discuss_later(later);
            changed = true;
        }
        let mut skipped = entry.skipped;
        if ui
            .checkbox(&mut skipped, t(lang, "Overslaan", "Skip"))
            .on_hover_text(t(
                lang,
                "Deze vraag bewust niet beantwoorden; ze telt dan mee in de voortgang",
                "Deliberately leave this question unanswered; it then counts towards the progress",
            ))
            .changed()
        {
            entry.set_skipped(skipped);
            changed = true;
        }
        // an open answer is cleared by deleting its text, a position by
        // its markers' own "wissen"; an unreadable one has its own button
        let clearable = !matches!(
            question.kind,
            QuestionKind::Open { .. } | QuestionKind::Position { .. }
        ) && entry.answer.as_ref().is_some_and(|a| !a.is_empty());
        if clearable {
            ui.add_space(12.0);
            if ui
                .small_button(t(lang, "Antwoord wissen", "Clear answer"))
                .on_hover_text(t(
                    lang,
                    "Haalt het gekozen antwoord van deze vraag weg",
                    "Removes the chosen answer of this question",
                ))
                .clicked()
            {
                entry.answer = None;
                changed = true;
            }
        }
    });
    changed
}

/// Draws the marker of an answer that cannot be shown (see
/// [`crate::model::reflection::Answer::check`]): what is wrong, and a
/// button that clears it; returns whether it was cleared.
fn unreadable_ui(ui: &mut egui::Ui, lang: Lang, problem: &Unreadable, entry: &mut Entry) -> bool {
    let mut cleared = false;
    egui::Frame::group(ui.style())
        .stroke(Stroke::new(1.5, style::error_colour(ui)))
        .show(ui, |ui| {
            ui.label(
                style::bold(t(lang, "⚠ Onleesbare waarde", "⚠ Unreadable value"))
                    .color(style::error_colour(ui)),
            );
            ui.add(
                egui::Label::new(format!(
                    "{}: {}",
                    t(
                        lang,
                        "Het bestand bevat hier een antwoord dat dit programma niet kan tonen",
                        "The file holds an answer here that this program cannot show",
                    ),
                    problem.describe().get(lang)
                ))
                .wrap(),
            );
            if ui
                .button(t(
                    lang,
                    "Wissen en opnieuw antwoorden",
                    "Clear and answer again",
                ))
                .clicked()
            {
                entry.answer = None;
                cleared = true;
            }
        });
    cleared
}

fn open_ui(ui: &mut egui::Ui, hint: &str, prompt_id: egui::Id, entry: &mut Entry) -> bool {
    let mut text = match &entry.answer {
        Some(Answer::Open(s)) => s.clone(),
        _ => String::new(),
    };
    // the guiding question stays above the field while typing
    if !hint.is_empty() {
        hint_ui(ui, hint);
    }
    if growing_ui(ui, &mut text, 3, TEXT_CHARS, prompt_id).changed() {
        entry.answer = if text.is_empty() {
            None
        } else {
            Some(Answer::Open(text))
        };
        return true;
    }
    false
}

fn scale_ui(ui: &mut egui::Ui, lang: Lang, scale: &Scale, entry: &mut Entry) -> bool {
    let current = match &entry.answer {
        Some(Answer::Scale(s)) => Some(*s),
        _ => None,
    };
    let mut picked: Option<ScaleAnswer> = None;
    let labels: Vec<&str> = scale.levels.iter().map(|l| l.label.get(lang)).collect();
    let spacing = ui.spacing().item_spacing.x;
    let avail = ui.available_width();
    let narrowest = tile_width(ui, &labels).min(avail);
    let n = labels.len().max(1);
    // as many tiles on a row as fit, all as wide; they wrap, never cut off
    let per_row = (((avail + spacing) / (narrowest + spacing)).floor() as usize).clamp(1, n);
    // rows as even as can be: 2 + 2 rather than 3 + 1
    let rows = n.div_ceil(per_row);
    let per_row = n.div_ceil(rows);
    // one row: tiles of at most 240 points; more rows: they fill the width
    let widest = if rows == 1 { 240.0 } else { f32::INFINITY };
    let width = ((avail - spacing * (per_row as f32 - 1.0)) / per_row as f32 - 0.5)
        .clamp(narrowest, widest.max(narrowest));
    let mut shown: Option<usize> = None;
    // rows laid out here: a wrapping layout cannot know a tile's size
    // before it is drawn, and would let the last one run off the page
    for (row, chunk) in labels.chunks(per_row).enumerate() {
        ui.horizontal(|ui| {
            for (j, label) in chunk.iter().enumerate() {
                let i = row * per_row + j;
                let value = ScaleAnswer::Level(i as u8);
                let r = tile_ui(ui, i, label, current == Some(value), width);
                if r.clicked() {
                    picked = Some(value);
                }
                if r.hovered() || r.has_focus() {
                    shown = Some(i);
                }
            }
        });
    }
    // the description of the level under the pointer or the focus, else of
    // the chosen one: readable where the choice is made, one line at a time
    let shown = shown.or(match current {
        Some(ScaleAnswer::Level(l)) => Some(usize::from(l)),
        _ => None,
    });
    // its room is kept for the longest description, shown or not: the
    // controls below do not jump when the pointer passes over a tile or a
    // tile is chosen, so a second click lands where it was aimed
    let words: Vec<egui::RichText> = scale
        .levels
        .iter()
        .map(|level| {
            egui::RichText::new(format!(
                "{}: {}",
                level.label.get(lang),
                level.description.get(lang)
            ))
            .color(style::muted(ui))
        })
        .collect();
    let room = words
        .iter()
        .map(|w| {
            egui::WidgetText::from(w.clone())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Wrap),
                    avail,
                    egui::TextStyle::Body,
                )
                .size()
                .y
        })
        .fold(0.0, f32::max);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(avail, room), egui::Sense::hover());
    if let Some(w) = shown.and_then(|i| words.get(i)) {
        let mut place = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(rect)
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        place.add(egui::Label::new(w.clone()).wrap());
    }
    ui.horizontal_wrapped(|ui| {
        if scale.dont_know {
            let v = ScaleAnswer::DontKnow;
            if ui
                .radio(current == Some(v), t(lang, "Weet niet", "Don't know"))
                .clicked()
            {
                picked = Some(v);
            }
        }
        if scale.not_applicable {
            let v = ScaleAnswer::NotApplicable;
            if ui
                .radio(
                    current == Some(v),
                    t(lang, "Niet van toepassing", "Not applicable"),
                )
                .clicked()
            {
                picked = Some(v);
            }
        }
    });
    // choosing the chosen option again keeps it: only "Antwoord wissen" clears
    match picked {
        Some(p) if current != Some(p) => {
            entry.answer = Some(Answer::Scale(p));
            true
        }
        _ => false,
    }
}

/// Draws the legend of a scale: each level's name and description, once
/// per theme, above its statements.
pub fn scale_legend_ui(ui: &mut egui::Ui, lang: Lang, scale: &Scale) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(style::bold(t(
            lang,
            "Zo lezen jullie de niveaus bij de stellingen",
            "How to read the levels of the statements",
        )));
        let body = egui::TextStyle::Body.resolve(ui.style());
        let bold = egui::FontId::new(body.size, egui::FontFamily::Name(style::BOLD.into()));
        let strong = ui.visuals().strong_text_color();
        let plain = ui.visuals().text_color();
        for level in &scale.levels {
            let mut job = egui::text::LayoutJob::default();
            job.append(
                &format!("{}: ", level.label.get(lang)),
                0.0,
                egui::TextFormat::simple(bold.clone(), strong),
            );
            job.append(
                level.description.get(lang),
                0.0,
                egui::TextFormat::simple(body.clone(), plain),
            );
            ui.add(egui::Label::new(job).wrap());
        }
    });
}

/// Draws the field after "other, namely": several lines that grow, under
/// its option, labelled by it.
fn other_field(ui: &mut egui::Ui, text: &mut String, label: egui::Id) -> bool {
    ui.indent("other", |ui| {
        growing_ui(ui, text, 1, LINE_CHARS * 4, label).changed()
    })
    .inner
}

fn single_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    options: &[Choice],
    other: bool,
    entry: &mut Entry,
) -> bool {
    let (mut choice, mut other_text) = match &entry.answer {
        Some(Answer::Single { choice, other }) => (choice.clone(), other.clone()),
        _ => (String::new(), String::new()),
    };
    let mut changed = false;
    for o in options {
        // choosing the chosen option again keeps it
        if ui.radio(choice == o.id, o.label.get(lang)).clicked() && choice != o.id {
            choice = o.id.clone();
            changed = true;
        }
    }
    if other {
        let radio = ui.radio(
            choice == OTHER,
            t(lang, "Anders, namelijk:", "Other, namely:"),
        );
        if radio.clicked() && choice != OTHER {
            choice = OTHER.to_owned();
            changed = true;
        }
        if other_field(ui, &mut other_text, radio.id) {
            // typing after "other" chooses it
            choice = OTHER.to_owned();
            changed = true;
        }
    }
    if changed {
        entry.answer = if choice.is_empty() && other_text.is_empty() {
            None
        } else {
            Some(Answer::Single {
                choice,
                other: other_text,
            })
        };
    }
    changed
}

fn multiple_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    options: &[Choice],
    other: bool,
    entry: &mut Entry,
) -> bool {
    let (mut choices, mut other_text) = match &entry.answer {
        Some(Answer::Multiple { choices, other }) => (choices.clone(), other.clone()),
        _ => (Vec::new(), String::new()),
    };
    let mut changed = false;
    let toggle = |choices: &mut Vec<String>, id: &str, on: bool| {
        if on && !choices.iter().any(|c| c == id) {
            choices.push(id.to_owned());
        } else if !on {
            choices.retain(|c| c != id);
        }
    };
    for o in options {
        let mut on = choices.contains(&o.id);
        if ui.checkbox(&mut on, o.label.get(lang)).changed() {
            toggle(&mut choices, &o.id, on);
            changed = true;
        }
    }
    if other {
        let mut on = choices.iter().any(|c| c == OTHER);
        let check = ui.checkbox(&mut on, t(lang, "Anders, namelijk:", "Other, namely:"));
        if check.changed() {
            toggle(&mut choices, OTHER, on);
            changed = true;
        }
        if other_field(ui, &mut other_text, check.id) {
            toggle(&mut choices, OTHER, !other_text.is_empty());
            changed = true;
        }
    }
    if changed {
        // keep the questionnaire's order
        let order = |id: &String| {
            options
                .iter()
                .position(|o| &o.id == id)
                .unwrap_or(usize::MAX)
        };
        choices.sort_by_key(order);
        entry.answer = if choices.is_empty() && other_text.is_empty() {
            None
        } else {
            Some(Answer::Multiple {
                choices,
                other: other_text,
            })
        };
    }
    changed
}
