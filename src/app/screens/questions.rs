//! The widget each kind of question needs. Each function edits one entry
//! and returns whether it changed.

use egui::Stroke;

use crate::app::widgets::position::position_ui;
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
    let mut changed = false;
    ui.push_id(&question.id, |ui| {
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
                    QuestionKind::Open { hint } => {
                        open_ui(ui, lang, hint.get(lang), prompt_id, entry)
                    }
                    QuestionKind::Scale { scale } => match questionnaire.scale(scale) {
                        Some(s) => scale_ui(ui, lang, s, entry),
                        None => false,
                    },
                    QuestionKind::Single { options, other } => {
                        single_ui(ui, lang, options, *other, entry)
                    }
                    QuestionKind::Multiple { options, other } => {
                        multiple_ui(ui, lang, options, *other, entry)
                    }
                    QuestionKind::Position { left, right } => {
                        position_ui(ui, lang, left.get(lang), right.get(lang), entry)
                    }
                }
            })
            .inner;
        ui.add_space(2.0);
        ui.horizontal_wrapped(|ui| {
            changed |= ui
                .checkbox(
                    &mut entry.discuss_later,
                    t(lang, "Later bespreken", "Discuss later"),
                )
                .on_hover_text(t(
                    lang,
                    "Markeer deze vraag om er later als bestuur op terug te komen",
                    "Mark this question to come back to it later as a board",
                ))
                .changed();
            changed |= ui
                .checkbox(&mut entry.skipped, t(lang, "Overslaan", "Skip"))
                .on_hover_text(t(
                    lang,
                    "Deze vraag bewust niet beantwoorden",
                    "Deliberately leave this question unanswered",
                ))
                .changed();
        });
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

fn open_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    hint: &str,
    prompt_id: egui::Id,
    entry: &mut Entry,
) -> bool {
    let mut text = match &entry.answer {
        Some(Answer::Open(s)) => s.clone(),
        _ => String::new(),
    };
    let hint = if hint.is_empty() {
        t(
            lang,
            "Schrijf hier jullie antwoord…",
            "Write your answer here…",
        )
    } else {
        hint
    };
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .char_limit(TEXT_CHARS)
                .hint_text(hint)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(prompt_id);
    if r.changed() {
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
    let mut picked: Option<Option<ScaleAnswer>> = None;
    let n = scale.levels.len().max(1) as f32;
    let spacing = ui.spacing().item_spacing.x;
    let card_w = ((ui.available_width() - spacing * (n - 1.0)) / n).clamp(110.0, 220.0);
    ui.horizontal_wrapped(|ui| {
        for (i, level) in scale.levels.iter().enumerate() {
            let value = ScaleAnswer::Level(i as u8);
            let selected = current == Some(value);
            let frame = egui::Frame::group(ui.style())
                .fill(if selected {
                    ui.visuals().selection.bg_fill
                } else {
                    ui.visuals().extreme_bg_color
                })
                .stroke(Stroke::new(
                    if selected { 2.0 } else { 1.0 },
                    if selected {
                        style::accent(ui)
                    } else {
                        ui.visuals().widgets.noninteractive.bg_stroke.color
                    },
                ));
            frame.show(ui, |ui| {
                ui.set_width(card_w - 14.0);
                ui.vertical(|ui| {
                    if ui.radio(selected, level.label.get(lang)).clicked() {
                        picked = Some(if selected { None } else { Some(value) });
                    }
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(level.description.get(lang))
                                .small()
                                .color(style::muted(ui)),
                        )
                        .wrap(),
                    );
                });
            });
        }
    });
    ui.horizontal_wrapped(|ui| {
        if scale.dont_know {
            let v = ScaleAnswer::DontKnow;
            if ui
                .radio(current == Some(v), t(lang, "Weet niet", "Don't know"))
                .clicked()
            {
                picked = Some(if current == Some(v) { None } else { Some(v) });
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
                picked = Some(if current == Some(v) { None } else { Some(v) });
            }
        }
    });
    match picked {
        Some(p) => {
            entry.answer = p.map(Answer::Scale);
            true
        }
        None => false,
    }
}

fn other_field(ui: &mut egui::Ui, text: &mut String, label: egui::Id) -> bool {
    ui.add(
        egui::TextEdit::singleline(text)
            .char_limit(LINE_CHARS)
            .desired_width(320.0),
    )
    .labelled_by(label)
    .changed()
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
        if ui.radio(choice == o.id, o.label.get(lang)).clicked() {
            choice = if choice == o.id {
                String::new()
            } else {
                o.id.clone()
            };
            changed = true;
        }
    }
    if other {
        ui.horizontal(|ui| {
            let radio = ui.radio(
                choice == OTHER,
                t(lang, "Anders, namelijk:", "Other, namely:"),
            );
            if radio.clicked() {
                choice = if choice == OTHER {
                    String::new()
                } else {
                    OTHER.to_owned()
                };
                changed = true;
            }
            if other_field(ui, &mut other_text, radio.id) {
                // typing after "other" chooses it
                choice = OTHER.to_owned();
                changed = true;
            }
        });
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
        ui.horizontal(|ui| {
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
        });
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
