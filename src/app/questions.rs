//! The widget each kind of question needs. Each function edits one entry
//! and returns whether it changed.

use egui::{Color32, Pos2, Rect, Sense, Stroke, Vec2};

use super::{style, t};
use crate::lang::Lang;
use crate::model::questionnaire::{Choice, Question, QuestionKind, Questionnaire, Scale};
use crate::model::reflection::{Answer, Entry, OTHER, ScaleAnswer};

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
    ui.add(egui::TextEdit::singleline(text).desired_width(320.0))
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

/// Draws a two-pole position: a track with the *now* and *where we want to
/// be* markers, which the mouse sets by clicking or dragging, and two
/// sliders that the keyboard and screen readers use.
fn position_ui(ui: &mut egui::Ui, lang: Lang, left: &str, right: &str, entry: &mut Entry) -> bool {
    let (mut now, mut desired) = match &entry.answer {
        Some(Answer::Position { now, desired }) => (*now, *desired),
        _ => (None, None),
    };
    let mut changed = false;
    let width = ui.available_width().min(style::TEXT_WIDTH);

    ui.allocate_ui(Vec2::new(width, 0.0), |ui| {
        ui.columns(2, |cols| {
            cols[0].with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.add(egui::Label::new(style::bold(left)).wrap());
            });
            cols[1].with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
                ui.add(egui::Label::new(style::bold(right)).wrap());
            });
        });
    });

    // mouse only: the sliders below serve the keyboard, so the track takes no focus
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, 44.0), Sense::CLICK | Sense::DRAG);
    let track_name = format!(
        "{}: {left} — {right}",
        t(
            lang,
            "Klik of sleep om een marker te zetten",
            "Click or drag to place a marker"
        )
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, &track_name));
    let track = Rect::from_min_max(
        Pos2::new(rect.left() + 14.0, rect.center().y - 3.0),
        Pos2::new(rect.right() - 14.0, rect.center().y + 3.0),
    );
    let x_of = |v: f32| track.left() + v.clamp(0.0, 1.0) * track.width();
    if let Some(p) = response.interact_pointer_pos() {
        let v = ((p.x - track.left()) / track.width()).clamp(0.0, 1.0);
        let v = (v * 100.0).round() / 100.0;
        // which marker moves: the one being dragged, else the nearest set
        // one, else the first that is not set yet
        let drag_id = response.id.with("dragging");
        // stored as a plain bool: true moves *now*, false moves *where we want to be*
        let mut which: Option<bool> = ui.data(|d| d.get_temp::<bool>(drag_id));
        if which.is_none() {
            which = Some(match (now, desired) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(n), Some(d)) => (n - v).abs() <= (d - v).abs(),
            });
        }
        if let Some(w) = which {
            ui.data_mut(|d| d.insert_temp(drag_id, w));
        }
        if which == Some(true) {
            changed |= now != Some(v);
            now = Some(v);
        } else {
            changed |= desired != Some(v);
            desired = Some(v);
        }
    } else {
        ui.data_mut(|d| d.remove::<bool>(response.id.with("dragging")));
    }
    let painter = ui.painter_at(rect.expand(2.0));
    let track_colour = ui.visuals().widgets.inactive.bg_fill;
    painter.rect_filled(track, 3.0, track_colour);
    for i in 0..=4 {
        let x = track.left() + track.width() * i as f32 / 4.0;
        painter.line_segment(
            [
                Pos2::new(x, track.top() - 5.0),
                Pos2::new(x, track.bottom() + 5.0),
            ],
            Stroke::new(1.0, style::muted(ui)),
        );
    }
    if let (Some(n), Some(d)) = (now, desired) {
        let y = rect.center().y;
        let (a, b) = (x_of(n), x_of(d));
        painter.line_segment(
            [Pos2::new(a, y), Pos2::new(b, y)],
            Stroke::new(2.5, style::muted(ui)),
        );
        let dir = (b - a).signum();
        if (b - a).abs() > 24.0 {
            let tip = Pos2::new(b - dir * 13.0, y);
            painter.add(egui::Shape::convex_polygon(
                vec![
                    tip,
                    tip + Vec2::new(-dir * 8.0, -5.0),
                    tip + Vec2::new(-dir * 8.0, 5.0),
                ],
                style::muted(ui),
                Stroke::NONE,
            ));
        }
    }
    if let Some(n) = now {
        painter.circle(
            Pos2::new(x_of(n), rect.center().y),
            10.0,
            style::now_colour(ui),
            Stroke::new(2.0, Color32::WHITE),
        );
    }
    if let Some(d) = desired {
        let c = Pos2::new(x_of(d), rect.center().y);
        painter.add(egui::Shape::convex_polygon(
            vec![
                c + Vec2::new(0.0, -11.0),
                c + Vec2::new(11.0, 0.0),
                c + Vec2::new(0.0, 11.0),
                c + Vec2::new(-11.0, 0.0),
            ],
            style::desired_colour(ui),
            Stroke::new(2.0, Color32::WHITE),
        ));
    }

    ui.horizontal(|ui| {
        changed |= marker_slider(
            ui,
            lang,
            &mut now,
            t(lang, "● Nu", "● Now"),
            style::now_colour(ui),
            left,
            right,
        );
    });
    ui.horizontal(|ui| {
        changed |= marker_slider(
            ui,
            lang,
            &mut desired,
            t(lang, "◆ Waar we naartoe willen", "◆ Where we want to be"),
            style::desired_colour(ui),
            left,
            right,
        );
    });
    if changed {
        entry.answer = if now.is_none() && desired.is_none() {
            None
        } else {
            Some(Answer::Position { now, desired })
        };
    }
    changed
}

fn marker_slider(
    ui: &mut egui::Ui,
    lang: Lang,
    value: &mut Option<f32>,
    label: &str,
    colour: Color32,
    left: &str,
    right: &str,
) -> bool {
    let l = ui
        .allocate_ui_with_layout(
            Vec2::new(230.0, 24.0),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_width(230.0);
                ui.label(egui::RichText::new(label).color(colour))
            },
        )
        .inner;
    let before = value.map_or(50.0, |v| (v * 100.0).round());
    let mut pct = before;
    let unset = value.is_none();
    let r = ui
        .scope(|ui| {
            if unset {
                // not chosen yet: a faded slider, so that 50 does not look like an answer
                ui.multiply_opacity(0.4);
            }
            ui.add(
                egui::Slider::new(&mut pct, 0.0..=100.0)
                    .step_by(5.0)
                    .show_value(false)
                    .min_decimals(0)
                    .trailing_fill(false),
            )
        })
        .inner
        .labelled_by(l.id)
        .on_hover_text(format!("0 = {left}, 100 = {right}"));
    let mut changed = false;
    if r.changed() && (pct != before || value.is_none()) {
        *value = Some(pct / 100.0);
        changed = true;
    }
    match value {
        Some(v) => {
            ui.label(egui::RichText::new(format!("{:.0}", *v * 100.0)).color(style::muted(ui)));
            if ui
                .small_button("×")
                .on_hover_text(t(lang, "Wissen", "Clear"))
                .clicked()
            {
                *value = None;
                changed = true;
            }
        }
        None => {
            ui.label(
                egui::RichText::new(t(lang, "nog niet gekozen", "not chosen yet"))
                    .color(style::muted(ui)),
            );
        }
    }
    changed
}
