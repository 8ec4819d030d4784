//! The member poll's page beside the sidebar (*Ledenpeiling*): how many
//! members answered and, per polled statement, how many ticked each
//! answer, entered by the board (the sidebar prints the poll).

use crate::app::{Command, Session, style, t};
use crate::lang::Lang;
use crate::model::poll::PollTally;
use crate::model::questionnaire::Poll;

/// Draws the member poll page of the open reflection; returns where.
pub fn poll_panel_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    let q = session.questionnaire.clone();
    egui::CentralPanel::default()
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("poll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(style::TEXT_WIDTH + 40.0);
                    ui.add_space(10.0);
                    ui.label(style::title(t(lang, "Ledenpeiling", "Member poll")));
                    let Some(poll) = &q.poll else {
                        ui.label(t(
                            lang,
                            "Deze vragenlijst heeft geen ledenpeiling.",
                            "This questionnaire has no member poll.",
                        ));
                        return;
                    };
                    ui.label(t(
                        lang,
                        "Druk de peiling af, laat leden haar invullen en tel de kruisjes. Vul hier de aantallen in: jullie zien ze naast jullie eigen score.",
                        "Print the poll, let members fill it in and count the crosses. Enter the numbers here: you see them beside your own score.",
                    ));
                    ui.add_space(8.0);
                    let tally = session.reflection.poll.get_or_insert_with(PollTally::default);
                    if tally_ui(ui, lang, poll, tally) {
                        commands.push(Command::Edited);
                    }
                    if session.reflection.poll.as_ref().is_some_and(PollTally::is_empty) {
                        session.reflection.poll = None;
                    }
                });
        })
        .response
        .rect
}

/// Draws a number field with its label; returns whether it changed.
fn number_ui(ui: &mut egui::Ui, label: &str, n: &mut u32) -> bool {
    let l = ui.label(label);
    let mut s = n.to_string();
    let r = ui
        .add(egui::TextEdit::singleline(&mut s).desired_width(44.0))
        .labelled_by(l.id);
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let new = digits.parse::<u32>().unwrap_or(0);
    if r.changed() && new != *n {
        *n = new;
        return true;
    }
    false
}

/// Draws the tallies of every polled statement; returns whether one changed.
fn tally_ui(ui: &mut egui::Ui, lang: Lang, poll: &Poll, tally: &mut PollTally) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        changed |= number_ui(
            ui,
            t(lang, "Aantal leden dat meedeed", "Members who took part"),
            &mut tally.count,
        );
    });
    for (i, item) in poll.items.iter().enumerate() {
        ui.add_space(6.0);
        ui.label(style::bold(format!("{}. {}", i + 1, item.prompt.get(lang))));
        let counts = tally.counts_mut(&item.question, poll);
        ui.horizontal_wrapped(|ui| {
            for (j, a) in poll.answers.iter().enumerate() {
                changed |= number_ui(ui, a.get(lang), &mut counts[j]);
            }
            let last = counts.len() - 1;
            changed |= number_ui(ui, t(lang, "Weet niet", "Don't know"), &mut counts[last]);
        });
        let ticked: u32 = counts.iter().sum();
        if ticked > tally.count {
            ui.label(
                egui::RichText::new(match lang {
                    Lang::Nl => format!(
                        "Samen {ticked} kruisjes, meer dan de {} leden die meededen; controleer de aantallen.",
                        tally.count
                    ),
                    Lang::En => format!(
                        "{ticked} crosses in all, more than the {} members who took part; check the numbers.",
                        tally.count
                    ),
                })
                .color(ui.visuals().warn_fg_color),
            );
        }
    }
    // a statement with nothing counted is not written
    tally.counts.retain(|_, c| c.iter().any(|n| *n > 0));
    changed
}

/// Returns the line of a statement's member tally, such as "Leden (n =
/// 23): 2 · 5 · 10 · 6 · weet niet 0", with the board's level (from 0)
/// marked by brackets.
pub fn tally_line(
    lang: Lang,
    tally: &crate::model::poll::ItemTally,
    board: Option<usize>,
) -> String {
    let counts: Vec<String> = tally
        .answers
        .iter()
        .enumerate()
        .map(|(i, n)| {
            if Some(i) == board {
                format!("[{n}]")
            } else {
                n.to_string()
            }
        })
        .collect();
    let mut line = format!(
        "{} (n = {}): {} · {} {}",
        t(lang, "Leden", "Members"),
        tally.count,
        counts.join(" · "),
        t(lang, "weet niet", "don't know"),
        tally.dont_know
    );
    if board.is_some() {
        line.push_str(t(lang, "  ([ ] = jullie score)", "  ([ ] = your score)"));
    }
    line
}

/// Draws a polled statement's member tally under the board's score: the
/// line and a bar of the answers, the board's level outlined.
pub fn tally_beside_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &crate::model::questionnaire::Questionnaire,
    tally: Option<&PollTally>,
    question: &crate::model::questionnaire::Question,
    entry: &crate::model::reflection::Entry,
) {
    let Some(item) = tally.and_then(|t| t.item(q, &question.id)) else {
        return;
    };
    let board = match &entry.answer {
        Some(crate::model::reflection::Answer::Scale(
            crate::model::reflection::ScaleAnswer::Level(l),
        )) => Some(usize::from(*l)),
        _ => None,
    };
    ui.add_space(4.0);
    ui.label(
        egui::RichText::new(tally_line(lang, &item, board))
            .small()
            .color(style::muted(ui)),
    );
    let total: u32 = item.answers.iter().sum();
    if total == 0 {
        return;
    }
    let width = ui.available_width().min(320.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 10.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let accent = style::accent(ui);
    let mut x = rect.left();
    let n = item.answers.len().max(1) as f32;
    for (i, count) in item.answers.iter().enumerate() {
        let w = width * *count as f32 / total as f32;
        let seg = egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(w, 10.0));
        // darker for higher levels
        let alpha = 0.25 + 0.75 * (i as f32 + 1.0) / n;
        painter.rect_filled(seg, 0.0, accent.gamma_multiply(alpha));
        if Some(i) == board && w > 0.0 {
            painter.rect_stroke(
                seg,
                0.0,
                egui::Stroke::new(2.0, ui.visuals().strong_text_color()),
                egui::StrokeKind::Inside,
            );
        }
        x += w;
    }
}
